"""Concurrent searches and a refresh over overlapping people, each ingest in its own
process (``vivier import``), on one SQLite pool file and on PostgreSQL: every process
succeeds (no "database is locked", no deadlock or unique-key error escaping), and the
pool ends as one serial run of the same profiles would leave it: same candidates, no
duplicate, the refreshed profiles' new content parsed and resolved (no lost update).

``VIVIER_FAULT_WRITERS`` sets the number of concurrent searches (default 3, plus the
refresh: four processes, the most a shared 2-core machine should run at once)."""

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from models.db import make_engine, upgrade
from models.tables import CandidateSkill, Identity
from tests import faultkit

WRITERS = int(os.environ.get("VIVIER_FAULT_WRITERS", "3"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], faultkit.PoolState]:
    """The input files (searches, then the refresh) and the serial reference pool."""
    folder = tmp_path_factory.mktemp("writers")
    searches, refresh, whole = faultkit.concurrent_inputs(folder, WRITERS)
    faultkit.run_import(folder / "serial", whole)
    engine = make_engine(faultkit.pool_url(folder / "serial"))
    expected = faultkit.pool_state(engine)
    engine.dispose()
    return [*searches, refresh], expected


def assert_same_pool_and_refresh_kept(engine: Engine, expected: faultkit.PoolState) -> None:
    after = faultkit.pool_state(engine)
    assert after.duplicate_identities == 0
    assert after.identities_without_candidate == 0
    assert after.empty_candidates == 0
    assert after.stage == "all resolved"
    assert after.identities == expected.identities
    assert after.candidates == expected.candidates
    with engine.connect() as conn:
        refreshed = conn.execute(
            select(Identity.candidate_id, Identity.text).where(
                Identity.text.contains(faultkit.REFRESHED_NOTE.strip())
            )
        ).all()
        with_rust = set(
            conn.scalars(select(CandidateSkill.candidate_id).where(CandidateSkill.label == "Rust"))
        )
    assert refreshed  # the refresh's content is stored...
    assert {c for c, _ in refreshed} <= with_rust  # ...and parsed into its candidate


def test_concurrent_imports_and_a_refresh_on_one_sqlite_file_lose_nothing(
    inputs: tuple[list[Path], faultkit.PoolState], tmp_path: Path
) -> None:
    files, expected = inputs
    home = tmp_path / "home"
    # The schema first, as `vivier db upgrade` does before workers start.
    upgrade(faultkit.pool_url(home))
    results = faultkit.run_imports_concurrently(home, files)
    for code, errors in results:
        assert code == 0, errors[-2000:]
        assert "database is locked" not in errors
    engine = make_engine(faultkit.pool_url(home))
    try:
        assert_same_pool_and_refresh_kept(engine, expected)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_concurrent_imports_and_a_refresh_on_postgresql_lose_nothing(
    inputs: tuple[list[Path], faultkit.PoolState],
    pool_engine: Engine,
    tmp_path: Path,
) -> None:
    if pool_engine.dialect.name != "postgresql":
        pytest.skip("the SQLite case is the test above")
    files, expected = inputs
    url = pool_engine.url.render_as_string(hide_password=False)
    results = faultkit.run_imports_concurrently(tmp_path / "home", files, database_url=url)
    for code, errors in results:
        assert code == 0, errors[-2000:]
    assert_same_pool_and_refresh_kept(pool_engine, expected)


class _DriverError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def test_a_stage_that_conflicts_is_run_again_and_other_errors_are_not_hidden(
    sqlite_engine: Engine,
) -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

    from models.db import session_factory
    from sourcing import pool

    calls: list[int] = []

    def conflicting_twice() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise IntegrityError("INSERT", {}, _DriverError("duplicate key", "23505"))
        if len(calls) == 2:
            raise OperationalError("UPDATE", {}, _DriverError("deadlock detected", "40P01"))
        return "done"

    def broken() -> str:
        calls.append(1)
        raise ProgrammingError("SELECT", {}, _DriverError("syntax error", "42601"))

    with session_factory(sqlite_engine)() as session:
        assert pool.run_stage(session, conflicting_twice) == "done"
        assert len(calls) == 3
        calls.clear()
        with pytest.raises(ProgrammingError):
            pool.run_stage(session, broken)
        assert len(calls) == 1
