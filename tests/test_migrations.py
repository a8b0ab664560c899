"""The Alembic migrations build exactly the schema the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, select

from models.base import Base
from models.db import upgrade


def test_models_and_migrations_agree(pool_engine: Engine) -> None:
    with pool_engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent(pool_engine: Engine) -> None:
    upgrade(pool_engine)
    upgrade(pool_engine)


def test_0006_keeps_queued_requests_queued_and_records_past_e_mails(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before approval existed every recorded request was implicitly approved, and every
    sent one went by e-mail: after 0006 they are ``approved`` / have an e-mail delivery."""
    from sqlalchemy import text

    from models.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0003")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO employee (id, employee_ref, email, full_name, language, "
                "department, slack_id, past_employers, active, opted_out) "
                "VALUES (1, 'e1', 'a@corp.example', 'A A', 'fr', '', '', '[]', 1, 0)"
            )
        )
        c.execute(
            text(
                "INSERT INTO candidate (id, display_name, headline, open_to_work) "
                "VALUES (1, 'C', '', 0), (2, 'D', '', 0)"
            )
        )
        c.execute(text("INSERT INTO search (id, name, query) VALUES (1, 's', '{}')"))
        for rid, status, sent in ((1, "queued", None), (2, "sent", "2026-11-20 10:00:00")):
            c.execute(
                text(
                    "INSERT INTO referral_request (id, employee_id, candidate_id, search_id, "
                    "school_id, score, reason, status, channel, token, attempts, sent_at, "
                    "delivered_to) VALUES (:id, 1, :id, 1, 'insa-lyon', 1, 'r', :status, "
                    "'smtp', :token, 1, :sent, 'smtp://x/a@corp.example')"
                ),
                {"id": rid, "status": status, "token": f"t{rid}", "sent": sent},
            )
    upgrade(engine)
    with engine.connect() as c:
        statuses = c.execute(text("SELECT id, status FROM referral_request ORDER BY id")).all()
        deliveries = c.execute(
            text("SELECT request_id, channel, status, sent_at FROM referral_delivery")
        ).all()
    engine.dispose()
    assert [tuple(r) for r in statuses] == [(1, "approved"), (2, "sent")]
    assert [(r[0], r[1], r[2]) for r in deliveries] == [(2, "email", "sent")]
    assert deliveries[0][3] is not None


def test_a_deleted_candidates_number_is_never_given_to_someone_else(pool_engine: Engine) -> None:
    """An erased or merged-away candidate's id lives on in exports, links and the audit
    log: the next person must get a new one (SQLite reuses the highest deleted id unless
    the table is AUTOINCREMENT)."""
    from sqlalchemy import delete

    from models.db import session_factory
    from models.tables import Candidate, Search

    with session_factory(pool_engine)() as s:
        s.add_all([Candidate(display_name="A"), Candidate(display_name="B")])
        s.add(Search(name="kept", query={}))
        s.add(Search(name="deleted", query={}))
        s.commit()
        erased = s.scalar(select(func.max(Candidate.id)))
        deleted_search = s.scalar(select(func.max(Search.id)))
        s.execute(delete(Candidate).where(Candidate.id == erased))
        s.execute(delete(Search).where(Search.id == deleted_search))
        s.commit()
        newcomer = Candidate(display_name="C")
        search = Search(name="new", query={})
        s.add_all([newcomer, search])
        s.commit()
        assert newcomer.id > erased
        assert search.id > deleted_search


def test_0011_keeps_rows_and_constraints_of_the_rebuilt_tables(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """0011 rebuilds five SQLite tables: their rows, foreign keys, unique and check
    constraints survive, and the numbering goes on after the highest id."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from models.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0010_search_alerts")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO candidate (id, display_name, headline, open_to_work) "
                "VALUES (1, 'C', '', 0), (7, 'D', '', 0)"
            )
        )
        c.execute(
            text(
                "INSERT INTO identity (id, candidate_id, source, external_id, handle, url, "
                "display_name, payload, content_hash, fetched_at, text) VALUES "
                "(3, 7, 'github', '42', 'd', '', 'D', '{}', 'h', '2026-11-29', '')"
            )
        )
    upgrade(engine)
    try:
        with engine.begin() as c:
            assert c.execute(text("SELECT id FROM candidate ORDER BY id")).scalars().all() == [
                1,
                7,
            ]
            assert c.execute(text("PRAGMA foreign_key_check")).all() == []
            c.execute(text("DELETE FROM candidate WHERE id = 7"))
            # ON DELETE SET NULL still holds after the rebuild
            assert c.execute(text("SELECT candidate_id FROM identity")).scalar() is None
            c.execute(
                text(
                    "INSERT INTO candidate (display_name, headline, open_to_work) "
                    "VALUES ('E', '', 0)"
                )
            )
            assert c.execute(text("SELECT max(id) FROM candidate")).scalar() == 8
        with pytest.raises(IntegrityError), engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO identity (candidate_id, source, external_id, handle, url, "
                    "display_name, payload, content_hash, fetched_at, text) VALUES "
                    "(1, 'github', '42', 'x', '', 'X', '{}', 'h', '2026-11-29', '')"
                )
            )
    finally:
        engine.dispose()
