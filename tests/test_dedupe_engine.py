"""The in-memory entity-resolution engine: levels, EM, blocking, clustering, stable ids,
and incremental resolution giving the batch result (a property test)."""

import dataclasses
import itertools
import json
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.dedupe_scale import Identities, normalise
from benchmarks.dedupe_scale import settings as scale_settings
from sourcing.dedupe.blocking import (
    BlockIndex,
    block_on,
    block_on_affixes,
    block_on_any_order,
    block_on_prefixes,
)
from sourcing.dedupe.engine import EngineSettings, Records, Resolver, fit, resolve
from sourcing.dedupe.fellegi_sunter import (
    FellegiSunterModel,
    TrainingSettings,
    expectation_maximisation,
    level_frequencies,
)
from sourcing.dedupe.levels import (
    MISSING,
    DateLevels,
    DigitsLevels,
    ExactLevels,
    HandleLevels,
    NameLevels,
    NumberLevels,
    SpelledNameLevels,
    StringLevels,
    numbers_in,
)


def _levels(comparison, pairs: list[tuple[str | None, str | None]]) -> list[str]:
    """Level names of ``comparison`` on pairs of values of its one field."""
    records = Records(
        ids=list(range(2 * len(pairs))),
        columns={comparison.fields[0]: [v for pair in pairs for v in pair]},
    )
    store = Resolver(EngineSettings((comparison,), ()), None)._store
    store.append(records)
    left = np.arange(0, 2 * len(pairs), 2)
    codes = store.levels(left, left + 1)[:, 0].tolist()
    return ["missing" if c == MISSING else comparison.level_names[c] for c in codes]


# --- levels ---------------------------------------------------------------------------


def test_string_levels_are_ordered_exact_jw_else_and_missing() -> None:
    levels = _levels(
        StringLevels("city", thresholds=(0.92, 0.80)),
        [
            ("lyon", "lyon"),
            ("marseille", "marseile"),
            ("dwayne", "duane"),
            ("lyon", "paris"),
            ("lyon", None),
            ("", "paris"),
        ],
    )
    assert levels == ["exact", "jw>=0.92", "jw>=0.8", "else", "missing", "missing"]


def test_name_levels_know_french_short_forms_and_swaps() -> None:
    first = NameLevels("first")
    assert _levels(first, [("JB", "Jean-Baptiste"), ("Alex", "Alexandre"), ("Jean", "Marie")]) == [
        "alias",
        "alias",
        "else",
    ]
    swap = NameLevels("first", swapped_with="last", use_nicknames=False)
    records = Records(
        ids=[1, 2, 3],
        columns={"first": ["marie", "curie", "curie"], "last": ["curie", "marie", "dupont"]},
    )
    store = Resolver(EngineSettings((swap,), ()), None)._store
    store.append(records)
    codes = store.levels(np.array([0, 0]), np.array([1, 2]))[:, 0].tolist()
    assert [swap.level_names[c] for c in codes] == ["alias", "else"]


def test_ambiguous_short_forms_are_their_own_level_when_asked() -> None:
    first = NameLevels("first", short_forms=True)
    pairs = [
        ("JP", "Jean-Pierre"),  # the canonical form of JP: alias
        ("JP", "Jean-Paul"),  # JP may stand for Jean-Paul too
        ("Chris", "Christine"),
        ("Alex", "Alexis"),
        ("JP", "Marie"),
    ]
    assert _levels(first, pairs) == ["alias", "short_form", "short_form", "short_form", "else"]
    assert "short_form" not in NameLevels("first").level_names  # off by default


def test_a_surname_one_typo_away_is_its_own_level_when_asked() -> None:
    last = NameLevels("last", use_nicknames=False, one_edit=True)
    pairs = [
        ("merureker", "mesureker"),  # a letter changed: Jaro-Winkler only 0.907
        ("fontaine", "fontanie"),  # two letters swapped
        ("lefebvre", "lefevre"),  # a letter lost
        ("dupont", "dupond"),
        ("martin", "marin"),  # five letters: long enough
        ("marc", "mark"),  # four letters: too short to call a typo
        ("dupont", "durand"),
    ]
    assert _levels(last, pairs) == [
        "one_edit",
        "one_edit",
        "one_edit",
        "one_edit",
        "one_edit",
        "jw>=0.8",
        "else",
    ]
    assert "one_edit" not in NameLevels("last").level_names  # off by default


def _handle_levels(rows: list[tuple[str, str, str]]) -> list[str]:
    """Levels of ``HandleLevels`` on consecutive pairs of (first, last, handle) rows."""
    comparison = HandleLevels("handle")
    records = Records(
        ids=list(range(len(rows))),
        columns={
            "first": [r[0] for r in rows],
            "last": [r[1] for r in rows],
            "handle": [r[2] for r in rows],
        },
    )
    store = Resolver(EngineSettings((comparison,), ()), None)._store
    store.append(records)
    left = np.arange(0, len(rows), 2)
    codes = store.levels(left, left + 1)[:, 0].tolist()
    return ["missing" if c == MISSING else comparison.level_names[c] for c in codes]


