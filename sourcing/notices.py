"""GDPR Art. 14 notices: everyone Vivier sources is told, within the configured delay
(one month at most), who holds their data, why, where it came from, how long it is
kept and how to object — in French or English.

A notice goes only to an address that a source's terms allow using for outreach
(``sources.terms``). A candidate without one is recorded as ``unreachable``; the
retention purge removes them once the delay to inform them has passed.
Delivery records the intent (``sending``, committed) before the message leaves and the
outcome after, so a crash never sends a notice twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.tables import Candidate, Identity, PrivacyNotice
from sourcing.channels import Channel, Delivery, DeliveryError
from sourcing.settings import Settings
from sourcing.sources.terms import contact_addresses
from sourcing.templating import render

NETWORK_NAMES = {
    "github": "GitHub",
    "gitlab": "GitLab",
    "stackexchange": "Stack Overflow / Stack Exchange",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "hackernews": "Hacker News",
    "x": "X",
    "linkedin": "LinkedIn (export)",
    "jsonresume": "JSON Resume",
    "text": "import",
    "sample": "sample data",
}


@dataclass
class NoticeReport:
    queued: int = 0
    unreachable: int = 0
    sent: int = 0
    failed: int = 0
    in_flight: int = 0  # found in ``sending``: a run died mid-send; reported, not resent
    errors: list[str] = field(default_factory=list)


def _language(identities: list[Identity], candidate: Candidate) -> str:
    languages = Counter((i.parsed or {}).get("language", "") for i in identities)
    if languages.get("fr", 0) >= languages.get("en", 0) and (
        languages.get("fr") or candidate.country in (None, "FR", "BE", "CH", "LU", "CA")
    ):
        return "fr"
    return "en"


def queue_notices(session: Session, settings: Settings) -> NoticeReport:
    """Give every candidate without one a notice: ``queued`` (due ``notice_delay_days``
    after they were first sourced) when an address may be used, else ``unreachable``.
    An unreachable candidate who has since shown a usable address is queued then."""
    report = NoticeReport()
    candidates = session.scalars(
        select(Candidate)
        .where(
            ~select(PrivacyNotice.id)
            .where(
                PrivacyNotice.candidate_id == Candidate.id,
                PrivacyNotice.status != "unreachable",
            )
            .exists()
        )
        .options(selectinload(Candidate.identities))
        .order_by(Candidate.id)
    ).all()
    existing = {
        n.candidate_id: n
        for n in session.scalars(
            select(PrivacyNotice).where(PrivacyNotice.candidate_id.in_([c.id for c in candidates]))
        )
    }
    for candidate in candidates:
        identities = list(candidate.identities)
        addresses = contact_addresses(
            (i.source, e) for i in identities for e in (i.parsed or {}).get("emails", [])
        )
        notice = existing.get(candidate.id)
        if notice is None:
            notice = PrivacyNotice(
                candidate_id=candidate.id,
                status="unreachable",
                language=_language(identities, candidate),
                due_at=candidate.created_at + timedelta(days=settings.notice_delay_days),
            )
            session.add(notice)
            if not addresses:
                report.unreachable += 1
        if addresses:
            notice.status, notice.address = "queued", addresses[0]
            report.queued += 1
    session.flush()
    return report


def compose_notice(
    notice: PrivacyNotice, candidate: Candidate, settings: Settings, objection_url: str
) -> Delivery:
    """The notice for one candidate, text and HTML, in their language."""
    language = notice.language if notice.language in ("fr", "en") else "fr"
    sources = [
        {"network": NETWORK_NAMES.get(i.source, i.source), "url": i.url}
        for i in candidate.identities
    ]
    context = {
        "name": candidate.display_name,
        "company": settings.company_name,
        "contact": settings.privacy_contact,
        "sources": sources,
        "retention_months": settings.retention_months,
        "objection_url": objection_url,
    }
    if language == "fr":
        subject = f"{settings.company_name} : vos données professionnelles publiques"
    else:
        subject = f"{settings.company_name}: your public professional data"
    text = render(f"notice.{language}.txt.j2", context)
    return Delivery(
        key=f"notice-{candidate.id}-{notice.id}",
        language=language,
        subject=subject,
        text=text,
        html=render(f"notice.{language}.html.j2", context),
        summary=subject,
        share_text="",
        tracking_code=f"notice-{notice.id}",
        recipient_name=candidate.display_name,
        email=notice.address or "",
    )


def send_due_notices(
    session: Session,
    channel: Channel,
    settings: Settings,
    objection_url: Callable[[Candidate], str],
    now: datetime | None = None,
) -> NoticeReport:
    """Send every queued notice that is due, once each (intent committed first)."""
    now = now or datetime.now(UTC)
    report = NoticeReport()
    report.in_flight = len(
        session.scalars(select(PrivacyNotice.id).where(PrivacyNotice.status == "sending")).all()
    )
    due = session.scalars(
        select(PrivacyNotice)
        .where(PrivacyNotice.status == "queued", PrivacyNotice.due_at <= now)
        .order_by(PrivacyNotice.id)
    ).all()
    for notice in due:
        candidate = session.get(Candidate, notice.candidate_id)
        assert candidate is not None
        delivery = compose_notice(notice, candidate, settings, objection_url(candidate))
        notice.status = "sending"
        notice.attempts += 1
        session.commit()
        try:
            channel.send(delivery)
        except DeliveryError as error:
            notice.status, notice.last_error = "queued", str(error)
            report.failed += 1
            report.errors.append(f"notice {notice.id}: {error}")
            session.commit()
            continue
        notice.status, notice.sent_at, notice.last_error = "sent", datetime.now(UTC), None
        report.sent += 1
        session.commit()
    return report
