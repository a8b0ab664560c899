"""The pool's own match model: Fellegi-Sunter weights fitted on the talent pool without
labels (``u`` from random pairs, ``m`` by EM per blocking rule, term frequencies of
names), stored in ``match_model`` and used by ``resolve`` for every pair that no exact
key settles. Until a model is fitted, the preset weights of ``DedupeConfig`` apply.

The comparisons and blocking rules below mirror the keys the pool indexes
(``keys.blocking_keys``), so the pairs the model is trained on are the pairs it judges.

Models stored before 2026-11-29 compared handles exactly and first names without the
short-form level (``pool_settings(SETTINGS_2026_11_28)``); models stored on 2026-11-29
before the cross-field evidence had no numbers, spelled surnames, e-mails or sites
(``SETTINGS_2026_11_29``); models stored with the cross-field evidence but before the
surnames' one-typo level had no ``one_edit`` level (``SETTINGS_2026_11_29_CROSS_FIELD``);
models stored before the skills-by-rarity settings compared skills by how many are shared
(``SETTINGS_2026_11_29_ONE_EDIT``). Since then the skills' levels read two tables
counted on the pool when the model is fitted (``SkillTables``), stored with it in
``match_model.model`` and read back with it. A model of earlier settings still weighs
pairs with the comparisons it was fitted with, and ``is_outdated`` tells ``refit`` to
replace it without waiting for the pool to grow (the refit resolves the whole pool
again, which stores every identity's keys again, so identities already in the pool gain
the new blocking keys). A stored model whose levels match no settings known here, or of
the current levels without its skill tables, is ignored (the preset weights apply),
with a warning.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schemas import ParsedProfile
from models.tables import AuditEvent, Identity, MatchModel
from sourcing.dedupe.blocking import block_on
from sourcing.dedupe.engine import EngineSettings, Records, fit, score_pairs
from sourcing.dedupe.fellegi_sunter import FellegiSunterModel, TrainingSettings
from sourcing.dedupe.keys import declared_sites, email_local_parts
from sourcing.dedupe.levels import (
    MISSING,
    Column,
    Comparison,
    ExactLevels,
    HandleLevels,
    Levels,
    NameLevels,
    NumberLevels,
    Rows,
    SpelledNameLevels,
    derived_column,
)
from sourcing.dedupe.normalise import (
    NICKNAMES,
    name_tokens,
    normalise_handle,
    surname_as_written,
)
from sourcing.parsing.vocab import fold

log = logging.getLogger(__name__)

# Imports of plain text (CSV, LinkedIn exports) may hold several records of one person.
UNCONSTRAINED_SOURCES = frozenset({"text"})
# Below this many parsed identities EM has too few pairs to learn from.
MIN_IDENTITIES_TO_FIT = 100
# Compound first names that a short form stands for ("jean paul" for JP): kept whole as
# the first name, so that JP and Jean-Paul meet at the short-form level, not as "jp"
# against "jean". (The stored first_city key keeps the first token, so for these names
# only, the fit's rule on canonical first name and city groups pairs a little apart
# from the pool's key.)
COMPOUND_FIRST_NAMES = frozenset(f for forms in NICKNAMES.values() for f in forms if " " in f)


@dataclass
class SetLevels(Comparison):
    """Sets of ids (skills, schools, employers) compared by how many they share:
    ``>= at_least[0]`` shared, ``>= at_least[1]``, ..., none shared; missing when either
    side has none. Values are ``|``-joined ids.

    With ``shares`` (id -> share of the records with a set that hold it, counted once on
    the data a model is fitted on, see ``id_shares``) and ``bits_at_least``, the levels
    are how much the shared ids say instead of how many they are: the sum over the
    shared ids of ``-log2(share)``, ``>= bits_at_least[0]``, ..., then "shared" (less),
    then none shared. Two namesakes in one role share its common skills; one person's
    accounts share their rarer ones. An id the table lacks counts as held by one
    record (``rare_share``). With ``none_shared_from``, "none shared" is split: a last
    level for two sets that both hold at least that many ids (two accounts of one person
    that each show several skills seldom show disjoint ones; one skill each often
    does). With ``together`` (id -> id -> how much more often the two are held by one
    set than by chance, in bits, see ``id_affinity``), two sets that share none but whose
    ids go together (their mean over every pair across reaches ``related_bits``) are
    "none shared, related", a level between "shared" and "none shared": one person's
    accounts show different skills of one trade, namesakes those of two."""

    name: str
    at_least: tuple[int, ...] = (1,)
    term_frequencies: bool = False
    shares: Mapping[str, float] | None = None
    bits_at_least: tuple[float, ...] = ()
    rare_share: float = 1e-6
    none_shared_from: int | None = None
    together: Mapping[str, Mapping[str, float]] | None = None
    related_bits: float = 1.0
    fields: tuple[str, ...] = field(init=False)
    level_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (self.name,)
        related = self.together is not None
        if (self.none_shared_from is not None or related) and not self.bits_at_least:
            raise ValueError("none_shared_from and together go with bits_at_least")
        if self.bits_at_least:
            if self.shares is None:
                raise ValueError("bits_at_least needs the shares of the ids")
            split = (
                (f"none shared, {self.none_shared_from}+ each",)
                if self.none_shared_from is not None
                else ()
            )
            self.level_names = (
                *(f"{b:g}+ bits shared" for b in self.bits_at_least),
                "shared",
                *(("none shared, related",) if related else ()),
                "none shared",
                *split,
            )
        else:
            self.level_names = (*(f"{n}+ shared" for n in self.at_least), "none shared")

    def describe(self) -> dict[str, object]:
        if not self.bits_at_least:
            return super().describe()
        return {
            **super().describe(),
            "ids_with_shares": len(self.shares or {}),
            **({"related_bits": self.related_bits} if self.together is not None else {}),
        }

    @property
    def _sets(self) -> str:
        return derived_column(self.name, "set")

    def derive(self, columns: Mapping[str, Column]) -> dict[str, Column]:
        sets = np.empty(len(columns[self.name]), dtype=object)
        sets[:] = [frozenset(v.split("|")) if v else frozenset() for v in columns[self.name]]
        return {self._sets: sets}

    def _related(
        self, a: frozenset[str], b: frozenset[str], bits: Mapping[str, float], rare: float
    ) -> bool:
        """Whether the ids of ``a`` and ``b`` go together: the mean, over the pairs across
        of ids both known, of how much more often one set holds both than chance would
        (two never held together: as if half a set held them)."""
        together = self.together or {}
        total, pairs = 0.0, 0
        for x in a:
            if x not in bits:
                continue
            row = together.get(x, {})
            for y in b:
                if y not in bits:
                    continue
                # log2(P(x, y) / (P(x) P(y))) with P(x, y) = 1 / (2 sets) when never seen
                total += row.get(y, bits[x] + bits[y] - rare - 1.0)
                pairs += 1
        return pairs > 0 and total / pairs >= self.related_bits

    def levels(self, store: Mapping[str, Column], i: Rows, j: Rows) -> Levels:
        sets = store[self._sets]
        out = np.empty(len(i), dtype=np.int8)
        if self.bits_at_least:
            bits = {k: -math.log2(v) for k, v in (self.shares or {}).items()}
            rare = -math.log2(self.rare_share)
            none = len(self.bits_at_least) + 1  # the first level where nothing is shared
            offset = 1 if self.together is not None else 0
            for k, (a, b) in enumerate(zip(sets[i], sets[j], strict=True)):
                if not a or not b:
                    out[k] = MISSING
                    continue
                shared = a & b
                if not shared:
                    if self.together is not None and self._related(a, b, bits, rare):
                        out[k] = none
                    elif (
                        self.none_shared_from is not None
                        and min(len(a), len(b)) >= self.none_shared_from
                    ):
                        out[k] = none + offset + 1
                    else:
                        out[k] = none + offset
                    continue
                said = sum(bits.get(s, rare) for s in shared)
                out[k] = next(
                    (level for level, t in enumerate(self.bits_at_least) if said >= t),
                    len(self.bits_at_least),
                )
            return out
        for k, (a, b) in enumerate(zip(sets[i], sets[j], strict=True)):
            if not a or not b:
                out[k] = MISSING
                continue
            shared = len(a & b)
            out[k] = next(
                (level for level, n in enumerate(self.at_least) if shared >= n),
                len(self.at_least),
            )
        return out


def id_shares(values: Sequence[str | None]) -> tuple[dict[str, float], float]:
    """Per id of ``|``-joined id sets, the share of the non-empty sets holding it; and the
    share of an id held by a single set (for ids not seen here)."""
    counts: Counter[str] = Counter()
    holders = 0
    for value in values:
        if value:
            holders += 1
            counts.update(set(value.split("|")))
    total = max(holders, 1)
    return {k: n / total for k, n in counts.items()}, 1.0 / total


CURRENT_SETTINGS = "2026-11-29-skills-by-rarity"
# Skills compared by how many are shared (3+, 1 or 2, none): the settings of the models
# stored before the skills' rarity, disjoint-lists and related-skills levels.
SETTINGS_2026_11_29_ONE_EDIT = "2026-11-29-one-edit"
# The cross-field evidence without the one_edit level of surnames: the settings of the
# models stored before it.
SETTINGS_2026_11_29_CROSS_FIELD = "2026-11-29-cross-field"
# Handles compared given the names with a number level, short forms of first names, no
# e-mail or website column, names as displayed: the settings of the models stored
# before the cross-field evidence.
SETTINGS_2026_11_29 = "2026-11-29"
# Handles compared exactly, first names without the short-form level, term frequencies
# counting the record itself: the settings of the models stored until then.
SETTINGS_2026_11_28 = "2026-11-28"
KNOWN_SETTINGS = (
    CURRENT_SETTINGS,
    SETTINGS_2026_11_29_ONE_EDIT,
    SETTINGS_2026_11_29_CROSS_FIELD,
    SETTINGS_2026_11_29,
    SETTINGS_2026_11_28,
)


# The skills' levels (the scale benchmark, ``dedupe_scale.py``, uses these too), fixed
# before the first run that used them: a step of 8 bits is one shared skill that 1 in 256
# of the identities with skills show (or two that 1 in 16 show); "none shared" apart when
# both identities show at least 3 skills; disjoint skills "related" when, on average over
# the pairs across, identities show them together at least twice as often as chance.
SKILL_BITS = (24.0, 16.0, 8.0)
SKILL_NONE_SHARED_FROM = 3
SKILL_RELATED_BITS = 1.0
# The key of the skill tables in a stored model's JSON (``MatchModel.model``).
SKILL_TABLES_KEY = "skill_tables"


@dataclass(frozen=True)
class SkillTables:
    """What the skills' levels read, counted once on the identities a model is fitted on
    (no labels) and stored with it: the share of the identities with skills that show
    each skill, the share of one identity (for a skill not seen then), and how much more
    often two skills are shown together than by chance (``id_shares``, ``id_affinity``).
    Fixed with the model, so that an identity resolved later is weighed as in a batch."""

    shares: Mapping[str, float] = field(default_factory=dict)
    rare_share: float = 1.0
    together: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    @classmethod
    def count(cls, skills: Sequence[str | None]) -> SkillTables:
        shares, rare = id_shares(skills)
        return cls(shares, rare, id_affinity(skills))

    def as_dict(self) -> dict[str, object]:
        return {
            "shares": dict(self.shares),
            "rare_share": self.rare_share,
            "together": {k: dict(v) for k, v in self.together.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SkillTables:
        return cls(
            shares=dict(data["shares"]),  # type: ignore[call-overload]
            rare_share=float(data["rare_share"]),  # type: ignore[arg-type]
            together={k: dict(v) for k, v in data["together"].items()},  # type: ignore[attr-defined]
        )


def skills_comparison(version: str, tables: SkillTables | None = None) -> SetLevels:
    """The skills by how many are shared (settings before ``CURRENT_SETTINGS``), or by
    what the shared ones say, disjoint long lists apart and disjoint related skills apart,
    read from ``tables`` (empty ones when none are given: the levels, not the weighing)."""
    if version != CURRENT_SETTINGS:
        return SetLevels("skills", at_least=(3, 1))
    tables = tables or SkillTables()
    return SetLevels(
        "skills",
        shares=tables.shares,
        bits_at_least=SKILL_BITS,
        rare_share=tables.rare_share,
        none_shared_from=SKILL_NONE_SHARED_FROM,
        together=tables.together,
        related_bits=SKILL_RELATED_BITS,
    )


def pool_settings(
    version: str = CURRENT_SETTINGS, skill_tables: SkillTables | None = None
) -> EngineSettings:
    """Comparisons and blocking for the pool's identities, fixed before any fit: those
    of the in-memory engine's scale benchmark where the pool has the fields (a handle
    made from the names judged given the names, either record's surname counting; the
    short-form level of first names, JP / Jean-Paul; term frequencies without the
    record itself; the numbers of the handle, e-mail local parts and sites compared
    across those fields, and the surname they spell, with a blocking rule on the
    canonical first name and the numbers), and a level for two different handles both
    made from the names: a Stack Exchange handle is the display name, so ``jdupont`` /
    ``Jean Dupont`` is common; a surname one typo away has a level of its own.
    The skills are compared as the scale benchmark's kept settings compare them
    (``skills_comparison``, reading ``skill_tables``, those of the fitted model).
    ``version``: the settings of models fitted earlier (``SETTINGS_2026_11_29_ONE_EDIT``
    with the skills compared by count; ``SETTINGS_2026_11_29_CROSS_FIELD`` also
    without the one-typo level; ``SETTINGS_2026_11_29``, with the handle's own number
    level and no cross-field comparisons; ``SETTINGS_2026_11_28``)."""
    if version not in KNOWN_SETTINGS:
        raise ValueError(f"unknown pool settings {version!r}")
    short_forms = version != SETTINGS_2026_11_28
    cross_field = version in (
        CURRENT_SETTINGS,
        SETTINGS_2026_11_29_ONE_EDIT,
        SETTINGS_2026_11_29_CROSS_FIELD,
    )
    first = NameLevels("first", swapped_with="last", term_frequencies=True, short_forms=short_forms)
    handle: Comparison = (
        HandleLevels(
            "handle",
            term_frequencies=True,
            different_from_names=True,
            same_number=not cross_field,
            either_surname=cross_field,
        )
        if short_forms
        else ExactLevels("handle", term_frequencies=True)
    )
    number = NumberLevels("numbers", sources=("handle", "email", "website"))
    across: tuple[Comparison, ...] = (
        (number, SpelledNameLevels("last_spelled", identifiers=("handle", "email", "website")))
        if cross_field
        else ()
    )
    by_number = (block_on(first.canonical_column, number.numbers_column),) if cross_field else ()
    return EngineSettings(
        comparisons=(
            first,
            NameLevels(
                "last",
                swapped_with="first",
                use_nicknames=False,
                term_frequencies=True,
                one_edit=version in (CURRENT_SETTINGS, SETTINGS_2026_11_29_ONE_EDIT),
            ),
            ExactLevels("city", term_frequencies=True),
            handle,
            skills_comparison(version, skill_tables),
            SetLevels("schools"),
            SetLevels("employers"),
            *across,
        ),
        blocking_rules=(
            block_on("last"),
            block_on(first.canonical_column, "city"),
            block_on("handle"),
            *by_number,
        ),
        max_block_size=500,
        match_weight_threshold=0.0,
        training=TrainingSettings(term_frequencies_leave_one_out=short_forms),
    )


def _levels_of(settings: EngineSettings) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((c.name, tuple(c.level_names)) for c in settings.comparisons)


def settings_version(model: FellegiSunterModel) -> str | None:
    """The pool settings a stored model was fitted with, told by its comparisons and
    levels; ``None`` when no settings known here have them."""
    levels = tuple(zip(model.comparisons, model.level_names, strict=True))
    return next(
        (version for version in KNOWN_SETTINGS if _levels_of(pool_settings(version)) == levels),
        None,
    )


def pool_records(identities: Sequence[Identity], version: str = CURRENT_SETTINGS) -> Records:
    """The model's view of identities: normalised names, place, handle, the local parts
    of the e-mails and the sites the profile declares (``keys.email_local_parts``,
    ``keys.declared_sites``: only what the comparisons read) and id sets. With the
    current settings (and ``SETTINGS_2026_11_29_CROSS_FIELD``) the surname is taken as
    the record's own handle, e-mails and sites write it (``surname_as_written``); for
    models of ``SETTINGS_2026_11_29`` and before,
    as displayed (and for ``SETTINGS_2026_11_28``, the first name is the first token
    only). First names stay as displayed: on the sample network, short forms replaced by
    the long form their handle writes left EM too few short-form matches, and it
    learned the short-form level as evidence against (-15 bits), splitting a person."""
    columns: dict[str, list[str | None]] = {
        name: []
        for name in (
            "first",
            "last",
            "city",
            "handle",
            "email",
            "website",
            "skills",
            "schools",
            "employers",
        )
    }
    for identity in identities:
        parsed = ParsedProfile.model_validate(identity.parsed or {})
        tokens = name_tokens(parsed.name or identity.display_name or "")
        handle = normalise_handle(identity.handle or "")
        emails = email_local_parts(parsed.emails)
        sites = declared_sites(parsed.urls, identity.url)
        compound = (
            version != SETTINGS_2026_11_28
            and len(tokens) >= 3
            and " ".join(tokens[:2]) in COMPOUND_FIRST_NAMES
        )
        first = " ".join(tokens[:2]) if compound else (tokens[0] if tokens else None)
        last = tokens[-1] if len(tokens) >= 2 else None
        if version not in (SETTINGS_2026_11_29, SETTINGS_2026_11_28) and last:
            last = surname_as_written(last, [handle, *emails, *sites])
        columns["first"].append(first)
        columns["last"].append(last)
        columns["city"].append(fold(parsed.location.city) if parsed.location.city else None)
        columns["handle"].append(handle if len(handle) >= 4 else None)
        # several values in one field: space-separated (numbers are read per run of digits)
        columns["email"].append(" ".join(emails) or None)
        columns["website"].append(" ".join(sites) or None)
        columns["skills"].append("|".join(sorted({s.id for s in parsed.skills})))
        columns["schools"].append("|".join(sorted({s.id for s in parsed.schools})))
        columns["employers"].append("|".join(sorted({fold(e) for e in parsed.employers})))
    return Records(
        ids=[i.id for i in identities],
        columns=columns,
        sources=[None if i.source in UNCONSTRAINED_SOURCES else i.source for i in identities],
    )


class NotEnoughData(ValueError):
    """The pool is too small to learn weights from; the preset weights stay in use."""


def fit_pool_model(session: Session, actor: str = "vivier") -> MatchModel:
    """Fit a model on every parsed identity of the pool and store it as the current one."""
    identities = session.scalars(
        select(Identity).where(Identity.parsed.is_not(None)).order_by(Identity.id)
    ).all()
    if len(identities) < MIN_IDENTITIES_TO_FIT:
        raise NotEnoughData(
            f"the pool has {len(identities)} parsed identities; at least "
            f"{MIN_IDENTITIES_TO_FIT} are needed to learn match weights, so the preset "
            "weights stay in use"
        )
    records = pool_records(identities)
    tables = SkillTables.count(records.columns["skills"])
    settings = pool_settings(CURRENT_SETTINGS, tables)
    model = fit(records, settings)
    row = MatchModel(
        identities=len(identities),
        candidate_pairs=int(model.training.get("candidate_pairs", 0)),  # type: ignore[call-overload]
        settings=settings.as_dict(),
        model={**_plain(model.as_dict()), SKILL_TABLES_KEY: tables.as_dict()},  # type: ignore[dict-item]
    )
    session.add(row)
    session.flush()
    session.add(
        AuditEvent(
            actor=actor,
            action="fit-model",
            subject=f"match_model:{row.id}",
            details={"identities": row.identities, "candidate_pairs": row.candidate_pairs},
        )
    )
    return row


def _plain(value: object) -> object:
    """JSON-ready copy: numpy scalars and arrays become Python numbers and lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    return value


