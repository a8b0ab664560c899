"""Golden texts, French and English: what the parser must understand."""

import pytest

from benchmarks.parsing import gold_skill
from models.schemas import ProfileFields
from sourcing.parsing.pipeline import ProfileParser
from sourcing.parsing.vocab import load_skills


def parse(parser: ProfileParser, text: str, **fields: object):  # type: ignore[no-untyped-def]
    return parser.parse(ProfileFields(text=text, **fields))  # type: ignore[arg-type]


def skill_ids(profile) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.id for s in profile.skills}


def test_french_profile_skills_school_years_title_employer_place(parser: ProfileParser) -> None:
    p = parse(
        parser,
        "Développeuse Python et Django chez Qonto, diplômée de l'INSA Lyon "
        "(2014-2017). Basée à Lyon, à l'écoute du marché.",
    )
    assert p.language == "fr"
    assert {"python", "django"} <= skill_ids(p)
    assert [(s.id, s.start_year, s.end_year) for s in p.schools] == [("insa-lyon", 2014, 2017)]
    assert p.titles[0] == "Développeuse Python et Django"
    assert "Qonto" in p.employers
    assert (p.location.city, p.location.country) == ("Lyon", "FR")
    assert p.open_to_work


def test_english_profile_with_class_of_and_ambiguous_go(parser: ProfileParser) -> None:
    p = parse(
        parser,
        "Senior Go engineer, Kubernetes and Terraform. MIT class of 2012. "
        "Based in Dublin. Open to work.",
    )
    assert p.language == "en"
    assert {"go", "kubernetes", "terraform"} <= skill_ids(p)
    assert [(s.id, s.end_year) for s in p.schools] == [("mit", 2012)]
    assert p.titles == ["Senior Go engineer"]
    assert p.location.city == "Dublin"
    assert p.open_to_work


def test_lowercase_go_and_c_are_not_skills(parser: ProfileParser) -> None:
    p = parse(parser, "I like to go hiking, c'est la vie.")
    assert not {"go", "c"} & skill_ids(p)


def test_abbreviations_and_symbols(parser: ProfileParser) -> None:
    p = parse(parser, "k8s, C++, C# and .NET; Node.js; apprentissage automatique; ML")
    assert {"kubernetes", "cpp", "csharp", "dotnet", "nodejs", "machine-learning"} <= skill_ids(p)


def test_polytechnique_entry_year_and_graduation_forms(parser: ProfileParser) -> None:
    p = parse(parser, "Ingénieur X2014. Puis Télécom Paris, promo 2019.")
    years = {s.id: (s.start_year, s.end_year) for s in p.schools}
    assert years["polytechnique"] == (2014, None)
    assert years["telecom-paris"] == (None, 2019)


def test_apostrophe_year_and_accentless_school(parser: ProfileParser) -> None:
    p = parse(parser, "Imperial College London '16. Then ecole polytechnique.")
    years = {s.id: s.end_year for s in p.schools}
    assert years["imperial-college"] == 2016
    assert "polytechnique" in years


def test_skill_hints_from_repositories_and_tags(parser: ProfileParser) -> None:
    p = parse(parser, "", skill_hints=["Rust", "reactjs", "node.js", "c#"])
    assert {"rust", "react", "nodejs", "csharp"} <= skill_ids(p)


def test_location_field_wins_and_is_normalised(parser: ProfileParser) -> None:
    p = parse(parser, "Dev", location_text="München")
    assert (p.location.city, p.location.country) == ("Munich", "DE")


def test_emails_and_urls_are_collected(parser: ProfileParser) -> None:
    p = parse(parser, "Écrivez-moi: Marie.L@example.fr — https://marie.example.dev.")
    assert p.emails == ["marie.l@example.fr"]
    assert "https://marie.example.dev" in p.urls


def test_hostile_text_gives_a_result(parser: ProfileParser) -> None:
    p = parse(parser, "🚀" * 1000 + " Python " + "\u200b" * 100 + "Ωμέγα 日本語")
    assert "python" in skill_ids(p)


