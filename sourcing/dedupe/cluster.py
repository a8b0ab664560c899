"""Clustering matched pairs with a union-find that refuses chains across one network:
two different accounts on the same network are never put in one cluster; nor two
records known not to match (a "cannot link" pair), however many matches chain them."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


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


def cluster(
    sources: dict[int, str | None],
    edges: Iterable[Edge],
    cannot_link: Mapping[int, Iterable[int]] | None = None,
) -> tuple[list[set[int]], list[Edge]]:
    """Clusters from edges taken strongest first; also returns the edges refused."""
    finder = ConstrainedUnionFind(sources, cannot_link)
    refused = []
    for edge in sorted(edges, key=lambda e: (-e.score, e.a, e.b)):
        if not finder.union(edge.a, edge.b):
            refused.append(edge)
    return finder.clusters(), refused
