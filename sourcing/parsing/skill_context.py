"""Skills read from their context rather than from one mention: a platform's services
("AWS (Lambda, S3)"), coordinations ("Développeur web & mobile"), hashtags
("#MachineLearning", "#uxresearch", "#SAS"), trades named by a sector, and which
names are technologies (to tell them from employers)."""

import functools
import re

from spacy.tokens import Span

from sourcing.parsing.extract import names_a_role
from sourcing.parsing.vocab import TECHNOLOGY_CATEGORIES, Skill, Vocabulary, fold, without_gloss


class SkillContext:
    """Context rules over one skill taxonomy."""

    def __init__(self, skills: Vocabulary[Skill]) -> None:
        self.skills = skills
        # Every word of every alias: a phrase with another word cannot name a skill.
        self.alias_words = frozenset(
            word
            for form in [*skills.folded, *map(fold, skills.cased)]
            for word in _ALIAS_WORD_SPLIT.split(form)
        )

    def is_technology(self, name: str) -> bool:
        """A technology (not a SaaS tool, which may well be the employer: "Qonto")."""
        skill = self.skills.lookup(name)
        return skill is not None and skill.category in TECHNOLOGY_CATEGORIES

    def named_within(self, inner: Span, outer: Span, text: str) -> bool:
        """A tool named inside a compound skill is a skill too: "DBA PostgreSQL",
        "Embedded Rust", "Excel avancé", "Kubernetes operators" name PostgreSQL, Rust,
        Excel, Kubernetes. Only a tool written as a name (not "marketing" in "marketing
        digital"), a word of its own (not the C of "C#"), beside ordinary words or a
        skill of another family: "Spring Boot", "React Native", "AWS Lambda" are products
        of their own, and "Embedded Linux" is a kind of embedded system, not of Linux."""
        written = inner.text
        if not any(ch.isupper() or ch.isdigit() for ch in written):
            return False
        tool = self.skills.entries[inner.label_]
        if not names_a_tool(tool):
            return False
        before = text[outer.start_char : inner.start_char]
        after = text[inner.end_char : outer.end_char]
        if (before and not before[-1].isspace()) or (after and not after[0].isspace()):
            return False
        rest = f"{before} {after}".strip()
        compound = outer.label_
        if self._heads_a_childs_name(tool.id, compound, before, after):
            return False
        named = self.skills.lookup(rest)
        if named is None:
            # "Développeuse Odoo": a role's noun, capitalised as the bio's first word.
            return rest.islower() or names_a_role(rest)
        if named.id == compound:
            # "Excel VBA": the application a language is written in; "MISRA C": a
            # standard of the language; not "SDL Trados", a vendor's name before its
            # product.
            return tool.category in ("tool", "programming_language")
        return named.id not in self._lineage(compound) and tool.id not in self._lineage(named.id)

    def _heads_a_childs_name(self, tool: str, compound: str, before: str, after: str) -> bool:
        """The tool's name starts the name of one of its own children: "Linux kernel",
        "Kubernetes operators", "AWS IAM", "SAP S/4HANA" name the child only, as "Spring
        Boot" does (not "Excel avancé" nor "C embarqué", French adjectives after the
        tool they qualify)."""
        if before.strip() or tool == compound or tool not in self._lineage(compound):
            return False
        rest = after.strip()
        return not (rest.islower() and not rest.isascii())

    def listed_beside_technology(
        self, name: Span, before: Span | None, after: Span | None, text: str
    ) -> bool:
        """A technology's bare name that is also a word ("Room", "Observable", "Fennel",
        "Camel") is the technology when it is an item of a list beside another (the
        skills matched right ``before`` or ``after`` it): "Kotlin, Coroutines, Room", "D3
        and Observable"; not "Room for improvement" nor the company of "Frêne SAS, R et
        Python"."""
        start = name.start_char
        if _LOWERCASE_WORD_AFTER.match(text, name.end_char) or not _ITEM_START.search(
            text, max(0, start - 12), start
        ):
            return False
        gaps = []
        if before is not None and self._is_a_tool(before.label_):
            gaps.append((before.end_char, start))
        if after is not None and self._is_a_tool(after.label_):
            gaps.append((name.end_char, after.start_char))
        return any(_LIST_SEPARATOR.fullmatch(text, a, b) for a, b in gaps)

    def glued_versions(self, text: str) -> list[tuple[int, int, str]]:
        """ "Java17", "Django5", "React18", "Node20": a technology's name with its version
        glued on, which the matchers (a whole word each) do not see. Only names of at
        least three letters that a technology goes by, and versions of one or two digits
        (not "S3", "EC2", "Win10", "ES2015"). (start, end, skill id) of each."""
        if not _DIGIT.search(text):
            return []
        found = []
        for match in _GLUED_VERSION.finditer(text):
            skill = self.skills.lookup(match.group("name"))
            if skill is not None and skill.category in TECHNOLOGY_CATEGORIES:
                found.append((match.start(), match.end(), skill.id))
        return found

    def _is_a_tool(self, skill_id: str) -> bool:
        """A technology or a named tool ("MkDocs", "LÖVE"): what a bare name is listed with."""
        return self.skills.entries[skill_id].category in _TOOL_CATEGORIES

    def coordinated(self, text: str) -> list[str]:
        """ "Développeur web & mobile", "Designer UX/UI", "front and back-end developer":
        each member of a coordination with the word that governs it ("développeur
        mobile", "UI designer"), kept when the taxonomy names it."""
        found: list[str] = []
        if not any(cue in text for cue in _COORDINATOR_CUES):
            return found
        for separator in _COORDINATOR.finditer(text):
            left = [
                w.strip(_PUNCTUATION)
                for w in text[max(0, separator.start() - 40) : separator.start()].split()[-2:]
            ]
            right = [
                w.strip(_PUNCTUATION)
                for w in text[separator.end() : separator.end() + 40].split()[:2]
            ]
            if not left or not right:
                continue
            end = "-end" if right[0].endswith("-end") else ""  # "front and back-end"
            known = self.alias_words
            members = [m for m in (left[-1] + end, right[0]) if all(w in known for w in _words(m))]
            if not members:
                continue
            heads = [left[0]] if len(left) == 2 else []
            heads += right[1:]
            heads = [h for h in heads if all(w in known for w in _words(h))]
            heads += self._trade_words(heads)
            for member in members:
                for head in heads:
                    for phrase in (f"{head} {member}", f"{member} {head}"):
                        skill = self.skills.lookup(phrase)
                        if skill is not None:
                            found.append(skill.id)
        return found

    def _trade_words(self, heads: list[str]) -> list[str]:
        """A role noun heading a coordination stands for its trade's head word:
        "Graphiste print & packaging" is print and packaging design."""
        words = []
        for head in heads:
            skill = self.skills.lookup(head)
            if skill is not None and " " not in head:
                words += [label.split()[-1] for label in (skill.label_en, skill.label_fr)]
        return [w for w in dict.fromkeys(words) if w.isalpha() and w.lower() not in heads]

    def hashtags(self, text: str) -> list[str]:
        """Hashtags name skills the way tags do: "#MachineLearning" and "#UXResearch"
        (CamelCase words, acronyms included), "#contentmarketing" (a skill's words run
        together) and "#SAS" (a label without its gloss, "SAS (statistical software)")."""
        found: list[str] = []
        if "#" not in text:
            return found
        for tag in _CAMEL_CASE_HASHTAG.findall(text):
            skill = self.skills.lookup(" ".join(_CAMEL_CASE_WORD.findall(tag)))
            if skill is not None:
                found.append(skill.id)
        for tag in _HASHTAG.findall(text):
            skill_id = self._tag_forms.get(fold(tag))
            if skill_id is not None:
                found.append(skill_id)
        return found

    @functools.cached_property
    def _tag_forms(self) -> dict[str, str]:
        """Forms a hashtag can take that the matchers do not know: multi-word forms
        without their spaces, and labels without their parenthesised gloss. A form two
        skills would share is left out."""
        forms: dict[str, set[str]] = {}
        for form, skill_id in self.skills.folded.items():
            joined = _NOT_TAG_CHARACTER.sub("", form)
            if joined != form and len(joined) >= 5:
                forms.setdefault(joined, set()).add(skill_id)
        for skill in self.skills.entries.values():
            for label in (skill.label_en, skill.label_fr):
                bare = without_gloss(label)
                if bare != label and bare:
                    forms.setdefault(fold(bare), set()).add(skill.id)
        known = self.skills.folded
        return {
            form: next(iter(ids))
            for form, ids in forms.items()
            if len(ids) == 1 and form not in known
        }

    def read_in_context(self, ids: list[str], text: str) -> list[str]:
        """Words whose meaning depends on the trade around them: "onboarding" next to
        customer success is customer onboarding, not the HR kind; "RGPD" in a lawyer's
        profile is data privacy law; "Meta" beside Google Ads is Meta Ads, not the
        employer. A reading replaces the plain one, whose parent it already is."""
        present = set(ids)
        if present.isdisjoint(_PLAIN_READINGS) and not any(
            cue in text for cue in _CONTEXT_NAME_CUES
        ):
            return ids
        families = {i for i in present if i in self.skills.entries}
        out = list(ids)
        for plain, reading, roots in _READINGS:
            if plain in present and self._any_in_family(families - {plain}, roots):
                out = [reading if i == plain else i for i in out]
        for cue, word, reading in _LISTED_SKILLS:
            if cue in text and reading not in present and word.search(text):
                out.append(reading)
        for word, reading, roots in _NAMED_IN_CONTEXT:
            if (
                reading not in present
                and self._any_in_family(families, roots)
                and word.search(text)
            ):
                out.append(reading)
        return out

    def _any_in_family(self, ids: set[str], roots: frozenset[str]) -> bool:
        return any(not roots.isdisjoint(self._lineage(i)) for i in ids)

    @functools.lru_cache(maxsize=10_000)  # noqa: B019 - one context per parser, for its life
    def _lineage(self, skill_id: str) -> frozenset[str]:
        """The skill and its ancestors; law skills also count as "law"."""
        lineage: set[str] = set()
        current: str | None = skill_id
        while current and current not in lineage and current in self.skills.entries:
            lineage.add(current)
            current = self.skills.entries[current].parent
        if any(i.endswith("-law") for i in lineage):
            lineage.add("law")
        return frozenset(lineage)

    def team_sizes(self, text: str) -> list[str]:
        """ "team of 40", "(équipe de 8)": someone who gives the size of a team manages it."""
        if not any(cue in text for cue in _TEAM_CUES):
            return []
        if _TEAM_OF.search(text) is None or "team-management" not in self.skills.entries:
            return []
        return ["team-management"]

    def qualities(self, text: str) -> list[str]:
        """ "Calm, patient", "Patiente et bienveillante", "Empathetic, curious",
        "Créative, organisée", "Organisée et discrète": the adjective listed as a quality
        (its own item of a list or a coordination), not "patient recruitment" or "a
        patient", which are the people cared for, nor "ML curious" (an interest) or "a
        creative agency"."""
        return [
            skill_id
            for skill_id, cue, listed in _LISTED_QUALITIES
            if cue in text and skill_id in self.skills.entries and listed.search(text)
        ]

    def trades_of_sectors(self, ids: list[str]) -> list[str]:
        """A sector that names a trade ("jeux vidéo") is that trade's skill (game
        development) for someone who also names one of the trade's own skills (Unity,
        Unreal): the community manager of a game studio does not develop games."""
        found = []
        present = set(ids)
        for sector, trade in _TRADE_OF_SECTOR.items():
            if (
                sector in present
                and trade not in present
                and trade in self.skills.entries
                and any(self.skills.entries[i].parent == trade for i in present)
            ):
                found.append(trade)
        return found

    def services_listed_after(self, span: Span, text: str) -> list[str]:
        """ "AWS (Lambda, S3)", "Azure : Functions, AKS": each item named with the
        platform ("AWS Lambda") is the platform's child skill."""
        if text[span.end_char : span.end_char + 2].strip()[:1] not in _SERVICE_LIST_OPENERS:
            return []
        listed = _SERVICE_LIST.match(text, span.end_char)
        if listed is None:
            return []
        platform = self.skills.entries[span.label_]
        names = dict.fromkeys([span.text, platform.label_en, platform.label_fr])
        found = []
        items = listed.group("parenthesised") or listed.group("after_colon")
        for item in _LIST_ITEM_SEPARATORS.split(items):
            item = item.strip(" .")
            if not item[:1].isupper() and not item[:1].isdigit():  # services are names
                continue
            for name in names:
                child = self.skills.lookup(f"{name} {item}")
                if child is not None and child.parent == platform.id:
                    found.append(child.id)
                    break
        return found


