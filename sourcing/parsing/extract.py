"""Rule extractors that work on plain text: years near a school, titles, employers,
spoken languages, open-to-work signals, e-mails and URLs."""

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from sourcing.parsing.vocab import DATA_DIR, fold

# Patterns compiled by ``led_by``, each beside the same pattern without its lookahead
# (tests check that both find the same matches).
LED_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def led_by(
    first: str, pattern: str, flags: int = 0, *, word_start: bool = False, inside: str = ""
) -> re.Pattern[str]:
    """``pattern`` behind a case-blind lookahead for ``first``, the characters its matches
    can start with (a character class's content): the search then spends one test on
    any other position instead of trying every alternative there. ``first`` must hold
    the first character of every alternative, or matches are lost: a new alternative
    starting with another character needs it added.

    ``word_start``: every alternative starts a word (``\\b``, ``(?<!\\w)``), which the
    lookahead then asks too, sparing the letters inside words; ``inside`` holds the
    first characters of the alternatives that may start anywhere ("#opentowork")."""
    if inside:
        lead = rf"(?=(?<!\w)(?i:[{first}])|(?i:[{inside}]))"
    else:
        lead = rf"(?<!\w)(?=(?i:[{first}]))" if word_start else rf"(?=(?i:[{first}]))"
    led = re.compile(rf"{lead}(?:{pattern})", flags)
    LED_PATTERNS.append((led, re.compile(pattern, flags)))
    return led


_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = re.compile(rf"({_YEAR})\s*(?:[-–—/]|à|to|au)\s*({_YEAR}|\d{{2}})(?!\d)")
_GRADUATION = re.compile(
    rf"(?:promo(?:tion)?|class\s+of|dipl[ôo]m[ée]e?s?(?:\s+\w+){{0,4}}?\s+(?:en|in)|"
    rf"graduated(?:\s+\w+){{0,5}}?\s+in|sortie?\s+en|grad\.?)\s*({_YEAR})",
    re.IGNORECASE,
)
_OPEN_RANGE = re.compile(
    rf"(?:depuis|since)\s+({_YEAR})(?!\d)|({_YEAR})\s*[-–—]\s*"
    r"(?:\)|present\b|now\b|today\b|aujourd['’]hui|en\s+cours|ongoing)",
    re.IGNORECASE,
)
_APOSTROPHE_YEAR = re.compile(r"['’‘](\d{2})(?!\d)")
_BARE_YEAR = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")
_POLYTECHNIQUE_ENTRY = re.compile(rf"(?<![\w'’])X\s?({_YEAR})(?!\d)")


def _two_digit_year(yy: str) -> int:
    value = int(yy)
    this_year = datetime.now(UTC).year % 100
    return 2000 + value if value <= this_year + 1 else 1900 + value


def years_in(window: str) -> tuple[int | None, int | None]:
    """(start_year, end_year) stated in the text right after a school's name."""
    if match := _RANGE.search(window):
        start = int(match.group(1))
        end_text = match.group(2)
        end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
        if end >= start:
            return start, end
    # "(2022–)", "since 2022": still there; when it is the first year named ("diplômée
    # en 2009, IPA depuis 2021" is a graduation, then a post).
    if (match := _OPEN_RANGE.search(window)) and (first := _BARE_YEAR.search(window)):
        year = match.group(1) or match.group(2)
        if first.group(1) == year and first.start() >= match.start():
            return int(year), None
    if match := _GRADUATION.search(window):
        return None, int(match.group(1))
    if match := _APOSTROPHE_YEAR.search(window):
        return None, _two_digit_year(match.group(1))
    if match := _BARE_YEAR.search(window):
        return None, int(match.group(1))
    return None, None


_GRADUATION_BEFORE = re.compile(
    rf"(?:class\s+of|promo(?:tion)?|dipl[ôo]m[ée]e?s?\s+(?:en|in)|graduated\s+in)\s*"
    rf"({_YEAR})\s*(?:at|from|,|de|d['’]|du|des|à|-|\(|:)?\s*(?:l['’]|the\s+)?$",
    re.IGNORECASE,
)


def graduation_year_before(text: str) -> int | None:
    """ "Class of 2019 at" / "promo 2016 de l'" right before a school's name."""
    match = _GRADUATION_BEFORE.search(text)
    return int(match.group(1)) if match else None


def without_x_entries(text: str) -> str:
    """Blank out "X2014" (an entry year at Polytechnique) so it is not read as another
    school's graduation year."""
    return _POLYTECHNIQUE_ENTRY.sub(lambda m: " " * len(m.group(0)), text)


def polytechnique_entries(text: str) -> list[tuple[int, int, int]]:
    """``X2014`` / ``X 2014`` (entry year at École polytechnique): (start, end, year)."""
    if "X" not in text:
        return []
    return [(m.start(), m.end(), int(m.group(1))) for m in _POLYTECHNIQUE_ENTRY.finditer(text)]


_SENTENCE_END = re.compile(r"[.!?;\n•|]\s")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after_match = _SENTENCE_END.search(text, end)
    return before, after_match.start() + 1 if after_match else len(text)


