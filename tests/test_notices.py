"""GDPR Art. 14 notices and retention: everyone sourced is told in time (FR/EN, real
SMTP), once; those who cannot be told, and those kept too long, are purged."""

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.schemas import RawProfile
from models.tables import (
    AuditEvent,
    Candidate,
    Identity,
    PrivacyNotice,
    Search,
    SearchResult,
    Suppression,
)
from sourcing import pool
from sourcing.channels import Delivery
from sourcing.mail import OutboxChannel, SmtpChannel
from sourcing.notices import queue_notices, send_due_notices
from sourcing.parsing.pipeline import ProfileParser
from sourcing.retention import privacy_duties, purge_expired
from sourcing.settings import Settings
from tests.test_pool import github

NOW = datetime.now(UTC)


def objection(candidate: Candidate) -> str:
    return f"https://vivier.example/optout/signed-{candidate.id}"


def people() -> list[RawProfile]:
    cv = RawProfile(
        source="text",
        external_id="cv-1",
        payload={
            "name": "Hélène Dupré",
            "text": "Ingénieure Python à Lyon, diplômée de l'INSA Lyon. helene.dupre@example.org",
        },
    )
    only_github = github("jdupont", 2, "Jean Dupont", "Go, Kubernetes", "Paris")
    only_github.payload["email"] = "jean@example.org"
    return [cv, only_github]


def notices(session: Session) -> dict[str, PrivacyNotice]:
    by_name = {}
    for notice in session.scalars(select(PrivacyNotice)):
        candidate = session.get(Candidate, notice.candidate_id)
        assert candidate is not None
        by_name[candidate.display_name] = notice
    return by_name


@pytest.fixture
def sourced(session: Session, parser: ProfileParser) -> Session:
    pool.ingest(session, people(), parser)
    queue_notices(session, Settings())
    session.commit()
    return session


def test_a_notice_is_queued_only_where_an_address_may_be_used(sourced: Session) -> None:
    found = notices(sourced)
    helene, jean = found["Hélène Dupré"], found["Jean Dupont"]
    assert (helene.status, helene.address, helene.language) == (
        "queued",
        "helene.dupre@example.org",
        "fr",
    )
    candidate = sourced.get(Candidate, helene.candidate_id)
    assert candidate is not None
    assert abs(helene.due_at - (candidate.created_at + timedelta(days=7))) < timedelta(seconds=1)
    # GitHub's terms forbid unsolicited e-mail built from its data.
    assert (jean.status, jean.address) == ("unreachable", None)
    assert queue_notices(sourced, Settings()).queued == 0  # once per candidate


def test_due_notices_are_sent_once_in_the_persons_language(
    sourced: Session,
    smtp_server: tuple[str, int, object],
) -> None:
    host, port, sink = smtp_server
    settings = Settings(smtp_host=host, smtp_port=port, company_name="Qonto")
    channel = SmtpChannel(settings)
    early = send_due_notices(sourced, channel, settings, objection, NOW)
    assert early.sent == 0 and sink.messages == []  # type: ignore[attr-defined]

    later = NOW + timedelta(days=8)
    report = send_due_notices(sourced, channel, settings, objection, later)
    assert (report.sent, report.failed) == (1, 0)
    (message,) = sink.messages  # type: ignore[attr-defined]
    assert message["To"] == "helene.dupre@example.org"
    assert message["Subject"] == "Qonto : vos données professionnelles publiques"
    text = message.get_body(("plain",)).get_content()
    helene = notices(sourced)["Hélène Dupré"]
    assert objection(sourced.get(Candidate, helene.candidate_id)) in text  # type: ignore[arg-type]
    assert "RGPD, article 14" in text and "24 mois" in text and "import" in text
    html = message.get_body(("html",)).get_content()
    assert "Je m'oppose" in html
    assert send_due_notices(sourced, channel, settings, objection, later).sent == 0
    assert helene.status == "sent" and helene.sent_at is not None


def test_a_crash_after_sending_never_sends_the_notice_again(
    sourced: Session, tmp_path: Path
) -> None:
    sent: list[Delivery] = []

    class DiesAfterSending:
        name = "email"

        def send(self, delivery: Delivery) -> str:
            sent.append(delivery)
            raise SystemExit("killed before the outcome was written")

    later = NOW + timedelta(days=8)
    with pytest.raises(SystemExit):
        send_due_notices(sourced, DiesAfterSending(), Settings(), objection, later)
    sourced.rollback()
    rerun = send_due_notices(sourced, OutboxChannel(tmp_path), Settings(), objection, later)
    assert len(sent) == 1 and rerun.sent == 0 and rerun.in_flight == 1
    assert list(tmp_path.glob("*.eml")) == []


def test_notice_delay_cannot_exceed_a_month() -> None:
    with pytest.raises(ValidationError):
        Settings(notice_delay_days=31)


