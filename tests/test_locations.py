"""Where a profile says its person lives, in the forms French and English bios use."""

import pytest

from models.schemas import ProfileFields
from sourcing.parsing.locations import resolve_place
from sourcing.parsing.pipeline import ProfileParser


def place_of(parser: ProfileParser, text: str) -> tuple[str | None, str | None]:
    location = parser.parse(ProfileFields(text=text)).location
    return location.city, location.country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cambridge, MA", ("Cambridge", "US")),
        ("Cambridge", ("Cambridge", "GB")),
        ("Portland, ME", ("Portland", "US")),
        ("Paris 11e", ("Paris", "FR")),
        ("Lyon 7e", ("Lyon", "FR")),
        ("Marseille 13", ("Marseille", "FR")),
        ("Denver metro area", ("Denver", "US")),
        ("Grenoble et alentours", ("Grenoble", "FR")),
        ("Remote (US)", (None, "US")),
    ],
)
def test_a_place_names_its_state_arrondissement_or_area(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    location = resolve_place(text)
    assert (location.city, location.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plaquiste, 10 ans de métier, je bosse vers Quimper", ("Quimper", "FR")),
        ("Comptable en cabinet du côté de Dijon", ("Dijon", "FR")),
        ("Cariste, CACES 1 et 3, dispo secteur Poitiers", ("Poitiers", "FR")),
        ("Chef de quai dans un entrepôt au Mans", ("Le Mans", "FR")),
        ("Infirmière libérale dans la région de Tours", ("Tours", "FR")),
        ("Sheep farmer in rural Scotland, lambing season is chaos", (None, "GB")),
        ("Maraîcher bio, 3 ha en Bretagne", (None, "FR")),
        ("Sage-femme installée dans la Sarthe", (None, "FR")),
    ],
)
def test_a_place_introduced_by_a_phrase_of_direction_or_area(
    parser: ProfileParser, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert place_of(parser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juriste à la mairie de Rennes, marchés publics", ("Rennes", "FR")),
        ("Aide-soignante de nuit au CHU de Nantes", ("Nantes", "FR")),
        ("Urban planner at the City of Ottawa. GIS, zoning.", ("Ottawa", "CA")),
        ("Agent d'accueil à la préfecture de Limoges", ("Limoges", "FR")),
    ],
)
def test_the_town_of_a_workplace_when_no_place_is_named(
    parser: ProfileParser, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert place_of(parser, text) == expected


def test_a_place_named_by_the_person_beats_the_town_of_a_workplace(
    parser: ProfileParser,
) -> None:
    text = "Technicien au CHU de Rouen, habite à Évreux."
    assert place_of(parser, text) == ("Évreux", "FR")


def test_a_product_named_by_several_words_is_no_town(parser: ProfileParser) -> None:
    # Topeka once called itself "Google": "in Google Sheets" names the spreadsheet.
    text = "Forecasting in Google Sheets. Based in Wellington."
    assert place_of(parser, text) == ("Wellington", "NZ")


def test_a_school_named_after_its_town_is_not_where_the_person_lives(
    parser: ProfileParser,
) -> None:
    text = "Avocate. Master 2 à Paris 1 Panthéon-Sorbonne (2015). Installée à Bordeaux."
    assert place_of(parser, text) == ("Bordeaux", "FR")
