"""Comparison levels, field by field (Splink's vocabulary: exact, Jaro-Winkler >= t1,
>= t2, else, with missing values apart).

A comparison turns candidate pairs ``(i, j)`` of a columnar record store into one small
integer per pair: ``0`` is the strongest level, ``len(levels) - 1`` the weakest ("else"),
and ``MISSING`` (-1) means one side has no value, which carries no evidence (weight 0).
Everything is vectorised with numpy and rapidfuzz's ``cpdist`` so millions of pairs cost
seconds, and every comparison is symmetric, so a pair's level never depends on which
record came first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import OSA, JaroWinkler
from rapidfuzz.process import cpdist

from sourcing.dedupe.normalise import NICKNAMES
from sourcing.parsing.vocab import fold

MISSING = -1

Column = NDArray[np.object_]
"""A column of the record store: one ``str`` per record, ``""`` when missing."""
Levels = NDArray[np.int8]


def _jaro_winkler(a: Column, b: Column) -> NDArray[np.float32]:
    if len(a) == 0:
        return np.zeros(0, dtype=np.float32)
    return cpdist(a, b, scorer=JaroWinkler.normalized_similarity, workers=1)


def _edits(a: Column, b: Column) -> NDArray[np.int64]:
    if len(a) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.asarray(cpdist(a, b, scorer=OSA.distance, workers=1))


def _levels_from(
    missing: NDArray[np.bool_], exact: NDArray[np.bool_], graded: list[NDArray[np.bool_]]
) -> Levels:
    """Level 0 where ``exact``, then the first true mask of ``graded`` (1, 2, ...), else
    the last level; ``MISSING`` wins over everything."""
    out = np.full(len(exact), len(graded) + 1, dtype=np.int8)
    for index in range(len(graded) - 1, -1, -1):
        out[graded[index]] = index + 1
    out[exact] = 0
    out[missing] = MISSING
    return out


class Comparison:
    """One field (or two, for swaps) compared at ordered levels.

    ``derive`` computes, once per record, the columns the comparison needs (digits only,
    canonical first names...); ``levels`` compares pairs using those columns.
    """

    name: str
    fields: tuple[str, ...]
    level_names: tuple[str, ...]

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        return {}

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        raise NotImplementedError

    def describe(self) -> dict[str, object]:
        return {
            "kind": type(self).__name__,
            "fields": list(self.fields),
            "levels": list(self.level_names),
        }


@dataclass
class ExactLevels(Comparison):
    """exact, else."""

    name: str
    level_names: tuple[str, ...] = ("exact", "else")

    def __post_init__(self) -> None:
        self.fields = (self.name,)

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        a, b = store[self.name][i], store[self.name][j]
        return _levels_from((a == "") | (b == ""), a == b, [])


@dataclass
class StringLevels(Comparison):
    """exact, Jaro-Winkler >= t1, >= t2, ..., else."""

    name: str
    thresholds: tuple[float, ...] = (0.92, 0.80)
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,)
        self.level_names = ("exact", *(f"jw>={t}" for t in self.thresholds), "else")

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        a, b = store[self.name][i], store[self.name][j]
        missing, exact = (a == "") | (b == ""), a == b
        sim = np.zeros(len(a), dtype=np.float32)
        todo = ~(missing | exact)
        sim[todo] = _jaro_winkler(a[todo], b[todo])
        return _levels_from(missing, exact, [sim >= t for t in self.thresholds])


def canonical_first_name(value: str, nicknames: Mapping[str, tuple[str, ...]] = NICKNAMES) -> str:
    """``"Jean-Baptiste"`` and ``"JB"`` -> ``"jean baptiste"``; ``"Alex"`` -> ``"alexandre"``
    (the first canonical form of an ambiguous short name)."""
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(value)).split())
    forms = nicknames.get(folded) or nicknames.get(folded.replace(" ", ""))
    return forms[0] if forms else folded


@dataclass
class NameLevels(Comparison):
    """exact, alias (same canonical first name, e.g. JB / Jean-Baptiste, or the two name
    fields swapped between the records), Jaro-Winkler >= t1, >= t2, else."""

    name: str
    swapped_with: str | None = None
    thresholds: tuple[float, ...] = (0.92, 0.80)
    use_nicknames: bool = True
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,) if self.swapped_with is None else (self.name, self.swapped_with)
        self.level_names = ("exact", "alias", *(f"jw>={t}" for t in self.thresholds), "else")

    @property
    def _canon(self) -> str:
        return f"{self.name}~canonical"

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        if not self.use_nicknames:
            return {}
        values = columns[self.name]
        return {
            self._canon: np.array(
                [canonical_first_name(v) if v else "" for v in values], dtype=object
            )
        }

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        a, b = store[self.name][i], store[self.name][j]
        missing, exact = (a == "") | (b == ""), a == b
        alias = np.zeros(len(a), dtype=bool)
        if self.use_nicknames:
            alias |= store[self._canon][i] == store[self._canon][j]
        if self.swapped_with is not None:
            oa, ob = store[self.swapped_with][i], store[self.swapped_with][j]
            alias |= (a == ob) & (oa == b) & (oa != "")
        sim = np.zeros(len(a), dtype=np.float32)
        todo = ~(missing | exact | alias)
        sim[todo] = _jaro_winkler(a[todo], b[todo])
        return _levels_from(missing, exact, [alias, *(sim >= t for t in self.thresholds)])


_NON_DIGIT = re.compile(r"\D")


def _digits(values: Column) -> Column:
    return np.array([_NON_DIGIT.sub("", v) for v in values], dtype=object)


@dataclass
class DigitsLevels(Comparison):
    """Identifiers and numbers compared on their digits: exact, at most 1 edit, at most 2
    edits, else. Edits are optimal string alignment (Levenshtein plus the transposition
    of two neighbours, the commonest typo in a number, as one edit)."""

    name: str
    max_edits: tuple[int, ...] = (1, 2)
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,)
        self.level_names = ("exact", *(f"edits<={k}" for k in self.max_edits), "else")

    @property
    def _key(self) -> str:
        return f"{self.name}~digits"

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        return {self._key: _digits(columns[self.name])}

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        a, b = store[self._key][i], store[self._key][j]
        missing, exact = (a == "") | (b == ""), a == b
        edits = np.full(len(a), 1 << 20, dtype=np.int64)
        todo = ~(missing | exact)
        edits[todo] = _edits(a[todo], b[todo])
        return _levels_from(missing, exact, [edits <= k for k in self.max_edits])


@dataclass
class DateLevels(Comparison):
    """Dates as ``YYYYMMDD`` (any separators): exact, day and month transposed, one
    edit, same year, else."""

    name: str
    level_names: tuple[str, ...] = ("exact", "day_month_swapped", "one_edit", "same_year", "else")

    def __post_init__(self) -> None:
        self.fields = (self.name,)

    @property
    def _key(self) -> str:
        return f"{self.name}~digits"

    @property
    def _swapped(self) -> str:
        return f"{self.name}~swapped"

    @property
    def _year(self) -> str:
        return f"{self.name}~year"

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        digits = _digits(columns[self.name])
        swapped = np.array(
            [d[:4] + d[6:8] + d[4:6] if len(d) == 8 else "" for d in digits], dtype=object
        )
        year = np.array([d[:4] if len(d) >= 4 else "" for d in digits], dtype=object)
        return {self._key: digits, self._swapped: swapped, self._year: year}

    def levels(
        self, store: Mapping[str, Column], i: NDArray[np.int64], j: NDArray[np.int64]
    ) -> Levels:
        a, b = store[self._key][i], store[self._key][j]
        missing, exact = (a == "") | (b == ""), a == b
        swapped = (store[self._swapped][i] == b) & (b != "")
        edits = np.full(len(a), 1 << 20, dtype=np.int64)
        todo = ~(missing | exact | swapped)
        edits[todo] = _edits(a[todo], b[todo])
        year_a, year_b = store[self._year][i], store[self._year][j]
        same_year = (year_a == year_b) & (year_a != "")
        return _levels_from(missing, exact, [swapped, edits <= 1, same_year])
