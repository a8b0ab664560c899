"""Referral metrics: the funnel per school and per employee, time to answer, the
reciprocity loop, and the talent pool's shape. ``load_*`` functions read the database
into plain facts; everything else is a pure function of those facts, shared by the web
page, ``vivier referrals report`` and the Prefect artifact.

Funnel stages, each a subset of the one before:

- proposed: a request was recorded for this employee and candidate;
- approved: not waiting for approval nor rejected (see ``NOT_APPROVED``);
- sent: it reached the employee (``sent_at``);
- answered: the employee answered through the link;
- known: the answer was "I know them";
- introduced: the employee said they made the introduction.
"""

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, computed_field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.tables import (
    Candidate,
    CandidateSkill,
    Education,
    Employee,
    Identity,
    IdentityKey,
    ReferralRequest,
)
from sourcing.parsing.vocab import fold

# Statuses of requests that were not approved (yet): awaiting the recruiter's decision,
# or turned down. Every other status passed approval (or auto-approval).
NOT_APPROVED = frozenset({"proposed", "pending", "awaiting_approval", "rejected", "declined"})
STAGES = ("proposed", "approved", "sent", "answered", "known", "introduced")
FRESHNESS_BUCKETS: tuple[tuple[str, timedelta | None], ...] = (
    ("< 7 days", timedelta(days=7)),
    ("7–30 days", timedelta(days=30)),
    ("1–3 months", timedelta(days=91)),
    ("3–12 months", timedelta(days=365)),
    ("> 1 year", None),
)


@dataclass(frozen=True)
class ReferralFact:
    """One referral request, as the metrics see it."""

    employee_id: int
    employee_name: str
    school_id: str
    school_name: str
    status: str
    sent_at: datetime | None = None
    answer: str | None = None
    answered_at: datetime | None = None
    introduced_at: datetime | None = None
    candidate_id: int = 0


@dataclass(frozen=True)
class Person:
    """An employee, or a candidate who was the subject of a referral request."""

    id: int
    name: str
    emails: frozenset[str] = frozenset()


class Funnel(BaseModel):
    proposed: int = 0
    approved: int = 0
    sent: int = 0
    answered: int = 0
    known: int = 0
    introduced: int = 0
    median_hours_to_answer: float | None = None


class GroupFunnel(BaseModel):
    key: str
    label: str
    funnel: Funnel


class ReciprocityGroup(BaseModel):
    employees: int = 0
    requests_sent: int = 0
    answered: int = 0
    known: int = 0
    introduced: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def known_per_employee(self) -> float:
        return round(self.known / self.employees, 2) if self.employees else 0.0


class Reciprocity(BaseModel):
    """Employees who were themselves referred (they once were a candidate someone was
    asked about) against the others, and how often each group vouches for someone."""

    referred_employee_names: list[str]
    referred: ReciprocityGroup
    others: ReciprocityGroup


class PoolStats(BaseModel):
    candidates: int
    people_per_network: list[tuple[str, int]]
    top_skills: list[tuple[str, int]]
    freshness: list[tuple[str, int]]


class ReferralReport(BaseModel):
    generated_at: datetime
    overall: Funnel
    by_school: list[GroupFunnel]
    by_employee: list[GroupFunnel]
    reciprocity: Reciprocity
    pool: PoolStats


# -- pure functions -----------------------------------------------------------------------


def _stage_flags(fact: ReferralFact) -> tuple[bool, ...]:
    approved = fact.status not in NOT_APPROVED
    sent = approved and fact.sent_at is not None
    answered = sent and fact.answered_at is not None
    known = answered and fact.answer == "known"
    introduced = known and fact.introduced_at is not None
    return (True, approved, sent, answered, known, introduced)


def median_hours_to_answer(facts: Iterable[ReferralFact]) -> float | None:
    """Median hours from sending to the answer, over the answered requests."""
    hours = [
        (f.answered_at - f.sent_at).total_seconds() / 3600
        for f in facts
        if f.sent_at is not None and f.answered_at is not None
    ]
    return round(statistics.median(hours), 2) if hours else None