_TITLE_HEADS = (
    r"d[ée]velopp?eu(?:r|se)s?|developer|d[ée]v|engineer|(?<!-)eng|ing[ée]nieure?|data\s+scientist",
    r"data\s+engineer|data\s+analyst|analyste|analyst|architecte?|architect|cto|ceo|coo|cpo",
    r"vp\b|tech\s+lead|lead\s+dev|team\s+lead|lead|stagiaire|intern|alternante?",
    r"consultante?|designer|graphiste|product\s+manager|product\s+owner|pm",
    r"chef(?:fe)?\s+de\s+projet|project\s+manager|engineering\s+manager|manager|directeur",
    r"directrice|director|recruteu(?:r|se)|recruiter|talent\s+acquisition|charg[ée]e?\s+de",
    r"commerciale?|account\s+(?:executive|manager)|business\s+developer|sdr|bdr",
    r"community\s+manager|sre|sysadmin|devops|researcher|chercheu(?:r|se)|doctorante?",
    r"postdoc|phd\s+student|scientist|statisticien(?:ne)?|biostatistician|head\s+of\s+\w+",
    r"responsable\s+\w+|founder|fondat(?:eur|rice)|co-?founder|cofondat(?:eur|rice)",
    r"contr[ôo]leu(?:r|se)\s+de\s+gestion|comptable|accountant|juriste|lawyer|avocate?",
    r"trader|programmer|programmeu(?:r|se)|swe|specialist|sp[ée]cialiste|conseill[eè]re?",
    r"assistante?|technicien(?:ne)?|technician|administrat(?:eur|rice)|administrator",
    r"formatrice|formateur|trainer|teacher|professeure?|translator|traductrice|traducteur",
    r"writer|r[ée]dact(?:eur|rice)|marketer|growth\s+\w+|ux\s+writer|coach",
    # A trade's own name ("chef de rayon", "cheffe de chantier"); the other occupation
    # nouns are data (occupations.txt).
    r"chef(?:fe)?\s+de\s+\w+|conduct(?:eur|rice)\s+de\s+travaux",
)
_TITLE_HEAD = re.compile(rf"\b(?:{'|'.join(_TITLE_HEADS)})\b", re.IGNORECASE)
# The first word of every title head ("data" of "data scientist"): a clause with none
# of them cannot hold a title, and a word lookup is much cheaper than the search.
_TITLE_FIRST_WORD = re.compile(
    "|".join(
        re.split(r"\\s", alternative)[0]
        for line in _TITLE_HEADS
        for alternative in re.split(r"\|(?![^(]*\))", line)
    ),
    re.IGNORECASE,
)
_RUNS = re.compile(r"\w+")


