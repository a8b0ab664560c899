"""Parsing and resolution of a large batch in chunks run at the same time give the pool
the sequential path gives: the same candidates (as sets of profiles) and review pairs.
On threads (library, SQLite and PostgreSQL) and on Dask workers through the
``parse-and-resolve`` subflow."""

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, aliased

from models.db import make_engine, session_factory, upgrade
from models.schemas import RawProfile
from models.tables import Identity, ReviewPair
from sourcing import batches, pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import get_settings
from sourcing.sources.sample import load_records

Profile = tuple[str, str]
Pool = tuple[frozenset[frozenset[Profile]], frozenset[frozenset[Profile]]]

RECORDS = load_records()
FIRST, SECOND = RECORDS[::2], RECORDS[1::2]


def changed(raw: RawProfile) -> RawProfile:
    """The same profile fetched again after its owner edited it."""
    text = (raw.text or "") + " Now also Rust and Kubernetes, à Lyon."
    payload = dict(raw.payload)
    for key in ("bio", "about_me", "note", "description", "summary"):
        if isinstance(payload.get(key), str):
            payload[key] += " Now also Rust and Kubernetes."
            break
    return raw.model_copy(update={"text": text, "payload": payload})


# The second batch: the other half of the network, and a tenth of the first half changed.
BATCH = [*SECOND, *(changed(r) for r in FIRST[::10])]


def seed(engine: Engine, parser: ProfileParser) -> None:
    """The pool a first (sequential) ingest left, then the new batch stored only."""
    with session_factory(engine)() as session:
        pool.ingest(session, FIRST, parser)
        pool.store_raw(session, BATCH)
        session.commit()


def pool_state(engine: Engine) -> Pool:
    """Candidates as sets of (network, id), and the review pairs, ids left out."""
    with session_factory(engine)() as session:
        owners: dict[int, set[Profile]] = {}
        for candidate, source, external in session.execute(
            select(Identity.candidate_id, Identity.source, Identity.external_id)
        ):
            assert candidate is not None, f"{source}:{external} left unresolved"
            owners.setdefault(candidate, set()).add((source, external))
        return frozenset(frozenset(c) for c in owners.values()), _review_pairs(session)