def funnel(facts: Sequence[ReferralFact]) -> Funnel:
    counts = [0] * len(STAGES)
    for fact in facts:
        for index, passed in enumerate(_stage_flags(fact)):
            counts[index] += passed
    return Funnel(
        **dict(zip(STAGES, counts, strict=True)),
        median_hours_to_answer=median_hours_to_answer(facts),
    )


def funnel_by(
    facts: Sequence[ReferralFact], key: Callable[[ReferralFact], tuple[str, str]]
) -> list[GroupFunnel]:
    """One funnel per group (``key`` gives the group's id and label), most proposed first."""
    groups: dict[tuple[str, str], list[ReferralFact]] = defaultdict(list)
    for fact in facts:
        groups[key(fact)].append(fact)
    rows = [
        GroupFunnel(key=group_key, label=label, funnel=funnel(members))
        for (group_key, label), members in groups.items()
    ]
    return sorted(rows, key=lambda row: (-row.funnel.proposed, row.label))


def by_school(fact: ReferralFact) -> tuple[str, str]:
    return fact.school_id, fact.school_name


def by_employee(fact: ReferralFact) -> tuple[str, str]:
    return str(fact.employee_id), fact.employee_name


def same_person(employee: Person, candidate: Person) -> bool:
    """Same e-mail address, or the same full name (case and accents aside, two words
    at least: a lone first name says nothing)."""
    if employee.emails & candidate.emails:
        return True
    name = " ".join(fold(employee.name).split())
    return len(name.split()) >= 2 and name == " ".join(fold(candidate.name).split())


def reciprocity(
    employees: Sequence[Person],
    referred_candidates: Sequence[Person],
    facts: Sequence[ReferralFact],
) -> Reciprocity:
    """Split employees into those who were themselves referred and the others, and count
    what each group did with the requests it received."""
    referred_ids = {
        employee.id
        for employee in employees
        if any(same_person(employee, candidate) for candidate in referred_candidates)
    }
    groups = {True: ReciprocityGroup(), False: ReciprocityGroup()}
    for employee in employees:
        groups[employee.id in referred_ids].employees += 1
    for fact in facts:
        _, _, sent, answered, known, introduced = _stage_flags(fact)
        group = groups[fact.employee_id in referred_ids]
        group.requests_sent += sent
        group.answered += answered
        group.known += known
        group.introduced += introduced
    names = sorted(e.name for e in employees if e.id in referred_ids)
    return Reciprocity(referred_employee_names=names, referred=groups[True], others=groups[False])


def freshness(ages: Iterable[timedelta]) -> list[tuple[str, int]]:
    """How many profiles were last fetched within each age bucket."""
    counts = Counter[str]()
    for age in ages:
        for label, limit in FRESHNESS_BUCKETS:
            if limit is None or age < limit:
                counts[label] += 1
                break
    return [(label, counts[label]) for label, _ in FRESHNESS_BUCKETS]


# -- reading the database -----------------------------------------------------------------


def load_referral_facts(session: Session) -> list[ReferralFact]:
    employees = dict(session.execute(select(Employee.id, Employee.full_name)).tuples().all())
    school_names = dict(
        session.execute(
            select(Education.school_id, func.min(Education.school_name)).group_by(
                Education.school_id
            )
        )
        .tuples()
        .all()
    )
    rows = session.execute(
        select(
            ReferralRequest.employee_id,
            ReferralRequest.school_id,
            ReferralRequest.status,
            ReferralRequest.sent_at,
            ReferralRequest.answer,
            ReferralRequest.answered_at,
            ReferralRequest.introduced_at,
            ReferralRequest.candidate_id,
        ).order_by(ReferralRequest.id)
    ).tuples()
    return [
        ReferralFact(
            employee_id=employee_id,
            employee_name=employees.get(employee_id, f"employee {employee_id}"),
            school_id=school_id,
            school_name=school_names.get(school_id, school_id),
            status=status,
            sent_at=sent_at,
            answer=answer,
            answered_at=answered_at,
            introduced_at=introduced_at,
            candidate_id=candidate_id,
        )
        for (
            employee_id,
            school_id,
            status,
            sent_at,
            answer,
            answered_at,
            introduced_at,
            candidate_id,
        ) in rows
    ]


