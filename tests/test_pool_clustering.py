"""The pool clusters by average linkage, as the in-memory engine does: a chain of
matches joins two clusters only if the pairs across them weigh a match on average.
A match left apart (by the average, or by a network) goes to the review queue with why.
With a stored model whose weights are set here, on SQLite and PostgreSQL."""

import itertools
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from models.db import session_factory
from models.tables import AuditEvent, Identity, MatchModel, ReviewPair
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.fellegi_sunter import FellegiSunterModel
from sourcing.dedupe.pool_model import (
    SKILL_TABLES_KEY,
    SkillTables,
    current_model,
    pool_settings,
)
from sourcing.dedupe.review import decide, pending_reviews
from sourcing.parsing.pipeline import ProfileParser
from tests.conftest import _clear
from tests.test_pool import github, stackexchange
from tests.test_pool_model import identities_of, mastodon

# Level weights in bits (0 where not given) and the prior's, chosen for the tests below.
WEIGHTS = {
    "first": {"exact": 6, "alias": 6, "short_form": 5, "jw>=0.92": 2, "jw>=0.8": -2, "else": -10},
    "last": {"exact": 6, "alias": 6, "jw>=0.92": 2, "jw>=0.8": -2, "else": -10},
    "city": {"exact": 3, "else": -6},
    "handle": {"exact": 10, "exact_from_names": 1, "same_number": 2, "else": -0.5},
    # no skill table: a shared skill says 0 bits ("shared"); A and C show 3 skills each
    "skills": {"shared": 2, "none shared": -5, "none shared, 3+ each": -5},
}
PRIOR_WEIGHT = -8.0


def stored_model(weights: dict[str, dict[str, float]], prior_weight: float) -> dict[str, Any]:
    """The columns of a ``MatchModel`` weighing each level of the pool's comparisons
    ``weights[comparison][level]`` bits, with empty skill tables."""
    settings = pool_settings()
    levels = [tuple(c.level_names) for c in settings.comparisons]
    u = [np.full(len(names), 1e-3) for names in levels]
    m = [
        u_c * 2.0 ** np.array([weights.get(c.name, {}).get(level, 0.0) for level in names])
        for c, names, u_c in zip(settings.comparisons, levels, u, strict=True)
    ]
    model = FellegiSunterModel(
        comparisons=tuple(c.name for c in settings.comparisons),
        level_names=tuple(levels),
        m=tuple(m),
        u=tuple(u),
        prior=2.0**prior_weight / (1.0 + 2.0**prior_weight),
    )
    return {
        "identities": 0,
        "candidate_pairs": 0,
        "settings": settings.as_dict(),
        "model": {**model.as_dict(), SKILL_TABLES_KEY: SkillTables().as_dict()},
    }


# Two namesakes with handles made from their names, and a third account between them:
# A~B weighs +4 bits (names; no place, no skills on B), B~C +5 (names, the same handle
# made from them), A~C -7 (names, but other city, no shared skill).
A = github("jdupont", 900001, "Jean Dupont", "Rust, Go, Kubernetes", "Nantes")
B = mastodon("jeandupont@piaille.fr", "Jean Dupont")
C = stackexchange(900003, "Jean Dupont", "<p>Java, Spring, Oracle</p>", "Lille")


def partition(session: Session) -> set[frozenset[str]]:
    by_candidate: dict[int, set[str]] = {}
    for identity in session.scalars(select(Identity)):
        assert identity.candidate_id is not None
        by_candidate.setdefault(identity.candidate_id, set()).add(identity.external_id)
    return {frozenset(members) for members in by_candidate.values()}


@pytest.fixture
def modelled(session: Session) -> Session:
    session.add(MatchModel(**stored_model(WEIGHTS, PRIOR_WEIGHT)))
    session.commit()
    return session


def test_the_chain_weighs_as_designed(modelled: Session, parser: ProfileParser) -> None:
    pool.ingest(modelled, [A, B, C], parser)
    a, b, c = identities_of(modelled, [A, B, C])
    model = current_model(modelled)
    assert model is not None
    weights = model.weights([a, b, c], [(a.id, b.id), (b.id, c.id), (a.id, c.id)])
    assert weights == pytest.approx([4.0, 5.0, -7.0])


def test_a_chain_does_not_join_namesakes_that_the_pairs_across_set_apart(
    modelled: Session, parser: ProfileParser
) -> None:
    """Strongest first, B~C then A~B joined all three (A~C is no clear non-match, -7 >
    -10). Average linkage weighs A against {B, C}: (4 - 7) / 2 < 0, so A stays apart."""
    pool.ingest(modelled, [A, B, C], parser)
    assert partition(modelled) == {frozenset({"900001"}), frozenset({B.external_id, "900003"})}


def queue(session: Session) -> set[tuple[frozenset[str], str | None]]:
    """The pending pairs (of external ids), each with why its match was not merged."""
    names = {i.id: i.external_id for i in session.scalars(select(Identity))}
    return {
        (frozenset({names[r.identity_a_id], names[r.identity_b_id]}), r.evidence.get("not_merged"))
        for r in session.scalars(select(ReviewPair).where(ReviewPair.status == "pending"))
    }


REFUSED_A_B = (
    frozenset({"900001", B.external_id}),
    "the mean weight across the two candidates is -1.5 bits",
)


