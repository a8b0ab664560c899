"""An employee's answer to a referral request, given through the signed link:
"I know them", "I don't" or "stop asking me". Recorded once; asking again shows it."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, get_args
from urllib.parse import urlsplit

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.tables import AuditEvent, Employee, ReferralRequest, Search
from sourcing.tokens import TokenAlreadyUsed, TokenClaims, consume

Answer = Literal["known", "unknown", "stop"]
ANSWERS: tuple[str, ...] = get_args(Answer)


@dataclass(frozen=True)
class RequestView:
    """What the answer page shows about one request (raw values: the page escapes)."""

    request_id: int
    language: str
    employee_first_name: str
    employee_opted_out: bool
    candidate_name: str
    candidate_headline: str
    candidate_url: str
    search_name: str
    reason: str
    answer: str | None
    answered_at: datetime | None
    introduced_at: datetime | None


@dataclass(frozen=True)
class AnswerOutcome:
    view: RequestView
    recorded: bool  # False: it had been answered already, nothing changed


class _AnsweredMeanwhile(Exception):
    """Another answer was recorded between the check and the update."""


def safe_link(url: str) -> str:
    """``url`` if it is a plain http(s) link, else "" (never a ``javascript:`` link)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else ""


def request_view(session: Session, request_id: int) -> RequestView | None:
    request = session.get(ReferralRequest, request_id)
    if request is None:
        return None
    employee, candidate = request.employee, request.candidate
    search = session.get(Search, request.search_id)
    url = next((link for i in candidate.identities if (link := safe_link(i.url))), "")
    return RequestView(
        request_id=request.id,
        language=employee.language if employee.language in ("fr", "en") else "fr",
        employee_first_name=employee.full_name.split(" ")[0],
        employee_opted_out=employee.opted_out,
        candidate_name=candidate.display_name,
        candidate_headline=candidate.headline or "",
        candidate_url=url,
        search_name=search.name if search else "",
        reason=request.reason,
        answer=request.answer,
        answered_at=request.answered_at,
        introduced_at=request.introduced_at,
    )


def record_answer(
    session: Session,
    request_id: int,
    answer: str,
    claims: TokenClaims,
    now: datetime | None = None,
) -> AnswerOutcome | None:
    """Record ``answer`` once per request and consume the token. A request answered
    already (by this link or another one for it, or by a racing click) keeps its first
    answer and is reported as not recorded. "stop" opts the employee out for good.
    Returns None when the request no longer exists."""
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}; expected one of {', '.join(ANSWERS)}")
    now = now or datetime.now(UTC)
    request = session.get(ReferralRequest, request_id)
    if request is None:
        return None
    recorded = False
    if request.answer is None:
        try:
            # One savepoint: the token is marked used only if this answer counts.
            with session.begin_nested():
                consume(session, claims, now)
                # Conditional: of two concurrent answers, only the first one counts.
                changed = session.execute(
                    update(ReferralRequest)
                    .where(ReferralRequest.id == request_id, ReferralRequest.answer.is_(None))
                    .values(answer=answer, answered_at=now)
                    .execution_options(synchronize_session=False)
                ).rowcount
                if not changed:
                    raise _AnsweredMeanwhile()
        except (TokenAlreadyUsed, _AnsweredMeanwhile):
            pass
        else:
            recorded = True
            if answer == "stop":
                _opt_out(session, request.employee_id, request_id, now)
    session.flush()
    session.refresh(request)
    view = request_view(session, request_id)
    assert view is not None
    return AnswerOutcome(view, recorded)


def _opt_out(session: Session, employee_id: int, request_id: int, now: datetime) -> None:
    employee = session.get(Employee, employee_id)
    assert employee is not None
    if not employee.opted_out:
        employee.opted_out = True
        session.add(
            AuditEvent(
                at=now,
                actor=f"employee:{employee.employee_ref}",
                action="employee-opt-out",
                subject=f"employee:{employee_id}",
                details={"via": "answer link", "referral_request": request_id},
            )
        )


def record_introduction(
    session: Session, request_id: int, now: datetime | None = None
) -> RequestView | None:
    """The employee who knows the candidate says they made the introduction (once)."""
    now = now or datetime.now(UTC)
    session.execute(
        update(ReferralRequest)
        .where(
            ReferralRequest.id == request_id,
            ReferralRequest.answer == "known",
            ReferralRequest.introduced_at.is_(None),
        )
        .values(introduced_at=now)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    request = session.get(ReferralRequest, request_id)
    if request is None:
        return None
    session.refresh(request)
    return request_view(session, request_id)
