"""List aliases of one skill that are the name of another, for a person to review.

An alias of skill B conflicts with skill A when, folded (case, accents, hyphens as
spaces), it equals one of A's names: a label (EN or FR), a label without its
parenthesised gloss ("Cypher (graph query language)" -> "cypher"), one part of a label
written "X / Y" ("CentOS / Rocky / AlmaLinux" -> "centos"), or A's id (hyphens as
spaces). The name then resolves to whichever of the two comes first, often the wrong one
("tia portal" -> PLC programming, though Siemens TIA Portal is a skill).

    python scripts/audit_alias_conflicts.py [SKILLS_JSONL] > conflicts.tsv
        (name, skill whose alias it is, skill it names, skill it resolves to now;
        the shipped taxonomy by default)

The review of its list is docs/skill-alias-conflicts.md.
"""

import sys
from collections import defaultdict
from pathlib import Path

from sourcing.parsing.vocab import Skill, Vocabulary, fold, load_skills, without_gloss


def key(form: str) -> str:
    return " ".join(fold(form).replace("-", " ").split())


def names(skill: Skill) -> set[str]:
    """The folded forms that name this skill itself rather than something it covers."""
    out = {key(skill.id)}
    for label in {skill.label_en, skill.label_fr}:
        for form in (label, without_gloss(label)):
            out.add(key(form))
            out.update(key(part) for part in form.split(" / "))
    return {n for n in out if n}


def conflicts(vocab: Vocabulary[Skill]) -> list[tuple[str, str, str, str]]:
    """(name, id whose alias it is, id it names, id it resolves to), sorted."""
    named_by: dict[str, set[str]] = defaultdict(set)
    for skill in vocab.entries.values():
        for name in names(skill):
            named_by[name].add(skill.id)
    found: set[tuple[str, str, str, str]] = set()
    for skill in vocab.entries.values():
        own = names(skill)
        for alias in {*skill.aliases, *skill.aliases_cased}:
            name = key(alias)
            if name in own:
                continue
            for other in named_by.get(name, ()):
                if other != skill.id:
                    resolved = vocab.lookup(alias)
                    found.add((name, skill.id, other, resolved.id if resolved else "-"))
    return sorted(found)


def main() -> None:
    vocab = load_skills(Path(sys.argv[1])) if len(sys.argv) > 1 else load_skills()
    for row in conflicts(vocab):
        print("\t".join(row))


if __name__ == "__main__":
    main()
