"""Incremental entity resolution against the pool: each new or changed identity is
compared only with the identities sharing one of its keys, then clustered with them.
Existing candidates keep their ids; merges record their evidence."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from models.schemas import ParsedProfile
from models.tables import (
    AuditEvent,
    Candidate,
    Identity,
    IdentityKey,
    MatchLink,
    ReferralRequest,
    ReviewPair,
    SearchResult,
)
from sourcing.dedupe.cluster import Edge, cluster
from sourcing.dedupe.compare import DedupeConfig, PersonRecord, compare, name_level
from sourcing.dedupe.keys import (
    EXACT_KINDS,
    Key,
    blocking_keys,
    exact_keys,
    profile_url_key,
)
from sourcing.parsing.vocab import fold

_UNCONSTRAINED_SOURCES = {"text"}
_KEEP_TOGETHER = 2.0


@dataclass
class ResolveReport:
    touched_candidates: set[int] = field(default_factory=set)
    new_candidates: int = 0
    merged_candidates: int = 0
    links: int = 0
    review_pairs: int = 0


def _parsed(identity: Identity) -> ParsedProfile:
    return ParsedProfile.model_validate(identity.parsed or {})


def _record(identity: Identity) -> PersonRecord:
    parsed = _parsed(identity)
    return PersonRecord(
        identity_id=identity.id,
        source=identity.source,
        name=parsed.name or identity.display_name,
        handle=identity.handle,
        city=fold(parsed.location.city) if parsed.location.city else None,
        skills=frozenset(s.id for s in parsed.skills),
        schools=frozenset(s.id for s in parsed.schools),
        employers=frozenset(fold(e) for e in parsed.employers),
    )


def identity_keys(identity: Identity) -> set[Key]:
    """An identity's exact and blocking keys, from its parse."""
    parsed = _parsed(identity)
    return exact_keys(identity.url, parsed) | blocking_keys(
        parsed.name or identity.display_name, identity.handle, parsed.location.city
    )


def index_keys(session: Session, identity: Identity) -> None:
    """Replace an identity's stored exact and blocking keys."""
    keys = identity_keys(identity)
    session.execute(delete(IdentityKey).where(IdentityKey.identity_id == identity.id))
    session.add_all(IdentityKey(identity_id=identity.id, kind=k.kind, value=k.value) for k in keys)


def take_turns(session: Session, key_values: set[str]) -> None:
    """Transactions resolving identities that share a key take turns, so two flows
    ingesting one person at once end with one candidate. PostgreSQL advisory locks,
    released at commit, taken in one order so that two transactions cannot deadlock.
    (SQLite lets one writer at a time anyway.)"""
    if session.get_bind().dialect.name != "postgresql":
        return
    for lock_id in sorted({_lock_id(value) for value in key_values}):
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})