def load_people(session: Session) -> tuple[list[Person], list[Person]]:
    """The employees, and the candidates someone was asked about (with their e-mails)."""
    employees = [
        Person(id, name, frozenset({email.strip().lower()}) if email else frozenset())
        for id, name, email in session.execute(
            select(Employee.id, Employee.full_name, Employee.email)
        ).tuples()
    ]
    referred = select(ReferralRequest.candidate_id).distinct()
    emails: dict[int, set[str]] = defaultdict(set)
    for candidate_id, email in session.execute(
        select(Identity.candidate_id, IdentityKey.value)
        .join(IdentityKey, IdentityKey.identity_id == Identity.id)
        .where(IdentityKey.kind == "email", Identity.candidate_id.in_(referred))
    ).tuples():
        if candidate_id is not None:
            emails[candidate_id].add(email)
    candidates = [
        Person(id, name, frozenset(emails.get(id, set())))
        for id, name in session.execute(
            select(Candidate.id, Candidate.display_name).where(Candidate.id.in_(referred))
        ).tuples()
    ]
    return employees, candidates


def load_pool_stats(session: Session, now: datetime, top: int = 10) -> PoolStats:
    candidates = session.scalar(select(func.count(Candidate.id))) or 0
    per_network = session.execute(
        select(Identity.source, func.count(func.distinct(Identity.candidate_id)))
        .where(Identity.candidate_id.is_not(None))
        .group_by(Identity.source)
    ).tuples()
    skills = session.execute(
        select(func.min(CandidateSkill.label), func.count(CandidateSkill.candidate_id))
        .group_by(CandidateSkill.skill_id)
        .order_by(func.count(CandidateSkill.candidate_id).desc(), func.min(CandidateSkill.label))
        .limit(top)
    ).tuples()
    last_fetched = session.scalars(
        select(func.max(Identity.fetched_at))
        .where(Identity.candidate_id.is_not(None))
        .group_by(Identity.candidate_id)
    )
    ages = [now - _aware(at) for at in last_fetched if at is not None]
    return PoolStats(
        candidates=candidates,
        people_per_network=sorted(per_network, key=lambda item: (-item[1], item[0])),
        top_skills=list(skills),
        freshness=freshness(ages),
    )


def _aware(value: datetime | str) -> datetime:
    # An aggregate (max) bypasses the column type: SQLite hands back naive text.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def build_report(session: Session, now: datetime | None = None) -> ReferralReport:
    now = now or datetime.now(UTC)
    facts = load_referral_facts(session)
    employees, referred_candidates = load_people(session)
    return ReferralReport(
        generated_at=now,
        overall=funnel(facts),
        by_school=funnel_by(facts, by_school),
        by_employee=funnel_by(facts, by_employee),
        reciprocity=reciprocity(employees, referred_candidates, facts),
        pool=load_pool_stats(session, now),
    )


def report_markdown(report: ReferralReport) -> str:
    """The report as Markdown tables (for a Prefect artifact or a chat message)."""
    header = "| | " + " | ".join(STAGES) + " | median h to answer |"
    rule = "|---" * (len(STAGES) + 2) + "|"

    def row(label: str, f: Funnel) -> str:
        median = "–" if f.median_hours_to_answer is None else f"{f.median_hours_to_answer:g}"
        cells = [str(getattr(f, stage)) for stage in STAGES]
        return f"| {_md(label)} | " + " | ".join(cells) + f" | {median} |"

    lines = ["## Referral funnel", "", header, rule, row("all", report.overall)]
    lines += ["", "### Per school", "", header, rule]
    lines += [row(g.label, g.funnel) for g in report.by_school]
    lines += ["", "### Per employee", "", header, rule]
    lines += [row(g.label, g.funnel) for g in report.by_employee]
    r = report.reciprocity
    lines += [
        "",
        "### Reciprocity",
        "",
        "| employees | count | requests sent | answered | known | introduced |",
        "|---|---|---|---|---|---|",
    ]
    for label, group in (("referred themselves", r.referred), ("others", r.others)):
        lines.append(
            f"| {label} | {group.employees} | {group.requests_sent} | {group.answered} | "
            f"{group.known} | {group.introduced} |"
        )
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
