"""Running a search across networks: each selected source concurrently, failures of one
network reported without losing the others' results."""

import asyncio
from dataclasses import dataclass, field

from models.schemas import RawProfile, SearchQuery
from sourcing.sources import Source, SourceError, get_source


@dataclass
class SourceOutcome:
    source: str
    profiles: list[RawProfile] = field(default_factory=list)
    error: str | None = None


def resolve_sources(query: SearchQuery) -> list[Source]:
    """The query's networks, or a clear error naming the unknown one (before any request)."""
    return [get_source(name) for name in dict.fromkeys(query.sources)]


async def _collect(source: Source, query: SearchQuery) -> SourceOutcome:
    outcome = SourceOutcome(source.name)
    try:
        async for profile in source.search(query):
            outcome.profiles.append(profile)
    except (SourceError, OSError, ValueError) as error:
        outcome.error = f"{type(error).__name__}: {error}"
    return outcome


async def fetch_all(query: SearchQuery) -> list[SourceOutcome]:
    sources = resolve_sources(query)
    return list(await asyncio.gather(*(_collect(s, query) for s in sources)))


def fetch(query: SearchQuery) -> list[SourceOutcome]:
    """Synchronous front for code that is not async."""
    return asyncio.run(fetch_all(query))
