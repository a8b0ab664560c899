"""The nightly refresh at scale: a pool of ``n`` GitHub identities of which 2% changed,
against a local fake GitHub (conditional requests, ETags, 304s).

    python benchmarks/refresh.py [--n 5000] [--changed 0.02]

The pool is built first through the real ingest (stored, parsed, resolved, with the
ETags GitHub gave, then dated a week back): users with the skewed name, city and
employer frequencies of ``synthetic.py``, so blocks are as uneven as a real pool's. The
refresh is then the library calls ``refresh-talent-pool`` makes, without Prefect: stale
identities, conditional re-fetch, ``fetched_at`` moved for the 304s, and only the
changed profiles re-parsed and re-resolved (the flow does the last step through its
``parse-and-resolve`` subflow, sequential on SQLite as here). Printed: wall time per
phase, requests sent, 304s, rows written.
"""

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, func, select, update
from synthetic import github_raw, synthetic_users  # type: ignore[import-not-found]

from models.db import make_engine, session_factory, upgrade
from models.tables import Candidate, Identity, IdentityKey
from sourcing import pool, refresh
from sourcing.http import LimiterRegistry
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import SourceContext
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.server import LocalServer, WindowBudget, etag_of

LINKED = ("repos", "social_accounts")  # fetched apart: not in the user's ETag


def build_pool(url: str, users: list[dict[str, object]], parse: ProfileParser) -> None:
    """The pool as a week of searches left it: every user fetched (with the ETag GitHub
    gave), parsed and resolved through the real ingest, then dated a week back."""
    engine = make_engine(url)
    upgrade(engine)
    raws = [
        github_raw(user, etag_of({k: v for k, v in user.items() if k not in LINKED}))
        for user in users
    ]
    with session_factory(engine)() as session:
        for start in range(0, len(raws), 5000):
            t0 = time.perf_counter()
            pool.ingest(session, raws[start : start + 5000], parse)
            done = min(start + 5000, len(raws))
            print(f"  built {done}: last 5000 in {time.perf_counter() - t0:.1f} s", flush=True)
        week_ago = datetime.now(UTC) - timedelta(days=7)
        session.execute(update(Identity).values(fetched_at=week_ago))
        session.commit()
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="identities in the pool")
    parser.add_argument("--changed", type=float, default=0.02, help="share changed")
    options = parser.parse_args()
    users = synthetic_users(options.n)
    changed = max(1, round(options.n * options.changed))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'pool.db'}"
        parse = ProfileParser()
        t0 = time.perf_counter()
        build_pool(url, users, parse)
        print(
            f"pool of {options.n} identities built through the ingest (fetch excluded) "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        fake = FakeGitHub(users, core_budget=WindowBudget(10**9, 3600.0))
        for user in users[:: max(1, options.n // changed)][:changed]:
            fake.users[str(user["login"]).lower()]["bio"] = "Now also Rust and Kubernetes."
        engine = make_engine(url)
        writes = {"rows": 0}

        @event.listens_for(engine, "after_cursor_execute")
        def count_rows(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
                writes["rows"] += max(cursor.rowcount, 0)

        with LocalServer(fake.app) as api, session_factory(engine)() as session:
            context = SourceContext(
                settings=Settings(github_api_url=api), registry=LimiterRegistry()
            )
            t0 = time.perf_counter()
            stale = refresh.stale_identities(session, timedelta(hours=24))
            t1 = time.perf_counter()
            report = refresh.run_refetch(stale, context)
            t2 = time.perf_counter()
            refresh.mark_not_modified(session, stale, report)
            session.commit()
            t3 = time.perf_counter()
            ingest = pool.ingest(session, report.changed, parse)
            t4 = time.perf_counter()
        print(f"stale identities: {len(stale)} (selected in {t1 - t0:.1f} s)")
        print(
            f"re-fetch: {t2 - t1:.1f} s; requests sent {fake.requests}, 304s "
            f"{fake.not_modified}, changed {len(report.changed)}, failed {report.failed}"
        )
        print(f"mark unchanged: {t3 - t2:.1f} s")
        print(
            f"re-parse and re-resolve the changed: {t4 - t3:.1f} s "
            f"(updated {ingest.updated}, parsed {ingest.parsed})"
        )
        print(f"total refresh wall time: {t4 - t0:.1f} s; rows written: {writes['rows']}")
        with session_factory(engine)() as session:
            candidates = session.scalar(select(func.count(Candidate.id)))
            keys = session.scalar(select(func.count(IdentityKey.id)))
        print(f"pool after the refresh: {candidates} candidates, {keys} identity keys")
        engine.dispose()


if __name__ == "__main__":
    main()
