"""Incremental entity resolution against the pool: each new or changed identity is
compared only with the identities sharing one of its keys, then clustered with them by
average linkage (the in-memory engine's ``cluster.average_linkage``): exact keys and
"same" review decisions first, then the match edges strongest first, each joining two
clusters only if the pairs across them weigh a match on average and none is a clear
non-match (single linkage while the preset weights apply, see ``_Closure.clusters``).
Existing candidates keep their ids; merges record their evidence."""

import hashlib
import math
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
from sourcing.dedupe.cluster import Edge, Refusal, average_linkage_clusters
from sourcing.dedupe.compare import DedupeConfig, PersonRecord, compare, name_level
from sourcing.dedupe.keys import (
    EXACT_KINDS,
    Key,
    blocking_keys,
    declared_sites,
    email_local_parts,
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
    # pairs reviewed as the same person that clustering still keeps apart, and why
    not_merged: dict[tuple[int, int], str] = field(default_factory=dict)


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
    identifiers = [*email_local_parts(parsed.emails), *declared_sites(parsed.urls, identity.url)]
    return exact_keys(identity.url, parsed) | blocking_keys(
        parsed.name or identity.display_name, identity.handle, parsed.location.city, identifiers
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


# Advisory locks are taken on a fixed number of buckets of key values, not one per value:
# PostgreSQL's lock table is small and shared by every session (64 locks per connection
# by default), so a transaction resolving thousands of identities would otherwise run
# out of it. Two values sharing a bucket only make unrelated resolutions wait.
LOCK_NAMESPACE = 0x56495649  # "VIVI": keeps Vivier's advisory locks apart from others'
LOCK_BUCKETS = 1024


def take_turns(session: Session, key_values: set[str]) -> None:
    """Transactions resolving identities that share a key take turns, so two flows
    ingesting one person at once end with one candidate. PostgreSQL advisory locks on
    at most ``LOCK_BUCKETS`` buckets, released at commit, taken in one order so that
    two transactions cannot deadlock. (SQLite lets one writer at a time anyway.)"""
    if session.get_bind().dialect.name != "postgresql":
        return
    for bucket in sorted({_lock_bucket(value) for value in key_values}):
        session.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :bucket)"),
            {"namespace": LOCK_NAMESPACE, "bucket": bucket},
        )


def _lock_bucket(value: str) -> int:
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % LOCK_BUCKETS


def resolve(session: Session, identity_ids: list[int], config: DedupeConfig) -> ResolveReport:
    """Link the given (parsed) identities to candidates, creating or merging candidates.

    The identities are clustered again from scratch together with everything their
    clustering can depend on, so the result does not depend on the order identities
    arrived in (incremental = batch): the closure of the given identities under match
    edges and candidate membership (:class:`_Closure`). A pair of two identities outside
    that closure cannot change a cluster in it, and is not compared again. Existing
    candidates keep their ids."""
    report = ResolveReport()
    if not identity_ids:
        return report
    by_id = select(Identity).where(Identity.id.in_(identity_ids))
    take_turns(session, {k.value for i in session.scalars(by_id) for k in identity_keys(i)})
    # Read again after the locks: another transaction may have resolved them meanwhile.
    targets = session.scalars(by_id.execution_options(populate_existing=True)).all()
    index_keys(session, targets)
    session.flush()

    closure = _Closure(session, config)
    closure.grow(set(identity_ids))
    involved = closure.members
    # holds through third identities too: a split stays split
    different = {
        pair
        for pair, status in _review_decisions(session, set(involved)).items()
        if status == "different"
    }
    clusters = closure.clusters(different)
    report.not_merged = closure.refuse()
    report.review_pairs += _update_review_queue(session, closure.scored, closure.queued)
    _assign(session, [sorted(members) for members in clusters], involved, report)
    rules = {(e.a, e.b): e.rule for e in closure.edges}
    links = _links_among(session, set(involved))
    for (a, b), ev in closure.evidence.items():
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


