"""How far do two annotators agree on skills? Annotator A is the gold of a parsing set,
annotator B a second, blind labelling of some of its profiles. Prints B against A
(precision, recall, F1, micro-averaged, counted as ``benchmarks/parsing.py`` counts
skills), the parser against each of them on the same profiles, and the disagreements by
kind.

    python benchmarks/agreement.py [--set dev4] [--second FILE] [--profiles]
"""

import argparse
import json
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.parsing import DATA, Score, fields_of, gold_skill, load
from sourcing.parsing.pipeline import ProfileParser
from sourcing.parsing.vocab import Skill, load_skills

Labels = Mapping[str, Sequence[str]]


def counted(skills: Sequence[str]) -> set[str]:
    """A profile's skills as the benchmark counts them: a ``new:`` id is the taxonomy's
    skill once the taxonomy knows it."""
    return {gold_skill(s) for s in skills}


def agreement(reference: Labels, other: Labels) -> Score:
    """``other`` scored against ``reference`` over the profiles both labelled."""
    common = [pid for pid in reference if pid in other]
    if not common:
        raise ValueError("the two annotations share no profile")
    score = Score()
    for pid in common:
        score.add(counted(other[pid]), counted(reference[pid]), pid)
    return score


def f1_interval(
    reference: Labels, other: Labels, rounds: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """A 95% interval for the F1 of ``other`` against ``reference``: profiles drawn again
    with replacement, ``rounds`` times (the profiles, not the skills, are the sample)."""
    common = [pid for pid in reference if pid in other]
    counts = []
    for pid in common:
        ref, oth = counted(reference[pid]), counted(other[pid])
        counts.append((len(ref & oth), len(oth - ref), len(ref - oth)))
    draw = random.Random(seed)
    f1s = []
    for _ in range(rounds):
        tp = fp = fn = 0
        for t, p, n in draw.choices(counts, k=len(counts)):
            tp, fp, fn = tp + t, fp + p, fn + n
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    f1s.sort()
    return f1s[int(0.025 * rounds)], f1s[int(0.975 * rounds) - 1]


@dataclass
class Disagreements:
    """Skills one annotator gave and the other did not, each sorted into a kind."""

    only_in_reference: Counter[str] = field(default_factory=Counter)
    only_in_other: Counter[str] = field(default_factory=Counter)
    kinds_reference: Counter[str] = field(default_factory=Counter)
    kinds_other: Counter[str] = field(default_factory=Counter)


def _related(skill: Skill, others: set[str]) -> bool:
    """The other side named a parent, child or sibling of this skill."""
    skills = load_skills().entries
    for other_id in others:
        other = skills.get(other_id)
        if other is None:
            continue
        if skill.parent == other.id or other.parent == skill.id:
            return True
        if skill.parent is not None and skill.parent == other.parent:
            return True
    return False


def kind_of(skill_id: str, others: set[str]) -> str:
    """Why a skill may be on one side only, guessed from the taxonomy: an id the taxonomy
    does not know, a soft skill, a relative of what the other side gave (granularity),
    or else the skill's category."""
    if skill_id.startswith("new:"):
        return "new: (not in the taxonomy)"
    skill = load_skills().entries.get(skill_id)
    if skill is None:
        return "unknown id"
    if skill.kind == "soft":
        return "soft skill"
    if _related(skill, others):
        return "granularity (parent, child or sibling on the other side)"
    return f"other, category {skill.category}"


def disagreements(reference: Labels, other: Labels) -> Disagreements:
    found = Disagreements()
    for pid in reference:
        if pid not in other:
            continue
        ref, oth = counted(reference[pid]), counted(other[pid])
        for skill_id in ref - oth:
            found.only_in_reference[skill_id] += 1
            found.kinds_reference[kind_of(skill_id, oth - ref)] += 1
        for skill_id in oth - ref:
            found.only_in_other[skill_id] += 1
            found.kinds_other[kind_of(skill_id, ref - oth)] += 1
    return found


def read_second(path: Path) -> dict[str, list[str]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return {row["id"]: row["skills"] for row in rows}


def _line(name: str, reference: Labels, other: Labels) -> str:
    score = agreement(reference, other)
    low, high = f1_interval(reference, other)
    return (
        f"  {name:<26} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f}"
        f"  [{low:.3f}, {high:.3f}]   (tp {score.tp}, fp {score.fp}, fn {score.fn})"
    )


def _print_side(title: str, kinds: Counter[str], skills: Counter[str]) -> None:
    print(f"\n{title}: {sum(skills.values())}")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print("  " + ", ".join(f"{s}" + (f" x{n}" if n > 1 else "") for s, n in sorted(skills.items())))


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--set", default="dev4")
    args.add_argument("--second", type=Path, default=DATA / "parsing_dev4_second_skills.jsonl")
    args.add_argument("--profiles", action="store_true", help="list each profile's differences")
    options = args.parse_args()
    second = read_second(options.second)
    rows = [row for row in load(options.set) if row["id"] in second]
    gold = {row["id"]: row["gold"]["skills"] for row in rows}
    parsed = ProfileParser().parse_many([fields_of(row) for row in rows])
    parser = {row["id"]: [s.id for s in p.skills] for row, p in zip(rows, parsed, strict=True)}

    between = agreement(gold, second)
    skills_a = sum(len(counted(s)) for s in gold.values())
    skills_b = sum(len(counted(second[pid])) for pid in gold)
    print(f"{options.set}: {len(rows)} profiles labelled by both; A (gold) {skills_a} skills,")
    print(f"B (second annotator) {skills_b} skills")
    print(f"\n  {'scored':<26} {'precision':>9} {'recall':>7} {'F1':>6}  F1 95% (bootstrap)")
    print(_line("B against A (annotators)", gold, second))
    print(_line("parser against A (gold)", gold, parser))
    print(_line("parser against B", second, parser))
    agreed = {pid: sorted(counted(gold[pid]) & counted(second[pid])) for pid in gold}
    on_agreed = agreement(agreed, parser)
    print(
        f"\n  parser recall on the {on_agreed.tp + on_agreed.fn} skills both annotators gave: "
        f"{on_agreed.recall:.3f}"
    )

    found = disagreements(gold, second)
    _print_side("Only in A (gold)", found.kinds_reference, found.only_in_reference)
    _print_side("Only in B (second annotator)", found.kinds_other, found.only_in_other)
    if options.profiles:
        print("\nProfiles where A and B differ:")
        for line in between.examples:
            print(f"  {line.replace('missed', 'only A').replace('extra', 'only B')}")


if __name__ == "__main__":
    main()
