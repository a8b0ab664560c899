"""Referrals: which employee to ask about which candidate (shared school and cohort,
a shared past employer), the reviewer's approval, the message in the employee's
language, and its delivery on every configured channel, at most once per request and
never too often per employee or per day."""

import re
import secrets
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from models.tables import (
    Candidate,
    Education,
    Employee,
    ReferralDelivery,
    ReferralRequest,
    Search,
    SearchResult,
)
from sourcing.channels import CHANNEL_NAMES, Channel, Delivery, DeliveryError
from sourcing.links import answer_url
from sourcing.mail import channel_for
from sourcing.parsing.vocab import fold
from sourcing.ranking import years_text
from sourcing.settings import Settings
from sourcing.templating import render
from sourcing.webhooks import SlackWebhookChannel, TeamsWebhookChannel

COHORT_GAP_YEARS = 2
SHARED_EMPLOYER_BONUS = 0.5
SAME_PROGRAMME_BONUS = 0.25


@dataclass(frozen=True)
class Proposal:
    employee_id: int
    candidate_id: int
    school_id: str
    score: float
    reason: str


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    delivered_to: list[str] = field(default_factory=list)


def _years(e: Education) -> tuple[int | None, int | None]:
    start, end = e.start_year, e.end_year
    if start and not end:
        end = start + 3
    if end and not start:
        start = end - 3
    return start, end


def cohort_overlap(a: Education, b: Education, gap_years: int = COHORT_GAP_YEARS) -> str:
    """``overlap`` when their years intersect, ``near`` within ``gap_years``, ``none``
    further apart, ``unknown`` without years."""
    sa, ea = _years(a)
    sb, eb = _years(b)
    if not (sa and ea and sb and eb):
        return "unknown"
    if sa <= eb and sb <= ea:
        return "overlap"
    if min(abs(sa - eb), abs(sb - ea)) <= gap_years:
        return "near"
    return "none"


_LEGAL_SUFFIXES = re.compile(
    r"\b(sas|sasu|sa|sarl|se|gmbh|ag|inc|incorporated|ltd|limited|llc|plc|corp|"
    r"corporation|co|group|groupe|bv|nv|spa|srl)\b"
)


def normalise_employer(name: str) -> str:
    """``"Criteo S.A."``, ``"CRITEO"`` and ``"criteo"`` -> ``"criteo"``: folded, without
    punctuation or a legal form."""
    folded = fold(name).replace(".", "")
    folded = re.sub(r"[^\w]+", " ", folded)
    folded = _LEGAL_SUFFIXES.sub(" ", folded)
    return " ".join(folded.split())


def candidate_employers(candidate: Candidate) -> dict[str, str]:
    """The candidate's employers from every parsed profile, normalised -> as written."""
    employers: dict[str, str] = {}
    for identity in candidate.identities:
        for name in (identity.parsed or {}).get("employers", []) or []:
            if isinstance(name, str) and (key := normalise_employer(name)):
                employers.setdefault(key, name)
    return employers


def shared_employer(employee: Employee, employers: Mapping[str, str]) -> str | None:
    """The first of the employee's past employers the candidate also worked for, as the
    directory spells it."""
    for name in employee.past_employers or []:
        if normalise_employer(name) in employers:
            return name
    return None


def _span(e: Education) -> str:
    return years_text(e.start_year, e.end_year)


def reason_sentence(
    language: str,
    candidate: Education,
    employee: Education,
    cohort: str,
    employer: str | None = None,
) -> str:
    """ "Vous avez tous deux étudié à l'INSA Lyon (2014–2017)" — in the employee's
    language, with "…et vous avez tous deux travaillé chez Criteo" when they share a
    past employer. ``{name}`` stands for the candidate's first name."""
    school = candidate.school_name
    if language == "fr":
        base = f"Vous avez tous deux étudié à {school}"
        if cohort == "overlap":
            sentence = f"{base}, en même temps : vous{_span(employee)}, {{name}}{_span(candidate)}"
        elif cohort == "near":
            sentence = (
                f"{base}, à quelques années d'écart : "
                f"vous{_span(employee)}, {{name}}{_span(candidate)}"
            )
        else:
            sentence = f"{base} : vous{_span(employee)}, {{name}}{_span(candidate)}"
        if employer:
            sentence += f", et vous avez tous deux travaillé chez {employer}"
        return sentence
    base = f"You both studied at {school}"
    if cohort == "overlap":
        sentence = f"{base} at the same time: you{_span(employee)}, {{name}}{_span(candidate)}"
    elif cohort == "near":
        sentence = f"{base} a few years apart: you{_span(employee)}, {{name}}{_span(candidate)}"
    else:
        sentence = f"{base}: you{_span(employee)}, {{name}}{_span(candidate)}"
    if employer:
        sentence += f", and you both worked at {employer}"
    return sentence