def test_batches_keep_order(parser: ProfileParser) -> None:
    texts = ["Rust dev", "Développeur Java chez Brindille", "Figma et UX design"]
    results = parser.parse_many([ProfileFields(text=t) for t in texts])
    assert [
        "rust" in skill_ids(results[0]),
        "java" in skill_ids(results[1]),
        "figma" in skill_ids(results[2]),
    ] == [True, True, True]


def test_statistical_path_adds_organisations_from_french_ner() -> None:
    statistical = ProfileParser(statistical=True)
    p = statistical.parse(ProfileFields(text="Je travaille pour la Société Générale à Paris."))
    assert any("Société Générale" in e for e in p.employers)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Développeuse backend senior chez Doctolib", "senior"),
        ("Lead dev @ Qonto", "lead"),
        ("CTO at Brindille", "executive"),
        ("Stagiaire data chez Octavo", "intern"),
        ("Junior frontend developer", "junior"),
        ("Développeur Python", "mid"),
    ],
)
def test_seniority_comes_from_the_title(parser: ProfileParser, text: str, level: str) -> None:
    assert parse(parser, text).seniority == level


def test_aliases_holding_english_exception_words_still_match(parser: ProfileParser) -> None:
    # English tokenizer exceptions gave "em" the norm "them", so "EM Lyon" never matched.
    parsed = parser.parse(ProfileFields(text="Diplômé d'EM Lyon en 2012."))
    assert [(s.id, s.end_year) for s in parsed.schools] == [("em-lyon", 2012)]


def test_a_merged_away_skill_id_names_its_survivor() -> None:
    skills = load_skills()
    assert skills.redirects, "the taxonomy redirects no merged-away id"
    for old, survivor in skills.redirects.items():
        assert old not in skills.entries
        assert skills.canonical(old) == survivor
        assert skills.lookup(old) is skills.entries[survivor]
    assert skills.canonical("python") == "python"


def test_skill_ids_retired_before_merges_were_recorded_still_resolve() -> None:
    # folded into accessibility testing on 2026-11-29, before redirects existed
    skills = load_skills()
    assert skills.canonical("ux-testing-a11y") == "accessibility-testing"
    assert skills.canonical("web-accessibility-testing") == "accessibility-testing"


def test_the_evaluation_counts_a_merged_away_gold_id_as_its_survivor() -> None:
    assert gold_skill("shell-scripting-posix") == "bash"
    assert gold_skill("new:shell-scripting-posix") == "bash"
    assert gold_skill("python") == "python"


@pytest.mark.parametrize(
    ("name", "skill"),
    [
        ("TIA Portal", "siemens-tia"),
        ("CentOS", "centos"),
        ("OpenBSD", "openbsd"),
        ("Cypher", "cypher"),
        ("MDX", "mdx-olap"),
        ("PX4", "px4"),
        ("Datomic", "datomic"),
        ("Litestar", "litestar"),
        ("charpentier", "timber-framing"),
        ("LSF", "sign-language"),
    ],
)
def test_a_skills_own_name_resolves_to_it_not_to_a_skill_that_had_it_as_alias(
    name: str, skill: str
) -> None:
    found = load_skills().lookup(name)
    assert found is not None and found.id == skill


def test_the_evaluation_finds_a_new_gold_skill_the_taxonomy_knows_by_a_glossed_label() -> None:
    # "Ray (distributed computing)": no bare "ray" form, the ordinary word stays unmatched
    assert load_skills().lookup("ray") is None
    assert gold_skill("new:ray") == "ray-framework"
    assert gold_skill("new:no-such-skill-anywhere") == "new:no-such-skill-anywhere"


@pytest.mark.parametrize(
    ("text", "survivor", "merged_away"),
    [
        ("Scripts POSIX shell et ksh sur AIX", "bash", "shell-scripting-posix"),
        ("Responsable HSE sur sites industriels", "qhse", "hse"),
        ("Product costing and standard costing", "cost-accounting", "costing"),
        ("Newsletters sur Brevo campaigns", "brevo", "sendinblue"),
    ],
)
def test_near_duplicate_skills_are_parsed_as_the_surviving_id(
    parser: ProfileParser, text: str, survivor: str, merged_away: str
) -> None:
    found = skill_ids(parse(parser, text))
    assert survivor in found and merged_away not in found
