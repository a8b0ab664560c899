"""Who to ask (shared school, cohort), asked once, delivered by SMTP or the outbox."""

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
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


def add_insa_candidate(
    session: Session, search: Search, name: str, rank: int, headline: str = ""
) -> Candidate:
    """A candidate who studied at INSA Lyon 2014-2017, ranked ``rank`` in ``search``."""
    candidate = Candidate(display_name=name, headline=headline)
    session.add(candidate)
    session.flush()
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
            rank=rank,
            score=1.0 / rank,
            explanation="",
            matched_skills=[],
        )
    )
    return candidate


def seed_world(session: Session) -> Search:
    """One search whose top candidate studied at INSA Lyon 2014-2017 and worked at
    Criteo, and employees: Ana (same cohort, FR, Slack id), Bob (2001-2004, EN, past
    Criteo), Cy (another school), Dee (opted out)."""
    search = Search(name="Python Lyon", query={"skills": ["Python"]})
    session.add(search)
    session.flush()
    candidate = add_insa_candidate(
        session, search, "Hélène Dupré", rank=1, headline="Développeuse Python"
    )
    session.add(
        Identity(
            candidate_id=candidate.id,
            source="github",
            external_id="1",
            url="https://github.com/hdupre",
            content_hash="x",
            parsed={"employers": ["Criteo S.A.", "Octo"]},
        )
    )
    same_cohort = Employee(
        employee_ref="e1",
        email="ana@corp.example",
        full_name="Ana Lopez",
        language="fr",
        slack_id="U0ANA",
    )
    older = Employee(
        employee_ref="e2",
        email="bob@corp.example",
        full_name="Bob Smith",
        language="en",
        past_employers=["CRITEO"],
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


@pytest.fixture
def world(session: Session) -> Search:
    return seed_world(session)


def approve_all(session: Session, search: Search) -> None:
    referrals.record_requests(session, search, referrals.propose(session, search, 5, 3))
    listed = [p.request_id for p in referrals.pending_requests(session, search.id)]
    referrals.decide_requests(session, listed, listed, "test")
    session.commit()


def test_shared_school_and_cohort_rank_the_referrers(session: Session, world: Search) -> None:
    proposals = referrals.propose(session, world, top_candidates=5, per_candidate=3)
    names = [session.get(Employee, p.employee_id).full_name for p in proposals]  # type: ignore[union-attr]
    assert names == ["Ana Lopez", "Bob Smith"]  # same cohort first; other school, opt-out never
    assert proposals[0].reason.startswith("Vous avez tous deux étudié à INSA Lyon, en même temps")
    assert "(2014–2017)" in proposals[0].reason
    assert proposals[1].reason.startswith("You both studied at INSA Lyon")
    assert proposals[0].score == 2.0  # school + same years
    assert proposals[1].score == 1.5  # school + shared employer (Criteo S.A. = CRITEO)
    assert proposals[1].reason.endswith(", and you both worked at CRITEO")


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
    approve_all(session, world)
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
    approve_all(session, world)
    report = referrals.deliver_queued(session, SmtpChannel(settings), settings)
    assert report.sent == 0 and report.failed == 2
    assert "refused or unreachable" in report.errors[0]
    statuses = session.scalars(select(ReferralRequest.status)).all()
    assert statuses == ["approved", "approved"]  # still queued for the next run
    assert all(r.attempts == 1 for r in session.scalars(select(ReferralRequest)))


def test_outbox_writes_one_eml_per_request(session: Session, world: Search, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    approve_all(session, world)
    report = referrals.deliver_queued(session, OutboxChannel(tmp_path / "outbox"), settings)
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert report.sent == 2 and len(files) == 2
    message = message_from_bytes(files[0].read_bytes())
    assert message["To"].endswith("@corp.example")


def test_a_shared_past_employer_is_said_in_french_too(session: Session, world: Search) -> None:
    ana = session.scalars(select(Employee).where(Employee.employee_ref == "e1")).one()
    ana.past_employers = ["Octo Technology SAS", "Criteo"]
    session.commit()
    proposals = referrals.propose(session, world, 5, 3)
    first = proposals[0]
    assert first.employee_id == ana.id and first.score == 2.5
    assert first.reason.endswith(", et vous avez tous deux travaillé chez Criteo")


def test_employer_names_are_normalised() -> None:
    assert referrals.normalise_employer("Criteo S.A.") == "criteo"
    assert referrals.normalise_employer("  CRITEO ") == "criteo"
    assert referrals.normalise_employer("Société Générale SA") == "societe generale"
    assert referrals.normalise_employer("Doctolib") != referrals.normalise_employer("Criteo")


def test_the_cohort_gap_is_configurable(session: Session, world: Search) -> None:
    bob = session.scalars(select(Employee).where(Employee.employee_ref == "e2")).one()
    bob.education[0].start_year, bob.education[0].end_year = 2010, 2012  # 2 years before
    session.commit()
    by_gap = {}
    for gap in (2, 1):
        proposals = referrals.propose(session, world, 5, 3, cohort_gap_years=gap)
        by_gap[gap] = next(p for p in proposals if p.employee_id == bob.id)
    assert "a few years apart" in by_gap[2].reason and by_gap[2].score == 2.0
    assert "a few years apart" not in by_gap[1].reason and by_gap[1].score == 1.5


def test_only_approved_requests_are_sent_the_rest_rejected(
    session: Session, world: Search, tmp_path: Path
) -> None:
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    pending = referrals.pending_requests(session, world.id)
    assert [p.employee_name for p in pending] == ["Ana Lopez", "Bob Smith"]
    outbox = tmp_path / "outbox"
    nothing = referrals.deliver_queued(session, OutboxChannel(outbox), Settings(home=tmp_path))
    assert nothing.sent == 0 and not outbox.exists()  # pending is never sent
    ana = pending[0].request_id
    assert referrals.decide_requests(
        session, [p.request_id for p in pending], {ana}, "camille"
    ) == (1, 1)
    session.commit()
    report = referrals.deliver_queued(session, OutboxChannel(outbox), Settings(home=tmp_path))
    assert report.sent == 1
    rows = {r.id: r for r in session.scalars(select(ReferralRequest))}
    assert rows[ana].status == "sent" and rows[ana].decided_by == "camille"
    rejected = rows[pending[1].request_id]
    assert rejected.status == "rejected" and rejected.status_reason == "not approved by camille"
    assert [message_from_bytes(f.read_bytes())["To"] for f in outbox.glob("*.eml")] == [
        "ana@corp.example"
    ]


def test_approval_description_lists_every_proposal(session: Session, world: Search) -> None:
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    pending = referrals.pending_requests(session, world.id)
    text = referrals.approval_description(pending, world.name)
    assert "Python Lyon" in text
    for p in pending:
        assert f"| request_{p.request_id} | {p.employee_name} | Hélène Dupré |" in text


class CrashAfterSending:
    """Sends for real, then the process dies before the outcome is recorded."""

    name = "email"

    def __init__(self, inner: SmtpChannel) -> None:
        self.inner = inner

    def send(self, delivery: referrals.Delivery) -> str:
        self.inner.send(delivery)
        raise SystemExit("killed between intent and sent")


def test_a_crash_between_intent_and_sent_then_a_rerun_sends_exactly_once(
    pool_engine,  # type: ignore[no-untyped-def]
    smtp_server,  # type: ignore[no-untyped-def]
) -> None:
    from models.db import session_factory

    host, port, sink = smtp_server
    settings = Settings(smtp_host=host, smtp_port=port)
    with session_factory(pool_engine)() as session:
        world = seed_world(session)
        approve_all(session, world)
        with pytest.raises(SystemExit):
            referrals.deliver_queued(session, CrashAfterSending(SmtpChannel(settings)), settings)
    assert len(sink.messages) == 1  # the first message left, then the crash
    with session_factory(pool_engine)() as session:  # the rerun, in a "new process"
        report = referrals.deliver_queued(session, SmtpChannel(settings), settings)
        again = referrals.deliver_queued(session, SmtpChannel(settings), settings)
        statuses = sorted(session.scalars(select(ReferralRequest.status)))
    assert (report.sent, report.skipped) == (1, 1)
    assert "interrupted while sending" in report.notes[0]
    assert again.sent == 0
    assert sorted(m["To"] for m in sink.messages) == ["ana@corp.example", "bob@corp.example"]
    assert statuses == ["sending", "sent"]  # the interrupted one is left for a human


def _more_candidates(session: Session, search: Search, count: int) -> None:
    for index in range(count):
        add_insa_candidate(session, search, f"Candidat {index}", rank=index + 2)
    session.commit()


def test_at_most_n_requests_per_employee_per_week_the_rest_deferred(
    session: Session, world: Search, tmp_path: Path
) -> None:
    _more_candidates(session, world, 2)  # 3 candidates: Ana and Bob asked 3 times each
    approve_all(session, world)
    settings = Settings(referrals_per_employee_per_week=2, referrals_per_day=100)
    channel = OutboxChannel(tmp_path / "outbox")
    report = referrals.deliver_queued(session, channel, settings)
    assert (report.sent, report.deferred) == (4, 2)
    waiting = session.scalars(select(ReferralRequest).where(ReferralRequest.status != "sent")).all()
    assert {r.status for r in waiting} == {"approved"}  # still queued, not dropped
    assert any(
        "Ana Lopez already had 2 request(s) in the last 7 days" in (r.status_reason or "")
        for r in waiting
    )
    tomorrow = referrals.deliver_queued(
        session, channel, settings, now=datetime.now(UTC) + timedelta(days=1)
    )
    assert tomorrow.sent == 0 and tomorrow.deferred == 2
    next_week = referrals.deliver_queued(
        session, channel, settings, now=datetime.now(UTC) + timedelta(days=8)
    )
    assert next_week.sent == 2
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 6


def test_at_most_m_requests_per_day_overall(
    session: Session, world: Search, tmp_path: Path
) -> None:
    approve_all(session, world)
    settings = Settings(referrals_per_day=1)
    channel = OutboxChannel(tmp_path / "outbox")
    report = referrals.deliver_queued(session, channel, settings)
    assert (report.sent, report.deferred) == (1, 1)
    assert "daily limit of 1 requests" in report.notes[0]
    assert referrals.deliver_queued(session, channel, settings).sent == 0
    later = referrals.deliver_queued(
        session, channel, settings, now=datetime.now(UTC) + timedelta(hours=25)
    )
    assert later.sent == 1


def test_opted_out_and_departed_employees_are_never_asked(
    session: Session, world: Search, tmp_path: Path
) -> None:
    approve_all(session, world)
    ana = session.scalars(select(Employee).where(Employee.employee_ref == "e1")).one()
    bob = session.scalars(select(Employee).where(Employee.employee_ref == "e2")).one()
    ana.opted_out = True  # after approval, before sending
    bob.active = False
    session.commit()
    outbox = OutboxChannel(tmp_path / "outbox")
    report = referrals.deliver_queued(session, outbox, Settings(home=tmp_path))
    assert (report.sent, report.cancelled) == (0, 2)
    reasons = {r.employee_id: r.status_reason for r in session.scalars(select(ReferralRequest))}
    assert "opted out" in (reasons[ana.id] or "")
    assert "has left" in (reasons[bob.id] or "")
    assert not (tmp_path / "outbox").exists()


def test_merging_duplicate_candidates_keeps_one_unsent_request_per_employee(
    session: Session, world: Search
) -> None:
    from sourcing.dedupe.resolve import _merge_candidates

    duplicate = add_insa_candidate(session, world, "H. Dupré", rank=2)
    session.commit()
    referrals.record_requests(session, world, referrals.propose(session, world, 5, 3))
    session.commit()
    survivor = session.scalars(select(SearchResult).where(SearchResult.rank == 1)).one()
    assert session.query(ReferralRequest).count() == 4  # Ana and Bob, for both records
    _merge_candidates(session, survivor.candidate_id, duplicate.id)
    session.commit()
    left = session.scalars(select(ReferralRequest)).all()
    assert sorted(r.employee.full_name for r in left) == ["Ana Lopez", "Bob Smith"]
    assert {r.candidate_id for r in left} == {survivor.candidate_id}


def test_the_html_message_escapes_what_profiles_say(
    session: Session, world: Search, tmp_path: Path
) -> None:
    approve_all(session, world)
    request = session.scalars(select(ReferralRequest)).first()
    assert request is not None
    request.candidate.headline = 'Dev <script>alert("x")</script> <img src=x onerror=alert(1)>'
    session.commit()
    referrals.deliver_queued(session, OutboxChannel(tmp_path / "outbox"), Settings(home=tmp_path))
    html = ""
    for path in (tmp_path / "outbox").glob("*.eml"):
        for part in message_from_bytes(path.read_bytes(), policy=policy.default).walk():
            if part.get_content_type() == "text/html":
                html += part.get_content()
    assert "&lt;script&gt;" in html
    assert "<script" not in html and "<img" not in html