def _same_programme(employee: Education, candidate: Education, headline: str) -> bool:
    programme = fold(employee.programme or "").strip()
    if not programme:
        return False
    return programme == fold(candidate.programme or "").strip() or programme in fold(headline)


def propose(
    session: Session,
    search: Search,
    top_candidates: int,
    per_candidate: int,
    cohort_gap_years: int = COHORT_GAP_YEARS,
) -> list[Proposal]:
    """Employees who share a school with the search's top candidates, best first.

    Score: 1 for the school, +1 for overlapping years (+0.5 within ``cohort_gap_years``),
    +0.25 for the same programme, +0.5 for a shared past employer. Departed and
    opted-out employees are never proposed."""
    results = session.scalars(
        select(SearchResult)
        .where(SearchResult.search_id == search.id)
        .order_by(SearchResult.rank)
        .limit(top_candidates)
    ).all()
    employees = session.scalars(
        select(Employee)
        .where(Employee.active, Employee.opted_out.is_(False))
        .options(selectinload(Employee.education))
    ).all()
    by_school: dict[str, list[tuple[Employee, Education]]] = {}
    for employee in employees:
        for education in employee.education:
            by_school.setdefault(education.school_id, []).append((employee, education))
    proposals: list[Proposal] = []
    for result in results:
        candidate = session.get(Candidate, result.candidate_id)
        if candidate is None or candidate.objected_at is not None:
            continue
        employers = candidate_employers(candidate)
        first_name = candidate.display_name.split(" ")[0] or "iel"
        best: dict[int, Proposal] = {}
        for education in candidate.education:
            for employee, employee_education in by_school.get(education.school_id, []):
                cohort = cohort_overlap(education, employee_education, cohort_gap_years)
                score = 1.0 + {"overlap": 1.0, "near": 0.5}.get(cohort, 0.0)
                if _same_programme(employee_education, education, candidate.headline or ""):
                    score += SAME_PROGRAMME_BONUS
                employer = shared_employer(employee, employers)
                if employer:
                    score += SHARED_EMPLOYER_BONUS
                reason = reason_sentence(
                    employee.language, education, employee_education, cohort, employer
                ).replace("{name}", first_name)
                if employee.id not in best or best[employee.id].score < score:
                    best[employee.id] = Proposal(
                        employee.id, candidate.id, education.school_id, score, reason
                    )
        ranked = sorted(best.values(), key=lambda p: (-p.score, p.employee_id))
        proposals.extend(ranked[:per_candidate])
    return proposals


def record_requests(session: Session, search: Search, proposals: list[Proposal]) -> int:
    """Record one ``pending`` request per proposal (it waits for a reviewer), unless that
    employee was already asked about that candidate for that search. Returns how many
    were new."""
    existing = set(
        session.execute(
            select(ReferralRequest.employee_id, ReferralRequest.candidate_id).where(
                ReferralRequest.search_id == search.id
            )
        ).tuples()
    )
    new = 0
    for p in proposals:
        if (p.employee_id, p.candidate_id) in existing:
            continue
        session.add(
            ReferralRequest(
                employee_id=p.employee_id,
                candidate_id=p.candidate_id,
                search_id=search.id,
                school_id=p.school_id,
                score=p.score,
                reason=p.reason,
                status="pending",
                token=secrets.token_urlsafe(24),
            )
        )
        existing.add((p.employee_id, p.candidate_id))
        new += 1
    session.flush()
    return new


def _why_not_ask(employee: Employee) -> str | None:
    if not employee.active:
        return "cancelled: the employee has left (inactive in the directory)"
    if employee.opted_out:
        return "cancelled: the employee opted out of referral requests"
    return None


def cancel_unaskable(session: Session) -> int:
    """Cancel, with the reason, every open request (pending or approved) whose employee
    has left or opted out. Returns how many."""
    requests = session.scalars(
        select(ReferralRequest)
        .join(Employee, Employee.id == ReferralRequest.employee_id)
        .where(
            ReferralRequest.status.in_(("pending", "approved")),
            or_(Employee.active.is_(False), Employee.opted_out.is_(True)),
        )
        .options(selectinload(ReferralRequest.employee))
    ).all()
    for request in requests:
        request.status = "cancelled"
        request.status_reason = _why_not_ask(request.employee)
    session.flush()
    return len(requests)


