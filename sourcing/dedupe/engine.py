"""An in-memory, incremental entity-resolution engine: normalise -> block -> compare at
ordered levels (Fellegi-Sunter weights) -> cluster, generic over the record's fields.

``fit`` estimates the weights without labels; ``Resolver.add`` resolves a batch of new
records against everything added before, comparing them only with their blocks. With the
model fixed, the clusters after several ``add`` calls -- in any order, any batch sizes --
are the clusters of one ``add`` of all the records:

* candidate pairs depend only on the final block sizes (see ``blocking``);
* a pair's weight depends only on the two records (comparisons are symmetric);
* clusters are built from the edges with weight >= threshold, strongest first, ties
  broken by record id, into a union-find that never puts two records of one constrained
  source together; when a batch brings edges to a connected group of records, that whole
  group is clustered again from its edges, so the result is the batch result.

Cluster ids are stable: a cluster keeps the id that most of its records had; records of
a merged-away cluster are reported as ``merged`` (old id -> new id).
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from sourcing.dedupe.blocking import (
    BlockIndex,
    BlockingRule,
    CandidatePairs,
    Ints,
    pairs_within_groups,
)
from sourcing.dedupe.cluster import ConstrainedUnionFind, average_linkage, mean_linkage
from sourcing.dedupe.fellegi_sunter import (
    FellegiSunterModel,
    Floats,
    TrainingSettings,
    estimate_share,
    expectation_maximisation,
    level_frequencies,
)
from sourcing.dedupe.levels import (
    MISSING,
    Column,
    Comparison,
    Levels,
    code_column,
    codes,
    source_field,
)

LINKAGES = ("average", "mean_first", "single")


@dataclass(frozen=True)
class EngineSettings:
    """What to compare and how to block; one value recorded with the model."""

    comparisons: tuple[Comparison, ...]
    blocking_rules: tuple[BlockingRule, ...]
    max_block_size: int = 500
    match_weight_threshold: float = 0.0  # match probability >= 0.5
    # A compared pair weighing less than this may not end up in one cluster through
    # other matches (no chaining of A~B, B~C into A~C when A and C clearly differ).
    # None: clusters are the constrained connected components of the matches.
    cannot_link_weight: float | None = -10.0
    # Rounds of "cluster, then compare all pairs inside each cluster" (see Resolver),
    # for single linkage.
    cluster_rounds: int = 3
    # How two clusters are judged when a match edge between them comes up (strongest
    # first): "single" joins them on that edge alone; "average" compares every pair
    # across the two and joins them only if the mean match weight of those pairs
    # reaches the threshold (and none weighs under ``cannot_link_weight``);
    # "mean_first" judges joins the same way but takes them in order of that mean,
    # highest first, among the pairs of clusters a match edge joins.
    linkage: str = "average"
    training: TrainingSettings = field(default_factory=TrainingSettings)

    def __post_init__(self) -> None:
        if self.linkage not in LINKAGES:
            raise ValueError(f"linkage must be one of {LINKAGES}, not {self.linkage!r}")

    def as_dict(self) -> dict[str, object]:
        return {
            "comparisons": {c.name: c.describe() for c in self.comparisons},
            "blocking_rules": [r.name for r in self.blocking_rules],
            "max_block_size": self.max_block_size,
            "match_weight_threshold": self.match_weight_threshold,
            "cannot_link_weight": self.cannot_link_weight,
            "cluster_rounds": self.cluster_rounds,
            "linkage": self.linkage,
            "training": dict(self.training.__dict__),
        }


@dataclass(frozen=True)
class Records:
    """A batch of records: ids (unique, mutually orderable), field columns (``None`` or
    ``""`` when missing) and, optionally, a source per record. Two records of the same
    non-empty source are never one cluster (two accounts on one network; file A vs A)."""

    ids: Sequence[Hashable]
    columns: Mapping[str, Sequence[str | None]]
    sources: Sequence[str | None] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def take(self, rows: Sequence[int]) -> Records:
        return Records(
            ids=[self.ids[r] for r in rows],
            columns={name: [col[r] for r in rows] for name, col in self.columns.items()},
            sources=None if self.sources is None else [self.sources[r] for r in rows],
        )


def _object_column(values: Sequence[object]) -> Column:
    out = np.empty(len(values), dtype=object)
    out[:] = [("" if v is None else str(v).strip()) for v in values]
    return out


class _Codes(Mapping[str, Ints]):
    def __init__(self, columns: Mapping[str, Column], rows: Ints, names: tuple[str, ...]) -> None:
        self._columns, self._rows, self._names = columns, rows, names

    def __getitem__(self, name: str) -> Ints:
        return self._columns[code_column(name)][self._rows]  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class _Store:
    """Growable columns of raw and derived values, indexed by record number."""

    def __init__(self, comparisons: Sequence[Comparison], fields: Sequence[str]) -> None:
        self.comparisons = tuple(comparisons)
        self.fields = tuple(fields)
        self.columns: dict[str, Column] = {}
        self.ids: Column = np.empty(0, dtype=object)
        self.sources: Column = np.empty(0, dtype=object)
        self.row_of: dict[Hashable, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, records: Records) -> dict[str, Column]:
        first = len(self)
        ids = list(records.ids)
        for offset, record_id in enumerate(ids):
            if record_id in self.row_of:
                raise ValueError(f"record id {record_id!r} was already added")
            self.row_of[record_id] = first + offset
        if len(self.row_of) != first + len(ids):
            raise ValueError("duplicate record ids in the batch")
        batch = {name: _object_column(records.columns[name]) for name in self.fields}
        for comparison in self.comparisons:
            batch.update(comparison.derive(batch))
        batch.update({code_column(name): codes(column) for name, column in list(batch.items())})
        for name, column in batch.items():
            self.columns[name] = np.concatenate([self.columns.get(name, column[:0]), column])
        id_column = np.empty(len(ids), dtype=object)
        id_column[:] = ids
        self.ids = np.concatenate([self.ids, id_column])
        sources = records.sources or [None] * len(ids)
        self.sources = np.concatenate([self.sources, _object_column(sources)])
        return batch

    def exact_values(self, model: FellegiSunterModel, left: Ints) -> _Codes:
        """Codes of the left records' values for the comparisons with term frequencies,
        looked up column by column when asked (one pair-sized array at a time)."""
        return _Codes(self.columns, left, tuple(model.rare_value_frequency))

    def levels(self, left: Ints, right: Ints) -> Levels:
        out = np.empty((len(left), len(self.comparisons)), dtype=np.int8)
        for column, comparison in enumerate(self.comparisons):
            out[:, column] = comparison.levels(self.columns, left, right)
        return out


def _fields_of(settings: EngineSettings) -> list[str]:
    names = [f for c in settings.comparisons for f in (*c.fields, *c.reads)]
    names += [source_field(f) for r in settings.blocking_rules for f in r.fields]
    return list(dict.fromkeys(names))


def _comparable(left: Ints, right: Ints, sources: Column) -> NDArray[np.bool_]:
    a, b = sources[left], sources[right]
    return (left != right) & ((a == "") | (a != b))


def _comparable_pair_count(sources: Column) -> int:
    n = len(sources)
    per_source = Counter(s for s in sources.tolist() if s)
    return (n * (n - 1) - sum(k * (k - 1) for k in per_source.values())) // 2


def fit(records: Records, settings: EngineSettings) -> FellegiSunterModel:
    """Estimate ``m``, ``u`` and the prior from unlabelled records (see ``fellegi_sunter``)."""
    started = time.perf_counter()
    store = _Store(settings.comparisons, _fields_of(settings))
    batch = store.append(records)
    index = BlockIndex(settings.blocking_rules, settings.max_block_size)
    candidates = index.add(batch, 0)
    keep = _comparable(candidates.left, candidates.right, store.sources)
    left, right = candidates.left[keep], candidates.right[keep]
    return _estimate(store, index, left, store.levels(left, right), settings, started)


def score_pairs(
    records: Records,
    settings: EngineSettings,
    model: FellegiSunterModel,
    left: Sequence[int],
    right: Sequence[int],
    explain: bool = True,
) -> tuple[Floats, list[dict[str, object]]]:
    """Match weights and evidence of the pairs ``(left[k], right[k])`` (row numbers in
    ``records``), with a model fitted before: for callers that choose their own pairs,
    such as the pool, whose blocks live in the database. Without ``explain``, the
    evidence list is empty (the weights alone cost far less)."""
    store = _Store(settings.comparisons, _fields_of(settings))
    store.append(records)
    rows_a, rows_b = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    levels = store.levels(rows_a, rows_b)
    weights = model.match_weights(levels, store.exact_values(model, rows_a))
    evidence = [
        model.explain(levels[k], store.exact_values(model, rows_a[k : k + 1]))
        for k in range(len(rows_a) if explain else 0)
    ]
    return weights, evidence


def _estimate(
    store: _Store,
    index: BlockIndex,
    left: Ints,
    levels: Levels,
    settings: EngineSettings,
    started: float,
) -> FellegiSunterModel:
    """u from random pairs of ``store``; m by EM per blocking rule; the prior from the
    share of matches among the candidate pairs whose ``levels`` are given."""
    training = settings.training
    rng = np.random.default_rng(training.seed)
    n = len(store)
    comparisons = settings.comparisons
    n_levels = tuple(len(c.level_names) for c in comparisons)
    # u: random comparable pairs (a few draws more than needed, same-source ones dropped)
    draws = int(training.u_sample_pairs * 1.3) + 16
    ra, rb = rng.integers(0, n, draws), rng.integers(0, n, draws)
    ok = _comparable(ra, rb, store.sources)
    ra, rb = ra[ok][: training.u_sample_pairs], rb[ok][: training.u_sample_pairs]
    u = level_frequencies(store.levels(ra, rb), n_levels)
    # m: one EM session per blocking rule, without the comparisons of its own fields
    estimates: list[list[Floats]] = [[] for _ in comparisons]
    sessions: list[dict[str, object]] = []
    for rule in settings.blocking_rules:
        rule_left, rule_right = index.rule_pairs(rule.name)
        keep = _comparable(rule_left, rule_right, store.sources)
        rule_left, rule_right = rule_left[keep], rule_right[keep]
        rule_pairs = len(rule_left)
        if len(rule_left) > training.em_max_pairs:
            chosen = np.sort(rng.choice(len(rule_left), training.em_max_pairs, replace=False))
            rule_left, rule_right = rule_left[chosen], rule_right[chosen]
        # a comparison on a field the rule blocks on (or derives its key from) agrees by
        # construction on the rule's pairs: it is left out of this session
        blocked = {source_field(f) for f in rule.fields}
        active = [not set(c.fields) & blocked for c in comparisons]
        session = {
            "rule": rule.name,
            "pairs": rule_pairs,
            "em_pairs": len(rule_left),
            "estimated": [],
        }
        sessions.append(session)
        if len(rule_left) < training.em_min_pairs or not any(active):
            continue
        rule_levels = store.levels(rule_left, rule_right)
        rule_levels[:, ~np.array(active)] = MISSING
        m_rule, _, share, iterations = expectation_maximisation(
            rule_levels,
            n_levels,
            u,
            training.em_max_iterations,
            training.em_tolerance,
            pseudo_count=training.em_pseudo_count,
        )
        session.update(share_of_matches=share, iterations=iterations)
        for column, is_active in enumerate(active):
            if is_active:
                estimates[column].append(m_rule[column])
                session["estimated"].append(comparisons[column].name)  # type: ignore[attr-defined]
    if not all(estimates):  # a field every rule blocks on: EM on all candidates instead
        fallback = expectation_maximisation(
            levels,
            n_levels,
            u,
            training.em_max_iterations,
            training.em_tolerance,
            pseudo_count=training.em_pseudo_count,
        )[0]
        for column, found in enumerate(estimates):
            found.extend([] if found else [fallback[column]])
    m = tuple(np.mean(found, axis=0) for found in estimates)
    u, conditional = _conditional_u(levels, comparisons, n_levels, m, u, rng, training)
    model = FellegiSunterModel(
        comparisons=tuple(c.name for c in comparisons),
        level_names=tuple(c.level_names for c in comparisons),
        m=m,
        u=u,
        prior=0.5,
        match_weight_threshold=settings.match_weight_threshold,
    )
    for comparison in comparisons:
        if comparison.term_frequencies:
            counts = Counter(v for v in store.columns[comparison.name].tolist() if v)
            total = max(sum(counts.values()), 1)
            if settings.training.term_frequencies_leave_one_out:
                others = max(total - 1, 1)
                model.term_frequencies[comparison.name] = {
                    value: (count - 1) / others for value, count in counts.items() if count >= 2
                }
            else:
                model.term_frequencies[comparison.name] = {
                    value: count / total for value, count in counts.items() if count >= 2
                }
            model.rare_value_frequency[comparison.name] = 1.0 / total
    # Expected matches: the most any single rule's session found (its share of matches
    # times its pairs). A lower bound for the union, but unbiased by blocking, unlike EM
    # on the share over all candidates, kept for the record (it counts as matches the
    # pairs that agree only because a rule grouped them).
    share = estimate_share(levels, model, store.exact_values(model, left))
    found_by_rule = [
        float(x["share_of_matches"]) * int(x["pairs"])  # type: ignore[call-overload]
        for x in sessions
        if "share_of_matches" in x
    ]
    expected = max(found_by_rule) if found_by_rule else share * len(levels)
    comparable = max(_comparable_pair_count(store.sources), 1)
    model.prior = min(max(expected, 1.0) / comparable, 0.5)
    model.training = {
        "records": n,
        "candidate_pairs": len(levels),
        "share_of_matches_among_candidates": share,
        "expected_matches": expected,
        "u_pairs": len(ra),
        "em_sessions": sessions,
        "conditional_u": conditional,
        "m_without_session": [
            c.name for c, found in zip(comparisons, estimates, strict=True) if not found
        ],
        "seconds": round(time.perf_counter() - started, 3),
        "settings": settings.as_dict(),
    }
    return model


def _agreeing_levels(comparison: Comparison) -> int:
    """How many of a comparison's first levels mean "the values agree" (exact, alias)."""
    names = comparison.level_names
    return next((k for k, n in enumerate(names) if n not in ("exact", "alias")), len(names))


