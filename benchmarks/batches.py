"""Parse and resolve ``n`` pending identities: sequentially (the library, no Prefect),
then with the ``parse-and-resolve`` subflow on the thread runner and on Dask, side by
side in one run, each from a copy of the same stored pool.

    python benchmarks/batches.py [--n 2000] [--chunk 250] [--workers 2] [--postgres]

The identities are the skewed synthetic GitHub users of ``synthetic.py``, stored (as a
search stores them) and not yet parsed. By default each pool is a SQLite file (parsing
runs at once, resolution is the sequential pass). ``--postgres`` puts the thread and
Dask pools in fresh databases of the server at VIVIER_TEST_DATABASE_URL, where
resolution chunks run at once too; the sequential reference stays on SQLite, because
one PostgreSQL transaction resolving 10,000 identities runs out of lock slots
(``max_locks_per_transaction``: an advisory lock per key). Printed: wall time of each
path, and whether every path gave the same candidates (as sets of profiles) and review
pairs.

The flow paths include Prefect's own costs (a task run per chunk; the ephemeral API
server is started before, by an empty flow) and, for Dask, starting the local cluster
and building a parser in each worker.
"""

import argparse
import os
import shutil
import tempfile
import time
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from sqlalchemy import select
from synthetic import github_raw, synthetic_users  # type: ignore[import-not-found]

from models.db import make_engine, session_factory, temporary_database, upgrade
from models.schemas import RawProfile
from models.tables import Identity, ReviewPair
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import get_settings

Outcome = tuple[frozenset[frozenset[tuple[str, str]]], frozenset[tuple[int, int]]]


def raws(count: int) -> list[RawProfile]:
    return [github_raw(user) for user in synthetic_users(count)]


def postgres_database() -> AbstractContextManager[str]:
    return temporary_database(os.environ["VIVIER_TEST_DATABASE_URL"], "vivier_bench")


def stored_pool(url: str, profiles: list[RawProfile]) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with session_factory(engine)() as session:
        pool.store_raw(session, profiles, salts=[])
        session.commit()
    engine.dispose()


def outcome(url: str) -> Outcome:
    """Candidates as sets of (network, id); review pairs as external-id pairs."""
    engine = make_engine(url)
    with session_factory(engine)() as session:
        owners: dict[int | None, set[tuple[str, str]]] = {}
        for candidate, source, external in session.execute(
            select(Identity.candidate_id, Identity.source, Identity.external_id)
        ):
            owners.setdefault(candidate, set()).add((source, external))
        external = {i: e for i, e in session.execute(select(Identity.id, Identity.external_id))}
        review = frozenset(
            (int(external[a]), int(external[b]))
            for a, b in session.execute(
                select(ReviewPair.identity_a_id, ReviewPair.identity_b_id)
            ).tuples()
        )
    engine.dispose()
    assert None not in owners, "identities left unresolved"
    return frozenset(frozenset(c) for c in owners.values()), review


def sequential(url: str, parser: ProfileParser) -> float:
    engine = make_engine(url)
    start = time.perf_counter()
    with session_factory(engine)() as session:
        pool.run_stage(session, lambda: pool.parse_pending(session, parser))
        pool.run_stage(session, lambda: pool.resolve_pending(session, DedupeConfig()))
    engine.dispose()
    return time.perf_counter() - start


def with_flow(url: str, runner: str, chunk: int, workers: int) -> tuple[float, str]:
    from flows.batches import parse_and_resolve_pending

    os.environ.update(
        VIVIER_DATABASE_URL=url,
        VIVIER_TASK_RUNNER=runner,
        VIVIER_BATCH_CHUNK_SIZE=str(chunk),
        VIVIER_DASK_WORKERS=str(workers),
    )
    get_settings.cache_clear()
    start = time.perf_counter()
    report = parse_and_resolve_pending()
    elapsed = time.perf_counter() - start
    return elapsed, (
        f"{report.parse_chunks} parse chunks, {report.resolve_chunks} resolve chunks "
        "at once + the final pass"
    )


def warm_up() -> None:
    """Start Prefect's ephemeral API (once per process) before anything is timed."""
    from prefect import flow

    flow(name="warm-up")(lambda: None)()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="pending identities")
    parser.add_argument("--chunk", type=int, default=250, help="identities per chunk")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--postgres", action="store_true", help="pools on PostgreSQL")
    options = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    profiles = raws(options.n)
    paths = ["sequential", "thread", "dask"]
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        stored_pool(f"sqlite:///{Path(tmp) / 'stored.db'}", profiles)
        urls = {}
        for path in paths:
            shutil.copy(Path(tmp) / "stored.db", Path(tmp) / f"{path}.db")
            urls[path] = f"sqlite:///{Path(tmp) / f'{path}.db'}"
        if options.postgres:  # the reference stays on SQLite (see the docstring)
            for path in paths[1:]:
                urls[path] = stack.enter_context(postgres_database())
                stored_pool(urls[path], profiles)
        backend = "PostgreSQL" if options.postgres else "SQLite"
        print(
            f"{options.n} pending identities on {backend}, chunks of {options.chunk}, "
            f"{options.workers} Dask workers, {os.cpu_count()} cores"
        )
        t0 = time.perf_counter()
        reference_parser = ProfileParser()
        print(f"parser built in {time.perf_counter() - t0:.1f} s (outside the timings)")
        t0 = time.perf_counter()
        warm_up()
        print(
            f"Prefect's ephemeral API started by a first, empty flow in "
            f"{time.perf_counter() - t0:.1f} s (outside the timings)"
        )
        elapsed = sequential(urls["sequential"], reference_parser)
        print(f"sequential (library, one process, no Prefect, SQLite): {elapsed:.1f} s")
        expected = outcome(urls["sequential"])
        for runner in ("thread", "dask"):
            elapsed, detail = with_flow(urls[runner], runner, options.chunk, options.workers)
            same = outcome(urls[runner]) == expected
            print(
                f"parse-and-resolve on {runner}: {elapsed:.1f} s ({detail}); "
                f"same candidates and review pairs as sequential: {same}"
            )
        print(f"{len(expected[0])} candidates, {len(expected[1])} review pairs")


if __name__ == "__main__":
    main()
