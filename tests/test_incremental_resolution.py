"""Incremental = batch: ingesting profiles in any order and in any batch sizes gives the
same candidates (as sets of identities) and the same review queue as one batch run.
Property-based, on a slice of the bundled sample network, with its namesakes and
cross-network people."""

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from models.db import make_engine, session_factory, upgrade
from models.schemas import RawProfile
from models.tables import Identity, MatchLink, MatchModel, ReviewPair
from sourcing import pool
from sourcing.dedupe.pool_model import fit_pool_model
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources.sample import SampleSource

Partition = frozenset[frozenset[tuple[str, str]]]
# each pending pair (of (network, external id)) with its score and why a match was not merged
Queue = frozenset[tuple[frozenset[tuple[str, str]], float, str | None]]


def sample_slice() -> list[RawProfile]:
    """The identities of the people whose names start with A to F: namesakes,
    nicknames and several networks each, small enough for many runs."""
    records = SampleSource().records()
    names = {
        r.external_id: str(r.payload.get("name") or r.payload.get("display_name") or "")
        for r in records
    }
    return [r for r in records if names[r.external_id][:1].upper() in "ABCDEF"]


PROFILES = sample_slice()


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('inc') / 'pool.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def clusters(
    engine: Engine,
    batches: list[list[RawProfile]],
    parser: ProfileParser,
    model: dict[str, Any] | None = None,
) -> Partition:
    """The candidates after ingesting ``batches`` in order into an empty pool (whose
    match model is ``model``, a stored ``MatchModel``'s columns, if given)."""
    return resolved(engine, batches, parser, model)[0]


def resolved(
    engine: Engine,
    batches: list[list[RawProfile]],
    parser: ProfileParser,
    model: dict[str, Any] | None = None,
) -> tuple[Partition, Queue]:
    """The candidates and the review queue after ingesting ``batches`` in order into an
    empty pool (whose match model is ``model``, if given)."""
    from tests.conftest import _clear

    _clear(engine)
    with session_factory(engine)() as session:
        if model is not None:
            session.add(MatchModel(**model))
            session.commit()
        for batch in batches:
            pool.ingest(session, batch, parser)
        by_candidate: dict[int, set[tuple[str, str]]] = {}
        for identity in session.scalars(select(Identity)):
            assert identity.candidate_id is not None
            by_candidate.setdefault(identity.candidate_id, set()).add(
                (identity.source, identity.external_id)
            )
        queue = review_queue(session)
    return frozenset(frozenset(members) for members in by_candidate.values()), queue


def review_queue(session: Session) -> Queue:
    names = {i.id: (i.source, i.external_id) for i in session.scalars(select(Identity))}
    return frozenset(
        (
            frozenset({names[r.identity_a_id], names[r.identity_b_id]}),
            round(r.score, 9),
            (r.evidence or {}).get("not_merged"),
        )
        for r in session.scalars(select(ReviewPair).where(ReviewPair.status == "pending"))
    )


@pytest.fixture(scope="module")
def batch_outcome(engine: Engine, parser: ProfileParser) -> tuple[Partition, Queue]:
    return resolved(engine, [PROFILES], parser)


@pytest.fixture(scope="module")
def fitted_model(engine: Engine, parser: ProfileParser) -> dict[str, Any]:
    """A match model fitted on the whole sample network (the slice alone is too small)."""
    from tests.conftest import _clear

    _clear(engine)
    with session_factory(engine)() as session:
        pool.ingest(session, SampleSource().records(), parser)
        row = fit_pool_model(session)
        return {c: getattr(row, c) for c in ("identities", "candidate_pairs", "settings", "model")}


@pytest.fixture(scope="module")
def model_batch_outcome(
    engine: Engine, parser: ProfileParser, fitted_model: dict[str, Any]
) -> tuple[Partition, Queue]:
    return resolved(engine, [PROFILES], parser, fitted_model)


