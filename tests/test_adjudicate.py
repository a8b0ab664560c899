"""A double annotation's disagreements are settled one decision per disputed skill."""

import json
from pathlib import Path

import pytest

from benchmarks.adjudicate import adjudicated, adjudicated_for, disputes, read_decisions
from sourcing.parsing.vocab import load_skills

GOLD = {"p1": ["python", "sql", "agile"], "p2": ["react"]}
SECOND = {"p1": ["python", "scrum"], "p2": ["react"]}


def test_disputes_are_the_skills_one_annotator_gave_without_saying_which() -> None:
    found = disputes(GOLD, SECOND)
    assert set(found) == {"p1"}  # p2: the annotators agree
    agreed, disputed = found["p1"]
    assert agreed == ["python"]
    assert sorted(disputed) == ["agile", "scrum", "sql"]
    assert disputes(GOLD, SECOND) == found  # seeded: the same file every time


def test_adjudicated_skills_are_the_agreed_ones_and_those_kept() -> None:
    decisions = [
        {"id": "p1", "skill": "sql", "keep": True},
        {"id": "p1", "skill": "agile", "keep": False},
        {"id": "p1", "skill": "scrum", "keep": True},
    ]
    assert adjudicated(GOLD, SECOND, decisions) == {
        "p1": ["python", "scrum", "sql"],
        "p2": ["react"],
    }


def test_a_dispute_left_undecided_is_refused() -> None:
    decisions = [{"id": "p1", "skill": "sql", "keep": True}]
    with pytest.raises(ValueError, match="missing"):
        adjudicated(GOLD, SECOND, decisions)


def test_two_decisions_for_one_skill_are_refused() -> None:
    decisions = [{"id": "p1", "skill": s, "keep": True} for s in ("sql", "agile", "scrum", "sql")]
    with pytest.raises(ValueError, match="two decisions"):
        adjudicated(GOLD, SECOND, decisions)


def test_a_decision_without_a_yes_or_no_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    path.write_text(json.dumps({"id": "p1", "skill": "sql", "keep": "yes"}) + "\n")
    with pytest.raises(ValueError, match="keep"):
        read_decisions(path)


def test_the_shipped_test_set_adjudication_names_known_skills() -> None:
    final = adjudicated_for("test")
    assert final is not None and len(final) == 220
    skills = load_skills()
    for labels in final.values():
        for skill_id in labels:
            assert skill_id.startswith("new:") or skills.canonical(skill_id) in skills.entries
    assert adjudicated_for("dev") is None  # annotated once