def load_occupations(path: Path = DATA_DIR / "occupations.txt") -> frozenset[tuple[str, ...]]:
    """Occupation nouns heading a title, as tuples of folded words."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(tuple(line.split()) for line in lines if line and not line.startswith("#"))


_OCCUPATIONS = load_occupations()
_OCCUPATION_FIRST_WORDS = frozenset(words[0] for words in _OCCUPATIONS)
_OCCUPATION_LONGEST = max(len(words) for words in _OCCUPATIONS)
# A title starts within the clause's first few words ("Senior financial controller").
_WORDS_BEFORE_HEAD = 3


@lru_cache(maxsize=100_000)
def _folded(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=100_000)
def _may_start_title(word: str) -> bool:
    return _TITLE_FIRST_WORD.fullmatch(word) is not None or _folded(word) in _OCCUPATION_FIRST_WORDS


def names_a_role(words: str) -> bool:
    """Whether the words are a role's noun ("Développeuse", "Intégrateur", "Consultant"),
    capitalised or not."""
    return (
        _TITLE_HEAD.fullmatch(words) is not None
        or tuple(_folded(w) for w in words.split()) in _OCCUPATIONS
    )


def _occupation_head(clause: str) -> tuple[int, int] | None:
    """Where the first occupation noun among the clause's first words starts and ends
    (the longest one there: "infirmière de bloc" over "infirmière")."""
    words = list(_RUNS.finditer(clause, 0, 70))[: _WORDS_BEFORE_HEAD + _OCCUPATION_LONGEST + 1]
    folded = [_folded(w.group()) for w in words]
    for k in range(min(_WORDS_BEFORE_HEAD + 1, len(words))):
        if folded[k] not in _OCCUPATION_FIRST_WORDS:
            continue
        for n in range(min(_OCCUPATION_LONGEST, len(words) - k), 0, -1):
            if tuple(folded[k : k + n]) in _OCCUPATIONS:
                return words[k].start(), words[k + n - 1].end()
    return None


def _title_head(clause: str) -> tuple[int, int] | None:
    """The earliest title head near the clause's start: a pattern ("lead dev",
    "responsable RH") or an occupation noun ("pharmacienne")."""
    heads = []
    # The pattern's matches start words: tried at the first few words' starts only, not
    # searched through the whole clause (its hundred case-blind alternatives are slow).
    window = clause[:70]
    for word in _RUNS.finditer(window):
        if len(window[: word.start()].split()) > _WORDS_BEFORE_HEAD:
            break
        if match := _TITLE_HEAD.match(window, word.start()):
            heads.append((match.start(), match.end()))
            break
    if occupation := _occupation_head(clause):
        heads.append(occupation)
    return min(heads) if heads else None


_TITLE_STOP = re.compile(
    r"\s(?:chez|at|@|for|pour|à|au|aux|in|dans|depuis|since|with|avec|de\s+l['’]|"
    r"from|sur|on|who|qui|that|which|dont|que|passionn[ée]e?|passionate|sp[ée]cialis[ée]e?|"
    r"specialised|specialized|working|studying|building|helping|making|creating|designing|"
    r"developing|teaching|writing|shipping|running|looking|currently|based|bas[ée]e?|"
    r"d['’]une?)(?=[\s,.;]|$)|[,(—–:@]|"
    r"\s-\s|$",
    re.IGNORECASE,
)
# A pictograph ends a clause: "Chercheuse en traitement du signal 📡 MATLAB, Julia".
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf"
_CLAUSES = led_by(
    rf".!?;\n•|·\s{EMOJI}", rf"[.!?;\n•|·]\s*|\s/\s|\s[-–—]\s|\s*[{EMOJI}][{EMOJI}\ufe0f\u200d]*\s*"
)
# A change of role: what follows is the current title, what comes before an earlier one
# ("Nurse turned clinical data manager", "Sysadmin devenu SRE", "…, now a developer").
_ROLE_CHANGE = re.compile(
    r"\s(?:turned|devenue?|reconvertie?\s+en)\s|,\s+(?:now|aujourd['’]hui)\s", re.IGNORECASE
)
_PAST_ROLE = re.compile(
    r"^(?:ex|prev\.?|previously|formerly|ancien(?:ne)?|former|anciennement|avant)\b[-\s]",
    re.IGNORECASE,
)
# "j'ai été infirmière", "I was a nurse": a title held before, not now.
_PAST_TENSE_BEFORE = re.compile(
    r"\b(?:j['’]ai\s+été|i\s+was|i\s+used\s+to\s+be|used\s+to\s+work\s+as)\b", re.IGNORECASE
)
_TITLE_PREFIX = re.compile(
    r"^(?:(?:hi|hello|hey|bonjour|salut)\b\W*)?"
    r"(?:(?:i['’]?m|je\s+suis|i\s+am|a|an|un|une|aujourd['’]hui|currently|now|"
    r"actuellement|today)\s+)+",
    re.IGNORECASE,
)
# "I'm Tom, a senior backend engineer": the name said before the title.
_INTRODUCED_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’-]+\s)?[A-ZÀ-Þ][\w'’-]+,\s+(?:an?\s+|une?\s+)?")


def titles_in(text: str, limit: int = 3) -> list[str]:
    """Job titles, current ones first: a clause that starts (within a few words) with a
    title word. Past roles ("ex-consultante", "previously intern") are left out; a role
    someone changed from ("Nurse turned…") comes after the current ones."""
    current: dict[str, str] = {}  # casefolded -> as written, first spelling kept
    earlier: dict[str, str] = {}
    for clause in _CLAUSES.split(text):
        if not clause:
            continue  # between two breaks: holds no title
        *before, now = _ROLE_CHANGE.split(clause)
        for title in _clause_titles(now):
            current.setdefault(title.casefold(), title)
        for old in before:
            for title in _clause_titles(old):
                earlier.setdefault(title.casefold(), title)
        if len(current.keys() | earlier.keys()) >= limit:
            break
    titles = [*current.values(), *(t for k, t in earlier.items() if k not in current)]
    return titles[:limit]


def _clause_titles(clause: str) -> list[str]:
    clause = clause.strip(" \t\"'“”«»*")
    if _PAST_ROLE.match(clause):
        return []
    introduced = _TITLE_PREFIX.match(clause)
    if introduced:
        clause = _INTRODUCED_NAME.sub("", clause[introduced.end() :])
    if not any(map(_may_start_title, _RUNS.findall(clause, 0, 70))):
        return []
    head = _title_head(clause)
    if head is None or _PAST_TENSE_BEFORE.search(clause, 0, head[0]):
        return []
    stop = _TITLE_STOP.search(clause, head[1])
    return [
        title
        for title in _coordinated(clause[: stop.start() if stop else len(clause)])
        if title.lower() not in ("freelance", "lead", "dev", "dév")
        and 2 <= len(title) <= 70
        and len(title.split()) <= 7
    ]


_TWO_TITLES = re.compile(r"\s(?:et|and)\s", re.IGNORECASE)


def _coordinated(title: str) -> list[str]:
    """Two titles joined by "et" / "and" ("Graphiste et directrice artistique") are two
    titles when a title head starts the second part; "CTO & cofondateur" and "Head of
    Sales and Marketing" stay one."""
    joined = _TWO_TITLES.search(title)
    if joined:
        second = title[joined.end() :]
        head = _title_head(second)
        if head is not None and not second[: head[0]].strip():
            return [title[: joined.start()].strip(" ,.-"), second.strip(" ,.-")]
    return [title.strip(" ,.-")]


