"""Rule extractors that work on plain text: years near a school, titles, employers,
spoken languages, open-to-work signals, e-mails and URLs."""

import re
from datetime import UTC, datetime

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = re.compile(rf"({_YEAR})\s*(?:[-–—/]|à|to|au)\s*({_YEAR}|\d{{2}})(?!\d)")
_GRADUATION = re.compile(
    rf"(?:promo(?:tion)?|class\s+of|dipl[ôo]m[ée]e?s?(?:\s+\w+){{0,4}}?\s+(?:en|in)|"
    rf"graduated(?:\s+\w+){{0,5}}?\s+in|sortie?\s+en|grad\.?)\s*({_YEAR})",
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
    if match := _GRADUATION.search(window):
        return None, int(match.group(1))
    if match := _APOSTROPHE_YEAR.search(window):
        return None, _two_digit_year(match.group(1))
    if match := _BARE_YEAR.search(window):
        return None, int(match.group(1))
    return None, None


def polytechnique_entries(text: str) -> list[tuple[int, int, int]]:
    """``X2014`` / ``X 2014`` (entry year at École polytechnique): (start, end, year)."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _POLYTECHNIQUE_ENTRY.finditer(text)]


_SENTENCE_END = re.compile(r"[.!?;\n•|]\s")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after_match = _SENTENCE_END.search(text, end)
    return before, after_match.start() + 1 if after_match else len(text)


_TITLE_HEAD = re.compile(
    r"\b(?:d[ée]velopp?eu(?:r|se)s?|developer|dev|engineer|ing[ée]nieure?|data\s+scientist|"
    r"data\s+engineer|data\s+analyst|analyste|architecte?|architect|cto|ceo|coo|cpo|vp\b|"
    r"tech\s+lead|lead\s+dev|team\s+lead|stagiaire|intern|alternante?|consultante?|"
    r"designer|product\s+manager|product\s+owner|cheffe?\s+de\s+projet|project\s+manager|"
    r"engineering\s+manager|manager|directeur|directrice|recruteu(?:r|se)|recruiter|"
    r"talent\s+acquisition|commerciale?|account\s+executive|business\s+developer|"
    r"community\s+manager|sre|devops|freelance|researcher|chercheu(?:r|se)|doctorante?|"
    r"phd\s+student|scientist|head\s+of\s+\w+|responsable\s+\w+|founder|fondat(?:eur|rice)|"
    r"co-?founder|cofondat(?:eur|rice))\b",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(
    r"\s(?:chez|at|@|for|pour|à|au|aux|in|dans|depuis|since|with|avec|de\s+l['’]|"
    r"from|sur)\s|[,(—–:]|\s-\s|$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"[.!?;\n•|/]\s*|\s[-–—]\s")


def titles_in(text: str, limit: int = 3) -> list[str]:
    """Job titles: a clause that starts (within a few words) with a title word."""
    titles: list[str] = []
    for clause in _CLAUSES.split(text):
        clause = clause.strip(" \t\"'“”«»*")
        match = _TITLE_HEAD.search(clause[:60])
        if not match or len(clause[: match.start()].split()) > 3:
            continue
        stop = _TITLE_STOP.search(clause, match.end())
        title = clause[: stop.start() if stop else len(clause)].strip(" ,.-")
        title = re.sub(r"^(?:i['’]?m|je suis|i am|a|an|un|une)\s+", "", title, flags=re.I)
        if 2 <= len(title) <= 70 and title not in titles:
            titles.append(title)
        if len(titles) >= limit:
            break
    return titles


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
        r"responsable|cheffe?\s+de)\b",
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


_EMPLOYER = re.compile(
    r"(?:(?<![\w])(?:chez|at|ex-|formerly\s+at|previously\s+at|anciennement\s+chez|"
    r"currently\s+at|working\s+at|works\s+at|travaille\s+chez)\s*|(?<![\w.])@)"
    r"(?P<name>[A-Z0-9][\w&'’.+-]*(?:[ \t](?:[A-Z0-9][\w&'’.+-]*|&|de|du|des))*)"
)


def employers_in(text: str) -> list[str]:
    """Employers introduced by "chez", "at", "@", "ex-"."""
    found: list[str] = []
    for match in _EMPLOYER.finditer(text):
        name = match.group("name").strip(" .'’-")
        name = re.sub(r"\s(?:de|du|des)$", "", name)
        if name and name not in found:
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
}
_LANGUAGE_PATTERNS = {
    code: re.compile(rf"\b(?:{words})\b(?!\s+tech\b)", re.IGNORECASE)
    for code, words in _LANGUAGES.items()
}


def spoken_languages(text: str) -> list[str]:
    """ISO codes of the languages a profile says its author speaks."""
    return [code for code, pattern in _LANGUAGE_PATTERNS.items() if pattern.search(text)]


_OPEN_TO_WORK = re.compile(
    r"\b(?:open\s+to\s+(?:work|new\s+opportunities|opportunities)|looking\s+for\s+"
    r"(?:a\s+)?(?:new\s+)?(?:job|role|position|opportunit\w+|work)|#opentowork|"
    r"available\s+for\s+(?:hire|work)|seeking\s+(?:a\s+)?(?:new\s+)?(?:role|job|position)|"
    r"[àa]\s+l['’]?[ée]coute\s+(?:du\s+march[ée]|d['’]opportunit[ée]s)|"
    r"en\s+recherche\s+(?:d['’]\w+|active)|ouverte?\s+aux\s+opportunit[ée]s|"
    r"disponible\s+(?:imm[ée]diatement|pour\s+(?:un|une)\s)|recherche\s+(?:un|une)\s+"
    r"(?:poste|cdi|alternance|stage|mission)|freelance\s+disponible)",
    re.IGNORECASE,
)


def open_to_work(text: str) -> bool:
    return bool(_OPEN_TO_WORK.search(text))


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")
_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+", re.IGNORECASE)


def emails_in(text: str) -> list[str]:
    return list(dict.fromkeys(e.lower().rstrip(".") for e in _EMAIL.findall(text)))


def urls_in(text: str) -> list[str]:
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


def detect_language(text: str) -> str:
    """``fr`` or ``en`` from function-word counts (ties go to English)."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text.lower()[:5000])
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "fr" if fr > en else "en"