@dataclass(frozen=True)
class PoolModel:
    """A stored model, ready to weigh pairs of identities."""

    id: int
    model: FellegiSunterModel
    settings: EngineSettings
    version: str = CURRENT_SETTINGS  # of the settings, see ``pool_settings``

    def score(
        self, identities: Sequence[Identity], pairs: Sequence[tuple[int, int]]
    ) -> list[tuple[float, dict[str, object]]]:
        """Match weight and evidence of each pair of identity ids."""
        weights, evidence = self._score(identities, pairs, explain=True)
        return [
            (weight, _evidence(self.id, why)) for weight, why in zip(weights, evidence, strict=True)
        ]

    def weights(
        self, identities: Sequence[Identity], pairs: Sequence[tuple[int, int]]
    ) -> list[float]:
        """Match weight of each pair of identity ids, without the evidence."""
        return self._score(identities, pairs, explain=False)[0]

    def _score(
        self, identities: Sequence[Identity], pairs: Sequence[tuple[int, int]], explain: bool
    ) -> tuple[list[float], list[dict[str, object]]]:
        if not pairs:
            return [], []
        row = {identity.id: n for n, identity in enumerate(identities)}
        weights, evidence = score_pairs(
            pool_records(identities, self.version),
            self.settings,
            self.model,
            [row[a] for a, _ in pairs],
            [row[b] for _, b in pairs],
            explain=explain,
        )
        return [float(w) for w in weights.tolist()], evidence


