"""Blocking: several rules, each giving every record at most one key; two records are a
candidate pair when they share the key of at least one rule (the union of the rules).

Pairs come from grouping records by key, never from a loop over all pairs. A key shared
by more than ``max_block_size`` records (a common surname, a default value) is skipped
for that rule and reported: such a block costs quadratic time for little evidence, and
the other rules still pair its records when they really are alike. Whether a key is
oversized depends only on how many records share it, so the candidate pairs of a set of
records do not depend on the order or the batches they arrived in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from sourcing.dedupe.levels import Column

Ints = NDArray[np.int64]
KeyFunction = Callable[[Sequence[str]], str | None]


def _joined(values: Sequence[str]) -> str | None:
    return "\x1f".join(values) if all(values) else None


def _sorted_joined(values: Sequence[str]) -> str | None:
    return "\x1f".join(sorted(values)) if all(values) else None


@dataclass(frozen=True)
class BlockingRule:
    """A named rule: ``key`` maps a record's values of ``fields`` (``""`` when missing)
    to its blocking key, or ``None`` for no key."""

    name: str
    fields: tuple[str, ...]
    key: KeyFunction = _joined

    def keys(self, columns: Mapping[str, Column]) -> list[str | None]:
        return [self.key(values) for values in zip(*(columns[f] for f in self.fields), strict=True)]


def block_on(*fields: str) -> BlockingRule:
    """Records agreeing exactly on every one of ``fields`` (all present)."""
    return BlockingRule("+".join(fields), tuple(fields))


def block_on_any_order(*fields: str) -> BlockingRule:
    """Same values in any order across ``fields``: catches swapped first and last names."""
    return BlockingRule("{" + ",".join(fields) + "}", tuple(fields), _sorted_joined)


def block_on_prefixes(**prefix_lengths: int) -> BlockingRule:
    """Same first characters of each field, e.g. ``block_on_prefixes(last=3, city=4)``."""
    lengths = tuple(prefix_lengths.values())

    def key(values: Sequence[str]) -> str | None:
        if not all(values):
            return None
        return "\x1f".join(v[:n] for v, n in zip(values, lengths, strict=True))

    name = "+".join(f"{f}[:{n}]" for f, n in prefix_lengths.items())
    return BlockingRule(name, tuple(prefix_lengths), key)


def block_on_affixes(name: str, whole: Sequence[str], **affix_lengths: int) -> BlockingRule:
    """Same values of the ``whole`` fields and the same first (length ``n > 0``) or last
    (``n < 0``) characters of others: ``block_on_affixes("first+last[-4:]", ["first"],
    last=-4)`` still pairs a surname with a typo in its first letters."""
    lengths = tuple(affix_lengths.values())
    n_whole = len(whole)

    def key(values: Sequence[str]) -> str | None:
        if not all(values):
            return None
        parts = list(values[:n_whole])
        for value, n in zip(values[n_whole:], lengths, strict=True):
            parts.append(value[:n] if n > 0 else value[n:])
        return "\x1f".join(parts)

    return BlockingRule(name, (*whole, *affix_lengths), key)


def _hash_keys(keys: Sequence[str | None]) -> tuple[Ints, NDArray[np.bool_]]:
    # Python's str hash: fast and stable within a process, which is the life of an index
    # (it is rebuilt from the records, never stored). A 64-bit collision only adds a pair.
    hashes = np.fromiter((hash(k) if k is not None else 0 for k in keys), np.int64, len(keys))
    present = np.fromiter((k is not None for k in keys), bool, len(keys))
    return hashes, present


def _ranges(starts: Ints, lengths: Ints) -> Ints:
    """Concatenation of ``arange(s, s + n)`` for each start ``s`` and length ``n``."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return offsets + np.arange(total, dtype=np.int64)


def pairs_within_groups(members: Ints, starts: Ints, sizes: Ints) -> tuple[Ints, Ints]:
    """All pairs inside each group ``members[start:start + size]``, vectorised per size."""
    left, right = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for size in np.unique(sizes[sizes >= 2]):
        groups = members[starts[sizes == size][:, None] + np.arange(size)]
        first, second = np.triu_indices(int(size), 1)
        left.append(groups[:, first].ravel())
        right.append(groups[:, second].ravel())
    return np.concatenate(left), np.concatenate(right)


@dataclass
class RuleReport:
    """What one rule did in one batch."""

    pairs: int = 0
    oversized_keys: int = 0
    records_in_oversized_blocks: int = 0
    newly_oversized_keys: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class CandidatePairs:
    """Candidate pairs of one batch (``left < right``, each pair once) and the records of
    blocks that became oversized in it (their pairs may have lost their only support)."""

    left: Ints
    right: Ints
    reports: dict[str, RuleReport]
    crossed_members: Ints