def _review_pairs(session: Session) -> frozenset[frozenset[Profile]]:
    a, b = aliased(Identity), aliased(Identity)
    rows = session.execute(
        select(a.source, a.external_id, b.source, b.external_id)
        .select_from(ReviewPair)
        .join(a, a.id == ReviewPair.identity_a_id)
        .join(b, b.id == ReviewPair.identity_b_id)
    )
    return frozenset(frozenset({(s1, e1), (s2, e2)}) for s1, e1, s2, e2 in rows)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory: pytest.TempPathFactory, parser: ProfileParser) -> Pool:
    """The reference: the batch parsed and resolved in one sequential pass."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('sequential') / 'pool.db'}")
    upgrade(engine)
    seed(engine, parser)
    with session_factory(engine)() as session:
        pool.parse_pending(session, parser)
        pool.resolve_pending(session, DedupeConfig())
        session.commit()
    state = pool_state(engine)
    engine.dispose()
    return state


def test_chunks_run_at_once_on_threads_give_the_sequential_pool(
    pool_engine: Engine, parser: ProfileParser, sequential: Pool
) -> None:
    seed(pool_engine, parser)
    config = DedupeConfig()
    with session_factory(pool_engine)() as session:
        parse_plan = batches.plan_parsing(session, chunk_size=25)
    resolve_plan_size = 20
    report = batches.BatchReport()
    with ThreadPoolExecutor(max_workers=3) as threads:
        for result in threads.map(
            lambda ids: batches.parse_chunk(pool_engine, ids, parser), parse_plan
        ):
            report.add(result)
        resolve_plan = batches.plan_resolution(pool_engine, chunk_size=resolve_plan_size)
        for result in threads.map(
            lambda ids: batches.resolve_chunk(pool_engine, ids, config), resolve_plan
        ):
            report.add(result)
    report.add(batches.finish(pool_engine, parser, config))

    assert len(parse_plan) > 3 and report.parsed == len(BATCH)
    assert report.resolved == len(BATCH)
    if pool_engine.dialect.name == "postgresql":  # resolved at once, not only the final pass
        assert len(resolve_plan) > 3
    else:  # SQLite: one writer, resolution is the final sequential pass
        assert resolve_plan == []
    clusters, review = pool_state(pool_engine)
    assert (clusters, review) == sequential
    assert len(clusters) < len(RECORDS)  # people with several networks were merged


def test_a_chunk_run_twice_changes_nothing(pool_engine: Engine, parser: ProfileParser) -> None:
    """A retried task: the chunk finds its identities done and leaves them be."""
    seed(pool_engine, parser)
    with session_factory(pool_engine)() as session:
        ids = batches.plan_parsing(session, chunk_size=1000)[0]
    assert batches.parse_chunk(pool_engine, ids, parser).parsed == len(ids)
    assert batches.parse_chunk(pool_engine, ids, parser).parsed == 0
    config = DedupeConfig()
    first = batches.resolve_chunk(pool_engine, ids, config)
    assert first.resolved == len(ids)
    assert batches.resolve_chunk(pool_engine, ids, config).resolved == 0
    assert batches.finish(pool_engine, parser, config).resolved == 0


@pytest.fixture
def dask_pool(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Engine]:
    """The pool the flow's Dask workers reach through the settings: PostgreSQL when
    configured, else a SQLite file."""
    from tests.conftest import POSTGRES_URL, _clear

    if POSTGRES_URL:
        url = request.getfixturevalue("postgres_server_url")
    else:
        url = f"sqlite:///{tmp_path / 'pool.db'}"
    monkeypatch.setenv("VIVIER_DATABASE_URL", url)
    monkeypatch.setenv("VIVIER_TASK_RUNNER", "dask")
    monkeypatch.setenv("VIVIER_DASK_WORKERS", "2")
    monkeypatch.setenv("VIVIER_BATCH_CHUNK_SIZE", "40")
    get_settings.cache_clear()
    engine = make_engine(url)
    upgrade(engine)
    _clear(engine)
    yield engine
    _clear(engine)
    engine.dispose()
    get_settings.cache_clear()


@pytest.mark.prefect
def test_the_parse_and_resolve_subflow_on_dask_workers_gives_the_sequential_pool(
    prefect_backend: None, dask_pool: Engine, parser: ProfileParser, sequential: Pool
) -> None:
    from flows.batches import parse_and_resolve_pending, task_runner

    assert type(task_runner(get_settings())).__name__ == "DaskTaskRunner"
    seed(dask_pool, parser)
    report = parse_and_resolve_pending()
    assert report.parsed == len(BATCH) and report.resolved == len(BATCH)
    assert report.parse_chunks == -(-len(BATCH) // 40)
    assert pool_state(dask_pool) == sequential
    # the cluster's start-up and shutdown chatter stays out of the run's log
    assert logging.getLogger("distributed").getEffectiveLevel() == logging.WARNING
    with session_factory(dask_pool)() as session:
        pending = session.scalar(
            select(func.count(Identity.id)).where(Identity.resolved_hash.is_(None))
        )
    assert pending == 0


@pytest.mark.prefect
def test_vivier_import_batch_gives_the_sequential_pool(
    prefect_backend: None, home: Path, tmp_path: Path, sequential: Pool
) -> None:
    """`vivier import --batch` (thread runner): stores the file, then parse-and-resolve."""
    from typer.testing import CliRunner

    from sourcing.cli import app

    first, batch = tmp_path / "first.jsonl", tmp_path / "batch.jsonl"
    first.write_text("".join(r.model_dump_json() + "\n" for r in FIRST), encoding="utf-8")
    batch.write_text("".join(r.model_dump_json() + "\n" for r in BATCH), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["import", str(first)]).exit_code == 0
    result = runner.invoke(app, ["import", "--batch", str(batch)])
    assert result.exit_code == 0, result.output
    assert f"imported {len(BATCH)} profile(s)" in result.output
    engine = make_engine(get_settings().resolved_database_url)
    try:
        assert pool_state(engine) == sequential
    finally:
        engine.dispose()


def test_nothing_pending_is_seen_without_planning(
    pool_engine: Engine, parser: ProfileParser
) -> None:
    assert not batches.has_pending(pool_engine)
    with session_factory(pool_engine)() as session:
        pool.store_raw(session, FIRST[:3])
        session.commit()
    assert batches.has_pending(pool_engine)
    batches.finish(pool_engine, parser, DedupeConfig())
    assert not batches.has_pending(pool_engine)
