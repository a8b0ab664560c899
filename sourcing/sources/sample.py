"""The bundled sample network: invented public profiles in the real shapes of GitHub,
Stack Exchange and Mastodon payloads, searchable offline like a real network."""

import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.parsing.vocab import fold, load_skills
from sourcing.sources.base import MalformedPayloadError

DATA_DIR = Path(__file__).parent / "data"
SAMPLE_NETWORK = DATA_DIR / "sample_network.jsonl"
SAMPLE_EMPLOYEES = DATA_DIR / "employees.csv"
DEMO_SEARCHES = DATA_DIR / "demo_searches.json"


def _term_patterns(term: str) -> list[re.Pattern[str]]:
    """Patterns for a query term and, when it is a known skill, all its aliases."""
    skills = load_skills()
    skill = skills.lookup(term)
    folded_forms = [fold(term)]
    cased_forms: list[str] = []
    if skill is not None:
        folded_forms, cased_forms = skills.forms(skill.id)
    patterns = [re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])") for form in folded_forms if form]
    patterns += [re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])") for form in cased_forms]
    return patterns


def _searchable(fields: ProfileFields) -> str:
    return "\n".join(
        [
            fields.name,
            fields.handle,
            fields.text,
            fields.location_text,
            fields.company,
            " ".join(fields.skill_hints),
            # tags are written "machine-learning", people write "machine learning"
            " ".join(hint.replace("-", " ") for hint in fields.skill_hints),
        ]
    )


class SampleSource:
    """Searches the bundled sample network: a profile matches when it mentions one of
    the query's skills (or their aliases) or keywords, and the location if one is given."""

    name = "sample"
    description = "Bundled, invented sample network (GitHub, Stack Exchange and Mastodon shapes)."

    def __init__(
        self,
        path: Path = SAMPLE_NETWORK,
        max_results: int = 1000,
        reader: Callable[[str, dict], ProfileFields] | None = None,
    ) -> None:
        self.path = path
        self.max_results = max_results
        self._reader = reader

    def records(self) -> list[RawProfile]:
        profiles = []
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    profiles.append(RawProfile.model_validate_json(line))
                except ValueError as error:
                    raise MalformedPayloadError(f"{self.path}:{number}: {error}") from error
        return profiles

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        from sourcing.sources import read_fields

        reader = self._reader or read_fields
        term_patterns = [_term_patterns(t) for t in [*query.skills, *query.keywords]]
        place = fold(query.location) if query.location else None
        found = 0
        for raw in self.records():
            fields = reader(raw.source, raw.payload)
            text = _searchable(fields)
            folded = fold(text)
            if place and place not in fold(f"{fields.location_text}\n{fields.text}"):
                continue
            if any(p.search(folded) or p.search(text) for ps in term_patterns for p in ps):
                yield raw
                found += 1
                if found >= self.max_results:
                    return
