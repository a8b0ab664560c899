"""Skills read from their context rather than from one mention: a platform's services
("AWS (Lambda, S3)"), coordinations ("Développeur web & mobile"), CamelCase hashtags
("#MachineLearning"), and which names are technologies (to tell them from employers)."""

import functools
import re

from spacy.tokens import Span

from sourcing.parsing.vocab import TECHNOLOGY_CATEGORIES, Skill, Vocabulary, fold


class SkillContext:
    """Context rules over one skill taxonomy."""

    def __init__(self, skills: Vocabulary[Skill]) -> None:
        self.skills = skills
        # Every word of every alias: a phrase with another word cannot name a skill.
        self.alias_words = frozenset(
            word
            for form in [*skills.folded, *map(fold, skills.cased)]
            for word in _ALIAS_WORD_SPLIT.split(form)
        )

    def is_technology(self, name: str) -> bool:
        """A technology (not a SaaS tool, which may well be the employer: "Qonto")."""
        skill = self.skills.lookup(name)
        return skill is not None and skill.category in TECHNOLOGY_CATEGORIES

    def coordinated(self, text: str) -> list[str]:
        """ "Développeur web & mobile", "Designer UX/UI", "front and back-end developer":
        each member of a coordination with the word that governs it ("développeur
        mobile", "UI designer"), kept when the taxonomy names it."""
        found: list[str] = []
        if not any(cue in text for cue in _COORDINATOR_CUES):
            return found
        for separator in _COORDINATOR.finditer(text):
            left = [
                w.strip(_PUNCTUATION)
                for w in text[max(0, separator.start() - 40) : separator.start()].split()[-2:]
            ]
            right = [
                w.strip(_PUNCTUATION)
                for w in text[separator.end() : separator.end() + 40].split()[:2]
            ]
            if not left or not right:
                continue
            end = "-end" if right[0].endswith("-end") else ""  # "front and back-end"
            members = [left[-1] + end, right[0]]
            heads = [left[0]] if len(left) == 2 else []
            heads += right[1:]
            known = self.alias_words
            members = [m for m in members if all(w in known for w in _words(m))]
            heads = [h for h in heads if all(w in known for w in _words(h))]
            for member in members:
                for head in heads:
                    for phrase in (f"{head} {member}", f"{member} {head}"):
                        skill = self.skills.lookup(phrase)
                        if skill is not None:
                            found.append(skill.id)
        return found

    def camel_case_hashtags(self, text: str) -> list[str]:
        """ "#MachineLearning", "#DataScience": a hashtag's words, looked up together."""
        found: list[str] = []
        if "#" not in text:
            return found
        for tag in _CAMEL_CASE_HASHTAG.findall(text):
            skill = self.skills.lookup(" ".join(_CAMEL_CASE_WORD.findall(tag)))
            if skill is not None:
                found.append(skill.id)
        return found

    def services_listed_after(self, span: Span, text: str) -> list[str]:
        """ "AWS (Lambda, S3)", "Azure : Functions, AKS": each item named with the
        platform ("AWS Lambda") is the platform's child skill."""
        if text[span.end_char : span.end_char + 2].strip()[:1] not in _SERVICE_LIST_OPENERS:
            return []
        listed = _SERVICE_LIST.match(text, span.end_char)
        if listed is None:
            return []
        platform = self.skills.entries[span.label_]
        names = dict.fromkeys([span.text, platform.label_en, platform.label_fr])
        found = []
        items = listed.group("parenthesised") or listed.group("after_colon")
        for item in _LIST_ITEM_SEPARATORS.split(items):
            item = item.strip(" .")
            if not item[:1].isupper() and not item[:1].isdigit():  # services are names
                continue
            for name in names:
                child = self.skills.lookup(f"{name} {item}")
                if child is not None and child.parent == platform.id:
                    found.append(child.id)
                    break
        return found


_COORDINATOR_CUES = ("&", "/", " + ", " et ", " and ")
_COORDINATOR = re.compile(r"[&/]| \+ | et | and ")
_ALIAS_WORD_SPLIT = re.compile(r"[\s-]+")
_PUNCTUATION = ".,;:!?()[]{}\"'«»“”"
_CAMEL_CASE_HASHTAG = re.compile(r"#([A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\b")
_CAMEL_CASE_WORD = re.compile(r"[A-Z][a-z0-9]*")
_SERVICE_LIST_OPENERS = ("(", ":")
_SERVICE_LIST = re.compile(
    r"\s?(?:\((?P<parenthesised>[^()\n]{1,120})\)|:\s*(?P<after_colon>[^.;|\n]{1,120}))"
)
_LIST_ITEM_SEPARATORS = re.compile(r"\s*(?:,|/|&|\+|\band\b|\bet\b)\s*")


@functools.lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[str, ...]:
    """The folded words of a phrase, as the skill aliases are split into words."""
    return tuple(_ALIAS_WORD_SPLIT.split(fold(text)))
