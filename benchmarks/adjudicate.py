"""Adjudicate two blind annotations of a parsing set's skills.

Annotator A is the set's gold, annotator B a second labelling that saw only the texts
(``benchmarks/blind_texts.py``). A third reader settles each skill only one of them gave,
by ``benchmarks/data/LABELLING.md``, without being told which annotator gave it and
without the parser's output:

    python benchmarks/adjudicate.py disputes --set test --second B.jsonl OUT.jsonl
        # one line per profile with a disagreement: text, agreed skills, disputed skills
        # (shuffled, with their taxonomy labels; which side gave each is not written)
    python benchmarks/adjudicate.py apply --set test --second B.jsonl --decisions D.jsonl
        # the adjudicated skills (agreed + kept), and how A and B fare against them

The decisions file has one line per disputed skill: ``{"id", "skill", "keep", "why"}``.
``apply --write FILE`` also writes the adjudicated skills, one line per profile. The
disputes depend on the taxonomy of the day (a ``new:`` label counts as the skill the
taxonomy learns later), so the adjudicated skills are written once, with the taxonomy
the decisions were made with, and read from that file afterwards:
``benchmarks/parsing.py`` scores the parser against them too, beside the set's own
gold, when ``parsing_<set>_adjudicated_skills.jsonl`` is in ``benchmarks/data``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Mapping, Sequence
from pathlib import Path

from benchmarks.agreement import agreement, counted, read_second
from benchmarks.parsing import DATA, load
from sourcing.parsing.vocab import load_skills

Labels = Mapping[str, Sequence[str]]


def disputes(gold: Labels, second: Labels, seed: int = 7) -> dict[str, tuple[list, list]]:
    """Per profile both labelled: (agreed skills, disputed skills in a seeded shuffle,
    so that their order does not tell which annotator gave them)."""
    draw = random.Random(seed)
    out: dict[str, tuple[list, list]] = {}
    for pid in gold:
        if pid not in second:
            continue
        a, b = counted(gold[pid]), counted(second[pid])
        disputed = sorted(a ^ b)
        if disputed:
            draw.shuffle(disputed)
            out[pid] = (sorted(a & b), disputed)
    return out


def read_decisions(path: Path) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for row in rows:
        if not {"id", "skill", "keep"} <= row.keys() or not isinstance(row["keep"], bool):
            raise ValueError(f"{path}: a decision needs id, skill and keep (true/false): {row}")
    return rows


def adjudicated(
    gold: Labels, second: Labels, decisions: Sequence[Mapping[str, object]]
) -> dict[str, list[str]]:
    """The skills both annotators gave, plus the disputed ones the adjudicator kept. Every
    disputed skill must have exactly one decision, and every decision a dispute."""
    kept: dict[str, set[str]] = {}
    decided: set[tuple[str, str]] = set()
    for row in decisions:
        key = (str(row["id"]), counted([str(row["skill"])]).pop())
        if key in decided:
            raise ValueError(f"two decisions for {key}")
        decided.add(key)
        if row["keep"]:
            kept.setdefault(key[0], set()).add(key[1])
    wanted = {(pid, s) for pid, (_, disputed) in disputes(gold, second).items() for s in disputed}
    if wanted != decided:
        missing, extra = sorted(wanted - decided)[:3], sorted(decided - wanted)[:3]
        raise ValueError(f"decisions do not match the disputes: missing {missing}, extra {extra}")
    return {
        pid: sorted((counted(gold[pid]) & counted(second[pid])) | kept.get(pid, set()))
        for pid in gold
        if pid in second
    }


def adjudicated_for(name: str) -> dict[str, list[str]] | None:
    """The adjudicated skills of a parsing set, as written when it was adjudicated, if
    it was annotated twice and adjudicated."""
    path = DATA / f"parsing_{name}_adjudicated_skills.jsonl"
    return read_second(path) if path.exists() else None


def _write_disputes(name: str, second: Labels, out: Path) -> None:
    rows = {row["id"]: row for row in load(name)}
    gold = {pid: row["gold"]["skills"] for pid, row in rows.items()}
    skills = load_skills().entries
    found = disputes(gold, second)
    with out.open("w", encoding="utf-8") as handle:
        for pid, (agreed, disputed) in found.items():
            shown = []
            for skill_id in disputed:
                skill = skills.get(skill_id)
                shown.append(
                    {"id": skill_id}
                    if skill is None
                    else {
                        "id": skill_id,
                        "label_en": skill.label_en,
                        "label_fr": skill.label_fr,
                        "kind": skill.kind,
                        "parent": skill.parent,
                    }
                )
            line = {"id": pid, "text": rows[pid]["text"], "agreed": agreed, "disputed": shown}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    total = sum(len(d) for _, d in found.values())
    print(f"{len(found)} profiles, {total} disputed skills, written to {out}")


def _apply(name: str, second: Labels, decisions_path: Path, write: Path | None) -> None:
    gold = {row["id"]: row["gold"]["skills"] for row in load(name) if row["id"] in second}
    decisions = read_decisions(decisions_path)
    final = adjudicated(gold, second, decisions)
    kept = {(str(d["id"]), counted([str(d["skill"])]).pop()) for d in decisions if d["keep"]}
    only_a = {(p, s) for p in gold for s in counted(gold[p]) - counted(second[p])}
    only_b = {(p, s) for p in gold for s in counted(second[p]) - counted(gold[p])}
    print(f"{name}: {len(final)} profiles; {sum(len(v) for v in final.values())} skills")
    if write is not None:
        with write.open("w", encoding="utf-8") as handle:
            for pid, skills in final.items():
                handle.write(json.dumps({"id": pid, "skills": skills}, ensure_ascii=False) + "\n")
        print(f"  adjudicated skills written to {write}")
    print(f"  only A gave {len(only_a)}, the adjudicator kept {len(only_a & kept)}")
    print(f"  only B gave {len(only_b)}, the adjudicator kept {len(only_b & kept)}")
    for label, labels in (("A (the set's gold)", gold), ("B (second annotator)", second)):
        score = agreement(final, labels)
        print(
            f"  {label:<22} against the adjudicated skills: precision {score.precision:.3f}"
            f" recall {score.recall:.3f} F1 {score.f1:.3f}"
        )


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = args.add_subparsers(dest="verb", required=True)
    write = verbs.add_parser("disputes", help="write the blind file of disputed skills")
    write.add_argument("out", type=Path)
    settle = verbs.add_parser("apply", help="adjudicated skills and how each annotator fares")
    settle.add_argument("--decisions", type=Path, required=True)
    settle.add_argument("--write", type=Path, help="write the adjudicated skills here")
    for verb in (write, settle):
        verb.add_argument("--set", default="test")
        verb.add_argument("--second", type=Path, required=True)
    options = args.parse_args()
    second = read_second(options.second)
    if options.verb == "disputes":
        _write_disputes(options.set, second, options.out)
    else:
        _apply(options.set, second, options.decisions, options.write)


if __name__ == "__main__":
    main()