def test_a_handle_made_from_both_names_is_its_own_level() -> None:
    levels = _handle_levels(
        [
            ("marie", "dupont", "mariedupont"),  # two Marie Dupont, the obvious handle
            ("marie", "dupont", "mariedupont"),
            ("jean paul", "morel", "jmorel"),  # initial + surname fits both
            ("jonathan", "morel", "jmorel"),
            ("jb", "morel", "jeanbaptistemorel"),  # the long form of JB
            ("jean baptiste", "morel", "jeanbaptistemorel"),
            ("marie", "dupont", "mariedupont"),  # made from one record's names only
            ("marie", "dupond", "mariedupont"),
            ("marie", "dupont", "kiwi42"),  # not made from the names
            ("marie", "dupont", "kiwi42"),
            ("marie", "dupont", "dupont74"),  # the same number
            ("marie", "dupont", "marie74"),
            ("marie", "dupont", "mdupont"),
            ("marie", "dupont", "mariedupont"),
            ("marie", "dupont", ""),
            ("marie", "dupont", "mariedupont"),
        ]
    )
    assert levels == [
        "exact_from_names",
        "exact_from_names",
        "exact_from_names",
        "exact",
        "exact",
        "same_number",
        "else",
        "missing",
    ]


def test_the_handles_number_level_can_be_left_to_a_number_comparison() -> None:
    comparison = HandleLevels("handle", same_number=False)
    assert comparison.level_names == ("exact", "exact_from_names", "else")
    levels = _row_levels(
        comparison,
        [
            {"first": "marie", "last": "dupont", "handle": "dupont74"},
            {"first": "marie", "last": "dupont", "handle": "marie74"},
            {"first": "marie", "last": "dupont", "handle": "mariedupont"},
            {"first": "marie", "last": "dupont", "handle": "mariedupont"},
        ],
    )
    assert levels == ["else", "exact_from_names"]


def test_a_handle_made_from_a_surname_the_other_record_mistyped_is_made_from_the_names() -> None:
    rows = [
        {"first": "marie", "last": "dupont", "handle": "mdupont"},
        {"first": "marie", "last": "dupnot", "handle": "mdupont"},
        {"first": "michael", "last": "dupont", "handle": "mdupont"},  # initials agree
        {"first": "maxime", "last": "dupnot", "handle": "mdupont"},
        {"first": "kiwi", "last": "", "handle": "mariedupont"},  # a pseudonym: exact
        {"first": "marie", "last": "dupont", "handle": "mariedupont"},
    ]
    assert _row_levels(HandleLevels("handle"), rows) == ["exact", "exact", "exact"]
    assert _row_levels(HandleLevels("handle", either_surname=True), rows) == [
        "exact_from_names",
        "exact_from_names",
        "exact",
    ]
    swapped = [r for a, b in zip(rows[::2], rows[1::2], strict=True) for r in (b, a)]
    assert _row_levels(HandleLevels("handle", either_surname=True), swapped) == [
        "exact_from_names",
        "exact_from_names",
        "exact",
    ]


def test_a_handle_made_from_the_names_weighs_what_it_adds_to_the_names() -> None:
    """Namesakes often make the same handle from their names: measured among pairs that
    agree on the names, that agreement weighs far less than a handle of their own."""
    rng = random.Random(13)
    firsts = ["marie", "jean", "lucas", "emma"]
    lasts = ["martin", "morel", "dupont", "leroy", "petit", "roux"]
    columns: dict[str, list[str | None]] = {"first": [], "last": [], "handle": [], "city": []}
    sources = []
    for _ in range(600):
        first, last = rng.choice(firsts), rng.choice(lasts)
        own = rng.random() < 0.5
        handle = f"{first}{last}" if own else f"{first[:3]}{rng.randrange(10**6)}"
        city = rng.choice(["lyon", "paris", "lille", "nantes", "brest", "metz", "caen"])
        for network in rng.sample(["gh", "x", "so"], rng.randint(1, 2)):
            columns["first"].append(first)
            columns["last"].append(last)
            columns["handle"].append(handle)
            columns["city"].append(city if rng.random() < 0.8 else None)
            sources.append(network)
    settings = EngineSettings(
        comparisons=(  # each name comparison also reads the other field (swaps)
            NameLevels("first", swapped_with="last"),
            NameLevels("last", swapped_with="first", use_nicknames=False),
            HandleLevels("handle"),
            ExactLevels("city"),
        ),
        blocking_rules=(block_on("first", "last"), block_on("handle"), block_on("city")),
        max_block_size=1000,
    )
    records = Records(ids=list(range(len(sources))), columns=columns, sources=sources)
    model = fit(records, settings)
    exact, from_names = model.level_weights()[2][:2]
    assert exact > from_names + 4
    conditional = model.training["conditional_u"]["handle"]
    assert conditional["given"] == ["first", "last"]
    assert conditional["pairs"] > 100


def _row_levels(comparison, rows: list[dict[str, str]]) -> list[str]:
    """Levels of ``comparison`` on consecutive pairs of rows (missing columns: "")."""
    names = sorted({*comparison.fields, *comparison.reads})
    records = Records(
        ids=list(range(len(rows))),
        columns={name: [r.get(name, "") for r in rows] for name in names},
    )
    store = Resolver(EngineSettings((comparison,), ()), None)._store
    store.append(records)
    left = np.arange(0, len(rows), 2)
    codes = store.levels(left, left + 1)[:, 0].tolist()
    return ["missing" if c == MISSING else comparison.level_names[c] for c in codes]


