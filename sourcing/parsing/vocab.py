"""The skill taxonomy and the school gazetteer, loaded from the JSON-lines data files."""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

DATA_DIR = Path(__file__).parent / "data"

# The skill taxonomy's categories. The technical ones name technologies (languages,
# frameworks, databases...); the others, tools and trades (SaaS tools, sales, HR...).
TECHNOLOGY_CATEGORIES = frozenset(
    [
        "programming_language",
        "framework",
        "library",
        "database",
        "cloud",
        "devops",
        "data",
        "ai_ml",
        "mobile",
        "frontend",
        "backend",
        "embedded",
        "security",
        "testing",
    ]
)
SKILL_CATEGORIES = TECHNOLOGY_CATEGORIES | {
    "community",
    "design",
    "finance",
    "hr",
    "management",
    "marketing",
    "methodology",
    "product",
    "sales",
    # Industries and markets (fintech, retail, SaaS): where someone works, not what they
    # can do. Parsed into ``sectors``; still searchable.
    "sector",
    "soft",
    "support",
    "tool",
}


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase without accents: the key for case-insensitive, accent-blind lookups."""
    if text.isascii():  # nothing to decompose; most words and aliases
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Skill:
    id: str
    label_en: str
    label_fr: str
    kind: str
    category: str
    parent: str | None
    aliases: tuple[str, ...]
    aliases_cased: tuple[str, ...]

    def label(self, language: str = "en") -> str:
        return self.label_fr if language == "fr" else self.label_en


@dataclass(frozen=True)
class School:
    id: str
    name: str
    full_name: str
    kind: str
    city: str
    country: str
    aliases: tuple[str, ...]
    aliases_cased: tuple[str, ...]


T = TypeVar("T", Skill, School)


@dataclass
class Vocabulary(Generic[T]):
    """Entries with their surface forms: folded forms match any case and accent,
    cased forms (``Go``, ``R``, ``X``) only as written."""

    entries: dict[str, T]
    folded: dict[str, str] = field(default_factory=dict)
    cased: dict[str, str] = field(default_factory=dict)
    # Ids merged into another (near-duplicates), kept so that what was written with them
    # (stored profiles, saved searches, labels) still names the surviving entry.
    redirects: dict[str, str] = field(default_factory=dict)

    def canonical(self, entry_id: str) -> str:
        """The id an entry goes by now: a merged-away id names its survivor."""
        return self.redirects.get(entry_id, entry_id)

    def lookup(self, surface: str) -> T | None:
        """The entry a surface form names, e.g. ``"k8s"`` -> Kubernetes; a merged-away id
        names its survivor."""
        surface = surface.strip()
        if surface in self.cased:
            return self.entries[self.cased[surface]]
        key = (
            self.folded.get(fold(surface))
            or (self.folded.get(fold(surface.replace("-", " "))) if "-" in surface else None)
            or self.redirects.get(surface)
        )
        return self.entries[key] if key else None

    def forms(self, entry_id: str) -> tuple[list[str], list[str]]:
        """All (folded, cased) surface forms of one entry."""
        folded = [f for f, i in self.folded.items() if i == entry_id]
        cased = [c for c, i in self.cased.items() if i == entry_id]
        return folded, cased


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _index(entries: dict[str, T], labels: dict[str, list[str]]) -> Vocabulary[T]:
    vocab: Vocabulary[T] = Vocabulary(entries)
    for entry_id, entry in entries.items():
        for surface in [*labels[entry_id], *entry.aliases]:
            vocab.folded.setdefault(fold(surface), entry_id)
        for surface in entry.aliases_cased:
            vocab.cased.setdefault(surface, entry_id)
    return vocab


def load_redirects(path: Path) -> dict[str, str]:
    """Merged-away id -> surviving id; none when the file is absent."""
    if not path.exists():
        return {}
    return {str(row["id"]): str(row["replaced_by"]) for row in _read_jsonl(path)}


@lru_cache(maxsize=4)
def load_skills(path: Path = DATA_DIR / "skills.jsonl") -> Vocabulary[Skill]:
    """The taxonomy, with the redirects of merged-away ids (``skill_redirects.jsonl``
    beside it)."""
    entries: dict[str, Skill] = {}
    labels: dict[str, list[str]] = {}
    for row in _read_jsonl(path):
        skill = Skill(
            id=str(row["id"]),
            label_en=str(row["label_en"]),
            label_fr=str(row.get("label_fr") or row["label_en"]),
            kind=str(row.get("kind", "hard")),
            category=str(row.get("category", "")),
            parent=str(row["parent"]) if row.get("parent") else None,
            aliases=tuple(row.get("aliases") or ()),  # type: ignore[arg-type]
            aliases_cased=tuple(row.get("aliases_cased") or ()),  # type: ignore[arg-type]
        )
        entries[skill.id] = skill
        # A label that is an ordinary word in lowercase (Go, R, C) is matched as written only.
        ambiguous = {fold(a) for a in skill.aliases_cased}
        labels[skill.id] = [
            label for label in (skill.label_en, skill.label_fr) if fold(label) not in ambiguous
        ]
    vocab = _index(entries, labels)
    vocab.redirects = load_redirects(path.with_name("skill_redirects.jsonl"))
    return vocab


_GLOSS = re.compile(r"\s*\([^()]*\)")


def without_gloss(label: str) -> str:
    """A label without its parenthesised glosses: "Ray (distributed computing)" -> "Ray"."""
    return _GLOSS.sub("", label).strip()


# "Fennel (Lisp)", "Room (Android)", "Apache Camel", "Jetpack Compose", "HashiCorp Nomad",
# "Azure Bicep", "OpenAI Whisper", "Crystal language", "Liquid templates", "Flux CD",
# "Remix.run": a tool's bare name that is also an ordinary word, so no surface form of
# its own. (Not "Entity Framework", "Robot Framework": names of their own.)
_GLOSSED = re.compile(
    r"^(?:(?P<name>[A-Za-z][\w+#-]*) (?:\([^()]+\)|language|framework|templates|CD)"
    r"|(?:Apache|Eclipse|Jetpack|HashiCorp|Azure|OpenAI|Amazon|AWS) (?P<product>[A-Z][a-z]\w*)"
    r"|(?P<site>[A-Z][a-z]\w*)\.run)$"
)
_LOWERCASE_NAME = re.compile(r"[a-z][a-z0-9_-]*")
# Vendors' products whose bare names are words a list of tools holds for other reasons.
_NOT_BARE_NAMES = frozenset(["Functions", "Monitor", "Batch", "Database"])


@lru_cache(maxsize=4)
def listed_names(path: Path = DATA_DIR / "skills.jsonl") -> Vocabulary[Skill]:
    """The bare names of technologies that the taxonomy knows only with a gloss or a
    vendor ("Fennel", "Observable", "Room", "Camel"), as written: a name to read only
    when it is listed beside other technologies."""
    skills = load_skills(path)
    names: dict[str, str] = {}
    grouped: dict[str, set[str]] = {}
    for skill in skills.entries.values():
        if skill.category not in TECHNOLOGY_CATEGORIES:
            continue
        # A package named in lowercase with a word ("pandas", "caret (R)", "golem (R
        # Shiny)", "uv (Python)"): the taxonomy knows it capitalised or glossed only, and
        # a bio writes it as its authors do, listed beside other technologies.
        if _LOWERCASE_NAME.fullmatch(skill.label_en) and skills.lookup(skill.label_en) is None:
            names[skill.label_en] = skill.id
            continue
        match = _GLOSSED.match(skill.label_en)
        if match is not None:
            name = match.group("name") or match.group("product") or match.group("site")
            if skills.lookup(name) is None and name not in _NOT_BARE_NAMES:
                names[name] = skill.id
            continue
        for name in _grouped_names(skill.label_en, skills):
            if skills.lookup(name) is None:
                grouped.setdefault(name, set()).add(skill.id)
    # A name two labels give ("Composer" of PHP Composer and Cloud Composer) is neither's.
    for name, ids in grouped.items():
        if len(ids) == 1 and name not in names:
            names[name] = next(iter(ids))
    return Vocabulary(skills.entries, cased=names)


def _grouped_names(label: str, skills: Vocabulary[Skill]) -> list[str]:
    """The bare names of a label that groups tools by name ("Meson" and "Ninja" of
    "Meson / Ninja", "Lustre" of "GlusterFS / Lustre"), or that adds the tool's language
    or kind ("Composer" of "PHP Composer", "Drizzle" of "Drizzle ORM"; not "Boot" of
    "Spring Boot", a framework's own product)."""
    parts = label.split(" / ")
    if len(parts) > 1:
        # Names all, the first a name of its own ("Cilium / Calico"), not a kind glossed
        # ("Smoke / sanity testing") nor a vendor's products ("Azure Policy / Blueprints").
        if _NAME.fullmatch(parts[0]) and all(
            word[0].isupper() for part in parts for word in part.split()
        ):
            return [part for part in parts if _NAME.fullmatch(part)]
        return []
    words = label.split()
    if len(words) != 2:
        return []
    first, second = words
    language = skills.lookup(first)
    if _NAME.fullmatch(second) and language and language.category == "programming_language":
        return [second]
    if _NAME.fullmatch(first) and second in _KINDS:
        return [first]
    return []


# A capitalised name of one word ("Lustre", "Stimulus"), not an acronym of two letters.
_NAME = re.compile(r"[A-Z][\w+#.-]*[a-z][\w+#.-]*")
_KINDS = frozenset(["ORM", "DNS", "SDK", "CLI", "API"])


@lru_cache(maxsize=4)
def load_schools(path: Path = DATA_DIR / "schools.jsonl") -> Vocabulary[School]:
    entries: dict[str, School] = {}
    labels: dict[str, list[str]] = {}
    for row in _read_jsonl(path):
        school = School(
            id=str(row["id"]),
            name=str(row["name"]),
            full_name=str(row.get("full_name") or row["name"]),
            kind=str(row.get("kind", "")),
            city=str(row.get("city") or ""),
            country=str(row.get("country") or ""),
            aliases=tuple(row.get("aliases") or ()),  # type: ignore[arg-type]
            aliases_cased=tuple(row.get("aliases_cased") or ()),  # type: ignore[arg-type]
        )
        entries[school.id] = school
        ambiguous = {fold(a) for a in school.aliases_cased}
        labels[school.id] = [
            label for label in (school.name, school.full_name) if fold(label) not in ambiguous
        ]
    return _index(entries, labels)
