"""Speed and quality of the offline pipeline on the bundled sample network.

    python benchmarks/pipeline.py [--repeat 5] [--postgres URL]

Prints: parse throughput (batched nlp.pipe vs one profile at a time, same run), ingest
wall time into SQLite (and PostgreSQL when given), and pairwise dedupe precision /
recall / F1 against the answer file.
"""

import argparse
import itertools
import json
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from models.db import make_engine, normalise_url, session_factory, upgrade
from models.tables import Identity
from sourcing import pool
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources import read_fields
from sourcing.sources.sample import SampleSource

TRUTH = Path(__file__).parents[1] / "tests" / "fixtures" / "sample_truth.json"


def parse_speed(parser: ProfileParser, repeat: int) -> None:
    records = SampleSource().records()
    fields = [read_fields(r.source, r.payload) for r in records] * repeat
    parser.parse_many(fields[:50])  # warm up: the place gazetteer loads on first use
    started = time.perf_counter()
    parser.parse_many(fields)
    batched = time.perf_counter() - started
    started = time.perf_counter()
    for item in fields[: len(records)]:
        parser.parse(item)
    single = (time.perf_counter() - started) * repeat
    print(
        f"parse: {len(fields)} profiles, batched {len(fields) / batched:,.0f}/s, "
        f"one at a time {len(fields) / single:,.0f}/s (x{single / batched:.1f} for batching)"
    )


def pairs_of(groups: dict[str, set[int]]) -> set[tuple[int, int]]:
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(g, 2)}  # type: ignore[misc]


def ingest_and_score(url: str, parser: ProfileParser, label: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    records = SampleSource().records()
    timings = []
    with session_factory(engine)() as session:
        started = time.perf_counter()
        pool.ingest(session, records, parser)
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        pool.ingest(session, records, parser)
        rerun = time.perf_counter() - started
        truth = json.loads(TRUTH.read_text("utf-8"))
        person = {
            (i["source"], i["external_id"]): p["person_id"]
            for p in truth["people"]
            for i in p["identities"]
        }
        predicted: dict[str, set[int]] = defaultdict(set)
        actual: dict[str, set[int]] = defaultdict(set)
        for identity in session.scalars(select(Identity)):
            predicted[str(identity.candidate_id)].add(identity.id)
            actual[person[(identity.source, identity.external_id)]].add(identity.id)
    p_pairs, a_pairs = pairs_of(predicted), pairs_of(actual)
    tp = len(p_pairs & a_pairs)
    precision = tp / len(p_pairs) if p_pairs else 1.0
    recall = tp / len(a_pairs) if a_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"ingest [{label}]: {len(records)} profiles in {statistics.mean(timings):.2f}s "
        f"(re-run with nothing new {rerun:.2f}s); candidates {len(predicted)} "
        f"for {len(actual)} people; pairwise precision {precision:.4f} recall {recall:.4f} "
        f"F1 {f1:.4f}"
    )
    engine.dispose()


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--postgres", help="server URL; a throwaway database is created on it")
    options = args.parse_args()
    started = time.perf_counter()
    parser = ProfileParser()
    print(f"parser ready in {time.perf_counter() - started:.2f}s")
    parse_speed(parser, options.repeat)
    with tempfile.TemporaryDirectory() as folder:
        ingest_and_score(f"sqlite:///{folder}/pool.db", parser, "sqlite")
    if options.postgres:
        base = make_url(normalise_url(options.postgres))
        name = f"vivier_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = base.set(database=name).render_as_string(hide_password=False)
            ingest_and_score(url, parser, "postgresql")
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