_SENIORITY = (
    (
        "executive",
        r"\b(?:cto|ceo|coo|cpo|cio|vp\b|vice[- ]president|head\s+of|directeur|"
        r"directrice|director|chief|founder|fondat(?:eur|rice)|co-?founder|"
        r"cofondat(?:eur|rice))",
    ),
    (
        "lead",
        r"\b(?:lead|leader|principal|staff|architecte?|architect|manager|"
        r"responsable|chef(?:fe)?\s+de)\b",
    ),
    ("senior", r"\b(?:senior|sr\.?|confirm[ée]e?|exp[ée]riment[ée]e?)\b"),
    ("junior", r"\b(?:junior|jr\.?|d[ée]butante?|graduate)\b"),
    (
        "intern",
        r"\b(?:stagiaire|intern|internship|stage|alternante?|apprentie?|"
        r"working\s+student)\b",
    ),
)
_SENIORITY_PATTERNS = [(level, re.compile(p, re.IGNORECASE)) for level, p in _SENIORITY]


def seniority_of(titles: list[str]) -> str | None:
    """The most senior level named by the titles (``None`` when none is named)."""
    for level, pattern in _SENIORITY_PATTERNS:
        if any(pattern.search(t) for t in titles):
            return level
    return "mid" if titles else None


_EMPLOYER_MARKER = led_by(
    "caefpwtnisl@à",
    r"(?:(?<![\w])(?:chez|at|ex|formerly\s+at|previously\s+at|prev\.?(?:\s+\w+)?\s+at|"
    r"pass[ée]e?\s+par|worked\s+(?:at|for)|working\s+(?:at|for)|works\s+(?:at|for)|"
    r"travaill[ée]e?\s+chez|anciennement\s+chez|currently\s+at|now\s+at|"
    r"(?:intern|stagiaire|alternante?)\s+chez|(?:since|after)\s+leaving|left|"
    r"au\s+si[èe]ge\s+de|au\s+sein\s+(?:de|d['’])|au|for|pour)(?:\s+|-)|(?<![\w.@])@\s?"
    # "Infirmière à l'AP-HP": an organisation after "à l'" (a town takes no article).
    r"|(?<![\w])à\s+l['’](?=[A-ZÀ-Ý]))",
    re.IGNORECASE,
    word_start=True,
)
# "for Lantern Health", "pour Agence Mélisse", "à l'AP-HP": weaker cues than "chez" (also
# "for HPC users", "for Python"), so the name must be capitalised and not a skill.
_WEAK_CUES = ("for", "pour", "à l'", "à l’", "au", "left")
_NAME_TOKEN = re.compile(r"[^\W_][\w&'’+-]*(?:\.[^\W_][\w]*)*")
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "de",
        "du",
        "moi",
        "nous",
        "vous",
        "soi",
        "eux",
        "home",
        "scale",
        "least",
        "night",
        "work",
        "large",
        "heart",
        "the",
        "moment",
        "before",
        "looking",
        "fluent",
        "based",
        "class",
        "blog",
        "previously",
        "formerly",
        "since",
        "depuis",
        "now",
        "currently",
        "open",
        "remote",
        "and",
        "et",
        "or",
        "ou",
        "in",
        "at",
        "chez",
        "i",
        "je",
        "we",
        "nous",
        "my",
        "mon",
        "ma",
        "mes",
        "our",
        "notre",
        "for",
        "pour",
        "with",
        "avec",
        "from",
        "with",
        "this",
        "ce",
        "cette",
        "diplômé",
        "diplômée",
        "graduated",
        "studied",
        "étudiant",
        "étudiante",
        "student",
        "phd",
        "senior",
        "junior",
        "freelance",
        "new",
    ]
)
_COORDINATION = re.compile(r"\s*(?:,|and|et|&|puis)\s+")
# The partners named in a firm's name: one company, not two.
_FIRM_SUFFIX = re.compile(r"\s*&\s*(Co|Cie|Sons|Fils|Partners|Associates|Associés)\b\.?")
# "at the Mica Institute", "passée par le Crédit Mutuel": the article is not the name.
_SCHOOL_NOUNS = frozenset(["university", "school", "college", "université", "école", "ecole"])
_ARTICLE = re.compile(r"(?:the|le|la|les)\s+(?=[A-ZÀ-Ý])|l['’](?=[A-ZÀ-Ý])")


