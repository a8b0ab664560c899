"""The bundled sample network resolves to exactly its distinct people (answer file)."""

import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Candidate, Education, Identity
from sourcing.sources.sample import SampleSource

TRUTH = json.loads((Path(__file__).parent / "fixtures" / "sample_truth.json").read_text("utf-8"))


def truth_people() -> dict[tuple[str, str], str]:
    return {
        (i["source"], i["external_id"]): p["person_id"]
        for p in TRUTH["people"]
        for i in p["identities"]
    }


def test_sample_network_is_large_and_multilingual() -> None:
    records = SampleSource().records()
    assert len(records) >= 300
    assert {r.source for r in records} == {"github", "stackexchange", "mastodon"}
    assert set(truth_people()) == {(r.source, r.external_id) for r in records}


def test_pool_has_one_candidate_per_person(sample_pool: Session) -> None:
    session = sample_pool  # the sample network as pool.ingest leaves it
    person_of = truth_people()
    people_by_candidate: dict[int, set[str]] = defaultdict(set)
    for identity in session.scalars(select(Identity)):
        assert identity.candidate_id is not None
        people_by_candidate[identity.candidate_id].add(
            person_of[(identity.source, identity.external_id)]
        )
    merged_wrongly = {c: p for c, p in people_by_candidate.items() if len(p) > 1}
    assert merged_wrongly == {}
    candidates_by_person: dict[str, set[int]] = defaultdict(set)
    for candidate_id, people in people_by_candidate.items():
        for person in people:
            candidates_by_person[person].add(candidate_id)
    split = {p: c for p, c in candidates_by_person.items() if len(c) > 1}
    assert split == {}
    assert session.query(Candidate).count() == len(TRUTH["people"])


def test_school_years_match_the_answer_file(sample_pool: Session) -> None:
    session = sample_pool  # the sample network as pool.ingest leaves it
    person_of = truth_people()
    expected = {
        p["person_id"]: {(s["id"], s["start_year"], s["end_year"]) for s in p["schools"]}
        for p in TRUTH["people"]
    }
    found: dict[str, set[tuple[str, int | None, int | None]]] = defaultdict(set)
    for education in session.scalars(select(Education)):
        identity = session.get(Identity, education.identity_id)
        assert identity is not None
        person = person_of[(identity.source, identity.external_id)]
        found[person].add((education.school_id, education.start_year, education.end_year))
    stated = [p for p, schools in expected.items() if schools]
    exact = sum(found[p] == expected[p] for p in stated)
    assert exact / len(stated) >= 0.9, f"{exact}/{len(stated)} people with exact schools and years"
