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

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from rapidfuzz.distance import OSA, JaroWinkler
from rapidfuzz.process import cpdist

from sourcing.dedupe.normalise import NICKNAMES, chosen_part
from sourcing.parsing.vocab import fold

MISSING = -1

Column = NDArray[np.object_]
"""A column of the record store: one ``str`` per record, ``""`` when missing."""
Levels = NDArray[np.int8]
Rows = NDArray[np.int64]


def _jaro_winkler(a: Column, b: Column) -> NDArray[np.float32]:
    if len(a) == 0:
        return np.zeros(0, dtype=np.float32)
    return cpdist(a, b, scorer=JaroWinkler.normalized_similarity, workers=1)


def _edits(a: Column, b: Column) -> NDArray[np.int64]:
    if len(a) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.asarray(cpdist(a, b, scorer=OSA.distance, workers=1))


def _lengths(values: Column) -> NDArray[np.int64]:
    return np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))


def derived_column(field: str, what: str) -> str:
    """Name of a column a comparison derives from ``field``; blocking rules may use it."""
    return f"{field}~{what}"


def source_field(column: str) -> str:
    """The record field a (possibly derived) column comes from."""
    return column.split("~", 1)[0]


def code_column(name: str) -> str:
    """Name of the integer codes of a column: equal strings, equal codes; 0 is missing."""
    return f"{name}#"


def codes(values: Column) -> NDArray[np.int64]:
    # Python's str hash, stable within a process (the store is rebuilt, never saved);
    # comparing int64 codes is far cheaper than comparing Python strings.
    return np.fromiter((hash(v) or 1 if v else 0 for v in values), np.int64, len(values))


def _agreement(
    store: Mapping[str, Column], name: str, i: Rows, j: Rows
) -> tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.int64], NDArray[np.int64]]:
    """``(missing, exact, codes of i, codes of j)`` of one column for pairs ``(i, j)``."""
    ca, cb = store[code_column(name)][i], store[code_column(name)][j]
    missing = (ca == 0) | (cb == 0)
    return missing, (ca == cb) & ~missing, ca, cb


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
    # Exact agreement weighed by how common the value is (a shared rare surname says
    # more than a shared "Martin"); the model holds the frequencies.
    term_frequencies: bool = False
    # Fields read by ``derive`` besides ``fields`` (not compared, so a blocking rule on
    # them does not take this comparison out of that rule's EM session).
    reads: tuple[str, ...] = ()
    # Levels that only say something beyond the agreement of the comparisons on
    # ``given`` (a handle made from the names): their ``u`` is measured among candidate
    # pairs that agree on those, not among random pairs (see ``engine._estimate``).
    conditional_levels: tuple[int, ...] = ()
    given: tuple[str, ...] = ()

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        return {}

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        raise NotImplementedError

    def describe(self) -> dict[str, object]:
        return {
            "kind": type(self).__name__,
            "fields": list(self.fields),
            "levels": list(self.level_names),
            "term_frequencies": self.term_frequencies,
            **({"conditional_levels": list(self.conditional_levels)} if self.given else {}),
            **({"given": list(self.given)} if self.given else {}),
        }


@dataclass
class ExactLevels(Comparison):
    """exact, else."""

    name: str
    term_frequencies: bool = False
    level_names: tuple[str, ...] = ("exact", "else")

    def __post_init__(self) -> None:
        self.fields = (self.name,)

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, _, _ = _agreement(store, self.name, i, j)
        return _levels_from(missing, exact, [])