@dataclass
class _RuleIndex:
    hashes: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # sorted
    members: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    record_hash: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    record_has_key: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, dtype=bool))

    def counts(self, hashes: Ints) -> Ints:
        return np.searchsorted(self.hashes, hashes, "right") - np.searchsorted(
            self.hashes, hashes, "left"
        )


class BlockIndex:
    """Keys of every record indexed so far, rule by rule, as sorted numpy arrays."""

    def __init__(self, rules: Sequence[BlockingRule], max_block_size: int) -> None:
        self.rules = tuple(rules)
        self.max_block_size = max_block_size
        self._index = {rule.name: _RuleIndex() for rule in self.rules}

    def add(self, columns: Mapping[str, Column], first: int) -> CandidatePairs:
        """Index the records ``first, first + 1, ...`` whose values are ``columns`` and
        return their candidate pairs with each other and with the records already there."""
        lefts, rights, crossed = [], [], []
        reports: dict[str, RuleReport] = {}
        cap = self.max_block_size
        for rule in self.rules:
            index = self._index[rule.name]
            hashes, present = _hash_keys(rule.keys(columns))
            records = np.arange(first, first + len(hashes), dtype=np.int64)
            index.record_hash = np.concatenate([index.record_hash, hashes])
            index.record_has_key = np.concatenate([index.record_has_key, present])
            hashes, records = hashes[present], records[present]
            order = np.argsort(hashes, kind="stable")
            hashes, records = hashes[order], records[order]
            unique, starts, new_counts = np.unique(hashes, return_index=True, return_counts=True)
            old_counts = index.counts(unique)
            total = old_counts + new_counts
            small = total <= cap
            report = RuleReport(
                oversized_keys=int((~small).sum()),
                records_in_oversized_blocks=int(new_counts[~small].sum()),
                newly_oversized_keys=int(((old_counts <= cap) & ~small & (old_counts > 0)).sum()),
            )
            # new x new, inside each small block of the batch
            left, right = pairs_within_groups(records, starts[small], new_counts[small])
            lefts.append(left)
            rights.append(right)
            # new x old: each new record of a small block with the old records of its key
            old_start = np.searchsorted(index.hashes, unique, "left")
            per_key = np.where(small, old_counts, 0)
            new_member = _ranges(starts, new_counts)
            old_of_member = np.repeat(old_start, new_counts)
            count_of_member = np.repeat(per_key, new_counts)
            positions = _ranges(old_of_member, count_of_member)
            lefts.append(np.repeat(records[new_member], count_of_member))
            rights.append(index.members[positions])
            report.pairs = len(left) + len(positions)
            # blocks that were small and are not any more: their old members
            crossing = (old_counts > 0) & (old_counts <= cap) & ~small
            crossed.append(index.members[_ranges(old_start[crossing], old_counts[crossing])])
            reports[rule.name] = report
            # merge the batch into the sorted index
            merged = np.concatenate([index.hashes, hashes])
            merged_members = np.concatenate([index.members, records])
            order = np.argsort(merged, kind="stable")
            index.hashes, index.members = merged[order], merged_members[order]
        empty = np.zeros(0, dtype=np.int64)
        left, right = np.concatenate([empty, *lefts]), np.concatenate([empty, *rights])
        lo, hi = np.minimum(left, right), np.maximum(left, right)
        codes = np.unique((lo << 32) | hi)
        crossed_members = np.unique(np.concatenate(crossed)) if crossed else np.zeros(0, np.int64)
        return CandidatePairs(codes >> 32, codes & 0xFFFFFFFF, reports, crossed_members)

    def rule_pairs(self, rule_name: str) -> tuple[Ints, Ints]:
        """All pairs one rule alone gives over the records indexed so far (small blocks)."""
        index = self._index[rule_name]
        _, starts, sizes = np.unique(index.hashes, return_index=True, return_counts=True)
        small = sizes <= self.max_block_size
        left, right = pairs_within_groups(index.members, starts[small], sizes[small])
        return np.minimum(left, right), np.maximum(left, right)

    def supported(self, left: Ints, right: Ints) -> NDArray[np.bool_]:
        """Whether each pair still shares the key of a rule whose block is not oversized."""
        ok = np.zeros(len(left), dtype=bool)
        for rule in self.rules:
            index = self._index[rule.name]
            same = (
                index.record_has_key[left]
                & index.record_has_key[right]
                & (index.record_hash[left] == index.record_hash[right])
            )
            same[same] = index.counts(index.record_hash[left][same]) <= self.max_block_size
            ok |= same
        return ok
