"""The talent pool's own resolution (``sourcing/dedupe/resolve.py``, the code that runs
on every ingest) with the preset weights and with weights learned from the pool, side by
side in one run, on synthetic identities with known people.

The identities come from the generator of ``dedupe_scale.py`` (several networks, typos,
nicknames, "NOM Prénom", missing fields, shared e-mails and websites). They are stored as
parsed identities in an SQLite pool, so resolution uses the pool's stored keys, exact keys
(e-mails, websites), blocking keys and clustering rules, exactly as after a real ingest.

    python benchmarks/pool_resolution.py            # 5,000 identities
    python benchmarks/pool_resolution.py --n 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedupe_scale import Identities, generate

from models.db import make_engine, session_factory, upgrade
from models.schemas import Location, ParsedProfile, SkillMention
from models.tables import Candidate, Identity, MatchModel, ReviewPair
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig


def store(session: Session, identities: Identities) -> dict[int, int]:
    """Parsed identities in the pool; returns identity id -> true person."""
    rows = []
    for r in range(len(identities)):
        parsed = ParsedProfile(
            name=identities.display_name[r],
            location=Location(city=identities.city[r]),
            employers=[e] if (e := identities.employer[r]) else [],
            emails=[m] if (m := identities.email[r]) else [],
            urls=[w] if (w := identities.website[r]) else [],
            skills=[
                SkillMention(id=s, label=s) for s in (identities.skills[r] or "").split("|") if s
            ],
        )
        network, handle = identities.network[r], identities.handle[r]
        rows.append(
            Identity(
                source=network,
                external_id=str(identities.ids[r]),
                handle=handle,
                url=f"https://{network}.example/{handle}-{identities.ids[r]}",
                display_name=identities.display_name[r],
                content_hash=f"h{r}",
                parsed=parsed.model_dump(mode="json"),
                parsed_hash=f"h{r}",
            )
        )
    session.add_all(rows)
    session.flush()
    return {row.id: identities.person[r] for r, row in enumerate(rows)}


def pairwise(session: Session, person_of: dict[int, int]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of the pool's candidates against the people."""
    assignment = session.execute(select(Identity.id, Identity.candidate_id)).tuples().all()

    def pairs(groups: Counter[object]) -> int:
        return sum(k * (k - 1) // 2 for k in groups.values())

    predicted = pairs(Counter(c for _, c in assignment))
    true = pairs(Counter(person_of[i] for i, _ in assignment))
    both = pairs(Counter((c, person_of[i]) for i, c in assignment))
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": true}


def queue_breakdown(session: Session, person_of: dict[int, int]) -> dict[str, int]:
    """Pending review pairs: matches that clustering left apart (their evidence says
    why) and pairs of the uncertain band, each with how many are one person."""
    counts = Counter[str]()
    for pair in session.scalars(select(ReviewPair).where(ReviewPair.status == "pending")):
        kind = "apart" if (pair.evidence or {}).get("not_merged") else "band"
        counts[kind] += 1
        if person_of[pair.identity_a_id] == person_of[pair.identity_b_id]:
            counts[f"{kind}_same"] += 1
    return {k: counts[k] for k in ("apart", "apart_same", "band", "band_same")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5_000, help="identities")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    identities = generate(args.n, seed=args.seed)
    folder = Path(tempfile.mkdtemp(prefix="vivier-pool-bench-"))
    engine = make_engine(f"sqlite:///{folder / 'pool.db'}")
    upgrade(engine)
    config = DedupeConfig()
    with session_factory(engine)() as session:
        person_of = store(session, identities)
        session.commit()
        people = len(set(person_of.values()))
        print(f"{args.n:,} identities of {people:,} people (seed {args.seed}), SQLite pool")

        started = time.perf_counter()
        pool.resolve_pending(session, config)
        session.commit()
        preset_seconds = time.perf_counter() - started
        preset = pairwise(session, person_of)
        preset_review = session.query(ReviewPair).count()
        preset_candidates = session.query(Candidate).count()

        started = time.perf_counter()
        report = pool.refit(session, config, force=True)
        session.commit()
        model_seconds = time.perf_counter() - started
        fitted = pairwise(session, person_of)
        model_review = session.query(ReviewPair).count()
        queue = queue_breakdown(session, person_of)
        row = session.get(MatchModel, report.model_id)
        assert row is not None

    print(f"true pairs: {preset['true_pairs']:,}")
    header = f"{'weights':<34}{'precision':>10}{'recall':>9}{'F1':>8}{'candidates':>12}"
    print(header + f"{'review':>8}{'seconds':>9}")
    print(
        f"{'preset (DedupeConfig)':<34}{preset['precision']:>10.4f}{preset['recall']:>9.4f}"
        f"{preset['f1']:>8.4f}{preset_candidates:>12,}{preset_review:>8,}{preset_seconds:>9.1f}"
    )
    print(
        f"{'learned (EM on the pool), refit':<34}{fitted['precision']:>10.4f}"
        f"{fitted['recall']:>9.4f}{fitted['f1']:>8.4f}{report.candidates_after:>12,}"
        f"{model_review:>8,}{model_seconds:>9.1f}"
    )
    print(
        f"review queue after refit: {queue['apart']:,} matches left apart by clustering "
        f"({queue['apart_same']:,} of them one person), {queue['band']:,} in the uncertain "
        f"band ({queue['band_same']:,} one person)"
    )
    print(f"people: {people:,}; model {row.id}: {row.candidate_pairs:,} candidate pairs")
    for name, levels in row.model["comparisons"].items():
        weights = ", ".join(f"{level} {v['weight']:+.1f}" for level, v in levels.items())
        print(f"  {name}: {weights}")
    print(f"  prior weight {row.model['prior_weight']:+.1f} bits")


if __name__ == "__main__":
    main()
