"""Retention: personal data is kept no longer than needed (GDPR Art. 5(1)(e)).

Two rules, enforced by the nightly refresh (and ``vivier privacy``):

* a candidate whose last activity is older than ``retention_months`` is purged; the
  last activity is the latest of: first sourced, found by a search, a referral request
  about them, their Art. 14 notice sent;
* a candidate who could not be sent an Art. 14 notice (no address that a source's
  terms let us use) is purged once ``retention_unreachable_days`` have passed since they
  were first sourced: the law allows a month to inform people, not longer.

A purge removes everything, like an erasure, but adds nothing to the suppression list
(the person did not object: a later search may find them again, with a new notice)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.tables import (
    AuditEvent,
    Candidate,
    Identity,
    PrivacyNotice,
    ReferralRequest,
    SearchResult,
)
from sourcing.links import candidate_optout_url
from sourcing.mail import channel_for
from sourcing.notices import NoticeReport, queue_notices, send_due_notices
from sourcing.privacy import ErasureReport, remove
from sourcing.settings import Settings

DAYS_PER_MONTH = 30.44


@dataclass
class RetentionReport:
    expired: int = 0  # candidates past the retention period
    unreachable: int = 0  # candidates who could not be informed in time
    identities: int = 0


def last_activity(session: Session) -> dict[int, datetime]:
    """Each candidate's last activity (see the module's docstring)."""
    latest = dict(session.execute(select(Candidate.id, Candidate.created_at)).tuples().all())
    for query in (
        select(SearchResult.candidate_id, func.max(SearchResult.created_at)).group_by(
            SearchResult.candidate_id
        ),
        select(ReferralRequest.candidate_id, func.max(ReferralRequest.created_at)).group_by(
            ReferralRequest.candidate_id
        ),
        select(PrivacyNotice.candidate_id, PrivacyNotice.sent_at).where(
            PrivacyNotice.sent_at.is_not(None)
        ),
    ):
        for candidate_id, at in session.execute(query).tuples():
            at = _aware(at)
            if candidate_id in latest and at and at > _aware(latest[candidate_id]):
                latest[candidate_id] = at
    return {c: _aware(at) for c, at in latest.items()}


def _aware(value: datetime | str | None) -> datetime:
    if isinstance(value, str):  # SQLite aggregates come back as text
        value = datetime.fromisoformat(value)
    assert value is not None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def purge_expired(
    session: Session, settings: Settings, now: datetime | None = None, outbox: Path | None = None
) -> RetentionReport:
    """Purge what the retention rules say must go; audited with counts only."""
    now = now or datetime.now(UTC)
    report = RetentionReport()
    cutoff = now - timedelta(days=settings.retention_months * DAYS_PER_MONTH)
    expired = {c for c, at in last_activity(session).items() if at < cutoff}
    informable_until = now - timedelta(days=settings.retention_unreachable_days)
    unreachable = (
        set(
            session.scalars(
                select(PrivacyNotice.candidate_id)
                .join(Candidate, Candidate.id == PrivacyNotice.candidate_id)
                .where(
                    PrivacyNotice.status == "unreachable",
                    Candidate.created_at < informable_until,
                )
            )
        )
        - expired
    )
    for reason, candidates in (("expired", expired), ("unreachable", unreachable)):
        if not candidates:
            continue
        identities = list(
            session.scalars(select(Identity).where(Identity.candidate_id.in_(candidates)))
        )
        removed: ErasureReport = remove(session, identities, outbox)
        setattr(report, reason, removed.candidates)
        report.identities += removed.identities
        session.add(
            AuditEvent(
                action="retention-purge",
                subject=f"rule:{reason}",
                details={"candidates": removed.candidates, "identities": removed.identities},
            )
        )
    session.flush()
    return report


@dataclass
class PrivacyDuties:
    notices: NoticeReport
    retention: RetentionReport

    def summary(self) -> dict[str, int]:
        return {
            "notices_queued": self.notices.queued,
            "notices_sent": self.notices.sent,
            "notices_failed": self.notices.failed,
            "unreachable_recorded": self.notices.unreachable,
            "purged_expired": self.retention.expired,
            "purged_unreachable": self.retention.unreachable,
        }


def privacy_duties(
    session: Session,
    settings: Settings,
    objection_url: Callable[[Candidate], str] | None = None,
    now: datetime | None = None,
) -> PrivacyDuties:
    """The nightly privacy work, in order: a notice for every new candidate, the due
    notices sent, then the retention purge. Commits as it goes (notices are sent once)."""
    notices = queue_notices(session, settings)
    session.commit()
    sent = send_due_notices(
        session,
        channel_for(settings),
        settings,
        objection_url or (lambda candidate: candidate_optout_url(candidate.id, settings)),
        now,
    )
    notices.sent, notices.failed, notices.in_flight = sent.sent, sent.failed, sent.in_flight
    notices.errors = sent.errors
    retention = purge_expired(session, settings, now, settings.resolved_outbox_dir)
    session.commit()
    return PrivacyDuties(notices, retention)
