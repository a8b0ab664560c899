"""The Alembic migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

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
