"""The agreement between two annotators is counted as the parsing benchmark counts skills."""

import pytest

from benchmarks.agreement import agreement, disagreements, f1_interval, kind_of


def test_agreement_counts_shared_and_one_sided_skills_micro_averaged() -> None:
    a = {"p1": ["python", "sql"], "p2": ["react"]}
    b = {"p1": ["python"], "p2": ["react", "docker", "kubernetes"]}
    score = agreement(a, b)
    assert (score.tp, score.fp, score.fn) == (2, 2, 1)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(4 / 7)


def test_a_new_id_the_taxonomy_now_knows_agrees_with_the_taxonomy_id() -> None:
    score = agreement({"p1": ["new:python"]}, {"p1": ["python"]})
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_two_unknown_new_ids_agree_only_when_spelled_alike() -> None:
    # Made-up names, so that the taxonomy never learns them.
    score = agreement({"p1": ["new:quillork2d"]}, {"p1": ["new:quillork-2d"]})
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
    same = agreement({"p1": ["new:quillork2d"]}, {"p1": ["new:quillork2d"]})
    assert (same.tp, same.fp, same.fn) == (1, 0, 0)


def test_only_profiles_labelled_by_both_are_counted() -> None:
    score = agreement({"p1": ["python"], "p2": ["go"]}, {"p1": ["python"]})
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_annotations_sharing_no_profile_are_refused() -> None:
    with pytest.raises(ValueError):
        agreement({"p1": ["python"]}, {"p2": ["python"]})


def test_disagreements_are_sorted_into_kinds() -> None:
    a = {"p1": ["spring", "new:quillork2d", "python"]}
    b = {"p1": ["spring-boot", "python", "teamwork"]}
    found = disagreements(a, b)
    assert set(found.only_in_reference) == {"spring", "new:quillork2d"}
    assert set(found.only_in_other) == {"spring-boot", "teamwork"}
    assert found.kinds_reference["new: (not in the taxonomy)"] == 1
    assert found.kinds_reference["granularity (parent, child or sibling on the other side)"] == 1
    assert found.kinds_other["soft skill"] == 1


def test_an_unrelated_hard_skill_is_told_by_its_category() -> None:
    assert kind_of("kubernetes", {"python"}) == "other, category devops"


def test_the_f1_interval_is_a_point_when_every_profile_agrees_alike() -> None:
    same = {f"p{i}": ["python", "sql"] for i in range(10)}
    assert f1_interval(same, same, rounds=50) == (1.0, 1.0)


def test_the_f1_interval_contains_the_f1_of_all_profiles() -> None:
    a = {f"p{i}": ["python", "sql"] for i in range(20)}
    b = {f"p{i}": ["python"] if i % 2 else ["python", "sql", "go"] for i in range(20)}
    low, high = f1_interval(a, b, rounds=500)
    assert low < agreement(a, b).f1 < high
