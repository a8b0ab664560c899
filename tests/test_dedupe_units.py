"""Normalising, comparing and clustering, without a database."""

import itertools
import math

import numpy as np
import pytest

from sourcing.dedupe.cluster import Edge, average_linkage, average_linkage_clusters, mean_linkage
from sourcing.dedupe.compare import DedupeConfig, PersonRecord, compare, name_level
from sourcing.dedupe.keys import Key, blocking_keys, declared_sites, email_local_parts
from sourcing.dedupe.levels import first_name_forms, handles_from_names
from sourcing.dedupe.normalise import (
    first_name_as_written,
    name_tokens,
    normalise_handle,
    normalise_url,
    surname_as_written,
)
from sourcing.dedupe.pool_model import SetLevels, id_affinity, id_shares

CONFIG = DedupeConfig()


def person(i: int, source: str, name: str, city: str | None, skills: set[str]) -> PersonRecord:
    return PersonRecord(i, source, name, "", city, frozenset(skills), frozenset(), frozenset())


def test_urls_compare_without_scheme_www_case_or_trailing_slash() -> None:
    assert normalise_url("http://www.GitHub.com/MLefevre/") == "github.com/mlefevre"
    assert normalise_url("https://twitter.com/abc") == normalise_url("x.com/abc")


def test_names_lose_accents_particles_and_hyphens() -> None:
    assert name_tokens("Jean-Baptiste de Morel") == ["jean", "baptiste", "morel"]
    assert normalise_handle("@marie@piaille.fr") == "marie"


def test_a_leading_capitalised_surname_moves_after_first_names_and_initials() -> None:
    assert name_tokens("MOREL Jean") == ["jean", "morel"]
    assert name_tokens("MOREL JB") == ["jb", "morel"]
    assert name_tokens("GINNETBERT P.A.") == ["p", "a", "ginnetbert"]
    assert name_tokens("JEAN MOREL") == ["jean", "morel"]  # all capitals: order kept


def test_names_and_handles_in_other_scripts_become_ascii() -> None:
    assert name_tokens("Søren Łukasz Straße") == ["soren", "lukasz", "strasse"]
    assert normalise_handle("@bjørn@mastodon.social") == "bjorn"
    assert name_level("Søren Ørsted", "Soren Orsted", CONFIG) == "exact"


def test_nicknames_accents_and_initials_are_recognised() -> None:
    assert name_level("Hélène Dupré", "Helene Dupre", CONFIG) == "exact"
    assert name_level("Alex Martin", "Alexandre Martin", CONFIG) == "exact"
    assert name_level("JB Morel", "Jean-Baptiste Morel", CONFIG) == "exact"
    assert name_level("Camille R.", "Camille Rousseau", CONFIG) == "initial"
    assert name_level("Thomas Martin", "Julie Bernard", CONFIG) == "else"


def test_same_name_same_city_shared_skills_is_a_match() -> None:
    a = person(1, "github", "Hélène Dupré", "lyon", {"python", "django", "postgresql"})
    b = person(2, "stackexchange", "Helene Dupre", "lyon", {"python", "django"})
    result = compare(a, b, CONFIG)
    assert result.score >= CONFIG.match_threshold
    assert result.levels["name"] == "exact"


def test_namesakes_in_other_cities_with_other_skills_are_not_matched() -> None:
    a = person(1, "github", "Thomas Martin", "paris", {"python", "django", "docker"})
    b = person(2, "mastodon", "Thomas Martin", "bordeaux", {"figma", "ux-design", "agile"})
    assert compare(a, b, CONFIG).score < CONFIG.review_threshold


def single_linkage(
    sources: dict[int, str | None], edges: list[Edge]
) -> tuple[list[set[int]], list[Edge]]:
    """Clusters and refused edges when every pair is a match (the pool without a model)."""
    clusters, refused = average_linkage_clusters(
        sources, edges, lambda pairs: [0.0] * len(pairs), -math.inf, None
    )
    return clusters, [edge for edge, _why in refused]