def test_numbers_are_read_from_handles_email_local_parts_and_urls() -> None:
    assert numbers_in("dupont74") == {"74"}
    assert numbers_in("mdupont74@mail2000.fr") == {"74"}  # the domain is no one's number
    assert numbers_in("dupont74.fr") == {"74"}
    assert numbers_in("medium.com/@marie.dupont") == frozenset()
    assert numbers_in("jd7") == frozenset()  # one digit: too common to tell anyone apart
    assert numbers_in("jd7", min_digits=1) == {"7"}


def test_a_number_shared_across_handle_email_and_website_is_evidence() -> None:
    levels = _row_levels(
        NumberLevels("numbers"),
        [
            {"handle": "dupont74"},  # the handle's number in the other's e-mail
            {"handle": "mariedupont", "email": "mdupont74@free.fr"},
            {"website": "dupont74.fr"},  # in the other's website
            {"handle": "mariedup74"},
            {"handle": "dupont74"},  # namesakes: the same handle style, other numbers
            {"handle": "dupont12", "email": "mdupont12@free.fr"},
            {"handle": "dupont74", "email": "marie.dupont1990@free.fr"},  # one of several
            {"handle": "mdupont", "email": "mdupont1990@free.fr"},
            {"handle": "mariedupont"},  # a side without a number says nothing
            {"handle": "dupont74"},
            {"email": "x42@free.fr"},
            {},
            {"handle": "dupont74"},  # the same handle: the handle comparison weighs it
            {"handle": "dupont74", "email": "mdupont74@free.fr"},
        ],
    )
    assert levels == [
        "same_number",
        "same_number",
        "different_numbers",
        "same_number",
        "missing",
        "missing",
        "missing",
    ]


def test_a_surname_written_in_the_other_records_identifiers_repairs_a_typo() -> None:
    levels = _row_levels(
        SpelledNameLevels("last_spelled"),
        [
            {"first": "vincent", "last": "vianvi", "handle": "vincentvia326"},  # a typo...
            {"first": "vincent", "last": "vainvi", "handle": "vincentvianvi"},  # ...repaired
            {"first": "marie", "last": "dupont"},  # in the other's e-mail local part
            {"first": "marie", "last": "dupond", "email": "mdupont@free.fr"},
            {"first": "dupont", "last": "marie"},  # "marie" is the other's own first name
            {"first": "marie", "last": "martin", "handle": "mariemartin"},
            {"first": "lea", "last": "lambert", "handle": "llambert"},  # nowhere
            {"first": "lea", "last": "dubois", "handle": "ldubois"},
            {"first": "marie", "last": "dupont", "handle": "mdupont"},  # the same name
            {"first": "marie", "last": "dupont", "handle": "mariedupont"},
            {"first": "marie", "last": "dupont"},  # nothing to look in
            {"first": "marie", "last": "dupond"},
            {"first": "lea", "last": "ma", "handle": "leama"},  # too short to look for
            {"first": "lea", "last": "mo", "handle": "leamo"},
            {"first": "jp", "last": "lamerrigi", "handle": "jeanpierrelam355"},  # a handle
            {"first": "jean pierre", "last": "lamrrinorela", "handle": "jeanpierrelam355"},
            {"first": "jp", "last": "lamerrigi", "handle": "jplamerrigi"},  # a handle both
            {"first": "jp", "last": "lamerigi", "handle": "jplamerrigi"},  # hold spells too
        ],
    )
    assert levels == [
        "spelled",
        "spelled",
        "not_spelled",
        "not_spelled",
        "missing",
        "missing",
        "missing",
        "not_spelled",
        "spelled",
    ]


def test_cross_field_levels_do_not_depend_on_which_record_comes_first() -> None:
    rng = random.Random(3)
    names = [("marie", "dupont"), ("marie", "dupond"), ("jp", "morel"), ("lea", "moreau")]
    rows = []
    for _ in range(60):
        first, last = rng.choice(names)
        number = rng.choice(["", "74", "12"])
        rows.append(
            {
                "first": first,
                "last": last,
                "handle": rng.choice([f"{first}{last}", f"{last}{number}", "dupont74"]),
                "email": rng.choice(["", f"{first[0]}{rng.choice(['dupont', last])}{number}@x.fr"]),
                "website": rng.choice(["", f"https://www.{last}{number}.fr"]),
            }
        )
    for comparison in (NumberLevels("numbers"), SpelledNameLevels("last_spelled")):
        forward = _row_levels(comparison, rows)
        swapped = [r for a, b in zip(rows[::2], rows[1::2], strict=True) for r in (b, a)]
        backward = _row_levels(comparison, swapped)
        assert forward == backward
        assert len(set(forward)) == 3  # every level, missing included, was reached