# Pictographs, which bios use as separators ("Juriste PI 📜 marques, brevets").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
# Between two items of a list: punctuation, "and", a pictograph ("Ktor 🐧 Exposed"), or
# the space between two hashtags ("#Hono #Drizzle").
_LIST_SEPARATOR = re.compile(rf"\s*(?:[,;|/&+·•({_EMOJI}]|\band\b|\bet\b)\s*#?|\s+#")
_LOWERCASE_WORD_AFTER = re.compile(r" [a-zà-ÿ]")
# Where an item of a list starts: after punctuation, "and", "with" / "avec" ("Kotlin with
# Room, Hilt"), a pictograph, or as a hashtag ("#Deno #Hono #Drizzle").
_ITEM_START = re.compile(
    rf"(?:(?:^|[,;|/&+·•(:\n{_EMOJI}]|\band|\bet|\bwith|\bavec)[^\S\n]*|(?<![\w#])#)\Z"
)
# A name of letters (three or more) and a version of one or two digits glued to it, a
# word of its own: "Java17", "Django5", "React18" (not "log4j", "S3", "HTML5" aside).
_DIGIT = re.compile(r"\d")
_GLUED_VERSION = re.compile(
    r"(?<![\w.@/#-])(?P<name>[A-Za-z][a-z]{2,}[A-Za-z]?)\d{1,2}(?![\w@/-]|\.\w)"
)
# The categories of tools, whose name inside a compound skill names them too.
_TOOL_CATEGORIES = TECHNOLOGY_CATEGORIES | {"tool"}
_COORDINATOR_CUES = ("&", "/", " + ", " et ", " and ")
_COORDINATOR = re.compile(r"[&/]| \+ | et | and ")
_ALIAS_WORD_SPLIT = re.compile(r"[\s-]+")
_PUNCTUATION = ".,;:!?()[]{}\"'«»“”"
_CAMEL_CASE_HASHTAG = re.compile(r"#([A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\b")
# "UXResearch" is "UX Research": a run of capitals before a capitalised word is one word.
_CAMEL_CASE_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z0-9]*")
_HASHTAG = re.compile(r"(?<![\w&])#(\w{2,40})\b")
_NOT_TAG_CHARACTER = re.compile(r"[\s\-'’]+")
_TEAM_CUES = ("team", "Team", "quipe", "ead", "anag", "ncadr", "upervis", "irige")
# "team of 40", "équipe de 8", "leading 9 teachers", "J'encadre 6 techniciens": the
# people counted are named by their trades' nouns (not "managing 3 servers").
_TEAM_OF = re.compile(
    r"\b(?:team|[ée]quipe) (?:of|de) \d+\b"
    r"|\b(?:lead(?:ing|s)?|manag(?:ing|es?)|supervis(?:ing|es?)|encadr(?:e|ant|ante)|dirige)"
    r" \d+ (?:people|personnes|staff|agents"
    r"|(?!(?:servers|routers|containers|clusters|users|customers|serveurs|utilisateurs)\b)"
    r"[a-zà-ÿ]+(?:ers|eurs|euses|trices|iens|iennes|ists|istes|ants|antes|ières|ors))\b",
    re.IGNORECASE,
)