def test_the_chain_gives_the_batch_clusters_and_queue_in_any_arrival_order(
    pool_engine: Engine, parser: ProfileParser
) -> None:
    found = set()
    for order in itertools.permutations([A, B, C]):
        for batches in ([[order[0]], [order[1]], [order[2]]], [[order[0], order[1]], [order[2]]]):
            _clear(pool_engine)
            with session_factory(pool_engine)() as session:
                session.add(MatchModel(**stored_model(WEIGHTS, PRIOR_WEIGHT)))
                session.commit()
                for batch in batches:
                    pool.ingest(session, batch, parser)
                found.add((frozenset(partition(session)), frozenset(queue(session))))
    assert found == {
        (
            frozenset({frozenset({"900001"}), frozenset({B.external_id, "900003"})}),
            frozenset({REFUSED_A_B}),
        )
    }


def test_a_match_that_averaging_leaves_apart_is_queued_with_why(
    modelled: Session, parser: ProfileParser
) -> None:
    """A~B weighs +4 bits, a match, but A is left apart from {B, C}: a recruiter sees
    the pair, most likely first, with the mean weight that kept it apart."""
    pool.ingest(modelled, [A, B, C], parser)
    assert queue(modelled) == {REFUSED_A_B}
    [item] = pending_reviews(modelled)
    assert item.score == pytest.approx(1 / (1 + 2**-4), abs=1e-4)
    assert item.not_merged == REFUSED_A_B[1]
    assert item.levels["first"].startswith("exact")


def test_deciding_same_on_a_refused_match_merges_it_and_queues_what_it_leaves_apart(
    modelled: Session, parser: ProfileParser
) -> None:
    """ "Same" joins A and B first; C's match with B (+5 bits) then weighs -1 bits on
    average against {A, B} (A~C -7): C is left apart, and that match is queued."""
    pool.ingest(modelled, [A, B, C], parser)
    [item] = pending_reviews(modelled)
    report = decide(modelled, item.pair_id, "same", "rh.alice", DedupeConfig())
    modelled.commit()
    assert report.not_merged == {}
    assert partition(modelled) == {frozenset({"900001", B.external_id}), frozenset({"900003"})}
    assert queue(modelled) == {
        (
            frozenset({B.external_id, "900003"}),
            "the mean weight across the two candidates is -1.0 bits",
        )
    }


def test_a_match_between_two_accounts_of_one_network_is_queued_and_a_same_is_recorded(
    modelled: Session, parser: ProfileParser
) -> None:
    """Two GitHub accounts named alike in one city weigh +6.5 bits but are never one
    candidate: the pair is queued saying so, and a "same" decision, recorded and
    audited, says why they stay apart."""
    twin = github("jean-dupont", 900002, "Jean Dupont", "Rust, Go, Kubernetes", "Nantes")
    pool.ingest(modelled, [A, twin], parser)
    assert partition(modelled) == {frozenset({"900001"}), frozenset({"900002"})}
    assert queue(modelled) == {(frozenset({"900001", "900002"}), "both are github accounts")}
    [item] = pending_reviews(modelled)
    report = decide(modelled, item.pair_id, "same", "rh.alice", DedupeConfig())
    modelled.commit()
    assert list(report.not_merged.values()) == ["both are github accounts"]
    assert partition(modelled) == {frozenset({"900001"}), frozenset({"900002"})}
    pair = modelled.get(ReviewPair, item.pair_id)
    assert pair is not None and pair.status == "same"
    assert pair.evidence["not_merged"] == "both are github accounts"
    event = modelled.scalars(select(AuditEvent).where(AuditEvent.action == "not-merged")).one()
    assert event.actor == "rh.alice" and event.details["why"] == "both are github accounts"
    assert pending_reviews(modelled) == []


def test_an_exact_key_joins_whatever_the_pairs_across_weigh(
    modelled: Session, parser: ProfileParser
) -> None:
    """A and C share their website: exact keys come first, and the pair's -7 bits do
    not undo them; B then joins the pair, +4.5 bits on average."""
    a = github("jdupont", 900001, "Jean Dupont", "Rust, Go, Kubernetes", "Nantes", "jdupont.dev")
    c = stackexchange(900003, "Jean Dupont", "<p>Java, Spring, Oracle</p>", "Lille", "jdupont.dev")
    pool.ingest(modelled, [a, B, c], parser)
    assert partition(modelled) == {frozenset({"900001", B.external_id, "900003"})}


def test_without_a_model_a_chain_of_preset_matches_joins(
    session: Session, parser: ProfileParser
) -> None:
    """The preset scores (A~B 0.9, B~C 0.9, A~C 0.55) are no match weights to average:
    single linkage joins the chain, where averaging ((0.9 + 0.55) / 2 < 0.8) would not."""
    chain = [
        github("amartin", 1, "Alex Martin", "Rust, C++, Linux", "Lyon"),
        stackexchange(11, "Alexandre Martin", "<p>Rust, C++, Linux, Go, Docker</p>", "Lyon"),
        mastodon("rustlyon@piaille.fr", "Alexandre Martin", "<p>Go, Docker, Kubernetes</p>"),
    ]
    for profile in chain[2:]:
        profile.payload["fields"] = [{"name": "Location", "value": "Lyon"}]
    pool.ingest(session, chain, parser)
    assert current_model(session) is None
    assert partition(session) == {frozenset({"1", "11", "rustlyon@piaille.fr"})}