def _name_at(text: str, start: int, lowercase_ok: bool) -> tuple[str, int] | None:
    """A company name starting at ``start``: one token (capitalised unless the marker
    makes lowercase plausible, as ``@stripe``), then capitalised tokens on the line."""
    first = _NAME_TOKEN.match(text, start)
    if not first or first.group(0).lower() in _NOT_NAMES:
        return None
    word = first.group(0)
    if not (word[0].isupper() or word[0].isdigit() or lowercase_ok):
        return None
    words, end = [word], first.end()
    while True:
        if _ABBREVIATION.fullmatch(words[-1]) and text[end : end + 1] == ".":
            words[-1], end = words[-1] + ".", end + 1  # "St. Aldhelm's Hospital"
        gap = text[end : end + 1] in (" ", "\t")
        # "Polymères du Jura", "Assurances du Lac", "Trèfle & Associés", "Cobalt & Finch":
        # a lowercase link word or "&" inside a name, when a capitalised word follows.
        link = _NAME_LINK.match(text, end + 1) if gap else None
        following = _NAME_TOKEN.match(text, link.end() if link else end + 1) if gap else None
        if not following or not following.group(0)[0].isupper():
            break
        candidate = following.group(0)
        if candidate.lower() in _NOT_NAMES or _is_school_word(candidate):
            break
        if link:
            words.append(link.group(0).strip())
        words.append(candidate)
        end = following.end()
    return " ".join(words), end


_ABBREVIATION = re.compile(r"St|Ste|Mt")
_NAME_LINK = re.compile(r"(?:de|du|des|of)[ \t]+|d['’]")
# After "for"/"pour", a name that qualifies the noun after it is no employer ("for SPC
# charts", "for Maya pipelines"), nor is an acronym ("pour PME", "pour les EHPAD").
_LOWERCASE_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:in|at|on|since|depuis|à|en|as|and|et|to)\b)[a-zà-ÿ]"
)
_ALL_CAPS = re.compile(r"[A-Z]{2,}")
_ROLE_WORD = re.compile(r"[a-zà-ÿ]+\s+")


def _is_school_word(word: str) -> bool:
    from sourcing.parsing.vocab import load_schools

    return load_schools().lookup(word) is not None


def employers_in(text: str, is_skill: Callable[[str], bool] = lambda _: False) -> list[str]:
    """Employers introduced by "chez", "at", "@", "ex-", "previously at", "passé par",
    including coordinated ones ("at Fjordly and Mapleshift"; in "at Docker, Go and
    Rust" a skill ends the list)."""
    found: list[str] = []
    for marker in _EMPLOYER_MARKER.finditer(text):
        cue = marker.group(0).strip().lower()
        position = marker.end()
        lowercase_ok = cue.startswith(("@", "chez"))
        weak = cue in _WEAK_CUES
        if cue.startswith("ex"):  # "ex-consultante Orbitale": skip the role word
            role = _ROLE_WORD.match(text, position)
            if role and not text.startswith(("chez", "at "), position):
                position = role.end()
        coordinated = False
        after_article = False
        if article := _ARTICLE.match(text, position):
            position, after_article = article.end(), True
        while (named := _name_at(text, position, lowercase_ok)) is not None:
            name, end = named
            name = name.strip(" .'’-")
            if after_article and _SCHOOL_NOUNS.intersection(name.lower().split()):
                break  # "at the University of Leeds", "the Toulouse School of Economics"
            if coordinated and name[:1].isdigit():
                break  # "chez Thym, 3 ans puis Verveine"
            if coordinated and name[:3].lower() == "ex-":  # "ex-Quartz, Ex-Cobalt"
                name = name[3:]
            if text[end : end + 1] == "@":  # a Mastodon account "@user@host", not a company
                break
            if (coordinated or weak or cue.startswith("ex")) and is_skill(name):
                break
            if cue == "au" and _is_town(f"Le {name}"):  # "au Havre", "au Mans": a town
                break
            if weak and (
                name[:1].isdigit()
                or _ALL_CAPS.fullmatch(name)
                or _LOWERCASE_NOUN_AFTER.match(text, end)
            ):
                break
            if partners := _FIRM_SUFFIX.match(text, end):  # "Fennel & Co.", "Durand & Fils"
                name, end = f"{name} & {partners.group(1)}", partners.end()
            if name and name not in found:
                found.append(name)
            more = _COORDINATION.match(text, end)
            if not more:
                break
            position, lowercase_ok, coordinated = more.end(), False, True
    bodies = [*_PUBLIC_BODY.finditer(text)]
    if "Cabinet " in text:
        bodies += _FIRM.finditer(text)
    for body in bodies:
        name = body.group(0)
        name = name[:1].upper() + name[1:]
        if name not in found:
            found.append(name)
    return found


# "à la mairie de Villeurbanne", "au Conseil départemental de la Gironde", "CHU de
# Nantes", "City of Ottawa": a public employer, named by its kind and its place ("Ville"
# and "City" capitalised: "the city of Lyon" is the town).
_PUBLIC_BODY = led_by(
    "vcmpa",
    r"(?<!\w)(?:Ville|City|(?i:mairie|conseil\s+(?:d[ée]partemental|r[ée]gional|g[ée]n[ée]ral)|"
    r"chu|chr|centre\s+hospitalier|pr[ée]fecture|m[ée]tropole|alliance\s+fran[çc]aise))"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+)"
    r"[A-ZÀ-Ý][\w'’-]*(?:[ -](?:sur|en|de|la|le)?[ -]?[A-ZÀ-Ý][\w'’-]*){0,2}",
)