def _listed(word: str, after_pictograph: bool = False, claimed: bool = False) -> re.Pattern[str]:
    """``word`` as its own item of a list or a coordination (or the first item after
    a pictograph: not for "🔍 à l'écoute", someone open to offers), or ``claimed`` of
    oneself ("Je suis patiente et à l'écoute", "I'm calm")."""
    separators = "|,;.•·/\n" + (_EMOJI if after_pictograph else "")
    claim = r"|\b(?:[Jj]e suis|I am|I['’]m) " if claimed else ""
    return re.compile(
        rf"(?:^|[{separators}]\s*|\b(?:et|and|&) {claim})(?:{word})"
        r"(?=\s*(?:$|[|,;.!/\n&]|\bet\b|\band\b))",
        re.MULTILINE,
    )


# (quality, a substring every form holds, the forms listed)
_LISTED_QUALITIES = (
    ("patience", "atient", _listed(r"[Pp]atiente?", claimed=True)),
    ("curiosity", "urious", _listed(r"[Cc]urious", claimed=True)),
    ("creativity", "réati", _listed(r"[Cc]réati(?:f|ve)", claimed=True)),
    ("creativity", "reative", _listed(r"[Cc]reative", claimed=True)),
    ("calm", "alm", _listed(r"[Cc]alme?", claimed=True)),
    # "Patiente et à l'écoute"; not "à l'écoute du marché" (someone open to offers)
    # nor "Pas à l'écoute".
    ("active-listening", "coute", _listed(r"(?:[Àà] l['’])?[ÉéEe]coute")),
    # As written: "organise", to the accent-blind matcher, is also the verb ("organise
    # les relations presse").
    ("organization", "rganisé", _listed(r"[Oo]rganisé")),
    # As written: "discrete" is also the mathematics, to the accent-blind matcher.
    ("discretion", "iscrète", _listed(r"[Dd]iscrète")),
)
# (plain reading, reading in context, the families that make the context)
_READINGS = (
    ("onboarding", "customer-onboarding", frozenset(["customer-success"])),
    ("gdpr", "data-privacy-law", frozenset(["law", "intellectual-property", "litigation"])),
    # "GCP certified" beside clinical trials is Good Clinical Practice, not Google Cloud.
    ("gcp", "gcp-clinical", frozenset(["clinical-research"])),
    ("google-cloud-certifications", "gcp-clinical", frozenset(["clinical-research"])),
    # "Monitoring" of trials beside clinical research is site monitoring, not observability.
    ("observability", "clinical-monitoring", frozenset(["clinical-research"])),
)
# (a name that is a skill only in context, the skill, the families that make the context)
_NAMED_IN_CONTEXT = (
    (re.compile(r"\bMeta\b"), "meta-ads", frozenset(["performance-marketing", "sea"])),
    # "sourcing" alone is also the buyer's trade (procurement): a recruiter's is candidates.
    (re.compile(r"\b[Ss]ourcing\b"), "sourcing", frozenset(["recruiting"])),
    # Interviews a recruiter runs are candidates' (not "entretiens annuels", reviews).
    (
        re.compile(
            r"\b(?:[Ee]ntretiens|[Ii]nterviews)\b(?! (?:annuels|individuels|professionnels|d['’]))"
        ),
        "interviewing",
        frozenset(["recruiting"]),
    ),
    # "SAS" alone is also a French company form ("Frêne SAS"): listed beside statistics
    # ("R, Python, SAS, SQL") it is the software.
    (
        re.compile(r"(?:^|[,;:/(|&+]\s*|\b(?:and|et) )SAS\b"),
        "sas",
        frozenset(["statistics", "r", "data-analysis"]),
    ),
    # "ADP" alone is also Aéroports de Paris or a molecule: beside payroll or HR it is the
    # payroll software ("Paie sur ADP", "ADP, Sage payroll").
    (re.compile(r"\bADP\b"), "adp", frozenset(["payroll", "human-resources"])),
    # Bare metal beside C or a microcontroller is firmware without an OS ("C++ bare-metal
    # sur Cortex-M"); beside Kubernetes it is servers ("k8s on bare metal").
    (
        re.compile(r"\b[Bb]are[- ]metal\b"),
        "embedded-systems",
        frozenset(["c", "cpp", "rust", "arm", "microcontrollers"]),
    ),
    # "Recette" in a project is its acceptance testing (not a cook's recipe).
    (re.compile(r"\b[Rr]ecette\b"), "qa", frozenset(["project-management"])),
    # Replication beside databases is theirs (not a cell's, nor a study's).
    (re.compile(r"\b[Rr][ée]plication\b"), "database-replication", frozenset(["databases"])),
    # Listed alone by a marketer ("Marque, contenu & événementiel", "Brand, demand
    # generation, events"), brand and content are the marketer's trades.
    (_listed(r"[Bb]rand|[Mm]arque"), "brand-management", frozenset(["marketing"])),
    (_listed(r"[Cc]ontent|[Cc]ontenus?"), "content-marketing", frozenset(["marketing"])),
    # Listed by a lawyer ("marques, brevets, contentieux"), marks are trademarks.
    (
        _listed(r"[Mm]arques", after_pictograph=True),
        "trademark-law",
        frozenset(["law", "intellectual-property", "litigation"]),
    ),
)
# (a cue, a word that is a skill when listed alone, the skill): "Vendor management, budgets,
# events", not "événements en ligne".
_LISTED_SKILLS = (
    ("nements", _listed(r"[Éé]v[éeè]nements"), "event-management"),
    ("vents", _listed(r"[Ee]vents"), "event-management"),
)
_PLAIN_READINGS = frozenset(plain for plain, _, _ in _READINGS)
_CONTEXT_NAME_CUES = (
    "Meta",
    "are-metal",
    "are metal",
    "ourcing",
    "SAS",
    "ADP",
    "ntretiens",
    "nterviews",
    "éplication",
    "eplication",
    "ecette",
    "Brand",
    "brand",
    "arque",
    "ontent",
    "ontenu",
    "vents",
    "nements",
)
# Sectors that name a trade, and the trade's skill.
_TRADE_OF_SECTOR = {"video-games": "game-development"}
_SERVICE_LIST_OPENERS = ("(", ":")
_SERVICE_LIST = re.compile(
    r"\s?(?:\((?P<parenthesised>[^()\n]{1,120})\)|:\s*(?P<after_colon>[^.;|\n]{1,120}))"
)
_LIST_ITEM_SEPARATORS = re.compile(r"\s*(?:,|/|&|\+|\band\b|\bet\b)\s*")


def names_a_tool(skill: Skill) -> bool:
    """Whether a skill is a tool with a name of its own (PostgreSQL, Excel), the kind a
    compound skill's name can hold."""
    return skill.category in _TOOL_CATEGORIES and _is_a_name(skill.label_en)


def _is_a_name(label: str) -> bool:
    """ "PostgreSQL", "Excel", "Microsoft Azure" are names; "Embedded systems", "Machine
    learning" are common nouns, whose first word is capitalised only to start the label."""
    return " " not in label or any(ch.isupper() or ch.isdigit() for ch in label[1:])


@functools.lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a phrase, as the skill aliases are split into words."""
    return tuple(_ALIAS_WORD_SPLIT.split(fold(text)))