@dataclass
class StringLevels(Comparison):
    """exact, Jaro-Winkler >= t1, >= t2, ..., else."""

    name: str
    thresholds: tuple[float, ...] = (0.92, 0.80)
    term_frequencies: bool = False
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,)
        self.level_names = ("exact", *(f"jw>={t}" for t in self.thresholds), "else")

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, _, _ = _agreement(store, self.name, i, j)
        sim = np.zeros(len(i), dtype=np.float32)
        todo = ~(missing | exact)
        column = store[self.name]
        sim[todo] = _jaro_winkler(column[i[todo]], column[j[todo]])
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
    fields swapped between the records), with ``short_forms`` a short form level (an
    ambiguous short form that may stand for the other: JP for Jean-Paul, whose
    canonical form is Jean-Pierre), Jaro-Winkler >= t1, >= t2, else."""

    name: str
    swapped_with: str | None = None
    thresholds: tuple[float, ...] = (0.92, 0.80)
    use_nicknames: bool = True
    term_frequencies: bool = False
    # the short_form level (off by default: models fitted before it keep their levels)
    short_forms: bool = False
    # a one_edit level (one typo: a letter changed, lost, added, or two swapped), off by
    # default for the same reason
    one_edit: bool = False
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,) if self.swapped_with is None else (self.name, self.swapped_with)
        self.short_forms = self.short_forms and self.use_nicknames
        short = ("short_form",) if self.short_forms else ()
        edit = ("one_edit",) if self.one_edit else ()
        self.level_names = (
            "exact",
            "alias",
            *short,
            *edit,
            *(f"jw>={t}" for t in self.thresholds),
            "else",
        )

    @property
    def canonical_column(self) -> str:
        """The derived column of canonical first names, to block on (``"first~canonical"``)."""
        return derived_column(self.name, "canonical")

    @property
    def _forms(self) -> str:
        return derived_column(self.name, "forms")

    @property
    def _ambiguous(self) -> str:
        return derived_column(self.name, "ambiguous")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        if not self.use_nicknames:
            return {}
        values = columns[self.name]
        forms = np.empty(len(values), dtype=object)
        forms[:] = [first_name_forms(v) if v else "" for v in values]
        return {
            self.canonical_column: np.array(
                [canonical_first_name(v) if v else "" for v in values], dtype=object
            ),
            self._forms: forms,
            self._ambiguous: np.array(["1" if len(f) > 2 else "" for f in forms], dtype=object),
        }

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, a, b = _agreement(store, self.name, i, j)
        alias = np.zeros(len(i), dtype=bool)
        short = np.zeros(len(i), dtype=bool)
        if self.use_nicknames:
            canon = store[code_column(self.canonical_column)]
            alias |= canon[i] == canon[j]
        if self.swapped_with is not None:
            _, _, oa, ob = _agreement(store, self.swapped_with, i, j)
            alias |= (a == ob) & (oa == b) & (oa != 0)
        todo = ~(missing | exact | alias)
        if self.short_forms:
            # only a value with several long forms can share one with another value
            forms = store[self._forms]
            several = store[code_column(self._ambiguous)]
            check = np.flatnonzero(todo & ((several[i] != 0) | (several[j] != 0)))
            short[check] = [
                bool(forms[x] & forms[y])
                for x, y in zip(i[check].tolist(), j[check].tolist(), strict=True)
            ]
            todo &= ~short
        column = store[self.name]
        edit = np.zeros(len(i), dtype=bool)
        if self.one_edit:
            # a typo in a name of at least five letters; shorter names are one edit
            # apart from too many others (Léa / Lya, Marc / Mary)
            long = todo & (_lengths(column[i]) >= 5) & (_lengths(column[j]) >= 5)
            edit[long] = _edits(column[i[long]], column[j[long]]) <= 1
            todo &= ~edit
        sim = np.zeros(len(i), dtype=np.float32)
        sim[todo] = _jaro_winkler(column[i[todo]], column[j[todo]])
        graded = [
            alias,
            *([short] if self.short_forms else []),
            *([edit] if self.one_edit else []),
            *(sim >= t for t in self.thresholds),
        ]
        return _levels_from(missing, exact, graded)


@functools.lru_cache(maxsize=1 << 18)
def first_name_forms(value: str) -> frozenset[str]:
    """The value (folded) and every long form it may stand for in the house's nickname
    table: ``"jp"`` -> ``{"jp", "jean pierre", "jean paul"}``."""
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(value)).split())
    forms = NICKNAMES.get(folded) or NICKNAMES.get(folded.replace(" ", "")) or ()
    return frozenset((folded, *forms))


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
        return derived_column(self.name, "digits")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        return {self._key: _digits(columns[self.name])}

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, _, _ = _agreement(store, self._key, i, j)
        edits = np.full(len(i), 1 << 20, dtype=np.int64)
        todo = ~(missing | exact)
        column = store[self._key]
        edits[todo] = _edits(column[i[todo]], column[j[todo]])
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
        return derived_column(self.name, "digits")

    @property
    def _swapped(self) -> str:
        return derived_column(self.name, "swapped")

    @property
    def _year(self) -> str:
        return derived_column(self.name, "year")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        digits = _digits(columns[self.name])
        swapped = np.array(
            [d[:4] + d[6:8] + d[4:6] if len(d) == 8 else "" for d in digits], dtype=object
        )
        year = np.array([d[:4] if len(d) >= 4 else "" for d in digits], dtype=object)
        return {self._key: digits, self._swapped: swapped, self._year: year}

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, _, b = _agreement(store, self._key, i, j)
        swapped = (store[code_column(self._swapped)][i] == b) & (b != 0)
        edits = np.full(len(i), 1 << 20, dtype=np.int64)
        todo = ~(missing | exact | swapped)
        column = store[self._key]
        edits[todo] = _edits(column[i[todo]], column[j[todo]])
        _, same_year, _, _ = _agreement(store, self._year, i, j)
        return _levels_from(missing, exact, [swapped, edits <= 1, same_year])


@functools.lru_cache(maxsize=1 << 18)
def _alnum(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(value))


@functools.lru_cache(maxsize=1 << 18)
def _first_forms_alnum(first: str) -> tuple[str, ...]:
    return tuple(sorted({f for f in map(_alnum, first_name_forms(first)) if f}))


def handles_from_names(first: str, last: str) -> set[str]:
    """The handles a person could make from their names alone: first+last, initial+last,
    last+first, last+initial, first+initial, first, last (in both field orders, with
    the long forms of a short first name: ``"jb"`` also gives ``"jeanbaptiste..."``)."""
    surname = _alnum(last)
    out: set[str] = set()
    if not surname:
        return out
    for given in _first_forms_alnum(first):
        for a, b in ((given, surname), (surname, given)):
            out |= {a + b, a[0] + b, b + a, b + a[0], a + b[0], a, b}
    return out


def _made_from_names(handle: str, first: str, last: str) -> bool:
    """``handle in handles_from_names(first, last)``, without building the set."""
    surname = _alnum(last)
    if not handle or not surname:
        return False
    for given in _first_forms_alnum(first):
        if handle in (given, surname):
            return True
        for a, b in ((given, surname), (surname, given)):
            if handle in (a + b, a[0] + b, b + a[0], a + b[0]):
                return True
    return False


@dataclass
class HandleLevels(Comparison):
    """Handles (already normalised): exact on a handle that is not made from both
    records' names; exact on one made from them (``mariedupont`` for two Marie
    Dupont); with ``different_from_names``, two different handles each made from its
    record's names (``jdupont`` / ``jeandupont`` for Jean Dupont); the same number in
    both handles (``dupont74`` / ``marie74``; without this level when ``same_number`` is
    off, for a ``NumberLevels`` comparison that weighs the numbers of every field); else.

    A handle made from the names is no independent evidence once the names agree:
    namesakes make the same one, and one person makes several. Those levels are
    ``conditional``: their ``u`` is measured among candidate pairs that agree on
    ``first`` and ``last`` (``engine._estimate``), not among random pairs, and term
    frequencies apply to the first level only."""

    name: str
    first: str = "first"
    last: str = "last"
    term_frequencies: bool = False
    min_number_digits: int = 2
    # off by default: the engine's benchmark figures were measured without this level
    different_from_names: bool = False
    # the same_number level; off when a ``NumberLevels`` comparison weighs the numbers
    same_number: bool = True
    # a handle made from one record's first name and the other's surname (a surname
    # typed with a typo on one side: ``mdupont`` for Marie Dupont and Marie Dupnot) is
    # made from the names too; off: only from each record's own names
    either_surname: bool = False
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        both = ("both_from_names",) if self.different_from_names else ()
        number = ("same_number",) if self.same_number else ()
        self.level_names = ("exact", "exact_from_names", *both, *number, "else")
        self.fields = (self.name,)
        self.reads = (self.first, self.last)
        self.conditional_levels = (1, 2) if self.different_from_names else (1,)
        self.given = (self.first, self.last)

    def describe(self) -> dict[str, object]:
        return {**super().describe(), "either_surname": self.either_surname}

    @property
    def _from_names(self) -> str:
        return derived_column(self.name, "from_names")

    @property
    def _number(self) -> str:
        return derived_column(self.name, "number")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        handles, firsts, lasts = columns[self.name], columns[self.first], columns[self.last]
        from_names = np.array(
            [
                "1" if _made_from_names(h, f, s) else ""
                for h, f, s in zip(handles, firsts, lasts, strict=True)
            ],
            dtype=object,
        )
        numbers = np.array(
            [
                d if len(d) >= self.min_number_digits else ""
                for d in (_NON_DIGIT.sub("", h) for h in handles)
            ],
            dtype=object,
        )
        return {self._from_names: from_names, self._number: numbers}

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, exact, _, _ = _agreement(store, self.name, i, j)
        named = store[code_column(self._from_names)]
        both_named = (named[i] != 0) & (named[j] != 0)
        from_names = exact & both_named
        if self.either_surname:
            one_side = np.flatnonzero(exact & ((named[i] != 0) != (named[j] != 0)))
            handles, firsts = store[self.name], store[self.first]
            lasts = store[self.last]
            from_names[one_side] = [
                _made_from_names(handles[x], firsts[x], lasts[y])
                or _made_from_names(handles[x], firsts[y], lasts[x])
                for x, y in zip(i[one_side].tolist(), j[one_side].tolist(), strict=True)
            ]
        graded = [from_names]
        if self.different_from_names:
            graded.append(both_named & ~exact)
        if self.same_number:
            graded.append(_agreement(store, self._number, i, j)[1] & ~exact)
        return _levels_from(missing, exact & ~from_names, graded)


_DIGIT_RUNS = re.compile(r"\d+")


def numbers_in(value: str, min_digits: int = 2) -> frozenset[str]:
    """The numbers (runs of at least ``min_digits`` digits) a handle, the local part of an
    e-mail address or a URL shows: ``"mdupont74@free.fr"`` -> ``{"74"}``."""
    runs = _DIGIT_RUNS.findall(chosen_part(value))
    return frozenset(run for run in runs if len(run) >= min_digits)


@dataclass
class NumberLevels(Comparison):
    """The numbers people put in what they name themselves, compared across fields: a
    number in one record's handle, e-mail local part or website (``dupont74``,
    ``mdupont74@...``, ``www.dupont74.fr``) found in any of those fields of the other
    record (``same_number``), or both records showing numbers and none shared
    (``different_numbers``); missing when either shows none, or when the two records
    hold the same value in one of those fields (the comparison of that field already
    weighs it, number included). Namesakes make the same handles from their names, but
    rarely pick the same number."""

    name: str
    sources: tuple[str, ...] = ("handle", "email", "website")
    min_digits: int = 2
    level_names: tuple[str, ...] = ("same_number", "different_numbers")

    def __post_init__(self) -> None:
        self.fields = tuple(self.sources)

    @property
    def numbers_column(self) -> str:
        """The derived column of each record's numbers (space-separated), to block on;
        named after the first source field, which blocking rules must name."""
        return derived_column(self.sources[0], "numbers")

    @property
    def _numbers(self) -> str:
        return self.numbers_column

    @property
    def _several(self) -> str:
        return derived_column(self.name, "several")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        n = len(columns[self.sources[0]])
        numbers, several = np.full(n, "", dtype=object), np.full(n, "", dtype=object)
        for k, values in enumerate(zip(*(columns[s] for s in self.sources), strict=True)):
            found: set[str] = set()
            for value in values:
                if value:
                    found |= numbers_in(value, self.min_digits)
            if found:
                numbers[k] = " ".join(sorted(found))
                several[k] = "1" if len(found) > 1 else ""
        return {self._numbers: numbers, self._several: several}

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        missing, same, _, _ = _agreement(store, self._numbers, i, j)
        for source in self.sources:
            missing |= _agreement(store, source, i, j)[1]
        several = store[code_column(self._several)]
        check = np.flatnonzero(~(missing | same) & ((several[i] != 0) | (several[j] != 0)))
        numbers = store[self._numbers]
        same[check] = [
            bool(set(numbers[x].split()) & set(numbers[y].split()))
            for x, y in zip(i[check].tolist(), j[check].tolist(), strict=True)
        ]
        return _levels_from(missing, same, [])


@dataclass
class SpelledNameLevels(Comparison):
    """A name the two records give differently, checked against what each record calls
    itself elsewhere: ``spelled`` when one record's name (folded, letters and digits only)
    is written in the other's handle, e-mail local part or website (a surname typed with a
    typo, ``vainvi``, beside a handle ``vincentvianvi`` made from the right one),
    ``not_spelled`` otherwise. A name that is part of the other record's own names
    (``"marie"`` beside Marie Martin's ``mariemartin``) proves nothing there and is not
    looked for. Missing when the names agree exactly (the name
    comparison already weighs that), when a name is shorter than ``min_length``, or when
    neither record has any of those fields."""

    name: str
    field_name: str = "last"
    identifiers: tuple[str, ...] = ("handle", "email", "website")
    own_names: tuple[str, ...] = ("first", "last")
    min_length: int = 4
    level_names: tuple[str, ...] = ("spelled", "not_spelled")

    def __post_init__(self) -> None:
        self.fields = (self.field_name, *self.identifiers)
        self.reads = tuple(f for f in self.own_names if f not in self.fields)

    @property
    def _spelling(self) -> str:
        return derived_column(self.name, "name")

    @property
    def _written(self) -> str:
        return derived_column(self.name, "written")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        n = len(columns[self.field_name])
        spelling, written = np.full(n, "", dtype=object), np.full(n, "", dtype=object)
        for k, value in enumerate(columns[self.field_name]):
            name = _alnum(value) if value else ""
            if len(name) >= self.min_length:
                spelling[k] = name
        for k, values in enumerate(zip(*(columns[s] for s in self.identifiers), strict=True)):
            if any(values):  # one word per field: _alnum leaves no space
                written[k] = " ".join(_alnum(chosen_part(v)) for v in values if v)
        return {self._spelling: spelling, self._written: written}

    def _is_own_name(self, name: str, store: Mapping[str, Column], row: int) -> bool:
        return any(name in _alnum(store[f][row]) for f in self.own_names if store[f][row])

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        _, same_name, ni, nj = _agreement(store, self._spelling, i, j)
        _, _, wi, wj = _agreement(store, self._written, i, j)
        can = ((ni != 0) & (wj != 0)) | ((nj != 0) & (wi != 0))
        check = np.flatnonzero(can & ~same_name)
        names, written = store[self._spelling], store[self._written]

        def spells(x: int, y: int) -> bool:
            name = names[x]
            return bool(name) and name in written[y] and not self._is_own_name(name, store, y)

        spelled = np.zeros(len(i), dtype=bool)
        spelled[check] = [
            spells(x, y) or spells(y, x)
            for x, y in zip(i[check].tolist(), j[check].tolist(), strict=True)
        ]
        missing = np.ones(len(i), dtype=bool)
        missing[check] = False
        return _levels_from(missing, spelled, [])