# "Cabinet Mésange Avocats": a firm (law, accounting) named with its kind, as the
# labelling conventions keep it.
_FIRM = re.compile(r"(?<!\w)Cabinet[ \t]+[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2}")


def _is_town(name: str) -> bool:
    from sourcing.parsing.locations import names_a_place  # locations imports this module

    return names_a_place(name)


# A header's segments: "Responsable RH | Paie, ADP | Transport Lavande" (LinkedIn's
# headline ends with the company), "Ingénieure calcul · Abaqus · Safran · Bordeaux".
_PIPE_SEGMENTS = re.compile(r"\s\|\s")
_DOT_SEGMENTS = re.compile(r"\s·\s")
_SEGMENT_WORD = r"[A-ZÀ-Ý][^\W\d_]*(?:['’.-][^\W\d_]+)*"
_SEGMENT_NAME = re.compile(
    rf"{_SEGMENT_WORD}(?:[ \t]+(?:(?:de|du|des|of|&)[ \t]+|d['’])?{_SEGMENT_WORD}){{0,3}}"
)
# One word alone: a company in a bio's "·" list ("· Safran ·"), but at the end of a
# LinkedIn headline as often a word about the person ("| Speaker", "| Disponible").
_ACRONYM = re.compile(r"[A-Z]{3,}")
_NOT_SEGMENT_NAMES = frozenset(
    ["freelance", "remote", "full remote", "indépendant", "independent", "indie", "open to work"]
)
# A professional body one belongs to, not an employer: "| Barreau de Paris".
_BODY_WORDS = frozenset(["barreau", "ordre", "membre", "member", "fellow"])
_SYMBOLS_AROUND = re.compile(r"^[^\w#@+]+|[^\w.+]+$")


def header_employers(text: str, is_term: Callable[[str], bool]) -> list[str]:
    """Companies named as a header segment of their own: the last of a line's " | "
    segments, or any but the first of its " · " segments, when the segment is nothing
    but a capitalised name (no digit, not a title, a skill or a sector)."""
    if " | " not in text and " · " not in text:
        return []
    found: list[str] = []
    for line in text.splitlines():
        candidates: list[tuple[str, bool]] = []  # (segment, one word may be a name)
        if " | " in line and len(segments := _PIPE_SEGMENTS.split(line)) > 1:
            candidates.append((segments[-1], False))
        if " · " in line:
            candidates += [(segment, True) for segment in _DOT_SEGMENTS.split(line)[1:]]
        for candidate, one_word_ok in candidates:
            name = _SYMBOLS_AROUND.sub("", candidate.strip())
            if (
                _SEGMENT_NAME.fullmatch(name)
                and (one_word_ok or " " in name or _ACRONYM.fullmatch(name))
                and name.lower() not in _NOT_SEGMENT_NAMES
                and name.split()[0].lower() not in _BODY_WORDS
                and _title_head(name) is None
                and not is_term(name)
                and not is_term(name.split()[0])  # "TypeScript & NestJS", "Discovery & …"
                and name not in found
            ):
                found.append(name)
    return found


_LANGUAGES = {
    "fr": r"fran[çc]ais|french|francophone",
    "en": r"anglais|english|anglophone",
    "es": r"espagnol|spanish|español",
    "de": r"allemand|german|deutsch",
    "it": r"italien|italian|italiano",
    "pt": r"portugais|portuguese|português",
    "ar": r"arabe|arabic",
    "zh": r"chinois|mandarin|chinese",
    "ja": r"japonais|japanese",
    "ru": r"russe|russian",
    "nl": r"n[ée]erlandais|dutch",
    "ca": r"catalan",
    "pl": r"polonais|polish",
    "ko": r"cor[ée]en|korean",
    "wo": r"wolof",
    "tr": r"turc|turkish",
    "sv": r"su[ée]dois|swedish",
    "el": r"grec|greek",
    "he": r"h[ée]breu|hebrew",
    "vi": r"vietnamien|vietnamese",
    "hi": r"hindi",
    "ro": r"roumain|romanian",
    "uk": r"ukrainien|ukrainian",
    "fi": r"finnois|finnish",
    "et": r"estonien|estonian",
    "af": r"afrikaans",
    "zu": r"zoulou|zulu",
    "ga": r"irlandais|irish|gaeilge",
    "da": r"danois|danish",
    "no": r"norv[ée]gien|norwegian",
    "cs": r"tch[èe]que|czech",
    "hu": r"hongrois|hungarian",
    "fa": r"persan|farsi|persian",
    "sw": r"swahili",
    "id": r"indon[ée]sien|indonesian",
    "ta": r"tamoul|tamil",
    "ur": r"ourdou|urdu",
    "bn": r"bengali",
    "hr": r"croate|croatian",
    "sr": r"serbe|serbian",
    "bg": r"bulgare|bulgarian",
    "sk": r"slovaque|slovak",
    "lt": r"lituanien|lithuanian",
    "lv": r"letton|latvian",
    "hy": r"arm[ée]nien|armenian",
    "am": r"amharique|amharic",
    "ln": r"lingala",
    "bm": r"bambara",
}
_LANGUAGE_WORDS: dict[str, str] = {}
for _code, _words in _LANGUAGES.items():
    for _word in re.sub(r"\[([^\]]+)\]", lambda m: "{" + m.group(1) + "}", _words).split("|"):
        # expand "fran{çc}ais" into "français" and "francais"
        variants = [""]
        for part in re.split(r"(\{[^}]+\})", _word):
            options = list(part[1:-1]) if part.startswith("{") else [part]
            variants = [v + o for v in variants for o in options]
        for variant in variants:
            _LANGUAGE_WORDS[variant] = _code