def _namesakes(rng: random.Random) -> tuple[Records, list[int]]:
    """People who share a few names, each on two or three networks, each account with
    the handle made from the names or one with the person's number, and sometimes the
    e-mail with that number."""
    firsts = ["marie", "jean", "lucas", "emma", "paul"]
    lasts = ["martin", "morel", "dupont", "leroy", "petit"]
    cities = ["lyon", "paris", "lille", "nantes", "brest", "metz", "caen", "nice"]
    columns: dict[str, list[str | None]] = {
        k: [] for k in ("first", "last", "city", "handle", "email")
    }
    sources, people = [], []
    for person in range(300):
        first, last, city = rng.choice(firsts), rng.choice(lasts), rng.choice(cities)
        number = rng.randrange(10, 1000)
        for network in rng.sample(["gh", "x", "so"], rng.randint(2, 3)):
            columns["first"].append(first)
            columns["last"].append(last)
            columns["city"].append(city if rng.random() < 0.6 else None)
            numbered = rng.random() < 0.5
            columns["handle"].append(f"{last}{number}" if numbered else f"{first}{last}")
            show = rng.random() < 0.5
            columns["email"].append(f"{first[0]}{last}{number}@free.fr" if show else None)
            sources.append(network)
            people.append(person)
    return Records(ids=list(range(len(sources))), columns=columns, sources=sources), people


def test_namesakes_with_other_numbers_are_told_apart() -> None:
    """A shared number weighs for a match, and fewer pairs are wrong (namesakes
    together, or one person apart) with the numbers than without."""
    records, people = _namesakes(random.Random(5))
    comparisons = (
        NameLevels("first", swapped_with="last"),
        NameLevels("last", swapped_with="first", use_nicknames=False),
        ExactLevels("city"),
        ExactLevels("email"),
        HandleLevels("handle"),
    )
    rules = (block_on("first", "last"), block_on("handle"), block_on("city"))

    def wrong_pairs(extra: tuple) -> tuple[int, FellegiSunterModel]:
        settings = EngineSettings(comparisons + extra, rules, max_block_size=1000)
        resolver, model, _ = resolve(records, settings)
        clusters = resolver.cluster_ids()
        wrong = sum(
            (clusters[a] == clusters[b]) != (people[a] == people[b])
            for a, b in itertools.combinations(range(len(people)), 2)
        )
        return wrong, model

    without, _ = wrong_pairs(())
    with_numbers, model = wrong_pairs((NumberLevels("numbers", sources=("handle", "email")),))
    same, different = model.level_weights()[-1][:2]
    assert same > 3 > different
    assert with_numbers < 0.85 * without


def test_dates_and_digits_levels() -> None:
    assert _levels(
        DateLevels("dob"),
        [
            ("19870312", "1987-03-12"),
            ("19870312", "19871203"),
            ("19870312", "19870313"),
            ("19870312", "19871128"),
            ("19870312", "19550101"),
        ],
    ) == ["exact", "day_month_swapped", "one_edit", "same_year", "else"]
    assert _levels(
        DigitsLevels("ssn"),
        [("123 456", "123456"), ("123456", "124356"), ("123456", "129956"), ("123456", "987654")],
    ) == ["exact", "edits<=1", "edits<=2", "else"]


# --- Fellegi-Sunter and EM -------------------------------------------------------------


def test_em_recovers_m_and_share_from_unlabelled_patterns() -> None:
    rng = np.random.default_rng(7)
    n, share = 20_000, 0.3
    true_m = [np.array([0.85, 0.1, 0.05]), np.array([0.7, 0.3]), np.array([0.9, 0.05, 0.05])]
    true_u = [np.array([0.05, 0.15, 0.8]), np.array([0.1, 0.9]), np.array([0.02, 0.08, 0.9])]
    is_match = rng.random(n) < share
    levels = np.empty((n, 3), dtype=np.int8)
    for c in range(3):
        levels[is_match, c] = rng.choice(len(true_m[c]), is_match.sum(), p=true_m[c])
        levels[~is_match, c] = rng.choice(len(true_u[c]), (~is_match).sum(), p=true_u[c])
    levels[rng.random((n, 3)) < 0.05] = MISSING  # missing values carry no evidence
    start_u = level_frequencies(levels[~is_match][:2000], (3, 2, 3))
    m, _, found_share, _ = expectation_maximisation(levels, (3, 2, 3), start_u)
    assert abs(found_share - share) < 0.02
    for found, truth in zip(m, true_m, strict=True):
        assert np.abs(found - truth).max() < 0.03


def test_em_smooths_m_and_a_free_u_so_no_level_is_ruled_out() -> None:
    """200 matches all agree exactly; the close level is seen only among non-matches,
    which never agree exactly. Left to EM, the close level's m falls towards zero (-30
    bits or less), and so does a free u of the exact level; a pseudo-count of one pair
    spread over the levels, as the random-pair u has, keeps them near (1/3) / 200 and
    (1/3) / 4,000."""
    rng = np.random.default_rng(3)
    matches = np.zeros((200, 2), dtype=np.int8)
    others = rng.choice([1, 2], (4_000, 2), p=[0.05, 0.95]).astype(np.int8)
    levels = np.vstack([matches, others])
    u = level_frequencies(others[:1_000], (3, 3))
    raw = expectation_maximisation(levels, (3, 3), u, pseudo_count=0.0)[0]
    smoothed = expectation_maximisation(levels, (3, 3), u, pseudo_count=1.0)[0]
    assert raw[0][1] < 1e-6
    assert smoothed[0][1] == pytest.approx((1 / 3) / 201, rel=0.1)
    assert smoothed[0][0] > 0.99 and TrainingSettings().em_pseudo_count == 1.0
    free = [True, False]
    raw_u = expectation_maximisation(levels, (3, 3), u, free_u=free, pseudo_count=0.0)[1]
    smoothed_u = expectation_maximisation(levels, (3, 3), u, free_u=free, pseudo_count=1.0)[1]
    assert raw_u[0][0] < 1e-6
    assert smoothed_u[0][0] == pytest.approx((1 / 3) / 4_001, rel=0.1)