def _lock_id(value: str) -> int:
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def resolve(session: Session, identity_ids: list[int], config: DedupeConfig) -> ResolveReport:
    """Link the given (parsed) identities to candidates, creating or merging candidates."""
    report = ResolveReport()
    if not identity_ids:
        return report
    by_id = select(Identity).where(Identity.id.in_(identity_ids))
    take_turns(session, {k.value for i in session.scalars(by_id) for k in identity_keys(i)})
    # Read again after the locks: another transaction may have resolved them meanwhile.
    targets = session.scalars(by_id.execution_options(populate_existing=True)).all()
    for identity in targets:
        index_keys(session, identity)
    session.flush()

    target_keys = session.execute(
        select(IdentityKey.identity_id, IdentityKey.kind, IdentityKey.value).where(
            IdentityKey.identity_id.in_(identity_ids)
        )
    ).all()
    values = {value for _, _, value in target_keys}
    sharing: dict[tuple[str, str], set[int]] = defaultdict(set)
    for chunk in _chunks(sorted(values), 500):
        for identity_id, kind, value in session.execute(
            select(IdentityKey.identity_id, IdentityKey.kind, IdentityKey.value).where(
                IdentityKey.value.in_(chunk)
            )
        ):
            sharing[(kind, value)].add(identity_id)

    pairs: dict[tuple[int, int], str] = {}
    for identity_id, kind, value in target_keys:
        for other in sharing[(kind, value)]:
            if other == identity_id:
                continue
            pair = (min(identity_id, other), max(identity_id, other))
            if kind in EXACT_KINDS or pair not in pairs:
                pairs[pair] = f"{kind}:{value}" if kind in EXACT_KINDS else "block"

    # Everything the clustering must see: targets, their neighbours, and the other
    # identities of every candidate involved (to keep candidates whole).
    involved_ids = set(identity_ids) | {i for pair in pairs for i in pair}
    fresh = {"populate_existing": True}
    involved = {
        i.id: i
        for i in session.scalars(
            select(Identity).where(Identity.id.in_(involved_ids)).execution_options(**fresh)
        )
    }
    candidate_ids = {i.candidate_id for i in involved.values() if i.candidate_id}
    if candidate_ids:
        for identity in session.scalars(
            select(Identity)
            .where(Identity.candidate_id.in_(candidate_ids))
            .execution_options(**fresh)
        ):
            involved[identity.id] = identity
    records = {i: _record(identity) for i, identity in involved.items()}

    edges: list[Edge] = []
    by_candidate: dict[int, list[int]] = defaultdict(list)
    for identity in involved.values():
        if identity.candidate_id and identity.id not in identity_ids:
            by_candidate[identity.candidate_id].append(identity.id)
    for members in by_candidate.values():
        edges.extend(Edge(members[0], m, _KEEP_TOGETHER, "same-candidate") for m in members[1:])

    decided = _review_decisions(session, pairs)
    evidence: dict[tuple[int, int], dict[str, object]] = {}
    for (a, b), why in pairs.items():
        ra, rb = records[a], records[b]
        if decided.get((a, b)) == "different":
            continue
        if decided.get((a, b)) == "same":
            edges.append(Edge(a, b, 1.5, "review-decision"))
            continue
        if why != "block":
            own_urls = {profile_url_key(involved[a].url), profile_url_key(involved[b].url)}
            key_value = why.split(":", 1)[1]
            names_agree = name_level(ra.name or ra.handle, rb.name or rb.handle, config) != "else"
            if why.startswith("email") or key_value in own_urls or names_agree:
                edges.append(Edge(a, b, 1.0, why.split(":", 1)[0]))
                evidence[(a, b)] = {"key": why, "config": config.as_dict()}
                continue
        comparison = compare(ra, rb, config)
        if comparison.score >= config.match_threshold:
            edges.append(Edge(a, b, comparison.score, "fuzzy"))
            evidence[(a, b)] = {**comparison.evidence(), "config": config.as_dict()}
        elif comparison.score >= config.review_threshold and (a, b) not in decided:
            report.review_pairs += _queue_review(session, a, b, comparison.evidence())

    sources = {
        i: (None if identity.source in _UNCONSTRAINED_SOURCES else identity.source)
        for i, identity in involved.items()
    }
    clusters, _refused = cluster(sources, edges)
    accepted = {(e.a, e.b) for e in edges}
    for members in clusters:
        _assign(session, [involved[i] for i in sorted(members)], report)
    for (a, b), ev in evidence.items():
        if (a, b) in accepted and involved[a].candidate_id == involved[b].candidate_id:
            rule = next(e.rule for e in edges if (e.a, e.b) == (a, b))
            _link(session, a, b, rule, float(ev.get("score", 1.0)), ev)  # type: ignore[arg-type]
            report.links += 1
    session.flush()
    return report


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _review_decisions(
    session: Session, pairs: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    if not pairs:
        return {}
    ids = {i for pair in pairs for i in pair}
    rows = session.scalars(
        select(ReviewPair).where(
            ReviewPair.identity_a_id.in_(ids), ReviewPair.identity_b_id.in_(ids)
        )
    )
    return {(r.identity_a_id, r.identity_b_id): r.status for r in rows}


def _queue_review(session: Session, a: int, b: int, evidence: dict[str, object]) -> int:
    session.add(
        ReviewPair(
            identity_a_id=a,
            identity_b_id=b,
            score=float(evidence["score"]),  # type: ignore[arg-type]
            evidence=evidence,
        )
    )
    return 1


def _link(
    session: Session, a: int, b: int, rule: str, score: float, evidence: dict[str, object]
) -> None:
    existing = session.scalar(
        select(MatchLink).where(MatchLink.identity_a_id == a, MatchLink.identity_b_id == b)
    )
    if existing is None:
        session.add(
            MatchLink(identity_a_id=a, identity_b_id=b, rule=rule, score=score, evidence=evidence)
        )
    else:
        existing.rule, existing.score, existing.evidence = rule, score, evidence


def _assign(session: Session, members: list[Identity], report: ResolveReport) -> None:
    existing = sorted({m.candidate_id for m in members if m.candidate_id})
    if not existing:
        candidate = Candidate()
        session.add(candidate)
        session.flush()
        survivor = candidate.id
        report.new_candidates += 1
    else:
        survivor = existing[0]
        for loser in existing[1:]:
            _merge_candidates(session, survivor, loser)
            report.merged_candidates += 1
    for member in members:
        member.candidate_id = survivor
    report.touched_candidates.add(survivor)


def _merge_candidates(session: Session, survivor: int, loser: int) -> None:
    """Move everything of ``loser`` onto ``survivor`` and drop ``loser``."""
    session.execute(
        update(Identity).where(Identity.candidate_id == loser).values(candidate_id=survivor)
    )
    session.execute(delete(SearchResult).where(SearchResult.candidate_id == loser))
    kept = select(ReferralRequest.employee_id, ReferralRequest.search_id).where(
        ReferralRequest.candidate_id == survivor
    )
    for employee_id, search_id in session.execute(kept).all():
        session.execute(
            delete(ReferralRequest).where(
                ReferralRequest.candidate_id == loser,
                ReferralRequest.employee_id == employee_id,
                ReferralRequest.search_id == search_id,
                ReferralRequest.status.in_(("queued", "proposed")),
            )
        )
    session.execute(
        update(ReferralRequest)
        .where(ReferralRequest.candidate_id == loser)
        .values(candidate_id=survivor)
    )
    session.execute(delete(Candidate).where(Candidate.id == loser))
    session.add(
        AuditEvent(action="merge", subject=f"candidate:{loser}", details={"into": survivor})
    )
