"""Who to ask (shared school, cohort), asked once, delivered by SMTP or the outbox."""

from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import (
    Candidate,
    Education,
    Employee,
    Identity,
    ReferralRequest,
    Search,
    SearchResult,
)
from sourcing import referrals
from sourcing.mail import OutboxChannel, SmtpChannel
from sourcing.settings import Settings


@pytest.fixture
def world(session: Session) -> Search:
    """One search whose top candidate studied at INSA Lyon 2014-2017, and employees."""
    search = Search(name="Python Lyon", query={"skills": ["Python"]})
    candidate = Candidate(display_name="Hélène Dupré", headline="Développeuse Python")
    session.add_all([search, candidate])
    session.flush()
    session.add(
        Identity(
            candidate_id=candidate.id,
            source="github",
            external_id="1",
            url="https://github.com/hdupre",
            content_hash="x",
        )
    )
    session.add(
        Education(
            candidate_id=candidate.id,
            school_id="insa-lyon",
            school_name="INSA Lyon",
            start_year=2014,
            end_year=2017,
        )
    )
    session.add(
        SearchResult(
            search_id=search.id,
            candidate_id=candidate.id,
            rank=1,
            score=0.9,
            explanation="",
            matched_skills=[],
        )
    )
    same_cohort = Employee(
        employee_ref="e1", email="ana@corp.example", full_name="Ana Lopez", language="fr"
    )
    older = Employee(
        employee_ref="e2", email="bob@corp.example", full_name="Bob Smith", language="en"
    )
    other_school = Employee(employee_ref="e3", email="cy@corp.example", full_name="Cy Roy")
    opted_out = Employee(
        employee_ref="e4", email="dee@corp.example", full_name="Dee Day", opted_out=True
    )
    session.add_all([same_cohort, older, other_school, opted_out])
    session.flush()
    session.add_all(
        [
            Education(
                employee_id=same_cohort.id,
                school_id="insa-lyon",
                school_name="INSA Lyon",
                start_year=2013,
                end_year=2016,
            ),
            Education(
                employee_id=older.id,
                school_id="insa-lyon",
                school_name="INSA Lyon",
                start_year=2001,
                end_year=2004,
            ),
            Education(
                employee_id=other_school.id,
                school_id="essec",
                school_name="ESSEC",
                start_year=2014,
                end_year=2017,
            ),
            Education(
                employee_id=opted_out.id,
                school_id="insa-lyon",
                school_name="INSA Lyon",
                start_year=2014,
                end_year=2017,
            ),
        ]
    )
    session.commit()
    return search


def test_shared_school_and_cohort_rank_the_referrers(session: Session, world: Search) -> None:
    proposals = referrals.propose(session, world, top_candidates=5, per_candidate=3)
    names = [session.get(Employee, p.employee_id).full_name for p in proposals]  # type: ignore[union-attr]
    assert names == ["Ana Lopez", "Bob Smith"]  # same cohort first; other school, opt-out never
    assert proposals[0].reason.startswith("Vous avez tous deux étudié à INSA Lyon, en même temps")
    assert "(2014–2017)" in proposals[0].reason
    assert proposals[1].reason.startswith("You both studied at INSA Lyon")


def test_requests_are_recorded_once_per_employee_candidate_search(
    session: Session, world: Search
) -> None:
    proposals = referrals.propose(session, world, 5, 3)
    assert referrals.record_requests(session, world, proposals) == 2
    assert referrals.record_requests(session, world, proposals) == 0
    session.commit()
    assert session.query(ReferralRequest).count() == 2


def test_smtp_delivery_sends_each_request_once(
    session: Session,
    world: Search,
    smtp_server,
    home: Path,  # type: ignore[no-untyped-def]
) -> None:
    host, port, sink = smtp_server
    settings = Settings(smtp_host=host, smtp_port=port)
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    session.commit()
    report = referrals.deliver_queued(session, SmtpChannel(settings), settings)
    assert (report.sent, report.failed) == (2, 0)
    assert sorted(m["To"] for m in sink.messages) == ["ana@corp.example", "bob@corp.example"]
    french = next(m for m in sink.messages if m["To"] == "ana@corp.example")
    assert french["Subject"] == "Connaissez-vous Hélène Dupré ?"
    bodies = [part.get_content_type() for part in french.walk()]
    assert "text/plain" in bodies and "text/html" in bodies
    again = referrals.deliver_queued(session, SmtpChannel(settings), settings)
    assert again.sent == 0 and len(sink.messages) == 2


def test_unreachable_smtp_keeps_requests_queued(
    session: Session, world: Search, home: Path
) -> None:
    settings = Settings(smtp_host="127.0.0.1", smtp_port=1, smtp_timeout_seconds=2)
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    session.commit()
    report = referrals.deliver_queued(session, SmtpChannel(settings), settings)
    assert report.sent == 0 and report.failed == 2
    assert "refused or unreachable" in report.errors[0]
    statuses = session.scalars(select(ReferralRequest.status)).all()
    assert statuses == ["queued", "queued"]
    assert all(r.attempts == 1 for r in session.scalars(select(ReferralRequest)))


def test_outbox_writes_one_eml_per_request(session: Session, world: Search, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    session.commit()
    report = referrals.deliver_queued(session, OutboxChannel(tmp_path / "outbox"), settings)
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert report.sent == 2 and len(files) == 2
    message = message_from_bytes(files[0].read_bytes())
    assert message["To"].endswith("@corp.example")
