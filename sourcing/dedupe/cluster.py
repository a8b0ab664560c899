"""Clustering matched pairs without chaining errors: two different accounts on the same
network are never put in one cluster; nor two records known not to match (a "cannot
link" pair), however many matches chain them. ``average_linkage`` takes edges strongest
first and judges each join on every pair across the two clusters; with a threshold of
``-inf`` and no cannot-link weight it is single linkage under the network constraint.
``mean_linkage`` judges joins the same way but takes them by that mean, highest first."""

import heapq
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Edge:
    a: int
    b: int
    score: float
    rule: str


class ConstrainedUnionFind:
    """Union-find over identity ids, each tagged with its network (``None`` for
    imports of plain text, which several may share)."""

    def __init__(
        self,
        sources: dict[int, str | None],
        cannot_link: Mapping[int, Iterable[int]] | None = None,
    ) -> None:
        self.parent = {node: node for node in sources}
        self.members: dict[int, set[int]] = {node: {node} for node in sources}
        self.networks: dict[int, set[str]] = {
            node: {src} if src else set() for node, src in sources.items()
        }
        self.cannot_link = cannot_link or {}

    def _forbidden(self, ra: int, rb: int) -> bool:
        """Whether a cannot-link pair would end up inside the joined cluster."""
        if not self.cannot_link:
            return False
        small, large = (ra, rb) if len(self.members[ra]) <= len(self.members[rb]) else (rb, ra)
        return any(
            other in self.parent and self.find(other) == large
            for node in self.members[small]
            for other in self.cannot_link.get(node, ())
        )

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        return ra == rb or not (self.networks[ra] & self.networks[rb] or self._forbidden(ra, rb))

    def union(self, a: int, b: int) -> bool:
        """Join the clusters of ``a`` and ``b`` unless that puts two accounts of one
        network, or a cannot-link pair, together. Returns whether they are (now) one
        cluster."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.networks[ra] & self.networks[rb] or self._forbidden(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.networks[ra] |= self.networks.pop(rb)
        return True

    def clusters(self) -> list[set[int]]:
        return [set(m) for m in self.members.values()]


@dataclass(frozen=True)
class Refusal:
    """Why an edge left its two clusters apart when it was taken: the networks both
    held an account on (then nothing was weighed), else the lowest and the mean weight
    of the pairs across them."""

    shared_networks: tuple[str, ...]
    lowest: float = math.nan
    mean: float = math.nan


def average_linkage(
    weights: NDArray[np.float64],
    networks: Sequence[str | None],
    edges: Iterable[tuple[int, int]],
    threshold: float,
    cannot_link_weight: float | None,
) -> list[list[int]]:
    """Clusters of the nodes ``0 .. n - 1`` of one connected group, whose pairs weigh
    ``weights[a, b]`` (symmetric, every pair). The ``edges`` come strongest first: each
    joins its two clusters only if no two nodes of one network (``None``: none) would be
    together, no pair across them weighs under ``cannot_link_weight``, and the mean weight
    of the pairs across them reaches ``threshold``. A pair weighing ``-inf`` is never put
    in one cluster; one weighing ``+inf`` joins its clusters whatever the other pairs
    across weigh, unless a constraint forbids it. A deterministic function of its
    arguments: the same group and edge order give the same clusters."""
    return average_linkage_refusing(weights, networks, edges, threshold, cannot_link_weight)[0]


def average_linkage_refusing(
    weights: NDArray[np.float64],
    networks: Sequence[str | None],
    edges: Iterable[tuple[int, int]],
    threshold: float,
    cannot_link_weight: float | None,
) -> tuple[list[list[int]], dict[int, Refusal]]:
    """``average_linkage``, and why each edge whose two nodes end in different clusters
    was refused, by the edge's position in ``edges``."""
    size = len(networks)
    root = list(range(size))
    parts: dict[int, list[int]] = {k: [k] for k in range(size)}
    nets: dict[int, set[str]] = {k: {n} if n else set() for k, n in enumerate(networks)}
    refused: dict[int, Refusal] = {}
    ends: dict[int, tuple[int, int]] = {}
    for index, (a, b) in enumerate(edges):
        ra, rb = root[a], root[b]
        if ra == rb:
            continue
        ends[index] = (a, b)
        if nets[ra] & nets[rb]:
            refused[index] = Refusal(tuple(sorted(nets[ra] & nets[rb])))
            continue
        cross = weights[np.ix_(parts[ra], parts[rb])]
        lowest = float(cross.min())
        if lowest == -math.inf or (cannot_link_weight is not None and lowest < cannot_link_weight):
            refused[index] = Refusal((), lowest)
            continue
        mean = float(cross.mean())
        if mean < threshold:
            refused[index] = Refusal((), lowest, mean)
            continue
        if len(parts[ra]) < len(parts[rb]):
            ra, rb = rb, ra
        for k in parts[rb]:
            root[k] = ra
        parts[ra] += parts.pop(rb)
        nets[ra] |= nets.pop(rb)
    apart = {i: r for i, r in refused.items() if root[ends[i][0]] != root[ends[i][1]]}
    return list(parts.values()), apart


