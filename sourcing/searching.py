"""Running a search across networks: each selected source concurrently, failures of one
network reported without losing the others' results."""

import asyncio
from dataclasses import dataclass, field

import httpx

from models.schemas import RawProfile, SearchQuery
from sourcing.http import HttpError
from sourcing.snowball import CommunityExpander, Linker, expand_community, snowball
from sourcing.sources import Source, SourceContext, SourceError, get_source


@dataclass
class SourceOutcome:
    source: str
    profiles: list[RawProfile] = field(default_factory=list)
    error: str | None = None


def resolve_sources(query: SearchQuery, context: SourceContext | None = None) -> list[Source]:
    """The query's networks, or a clear error naming the unknown one (before any request)."""
    return [get_source(name, context) for name in dict.fromkeys(query.sources)]


async def _collect(source: Source, query: SearchQuery) -> SourceOutcome:
    outcome = SourceOutcome(source.name)
    try:
        async for profile in source.search(query):
            outcome.profiles.append(profile)
    except (SourceError, HttpError, httpx.HTTPError, OSError, ValueError) as error:
        outcome.error = f"{type(error).__name__}: {error}"
    return outcome


def _linkers(sources: list[Source]) -> dict[str, Linker]:
    linkers: dict[str, Linker] = {}
    for source in sources:
        if hasattr(source, "linkers"):
            linkers.update(source.linkers())
        elif isinstance(source, Linker):
            linkers[source.name] = source
    return linkers


async def fetch_all(
    query: SearchQuery, context: SourceContext | None = None
) -> list[SourceOutcome]:
    """Every selected network concurrently, then the links found profiles give to the
    same people's profiles on the other selected networks (snowballing)."""
    context = context or SourceContext()
    sources = resolve_sources(query, context)
    outcomes = list(await asyncio.gather(*(_collect(s, query) for s in sources)))
    settings = context.settings
    if settings.snowball_depth > 0 and settings.snowball_budget > 0:
        found = [p for o in outcomes for p in o.profiles]
        report = await snowball(
            found,
            _linkers(sources),
            settings.snowball_depth,
            settings.snowball_budget,
            settings.allow_private_hosts,
        )
        outcomes.append(SourceOutcome("links", report.found, "; ".join(report.errors) or None))
    if settings.community_per_profile > 0 and settings.community_budget > 0:
        expanders = {s.name: s for s in sources if isinstance(s, CommunityExpander)}
        found = [p for o in outcomes for p in o.profiles]
        community = await expand_community(
            found, expanders, settings.community_per_profile, settings.community_budget
        )
        errors = "; ".join(community.errors) or None
        outcomes.append(SourceOutcome("community", community.found, errors))
    return outcomes


def fetch(query: SearchQuery, context: SourceContext | None = None) -> list[SourceOutcome]:
    """Synchronous front for code that is not async."""
    return asyncio.run(fetch_all(query, context))
