"""List pairs of taxonomy skills that may be one skill under two ids, for a person to review.

Found from the taxonomy alone, never from evaluation errors. A pair is listed when:
  forms   a surface form (label or alias) of one equals one of the other's once folded
          (case, accents, punctuation, hyphens, plural "s", "and"/"et", word order);
  labels  their labels (EN or FR, either side) are near-identical (rapidfuzz ratio >= 90
          after that folding);
  alias   one's label, folded, is near-identical (ratio >= 95) to one of the other's aliases;
  family  one is the other's parent and every word of the child's label is already a word
          of the parent's forms: the child names nothing the parent does not claim.

    python scripts/audit_skill_duplicates.py [SKILLS_JSONL] > pairs.tsv
        (id_a, id_b, signals, labels of each; the shipped taxonomy by default)

The review of its list (pair, decision, why) is docs/skill-duplicates.md.
"""

import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz, process

from sourcing.parsing.vocab import Skill, fold, load_skills

FILLER = {"and", "et", "&", "the", "of", "de", "des", "du", "la", "le", "les", "d", "l"}


def loose(form: str) -> str:
    """A form folded past spelling: "Coûts de revient" and "cout revient" meet."""
    words = re.sub(r"[^0-9a-z+#]+", " ", fold(form)).split()
    kept = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in FILLER]
    return " ".join(sorted(kept))


def _labels(skill: Skill) -> list[str]:
    return list(dict.fromkeys([skill.label_en, skill.label_fr]))


def candidate_pairs(skills: dict[str, Skill]) -> dict[tuple[str, str], set[str]]:
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)

    def note(a: str, b: str, signal: str) -> None:
        if a != b:
            pairs[(min(a, b), max(a, b))].add(signal)

    owners: dict[str, set[str]] = defaultdict(set)
    for skill in skills.values():
        for form in [*_labels(skill), *skill.aliases, skill.id.replace("-", " ")]:
            key = loose(form)
            if key:
                owners[key].add(skill.id)
    for ids in owners.values():
        for a, b in combinations(sorted(ids), 2):
            note(a, b, "forms")

    label_ids = [(loose(label), skill.id) for skill in skills.values() for label in _labels(skill)]
    keys = [k for k, _ in label_ids]
    matrix = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=90, workers=1)
    for i, j in zip(*matrix.nonzero(), strict=True):
        note(label_ids[i][1], label_ids[j][1], "labels")

    alias_ids = [(loose(a), s.id) for s in skills.values() for a in s.aliases]
    alias_keys = [k for k, _ in alias_ids]
    matrix = process.cdist(keys, alias_keys, scorer=fuzz.ratio, score_cutoff=95, workers=1)
    for i, j in zip(*matrix.nonzero(), strict=True):
        note(label_ids[i][1], alias_ids[j][1], "alias")

    for skill in skills.values():
        parent = skills.get(skill.parent or "")
        if parent is None:
            continue
        claimed = {w for f in [*_labels(parent), *parent.aliases] for w in loose(f).split()}
        for mine in _labels(skill):
            if set(loose(mine).split()) <= claimed:
                note(skill.id, parent.id, "family")
    return pairs


def main() -> None:
    skills = (load_skills(Path(sys.argv[1])) if len(sys.argv) > 1 else load_skills()).entries
    for (a, b), signals in sorted(candidate_pairs(skills).items()):
        labels = [f"{skills[i].label_en} / {skills[i].label_fr}" for i in (a, b)]
        print("\t".join([a, b, ",".join(sorted(signals)), *labels]))


if __name__ == "__main__":
    main()
