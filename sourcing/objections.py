"""A candidate's objection (the opt-out link in their Art. 14 notice): honoured at once
and for good. Everything held about them is erased and their identifiers join the
suppression list, exactly as ``vivier erase`` does (``privacy.erase_candidate``)."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from models.tables import Candidate
from sourcing.privacy import erase_candidate


@dataclass(frozen=True)
class ObjectionOutcome:
    candidate_id: int
    found: bool
    already_recorded: bool
    suppressed_identifiers: int = 0
    cancelled_requests: int = 0


def record_candidate_objection(
    session: Session,
    candidate_id: int,
    actor: str = "candidate",
    outbox: Path | None = None,
) -> ObjectionOutcome:
    """Erase the candidate and suppress their identifiers (audited as an objection).
    A candidate no longer in the pool has nothing left to erase: ``found`` is False."""
    if session.get(Candidate, candidate_id) is None:
        return ObjectionOutcome(candidate_id, found=False, already_recorded=False)
    report = erase_candidate(session, candidate_id, actor, outbox=outbox)
    return ObjectionOutcome(
        candidate_id,
        found=True,
        already_recorded=False,
        suppressed_identifiers=report.suppressed_identifiers,
        cancelled_requests=report.referral_requests,
    )