def _people(n_people: int, seed: int) -> tuple[Records, list[int]]:
    """Synthetic people, 1-3 records each, with typos and missing cities."""
    rng = random.Random(seed)
    firsts = ["jean", "marie", "lucas", "emma", "hugo", "lea", "paul", "chloe", "louis", "ines"]
    ids, first, last, city, year, person = [], [], [], [], [], []
    for p in range(n_people):
        name = (
            rng.choice(firsts),
            "".join(
                rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))
            ),
        )
        town = rng.choice(["lyon", "paris", "lille", "nantes", "brest", "metz"])
        born = str(rng.randint(1960, 2000))
        for _ in range(rng.randint(1, 3)):
            surname = name[1]
            if rng.random() < 0.3:  # one typo
                k = rng.randrange(len(surname))
                surname = surname[:k] + rng.choice("aeiou") + surname[k + 1 :]
            ids.append(len(ids))
            first.append(name[0])
            last.append(surname)
            city.append(town if rng.random() < 0.8 else None)
            year.append(born if rng.random() < 0.9 else None)
            person.append(p)
    columns = {"first": first, "last": last, "city": city, "year": year}
    return Records(ids=ids, columns=columns), person


SMALL = EngineSettings(
    comparisons=(
        NameLevels("first"),
        StringLevels("last"),
        ExactLevels("city"),
        ExactLevels("year"),
    ),
    blocking_rules=(block_on("last"), block_on("first", "year"), block_on("city", "year")),
    max_block_size=50,
)


def test_fit_gives_agreement_positive_and_disagreement_negative_weights() -> None:
    records, _ = _people(1500, seed=3)
    model = fit(records, SMALL)
    for name, weights in zip(model.comparisons, model.level_weights(), strict=True):
        assert weights[0] > 2, name  # exact: evidence for a match
        assert weights[-2] < 0, name  # "else" (the last real level): evidence against
    again = FellegiSunterModel.from_dict(json.loads(json.dumps(model.as_dict())))
    assert again.prior == model.prior
    assert np.allclose(again.m[1], model.m[1])


def test_resolving_synthetic_people_finds_them() -> None:
    records, person = _people(800, seed=5)
    resolver, _, result = resolve(records, SMALL)
    truth = {
        (a, b) for a, b in itertools.combinations(range(len(person)), 2) if person[a] == person[b]
    }
    ids = resolver.cluster_ids()
    found = {(a, b) for a, b in itertools.combinations(range(len(person)), 2) if ids[a] == ids[b]}
    assert len(found & truth) / len(truth) > 0.9
    assert len(found & truth) / len(found) > 0.9
    evidence = resolver.explain(*sorted(truth)[0])
    assert set(evidence["fields"]) == {"first", "last", "city", "year"}
    assert result.records == len(person)


# --- blocking --------------------------------------------------------------------------


def test_candidate_pairs_are_the_union_of_the_rules_and_big_blocks_are_skipped() -> None:
    rng = random.Random(11)
    n = 300
    columns = {
        "a": [rng.choice("xyz") if rng.random() < 0.9 else "" for _ in range(n)],
        "b": [rng.choice("pqrstuvw") for _ in range(n)],
        "c": [rng.choice(["1", "2", "3", "4", ""]) for _ in range(n)],
    }
    columns["b"][:3] = ["same"] * 3
    columns["c"][:3] = ["same", "x1", "x2"]
    rules = (
        block_on("a", "b"),
        block_on_any_order("b", "c"),
        block_on_affixes("b[-1:]+c", ["c"], b=-1),
    )
    cap = 12
    index = BlockIndex(rules, cap)
    got = index.add({k: np.array(v, dtype=object) for k, v in columns.items()}, 0)

    def key(rule, r):
        values = tuple(columns[f][r] for f in rule.fields)
        return rule.key(values)

    expected = set()
    for rule in rules:
        keys = [key(rule, r) for r in range(n)]
        sizes = {k: keys.count(k) for k in set(keys)}
        expected |= {
            (i, j)
            for i, j in itertools.combinations(range(n), 2)
            if keys[i] is not None and keys[i] == keys[j] and sizes[keys[i]] <= cap
        }
    assert set(zip(got.left.tolist(), got.right.tolist(), strict=True)) == expected
    assert got.reports["a+b"].oversized_keys > 0  # 3 letters x 8 letters over 300 records


# --- clustering and ids ----------------------------------------------------------------