def mean_linkage(
    weights: NDArray[np.float64],
    networks: Sequence[str | None],
    edges: Iterable[tuple[int, int]],
    threshold: float,
    cannot_link_weight: float | None,
    rank: Sequence[int],
) -> list[list[int]]:
    """Clusters of the nodes ``0 .. n - 1`` of one connected group by average linkage
    taken in order of the mean: of all pairs of clusters that a match edge joins, the
    pair whose mean weight across is highest is joined first (``average_linkage`` takes
    the edges by their own weight instead), under the same constraints (no two nodes of
    one network, no pair across under ``cannot_link_weight`` or at ``-inf``) and while
    that mean reaches ``threshold``. Equal means are taken by the ``rank`` (distinct, one
    per node) of each cluster's first node, so the clusters do not depend on how the
    nodes are numbered."""
    size = len(networks)
    parts: dict[int, list[int]] = {k: [k] for k in range(size)}
    nets: dict[int, set[str]] = {k: {n} if n else set() for k, n in enumerate(networks)}
    first = list(rank)
    total = np.array(weights, dtype=np.float64)
    lowest = np.array(weights, dtype=np.float64)
    linked: dict[int, set[int]] = {k: set() for k in range(size)}
    for a, b in edges:
        if a != b:
            linked[a].add(b)
            linked[b].add(a)
    counts = np.ones(size, dtype=np.float64)
    version = [0] * size
    heap: list[tuple[float, int, int, int, int, int, int]] = []

    def push(a: int, others: list[int]) -> None:
        """Queue the joins of ``a`` with each of ``others`` whose mean reaches the
        threshold (a ``nan`` mean, from ``+inf`` and ``-inf`` across, never does)."""
        means = total[a, others] / (counts[a] * counts[others])
        for b, mean in zip(others, means.tolist(), strict=True):
            if mean >= threshold:
                lo, hi = (a, b) if first[a] < first[b] else (b, a)
                entry = (-mean, first[lo], first[hi], lo, hi, version[lo], version[hi])
                heapq.heappush(heap, entry)

    with np.errstate(invalid="ignore"):
        for a in range(size):
            push(a, [b for b in linked[a] if b > a])
        while heap:
            _, _, _, a, b, version_a, version_b = heapq.heappop(heap)
            stale = a not in parts or b not in parts
            if stale or (version[a], version[b]) != (version_a, version_b):
                continue
            low = float(lowest[a, b])
            if (
                nets[a] & nets[b]
                or low == -math.inf
                or (cannot_link_weight is not None and low < cannot_link_weight)
            ):
                continue  # taken up again only if one of the two clusters changes
            keep, gone = (a, b) if first[a] < first[b] else (b, a)
            parts[keep] += parts.pop(gone)
            nets[keep] |= nets.pop(gone)
            total[keep, :] += total[gone, :]
            total[:, keep] = total[keep, :]
            lowest[keep, :] = np.minimum(lowest[keep, :], lowest[gone, :])
            lowest[:, keep] = lowest[keep, :]
            counts[keep] += counts[gone]
            first[keep] = min(first[keep], first[gone])
            version[keep] += 1
            neighbours = (linked[keep] | linked.pop(gone)) - {keep, gone}
            for other in neighbours:
                linked[other].discard(gone)
                linked[other].add(keep)
            linked[keep] = neighbours
            push(keep, sorted(neighbours))
    return [sorted(part) for part in parts.values()]


def average_linkage_clusters(
    sources: Mapping[int, str | None],
    edges: Sequence[Edge],
    weigh: Callable[[list[tuple[int, int]]], Sequence[float]],
    threshold: float,
    cannot_link_weight: float | None,
) -> tuple[list[set[int]], list[tuple[Edge, Refusal]]]:
    """Clusters of the ``sources``' nodes by ``average_linkage``, one connected group of
    ``edges`` (given strongest first) at a time; ``weigh`` gives the weight of every pair
    ``(a, b)``, ``a < b``, inside the groups, asked once for all of them. A node without
    an edge is a cluster of its own. Also returns the edges whose two nodes end in
    different clusters, each with why it was refused."""
    finder = ConstrainedUnionFind({node: None for node in sources})
    for edge in edges:
        finder.union(edge.a, edge.b)
    groups = sorted(sorted(g) for g in finder.clusters())
    pairs = [pair for group in groups for pair in itertools.combinations(group, 2)]
    weight_of = dict(zip(pairs, weigh(pairs), strict=True))
    edges_of: dict[int, list[Edge]] = {}
    for edge in edges:
        edges_of.setdefault(finder.find(edge.a), []).append(edge)
    out: list[set[int]] = []
    refused: list[tuple[Edge, Refusal]] = []
    for group in groups:
        if len(group) == 1:
            out.append(set(group))
            continue
        local = {node: k for k, node in enumerate(group)}
        weights = np.zeros((len(group), len(group)), dtype=np.float64)
        for a, b in itertools.combinations(group, 2):
            weights[local[a], local[b]] = weights[local[b], local[a]] = weight_of[(a, b)]
        group_edges = edges_of[finder.find(group[0])]
        parts, why = average_linkage_refusing(
            weights,
            [sources[node] for node in group],
            [(local[e.a], local[e.b]) for e in group_edges],
            threshold,
            cannot_link_weight,
        )
        out.extend({group[k] for k in part} for part in parts)
        refused.extend((group_edges[index], refusal) for index, refusal in sorted(why.items()))
    return out, refused
