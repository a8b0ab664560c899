"""Universities named by a short word, open year ranges, and a post held at a school."""

import pytest

from models.schemas import ProfileFields
from sourcing.parsing.pipeline import ProfileParser


def schools_of(parser: ProfileParser, text: str) -> list[tuple[str, int | None, int | None]]:
    parsed = parser.parse(ProfileFields(text=text))
    return [(s.id, s.start_year, s.end_year) for s in parsed.schools]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Platform engineer at a fintech. Imperial '12.", [("imperial-college", None, 2012)]),
        ("Data scientist, Columbia MS '20", [("columbia", None, 2020)]),
        ("Waterloo grad (2016), co-op kid forever", [("waterloo", None, 2016)]),
        ("Edinburgh alumnus, now a product manager", [("edinburgh", None, None)]),
    ],
)
def test_a_short_university_name_beside_a_degree_or_class_year_is_the_school(
    parser: ProfileParser, text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert schools_of(parser, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moved to Cambridge in 2020, cycling everywhere",
        "Sales rep covering Columbia and Charleston",
        "Brown belt in judo, black coffee, green tea",
    ],
)
def test_the_same_word_without_a_degree_or_class_year_is_no_school(
    parser: ProfileParser, text: str
) -> None:
    assert schools_of(parser, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PhD student at the LSE (2023–), labour economics", [("lse", 2023, None)]),
        ("Doctorante à l'EHESS depuis 2022", [("ehess", 2022, None)]),
        ("MBA at INSEAD (2024 - present)", [("insead", 2024, None)]),
    ],
)
def test_an_open_range_gives_the_year_the_studies_began(
    parser: ProfileParser, text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert schools_of(parser, text) == expected


def test_an_engineer_at_a_university_works_there(parser: ProfileParser) -> None:
    parsed = parser.parse(ProfileFields(text="Research software engineer at MIT. Julia, HPC."))
    assert parsed.schools == [] and "MIT" in parsed.employers


def test_a_later_since_is_a_post_not_the_studies(parser: ProfileParser) -> None:
    text = "Diplômé de l'IUT de Tours en 2012, chef d'équipe depuis 2020"
    assert schools_of(parser, text) == [("iut-tours", None, 2012)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reconversion : formation O'clock en 2022", [("oclock", None, 2022)]),
        ("I log off at 6 o'clock sharp", []),
        ("BS Nursing, Arizona State University (2011)", [("arizona-state-university", None, 2011)]),
        ("Rutgers '09, then ten years of teaching", [("rutgers", None, 2009)]),
    ],
)
def test_bootcamps_and_large_american_universities_are_in_the_gazetteer(
    parser: ProfileParser, text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert schools_of(parser, text) == expected
