"""A candidate's objection (the opt-out link): recorded at once, for good.

Erasure of what is held is the privacy module's job; an objection already makes sure the
person is never contacted, proposed or re-imported again."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.tables import (
    AuditEvent,
    Candidate,
    Identity,
    ReferralRequest,
    Suppression,
)
from sourcing.dedupe.keys import EXACT_KINDS
from sourcing.suppression import identifier_hash


@dataclass(frozen=True)
class ObjectionOutcome:
    candidate_id: int
    found: bool
    already_recorded: bool
    suppressed_identifiers: int = 0
    cancelled_requests: int = 0


def record_candidate_objection(
    session: Session, candidate_id: int, actor: str = "candidate", now: datetime | None = None
) -> ObjectionOutcome:
    """Mark the candidate objected, add salted hashes of their identifiers (network ids,
    e-mails, profile URLs) to the suppression list, cancel referral requests about them
    not sent yet, and write an audit event. Recording it twice changes nothing."""
    now = now or datetime.now(UTC)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        return ObjectionOutcome(candidate_id, found=False, already_recorded=False)
    if candidate.objected_at is not None:
        return ObjectionOutcome(candidate_id, found=True, already_recorded=True)
    candidate.objected_at = now
    identifiers: set[tuple[str, str]] = set()
    for identity in session.scalars(select(Identity).where(Identity.candidate_id == candidate_id)):
        identifiers.add(("identity", f"{identity.source}:{identity.external_id}"))
        for key in identity.keys:
            if key.kind in EXACT_KINDS and key.value:
                identifiers.add((key.kind, key.value))
    hashes = {identifier_hash(kind, value): kind for kind, value in sorted(identifiers)}
    known = set(
        session.scalars(
            select(Suppression.identifier_hash).where(Suppression.identifier_hash.in_(hashes))
        )
    )
    session.add_all(
        Suppression(identifier_hash=digest, kind=kind, created_at=now)
        for digest, kind in hashes.items()
        if digest not in known
    )
    cancelled = session.execute(
        update(ReferralRequest)
        .where(ReferralRequest.candidate_id == candidate_id, ReferralRequest.status == "queued")
        .values(status="cancelled", last_error="the candidate objected")
    ).rowcount
    session.add(
        AuditEvent(
            at=now,
            actor=actor,
            action="candidate-objection",
            subject=f"candidate:{candidate_id}",
            details={
                "suppressed_identifiers": len(hashes),
                "cancelled_referral_requests": cancelled,
            },
        )
    )
    session.flush()
    return ObjectionOutcome(
        candidate_id,
        found=True,
        already_recorded=False,
        suppressed_identifiers=len(hashes),
        cancelled_requests=cancelled,
    )