def test_clusters_never_join_two_accounts_of_one_network() -> None:
    sources: dict[int, str | None] = {1: "github", 2: "stackexchange", 3: "github"}
    edges = [Edge(1, 2, 0.9, "fuzzy"), Edge(2, 3, 0.85, "fuzzy")]
    clusters, refused = single_linkage(sources, edges)
    assert sorted(map(sorted, clusters)) == [[1, 2], [3]]
    assert refused == [Edge(2, 3, 0.85, "fuzzy")]


def test_plain_text_imports_are_not_constrained_by_network() -> None:
    clusters, _ = single_linkage({1: None, 2: None}, [Edge(1, 2, 1.0, "email")])
    assert clusters == [{1, 2}]


def chain_weights(a_c: float) -> np.ndarray:
    """Nodes 0, 1, 2: 0~1 and 1~2 match (8 and 6 bits), 0 and 2 weigh ``a_c``."""
    return np.array([[0.0, 8.0, a_c], [8.0, 0.0, 6.0], [a_c, 6.0, 0.0]])


CHAIN_EDGES = [(0, 1), (1, 2)]


def test_average_linkage_joins_a_chain_only_if_its_ends_do_not_outweigh_it() -> None:
    networks = [None, None, None]
    joined = average_linkage(chain_weights(-4.0), networks, CHAIN_EDGES, 0.0, -10.0)
    apart = average_linkage(chain_weights(-7.0), networks, CHAIN_EDGES, 0.0, -10.0)
    assert sorted(map(sorted, joined)) == [[0, 1, 2]]  # (6 - 4) / 2 >= 0
    assert sorted(map(sorted, apart)) == [[0, 1], [2]]  # (6 - 7) / 2 < 0


def test_average_linkage_keeps_constraints_and_infinite_weights() -> None:
    weights = chain_weights(20.0)
    assert average_linkage(weights, ["gh", None, "gh"], CHAIN_EDGES, 0.0, None) == [[0, 1], [2]]
    never = chain_weights(-math.inf)
    assert average_linkage(never, [None] * 3, CHAIN_EDGES, 0.0, None) == [[0, 1], [2]]
    forced = chain_weights(-5.0)
    forced[1, 2] = forced[2, 1] = math.inf  # a shared e-mail outweighs the namesake
    assert average_linkage(forced, [None] * 3, CHAIN_EDGES, 0.0, -10.0) == [[0, 1, 2]]
    forced[0, 2] = forced[2, 0] = -math.inf  # ... but not a "different" review decision
    assert average_linkage(forced, [None] * 3, CHAIN_EDGES, 0.0, None) == [[0, 1], [2]]


def square(pairs: dict[tuple[int, int], float], size: int) -> np.ndarray:
    weights = np.zeros((size, size))
    for (a, b), w in pairs.items():
        weights[a, b] = weights[b, a] = w
    return weights


# a~b 10 is the strongest edge and b~c 7 comes next, yet c belongs with d (6 bits):
# c weighs -5 with a, d weighs -4 and -3 with a and b
CLOSEST_PAIRS = {(0, 1): 10.0, (1, 2): 7.0, (2, 3): 6.0, (0, 2): -5.0, (0, 3): -4.0, (1, 3): -3.0}
CLOSEST_EDGES = [(0, 1), (1, 2), (2, 3)]


def test_mean_linkage_joins_the_closest_clusters_first() -> None:
    weights, networks = square(CLOSEST_PAIRS, 4), [None] * 4
    # strongest edge first: {0, 1} takes 2 (mean (7 - 5) / 2 >= 0), then 3 is refused
    by_edge = average_linkage(weights, networks, CLOSEST_EDGES, 0.0, -10.0)
    assert sorted(map(sorted, by_edge)) == [[0, 1, 2], [3]]
    # by the mean: {0, 1} (10), then {2, 3} (6 > 1), then (7 - 5 - 4 - 3) / 4 < 0 apart
    by_mean = mean_linkage(weights, networks, CLOSEST_EDGES, 0.0, -10.0, [0, 1, 2, 3])
    assert sorted(by_mean) == [[0, 1], [2, 3]]