def _conditional_u(
    levels: Levels,
    comparisons: Sequence[Comparison],
    n_levels: tuple[int, ...],
    m: tuple[Floats, ...],
    u: tuple[Floats, ...],
    rng: np.random.Generator,
    training: TrainingSettings,
) -> tuple[tuple[Floats, ...], dict[str, object]]:
    """``u`` of the conditional levels of each comparison (see ``Comparison.given``),
    measured among the candidate pairs that agree on the ``given`` comparisons: EM on
    those pairs, the ``given`` comparisons left out, this comparison's ``u`` free (the
    non-matches there are namesakes, not random pairs). With too few such pairs the
    level weighs 0 (``u = m``): it is taken to say nothing beyond the names."""
    out = list(u)
    report: dict[str, object] = {}
    position = {c.name: k for k, c in enumerate(comparisons)}
    by_field: dict[str, int] = {}
    for k, c in enumerate(comparisons):
        for f in c.fields:
            by_field.setdefault(f, k)
    for column, comparison in enumerate(comparisons):
        if not comparison.given or not comparison.conditional_levels:
            continue
        # the comparison named after the field, else the first one reading it
        given = [position.get(f, by_field.get(f)) for f in comparison.given]
        agree = np.ones(len(levels), dtype=bool)
        for k in given:
            if k is None:
                agree[:] = False
                break
            agree &= (levels[:, k] >= 0) & (levels[:, k] < _agreeing_levels(comparisons[k]))
        rows = np.flatnonzero(agree)
        report[comparison.name] = {
            "given": [None if k is None else comparisons[k].name for k in given]
        }
        if len(rows) > training.em_max_pairs:
            rows = np.sort(rng.choice(rows, training.em_max_pairs, replace=False))
        new_u = np.array(u[column], dtype=np.float64)
        if len(rows) >= training.em_min_pairs:
            sub = levels[rows].copy()
            for k in given:
                sub[:, k] = MISSING
            free = [k == column for k in range(len(comparisons))]
            _, session_u, share, _ = expectation_maximisation(
                sub,
                n_levels,
                u,
                training.em_max_iterations,
                training.em_tolerance,
                free_u=free,
                pseudo_count=training.em_pseudo_count,
            )
            for level in comparison.conditional_levels:
                new_u[level] = session_u[column][level]
            report[comparison.name].update(pairs=len(rows), share_of_matches=share)  # type: ignore[attr-defined]
        else:
            for level in comparison.conditional_levels:
                new_u[level] = m[column][level]
            report[comparison.name].update(pairs=len(rows), weight_zero=True)  # type: ignore[attr-defined]
        report[comparison.name]["u"] = {  # type: ignore[index]
            comparison.level_names[level]: float(new_u[level])
            for level in comparison.conditional_levels
        }
        out[column] = new_u
    return tuple(out), report