# --- approval ---------------------------------------------------------------------


@dataclass(frozen=True)
class PendingRequest:
    """A proposal as the reviewer sees it."""

    request_id: int
    employee_name: str
    candidate_name: str
    school_name: str
    score: float
    reason: str


def pending_requests(session: Session, search_id: int) -> list[PendingRequest]:
    """The search's requests waiting for a reviewer, best first."""
    requests = session.scalars(
        select(ReferralRequest)
        .where(ReferralRequest.search_id == search_id, ReferralRequest.status == "pending")
        .options(
            selectinload(ReferralRequest.employee).selectinload(Employee.education),
            selectinload(ReferralRequest.candidate),
        )
        .order_by(ReferralRequest.score.desc(), ReferralRequest.id)
    ).all()
    pending = []
    for r in requests:
        school = next(
            (e.school_name for e in r.employee.education if e.school_id == r.school_id),
            r.school_id,
        )
        pending.append(
            PendingRequest(
                r.id, r.employee.full_name, r.candidate.display_name, school, r.score, r.reason
            )
        )
    return pending


def decide_requests(
    session: Session,
    listed: Collection[int],
    approved: Collection[int],
    decided_by: str,
    now: datetime | None = None,
) -> tuple[int, int]:
    """Apply a reviewer's decision on the requests they were shown (``listed``): those
    in ``approved`` become ``approved`` (queued for delivery), the others ``rejected``.
    Requests no longer pending are left alone. Returns (approved, rejected)."""
    now = now or datetime.now(UTC)
    requests = session.scalars(
        select(ReferralRequest).where(
            ReferralRequest.id.in_(list(listed)), ReferralRequest.status == "pending"
        )
    ).all()
    counts = Counter[str]()
    for request in requests:
        request.decided_by = decided_by[:200]
        request.decided_at = now
        if request.id in approved:
            request.status = "approved"
            request.status_reason = None
        else:
            request.status = "rejected"
            request.status_reason = f"not approved by {decided_by}"
        counts[request.status] += 1
    session.flush()
    return counts["approved"], counts["rejected"]


def approval_description(pending: Sequence[PendingRequest], search_name: str) -> str:
    """The Markdown shown above the approval form in the Prefect UI (the reasons are on
    each request's switch, below the table)."""
    lines = [
        f"### Referral requests for “{search_name}”",
        "",
        f"{len(pending)} employee(s) could introduce a candidate. Nothing is sent until you "
        "decide: switch on **approve_all**, or the requests you approve below. "
        "The others are rejected.",
        "",
        "| request | employee | candidate | school | score |",
        "|---|---|---|---|---|",
    ]
    for p in pending:
        lines.append(
            f"| request_{p.request_id} | {p.employee_name} | {p.candidate_name} "
            f"| {p.school_name} | {p.score:.2f} |"
        )
    return "\n".join(lines)


# --- messages ---------------------------------------------------------------------


_LABELS = {
    "fr": {
        "share": "À relayer dans votre réseau d'anciens :",
        "tracking": "Code de suivi :",
        "profile": "Voir le profil public",
    },
    "en": {
        "share": "To pass on to your alumni network:",
        "tracking": "Tracking code:",
        "profile": "See the public profile",
    },
}


def compose(
    request: ReferralRequest,
    search: Search,
    settings: Settings,
    links: Mapping[str, str] | None = None,
) -> Delivery:
    """The message for one request in the employee's language: the e-mail (text and
    HTML), a short chat form, and the repostable alumni text with its tracking code.

    ``links["answer"]`` is the employee's signed answer link, served by ``vivier web``
    (made here unless given), shown in every form."""
    employee, candidate = request.employee, request.candidate
    language = employee.language if employee.language in ("fr", "en") else "fr"
    url = next((i.url for i in candidate.identities if i.url), "")
    tracking = request.token[:10]
    links = dict(links or {})
    links.setdefault("answer", answer_url(request, settings))
    if language == "fr":
        subject = f"Connaissez-vous {candidate.display_name} ?"
        share = (
            f"{settings.company_name} recrute ({search.name}). Vous pensez à quelqu'un ? "
            f"Écrivez-moi. [{tracking}]"
        )
    else:
        subject = f"Do you know {candidate.display_name}?"
        share = (
            f"{settings.company_name} is hiring ({search.name}). Know someone? "
            f"Drop me a line. [{tracking}]"
        )
    context = {
        "employee_first_name": employee.full_name.split(" ")[0],
        "candidate_name": candidate.display_name,
        "candidate_headline": candidate.headline,
        "candidate_url": url,
        "search_name": search.name,
        "reason": request.reason,
        "share_text": share,
        "company": settings.company_name,
        "tracking_code": tracking,
        "links": links,
        "answer_url": links["answer"],
    }
    labels = _LABELS[language]
    actions = [(labels["profile"], url)] if url else []
    if links.get("answer"):
        actions.insert(0, ("Répondre" if language == "fr" else "Answer", links["answer"]))
    return Delivery(
        key=f"referral-{request.id}-{request.token[:8]}",
        language=language,
        subject=subject,
        text=render(f"referral.{language}.txt.j2", context),
        html=render(f"referral.{language}.html.j2", context),
        summary=render(f"referral.{language}.chat.j2", context).strip(),
        share_text=share,
        tracking_code=tracking,
        recipient_name=employee.full_name,
        email=employee.email,
        slack_id=employee.slack_id or "",
        share_label=labels["share"],
        tracking_label=labels["tracking"],
        actions=tuple(actions),
    )


