"""Incremental entity resolution against the pool: each new or changed identity is
compared only with the identities sharing one of its keys, then clustered with them.
Existing candidates keep their ids; merges record their evidence."""

import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.schemas import ParsedProfile
from models.tables import (
    AuditEvent,
    Candidate,
    Identity,
    IdentityKey,
    MatchLink,
    PrivacyNotice,
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
from sourcing.dedupe.pool_model import UNCONSTRAINED_SOURCES, current_model
from sourcing.parsing.vocab import fold


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


def index_keys(session: Session, identities: Iterable[Identity]) -> None:
    """Replace the identities' stored exact and blocking keys (one delete, one insert)."""
    identities = list(identities)
    ids = [i.id for i in identities]
    for start in range(0, len(ids), 500):
        session.execute(
            delete(IdentityKey).where(IdentityKey.identity_id.in_(ids[start : start + 500])),
            execution_options={"synchronize_session": False},  # keys are never loaded
        )
    rows = [
        {"identity_id": i.id, "kind": k.kind, "value": k.value}
        for i in identities
        for k in sorted(identity_keys(i), key=lambda k: (k.kind, k.value))
    ]
    if rows:
        session.execute(insert(IdentityKey), rows)


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
    index_keys(session, targets)
    session.flush()

    values = {value for _, _, value in _keys_where(session, IdentityKey.identity_id, identity_ids)}
    neighbours = {i for i, _, _ in _keys_where(session, IdentityKey.value, values)}

    # Everything the clustering must see: targets, their neighbours, and the other
    # identities of every candidate involved. They are clustered again from scratch, so
    # the result does not depend on the order identities arrived in (incremental =
    # batch); existing candidates keep their ids.
    involved_ids = set(identity_ids) | neighbours
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
    pairs = _pairs_sharing_a_key(session, set(involved))

    edges: list[Edge] = []
    decided = {
        pair: status
        for pair, status in _review_decisions(session, set(involved)).items()
        if status != "pending"
    }
    queued: dict[tuple[int, int], tuple[float, dict[str, object]]] = {}
    # "Different" holds through third identities too: a split stays split.
    cannot_link: dict[int, set[int]] = defaultdict(set)
    for (a, b), status in decided.items():
        if status == "different":
            cannot_link[a].add(b)
            cannot_link[b].add(a)
    evidence: dict[tuple[int, int], dict[str, object]] = {}
    fuzzy: list[tuple[int, int]] = []
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
        fuzzy.append((a, b))

    fitted = current_model(session)
    if fitted is None:  # preset weights
        for a, b in fuzzy:
            comparison = compare(records[a], records[b], config)
            if comparison.score >= config.match_threshold:
                edges.append(Edge(a, b, comparison.score, "fuzzy"))
                evidence[(a, b)] = {**comparison.evidence(), "config": config.as_dict()}
            elif comparison.score >= config.review_threshold and (a, b) not in decided:
                queued[(a, b)] = (comparison.score, comparison.evidence())
    else:
        scored = fitted.score([involved[i] for i in sorted(involved)], fuzzy)
        for (a, b), (weight, why) in zip(fuzzy, scored, strict=True):
            if weight >= fitted.model.match_weight_threshold:
                edges.append(Edge(a, b, float(why["score"]), "model"))  # type: ignore[arg-type]
                evidence[(a, b)] = why
            elif weight < config.cannot_link_weight:
                cannot_link[a].add(b)
                cannot_link[b].add(a)
            elif weight >= config.review_match_weight and (a, b) not in decided:
                queued[(a, b)] = (float(why["score"]), why)  # type: ignore[arg-type]
    report.review_pairs += _update_review_queue(session, set(involved), queued)

    sources = {
        i: (None if identity.source in UNCONSTRAINED_SOURCES else identity.source)
        for i, identity in involved.items()
    }
    clusters, _refused = cluster(sources, edges, cannot_link)
    _assign(session, [sorted(members) for members in clusters], involved, report)
    rules = {(e.a, e.b): e.rule for e in edges}
    links = _links_among(session, set(involved))
    for (a, b), ev in evidence.items():
        if involved[a].candidate_id == involved[b].candidate_id:
            score = float(ev.get("score", 1.0))  # type: ignore[arg-type]
            link = links.get((a, b))
            if link is None:
                link = MatchLink(identity_a_id=a, identity_b_id=b)
                session.add(link)
            link.rule, link.score, link.evidence = rules[(a, b)], score, ev
            report.links += 1
    for (a, b), link in links.items():
        # Match evidence between identities that are no longer one candidate is stale.
        if involved[a].candidate_id != involved[b].candidate_id:
            session.delete(link)
    session.flush()
    return report


def _pairs_sharing_a_key(session: Session, identity_ids: set[int]) -> dict[tuple[int, int], str]:
    """Every pair of the given identities that shares a key, with the strongest key
    (an exact key's ``kind:value``, else ``block``)."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for identity_id, kind, value in _keys_where(session, IdentityKey.identity_id, identity_ids):
        groups[(kind, value)].append(identity_id)
    pairs: dict[tuple[int, int], str] = {}
    for (kind, value), members in sorted(groups.items()):
        for a, b in itertools.combinations(sorted(set(members)), 2):
            if kind in EXACT_KINDS:
                pairs[(a, b)] = f"{kind}:{value}"
            else:
                pairs.setdefault((a, b), "block")
    return pairs


def _keys_where(
    session: Session, column: InstrumentedAttribute[Any], wanted: Iterable[Any]
) -> list[tuple[int, str, str]]:
    """The stored keys (identity id, kind, value) whose ``column`` is one of ``wanted``,
    queried in chunks that every database accepts."""
    ordered = sorted(set(wanted))
    rows: list[tuple[int, str, str]] = []
    for start in range(0, len(ordered), 500):
        rows += session.execute(
            select(IdentityKey.identity_id, IdentityKey.kind, IdentityKey.value).where(
                column.in_(ordered[start : start + 500])
            )
        ).tuples()
    return rows


def _review_decisions(session: Session, ids: set[int]) -> dict[tuple[int, int], str]:
    """Every review status between two of the given identities."""
    if not ids:
        return {}
    rows = session.scalars(
        select(ReviewPair).where(
            ReviewPair.identity_a_id.in_(ids), ReviewPair.identity_b_id.in_(ids)
        )
    )
    return {(r.identity_a_id, r.identity_b_id): r.status for r in rows}


def _update_review_queue(
    session: Session,
    ids: set[int],
    queued: dict[tuple[int, int], tuple[float, dict[str, object]]],
) -> int:
    """Make the pending reviews among ``ids`` the ``queued`` pairs: new ones are added,
    kept ones get the latest score and evidence, and pending pairs that this resolution
    settled (merged, or clearly different) leave the queue. Returns how many are new."""
    pending = {
        (r.identity_a_id, r.identity_b_id): r
        for r in session.scalars(
            select(ReviewPair).where(
                ReviewPair.status == "pending",
                ReviewPair.identity_a_id.in_(ids),
                ReviewPair.identity_b_id.in_(ids),
            )
        )
    }
    for pair, row in pending.items():
        if pair in queued:
            row.score, row.evidence = queued[pair]
        else:
            session.delete(row)
    new = [pair for pair in queued if pair not in pending]
    for a, b in new:
        score, evidence = queued[(a, b)]
        session.add(ReviewPair(identity_a_id=a, identity_b_id=b, score=score, evidence=evidence))
    return len(new)


def _links_among(session: Session, ids: set[int]) -> dict[tuple[int, int], MatchLink]:
    """The stored match links between two of the given identities."""
    ordered = sorted(ids)
    links: dict[tuple[int, int], MatchLink] = {}
    for start in range(0, len(ordered), 500):
        for link in session.scalars(
            select(MatchLink).where(MatchLink.identity_a_id.in_(ordered[start : start + 500]))
        ):
            if link.identity_b_id in ids:
                links[(link.identity_a_id, link.identity_b_id)] = link
    return links


def _assign(
    session: Session,
    clusters: list[list[int]],
    involved: dict[int, Identity],
    report: ResolveReport,
) -> None:
    """Give each cluster a candidate: the existing candidate it shares most identities
    with (the older one on a tie), else a new one. A candidate left with none of its
    identities is merged into the candidate that took most of them."""
    before = {i: identity.candidate_id for i, identity in involved.items()}
    overlaps = sorted(
        (-count, candidate_id, index)
        for index, members in enumerate(clusters)
        for candidate_id, count in Counter(before[i] for i in members if before[i]).items()
    )
    owner: dict[int, int] = {}
    taken: set[int] = set()
    for _, candidate_id, index in overlaps:
        if index not in owner and candidate_id not in taken:
            owner[index] = candidate_id
            taken.add(candidate_id)
    fresh = [index for index in range(len(clusters)) if index not in owner]
    new_candidates = [Candidate() for _ in fresh]
    session.add_all(new_candidates)
    session.flush()  # ids in cluster order, as one flush per candidate would give
    owner.update((index, c.id) for index, c in zip(fresh, new_candidates, strict=True))
    report.new_candidates += len(fresh)
    for index, members in enumerate(clusters):
        for i in members:
            if before[i] and before[i] != owner[index]:
                session.add(
                    AuditEvent(
                        action="reassign",
                        subject=f"identity:{i}",
                        details={"from": before[i], "to": owner[index]},
                    )
                )
            involved[i].candidate_id = owner[index]
        report.touched_candidates.add(owner[index])
    session.flush()
    emptied = {c for c in before.values() if c} - set(owner.values())
    for loser in sorted(emptied):
        takers = Counter(involved[i].candidate_id for i, c in before.items() if c == loser)
        _merge_candidates(session, takers.most_common(1)[0][0], loser)  # type: ignore[arg-type]
        report.merged_candidates += 1
    report.touched_candidates.update(c for c in before.values() if c and c not in emptied)


_FETCH = {"synchronize_session": "fetch"}  # RETURNING, not a scan of the identity map
_NOTICE_PROGRESS = ("unreachable", "queued", "sending", "sent")


def _merge_candidates(session: Session, survivor: int, loser: int) -> None:
    """Move everything of ``loser`` onto ``survivor`` and drop ``loser``."""
    session.execute(
        update(Identity).where(Identity.candidate_id == loser).values(candidate_id=survivor),
        execution_options=_FETCH,
    )
    session.execute(
        delete(SearchResult).where(SearchResult.candidate_id == loser), execution_options=_FETCH
    )
    kept = select(ReferralRequest.employee_id, ReferralRequest.search_id).where(
        ReferralRequest.candidate_id == survivor
    )
    for employee_id, search_id in session.execute(kept).all():
        session.execute(
            delete(ReferralRequest).where(
                ReferralRequest.candidate_id == loser,
                ReferralRequest.employee_id == employee_id,
                ReferralRequest.search_id == search_id,
                # never sent: awaiting approval or delivery, or closed without a message
                ReferralRequest.status.in_(("pending", "approved", "rejected", "cancelled")),
            ),
            execution_options=_FETCH,
        )
    session.execute(
        update(ReferralRequest)
        .where(ReferralRequest.candidate_id == loser)
        .values(candidate_id=survivor),
        execution_options=_FETCH,
    )
    _merge_notices(session, survivor, loser)
    session.execute(delete(Candidate).where(Candidate.id == loser), execution_options=_FETCH)
    session.add(
        AuditEvent(action="merge", subject=f"candidate:{loser}", details={"into": survivor})
    )


def _merge_notices(session: Session, survivor: int, loser: int) -> None:
    """One person, one Art. 14 notice: the survivor keeps the one furthest along (a
    notice already sent is never sent again to the merged person)."""
    notices = {
        n.candidate_id: n
        for n in session.scalars(
            select(PrivacyNotice).where(PrivacyNotice.candidate_id.in_((survivor, loser)))
        )
    }
    if loser not in notices:
        return
    kept = notices.get(survivor)
    if kept is not None and _NOTICE_PROGRESS.index(kept.status) >= _NOTICE_PROGRESS.index(
        notices[loser].status
    ):
        session.delete(notices[loser])
        return
    if kept is not None:
        session.delete(kept)
        session.flush()
    notices[loser].candidate_id = survivor
    session.flush()
