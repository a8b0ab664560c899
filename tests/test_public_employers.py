"""Employers named by their kind and place, by a firm's kind, or by the words around."""

import pytest

from models.schemas import ProfileFields
from sourcing.parsing.pipeline import ProfileParser


def employers_of(parser: ProfileParser, text: str) -> list[str]:
    return parser.parse(ProfileFields(text=text)).employers


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Gestionnaire RH à la mairie de Montreuil depuis 2019", "Mairie de Montreuil"),
        ("Infirmier de bloc au CHU de Clermont-Ferrand", "CHU de Clermont-Ferrand"),
        ("Chargée de mission au Conseil régional de Bretagne", "Conseil régional de Bretagne"),
        ("GIS analyst for the City of Halifax, open data and zoning", "City of Halifax"),
        ("Expert-comptable stagiaire, Cabinet Héron Conseil, Tours.", "Cabinet Héron Conseil"),
        ("Chef de projet au sein de Pollen Énergie (Nantes)", "Pollen Énergie"),
        ("Illustrator, freelance since leaving Marlowe Press in 2021", "Marlowe Press"),
    ],
)
def test_an_employer_named_by_its_kind_or_the_words_around_it(
    parser: ProfileParser, text: str, employer: str
) -> None:
    assert employer in employers_of(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cariste dans un entrepôt au Havre, CACES 3",
        "Boulanger au Mans depuis dix ans",
        "J'habite en ville, je travaille dans la city of London finance scene",
    ],
)
def test_a_town_after_au_or_a_lowercase_city_is_no_employer(
    parser: ProfileParser, text: str
) -> None:
    employers = employers_of(parser, text)
    assert not any(("Havre" in e or "Mans" in e or "ity of" in e) for e in employers), employers