_LANGUAGE_WORD_SET = frozenset(_LANGUAGE_WORDS)
_WORDS = re.compile(r"[a-zà-öø-ÿ]+")


_CODES = frozenset(
    re.split(
        r"\s+", "fr en es de it pt nl ar zh ja jp ru pl ko ca tr sv da fi el he hi cs hu ro 中文"
    )
)
# Two-letter codes joined by slashes, arrows or commas ("FR/EN", "FR/DE → EN", "EN /
# 中文"), or lowercase ones by slashes only ("de/en/tr", not a URL's path); a chain
# counts for its runs of language codes ("JS/TS" is none).
_CODE_LIST = re.compile(r"\b[A-Z]{2}(?:\s*(?:/|→|->|,)\s*(?:[A-Z]{2}|中文)\b)+")
_LOWERCASE_CODE_LIST = re.compile(r"(?<![\w/.])[a-z]{2}(?:/[a-z]{2})+(?![\w/])")
_CODE = re.compile(r"[A-Za-z]{2}|中文")
_CODE_LANGUAGE = {"jp": "ja", "中文": "zh"}


def spoken_languages(text: str) -> list[str]:
    """ISO codes of the languages a profile says its author speaks: named ("anglais
    courant", "French, German") or listed as codes ("FR/EN", "FR/DE → EN")."""
    codes: list[str] = []
    lowered = text.lower()
    if not _LANGUAGE_WORD_SET.isdisjoint(_WORDS.findall(lowered)):
        for match in _WORDS.finditer(lowered):
            code = _LANGUAGE_WORDS.get(match.group(0))
            if code and code not in codes and not lowered.startswith(" tech", match.end()):
                codes.append(code)
    chains = _CODE_LIST.findall(text)
    if "/" in text:
        chains += _LOWERCASE_CODE_LIST.findall(text)
    for chain in chains:
        for run in _runs_of_codes(chain):
            for code in run:
                code = _CODE_LANGUAGE.get(code, code)
                if code not in codes:
                    codes.append(code)
    return codes


def _runs_of_codes(chain: str) -> list[list[str]]:
    """The runs of two language codes or more in a chain: "JS/TS, FR/EN" holds FR/EN."""
    runs: list[list[str]] = [[]]
    for written in _CODE.findall(chain):
        code = written.lower()
        if code in _CODES:
            runs[-1].append(code)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