class _Closure:
    """The identities whose clusters a resolution computes again, and every scored pair
    touching them.

    It starts from the identities being resolved and the other identities of their
    candidates. Each member is compared with every identity sharing one of its keys; a
    pair that makes a match edge brings its other identity in, with that identity's
    candidate. So the closure holds whole connected components of match edges, and
    clustering, a function of each component's identities, gives the batch clusters; a
    component with none of these identities keeps the clusters it had."""

    def __init__(self, session: Session, config: DedupeConfig) -> None:
        self.session = session
        self.config = config
        self.fitted = current_model(session)
        self.members: dict[int, Identity] = {}
        self.known: dict[int, Identity] = {}  # members, and identities compared with them
        self.records: dict[int, PersonRecord] = {}
        self.scored: set[tuple[int, int]] = set()
        self.edges: list[Edge] = []
        # the weight of each pair weighed by the model (the preset score without one)
        self.weights: dict[tuple[int, int], float] = {}
        self.evidence: dict[tuple[int, int], dict[str, object]] = {}
        self.queued: dict[tuple[int, int], tuple[float, dict[str, object]]] = {}
        self.refused: list[tuple[Edge, Refusal]] = []  # by the last ``clusters``

    def grow(self, seeds: set[int]) -> None:
        frontier = seeds
        while frontier:
            frontier = self._score_around(self._admit(frontier))

    def _load(self, rows: Iterable[Identity]) -> None:
        for identity in rows:
            if identity.id not in self.known:
                self.known[identity.id] = identity
                self.records[identity.id] = _record(identity)

    def _fetch(self, column: InstrumentedAttribute[Any], values: Iterable[int]) -> list[Identity]:
        ordered = sorted(set(values))
        found: list[Identity] = []
        for start in range(0, len(ordered), 500):
            found += self.session.scalars(
                select(Identity)
                .where(column.in_(ordered[start : start + 500]))
                .execution_options(populate_existing=True)
            )
        return found

    def _admit(self, ids: set[int]) -> set[int]:
        """Make ``ids`` and every other identity of their candidates members; returns
        the new members."""
        self._load(self._fetch(Identity.id, set(ids) - set(self.known)))
        added = {i for i in ids if i in self.known and i not in self.members}
        known_candidates = {m.candidate_id for m in self.members.values()}
        candidate_ids = {c for i in added if (c := self.known[i].candidate_id)}
        mates = self._fetch(Identity.candidate_id, candidate_ids - known_candidates)
        self._load(mates)
        added |= {m.id for m in mates} - set(self.members)
        for i in added:
            self.members[i] = self.known[i]
        return added

    def _score_around(self, added: set[int]) -> set[int]:
        """Score every pair of a new member with an identity sharing one of its keys;
        returns the identities that match edges bring into the closure."""
        wanted = {
            (kind, value)
            for _, kind, value in _keys_where(self.session, IdentityKey.identity_id, added)
        }
        groups: dict[tuple[str, str], set[int]] = defaultdict(set)
        for identity_id, kind, value in _keys_where(
            self.session, IdentityKey.value, {value for _, value in wanted}
        ):
            if (kind, value) in wanted:
                groups[(kind, value)].add(identity_id)
        pairs: dict[tuple[int, int], str] = {}
        for (kind, value), holders in sorted(groups.items()):
            for a in holders & added:
                for b in holders:
                    pair = (min(a, b), max(a, b))
                    if a == b or pair in self.scored:
                        continue
                    if kind in EXACT_KINDS:
                        pairs[pair] = f"{kind}:{value}"
                    else:
                        pairs.setdefault(pair, "block")
        self._load(self._fetch(Identity.id, {i for p in pairs for i in p} - set(self.known)))
        pairs = {p: why for p, why in pairs.items() if p[0] in self.known and p[1] in self.known}
        self.scored.update(pairs)
        return self._score(pairs) - set(self.members)

    def _score(self, pairs: dict[tuple[int, int], str]) -> set[int]:
        """Sort the pairs into match edges, review, cannot-link or nothing; returns the
        identities of the match edges."""
        config, known, records = self.config, self.known, self.records
        decided = {
            pair: status
            for pair, status in _review_decisions(
                self.session, {i for pair in pairs for i in pair}
            ).items()
            if status != "pending" and pair in pairs
        }
        joined: set[int] = set()

        def edge(a: int, b: int, score: float, rule: str, why: dict[str, object] | None) -> None:
            self.edges.append(Edge(a, b, score, rule))
            if why is not None:
                self.evidence[(a, b)] = why
            joined.update((a, b))

        fuzzy: list[tuple[int, int]] = []
        for (a, b), why in sorted(pairs.items()):
            if decided.get((a, b)) == "different":
                continue
            if decided.get((a, b)) == "same":
                edge(a, b, 1.5, "review-decision", None)
                continue
            if why != "block":
                ra, rb = records[a], records[b]
                own_urls = {profile_url_key(known[a].url), profile_url_key(known[b].url)}
                key_value = why.split(":", 1)[1]
                names_agree = name_level(ra.name or ra.handle, rb.name or rb.handle, config)
                if why.startswith("email") or key_value in own_urls or names_agree != "else":
                    edge(a, b, 1.0, why.split(":", 1)[0], {"key": why, "config": config.as_dict()})
                    continue
            fuzzy.append((a, b))

        if self.fitted is None:  # preset weights
            for a, b in fuzzy:
                comparison = compare(records[a], records[b], config)
                self.weights[(a, b)] = comparison.score
                if comparison.score >= config.match_threshold:
                    evidence = {**comparison.evidence(), "config": config.as_dict()}
                    edge(a, b, comparison.score, "fuzzy", evidence)
                elif comparison.score >= config.review_threshold and (a, b) not in decided:
                    self.queued[(a, b)] = (comparison.score, comparison.evidence())
            return joined
        ids = sorted({i for pair in fuzzy for i in pair})
        threshold = self.fitted.model.match_weight_threshold
        for (a, b), (weight, why) in zip(
            fuzzy, self.fitted.score([known[i] for i in ids], fuzzy), strict=True
        ):
            self.weights[(a, b)] = weight
            if weight >= threshold:
                edge(a, b, float(why["score"]), "model", why)  # type: ignore[arg-type]
            elif config.review_match_weight <= weight and (a, b) not in decided:
                self.queued[(a, b)] = (float(why["score"]), why)  # type: ignore[arg-type]
        return joined

    def clusters(self, different: set[tuple[int, int]]) -> list[set[int]]:
        """The members' clusters by average linkage over every pair of each connected
        component of match edges. Pairs sharing an exact key, or reviewed as the same
        person, weigh ``+inf``; pairs reviewed as different, ``-inf``; the others their
        match weight. Ties between edges are broken by (network, external id), which do
        not depend on the order identities arrived in.

        Without a fitted model, single linkage: the preset scores are no match weights
        to average (averaged against their 0.8 threshold, they cost the pool benchmark
        a sixth of its recall at the same precision), so each edge joins its clusters
        unless a network or a "different" decision forbids it."""
        forced = {(e.a, e.b) for e in self.edges if e.rule not in _WEIGHED_RULES}
        rank = {
            i: r
            for r, i in enumerate(
                sorted(
                    self.members, key=lambda i: (self.known[i].source, self.known[i].external_id)
                )
            )
        }

        def strongest_first(e: Edge) -> tuple[int, float, int, int]:
            first, second = sorted((rank[e.a], rank[e.b]))
            return (
                _EDGE_PRIORITY.get(e.rule, 1),
                -self.weights.get((e.a, e.b), 0.0),
                first,
                second,
            )

        def weigh(pairs: list[tuple[int, int]]) -> list[float]:
            unknown = [
                p for p in pairs if p not in self.weights and p not in forced and p not in different
            ]
            self.weights.update(zip(unknown, self._weigh(unknown), strict=True))
            return [
                -math.inf if p in different else math.inf if p in forced else self.weights[p]
                for p in pairs
            ]

        sources = {
            i: (None if identity.source in UNCONSTRAINED_SOURCES else identity.source)
            for i, identity in self.members.items()
        }
        if self.fitted is None:
            threshold, limit = -math.inf, None
        else:
            threshold = self.fitted.model.match_weight_threshold
            limit = self.config.cannot_link_weight
        edges = sorted(self.edges, key=strongest_first)
        clusters, self.refused = average_linkage_clusters(sources, edges, weigh, threshold, limit)
        return clusters

    def refuse(self) -> dict[tuple[int, int], str]:
        """Queue for review each match that clustering left apart, with why (a match
        is never left apart unseen); returns why each pair reviewed as the same person
        is still apart. Exact keys kept apart by a network are not queued: a decision
        could not join them."""
        not_merged: dict[tuple[int, int], str] = {}
        for edge, refusal in self.refused:
            pair = (edge.a, edge.b)
            why = self._why_apart(edge, refusal)
            if edge.rule == "review-decision":
                not_merged[pair] = why
            elif edge.rule in _WEIGHED_RULES:
                evidence = {k: v for k, v in self.evidence[pair].items() if k != "config"}
                self.queued[pair] = (edge.score, {**evidence, "not_merged": why})
        return not_merged

    def _why_apart(self, edge: Edge, refusal: Refusal) -> str:
        if refusal.shared_networks:
            sources = {self.known[edge.a].source, self.known[edge.b].source}
            if len(sources) == 1 and sources <= set(refusal.shared_networks):
                return f"both are {sources.pop()} accounts"
            return "one candidate would hold two accounts on " + ", ".join(refusal.shared_networks)
        if refusal.lowest == -math.inf:
            return "two identities across the two candidates were reviewed as different people"
        limit = self.config.cannot_link_weight
        if self.fitted is not None and refusal.lowest < limit:
            return (
                f"a pair across the two candidates weighs {refusal.lowest:+.1f} bits, "
                f"under the {limit:+.0f}-bit limit"
            )
        return f"the mean weight across the two candidates is {refusal.mean:+.1f} bits"

    def _weigh(self, pairs: list[tuple[int, int]]) -> list[float]:
        """Match weights of pairs no key brought together (inside one component); single
        linkage, without a model, reads none of them."""
        if self.fitted is None:
            return [0.0] * len(pairs)
        ids = sorted({i for pair in pairs for i in pair})
        return self.fitted.weights([self.known[i] for i in ids], pairs)