def test_mean_linkage_does_not_depend_on_how_the_nodes_are_numbered() -> None:
    weights = square(CLOSEST_PAIRS | {(0, 3): 1.0}, 4)
    networks: list[str | None] = ["gh", "x", None, "gh"]
    rank = [10, 11, 12, 13]
    expected = mean_linkage(weights, networks, CLOSEST_EDGES, 0.0, -10.0, rank)
    for order in ([3, 2, 1, 0], [2, 0, 3, 1]):
        renumbered = weights[np.ix_(order, order)]
        new_of = {old: new for new, old in enumerate(order)}
        edges = [(new_of[b], new_of[a]) for a, b in reversed(CLOSEST_EDGES)]
        parts = mean_linkage(
            renumbered, [networks[k] for k in order], edges, 0.0, -10.0, [rank[k] for k in order]
        )
        assert sorted(sorted(order[k] for k in part) for part in parts) == sorted(expected)
    assert sorted(expected) == [[0, 1], [2, 3]]


def test_mean_linkage_ties_go_to_the_clusters_of_the_lowest_rank() -> None:
    weights = square({(0, 1): 5.0, (1, 2): 5.0, (0, 2): 1.0}, 3)
    networks: list[str | None] = ["gh", None, "gh"]
    assert sorted(mean_linkage(weights, networks, [(0, 1), (1, 2)], 0.0, None, [0, 1, 2])) == [
        [0, 1],
        [2],
    ]
    assert sorted(mean_linkage(weights, networks, [(0, 1), (1, 2)], 0.0, None, [2, 1, 0])) == [
        [0],
        [1, 2],
    ]


def test_mean_linkage_keeps_constraints_and_infinite_weights() -> None:
    def clusters(weights: np.ndarray, networks: list[str | None], limit: float | None) -> list:
        return sorted(mean_linkage(weights, networks, CHAIN_EDGES, 0.0, limit, [0, 1, 2]))

    assert clusters(chain_weights(20.0), ["gh", None, "gh"], None) == [[0, 1], [2]]
    assert clusters(chain_weights(-4.0), [None] * 3, -10.0) == [[0, 1, 2]]
    assert clusters(chain_weights(-7.0), [None] * 3, -10.0) == [[0, 1], [2]]
    assert clusters(chain_weights(-11.0), [None] * 3, None) == [[0, 1], [2]]  # mean < 0
    assert clusters(chain_weights(-math.inf), [None] * 3, None) == [[0, 1], [2]]
    forced = chain_weights(-5.0)
    forced[1, 2] = forced[2, 1] = math.inf  # a shared e-mail outweighs the namesake
    assert clusters(forced, [None] * 3, -10.0) == [[0, 1, 2]]
    forced[0, 2] = forced[2, 0] = -math.inf  # ... but not a "different" review decision
    assert clusters(forced, [None] * 3, None) == [[0], [1, 2]]
    lonely = chain_weights(9.0)
    assert clusters(lonely, [None] * 3, -10.0) == [[0, 1, 2]]
    assert sorted(mean_linkage(lonely, [None] * 3, [(0, 1)], 0.0, -10.0, [0, 1, 2])) == [
        [0, 1],
        [2],
    ]  # no match edge reaches 2: the weights of pairs alone join nothing


def test_the_handles_a_name_makes_cover_initials_orders_and_long_forms() -> None:
    made = handles_from_names("JB", "Morel")
    assert {"jbmorel", "jmorel", "morelj", "jeanbaptistemorel", "moreljeanbaptiste"} <= made
    assert {"morel", "jb", "jeanbaptiste"} <= made
    assert "morel74" not in made and "jbm74" not in made  # a number is the person's own
    assert handles_from_names("Marie", "") == set()


def test_an_ambiguous_short_first_name_has_all_its_long_forms() -> None:
    assert first_name_forms("JP") == {"jp", "jean pierre", "jean paul"}
    assert first_name_forms("Hélène") == {"helene"}


def test_a_surname_one_typo_from_the_records_own_handle_takes_its_spelling() -> None:
    assert surname_as_written("vainvi", ["vincentvianvi"]) == "vianvi"  # two letters swapped
    assert surname_as_written("dupnt", ["", "mdupont74@free.fr"]) == "dupont"  # one dropped
    assert surname_as_written("duponet", ["www.dupont74.fr"]) == "dupont"  # one added
    assert surname_as_written("dupond", ["jdupont"]) == "dupont"  # one changed