_OPEN_TO_WORK = led_by(
    "otacdlhsejrfnm",
    r"(?:#opentowork|#opentooffers|#disponible\b|"
    r"\bopen\s+(?:to|for)\s+(?:new\s+)?(?:clients|contracts?|conversations\s+about\s+[\w-]+\s+"
    r"(?:roles?|positions?|jobs?))|"
    r"\bopen\s+to\s+(?:work|new\s+(?:opportunities|roles?|projects?)|opportunities|offers|"
    r"relocation|(?:freelance\s+|contract\s+|remote\s+|full[- ]time\s+|part[- ]time\s+)?"
    r"(?:work|roles|positions|contracts|gigs|missions))|"
    r"\b(?:taking|accepting)\s+(?:on\s+)?(?:new\s+)?(?:clients|commissions|projects)|"
    r"\bcommissions\s+(?:are\s+)?open|\bcommandes\s+ouvertes|"
    r"\bdispo(?:nible)?\s+(?:en|d[ée]but|fin|mi-)\s*(?:janvier|f[ée]vrier|mars|avril|mai|juin|"
    r"juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|"
    r"\bcherche\s+(?:un|une)\s+(?:poste|cdi|cdd|alternance|stage|mission|emploi|job)|\blooking\s+for\s+(?:a\s+|my\s+|an?\s+)?(?:new\s+|next\s+|first\s+)?"
    r"(?:senior\s+|junior\s+|full[- ]time\s+|[a-z]+\s+(?=internship))?(?:job|role|position|"
    r"opportunit\w+|work|contracts?|missions?|gig|internship)|\bavailable\s+(?:for\s+(?:hire|work|new\s+projects?|"
    r"contracts?|freelance)|from|immediately|now)|\bhire\s+me\b|"
    r"\bseeking\s+(?:a\s+|new\s+)?(?:role|job|position|opportunit\w+)|"
    r"[àa]\s+l['’]?[ée]coute\s+(?:du\s+march[ée]|d['’]opportunit[ée]s)|"
    r"\ben\s+recherche\s+(?:d['’]\w+|active|de\s+\w+)|"
    r"\bouverte?s?\s+(?:aux|à\s+de\s+nouvelles?|a\s+de\s+nouvelles?)\s+"
    r"(?:opportunit[ée]s|missions?|postes?|projets?|offres?|aventures?)|"
    r"\bdisponible\s+(?:imm[ée]diatement|pour|d[èe]s|à\s+partir|a\s+partir)|"
    r"\bdispo\s+(?:pour|d[èe]s|à\s+partir|imm[ée]diatement)|"
    r"\bje\s+(?:cherche|recherche)\s+(?:un|une|mon|ma|des)\s+|"
    r"\brecherche\s+(?:un|une)\s+(?:poste|cdi|cdd|alternance|stage|mission)|"
    r"\bfreelance\s+disponible|"
    # "open to full-time", "looking for my first developer role", "an operations
    # supervisor role", "n'hésitez pas à me contacter pour un poste".
    r"\bopen\s+to\s+(?:freelance|contract|remote|full[- ]time|part[- ]time)\b|"
    r"\blooking\s+for\s+(?:a\s+|an\s+|my\s+)?(?:new\s+|next\s+|first\s+)?"
    r"(?:[\w-]+\s+){1,3}(?:role|job|position)s?\b|"
    r"(?:\bn['’]h[ée]sitez\s+pas\s+[àa]\s+)?\bme\s+contacter\s+pour\s+(?:un|une)\s+(?:poste|mission|cdi|cdd|emploi|opportunit))",
    re.IGNORECASE,
    word_start=True,
    inside="#àa",
)
_NEGATED = re.compile(
    r"(?:\bnot|\bno\s+longer|\bpas|\bplus|\bn['’]|\bnon|\bnever|\bjamais)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# Every pattern above holds one of these: a text with none is not open to work.
_OPEN_TO_WORK_CUES = (
    "#open",
    "#dispo",
    "open",
    "looking",
    "available",
    "hire",
    "seeking",
    "coute",
    "recherche",
    "ouvert",
    "dispo",
    "cherche",
    "freelance",
    "willing",
    "taking",
    "accepting",
    "commission",
    "commandes",
    "travail :",
    "contacter",
)
# A "Who wants to be hired?" post: the thread itself says the author seeks work. Its
# French form lists "Télétravail :" and "Mobilité :" (not a CV's "Mobilité" alone).
_HIRING_POST = re.compile(
    r"(?im)^\s*willing\s+to\s+relocate\s*:"
    r"|^\s*t[ée]l[ée]travail\s*:.*\n(?:.*\n)?\s*mobilit[ée]\s*:"
)


def open_to_work(text: str) -> bool:
    """Whether the author says they are open to work (negations such as "not looking
    for new opportunities" or "pas en recherche active" do not count)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _OPEN_TO_WORK_CUES):
        return False
    if _HIRING_POST.search(text):
        return True
    for match in _OPEN_TO_WORK.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if not _NEGATED.search(before):
            return True
    return False


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")
_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+", re.IGNORECASE)


def emails_in(text: str) -> list[str]:
    if "@" not in text:
        return []
    return list(dict.fromkeys(e.lower().rstrip(".") for e in _EMAIL.findall(text)))


def urls_in(text: str) -> list[str]:
    if "://" not in text:
        return []
    return list(dict.fromkeys(u.rstrip(".,;:") for u in _URL.findall(text)))


_FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "est",
        "une",
        "un",
        "je",
        "chez",
        "pour",
        "avec",
        "dans",
        "sur",
        "en",
        "au",
        "aux",
        "mon",
        "ma",
        "mes",
        "diplômé",
        "diplômée",
        "développeur",
        "développeuse",
        "ingénieur",
        "ingénieure",
        "basé",
        "basée",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "is",
        "a",
        "an",
        "i",
        "at",
        "for",
        "with",
        "in",
        "on",
        "of",
        "my",
        "to",
        "from",
        "based",
        "engineer",
        "developer",
        "graduated",
        "working",
        "love",
        "building",
    ]
)


_LETTER_RUNS = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+")


def function_words(text: str) -> tuple[int, int]:
    """How many French and how many English function words the text's first 5,000
    characters hold."""
    words = _LETTER_RUNS.findall(text.lower()[:5000])
    return sum(map(_FR_WORDS.__contains__, words)), sum(map(_EN_WORDS.__contains__, words))


def detect_language(text: str) -> str:
    """``fr`` or ``en`` from function-word counts (ties go to English)."""
    fr, en = function_words(text)
    return "fr" if fr > en else "en"


# Letters English words do not use (loanwords aside): a bio with no function word of
# either language ("Électronicien · KiCad, soudure CMS · Brest") is French when it has them.
_FRENCH_LETTERS = re.compile(r"[àâçéèêëîïôûùœ]", re.IGNORECASE)


def leans_french(text: str, counts: tuple[int, int] | None = None) -> bool:
    """French by its function words, or with none to tell and French letters: a place
    named there is read as the French town first ("Brest", not Belarus's). ``counts``:
    the text's ``function_words``, when already counted."""
    fr, en = counts if counts is not None else function_words(text)
    return fr > en or (fr == en and _FRENCH_LETTERS.search(text) is not None)