def _evidence(model_id: int, explained: dict[str, object]) -> dict[str, object]:
    fields: dict[str, dict[str, object]] = explained["fields"]  # type: ignore[assignment]
    return {
        "model": model_id,
        "score": round(float(explained["match_probability"]), 4),
        "match_weight": explained["match_weight"],
        "prior_weight": explained["prior_weight"],
        "levels": {
            name: f"{f['level']} ({float(f['weight']):+.1f} bits)"
            for name, f in fields.items()
            if f["level"] != "missing"
        },
    }


_loaded: dict[tuple[str, int, str], PoolModel | None] = {}


def current_model(session: Session) -> PoolModel | None:
    """The latest fitted model, or ``None`` while the preset weights apply (no model
    yet, or one whose comparisons no settings known here have: see the module)."""
    latest = session.scalar(select(MatchModel).order_by(MatchModel.id.desc()).limit(1))
    if latest is None:
        return None
    key = (str(session.get_bind().url), latest.id, latest.fitted_at.isoformat())
    if key not in _loaded:
        model = FellegiSunterModel.from_dict(latest.model)
        version = settings_version(model)
        stored_tables = latest.model.get(SKILL_TABLES_KEY)
        if version == CURRENT_SETTINGS and stored_tables is None:
            log.warning(
                "match model %s has no skill tables; the preset weights apply until "
                "`vivier pool refit` fits a new one",
                latest.id,
            )
            version = None
        elif version is None:
            log.warning(
                "match model %s has comparisons this version cannot weigh (%s); the preset "
                "weights apply until `vivier pool refit` fits a new one",
                latest.id,
                ", ".join(model.comparisons),
            )
        elif version != CURRENT_SETTINGS:
            log.warning(
                "match model %s was fitted with the pool settings of %s; it weighs pairs "
                "with those until the next refit, which will not wait for the pool to grow",
                latest.id,
                version,
            )
        _loaded[key] = (
            None
            if version is None
            else PoolModel(
                latest.id,
                model,
                pool_settings(
                    version,
                    SkillTables.from_dict(stored_tables) if stored_tables is not None else None,
                ),
                version,
            )
        )
    return _loaded[key]


def is_outdated(row: MatchModel) -> bool:
    """Whether a stored model was fitted with other settings than the current ones (an
    older version, or unknown), so that a refit should replace it now."""
    return settings_version(FellegiSunterModel.from_dict(row.model)) != CURRENT_SETTINGS


def id_affinity(values: Sequence[str | None]) -> dict[str, dict[str, float]]:
    """For each two ids that one of the ``|``-joined sets holds together, how much more
    often the sets hold both than if they held ids independently, in bits:
    ``log2(P(x, y) / (P(x) P(y)))`` over the non-empty sets (symmetric)."""
    single: Counter[str] = Counter()
    joint: Counter[tuple[str, str]] = Counter()
    holders = 0
    for value in values:
        if value:
            holders += 1
            ids = sorted(set(value.split("|")))
            single.update(ids)
            joint.update(itertools.combinations(ids, 2))
    out: dict[str, dict[str, float]] = {}
    for (x, y), n in joint.items():
        bits = math.log2(n * holders / (single[x] * single[y]))
        out.setdefault(x, {})[y] = bits
        out.setdefault(y, {})[x] = bits
    return out