# Edges whose pair is weighed (by the model or the preset score); the others are forced:
# a "same" review decision first, then exact keys.
_WEIGHED_RULES = ("fuzzy", "model")
_EDGE_PRIORITY = {"review-decision": 0, "fuzzy": 2, "model": 2}


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


def _reviews_among(session: Session, ids: set[int], pending: bool = False) -> list[ReviewPair]:
    """The review pairs between two of the given identities (only pending ones if
    ``pending``), queried in chunks that every database accepts."""
    ordered = sorted(ids)
    found: list[ReviewPair] = []
    for start in range(0, len(ordered), 500):
        query = select(ReviewPair).where(ReviewPair.identity_a_id.in_(ordered[start : start + 500]))
        if pending:
            query = query.where(ReviewPair.status == "pending")
        found += [r for r in session.scalars(query) if r.identity_b_id in ids]
    return found


def _review_decisions(session: Session, ids: set[int]) -> dict[tuple[int, int], str]:
    """Every review status between two of the given identities."""
    return {(r.identity_a_id, r.identity_b_id): r.status for r in _reviews_among(session, ids)}


def _update_review_queue(
    session: Session,
    scored: set[tuple[int, int]],
    queued: dict[tuple[int, int], tuple[float, dict[str, object]]],
) -> int:
    """Make the pending reviews among the ``scored`` pairs the ``queued`` ones: new ones
    are added, kept ones get the latest score and evidence, and pending pairs that this
    resolution settled (merged, or clearly different) leave the queue. Returns how many
    are new."""
    ids = {i for pair in scored for i in pair}
    pending = {
        (r.identity_a_id, r.identity_b_id): r
        for r in _reviews_among(session, ids, pending=True)
        if (r.identity_a_id, r.identity_b_id) in scored
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
