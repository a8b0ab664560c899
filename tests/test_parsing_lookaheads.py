"""Regular expressions led by a lookahead for their first characters (``extract.led_by``)
find what they find without it, on every dev profile and on phrases written for them."""

import re

import pytest

from benchmarks.parsing import fields_of, load, set_names
from sourcing.parsing import extract, locations, pipeline  # pipeline registers every pattern

DEV_TEXTS = [
    fields_of(row).text for name in set_names() if name.startswith("dev") for row in load(name)
]
PHRASES = [
    "Ex-consultante chez Orbitale, previously at Acme, formerly a nurse",
    "İ was a nurse; I WAS A NURSE; ı was a cook; j'ai été infirmière",
    "ſtagiaire chez Foo, KURRENTLY at Bar, intern chez Baz",
    "Infirmière à l'AP-HP @ Doctolib",
    "Basée à Lyon, près d'Orléans, remote from Lisbon, living in Porto",
    "#OpenToWork, open to new opportunities, dispo début mars, hire me",
    "Looking for a team lead role; je voudrais évoluer vers conducteur de travaux",
    "Hiring data engineers. Master en finance, BTS comptabilité, Studied design",
    "Lisbon + remote 📍 Lyon | Télétravail · full remote — anywhere / Paris",
    "",
]


def _matches(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("led", "plain"), extract.LED_PATTERNS, ids=[p.pattern[:40] for _, p in extract.LED_PATTERNS]
)
def test_a_lookahead_loses_no_match(led: re.Pattern[str], plain: re.Pattern[str]) -> None:
    for text in DEV_TEXTS + PHRASES:
        assert _matches(led, text) == _matches(plain, text), text
        assert led.split(text) == plain.split(text), text


def test_the_patterns_are_registered() -> None:
    led = {pattern for pattern, _ in extract.LED_PATTERNS}
    assert extract._EMPLOYER_MARKER in led and pipeline._SOUGHT_ROLE in led
    assert len(DEV_TEXTS) > 500


def test_former_roles_without_a_turn_are_read_by_the_shorter_pattern() -> None:
    texts = [t for t in DEV_TEXTS + PHRASES if "turned" not in t and " reconverti" not in t]
    assert len(texts) > 500
    for text in texts:
        full = _matches(pipeline._FORMER_ROLE, text)
        assert _matches(pipeline._FORMER_ROLE_NOT_TURNED, text) == full, text
    turned = "Nurse turned data manager, chef de cuisine reconverti en dev"
    assert _matches(pipeline._FORMER_ROLE, turned)


def test_a_handle_is_found_at_its_at_sign_with_the_character_before_it_looked_at() -> None:
    text = "@betterave-cloud, ex-@jade-analytics, jo@example.com, (@rose.dev.) @ x"
    found = [m.group() for m in pipeline._HANDLE.finditer(text)]
    assert found == ["@betterave-cloud", "@rose.dev"]
    plain = re.compile(r"(?<![\w.+-])@[\w.-]*\w")
    for text in DEV_TEXTS + PHRASES:
        assert _matches(pipeline._HANDLE, text) == _matches(plain, text), text


def test_the_title_head_tried_at_word_starts_is_the_one_a_search_finds() -> None:
    def searched(clause: str) -> tuple[int, int] | None:
        match = extract._TITLE_HEAD.search(clause[:70])
        if match and len(clause[: match.start()].split()) <= extract._WORDS_BEFORE_HEAD:
            return match.span()
        return None

    clauses = [c for text in DEV_TEXTS + PHRASES for c in extract._CLAUSES.split(text) if c]
    clauses += ["R&D engineer", "x-eng lead", "a b c d developer", "a b c developer", "ſre"]
    for clause in clauses:
        expected = [h for h in (searched(clause), extract._occupation_head(clause)) if h]
        assert extract._title_head(clause) == (min(expected) if expected else None), clause
    assert extract._title_head("a b c developer") == (6, 15)
    assert extract._title_head("a b c d developer") is None


def test_the_organisation_words_pretests_hold_wherever_the_patterns_match() -> None:
    phrases = ["éditeur SaaS de paie", "CHEZ UN ÉDITEUR DE LA FINTECH", "maison d’édition", "ſaaſ "]
    checked = 0
    for text in DEV_TEXTS + PHRASES + phrases:
        for position in range(len(text) + 1):
            if pipeline._ORGANISATION_BEFORE.search(text, max(0, position - 24), position):
                before = text[max(0, position - 7) : position].casefold()
                assert before.endswith(pipeline._ORGANISATION_BEFORE_ENDS), text
                checked += 1
            if pipeline._ORGANISATION_AFTER.match(text, position):
                assert text[position + 1] in pipeline._ORGANISATION_AFTER_LETTERS, text
                checked += 1
    assert checked > 10


def test_a_text_the_remote_pattern_matches_holds_one_of_its_words() -> None:
    phrases = ["TÉLÉTRAVAIL", "à dıstance", "Full-Remote", "ANYWHERE", "a diſtance"]
    found = 0
    for text in DEV_TEXTS + PHRASES + phrases:
        if locations._REMOTE.search(text):
            found += 1
            assert any(word in text.casefold() for word in locations._REMOTE_WORDS), text
            assert locations.says_remote(text)
    assert found > 20
    assert not locations.says_remote("remotely") and not locations.says_remote("")
