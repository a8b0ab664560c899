"""The audit log is append-only: the application refuses to change or delete an
event, and on PostgreSQL the database refuses it too."""

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.tables import AppendOnlyError, AuditEvent


def logged(session: Session) -> AuditEvent:
    event = AuditEvent(action="export", subject="search:1", details={"rows": 3})
    session.add(event)
    session.commit()
    return event


def test_an_audit_event_cannot_be_changed(session: Session) -> None:
    event = logged(session)
    event.details = {"rows": 0}
    with pytest.raises(AppendOnlyError, match="append-only"):
        session.commit()
    session.rollback()
    assert session.get(AuditEvent, event.id).details == {"rows": 3}  # type: ignore[union-attr]


def test_an_audit_event_cannot_be_deleted(session: Session) -> None:
    event = logged(session)
    session.delete(event)
    with pytest.raises(AppendOnlyError):
        session.commit()


def test_adding_events_is_fine(session: Session) -> None:
    logged(session)
    logged(session)
    assert session.query(AuditEvent).count() == 2


def test_the_database_refuses_changes_on_postgresql(pool_engine: Engine, session: Session) -> None:
    if pool_engine.dialect.name != "postgresql":
        pytest.skip("the trigger is PostgreSQL's; SQLite relies on the application")
    event = logged(session)
    for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
        with pool_engine.connect() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
    assert session.get(AuditEvent, event.id) is not None
