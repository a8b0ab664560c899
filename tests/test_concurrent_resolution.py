"""Two flows ingesting the same person at the same time end with one candidate
(PostgreSQL: each resolution runs in its own transaction and connection)."""

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select, text

from models.db import make_engine, session_factory
from models.tables import Candidate, Identity
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.resolve import LOCK_BUCKETS, resolve, take_turns
from sourcing.parsing.pipeline import ProfileParser
from tests.conftest import _clear
from tests.test_pool import github, stackexchange

pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_engine(postgres_server_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_server_url)
    _clear(engine)
    yield engine
    _clear(engine)
    engine.dispose()


def widen_the_race(engine: Engine) -> None:
    """Pause each resolution right after it read its neighbours' keys, so that without
    coordination the two transactions would both decide on what they saw then."""

    def pause(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        neighbours = "FROM identity_key" in statement and "identity_key.value IN" in statement
        if neighbours and statement.lstrip().upper().startswith("SELECT"):
            time.sleep(0.4)

    event.listen(engine, "after_cursor_execute", pause)


def test_two_flows_ingesting_one_person_at_once_make_one_candidate(
    postgres_engine: Engine, parser: ProfileParser
) -> None:
    person = [
        github("hdupre", 1, "Hélène Dupré", "Python", "Lyon", blog="https://hd.example.dev"),
        stackexchange(11, "Helene D.", "<p>Go</p>", "Paris", website="https://hd.example.dev"),
    ]
    with session_factory(postgres_engine)() as session:  # stored and parsed, not resolved
        pool.store_raw(session, person)
        pool.parse_pending(session, parser)
        session.commit()
        ids = list(session.scalars(select(Identity.id).order_by(Identity.id)))
    widen_the_race(postgres_engine)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def flow(identity_id: int) -> None:
        try:
            with session_factory(postgres_engine)() as session:
                start.wait()
                report = resolve(session, [identity_id], DedupeConfig())
                pool.refresh_candidates(session, report.touched_candidates)
                session.commit()
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=flow, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures
    with session_factory(postgres_engine)() as session:
        assert session.scalar(select(func.count(Candidate.id))) == 1
        owners = set(session.scalars(select(Identity.candidate_id)))
        assert len(owners) == 1 and None not in owners


def test_resolving_thousands_of_keys_in_one_transaction_fits_postgresqls_lock_table(
    postgres_engine: Engine,
) -> None:
    keys = {f"last:name{n}" for n in range(20_000)}  # far beyond 64 locks per connection
    with session_factory(postgres_engine)() as session:
        take_turns(session, keys)
        held = session.scalar(
            text(
                "SELECT count(*) FROM pg_locks "
                "WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
            )
        )
        session.rollback()
    assert held is not None and 0 < held <= LOCK_BUCKETS
