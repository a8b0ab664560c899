"""Skills named the way people in each trade write them, in French and English.

The phrases are written for these tests, one or two per field, from how store staff,
drivers, tradespeople, carers, cooks, salespeople, accountants and designers describe
their own work: the practitioner noun, the work named as a noun phrase, the usual
abbreviation. The ``absent`` sets hold words that must not be read as those skills
(a git "cherry-pick" is not warehouse picking, the R package plumber is not plumbing).
"""

import pytest

from models.schemas import ProfileFields
from sourcing.parsing.pipeline import ProfileParser


def skill_ids(parser: ProfileParser, text: str) -> set[str]:
    return {s.id for s in parser.parse(ProfileFields(text=text)).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # retail
        (
            "Cheffe de rayon frais chez un supermarché de quartier : encaissement, "
            "remplissage des rayons et lutte contre la démarque.",
            {"department-management-retail", "cash-handling", "shelf-replenishment"},
        ),
        (
            "Vendeuse en prêt-à-porter puis adjointe de magasin, je participe aux "
            "inventaires de fin d'année.",
            {"retail-sales", "store-management", "inventory-counting"},
        ),
        # logistics and transport
        (
            "Agente de transit, fret aérien et maritime en FCL et LCL, cotations fret.",
            {"freight-forwarding", "sea-air-freight"},
        ),
        (
            "Gestionnaire de stock et agent de quai sur une plateforme, chauffeuse de bus "
            "le week-end.",
            {"inventory-management", "warehouse-management", "passenger-transport"},
        ),
        # building trades
        (
            "Artisan : dépannage plomberie, installation de chauffe-eau, mise aux normes "
            "électriques, pose de placo et réfection de toiture.",
            {
                "hvac-engineering",
                "electrical-installation",
                "drylining",
                "roofing",
            },
        ),
        (
            "Painting and decorating, tile installation and bespoke joinery for private clients.",
            {"building-painting", "tiling", "carpentry"},
        ),
        # industry and maintenance
        (
            "Technicienne : programmation automate, paramétrage de variateurs, diagnostic "
            "de pannes et soudure TIG.",
            {"plc", "motor-drives", "industrial-maintenance", "welding"},
        ),
        # health and care
        (
            "Aide-soignante de nuit puis auxiliaire de vie ; physiothérapeute de formation.",
            {"nursing-assistance", "home-care", "allied-health"},
        ),
        (
            "Pharmacienne d'officine : dispensation, conseil, et maïeuticienne dans une autre vie.",
            {"pharmacy", "midwifery"},
        ),
        # hospitality
        (
            "Serveur en brasserie, aide-cuisinier, puis réceptionniste de nuit en hôtel.",
            {"food-service", "culinary", "hotel-operations"},
        ),
        # sales, HR, accounting
        (
            "Attachée commerciale : I manage a territory of 80 accounts, suivi clientèle.",
            {"field-sales", "territory-management", "account-management"},
        ),
        (
            "Gestionnaire de la paie et gestion administrative du personnel, "
            "établissement des bilans, suivi de trésorerie.",
            {"payroll", "hr-administration", "statutory-accounts", "treasury"},
        ),
        # services
        (
            "Auxiliaire de crèche, puis opératrice de télésurveillance ; personal trainer "
            "et massages bien-être le soir.",
            {"early-years-care", "security-guarding", "fitness-coaching", "wellness-massage"},
        ),
        # design and tools
        (
            "Graphiste freelance : logos, affiches, flyers, lettering ; Affinity et "
            "DaVinci pour la vidéo.",
            {
                "graphic-design",
                "logo-design",
                "print-design",
                "calligraphy",
                "affinity-designer",
                "video-editing",
            },
        ),
    ],
)
def test_trade_forms_are_read(parser: ProfileParser, text: str, expected: set[str]) -> None:
    found = skill_ids(parser, text)
    assert expected <= found, f"missing {expected - found} in {text!r}"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Maintainer: cherry-picking commits, git rebase, code review.", {"warehouse-management"}),
        ("Data scientist. R, Shiny, plumber, tidyverse.", {"hvac-engineering"}),
        ("We automate deployments and the drives are encrypted.", {"plc", "motor-drives"}),
        ("Première expérience en alternance, Premiere League fan.", {"premiere-pro"}),
        ("Account Executive at a SaaS scale-up, MEDDIC.", {"sales"}),
        ("Clinical research coordinator: data entry in REDCap.", {"data-entry"}),
    ],
)
def test_ordinary_words_are_not_trade_skills(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    found = skill_ids(parser, text)
    assert not absent & found, f"wrongly read {absent & found} in {text!r}"