def test_a_surname_is_kept_when_its_identifiers_do_not_clearly_spell_another() -> None:
    assert surname_as_written("dupont", ["mdupont74", "dupond@free.fr"]) == "dupont"  # as shown
    assert surname_as_written("martin", ["kiwi42", "free.fr/lefebvre"]) == "martin"  # not there
    assert surname_as_written("dupo", ["dupa", "dupe"]) == "dupo"  # two candidates
    assert surname_as_written("li", ["lu"]) == "li"  # too short to judge
    assert surname_as_written("dupont", ["marie@dupond.fr"]) == "dupont"  # a domain, not a name


def test_a_short_first_name_takes_the_one_long_form_its_identifiers_write() -> None:
    assert first_name_as_written("chris", ["christinedupont"]) == "christine"
    assert first_name_as_written("jp", ["", "jeanpierre74@free.fr"]) == "jean pierre"
    assert first_name_as_written("alex", ["adupont", "alexandra.dupont.dev"]) == "alexandra"
    # christophe and christopher are both written in christopherouponcha: left alone
    assert first_name_as_written("chris", ["christopherouponcha"]) == "chris"
    assert first_name_as_written("max", ["maxdupont"]) == "max"  # no long form written
    assert first_name_as_written("marie", ["mariedupont"]) == "marie"  # not a short form


def test_the_first_name_blocks_with_every_number_of_the_handle_and_identifiers() -> None:
    keys = blocking_keys("Marie Dupont", "mdupont74", "Nantes", ["mdupont31", "dupont74.fr"])
    numbers = {k.value for k in keys if k.kind == "first_number"}
    assert numbers == {"marie|74", "marie|31"}
    without = blocking_keys("Marie Dupont", "mdupont", None)
    assert not {k for k in without if k.kind == "first_number"}


def test_a_stored_identity_blocks_with_the_numbers_of_its_emails_and_sites() -> None:
    """The keys the pool stores read the e-mails and sites its model compares, so a
    number seen only in an e-mail brings the identity into its block."""
    from models.schemas import ParsedProfile
    from models.tables import Identity
    from sourcing.dedupe.resolve import identity_keys

    parsed = ParsedProfile(
        name="Marie Dupnot", emails=["marie.q74@free.fr"], urls=["https://mdupont.dev/"]
    )
    identity = Identity(
        source="stackexchange",
        external_id="900002",
        handle="",
        url="https://stackoverflow.com/users/900002",
        display_name="Marie Dupnot",
        parsed=parsed.model_dump(mode="json"),
    )
    keys = identity_keys(identity)
    assert Key("first_number", "marie|74") in keys
    assert Key("last", "dupont") in keys  # the surname as the declared site writes it


def test_a_surname_typed_with_a_typo_blocks_as_the_handle_writes_it() -> None:
    assert Key("last", "vianvi") in blocking_keys("Vincent Vainvi", "vincentvianvi", None)
    assert Key("last", "vainvi") in blocking_keys("Vincent Vainvi", "vince", None)


def test_only_the_local_part_of_an_email_is_kept() -> None:
    assert email_local_parts(["MDupont74@Free.fr", "not an address", "mdupont74@gmail.com"]) == [
        "mdupont74"
    ]


def test_a_declared_url_keeps_only_the_part_that_names_the_person() -> None:
    sites = declared_sites(
        [
            "https://www.Dupont74.fr/blog/2019/03/post",
            "https://linkedin.com/in/mdupont",
            "https://medium.com/@m.dupont/a-post-42",
            "https://x.com/mdupont_74/status/1234567",
            "https://github.com/",
            "https://github.com/mdupont",
        ],
        own_url="https://github.com/mdupont",
    )
    assert sites == ["dupont74.fr", "medium.com/@m.dupont", "x.com/mdupont_74"]


def _skill_levels(comparison: SetLevels, pairs: list[tuple[str, str]]) -> list[str]:
    values = [v for pair in pairs for v in pair]
    store: dict[str, np.ndarray] = {"skills": np.array(values, dtype=object)}
    store.update(comparison.derive(store))
    left = np.arange(0, len(values), 2, dtype=np.int64)
    levels = comparison.levels(store, left, left + 1)
    return ["missing" if k < 0 else comparison.level_names[k] for k in levels.tolist()]