@dataclass
class AddResult:
    """What one ``add`` did: counts, blocking reports, cluster id changes, timings."""

    records: int
    candidate_pairs: int
    edges_added: int
    edges_dropped: int
    records_reclustered: int
    new_cluster_ids: list[int]
    merged: dict[int, int]
    blocking: dict[str, dict[str, int]]
    seconds: dict[str, float]


@dataclass
class _Batch:
    first: int
    left: Ints
    right: Ints
    levels: Levels
    candidates: CandidatePairs
    seconds: dict[str, float]


def _find_all(parent: Ints) -> Ints:
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


class Resolver:
    """Resolved records, their above-threshold edges and their clusters, in memory."""

    def __init__(self, settings: EngineSettings, model: FellegiSunterModel | None) -> None:
        if model is not None and model.comparisons != tuple(c.name for c in settings.comparisons):
            raise ValueError("the model was trained for other comparisons")
        self.settings = settings
        self.model = model
        self._store = _Store(settings.comparisons, _fields_of(settings))
        self._index = BlockIndex(settings.blocking_rules, settings.max_block_size)
        self._edge_left: Ints = np.zeros(0, dtype=np.int64)
        self._edge_right: Ints = np.zeros(0, dtype=np.int64)
        self._edge_weight: NDArray[np.float64] = np.zeros(0, dtype=np.float64)
        self._component: Ints = np.zeros(0, dtype=np.int64)  # grows monotonically
        self._cluster: Ints = np.zeros(0, dtype=np.int64)
        self._next_cluster_id = 0

    def __len__(self) -> int:
        return len(self._store)

    # -- queries ---------------------------------------------------------------------

    def cluster_of(self, record_id: Hashable) -> int:
        return int(self._cluster[self._store.row_of[record_id]])

    def cluster_ids(self) -> dict[Hashable, int]:
        return dict(zip(self._store.ids.tolist(), self._cluster.tolist(), strict=True))

    def clusters(self) -> list[list[Hashable]]:
        """Clusters as lists of record ids (each list sorted, lists sorted)."""
        groups: dict[int, list[Hashable]] = {}
        for record_id, cluster_id in zip(
            self._store.ids.tolist(), self._cluster.tolist(), strict=True
        ):
            groups.setdefault(cluster_id, []).append(record_id)
        return sorted(sorted(g) for g in groups.values())  # type: ignore[type-var]

    def explain(self, a: Hashable, b: Hashable) -> dict[str, object]:
        """The evidence for one pair: levels, weights, the decision, and the model."""
        row_a, row_b = self._store.row_of[a], self._store.row_of[b]
        levels = self._store.levels(np.array([row_a]), np.array([row_b]))[0]
        if self.model is None:
            raise ValueError("no model: fit one first")
        values = self._store.exact_values(self.model, np.array([row_a]))
        return {"pair": [a, b], **self.model.explain(levels, values)}

    def edge_count(self) -> int:
        """Number of matched pairs kept (cannot-link pairs not counted)."""
        if self.model is None:
            return 0
        return int((self._edge_weight >= self.model.match_weight_threshold).sum())

    # -- adding records -------------------------------------------------------------

    def add(self, records: Records) -> AddResult:
        """Resolve a batch against everything added before; returns what changed."""
        return self._decide(self._ingest(records))

    def _ingest(self, records: Records) -> _Batch:
        """Store and index a batch; its candidate pairs and their comparison levels."""
        clock = time.perf_counter()
        first = len(self._store)
        batch = self._store.append(records)
        n = len(self._store)
        self._component = np.concatenate([self._component, np.arange(first, n, dtype=np.int64)])
        self._cluster = np.concatenate([self._cluster, np.full(n - first, -1, dtype=np.int64)])
        stored = time.perf_counter()
        candidates = self._index.add(batch, first)
        keep = _comparable(candidates.left, candidates.right, self._store.sources)
        left, right = candidates.left[keep], candidates.right[keep]
        blocked = time.perf_counter()
        levels = self._store.levels(left, right)
        seconds = {
            "store": stored - clock,
            "block": blocked - stored,
            "compare": time.perf_counter() - blocked,
        }
        return _Batch(first, left, right, levels, candidates, seconds)

    def _decide(self, batch: _Batch) -> AddResult:
        """Weigh a batch's pairs, keep the matches as edges, cluster what they touch."""
        if self.model is None:
            raise ValueError("no model: fit one first")
        clock = time.perf_counter()
        seconds = dict(batch.seconds)
        first, n = batch.first, len(self._store)
        weights = self.model.match_weights(
            batch.levels, self._store.exact_values(self.model, batch.left)
        )
        # kept: the matches, and the clear non-matches as cannot-link pairs
        matched = weights >= self.model.match_weight_threshold
        kept = matched.copy()
        if self.settings.cannot_link_weight is not None:
            kept |= weights < self.settings.cannot_link_weight
        left, right, weights = batch.left[kept], batch.right[kept], weights[kept]
        touched = [left[matched[kept]], np.arange(first, n, dtype=np.int64)]
        dropped = 0
        crossed_members = batch.candidates.crossed_members
        if len(crossed_members):
            crossed = np.zeros(n, dtype=bool)
            crossed[crossed_members] = True
            suspect = crossed[self._edge_left] & crossed[self._edge_right]
            if suspect.any():
                keep_edge = np.ones(len(self._edge_left), dtype=bool)
                keep_edge[suspect] = self._index.supported(
                    self._edge_left[suspect], self._edge_right[suspect]
                )
                dropped = int((~keep_edge).sum())
                touched.append(self._edge_left[~keep_edge])
                self._edge_left = self._edge_left[keep_edge]
                self._edge_right = self._edge_right[keep_edge]
                self._edge_weight = self._edge_weight[keep_edge]
        self._edge_left = np.concatenate([self._edge_left, left])
        self._edge_right = np.concatenate([self._edge_right, right])
        self._edge_weight = np.concatenate([self._edge_weight, weights])
        match = weights >= self.model.match_weight_threshold
        self._join_components(left[match], right[match])
        edged = time.perf_counter()
        reclustered, new_ids, merged = self._recluster(np.concatenate(touched))
        seconds.update(decide=edged - clock, cluster=time.perf_counter() - edged)
        return AddResult(
            records=n - first,
            candidate_pairs=len(batch.left),
            edges_added=int(match.sum()),
            edges_dropped=dropped,
            records_reclustered=reclustered,
            new_cluster_ids=new_ids,
            merged=merged,
            blocking={name: r.as_dict() for name, r in batch.candidates.reports.items()},
            seconds={k: round(v, 3) for k, v in seconds.items()},
        )

    def _join_components(self, left: Ints, right: Ints) -> None:
        """Union the components of each new edge (hook the larger root under the smaller,
        then compress), vectorised; components only ever grow."""
        parent = self._component
        while len(left):
            parent = _find_all(parent)
            ra, rb = parent[left], parent[right]
            apart = ra != rb
            if not apart.any():
                break
            lo, hi = np.minimum(ra[apart], rb[apart]), np.maximum(ra[apart], rb[apart])
            np.minimum.at(parent, hi, lo)
            left, right = left[apart], right[apart]
        self._component = _find_all(parent)

    def _recluster(self, touched: Ints) -> tuple[int, list[int], dict[int, int]]:
        """Cluster again every component a batch touched, from all of its edges."""
        roots = np.unique(self._component[touched])
        in_scope = np.isin(self._component, roots)
        nodes = np.flatnonzero(in_scope)
        edge_in = in_scope[self._edge_left] & in_scope[self._edge_right]
        left, right = self._edge_left[edge_in], self._edge_right[edge_in]
        weight = self._edge_weight[edge_in]
        assert self.model is not None
        match = weight >= self.model.match_weight_threshold
        # only cannot-link pairs inside one component can ever meet in a cluster
        apart = ~match & (self._component[left] == self._component[right])
        cannot_link: dict[int, list[int]] = {}
        for a, b in zip(left[apart].tolist(), right[apart].tolist(), strict=True):
            cannot_link.setdefault(a, []).append(b)
            cannot_link.setdefault(b, []).append(a)
        left, right, weight = left[match], right[match], weight[match]
        # ties broken by record id, so the order does not depend on arrival order
        _, rank = np.unique(self._store.ids[nodes], return_inverse=True)
        rank_of = np.zeros(len(self._store), dtype=np.int64)
        rank_of[nodes] = rank
        lo = np.minimum(rank_of[left], rank_of[right])
        hi = np.maximum(rank_of[left], rank_of[right])
        order = np.lexsort((hi, lo, -weight))
        sources = self._store.sources
        linked = np.unique(np.concatenate([left, right]))
        alone = np.setdiff1d(nodes, linked, assume_unique=True)
        if self.settings.linkage in ("average", "mean_first"):
            groups = self._average_linkage(linked, left[order], right[order], rank_of)
            return len(nodes), *self._assign_ids(groups + [{v} for v in alone.tolist()])
        linked_sources = {int(v): (sources[v] or None) for v in linked.tolist()}
        left, right = left[order].tolist(), right[order].tolist()
        for _ in range(self.settings.cluster_rounds):
            finder = ConstrainedUnionFind(linked_sources, cannot_link)
            for a, b in zip(left, right, strict=True):
                finder.union(a, b)
            if not self._forbid_clear_non_matches(finder.clusters(), cannot_link):
                break
        groups = finder.clusters() + [{v} for v in alone.tolist()]
        return len(nodes), *self._assign_ids(groups)

    def _average_linkage(
        self, linked: Ints, left: Ints, right: Ints, rank_of: Ints
    ) -> list[set[int]]:
        """Clusters of the ``linked`` records from their match edges ``(left, right)``,
        given strongest first: each edge between two clusters joins them only if no two
        records of one source, and no pair under ``cannot_link_weight``, would end up
        together, and if the mean match weight over every pair across the two clusters
        reaches the threshold; with ``linkage="mean_first"`` the joins are taken by that
        mean instead, highest first, ties by ``rank_of`` (the records' id order). Every
        pair inside each component is compared once (most were never candidates). A
        deterministic function of each component's records, so incremental still equals
        batch."""
        assert self.model is not None
        threshold = self.model.match_weight_threshold
        limit = self.settings.cannot_link_weight
        component = self._component[linked]
        order = np.argsort(component, kind="stable")
        members = linked[order]
        _, starts, sizes = np.unique(component[order], return_index=True, return_counts=True)
        group_of = np.zeros(len(self._store), dtype=np.int64)
        local_of = np.zeros(len(self._store), dtype=np.int64)
        group_of[members] = np.repeat(np.arange(len(sizes)), sizes)
        local_of[members] = np.arange(len(members)) - np.repeat(starts, sizes)
        # every pair inside each component, weighed, then sorted by component
        pair_a, pair_b = pairs_within_groups(members, starts, sizes)
        pair_w = np.empty(len(pair_a), dtype=np.float64)
        step = 1_000_000
        for lo in range(0, len(pair_a), step):
            a, b = pair_a[lo : lo + step], pair_b[lo : lo + step]
            pair_w[lo : lo + step] = self.model.match_weights(
                self._store.levels(a, b), self._store.exact_values(self.model, a)
            )
        by_group = np.argsort(group_of[pair_a], kind="stable")
        pair_a, pair_b, pair_w = pair_a[by_group], pair_b[by_group], pair_w[by_group]
        pair_bounds = np.searchsorted(group_of[pair_a], np.arange(len(sizes) + 1))
        # the edges, component by component, strongest first within each
        edge_group = group_of[left]
        by_edge_group = np.argsort(edge_group, kind="stable")
        left, right = left[by_edge_group], right[by_edge_group]
        edge_bounds = np.searchsorted(edge_group[by_edge_group], np.arange(len(sizes) + 1))
        sources = self._store.sources
        out: list[set[int]] = []
        for g, (start, size) in enumerate(zip(starts.tolist(), sizes.tolist(), strict=True)):
            nodes = members[start : start + size].tolist()
            weights = np.zeros((size, size), dtype=np.float64)
            lo, hi = pair_bounds[g], pair_bounds[g + 1]
            la, lb = local_of[pair_a[lo:hi]], local_of[pair_b[lo:hi]]
            weights[la, lb] = pair_w[lo:hi]
            weights[lb, la] = pair_w[lo:hi]
            lo, hi = edge_bounds[g], edge_bounds[g + 1]
            networks = [sources[v] or None for v in nodes]
            ends = local_of[left[lo:hi]].tolist(), local_of[right[lo:hi]].tolist()
            edges = zip(*ends, strict=True)
            if self.settings.linkage == "mean_first":
                rank = rank_of[nodes].tolist()
                parts = mean_linkage(weights, networks, edges, threshold, limit, rank)
            else:
                parts = average_linkage(weights, networks, edges, threshold, limit)
            out.extend({nodes[k] for k in part} for part in parts)
        return out

    def _forbid_clear_non_matches(
        self, groups: list[set[int]], cannot_link: dict[int, list[int]]
    ) -> bool:
        """Compare every pair inside each cluster (most were never candidates) and add
        those weighing under ``cannot_link_weight`` to ``cannot_link``; whether any was.

        This stops chaining where blocking gave no evidence against: A~B and B~C match,
        A and C share no key, yet clearly differ. A deterministic function of one
        component's records and edges, so incremental still equals batch."""
        limit = self.settings.cannot_link_weight
        big = [sorted(g) for g in groups if len(g) > 1]
        if limit is None or self.model is None or not big:
            return False
        members = np.fromiter(itertools.chain.from_iterable(big), np.int64)
        sizes = np.array([len(g) for g in big], dtype=np.int64)
        starts = np.cumsum(sizes) - sizes
        left, right = pairs_within_groups(members, starts, sizes)
        weights = self.model.match_weights(
            self._store.levels(left, right), self._store.exact_values(self.model, left)
        )
        clear = weights < limit
        for a, b in zip(left[clear].tolist(), right[clear].tolist(), strict=True):
            cannot_link.setdefault(a, []).append(b)
            cannot_link.setdefault(b, []).append(a)
        return bool(clear.any())

    def _assign_ids(self, groups: list[set[int]]) -> tuple[list[int], dict[int, int]]:
        """Each new cluster keeps the old id most of its records had (ties: the smaller
        id), largest claims first; others get fresh ids. Returns (fresh ids, merged)."""
        claims = []
        fresh: list[int] = []
        for members in groups:
            rows = list(members)
            olds = Counter(c for c in self._cluster[rows].tolist() if c >= 0)
            if not olds:  # only new records: a fresh id, no claim to settle
                self._cluster[rows] = self._next_cluster_id
                fresh.append(self._next_cluster_id)
                self._next_cluster_id += 1
                continue
            ranked = sorted(olds.items(), key=lambda kv: (-kv[1], kv[0]))
            claims.append((ranked, rows))
        claims.sort(key=lambda claim: (-claim[0][0][1], claim[0][0][0]))
        taken: set[int] = set()
        merged: dict[int, int] = {}
        for ranked, rows in claims:
            choice = next((cid for cid, _ in ranked if cid not in taken), None)
            if choice is None:
                choice = self._next_cluster_id
                self._next_cluster_id += 1
                fresh.append(choice)
            taken.add(choice)
            self._cluster[rows] = choice
            merged.update({cid: choice for cid, _ in ranked if cid != choice})
        # an old id that a part of a split cluster kept is not "merged away"
        return fresh, {old: new for old, new in merged.items() if old not in taken}


def resolve(
    records: Records, settings: EngineSettings
) -> tuple[Resolver, FellegiSunterModel, AddResult]:
    """Fit the weights on ``records`` and resolve them in one batch, comparing each
    candidate pair once for both."""
    started = time.perf_counter()
    resolver = Resolver(settings, None)
    batch = resolver._ingest(records)
    model = _estimate(resolver._store, resolver._index, batch.left, batch.levels, settings, started)
    resolver.model = model
    return resolver, model, resolver._decide(batch)