def _model(weights: dict[str, list[float]], prior: float = 0.5) -> FellegiSunterModel:
    """A hand-made model whose level weights are exactly ``weights`` (u = 1/2**w, m = 1)."""
    names = tuple(weights)
    return FellegiSunterModel(
        comparisons=names,
        level_names=tuple(tuple(f"l{k}" for k in range(len(w))) for w in weights.values()),
        m=tuple(np.ones(len(w)) for w in weights.values()),
        u=tuple(np.array([2.0**-x for x in w]) for w in weights.values()),
        prior=prior,
    )


def test_strongest_edge_wins_and_one_source_never_holds_two_records() -> None:
    settings = EngineSettings(
        comparisons=(StringLevels("name", thresholds=(0.9,)),),
        blocking_rules=(block_on_prefixes(name=3),),
    )
    model = _model({"name": [10.0, 5.0, -10.0]})
    records = Records(
        ids=["a1", "a2", "b1"],
        columns={"name": ["martin", "martine", "martine"]},
        sources=["A", "A", "B"],
    )
    resolver = Resolver(settings, model)
    resolver.add(records)
    # a2-b1 is exact (10), a1-b1 only similar (5): a1 cannot join file A's a2
    assert resolver.clusters() == [["a1"], ["a2", "b1"]]


def test_a_clear_non_match_is_not_chained_into_a_cluster() -> None:
    model = _model({"email": [12.0, -20.0], "name": [30.0, -4.0]})
    records = Records(
        ids=[1, 2, 3],
        columns={"email": ["a@x", "a@x", "a@y"], "name": ["ann", "bob", "bob"]},
    )
    # 1~2: 12 - 4 = 8; 2~3: -20 + 30 = 10; 1~3: -20 - 4 = -24 (all compared: same
    # first letter of e-mail). Matches 1~2 and 2~3 would chain 1 and 3 together.
    found = {}
    for cannot_link in (None, -10.0):
        settings = EngineSettings(
            comparisons=(ExactLevels("email"), ExactLevels("name")),
            blocking_rules=(block_on_prefixes(email=1),),
            cannot_link_weight=cannot_link,
            linkage="single",
        )
        resolver = Resolver(settings, model)
        resolver.add(records)
        found[cannot_link] = resolver.clusters()
    assert found[None] == [[1, 2, 3]]
    assert found[-10.0] == [[1], [2, 3]]  # 2~3 first (stronger); 1 would bring 1~3


def test_average_linkage_judges_a_merge_on_every_pair_across_the_clusters() -> None:
    # 1~2: 14 - 3 - 3 = 8; 2~3: -3 + 8 - 3 = 2; 1~3: -3 - 3 + 0 = -6, never a
    # candidate (no shared x or y) and not a clear non-match (-10).
    model = _model({"x": [14.0, -3.0], "y": [8.0, -3.0], "z": [0.0, -3.0]})
    records = Records(
        ids=[1, 2, 3],
        columns={"x": ["a", "a", "b"], "y": ["p", "q", "q"], "z": ["s", "t", "s"]},
    )
    found = {}
    for linkage in ("single", "average", "mean_first"):
        settings = EngineSettings(
            comparisons=(ExactLevels("x"), ExactLevels("y"), ExactLevels("z")),
            blocking_rules=(block_on("x"), block_on("y")),
            linkage=linkage,
        )
        resolver = Resolver(settings, model)
        resolver.add(records)
        found[linkage] = resolver.clusters()
    assert found["single"] == [[1, 2, 3]]  # 3 chained in by its one match
    assert found["average"] == [[1, 2], [3]]  # (2 - 6) / 2 < 0 across {1, 2} and {3}
    assert found["mean_first"] == found["average"]
    with pytest.raises(ValueError, match="linkage"):
        EngineSettings(comparisons=(), blocking_rules=(), linkage="complete")


def test_common_values_weigh_less_than_rare_ones() -> None:
    settings = EngineSettings(
        comparisons=(ExactLevels("last", term_frequencies=True), ExactLevels("city")),
        blocking_rules=(block_on("last"),),
    )
    rows = ["martin"] * 40 + ["zyx"] * 2 + [f"name{k}" for k in range(58)]
    records = Records(ids=list(range(100)), columns={"last": rows, "city": ["lyon", "paris"] * 50})
    resolver, model, _ = resolve(records, settings)
    common = resolver.explain(0, 1)["fields"]["last"]["weight"]
    rare = resolver.explain(40, 41)["fields"]["last"]["weight"]
    assert model.term_frequencies["last"]["martin"] == 0.4
    assert rare > common + 3  # log2(0.4 / 0.02) = 4.3 bits apart


def test_term_frequencies_can_leave_the_record_itself_out() -> None:
    rows = ["martin"] * 40 + ["zyx"] * 2 + [f"name{k}" for k in range(58)]
    records = Records(ids=list(range(100)), columns={"last": rows, "city": ["lyon", "paris"] * 50})
    weights = {}
    for leave_one_out in (False, True):
        settings = EngineSettings(
            comparisons=(ExactLevels("last", term_frequencies=True), ExactLevels("city")),
            blocking_rules=(block_on("last"),),
            training=TrainingSettings(term_frequencies_leave_one_out=leave_one_out),
        )
        resolver, model, _ = resolve(records, settings)
        frequencies = model.term_frequencies["last"]
        weights[leave_one_out] = resolver.explain(40, 41)["fields"]["last"]["weight"]
    # a value two records hold: the other record is 1 of the 99 others, not 2 of 100
    assert frequencies["zyx"] == pytest.approx(1 / 99)
    assert frequencies["martin"] == pytest.approx(39 / 99)
    assert model.rare_value_frequency["last"] == pytest.approx(1 / 100)
    assert weights[True] - weights[False] == pytest.approx(np.log2(0.02 * 99), abs=1e-3)