def test_a_shared_rare_skill_says_more_than_a_shared_common_one() -> None:
    # python is on half the records, rust on 1 in 512, go on 1 in 16
    shares, rare = id_shares(["python|rust"] + ["python"] * 255 + ["sql"] * 256)
    shares.update({"go": 1 / 16, "sql": 0.5})
    skills = SetLevels("skills", shares=shares, bits_at_least=(16.0, 8.0), rare_share=rare)
    assert skills.level_names == ("16+ bits shared", "8+ bits shared", "shared", "none shared")
    assert _skill_levels(
        skills,
        [
            ("python|sql", "python|sql"),  # two common skills: 2 bits
            ("rust", "rust|python"),  # one rare skill: 9 bits
            ("rust|go", "go|rust"),  # 9 + 4 bits
            ("rust|cobol", "cobol|rust"),  # cobol never seen: one record's share, 9 bits
            ("python", "sql"),
            ("python", ""),
        ],
    ) == ["shared", "8+ bits shared", "8+ bits shared", "16+ bits shared", "none shared", "missing"]
    # counted by number, the common pair weighs as much as the rare one
    by_count = SetLevels("skills", at_least=(2, 1))
    assert _skill_levels(by_count, [("python|sql", "python|sql"), ("rust|go", "go|rust")]) == [
        "2+ shared",
        "2+ shared",
    ]


def test_the_shares_of_ids_count_each_set_once_and_skip_empty_ones() -> None:
    shares, rare = id_shares(["a|b|a", "a", None, "", "c"])
    assert shares == {"a": 2 / 3, "b": 1 / 3, "c": 1 / 3}
    assert rare == 1 / 3


def test_disjoint_skills_of_two_long_lists_weigh_apart_from_disjoint_short_ones() -> None:
    shares = {s: 0.1 for s in "abcdefgh"}
    skills = SetLevels(
        "skills", shares=shares, bits_at_least=(8.0,), rare_share=0.01, none_shared_from=3
    )
    assert skills.level_names[-2:] == ("none shared", "none shared, 3+ each")
    assert _skill_levels(skills, [("a|b|c", "d|e|f"), ("a|b|c", "d|e"), ("a", "b")]) == [
        "none shared, 3+ each",
        "none shared",
        "none shared",
    ]


def test_disjoint_skills_of_one_trade_are_related_and_of_two_trades_are_not() -> None:
    # records of four trades, each showing two of its trade's three skills
    trades = [("js", "css", "html"), ("sql", "spark", "etl"), ("k8s", "helm", "tf"), "abc"]
    values = [f"{x}|{y}" for trade in trades for x, y in itertools.combinations(trade, 2)] * 20
    shares, rare = id_shares(values)
    together = id_affinity(values)
    # js and css: together on 1 set in 12, each on 1 in 6: three times chance
    assert together["js"]["css"] == together["css"]["js"] == pytest.approx(math.log2(3))
    assert "sql" not in together["js"]
    skills = SetLevels(
        "skills", shares=shares, bits_at_least=(8.0,), rare_share=rare, together=together
    )
    assert skills.level_names == ("8+ bits shared", "shared", "none shared, related", "none shared")
    assert _skill_levels(skills, [("js", "css|html"), ("js", "sql|etl"), ("js|cobol", "html")]) == [
        "none shared, related",
        "none shared",
        "none shared, related",  # an id never seen counts for nothing
    ]


def test_skill_levels_do_not_depend_on_which_record_comes_first() -> None:
    trades = [("js", "css", "html"), ("sql", "spark", "etl"), ("k8s", "helm", "tf")]
    values = [f"{x}|{y}" for trade in trades for x, y in itertools.combinations(trade, 2)] * 5
    shares, rare = id_shares(values)
    skills = SetLevels(
        "skills",
        shares=shares,
        bits_at_least=(8.0, 2.0),
        rare_share=rare,
        none_shared_from=2,
        together=id_affinity(values),
    )
    pairs = [("js|sql", "css|etl|tf"), ("js|css", "css|spark"), ("helm|tf", "js|sql"), ("x", "tf")]
    assert _skill_levels(skills, pairs) == _skill_levels(skills, [(b, a) for a, b in pairs])
