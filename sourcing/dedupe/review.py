"""The review queue and undo: what a recruiter decides about uncertain pairs, and
splitting a candidate that should not have been merged. Every decision is stored on
the pair (``review_pair``), written to the audit log, and remembered by every later
resolution: a "different" pair is never merged again, even through a third identity."""

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.tables import AuditEvent, Candidate, Identity, MatchLink, ReviewPair
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.resolve import ResolveReport, resolve

Decision = Literal["same", "different"]


class ReviewError(ValueError):
    """A review or split that cannot be done as asked (the message says why)."""


@dataclass(frozen=True)
class ReviewSide:
    identity_id: int
    candidate_id: int | None
    source: str
    name: str
    url: str


@dataclass(frozen=True)
class ReviewItem:
    pair_id: int
    score: float
    levels: dict[str, str]
    a: ReviewSide
    b: ReviewSide
    # for a match that clustering left apart: why it was not merged
    not_merged: str | None = None


def _side(identity: Identity) -> ReviewSide:
    name = (identity.parsed or {}).get("name") or identity.display_name or identity.handle
    return ReviewSide(identity.id, identity.candidate_id, identity.source, name, identity.url)


@dataclass(frozen=True)
class MatchReason:
    a: ReviewSide
    b: ReviewSide
    rule: str
    score: float
    levels: dict[str, str]
    key: str | None


def explain(session: Session, candidate_id: int) -> tuple[list[ReviewSide], list[MatchReason]]:
    """A candidate's identities and why each pair of them was matched."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise ReviewError(f"no candidate {candidate_id}")
    sides = {i.id: _side(i) for i in candidate.identities}
    links = session.scalars(
        select(MatchLink)
        .where(MatchLink.identity_a_id.in_(sides), MatchLink.identity_b_id.in_(sides))
        .order_by(MatchLink.score.desc(), MatchLink.id)
    )
    reasons = [
        MatchReason(
            a=sides[link.identity_a_id],
            b=sides[link.identity_b_id],
            rule=link.rule,
            score=link.score,
            levels=dict((link.evidence or {}).get("levels", {})),
            key=(link.evidence or {}).get("key"),
        )
        for link in links
    ]
    return list(sides.values()), reasons


def pending_reviews(session: Session, limit: int = 50) -> list[ReviewItem]:
    """Uncertain pairs awaiting a decision, most likely matches first."""
    pairs = session.scalars(
        select(ReviewPair)
        .where(ReviewPair.status == "pending")
        .order_by(ReviewPair.score.desc(), ReviewPair.id)
        .limit(limit)
    ).all()
    ids = {i for p in pairs for i in (p.identity_a_id, p.identity_b_id)}
    identities = {i.id: i for i in session.scalars(select(Identity).where(Identity.id.in_(ids)))}
    return [
        ReviewItem(
            pair_id=p.id,
            score=p.score,
            levels=dict((p.evidence or {}).get("levels", {})),
            a=_side(identities[p.identity_a_id]),
            b=_side(identities[p.identity_b_id]),
            not_merged=(p.evidence or {}).get("not_merged"),
        )
        for p in pairs
    ]


def decide(
    session: Session, pair_id: int, decision: Decision, decided_by: str, config: DedupeConfig
) -> ResolveReport:
    """Record a decision on a queued pair and resolve its two identities again, so a
    "same" merges them now and a "different" keeps them apart from now on; the
    candidates touched get their summaries recomputed. A "same" pair that clustering
    still keeps apart (two accounts on one network, or an identity reviewed as
    different from the other side) is in the report's ``not_merged`` and the pair's
    evidence, with why, and a "not-merged" audit event says so."""
    if decision not in ("same", "different"):
        raise ReviewError(f"decision must be 'same' or 'different', not {decision!r}")
    pair = session.get(ReviewPair, pair_id)
    if pair is None:
        raise ReviewError(f"no review pair {pair_id}")
    pair.status, pair.decided_by, pair.decided_at = decision, decided_by, utcnow()
    subject = f"identities:{pair.identity_a_id},{pair.identity_b_id}"
    session.add(
        AuditEvent(
            actor=decided_by,
            action="review",
            subject=subject,
            details={"decision": decision, "score": pair.score},
        )
    )
    session.flush()
    report = resolve(session, [pair.identity_a_id, pair.identity_b_id], config)
    why = report.not_merged.get((pair.identity_a_id, pair.identity_b_id))
    if why is not None:
        pair.evidence = {**(pair.evidence or {}), "not_merged": why}
        session.add(
            AuditEvent(actor=decided_by, action="not-merged", subject=subject, details={"why": why})
        )
    from sourcing.pool import refresh_candidates  # the pool builds on dedupe, not the reverse

    refresh_candidates(session, report.touched_candidates)
    return report


def split(session: Session, candidate_id: int, identity_ids: list[int], decided_by: str) -> int:
    """Undo a merge: move the given identities of a candidate to a new candidate. The
    candidate keeps its id and its other identities; each moved identity is recorded as
    "different" from each one left, so no later run merges them back. Returns the new
    candidate's id."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise ReviewError(f"no candidate {candidate_id}")
    members = {i.id: i for i in candidate.identities}
    moving = sorted(set(identity_ids))
    unknown = [i for i in moving if i not in members]
    if unknown:
        raise ReviewError(
            f"identities {unknown} are not part of candidate {candidate_id} "
            f"(its identities: {sorted(members)})"
        )
    staying = sorted(set(members) - set(moving))
    if not moving or not staying:
        raise ReviewError("a split must move some identities and leave at least one")
    new = Candidate()
    session.add(new)
    session.flush()
    for identity_id in moving:
        members[identity_id].candidate_id = new.id
    for a, b in ((min(m, s), max(m, s)) for m in moving for s in staying):
        _record_different(session, a, b, decided_by)
    session.execute(
        delete(MatchLink).where(
            or_(
                MatchLink.identity_a_id.in_(moving) & MatchLink.identity_b_id.in_(staying),
                MatchLink.identity_a_id.in_(staying) & MatchLink.identity_b_id.in_(moving),
            )
        )
    )
    session.add(
        AuditEvent(
            actor=decided_by,
            action="split",
            subject=f"candidate:{candidate_id}",
            details={"moved": moving, "into": new.id, "kept": staying},
        )
    )
    session.flush()
    from sourcing.pool import refresh_candidates  # the pool builds on dedupe, not the reverse

    session.expire_all()
    refresh_candidates(session, [candidate_id, new.id])
    return new.id


def _record_different(session: Session, a: int, b: int, decided_by: str) -> None:
    pair = session.scalar(
        select(ReviewPair).where(ReviewPair.identity_a_id == a, ReviewPair.identity_b_id == b)
    )
    if pair is None:
        pair = ReviewPair(identity_a_id=a, identity_b_id=b, score=0.0, evidence={"split": True})
        session.add(pair)
    pair.status, pair.decided_by, pair.decided_at = "different", decided_by, utcnow()