def test_the_slice_has_people_on_several_networks(batch_outcome: tuple[Partition, Queue]) -> None:
    assert len(PROFILES) >= 40
    assert any(len({source for source, _ in c}) >= 2 for c in batch_outcome[0])


def test_the_slice_has_a_pair_to_review(batch_outcome: tuple[Partition, Queue]) -> None:
    """So that the first property below compares review queues that hold something
    (with the fitted model the slice has none; test_pool_clustering has refused
    matches queued in any arrival order)."""
    assert batch_outcome[1]


# CI runs the same examples every time (derandomised); set VIVIER_PROPERTY_EXAMPLES
# to search more random orders (150 passed on 2026-11-28).
def property_settings(examples: int) -> settings:
    return settings(
        max_examples=int(os.environ.get("VIVIER_PROPERTY_EXAMPLES", str(examples))),
        derandomize="VIVIER_PROPERTY_EXAMPLES" not in os.environ,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


ORDERS = st.permutations(range(len(PROFILES)))
CUTS = st.lists(st.integers(min_value=1, max_value=len(PROFILES) - 1), max_size=6)


def batches_of(order: list[int], cuts: list[int]) -> list[list[RawProfile]]:
    """The profiles in ``order``, cut into batches at ``cuts``."""
    shuffled = [PROFILES[i] for i in order]
    bounds = [0, *sorted(set(cuts)), len(shuffled)]
    return [shuffled[a:b] for a, b in itertools.pairwise(bounds) if b > a]


@property_settings(12)
@given(order=ORDERS, cuts=CUTS)
def test_any_order_and_batch_sizes_give_the_batch_clusters_and_review_queue(
    order: list[int],
    cuts: list[int],
    engine: Engine,
    parser: ProfileParser,
    batch_outcome: tuple[Partition, Queue],
) -> None:
    assert resolved(engine, batches_of(order, cuts), parser) == batch_outcome


def test_the_fitted_model_decides_merges_in_the_slice(
    engine: Engine, parser: ProfileParser, fitted_model: dict[str, Any]
) -> None:
    clusters(engine, [PROFILES], parser, fitted_model)
    with session_factory(engine)() as session:
        rules = {link.rule for link in session.scalars(select(MatchLink))}
    assert "model" in rules


@property_settings(6)
@given(order=ORDERS, cuts=CUTS)
def test_with_a_fitted_model_any_order_and_batch_sizes_give_the_batch_clusters_and_queue(
    order: list[int],
    cuts: list[int],
    engine: Engine,
    parser: ProfileParser,
    fitted_model: dict[str, Any],
    model_batch_outcome: tuple[Partition, Queue],
) -> None:
    assert resolved(engine, batches_of(order, cuts), parser, fitted_model) == model_batch_outcome


def test_partition_is_independent_of_the_home_directory(tmp_path: Path) -> None:
    assert sample_slice() == PROFILES


def test_a_later_better_match_wins_as_in_a_batch(tmp_path: Path, parser: ProfileParser) -> None:
    """A matches B, C matches B better, A and C are two accounts on one network: in one
    batch B goes with C. Arriving A, B then C must end the same way."""
    from tests.test_pool import github, stackexchange

    a = github("amartin", 1, "Alex Martin", "Rust developer", "Lyon")
    c = github("alexandre-martin", 2, "Alexandre Martin", "Rust, C++, embedded, Linux", "Lyon")
    b = stackexchange(11, "Alexandre Martin", "<p>Rust, C++, embedded, Linux</p>", "Lyon")
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}")
    upgrade(engine)
    expected = frozenset(
        {frozenset({("github", "2"), ("stackexchange", "11")}), frozenset({("github", "1")})}
    )
    assert clusters(engine, [[a, b, c]], parser) == expected
    assert clusters(engine, [[a, b], [c]], parser) == expected
    assert clusters(engine, [[a], [c], [b]], parser) == expected
    engine.dispose()