# --- delivery ---------------------------------------------------------------------


def channels_for(settings: Settings, transport: httpx.BaseTransport | None = None) -> list[Channel]:
    """The channels named by ``VIVIER_REFERRAL_CHANNELS`` (default: email). E-mail is
    SMTP when ``VIVIER_SMTP_HOST`` is set, else the outbox folder; Slack and Teams need
    their webhook URL. A misconfiguration is refused before anything is sent."""
    names = list(dict.fromkeys(settings.referral_channels)) or ["email"]
    unknown = [n for n in names if n not in CHANNEL_NAMES]
    if unknown:
        raise ValueError(
            f"VIVIER_REFERRAL_CHANNELS: unknown channel(s) {', '.join(unknown)}; "
            f"use {', '.join(CHANNEL_NAMES)}"
        )
    channels: list[Channel] = []
    for name in names:
        if name == "email":
            channels.append(channel_for(settings))
            continue
        secret = settings.slack_webhook_url if name == "slack" else settings.teams_webhook_url
        if secret is None:
            raise ValueError(
                f"the {name} channel needs VIVIER_{name.upper()}_WEBHOOK_URL "
                "(or remove it from VIVIER_REFERRAL_CHANNELS)"
            )
        kind = SlackWebhookChannel if name == "slack" else TeamsWebhookChannel
        channels.append(
            kind(
                secret.get_secret_value(),
                timeout_seconds=settings.webhook_timeout_seconds,
                allow_loopback=settings.webhooks_allow_loopback,
                transport=transport,
                user_agent=settings.user_agent,
            )
        )
    return channels


def _recent_sends(session: Session, now: datetime) -> tuple[int, Counter[int]]:
    """Requests delivered (or in flight) in the last 24 hours overall, and in the last
    7 days per employee, counting each request once, at its first delivery."""
    week_ago = now - timedelta(days=7)
    rows = session.execute(
        select(
            ReferralRequest.id,
            ReferralRequest.employee_id,
            ReferralDelivery.sent_at,
            ReferralDelivery.updated_at,
        )
        .join(ReferralDelivery, ReferralDelivery.request_id == ReferralRequest.id)
        .where(
            or_(
                ReferralDelivery.sent_at >= week_ago,
                and_(ReferralDelivery.status == "sending", ReferralDelivery.updated_at >= week_ago),
            )
        )
    ).all()
    first: dict[int, tuple[int, datetime]] = {}
    for request_id, employee_id, sent_at, intent_at in rows:
        at = sent_at or intent_at  # an interrupted send counts from its intent
        if request_id not in first or at < first[request_id][1]:
            first[request_id] = (employee_id, at)
    today = sum(1 for _, at in first.values() if at >= now - timedelta(days=1))
    per_employee = Counter(employee_id for employee_id, _ in first.values())
    return today, per_employee