def test_cluster_ids_stay_stable_and_merges_are_reported() -> None:
    settings = EngineSettings(
        comparisons=(ExactLevels("email"), ExactLevels("name")),
        blocking_rules=(block_on("email"), block_on("name")),
    )
    model = _model({"email": [8.0, -1.0], "name": [4.0, -1.0]})
    resolver = Resolver(settings, model)
    first = Records(
        ids=[1, 2, 3], columns={"email": ["a@x", "b@x", "c@x"], "name": ["ann", "bob", "cyd"]}
    )
    resolver.add(first)
    before = resolver.cluster_ids()
    assert len(set(before.values())) == 3
    # record 4 shares bob's e-mail and ann's name: it links clusters 1 and 2
    result = resolver.add(Records(ids=[4], columns={"email": ["b@x"], "name": ["ann"]}))
    after = resolver.cluster_ids()
    assert after[1] == after[2] == after[4]
    assert after[3] == before[3]  # untouched cluster keeps its id
    assert after[4] in {before[1], before[2]}
    assert result.merged == {max(before[1], before[2]): after[4]}
    assert result.new_cluster_ids == []


# --- incremental = batch (property) ----------------------------------------------------

FIRSTS = ["jean", "jb", "jean baptiste", "alex", "alexandre", "marie"]
LASTS = ["morel", "morell", "moreau", "dupont", "dupond"]
CITIES = ["lyon", "paris", ""]
SOURCES = ["", "gh", "x"]

PROPERTY_SETTINGS = EngineSettings(
    comparisons=(
        NameLevels("first"),
        StringLevels("last", thresholds=(0.9,), term_frequencies=True),
        ExactLevels("city"),
    ),
    blocking_rules=(block_on("last"), block_on("city"), block_on_prefixes(last=3)),
    max_block_size=4,  # small, so blocks become oversized while batches arrive
    cannot_link_weight=-2.5,  # exercised: some compared pairs weigh less
)
PROPERTY_MODEL = _model(
    {"first": [2.0, 1.5, 1.0, 0.0, -2.0], "last": [3.0, 1.0, -3.0], "city": [1.0, -1.0]},
    prior=0.2,
)
PROPERTY_MODEL.term_frequencies = {"last": {"morel": 0.3, "dupont": 0.2}}
PROPERTY_MODEL.rare_value_frequency = {"last": 0.125}

record_strategy = st.tuples(
    st.sampled_from(FIRSTS),
    st.sampled_from(LASTS),
    st.sampled_from(CITIES),
    st.sampled_from(SOURCES),
)


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    rows=st.lists(record_strategy, min_size=1, max_size=18),
    data=st.data(),
)
def test_incremental_in_any_order_and_batches_equals_one_batch(rows, data) -> None:
    records = Records(
        ids=list(range(len(rows))),
        columns={
            "first": [r[0] for r in rows],
            "last": [r[1] for r in rows],
            "city": [r[2] for r in rows],
        },
        sources=[r[3] for r in rows],
    )
    engine = dataclasses.replace(
        PROPERTY_SETTINGS, linkage=data.draw(st.sampled_from(["average", "mean_first", "single"]))
    )
    batch = Resolver(engine, PROPERTY_MODEL)
    batch.add(records)

    order = data.draw(st.permutations(range(len(rows))))
    cuts = sorted(data.draw(st.sets(st.integers(1, max(len(rows) - 1, 1)), max_size=5)))
    incremental = Resolver(engine, PROPERTY_MODEL)
    previous: dict[int, set[int]] = {}  # cluster id -> its records, after the last batch
    for lo, hi in itertools.pairwise([0, *cuts, len(rows)]):
        if lo >= hi:
            continue
        result = incremental.add(records.take(order[lo:hi]))
        ids = incremental.cluster_ids()
        # a cluster that was not split keeps its id, or is reported merged into its new one
        for old_id, members in previous.items():
            now = {ids[m] for m in members}
            if len(now) == 1:
                (new_id,) = now
                assert new_id == old_id or result.merged[old_id] == new_id
        previous = {}
        for record, cluster_id in ids.items():
            previous.setdefault(cluster_id, set()).add(record)

    assert incremental.clusters() == batch.clusters()
    for members in batch.clusters():  # the source constraint holds
        sources = [records.sources[m] for m in members if records.sources[m]]
        assert len(sources) == len(set(sources))


# --- incremental = batch with the cross-field comparisons (property) -------------------

