"""Match weights learned from the pool itself (Fellegi-Sunter, EM, no labels): stored
with their training, used for every fuzzy pair, recorded in each merge's evidence."""

import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import AuditEvent, Identity, MatchLink, MatchModel, ReviewPair
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.pool_model import (
    MIN_IDENTITIES_TO_FIT,
    NotEnoughData,
    current_model,
    fit_pool_model,
)
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources.sample import SampleSource
from tests.test_pool import github, stackexchange

TRUTH = json.loads((Path(__file__).parent / "fixtures" / "sample_truth.json").read_text("utf-8"))
PERSON = {
    (i["source"], i["external_id"]): p["person_id"]
    for p in TRUTH["people"]
    for i in p["identities"]
}


def partition(session: Session) -> dict[int, set[str]]:
    people: dict[int, set[str]] = defaultdict(set)
    for identity in session.scalars(select(Identity)):
        assert identity.candidate_id is not None
        people[identity.candidate_id].add(PERSON[(identity.source, identity.external_id)])
    return people


@pytest.fixture
def sample_pool(session: Session, parser: ProfileParser) -> Session:
    pool.ingest(session, SampleSource().records(), parser)
    return session


def test_a_fitted_model_is_stored_with_its_weights_and_training(sample_pool: Session) -> None:
    row = fit_pool_model(sample_pool, actor="test")
    sample_pool.commit()
    stored = sample_pool.scalar(select(MatchModel))
    assert stored is not None and stored.id == row.id
    assert stored.identities == sample_pool.query(Identity).count()
    comparisons = stored.model["comparisons"]
    assert set(comparisons) == {"first", "last", "city", "handle", "skills", "schools", "employers"}
    # Learned, not preset: agreeing on a name or a city is evidence for, disagreeing against.
    for name in ("first", "last", "city"):
        assert comparisons[name]["exact"]["weight"] > 0 > comparisons[name]["else"]["weight"]
    assert 0 < stored.model["prior"] < 0.5
    assert [s["rule"] for s in stored.model["training"]["em_sessions"]] == [
        "last",
        "first~canonical+city",
        "handle",
    ]
    audit = sample_pool.scalar(select(AuditEvent).where(AuditEvent.action == "fit-model"))
    assert audit is not None and audit.actor == "test" and audit.subject == f"match_model:{row.id}"


def test_the_pool_resolved_with_the_fitted_model_still_finds_each_person(
    sample_pool: Session,
) -> None:
    report = pool.refit(sample_pool, DedupeConfig())
    sample_pool.commit()
    assert report.fitted and report.candidates_after == len(TRUTH["people"])
    people = partition(sample_pool)
    assert all(len(p) == 1 for p in people.values())
    assert len(people) == len(TRUTH["people"])
    links = sample_pool.scalars(select(MatchLink).where(MatchLink.rule == "model")).all()
    assert links, "no merge was decided by the model"
    evidence = links[0].evidence
    assert evidence["model"] == report.model_id
    assert evidence["match_weight"] >= 0 and 0.5 <= evidence["score"] <= 1
    assert evidence["levels"]  # per-field level and weight, for `vivier pool explain`


def test_refit_waits_until_the_pool_has_grown(sample_pool: Session) -> None:
    first = pool.refit(sample_pool, DedupeConfig())
    again = pool.refit(sample_pool, DedupeConfig())
    assert first.fitted and not again.fitted
    assert again.model_id == first.model_id and "growth" in again.reason
    assert sample_pool.query(MatchModel).count() == 1


def test_a_pool_too_small_to_learn_from_keeps_the_preset_weights(
    session: Session, parser: ProfileParser
) -> None:
    pool.ingest(
        session,
        [
            github("mlefevre", 1, "Marie Lefèvre", "Python, Django, PostgreSQL", "Lyon"),
            stackexchange(7, "Marie Lefevre", "<p>Python, Django, PostgreSQL</p>", "Lyon"),
        ],
        parser,
    )
    with pytest.raises(NotEnoughData, match=f"at least {MIN_IDENTITIES_TO_FIT}"):
        fit_pool_model(session)
    assert current_model(session) is None
    assert {link.rule for link in session.scalars(select(MatchLink))} == {"fuzzy"}


def test_the_model_weighs_more_agreement_higher(
    sample_pool: Session, parser: ProfileParser
) -> None:
    fit_pool_model(sample_pool)
    sample_pool.commit()
    model = current_model(sample_pool)
    assert model is not None
    pool.ingest(
        sample_pool,
        [
            github("zoe-quint", 900001, "Zoé Quintard", "Rust, Go, Kubernetes", "Nantes"),
            stackexchange(900002, "Zoe Quintard", "<p>Rust, Go, Kubernetes</p>", "Nantes"),
            stackexchange(900003, "Zoe Quintard", "<p>Excel, comptabilité</p>", "Lille"),
        ],
        parser,
    )
    by_external = {i.external_id: i for i in sample_pool.scalars(select(Identity))}
    a, same, other = by_external["900001"], by_external["900002"], by_external["900003"]
    (w_same, why_same), (w_other, _) = model.score(
        [a, same, other], [(a.id, same.id), (a.id, other.id)]
    )
    assert w_same >= 0 and w_same > w_other + 5
    assert "city" in why_same["levels"] and why_same["levels"]["city"].startswith("exact")


def test_reviews_the_new_model_settles_leave_the_queue(sample_pool: Session) -> None:
    def pending() -> list[ReviewPair]:
        return list(sample_pool.scalars(select(ReviewPair).where(ReviewPair.status == "pending")))

    assert any("model" not in p.evidence for p in pending()), "the preset queued nothing"
    pool.refit(sample_pool, DedupeConfig(), force=True)
    sample_pool.commit()
    candidate_of = dict(
        sample_pool.execute(select(Identity.id, Identity.candidate_id)).tuples().all()
    )
    queue = pending()
    assert queue and all(p.evidence.get("model") for p in queue)
    assert all(candidate_of[p.identity_a_id] != candidate_of[p.identity_b_id] for p in queue)
    assert all(-4.0 <= p.evidence["match_weight"] < 0 for p in queue)