def deliver_queued(
    session: Session,
    channels: Channel | Sequence[Channel],
    settings: Settings,
    now: datetime | None = None,
    links: Callable[[ReferralRequest], Mapping[str, str]] | None = None,
) -> DeliveryReport:
    """Send every approved request on every channel, once.

    For each channel the intent (``sending``) is committed before the message leaves
    and the outcome after, so a crash never sends twice: a request found in
    ``sending`` is reported, not resent, and a channel that already delivered is
    skipped on retry. A channel error leaves the request approved (queued) with the
    error. Over ``referrals_per_employee_per_week`` or ``referrals_per_day`` a request
    is deferred (it stays queued, with the reason); departed and opted-out employees'
    requests are cancelled with the reason. ``links`` gives each request's answer links
    (see :func:`compose`)."""
    if not isinstance(channels, Sequence):
        channels = [channels]
    now = now or datetime.now(UTC)
    report = DeliveryReport()
    report.skipped = session.query(ReferralRequest).filter_by(status="sending").count()
    if report.skipped:
        report.notes.append(
            f"{report.skipped} request(s) were interrupted while sending and are not "
            "resent; check whether they arrived"
        )
    approved = session.scalars(
        select(ReferralRequest)
        .where(ReferralRequest.status == "approved")
        .options(
            selectinload(ReferralRequest.employee),
            selectinload(ReferralRequest.deliveries),
            selectinload(ReferralRequest.candidate).selectinload(Candidate.identities),
        )
        .order_by(ReferralRequest.id)
    ).all()
    sent_today, per_employee = _recent_sends(session, now)
    waiting: dict[str, datetime] = {}  # channel -> told to wait (HTTP 429) until
    for request in approved:
        employee = request.employee
        why_not = _why_not_ask(employee)
        if why_not:
            request.status = "cancelled"
            request.status_reason = why_not
            report.cancelled += 1
            report.notes.append(f"request {request.id}: {why_not}")
            session.commit()
            continue
        if request.not_before and request.not_before > now:
            report.deferred += 1
            continue
        started = any(d.status == "sent" for d in request.deliveries)
        deferral = None
        if not started and sent_today >= settings.referrals_per_day:
            deferral = (
                f"deferred: the daily limit of {settings.referrals_per_day} requests "
                "(VIVIER_REFERRALS_PER_DAY) is reached"
            )
        elif not started and per_employee[employee.id] >= settings.referrals_per_employee_per_week:
            deferral = (
                f"deferred: {employee.full_name} already had {per_employee[employee.id]} "
                "request(s) in the last 7 days (VIVIER_REFERRALS_PER_EMPLOYEE_PER_WEEK="
                f"{settings.referrals_per_employee_per_week})"
            )
        if deferral:
            request.status_reason = deferral
            report.deferred += 1
            report.notes.append(f"request {request.id}: {deferral}")
            session.commit()
            continue
        search = session.get(Search, request.search_id)
        assert search is not None
        message = compose(request, search, settings, links(request) if links else None)
        _deliver_one(session, request, message, channels, report, waiting)
        if not started and any(d.status == "sent" for d in request.deliveries):
            sent_today += 1
            per_employee[employee.id] += 1
    return report


def _deliver_one(
    session: Session,
    request: ReferralRequest,
    message: Delivery,
    channels: Sequence[Channel],
    report: DeliveryReport,
    waiting: dict[str, datetime],
) -> None:
    by_channel = {d.channel: d for d in request.deliveries}
    request.channel = ",".join(c.name for c in channels)[:20]
    request.attempts += 1
    errors: list[str] = []
    for channel in channels:
        row = by_channel.get(channel.name)
        if row is not None and row.status == "sent":
            continue
        if channel.name in waiting:  # no use knocking again in this run
            errors.append(f"{channel.name}: asked to wait (HTTP 429), not tried")
            until = waiting[channel.name]
            request.not_before = max(request.not_before or until, until)
            continue
        if row is None:
            row = ReferralDelivery(channel=channel.name, attempts=0)
            request.deliveries.append(row)
            by_channel[channel.name] = row
        row.status = "sending"
        row.attempts += 1
        request.status = "sending"
        session.commit()  # the intent, before anything leaves
        try:
            where = channel.send(message)
        except DeliveryError as error:
            row.status = "failed"
            row.last_error = str(error)
            errors.append(f"{channel.name}: {error}")
            if error.retry_after is not None:
                until = datetime.now(UTC) + timedelta(seconds=error.retry_after)
                waiting[channel.name] = until
                request.not_before = until
            session.commit()
            continue
        row.status = "sent"
        row.sent_at = datetime.now(UTC)
        row.delivered_to = where
        report.delivered_to.append(where)
        session.commit()
    if errors:
        request.status = "approved"
        request.last_error = "; ".join(errors)
        request.status_reason = "stays queued after a delivery error"
        report.failed += 1
        report.errors.extend(f"request {request.id}: {e}" for e in errors)
    else:
        request.status = "sent"
        request.sent_at = datetime.now(UTC)
        request.delivered_to = "; ".join(
            d.delivered_to or "" for d in request.deliveries if d.status == "sent"
        )[:1000]
        request.last_error = None
        request.status_reason = None
        request.not_before = None
        report.sent += 1
    session.commit()