# People who share names, write their surname with a typo on some profiles, and put
# their numbers in handles, e-mails and sites: the comparisons and blocking of
# ``dedupe_scale.settings()`` that read across fields all come into play.
CROSS_PEOPLE = [("jean", "morel"), ("jb", "morel"), ("marie", "dupont"), ("alex", "leroy")]
CROSS_SPELLINGS = {"morel": ["morel", "morell", "moerl"], "dupont": ["dupont", "dupnot"]}
CROSS_NUMBERS = ["", "74", "12", "1990"]
CROSS_MODEL_WEIGHTS = {
    "first": [1.0, 0.8, 0.5, 0.2, 0.0, -2.0],  # names weigh little: namesakes abound
    "last": [1.5, 0.5, 1.0, 0.5, 0.0, -3.0],  # exact, alias, one_edit, jw 0.92, jw 0.8, else
    "city": [1.0, -1.0],
    "employer": [1.0, 0.5, -0.5],
    "email": [4.0, -0.5],
    "handle": [4.0, 0.5, -0.3, -0.5],  # exact, exact_from_names, both_from_names, else
    "website": [3.0, -0.5],
    "numbers": [3.5, -4.0],
    "last_spelled": [2.5, -1.0],
}


def _cross_field_identity(row: tuple) -> dict[str, str | None]:
    """A raw profile: display name with the surname as typed, and identifiers made
    from the right surname, the person's long first name or numbers."""
    (first, last), typo, handle_style, number, other, email_style, site_style, city, source = row
    spellings = CROSS_SPELLINGS.get(last, [last])
    shown = spellings[typo % len(spellings)]
    long_first = "jeanbaptiste" if first == "jb" else first
    handles = [f"{first}{last}", f"{long_first}{last}", f"{last}{number}", f"{first[0]}{shown}"]
    emails = [None, f"{first[0]}{last}{other}@free.fr", f"{long_first}.{last}@mail2000.fr"]
    sites = [None, f"https://www.{last}{number}.fr", f"{last}.fr"]
    return {
        "network": source,
        "display_name": f"{first.upper() if first == 'jb' else first.title()} {shown.title()}",
        "handle": handles[handle_style],
        "city": city or None,
        "employer": None,
        "email": emails[email_style],
        "website": sites[site_style],
    }


cross_field_strategy = st.tuples(
    st.sampled_from(CROSS_PEOPLE),
    st.integers(0, 2),
    st.integers(0, 3),
    st.sampled_from(CROSS_NUMBERS),
    st.sampled_from(CROSS_NUMBERS),  # in the e-mail: one more number, or the same
    st.integers(0, 2),
    st.integers(0, 2),
    st.sampled_from(["lyon", ""]),
    st.sampled_from(["gh", "x", "so"]),
)


def _cross_field_model(engine: EngineSettings) -> FellegiSunterModel:
    for c in engine.comparisons:  # one weight per level of the benchmark's settings
        assert len(CROSS_MODEL_WEIGHTS[c.name]) == len(c.level_names), c.name
    model = _model({c.name: CROSS_MODEL_WEIGHTS[c.name] for c in engine.comparisons}, 0.2)
    model.term_frequencies = {"last": {"morel": 0.3}, "handle": {"morel74": 0.2}}
    model.rare_value_frequency = {
        c.name: 0.125 for c in engine.comparisons if getattr(c, "term_frequencies", False)
    }
    return model


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(rows=st.lists(cross_field_strategy, min_size=6, max_size=20), data=st.data())
def test_incremental_equals_one_batch_with_the_cross_field_comparisons(rows, data) -> None:
    raw = [_cross_field_identity(r) for r in rows]
    identities = Identities(
        ids=list(range(len(raw))),
        person=[0] * len(raw),  # not read: the property compares two resolutions
        **{k: [r[k] for r in raw] for k in raw[0]},
    )
    records = normalise(identities, range(len(raw)))
    engine = dataclasses.replace(
        scale_settings(),
        max_block_size=5,  # small, so blocks become oversized while batches arrive
        cannot_link_weight=-2.5,
        linkage=data.draw(st.sampled_from(["average", "mean_first", "single"])),
    )
    model = _cross_field_model(engine)
    batch = Resolver(engine, model)
    batch.add(records)

    order = data.draw(st.permutations(range(len(raw))))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(raw) - 1), max_size=5)))
    incremental = Resolver(engine, model)
    for lo, hi in itertools.pairwise([0, *cuts, len(raw)]):
        incremental.add(records.take(order[lo:hi]))

    assert incremental.clusters() == batch.clusters()


def test_no_level_weighs_more_than_agreeing_exactly() -> None:
    """A level almost no pair shows has a tiny u: EM's smoothing alone would make it
    outweigh the exact level."""
    model = FellegiSunterModel(
        comparisons=("last",),
        level_names=(("exact", "alias", "jw>=0.92", "else"),),
        m=(np.array([0.90, 0.01, 0.04, 0.05]),),
        u=(np.array([0.01, 0.00001, 0.0004, 0.98959]),),
        prior=0.1,
    )
    weights = model.level_weights()[0]
    exact = np.log2(0.90 / 0.01)
    assert weights[0] == pytest.approx(exact)
    assert weights[1] == pytest.approx(exact)  # log2(0.01 / 0.00001) ~ 10 bits, capped
    assert weights[2] == pytest.approx(exact)
    assert weights[3] == pytest.approx(np.log2(0.05 / 0.98959))  # below: unchanged
    assert weights[4] == 0.0  # missing
