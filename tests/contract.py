"""The contract every registered source must keep (run by each network's tests)."""

import asyncio
from collections.abc import Callable
from pathlib import Path

from models.db import make_engine, session_factory, upgrade
from models.schemas import RawProfile, SearchQuery
from sourcing import pool
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources import Source, read_fields


async def collect(source: Source, query: SearchQuery) -> list[RawProfile]:
    return [profile async for profile in source.search(query)]


def assert_source_contract(
    make_source: Callable[[], Source],
    query: SearchQuery,
    tmp_path: Path,
    parser: ProfileParser,
    more_than: int,
) -> list[RawProfile]:
    """Pages to the end (finds more than one page), honours the limit, yields valid
    profiles that Vivier can read, and a rerun adds no duplicates to the pool."""
    first = asyncio.run(collect(make_source(), query))
    keys = [(p.source, p.external_id) for p in first]
    assert len(keys) == len(set(keys)), "a search yielded the same profile twice"
    assert len(first) > more_than, f"only {len(first)} profiles: pagination stopped early"
    assert len(first) <= query.limit
    for profile in first:
        assert isinstance(profile, RawProfile)
        read_fields(profile.source, profile.payload)  # readable by its own network's reader

    limited = asyncio.run(collect(make_source(), query.model_copy(update={"limit": 2})))
    assert len(limited) <= 2

    again = asyncio.run(collect(make_source(), query))
    assert {(p.source, p.external_id) for p in again} == set(keys)

    engine = make_engine(f"sqlite:///{tmp_path / 'contract.db'}")
    upgrade(engine)
    with session_factory(engine)() as session:
        pool.ingest(session, first, parser)
        report = pool.ingest(session, again, parser)
        assert report.new == 0 and report.unchanged == len(again)
    engine.dispose()
    return first