def age(session: Session, days: int) -> None:
    """As if everyone had been sourced ``days`` ago (their notices queued then)."""
    then = NOW - timedelta(days=days)
    session.execute(update(Candidate).values(created_at=then))
    session.execute(update(PrivacyNotice).values(due_at=then + timedelta(days=7)))
    session.commit()


def test_who_cannot_be_informed_is_purged_after_a_month_not_suppressed(
    sourced: Session, parser: ProfileParser
) -> None:
    age(sourced, 29)
    assert purge_expired(sourced, Settings()).unreachable == 0
    age(sourced, 31)
    report = purge_expired(sourced, Settings())
    sourced.commit()
    assert (report.unreachable, report.expired) == (1, 0)
    names = {c.display_name for c in sourced.scalars(select(Candidate))}
    assert names == {"Hélène Dupré"}  # informable: kept
    audit = sourced.scalar(select(AuditEvent).where(AuditEvent.action == "retention-purge"))
    assert audit is not None and audit.details == {"candidates": 1, "identities": 1}
    assert sourced.scalar(select(Suppression)) is None
    again = pool.ingest(sourced, [people()[1]], parser)
    assert again.suppressed == 0 and again.new == 1  # found again later: allowed


def test_candidates_past_the_retention_period_are_purged_unless_recently_used(
    sourced: Session,
) -> None:
    age(sourced, 800)  # about 26 months
    helene = notices(sourced)["Hélène Dupré"]
    search = Search(name="python-lyon", query={})
    sourced.add(search)
    sourced.flush()
    sourced.add(
        SearchResult(
            search_id=search.id,
            candidate_id=helene.candidate_id,
            rank=1,
            score=1.0,
            explanation="Python",
            created_at=NOW - timedelta(days=10),
        )
    )
    sourced.commit()
    report = purge_expired(sourced, Settings())
    sourced.commit()
    assert report.expired == 1
    assert [c.display_name for c in sourced.scalars(select(Candidate))] == ["Hélène Dupré"]
    assert [i.external_id for i in sourced.scalars(select(Identity))] == ["cv-1"]


def test_the_nightly_duties_queue_send_and_purge_in_one_go(sourced: Session, home: Path) -> None:
    age(sourced, 31)
    duties = privacy_duties(sourced, Settings(home=home))
    assert duties.summary() == {
        "notices_queued": 0,
        "notices_sent": 1,
        "notices_failed": 0,
        "unreachable_recorded": 0,
        "purged_expired": 0,
        "purged_unreachable": 1,
    }
    (notice,) = (home / "outbox").glob("notice-*.eml")
    message = message_from_bytes(notice.read_bytes(), policy=policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "http://127.0.0.1:8765/optout/" in text  # the signed link `vivier web` serves


def test_an_unreachable_candidate_who_shows_an_address_later_is_queued(
    sourced: Session, parser: ProfileParser
) -> None:
    jean = notices(sourced)["Jean Dupont"]
    assert jean.status == "unreachable"
    post = RawProfile(
        source="hackernews",
        external_id="jdupont-post",
        handle="jdupont",
        url="https://news.ycombinator.com/user?id=jdupont",
        payload={
            "text": "Jean Dupont. Go, Kubernetes. Paris. https://github.com/jdupont "
            "Email: jean.d@example.org"
        },
    )
    pool.ingest(sourced, [post], parser)
    report = queue_notices(sourced, Settings())
    sourced.commit()
    candidate_of = {i.external_id: i.candidate_id for i in sourced.scalars(select(Identity))}
    assert candidate_of["jdupont-post"] == candidate_of["2"] == jean.candidate_id  # one person
    notice = sourced.scalar(
        select(PrivacyNotice).where(PrivacyNotice.candidate_id == candidate_of["jdupont-post"])
    )
    assert notice is not None and notice.status == "queued", report
    assert notice.address == "jean.d@example.org"


@pytest.mark.parametrize(
    ("survivor_status", "loser_status", "kept"),
    [("queued", "sent", "sent"), ("sent", "queued", "sent"), ("unreachable", "queued", "queued")],
)
def test_merged_candidates_keep_one_notice_the_furthest_along(
    session: Session, survivor_status: str, loser_status: str, kept: str
) -> None:
    from sourcing.dedupe.resolve import _merge_candidates

    survivor, loser = Candidate(display_name="A"), Candidate(display_name="A.")
    session.add_all([survivor, loser])
    session.flush()
    for candidate, status in ((survivor, survivor_status), (loser, loser_status)):
        session.add(PrivacyNotice(candidate_id=candidate.id, status=status, due_at=NOW))
    session.flush()
    _merge_candidates(session, survivor.id, loser.id)
    session.commit()
    (notice,) = session.scalars(select(PrivacyNotice)).all()
    assert (notice.candidate_id, notice.status) == (survivor.id, kept)
