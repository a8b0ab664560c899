"""Fellegi-Sunter weights, estimated without labels.

For each comparison level ``l``: ``m_l = P(level l | same person)`` and
``u_l = P(level l | different people)``; the level's match weight is ``log2(m_l / u_l)``
and a pair's match weight is ``log2(prior / (1 - prior))`` plus the weights of its levels
(a missing value adds 0). Its match probability is ``1 / (1 + 2 ** -weight)``.

* ``u`` comes from pairs drawn at random (almost all of them are different people);
* ``m`` comes from expectation maximisation (EM) with ``u`` fixed, run once per blocking
  rule on that rule's pairs with the comparisons of the rule's own fields left out (its
  non-matches agree on those fields by construction, so they would pass for matches);
  each comparison's ``m`` is the mean over the rules that could estimate it;
* the share of matches among all candidate pairs then comes from EM on the share alone;
  ``prior`` is that share times the number of candidate pairs over the number of pairs
  that could be compared, i.e. the chance that two random records are one person.

The model is a plain value: ``as_dict`` records it with every decision it makes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from sourcing.dedupe.levels import MISSING, Levels, codes

Floats = NDArray[np.float64]

_FLOOR = 1e-9


@dataclass(frozen=True)
class TrainingSettings:
    """How weights are estimated; all fixed before any data is seen."""

    u_sample_pairs: int = 100_000
    em_max_pairs: int = 200_000  # per blocking rule, a seeded sample beyond that
    em_min_pairs: int = 50  # fewer pairs than this: the rule's session is skipped
    em_max_iterations: int = 200
    em_tolerance: float = 1e-7
    seed: int = 42
    # Term frequencies leave one out: the u of an exact agreement on a value is the
    # share of the *other* records holding it, (count - 1) / (records - 1), the chance
    # that a record other than this one has the value. Counting the record itself
    # (count / records) makes a value that few records hold look twice as common as it
    # is to a pair of them (a surname held by two records: 2 / n instead of 1 / n).
    term_frequencies_leave_one_out: bool = False
    # Pseudo-count added in every EM step to each class's expected counts of each
    # comparison, spread evenly over its levels, as the random-pair ``u`` is smoothed
    # (``level_frequencies``). Without it a level that EM's match class holds (almost)
    # no pair of gets ``m`` near zero and weighs -18 to -30 bits, however few matches
    # the data had to show it (the sample network: handle ``same_number`` -18 bits from
    # about 100 matches; 30,000 identities: first name ``jw>=0.92`` -19.8 bits, below
    # its ``else``); and a free ``u`` (the conditional levels) near zero weighs +26 bits
    # (1,500 identities: two handles both made from the names).
    em_pseudo_count: float = 1.0


@dataclass
class FellegiSunterModel:
    """Per comparison: level names, ``m`` and ``u``; the prior; the decision threshold."""

    comparisons: tuple[str, ...]
    level_names: tuple[tuple[str, ...], ...]
    m: tuple[Floats, ...]
    u: tuple[Floats, ...]
    prior: float
    match_weight_threshold: float = 0.0
    training: dict[str, object] = field(default_factory=dict)
    # comparison -> {value: share of records with it}, for values seen at least twice
    term_frequencies: dict[str, dict[str, float]] = field(default_factory=dict)
    # comparison -> the share assumed for any other value (one record in the fit data)
    rare_value_frequency: dict[str, float] = field(default_factory=dict)
    _lookups: dict[str, tuple[NDArray[np.int64], Floats]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def prior_weight(self) -> float:
        return math.log2(self.prior / (1.0 - self.prior))

    def level_weights(self) -> tuple[Floats, ...]:
        """``log2(m / u)`` per level, no level above the first (every comparison puts its
        closest agreement first); an extra last entry 0 for ``MISSING`` (index -1).

        The cap matters on small pools: a level that no match showed and almost no
        random pair either (two surnames swapped, a near-identical spelling) has a tiny
        ``u``, so EM's pseudo-count alone can give it more weight than agreeing exactly
        (+10.4 bits against +6.4 on the bundled sample); agreeing less is never more
        evidence than agreeing exactly."""
        out = []
        for m, u in zip(self.m, self.u, strict=True):
            weights = np.log2(np.maximum(m, _FLOOR) / np.maximum(u, _FLOOR))
            weights[1:] = np.minimum(weights[1:], weights[0])
            out.append(np.append(weights, 0.0))
        return tuple(out)

    def _exact_weights(self, name: str, values: NDArray[np.int64]) -> Floats:
        """``log2(m_exact / frequency of the value)`` for exact agreements on ``values``
        (integer codes of the shared value, see ``levels.codes``)."""
        if name not in self._lookups:
            table = self.term_frequencies.get(name, {})
            keys = codes(np.array(list(table), dtype=object))
            order = np.argsort(keys)
            self._lookups[name] = (keys[order], np.array(list(table.values()))[order])
        keys, shares = self._lookups[name]
        share = np.full(len(values), self.rare_value_frequency[name])
        if len(keys):
            at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
            found = keys[at] == values
            share[found] = shares[at[found]]
        m_exact = self.m[self.comparisons.index(name)][0]
        return np.log2(max(m_exact, _FLOOR) / np.maximum(share, _FLOOR))

    def _column_weights(
        self,
        levels: Levels,
        column: int,
        tables: tuple[Floats, ...],
        values: Mapping[str, NDArray[np.int64]] | None,
    ) -> Floats:
        out = tables[column][levels[:, column]]
        name = self.comparisons[column]
        if values is not None and name in self.rare_value_frequency:
            exact = levels[:, column] == 0
            out[exact] = self._exact_weights(name, values[name][exact])
        return out

    def pair_weights(
        self, levels: Levels, values: Mapping[str, NDArray[np.int64]] | None = None
    ) -> Floats:
        """Per pair and comparison, the weight of its level (``pairs x comparisons``);
        ``values`` gives the codes of the left record's values for the comparisons with
        term frequencies, whose exact level is then weighed by the value's frequency."""
        tables = self.level_weights()
        out = np.empty(levels.shape, dtype=np.float64)
        for column in range(len(tables)):
            out[:, column] = self._column_weights(levels, column, tables, values)
        return out

    def match_weights(
        self, levels: Levels, values: Mapping[str, NDArray[np.int64]] | None = None
    ) -> Floats:
        """Match weight of each row of a ``pairs x comparisons`` level matrix. The sum runs
        over comparisons in a fixed order, so a pair always gets the same float."""
        tables = self.level_weights()
        weights = np.full(len(levels), self.prior_weight, dtype=np.float64)
        for column in range(len(tables)):
            weights += self._column_weights(levels, column, tables, values)
        return weights

    def explain(
        self, levels: Levels, values: Mapping[str, NDArray[np.int64]] | None = None
    ) -> dict[str, object]:
        """The evidence of one pair: each comparison's level and weight, and the total."""
        row = levels[None, :]
        weights = self.pair_weights(row, values)[0]
        per_field = {
            name: {
                "level": "missing" if level == MISSING else names[level],
                "weight": round(float(weight), 4),
            }
            for name, names, weight, level in zip(
                self.comparisons, self.level_names, weights.tolist(), levels.tolist(), strict=True
            )
        }
        weight = float(self.match_weights(row, values)[0])
        return {
            "prior_weight": round(self.prior_weight, 4),
            "fields": per_field,
            "match_weight": round(weight, 4),
            "match_probability": 1.0 / (1.0 + 2.0**-weight),
            "match": weight >= self.match_weight_threshold,
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "comparisons": {
                name: {
                    level: {"m": float(m_l), "u": float(u_l), "weight": float(w_l)}
                    for level, m_l, u_l, w_l in zip(names, m, u, w, strict=False)
                }
                for name, names, m, u, w in zip(
                    self.comparisons,
                    self.level_names,
                    self.m,
                    self.u,
                    self.level_weights(),
                    strict=True,
                )
            },
            "prior": self.prior,
            "prior_weight": self.prior_weight,
            "match_weight_threshold": self.match_weight_threshold,
            "term_frequencies": self.term_frequencies,
            "rare_value_frequency": self.rare_value_frequency,
            "training": dict(self.training),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FellegiSunterModel:
        comparisons: dict[str, dict[str, dict[str, float]]] = data["comparisons"]  # type: ignore[assignment]
        return cls(
            comparisons=tuple(comparisons),
            level_names=tuple(tuple(levels) for levels in comparisons.values()),
            m=tuple(np.array([v["m"] for v in lv.values()]) for lv in comparisons.values()),
            u=tuple(np.array([v["u"] for v in lv.values()]) for lv in comparisons.values()),
            prior=float(data["prior"]),  # type: ignore[arg-type]
            match_weight_threshold=float(data["match_weight_threshold"]),  # type: ignore[arg-type]
            training=dict(data.get("training", {})),  # type: ignore[call-overload]
            term_frequencies=dict(data.get("term_frequencies", {})),  # type: ignore[call-overload]
            rare_value_frequency=dict(data.get("rare_value_frequency", {})),  # type: ignore[call-overload]
        )


def level_frequencies(
    levels: Levels, n_levels: tuple[int, ...], pseudo_count: float = 1.0
) -> tuple[Floats, ...]:
    """Share of each level among the non-missing values of each column (``u`` when the
    rows are random pairs), smoothed so no level has probability zero."""
    out = []
    for column, k in enumerate(n_levels):
        values = levels[:, column]
        counts = np.bincount(values[values != MISSING], minlength=k).astype(np.float64)
        counts += pseudo_count / k
        out.append(counts / counts.sum())
    return tuple(out)


def expectation_maximisation(
    levels: Levels,
    n_levels: tuple[int, ...],
    u_start: tuple[Floats, ...],
    max_iterations: int = 200,
    tolerance: float = 1e-7,
    fix_u: bool = True,
    free_u: Sequence[bool] | None = None,
    pseudo_count: float = 0.0,
) -> tuple[tuple[Floats, ...], tuple[Floats, ...], float, int]:
    """Two-class EM on the level patterns of candidate pairs (conditional independence).

    Starts from "matches mostly agree exactly" and ``u_start``; with ``fix_u`` only ``m``
    and the share move (the random-pair ``u`` anchors the non-match class), otherwise the
    non-match class is free too; ``free_u`` frees it for the columns marked ``True``
    only. Each step adds ``pseudo_count`` to a comparison's expected counts in each
    class, spread evenly over its levels (see ``TrainingSettings.em_pseudo_count``).
    Returns
    ``(m, u, share_of_matches, iterations)``.
    """
    patterns, counts = np.unique(levels, axis=0, return_counts=True)
    counts = counts.astype(np.float64)
    m = tuple(np.array([0.9] + [0.1 / (k - 1)] * (k - 1)) for k in n_levels)
    u = tuple(np.asarray(x, dtype=np.float64).copy() for x in u_start)
    share = 0.1
    iterations = 0
    for iterations in range(1, max_iterations + 1):  # noqa: B007 - returned
        log_m = np.full(len(patterns), math.log(share))
        log_u = np.full(len(patterns), math.log(1.0 - share))
        for column in range(len(n_levels)):
            col = patterns[:, column]
            seen = col != MISSING
            log_m[seen] += np.log(np.maximum(m[column][col[seen]], _FLOOR))
            log_u[seen] += np.log(np.maximum(u[column][col[seen]], _FLOOR))
        posterior = 1.0 / (1.0 + np.exp(np.clip(log_u - log_m, -700, 700)))
        match_mass, other_mass = counts * posterior, counts * (1.0 - posterior)
        new_share = float(match_mass.sum() / counts.sum())
        new_m, new_u = [], []
        for column, k in enumerate(n_levels):
            col = patterns[:, column]
            seen = col != MISSING
            mm = np.bincount(col[seen], weights=match_mass[seen], minlength=k) + (
                pseudo_count / k + _FLOOR
            )
            uu = np.bincount(col[seen], weights=other_mass[seen], minlength=k) + (
                pseudo_count / k + _FLOOR
            )
            new_m.append(mm / mm.sum())
            frozen = fix_u if free_u is None else not free_u[column]
            new_u.append(u[column] if frozen else uu / uu.sum())
        change = max(
            abs(new_share - share),
            *(float(np.abs(a - b).max()) for a, b in zip(new_m, m, strict=True)),
        )
        m, u, share = tuple(new_m), tuple(new_u), new_share
        if change < tolerance:
            break
    return m, u, share, iterations


def estimate_share(
    levels: Levels,
    model: FellegiSunterModel,
    values: Mapping[str, NDArray[np.int64]] | None = None,
    max_iterations: int = 200,
    tolerance: float = 1e-9,
) -> float:
    """Share of matches among candidate pairs with ``m`` and ``u`` fixed: EM on the share
    alone (posterior of each pair from its level weights, then their mean)."""
    if len(levels) == 0:
        return 0.0
    evidence = model.match_weights(levels, values) - model.prior_weight  # in bits, without prior
    share = 0.1
    for _ in range(max_iterations):
        logit = math.log2(share / (1.0 - share)) + evidence
        new_share = float(np.mean(1.0 / (1.0 + np.exp2(-np.clip(logit, -1000, 1000)))))
        new_share = min(max(new_share, 1e-12), 1.0 - 1e-12)
        if abs(new_share - share) < tolerance:
            return new_share
        share = new_share
    return share
