"""Referrals: which employee to ask about which candidate (shared school, cohort),
the message, and its delivery, at most once per request."""

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.tables import Candidate, Education, Employee, ReferralRequest, Search, SearchResult
from sourcing.links import answer_url
from sourcing.mail import Channel, DeliveryError
from sourcing.ranking import years_text
from sourcing.settings import Settings

TEMPLATES = Path(__file__).parent / "templates"
COHORT_GAP_YEARS = 2


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
    errors: list[str] = field(default_factory=list)
    delivered_to: list[str] = field(default_factory=list)


def _years(e: Education) -> tuple[int | None, int | None]:
    start, end = e.start_year, e.end_year
    if start and not end:
        end = start + 3
    if end and not start:
        start = end - 3
    return start, end


def cohort_overlap(a: Education, b: Education) -> str:
    """``overlap`` when their years intersect, ``near`` within the gap, else ``none``."""
    sa, ea = _years(a)
    sb, eb = _years(b)
    if not (sa and ea and sb and eb):
        return "unknown"
    if sa <= eb and sb <= ea:
        return "overlap"
    if min(abs(sa - eb), abs(sb - ea)) <= COHORT_GAP_YEARS:
        return "near"
    return "none"


def _span(e: Education) -> str:
    return years_text(e.start_year, e.end_year)


def reason_sentence(language: str, candidate: Education, employee: Education, cohort: str) -> str:
    """ "Vous avez tous deux étudié à l'INSA Lyon (2014–2017)" — in the employee's language."""
    school = candidate.school_name
    if language == "fr":
        base = f"Vous avez tous deux étudié à {school}"
        if cohort == "overlap":
            return f"{base}, en même temps : vous{_span(employee)}, {{name}}{_span(candidate)}"
        if cohort == "near":
            return (
                f"{base}, à quelques années d'écart : "
                f"vous{_span(employee)}, {{name}}{_span(candidate)}"
            )
        return f"{base} : vous{_span(employee)}, {{name}}{_span(candidate)}"
    base = f"You both studied at {school}"
    if cohort == "overlap":
        return f"{base} at the same time: you{_span(employee)}, {{name}}{_span(candidate)}"
    if cohort == "near":
        return f"{base} a few years apart: you{_span(employee)}, {{name}}{_span(candidate)}"
    return f"{base}: you{_span(employee)}, {{name}}{_span(candidate)}"


def propose(
    session: Session, search: Search, top_candidates: int, per_candidate: int
) -> list[Proposal]:
    """Employees who share a school with the search's top candidates, best first."""
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
        best: dict[int, Proposal] = {}
        for education in candidate.education:
            for employee, employee_education in by_school.get(education.school_id, []):
                cohort = cohort_overlap(education, employee_education)
                score = 1.0 + {"overlap": 1.0, "near": 0.5}.get(cohort, 0.0)
                if (
                    employee_education.programme
                    and employee_education.programme.lower() in (candidate.headline or "").lower()
                ):
                    score += 0.25
                reason = reason_sentence(employee.language, education, employee_education, cohort)
                reason = reason.replace("{name}", candidate.display_name.split(" ")[0] or "iel")
                if employee.id not in best or best[employee.id].score < score:
                    best[employee.id] = Proposal(
                        employee.id, candidate.id, education.school_id, score, reason
                    )
        ranked = sorted(best.values(), key=lambda p: (-p.score, p.employee_id))
        proposals.extend(ranked[:per_candidate])
    return proposals


def record_requests(session: Session, search: Search, proposals: list[Proposal]) -> int:
    """Queue one request per proposal, unless that employee was already asked about that
    candidate for that search. Returns how many were new."""
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
                status="queued",
                token=secrets.token_urlsafe(24),
            )
        )
        existing.add((p.employee_id, p.candidate_id))
        new += 1
    session.flush()
    return new


_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
    keep_trailing_newline=True,
)


def compose(request: ReferralRequest, search: Search, settings: Settings) -> EmailMessage:
    """The e-mail for one request, text and HTML, in the employee's language."""
    employee, candidate = request.employee, request.candidate
    language = employee.language if employee.language in ("fr", "en") else "fr"
    url = next((i.url for i in candidate.identities if i.url), "")
    tracking = request.token[:10]
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
        "answer_url": answer_url(request, settings),
    }
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.mail_from
    message["To"] = employee.email
    message["Message-ID"] = make_msgid(idstring=request.token[:16], domain="vivier.local")
    message["X-Vivier-Referral"] = tracking
    message.set_content(_env.get_template(f"referral.{language}.txt.j2").render(context))
    message.add_alternative(
        _env.get_template(f"referral.{language}.html.j2").render(context), subtype="html"
    )
    return message


def deliver_queued(session: Session, channel: Channel, settings: Settings) -> DeliveryReport:
    """Send every queued request once. The intent (``sending``) is committed before the
    message leaves and the outcome after, so a crash never sends a request twice: a
    request found in ``sending`` is reported, not resent."""
    report = DeliveryReport()
    queued = session.scalars(
        select(ReferralRequest)
        .where(ReferralRequest.status == "queued")
        .options(
            selectinload(ReferralRequest.employee),
            selectinload(ReferralRequest.candidate).selectinload(Candidate.identities),
        )
        .order_by(ReferralRequest.id)
    ).all()
    report.skipped = session.query(ReferralRequest).filter_by(status="sending").count()
    for request in queued:
        if not request.employee.active or request.employee.opted_out:
            request.status = "cancelled"
            session.commit()
            continue
        search = session.get(Search, request.search_id)
        assert search is not None
        message = compose(request, search, settings)
        request.status = "sending"
        request.attempts += 1
        request.channel = channel.name
        session.commit()
        try:
            where = channel.send(message, key=f"referral-{request.id}-{request.token[:8]}")
        except DeliveryError as error:
            request.status = "queued"
            request.last_error = str(error)
            report.failed += 1
            report.errors.append(f"request {request.id}: {error}")
            session.commit()
            continue
        request.status = "sent"
        request.sent_at = datetime.now(UTC)
        request.delivered_to = where
        request.last_error = None
        report.sent += 1
        report.delivered_to.append(where)
        session.commit()
    return report
