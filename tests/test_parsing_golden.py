"""Golden texts for every field and every hard case the parser promises."""

import time

import pytest

from models.schemas import ParsedProfile, ProfileFields
from sourcing.parsing.pipeline import ProfileParser


def parse(parser: ProfileParser, text: str) -> ParsedProfile:
    return parser.parse(ProfileFields(text=text))


def assert_skills(parser: ProfileParser, text: str, expected: set[str], absent: set[str]) -> None:
    """Every ``expected`` skill id is read from ``text``, none of ``absent``."""
    found = {s.id for s in parse(parser, text).skills}
    assert expected <= found, f"missing {expected - found} in {text!r}"
    assert not absent & found, f"wrongly read {absent & found} in {text!r}"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Backend C# et .NET, un peu de R et de JS.",
            {"csharp", "dotnet", "r", "javascript"},
            set(),
        ),
        ("I mostly write C. Some days R.", {"c", "r"}, set()),
        (
            "ML engineer: apprentissage automatique, k8s, Node.js",
            {"machine-learning", "kubernetes", "nodejs"},
            set(),
        ),
        (
            "Chef de projet, gestion de projet et méthodes agiles",
            {"project-management", "agile"},
            set(),
        ),
        ("Always on the go, let's go!", set(), {"go"}),
        ("Contractor in Eindhoven. Go away recruiters, I'm booked.", set(), {"go"}),
        # A technology asked about and refused.
        ("Flutter ? non. Ionic + Angular", {"ionic", "angular"}, {"flutter"}),
        ("Web3? No thanks. Dev Vue.js / Nuxt", {"vuejs"}, {"blockchain"}),
        ("Flutter? Yes, and Dart.", {"flutter", "dart"}, set()),
        ("Levée de fonds en série C", set(), {"c"}),
        ("Je manipule des fichiers de 50 Go en Python", {"python"}, {"go"}),
        ("Hi, I'm Ruby and I design interfaces in Figma", {"figma"}, {"ruby"}),
        (
            "Développeuse web, React et TypeScript",
            {"web-development", "react", "typescript"},
            set(),
        ),
        (
            "Stack: TypeScript, AWS (Lambda, S3), Azure : Functions.",
            {"aws", "aws-lambda", "amazon-s3", "azure", "azure-functions"},
            set(),
        ),
        ("AWS (certified), Python (Django)", {"aws", "python", "django"}, {"aws-lambda"}),
        ("Marie C. builds apps; v1.C. was late", set(), {"c"}),
        ("Développeur web & mobile, 15 ans", {"web-development", "mobile-development"}, set()),
        # A role noun stands for its trade's head word: print and packaging design.
        (
            "Graphiste print & packaging ✂️ InDesign",
            {"graphic-design", "print-design", "packaging-design"},
            set(),
        ),
        ("Graphiste à Lyon & Paris", {"graphic-design"}, {"print-design"}),
        ("Front and back-end developer", {"frontend-development", "backend-development"}, set()),
        ("Python et Django, Lyon et Paris", {"python", "django"}, {"mobile-development"}),
        (
            "Toots about #MachineLearning and #OpenSource",
            {"machine-learning", "open-source"},
            set(),
        ),
    ],
)
def test_skills_and_their_hard_cases(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "school", "years"),
    [
        ("Ingénieur X2014, passionné de compilateurs.", "polytechnique", (2014, None)),
        ("Diplômée de l'INSA Lyon, promo 2016.", "insa-lyon", (None, 2016)),
        ("INSA Lyon '16, puis Lyon.", "insa-lyon", (None, 2016)),
        (
            "Master à l'Université Paris 1 Panthéon-Sorbonne (2012-2015).",
            "paris-1-pantheon-sorbonne",
            (2012, 2015),
        ),
        ("Diplômé de l'Ensimag en 2019.", "ensimag", (None, 2019)),
        ("MIT class of 2015.", "mit", (None, 2015)),
        ("Class of 2019 at University College Dublin.", "ucd", (None, 2019)),
        ("Ancien de Centrale (promo 2008). Paris.", "centralesupelec", (None, 2008)),
        ("Supaéro 2011, then EPFL (2011–2013).", "isae-supaero", (None, 2011)),
        ("Sciences Po (2017-2019)", "sciences-po", (2017, 2019)),
    ],
)
def test_schools_with_years_in_every_common_form(
    parser: ProfileParser, text: str, school: str, years: tuple[int | None, int | None]
) -> None:
    found = {s.id: (s.start_year, s.end_year) for s in parse(parser, text).schools}
    assert found.get(school) == years


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        ("Développeuse backend chez @doctolib | ex-Criteo", ["doctolib", "Criteo"]),
        ("Staff Engineer @ Stripe, formerly at Pimento", ["Stripe", "Pimento"]),
        ("Passé par Automobilia et Sensoria. Diplômé de l'INSA Lyon.", ["Automobilia", "Sensoria"]),
        ("Freelance depuis 2019, basé à Lyon.", []),
        ("Engineer at Docker, Go and Rust on weekends", ["Docker"]),
        ("Comptable chez Doctolib et Qonto", ["Doctolib", "Qonto"]),
        ("CRM manager. Previously at Fennel & Co. Formerly a copywriter.", ["Fennel & Co"]),
        ("Menuisier chez Durand & Fils depuis 2010", ["Durand & Fils"]),
    ],
)
def test_employers(parser: ProfileParser, text: str, employers: list[str]) -> None:
    assert parse(parser, text).employers == employers


@pytest.mark.parametrize(
    ("text", "city", "country", "remote"),
    [
        ("Basée à Lyon.", "Lyon", "FR", False),
        ("Based in Dublin, Ireland.", "Dublin", "IE", False),
        ("Dev | Paris / remote | Python", "Paris", "FR", True),
        ("Location: München, Germany\nRemote: Hybrid", "Munich", "DE", False),
        ("Chargée de com', région lyonnaise", "Lyon", "FR", False),
        ("Moved from Seoul to Paris last year.", "Paris", "FR", False),
        ("Remote only, anywhere in Europe", None, None, True),
        ("Indie hacker, freelance. Based in Portugal 🇵🇹", None, "PT", False),
        ("Rustacean 🦀 | embedded | Norway", None, "NO", False),
        ("Traductrice indépendante, basée en Italie", None, "IT", False),
        ("Pharmacovigilance specialist. Brussels-based.", "Brussels", "BE", False),
        ("Location: Singapore\nRemote: No", "Singapore", "SG", False),
        ("Analyste supply chain. Basé au Havre.", "Le Havre", "FR", False),
        ("Développeur JS | Freelance | Bordeaux & remote", "Bordeaux", "FR", True),
        # A city's own name before another's alternate one (Bordeaux is also "porto").
        ("GitLab CI wrangler. Ansible, Proxmox. Porto, PT.", "Porto", "PT", False),
        ("Miro. Lisbon + remote. Available from Feb.", "Lisbon", "PT", True),
        ("OpenStack, Pulumi | Lille ⇄ full remote", "Lille", "FR", True),
        ("Crystal + Ruby, a static site generator · Montevideo", "Montevideo", "UY", False),
        ("Cologne, Germany", "Köln", "DE", False),
        ("Software engineer from Kyiv, now in Kraków. TypeScript.", "Kraków", "PL", False),
        ("Responsable logistique. Basé près d'Orléans.", "Orléans", "FR", False),
    ],
)
def test_places_are_normalised_to_a_city_and_country(
    parser: ProfileParser, text: str, city: str | None, country: str | None, remote: bool
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == (city, country)
    assert location.remote is remote


@pytest.mark.parametrize(
    ("text", "open_to_work"),
    [
        ("À l'écoute du marché, contactez-moi.", True),
        ("Open to work — backend roles.", True),
        ("#OpenToWork", True),
        ("En recherche d'alternance pour septembre.", True),
        ("Not looking for new opportunities, but happy to chat.", False),
        ("Pas en recherche active.", False),
        ("Location: Lyon\nRemote: yes\nWilling to relocate: no\nTechnologies: Go", True),
        ("Freelance for now, open to full-time in London", True),
        ("I'm looking for my first developer role in Leeds.", True),
        ("Looking for an operations supervisor role.", True),
        ("N'hésitez pas à me contacter pour un poste sur Nantes.", True),
        ("We are looking for senior backend engineers.", False),
        ("Not looking for a new backend role.", False),
    ],
)
def test_open_to_work_signals_and_negations(
    parser: ProfileParser, text: str, open_to_work: bool
) -> None:
    assert parse(parser, text).open_to_work is open_to_work


def test_spoken_languages_named_or_as_codes(parser: ProfileParser) -> None:
    assert parse(parser, "Bilingue FR/EN, notions d'espagnol.").languages == ["es", "fr", "en"]
    assert parse(parser, "French Tech Lyon ambassador").languages == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipping ML to prod. Berlin. de/en/tr", ["de", "en", "tr"]),
        ("Localization PM · Barcelona · en/es/ca", ["en", "es", "ca"]),
        ("Sound designer. Freelance, Kyoto. EN/JP.", ["en", "ja"]),
        ("Cloud architect | Singapore | EN / 中文", ["en", "zh"]),
        ("CV: https://example.com/en/de/cv", []),
        ("Backend and/or infra, UK/EU", []),
        ("JS/TS, FR/EN", ["fr", "en"]),
    ],
)
def test_spoken_languages_as_lowercase_codes_and_country_codes(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).languages == expected


def test_titles_keep_seniority_and_skip_past_roles(parser: ProfileParser) -> None:
    profile = parse(parser, "Lead dev chez Qonto | ex-consultante chez Orbitale")
    assert profile.titles == ["Lead dev"]
    assert profile.seniority == "lead"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # trades named by their occupation noun, French (both genders) and English
        ("Pharmacienne d'officine à Lyon depuis 2015.", ["Pharmacienne d'officine"]),
        ("Aide-soignante en EHPAD, Rennes.", ["Aide-soignante en EHPAD"]),
        ("Paralegal at a Dublin law firm. Contracts, due diligence.", ["Paralegal"]),
        ("Oceanographer studying coastal currents.", ["Oceanographer"]),
        # a greeting and the name before the title
        ("Hi, I'm Tom, a senior backend engineer at Orme.", ["senior backend engineer"]),
        ("Hello 👋 I'm Ana, a UX/UI designer in Porto.", ["UX/UI designer"]),
        ("Bonjour, je suis Camille, comptable en cabinet à Angers.", ["comptable en cabinet"]),
        # the organisation after "d'une" is not part of the title
        ("Responsable RH d'une PME industrielle de 250 salariés.", ["Responsable RH"]),
        ("Chef de projet digital | Agile, Jira", ["Chef de projet digital"]),
        # two titles joined, and joined words that are one title
        (
            "Graphiste et directrice artistique freelance.",
            ["Graphiste", "directrice artistique freelance"],
        ),
        (
            "Talent manager and HR business partner for a team of 300.",
            ["Talent manager", "HR business partner"],
        ),
        ("Head of Sales and Marketing at Brindille", ["Head of Sales and Marketing"]),
        ("Développeuse Python et Django chez Qonto", ["Développeuse Python et Django"]),
        # a change of role: the current title first
        ("Nurse turned clinical data manager.", ["clinical data manager", "Nurse"]),
        ("Sysadmin devenu SRE. NixOS", ["SRE", "Sysadmin"]),
        ("Formerly a chef, now a junior web developer (HTML, CSS).", ["junior web developer"]),
        # software and tools are not occupations
        ("Adobe Illustrator, InDesign | Paris", []),
        ("Kubernetes operator author, Go.", []),
    ],
)
def test_titles_of_every_trade_french_and_english(
    parser: ProfileParser, text: str, titles: list[str]
) -> None:
    assert parse(parser, text).titles == titles


def test_the_headline_is_the_current_title_after_a_change_of_role(parser: ProfileParser) -> None:
    profile = parse(parser, "Librarian turned data steward. Dublin.")
    assert profile.titles[0] == "data steward"
    assert parse(parser, "Cheffe de projet web chez Brindille").seniority == "lead"


def test_a_one_megabyte_hostile_bio_is_read_in_bounded_time(parser: ProfileParser) -> None:
    bio = ("<script>alert(1)</script>\u200bPython 🚀 Ωμέγα 日本語 " * 40_000)[:1_000_000]
    from sourcing.text import html_to_text

    started = time.process_time()
    profile = parser.parse(ProfileFields(text=html_to_text(bio)))
    # CPU seconds, generous: bounded, not benchmarked; waiting for a core does not count
    assert time.process_time() - started < 30
    assert "python" in {s.id for s in profile.skills}


@pytest.mark.parametrize(
    ("text", "skills", "sectors"),
    [
        (
            "Développeur Python dans une fintech, éditeur SaaS B2B",
            {"python"},
            {"fintech", "saas"},
        ),
        ("Product manager in insurance and retail banking apps", set(), {"insurance"}),
    ],
)
def test_industries_are_sectors_not_skills(
    parser: ProfileParser, text: str, skills: set[str], sectors: set[str]
) -> None:
    parsed = parse(parser, text)
    found = {s.id for s in parsed.skills}
    assert skills <= found
    assert not found & {s.id for s in parsed.sectors}
    assert sectors <= {s.id for s in parsed.sectors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Product manager, B2B, 8 years", {"product-management"}),
        ("Cheffe de produit chez Qonto", {"product-management"}),
        ("Security engineer: detection pipelines", {"cybersecurity"}),
        ("Ingénieure cybersécurité, audits et pentest", {"cybersecurity"}),
        ("Support engineer at Velin", {"technical-support"}),
        ("Technicienne support informatique N2", {"technical-support"}),
        ("Accountant at a small practice", {"accounting"}),
        ("Comptable unique dans une PME", {"accounting"}),
        ("Biostatistician in pharma", {"biostatistics"}),
        ("Biostatisticienne · R, Shiny", {"biostatistics", "r"}),
        ("Epidemiologist in Bristol", {"public-health"}),
        ("Épidémiologiste à Santé publique France", {"public-health"}),
        ("Analytics engineer, 5 years", {"analytics-engineering"}),
        ("Rustacean 🦀 | embedded", {"rust"}),
        ("Data eng @argile | Spark", {"data-engineering"}),
        ("Graphics engineer, rendering and GPU compute", {"computer-graphics"}),
        ("Operations Manager at a logistics firm", {"operations-management"}),
        ("Admin bases de données PostgreSQL", {"database-administration", "postgresql"}),
        ("Community & events lead", {"community-management", "event-management"}),
        ("Freelance UX/UI Designer", {"ux-design", "ui-design"}),
        ("Designer graphique spécialisée en signalétique", {"graphic-design"}),
        ("Quality engineer in automotive", {"quality-management"}),
    ],
)
def test_role_nouns_name_the_skill_of_the_trade(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Product designer #Figma #accessibility #UXResearch",
            {"figma", "web-accessibility", "user-research"},
        ),
        ("Nurse turned data manager #ClinicalTrials #SAS", {"sas"}),
        ("Community manager #Discord #Twitch", {"twitch", "community-management"}),
        ("Marketing de contenu #contentmarketing #SEO", {"content-marketing", "seo"}),
        ("Je fais du #machinelearning et du #RGPD", {"machine-learning", "gdpr"}),
    ],
)
def test_hashtags_name_skills_in_every_spelling(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stack : Java(Spring Boot), SQL", {"java", "spring-boot", "sql"}),
        ("TypeScript(React) and Python", {"typescript", "react", "python"}),
        ("Clojure(Script) dev in Lyon", {"clojure"}),
    ],
)
def test_a_parenthesis_glued_to_a_word_does_not_hide_either_skill(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Email: sec-eng at example dot net", {"dotnet"}),
        ("Résumé: https://example.net/cv", {"dotnet"}),
        ("Active TS/SCI clearance", {"typescript"}),
        ("IATF 16949 (formerly ISO/TS 16949), APQP", {"typescript"}),
        ("Previously wrote VB.NET for an insurance back office", {"banking-operations"}),
        ("Community manager chez un studio (jeux vidéo)", {"game-development"}),
        ("Traductrice spécialisée en jeux vidéo", {"game-development"}),
        # An account's handle and a link's label name no skill.
        ("ArgoCD, Kustomize · @betterave-cloud · Rennes", {"cloud-computing"}),
        ("Scala @data-science-lab", {"data-science"}),
        ("Paris 11e. GitHub : https://github.com/exemple", {"github"}),
    ],
)
def test_words_that_only_look_like_skills(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    assert not absent & {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cloud architect, GitHub and GitLab CI. mail: jo@cloud.example", {"github"}),
        ("Git, GitHub: Actions and reviews", {"github"}),
        ("Dev Go @ Helixdesk, Python", {"go", "python"}),
    ],
)
def test_names_beside_handles_and_links_are_kept(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JS/TS, React, Node", {"javascript", "typescript"}),
        ("Firmware C/C++ sur STM32", {"c", "cpp"}),
        ("Développeur C# / Unity (jeux mobiles)", {"game-development", "unity"}),
        ("C++ programmer in video games: Unreal Engine 5", {"game-development", "unreal-engine"}),
    ],
)
def test_skills_beside_the_look_alikes_are_kept(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Programmeur C++, avant ça testeur QA.", {"cpp"}, {"qa"}),
        ("Attachée de recherche clinique | ex-infirmière | Lyon", set(), {"nursing"}),
        ("Avant, j'ai été infirmière pendant 6 ans.", set(), {"nursing"}),
        ("Infirmière coordinatrice en HAD", {"nursing"}, set()),
        ("Former QA tester, now a Go developer", {"go"}, {"qa"}),
        ("Elixir & Phoenix. Previously Ruby.", {"elixir", "ruby"}, set()),
        ("Backend dev, ex-Criteo, Python", {"python"}, set()),
        # The tools of a time before still count; a former role's own do not.
        ("Dév Go. Avant ça, 6 ans de PHP/Symfony.", {"go", "php", "symfony"}, set()),
        ("Ingénieur DevOps. Ancien admin sys Windows.", {"devops"}, {"windows"}),
        ("Chargée de com'. Avant : journaliste en PQR.", set(), {"journalism"}),
        ("Braze, Klaviyo. Formerly a copywriter.", {"braze"}, {"copywriting"}),
    ],
)
def test_roles_left_behind_are_not_skills_claimed(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Operations Manager | Lean, team of 40", {"team-management"}, set()),
        ("Responsable support client (équipe de 8)", {"team-management"}, set()),
        ("Head of Science, leading 9 teachers.", {"team-management"}, set()),
        ("GMAO, AMDEC. J'encadre 6 techniciens.", {"team-management"}, set()),
        ("SRE managing 300 servers and leading 3 projects", set(), {"team-management"}),
        ("Looking for a team lead role.", set(), {"team-management"}),
        ("Zendesk. Je cherche un poste de cheffe de produit.", {"zendesk"}, {"product-management"}),
        ("Responsable comptable | DSCG | Nantes", {"accounting"}, {"chartered-accountancy"}),
        ("Accountant (ACCA) in Cardiff", {"accounting"}, {"chartered-accountancy"}),
        ("Expert-comptable associé", {"chartered-accountancy"}, set()),
        ("- 2010: migrated the reporting jobs (Celery and Redis)", {"celery"}, {"kpi"}),
    ],
)
def test_what_a_recruiter_reads_between_the_lines(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Customer Success Manager | SaaS, onboarding, QBRs",
            {"customer-success", "customer-onboarding"},
            {"onboarding"},
        ),
        ("Chargée RH : paie, onboarding des nouveaux arrivants", {"onboarding"}, set()),
        (
            "Juriste IT chez Boussole | RGPD, droit des contrats",
            {"data-privacy-law", "contract-law"},
            {"gdpr"},
        ),
        ("Data engineer, pipelines conformes au RGPD", {"gdpr"}, {"data-privacy-law"}),
        (
            "Juriste PI 📜 marques, brevets, contentieux en contrefaçon",
            {"trademark-law", "intellectual-property"},
            set(),
        ),
        ("Chargée de recrutement | marque employeur, sourcing", set(), {"trademark-law"}),
        ("Marketing manager 🎯 marques, contenus, événements", set(), {"trademark-law"}),
        (
            "Growth lead | SEO, paid acquisition (Google Ads, Meta)",
            {"meta-ads", "google-ads"},
            set(),
        ),
        ("Chargée de marketing digital · #SEA #GoogleAds #Meta", {"meta-ads"}, set()),
        ("Software engineer at Meta, React and GraphQL", {"react"}, {"meta-ads"}),
    ],
)
def test_words_read_by_the_trade_around_them(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "school", "years"),
    [
        ("Dev iOS · ancien de l'IUT de Lannion · Lannion", "iut-lannion", (None, None)),
        ("Infirmière | IFSI de Bordeaux (2009-2012) | Bordeaux", "ifsi-bordeaux", (2009, 2012)),
        ("Assistante sociale diplômée en 2014 (IRTS Occitanie)", "irts-occitanie", (None, 2014)),
        ("DUT à l'IUT d'Annecy, puis l'INSA Lyon", "iut-annecy", (None, None)),
        ("Master RH à l'IAE Lyon en 2011", "iae-lyon", (None, 2011)),
        ("Senior Product Designer | ex-Ombelle | Strate 2017 | Brussels", "strate", (None, 2017)),
        ("BEng, University of Galway (2010-2014).", "university-of-galway", (2010, 2014)),
        ("PhD, London School of Hygiene & Tropical Medicine (2015–2019).", "lshtm", (2015, 2019)),
        ("Front-end | Lyon | promo 2016 de l'EPSI", "epsi", (None, 2016)),
    ],
)
def test_schools_of_national_networks_and_newly_listed_ones(
    parser: ProfileParser, text: str, school: str, years: tuple[int | None, int | None]
) -> None:
    found = {s.id: (s.start_year, s.end_year) for s in parse(parser, text).schools}
    assert found.get(school) == years


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Brand manager chez L'Oréal", {"brand-management"}, set()),
        ("Key account manager, retail", {"account-management"}, set()),
        ("Financial analyst at a bank", {"financial-analysis"}, set()),
        ("UX writer & content designer", {"ux-writing"}, set()),
        ("Software engineer at Stripe", set(), {"software-engineering"}),
        # A job title named after a broad field names no skill (LABELLING.md).
        ("ML engineer @loriot · PyTorch", {"pytorch"}, {"ml-engineering", "machine-learning"}),
    ],
)
def test_role_nouns_derived_from_the_trades_names(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Audits RGAA et WCAG, tests avec lecteurs d'écran (NVDA, VoiceOver).",
        "Accessibility audits and screen reader testing for public services.",
    ],
)
def test_near_duplicate_skills_are_one(parser: ProfileParser, text: str) -> None:
    found = {s.id for s in parse(parser, text).skills}
    assert "accessibility-testing" in found
    assert not {"ux-testing-a11y", "web-accessibility-testing"} & found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Admin réseau · Cisco, Fortinet · CCNP", {"computer-networks", "ccna"}, set()),
        # "Ingé", "eng": the short forms of the engineer's noun.
        ("Ingé du son devenu développeur audio", {"audio-engineering"}, set()),
        ("Network eng for a mid-size ISP: BGP, MPLS", {"computer-networks"}, set()),
        ("Network English, BGP", set(), {"computer-networks"}),
        ("Network administrator, CCNA", {"computer-networks", "ccna"}, set()),
        ("UX Researcher at Meleze | usability testing", {"user-research"}, {"ux-design"}),
        ("Kinésithérapeute du sport, cabinet indépendant", {"allied-health"}, set()),
        ("Physiotherapist in a sports clinic", {"allied-health"}, set()),
        (
            "Psychologue du travail, bilans de compétences",
            {"psychology", "career-counseling"},
            set(),
        ),
        ("Commerciale sédentaire B2B, Salesforce", {"inside-sales", "salesforce"}, set()),
        (
            "Executive assistant to the CEO, highly organised",
            {"office-management", "organization"},
            set(),
        ),
        ("Assistante de direction, discrète et organisée", {"office-management"}, set()),
        ("Bookkeeper for small charities", {"accounting"}, set()),
        ("Analyste financier en banque d'affaires", {"financial-analysis"}, set()),
        ("Sage-femme libérale à Brest", {"midwifery"}, {"sage"}),
        ("Midwife at a maternity unit", {"midwifery"}, set()),
        ("Photographe et retoucheuse", {"photography"}, set()),
        ("Rédactrice de documentation technique, Markdown", {"technical-documentation"}, set()),
        ("Mathematics teacher, Julia on weekends", {"math-teaching", "julia"}, set()),
    ],
)
def test_trades_named_by_their_role_nouns_and_short_forms(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A recruiter's sourcing and interviews; a buyer's sourcing is not candidates'.
        (
            "Recruteuse : sourcing, entretiens, marque employeur",
            {"sourcing", "interviewing"},
            set(),
        ),
        ("Tech recruiter: sourcing, interviews, Greenhouse", {"sourcing", "interviewing"}, set()),
        ("Assistante RH : entretiens annuels, recrutement", {"recruiting"}, {"interviewing"}),
        ("Acheteuse : sourcing fournisseurs, appels d'offres", set(), {"sourcing"}),
        # SAS listed with statistics tools is the software; a company form is not.
        ("Technologies: R, Python, SAS, SQL", {"r", "sas"}, set()),
        ("Statisticienne chez Frêne SAS, R et Python", {"r"}, {"sas"}),
        # GCP beside clinical trials is Good Clinical Practice, not Google Cloud.
        ("Clinical research coordinator, GCP certified", {"gcp-clinical"}, {"gcp"}),
        ("Attachée de recherche clinique, formation GCP", {"gcp-clinical"}, {"gcp"}),
        ("Data engineer on GCP (BigQuery)", {"gcp"}, {"gcp-clinical"}),
        # Patients are recruited into trials; that is not recruiting.
        ("CRC: patient recruitment, informed consent", {"clinical-research"}, {"recruiting"}),
        ("ARC : recrutement des patients, monitoring", {"clinical-research"}, {"recruiting"}),
        # A quality listed, not the patient cared for.
        ("Calm, patient | Cape Town", {"patience"}, set()),
        ("Patiente et bienveillante.", {"patience"}, set()),
        ("I care for the patient at home", set(), {"patience"}),
        # A team's size, however it is capitalised.
        ("Support lead. Team of 12.", {"team-management"}, set()),
        ("Responsable support. Équipe de 8 personnes.", {"team-management"}, set()),
        # Indie games are the games sector: with Unity, game development.
        ("Unity dev, C#, shaders | indie games", {"game-development", "unity"}, set()),
        ("Dev Unity, C# · jeux indés", {"game-development"}, set()),
    ],
)
def test_words_that_name_a_skill_only_in_their_context(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Unity dev | Go player too (the board game)", {"unity"}, {"go"}),
        ("Go players club, Rust at work", {"rust"}, {"go"}),
        ("Go developer at Sorbier", {"go"}, set()),
        ("Statistician. Mixed models in R.\nPhD, Edinburgh.", {"r"}, set()),
        ("J'écris du R.\nEt du Python.", {"r", "python"}, set()),
        ("Je fais de l'#OSINT et de la #cybersécurité", {"osint", "cybersecurity"}, set()),
        ("Fan d'#Elixir depuis 2016", {"elixir"}, set()),
    ],
)
def test_short_forms_read_as_written(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Librarian turned data steward. SPARQL.", {"knowledge-graphs"}, {"library-science"}),
        ("Veterinary nurse turned sales rep", {"sales"}, {"veterinary"}),
        ("Chef de cuisine reconverti en dev front, React", {"react"}, {"culinary"}),
        ("Infirmière reconvertie dans la data, SQL", {"sql"}, {"nursing"}),
        ("Avant, chargée de communication chez Sureau. SEO.", {"seo"}, {"communication"}),
        ("Previously a business analyst at Charme. Scrum.", {"scrum"}, {"business-analysis"}),
        ("Previously Ruby, now Elixir", {"ruby", "elixir"}, set()),
        ("Aide-soignante, je souhaite évoluer vers un poste d'infirmière", set(), {"nursing"}),
        ("Looking for a CRA position; clinical research coordinator", {"clinical-research"}, set()),
    ],
)
def test_roles_left_behind_or_sought_are_not_skills(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "BTS comptabilité en 2014, gestionnaire de paie (Silae)",
            {"payroll", "silae"},
            {"accounting"},
        ),
        (
            "MSc Electrical Engineering, TU Eindhoven. Yocto, U-Boot.",
            {"yocto"},
            {"electrical-design"},
        ),
        ("I studied communication design in Porto. Figma.", {"figma"}, {"communication"}),
        ("Comptable, BTS comptabilité", {"accounting"}, set()),
        ("Data scientist, R et SQL. Puis une thèse en statistique.", {"r"}, {"statistics"}),
        ("Statisticienne. Thèse en écologie.", {"statistics"}, set()),
    ],
)
def test_a_degree_subject_is_not_a_skill_claimed(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bioinfo · Snakemake, Nextflow (nf-core)", {"bioinformatics", "snakemake", "nextflow"}),
        ("Librarian: #OpenRefine, #Wikidata", {"openrefine"}),
        ("Responsable formation, certification Qualiopi", {"qualiopi"}),
        ("Océanographe, Python et xarray", {"oceanography", "python"}),
        ("Astrophysicist, Astropy and HPC", {"astrophysics", "astropy"}),
    ],
)
def test_skills_newly_in_the_taxonomy(parser: ProfileParser, text: str, expected: set[str]) -> None:
    assert expected <= {s.id for s in parse(parser, text).skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Infirmière en pédiatrie, réanimation néonatale",
            {"nursing", "pediatrics", "neonatology"},
        ),
        (
            "Staff nurse, ICU and oncology wards, BLS certified",
            {"nursing", "intensive-care", "oncology", "life-support"},
        ),
        (
            "Ergothérapeute : prévention des chutes, aménagement du domicile",
            {"allied-health", "fall-prevention", "home-adaptation"},
        ),
        (
            "Occupational therapist, sensory integration, paediatrics",
            {"allied-health", "sensory-integration", "pediatrics"},
        ),
        (
            "Sage-femme : suivi de grossesse et rééducation périnéale",
            {"midwifery", "prenatal-care", "pelvic-floor-rehabilitation"},
        ),
        ("Hospital pharmacist, clinical pharmacy", {"pharmacy"}),
        ("Assistante dentaire, stérilisation et hygiène", {"dental", "sterilization"}),
        ("CRA: source data verification, monitoring visits", {"clinical-monitoring"}),
    ],
)
def test_care_trades_named_by_their_people_and_specialties(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professeure des écoles, méthode syllabique et pédagogie Montessori",
            {"teaching-primary", "phonics", "montessori"},
        ),
        (
            "Early years teacher and SENCO, Makaton, safeguarding",
            {"early-childhood-education", "special-education", "makaton", "safeguarding"},
        ),
        ("Formatrice FLE, didactique", {"fle", "pedagogy"}),
        (
            "Journaliste pigiste, fact-checking, podcast",
            {"journalism", "fact-checking", "podcasting"},
        ),
        ("Type designer: Glyphs, OpenType features", {"type-design"}),
        ("Archiviste : archivage électronique, OAIS", {"archival-science", "digital-preservation"}),
        (
            "Research data manager: FAIR data, data management plans, open science",
            {"research-data-management", "open-science"},
        ),
        ("Historienne des sciences, humanités numériques, TEI", {"history", "digital-humanities"}),
        ("Géophysicien, inversion sismique", {"geophysics"}),
    ],
)
def test_trades_of_teaching_media_and_research(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freight forwarder, CargoWise, customs clearance", {"freight-forwarding", "cargowise"}),
        ("Ingénieure méthodes, AMDEC, lean", {"industrial-engineering"}),
        ("Fiber technician: OTDR, fusion splicing", {"structured-cabling"}),
        (
            "Rénovation énergétique : isolation thermique, pompes à chaleur, DPE",
            {"energy-renovation", "hvac-engineering", "energy-engineering"},
        ),
        (
            "Passive house design, energy modelling in EnergyPlus",
            {"passive-house", "building-energy-modeling"},
        ),
        (
            "Chef de chantier gros œuvre, maçonnerie",
            {"construction-management", "structural-works"},
        ),
        ("Mechanical engineer, eight years in HVAC", {"mechanical-design"}),
    ],
)
def test_trades_of_logistics_industry_and_building(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Géomaticienne, QGIS", {"gis"}),
        ("Bioinformatician, Nextflow", {"bioinformatics"}),
        ("Ingénieur réseaux, BGP, Juniper", {"computer-networks", "juniper"}),
        ("Data infra engineer: Kafka", {"data-engineering"}),
        ("Dev web freelance à Lille", {"web-development"}),
        ("Maintainer of Debian packages", {"linux-packaging"}),
        ("Detection engineer: Sigma rules, YARA rules", {"detection-engineering"}),
        ("ZFS and FreeBSD on my NAS", {"zfs"}),
        ("Programmation probabiliste avec NumPyro", {"probabilistic-programming"}),
        ("Android: Kotlin, Hilt", {"dagger-hilt"}),
        ("Rhino and Grasshopper for facades", {"rhino-3d"}),
        ("Programmation bas niveau en C", {"c-systems"}),
        ("Head of Talent, tech hiring", {"recruiting"}),
        ("Sales Director EMEA", {"sales-management"}),
        ("Data analyst RH, Power BI", {"people-analytics"}),
    ],
)
def test_people_of_technical_trades_named_as_they_name_themselves(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Une belle histoire d'équipe, activité physique le week-end", {"history", "physics"}),
        ("Wrote a Python interpreter in Rust", {"interpreting"}),
        ("Diplom in Physics, LMU Munich. Fortran.", {"physics"}),
        ("Backend dev chez @doctolib", {"health-it-tools"}),
        ("Customer Success Manager: onboarding, QBRs", {"account-management"}),
    ],
)
def test_words_of_the_new_trades_that_stay_ordinary_words(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    assert_skills(parser, text, set(), absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cheffe de chantier à Toulouse", {"construction-management"}),
        ("Technicienne terrain, interventions chez les clients", {"field-technician"}),
        ("Acheteuse projet dans l'automobile", {"purchasing-negotiation"}),
        ("Cheffe de quai, gestion des flux", {"logistics-operations"}),
    ],
)
def test_french_role_nouns_read_in_the_feminine_too(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Chef de rayon frais, merchandising", {"merchandising"}, {"chef"}),
        ("Chef d'équipe logistique", set(), {"chef"}),
        ("DevOps: Chef, Ansible, Puppet", {"chef", "ansible"}, set()),
        ("Registered nurse | ICU | Phoenix, AZ", {"nursing"}, {"phoenix"}),
        ("Elixir, Phoenix and LiveView. Based in Lyon", {"elixir", "phoenix"}, set()),
    ],
)
def test_a_french_head_noun_or_the_home_city_is_not_a_tool(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apicultrice et agronome : pédologie, analyses de sol",
            {"beekeeping", "agriculture", "soil-science"},
        ),
        (
            "Piano teacher: music theory, ABRSM, community choir",
            {"music-teaching", "music-theory", "choir-direction"},
        ),
        (
            "Diététicienne : élaboration de menus, textures modifiées",
            {"allied-health", "menu-planning", "therapeutic-diets"},
        ),
        ("Immigration lawyer: work visas, asylum", {"immigration-law", "work-permits"}),
        ("Gestionnaire sinistres auto, Guidewire", {"claims-management", "insurance-claims-tools"}),
        ("Notaire assistante : successions, actes de vente", {"family-law", "real-estate-law"}),
        ("SDET: Java, TestNG", {"test-automation"}),
        ("MLOps with Feast and MLflow; secrets in Vault", {"feature-store", "hashicorp-vault"}),
        ("Audio plugins in C++ (JUCE)", {"audio-processing"}),
        ("Contrats commerciaux et RGPD", {"contract-law"}),
        ("Aide à domicile auprès des personnes âgées", {"geriatrics"}),
    ],
)
def test_more_trades_and_their_tools(parser: ProfileParser, text: str, expected: set[str]) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Réceptionniste d'hôtel à Nice", {"hotel-operations"}),
        ("Barista and restaurant manager", {"food-service"}),
        ("Boulangère, pain au levain", {"bakery-pastry"}),
        ("Vendeuse en boutique puis responsable de magasin", {"retail-sales", "store-management"}),
        ("Truck driver, 10 years on the road", {"road-transport"}),
        ("Préparatrice de commandes et cariste", {"warehouse-management"}),
        ("Électricienne du bâtiment", {"electrical-installation"}),
        ("Car mechanic and MOT tester", {"automotive-mechanics"}),
        ("Laborantine en microbiologie", {"biology-lab"}),
        ("Psychothérapeute en libéral", {"psychology"}),
        ("Coach sportive et professeure de yoga", {"fitness-coaching", "yoga-teaching"}),
        ("Vétérinaire rurale, bovins", {"veterinary"}),
        ("Coiffeuse coloriste", {"hairdressing"}),
        ("General practitioner, NHS", {"general-medicine"}),
        ("Manipulatrice en électroradiologie, IRM", {"radiography"}),
        ("Auxiliaire de vie à domicile", {"home-care"}),
        ("Administrative assistant and receptionist", {"office-management"}),
        ("Téléconseillère en centre d'appels", {"phone-support"}),
        ("Insurance broker, commercial lines", {"insurance-sales"}),
        ("Actuary in pricing", {"actuarial-science"}),
        ("Copywriter for B2B brands", {"copywriting"}),
        ("Monteuse vidéo sur Premiere Pro", {"video-editing"}),
        ("Dessinatrice projeteuse sur SolidWorks", {"cad"}),
        ("Structural engineer on bridges", {"structural-engineering"}),
        ("Pentester, OSCP", {"pentest"}),
        ("3D artist: Blender, Substance", {"3d-modeling"}),
        ("Professeure d'anglais en collège", {"language-teaching"}),
        ("Flight attendant then air traffic controller", {"aviation-operations"}),
        ("Vigneronne et œnologue", {"viticulture"}),
        ("Fleuriste, compositions de mariage", {"floristry"}),
        ("Couvreur-zingueur", {"roofing"}),
        ("Painter and decorator, plastering", {"building-painting"}),
        ("Maraîchère bio", {"farm-work"}),
        ("Nanny for two toddlers", {"childcare"}),
    ],
)
def test_people_of_everyday_trades_name_their_trade(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Data engineer, but really a plumber: Kafka, Flink", {"hvac-engineering"}),
        ("Librarian turned data steward", {"aviation-operations"}),
        ("PhD, London School of Hygiene & Tropical Medicine", {"general-medicine"}),
        ("QA engineer (manual + automation), Cypress", {"control-systems"}),
        ("Professeur agrégé de physique", {"academic-teaching"}),
    ],
)
def test_figures_of_speech_and_school_names_name_no_trade(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    assert_skills(parser, text, set(), absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infirmière : prises de sang, pansements complexes", {"nursing", "clinical-care"}),
        ("Nurse: wound care, medication administration", {"nursing", "clinical-care"}),
        (
            "Fraiseur sur commande numérique, lecture de plans",
            {"cnc-machining", "technical-drawing-reading"},
        ),
        (
            "Warehouse: goods receiving, blueprint reading",
            {"inbound-logistics", "technical-drawing-reading"},
        ),
        ("Gestes et postures, gestion de conflits", {"ergonomics", "conflict-resolution"}),
        (
            "Office: minute taking, Outlook, rostering",
            {"office-management", "microsoft-office", "workforce-management-support"},
        ),
        ("Bid manager, tendering for public works", {"tenders"}),
        ("Debt collection and cash allocation", {"accounts-receivable"}),
        (
            "Conduite de réunions, intégration des nouveaux arrivants",
            {"workshop-facilitation", "onboarding"},
        ),
    ],
)
def test_everyday_skills_of_care_workshop_and_office_work(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Technical writer. Edinburgh. Open to freelance work", True),
        ("Embedded engineer, Berlin. Open to contract work.", True),
        ("Laravel & Vue freelancer | taking new clients", True),
        ("Illustratrice · Nantes · commandes ouvertes", True),
        ("Développeuse React Native · Nantes · dispo en janvier", True),
        ("Étudiant en BUT info · cherche une alternance", True),
        ("Early-years teacher. Open to roles from September.", True),
        ("Not taking new clients this year", False),
        ("Pas dispo en janvier, désolée", False),
        ("Bookkeeping for sole traders | Bristol | open to new clients", True),
        ("Shopify theme dev • Toronto • DMs open for contracts", True),
        ("London-based, open to conversations about staff roles.", True),
        ("PhD candidate. Looking for a research internship for summer 2027.", True),
        ("Not open to new clients, sorry", False),
        ("Open source maintainer, open for discussion", False),
        ("Looking for a good coffee in Lyon", False),
        # The French form of a "Who wants to be hired?" post.
        ("Localisation : Nantes\nTélétravail : oui\nMobilité : non\nDév C++", True),
        ("Ingénieure qualité. Mobilité : France entière.", False),
    ],
)
def test_more_ways_of_saying_open_to_work(parser: ProfileParser, text: str, expected: bool) -> None:
    assert parse(parser, text).open_to_work is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pharmacist | Clinical pharmacy | Leeds", ["Pharmacist"]),
        ("Infirmière de bloc opératoire | Lyon", ["Infirmière de bloc opératoire"]),
        ("Gestionnaire de paie | Silae | Rennes", ["Gestionnaire de paie"]),
        ("Paralegal | due diligence | London", ["Paralegal"]),
        ("Cheffe de chantier · gros œuvre · Toulouse", ["Cheffe de chantier"]),
    ],
)
def test_titles_of_trades_outside_software(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).titles == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dév Go & gRPC chez Colibri Paiements.", ["Dév Go & gRPC"]),
        ("Dév front-end passionnée, je travaille en React", ["Dév front-end"]),
        ("Network eng for a mid-size ISP: BGP, MPLS.", ["Network eng"]),
        ("Staff data eng @ Quokka Health. DuckDB evangelist.", ["Staff data eng"]),
        ("Email: sec-eng at example dot net", []),
    ],
)
def test_titles_written_with_short_forms(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).titles == expected


def test_a_title_held_before_is_not_a_title_now(parser: ProfileParser) -> None:
    text = "Développeuse web junior. Avant, j'ai été infirmière pendant 6 ans."
    assert parse(parser, text).titles == ["Développeuse web junior"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Clinical research associate, monitoring oncology trials",
            {"clinical-research", "clinical-monitoring"},
            {"observability"},
        ),
        (
            "Recherche clinique : monitoring, essais de phase III",
            {"clinical-research", "clinical-monitoring"},
            {"observability"},
        ),
        ("SRE: monitoring, Prometheus, Grafana", {"observability"}, {"clinical-monitoring"}),
    ],
)
def test_monitoring_beside_clinical_research_is_site_monitoring(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Architecte data, Snowflake", {"data-modeling"}),
        ("Webdesigneuse freelance", {"web-design"}),
        ("Développeuse back, Java", {"backend-development"}),
        ("Hardware engineer, PCB layout", {"hardware-design"}),
        ("Prompt engineer at an AI startup", {"prompt-engineering"}),
        ("Ingénieure vision, OpenCV", {"computer-vision"}),
        ("Ingénieur quantitatif en salle de marché", {"quantitative-finance"}),
        ("Risk analyst, Basel III", {"risk-management"}),
        ("Network technician on a campus", {"computer-networks"}),
        ("Chargée de projet web en agence", {"project-management"}),
    ],
)
def test_technical_role_nouns_name_their_trade(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "school", "years"),
    [
        ("Professeure des écoles, master MEEF (INSPÉ de Lyon, 2014)", "inspe-lyon", (None, 2014)),
        ("Ergothérapeute diplômée de l'IFE de Rennes en 2017", "ife-rennes", (None, 2017)),
        ("Kinésithérapeute, IFMK de Berck (2015-2019)", "ifmk-berck", (2015, 2019)),
        ("Aide-soignant, IFAS de Tours, 2020", "ifas-tours", (None, 2020)),
    ],
)
def test_schools_of_the_teaching_and_health_networks(
    parser: ProfileParser, text: str, school: str, years: tuple[int | None, int | None]
) -> None:
    found = {s.id: (s.start_year, s.end_year) for s in parse(parser, text).schools}
    assert found.get(school) == years, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photographe et vidéaste, basée à Bayonne.", ("Bayonne", "FR")),
        ("Administrateur bases de données · ouvert aux missions · Orléans", ("Orléans", "FR")),
        ("Photographer and videographer based in Bayonne, NJ.", ("Bayonne", "US")),
        ("Développeuse web, je vis à Orléans, Canada.", ("Orléans", "CA")),
    ],
)
def test_a_french_profile_names_the_french_town_first(
    parser: ProfileParser, text: str, expected: tuple[str, str]
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QA engineer. Playwright, Cypress, pytest | Tallinn", ("Tallinn", "EE")),
        ("Elixir dev | Rust, Go, Phoenix | Berlin", ("Berlin", "DE")),
        ("Playwright, Cypress, pytest", (None, None)),
        # a skill that is also the town, named with its region, is the town
        ("Backend dev | Phoenix, AZ", ("Phoenix", "US")),
    ],
)
def test_a_town_named_like_a_skill_in_a_list_of_skills_is_not_the_place(
    parser: ProfileParser, text: str, expected: tuple[str | None, str | None]
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sysadmin, Helsinki. Finnish, Swedish, English.", ["fi", "sv", "en"]),
        ("Backend dev in Tallinn. Estonian, Russian, English.", ["et", "ru", "en"]),
        ("Event producer in Durban. English, Afrikaans, Zulu.", ["en", "af", "zu"]),
        ("Infirmière à Lyon, je parle danois, tchèque et hongrois.", ["da", "cs", "hu"]),
    ],
)
def test_more_spoken_languages_named(parser: ProfileParser, text: str, expected: list[str]) -> None:
    assert parse(parser, text).languages == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff scientist at the Mica Institute, Heidelberg.", ["Mica Institute"]),
        (
            "Conseillère bancaire passée par le Crédit Mutuel puis Cobalt Banque.",
            ["Crédit Mutuel", "Cobalt Banque"],
        ),
        ("Head of Talent | Ex-Quartz, Ex-Cobalt | London", ["Quartz", "Cobalt"]),
        ("PhD at the University of Leeds, then at Orbitale", ["Orbitale"]),
        ("Dev chez Thym puis Verveine", ["Thym", "Verveine"]),
        ("Dev chez Thym, 3 ans, Lyon", ["Thym"]),
    ],
)
def test_employers_after_an_article_a_then_or_a_second_ex(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acheteuse chez Polymères du Jura (Oyonnax)", ["Polymères du Jura"]),
        ("I work for Assurances du Lac in Annecy", ["Assurances du Lac"]),
        ("ICU nurse at St. Aldhelm's Hospital, Leeds.", ["St. Aldhelm's Hospital"]),
    ],
)
def test_employer_names_with_a_link_word_or_an_abbreviation(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Based in Halifax, working remotely for Lantern Health.", ["Lantern Health"]),
        ("Je recrute des profils tech pour Agence Mélisse depuis 2021.", ["Agence Mélisse"]),
        ("Python scripts for SPC charts.", []),
        ("Python + Qt for Maya pipelines.", []),
        ("Modules métier pour PME · Albi", []),
        ("PHP developer for 10 years.", []),
        ("Looking for Senior roles.", []),
    ],
)
def test_employer_after_for_is_a_capitalised_name_not_a_skill_acronym_or_modifier(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programmeur FAO sur Mastercam et SolidCAM", {"cam-nesting"}),
        ("E-learning: Lectora, Captivate", {"authoring-tools"}),
        ("Planning sur Primavera et MSProject", {"ms-project-alternatives", "ms-project"}),
        ("Biologiste : SnapGene, Geneious, LabArchives", {"lims"}),
        ("Site reports on Procore and Archipad", {"construction-management"}),
        ("Secrétaire médicale, agendas sur Maiia et Medistory", {"health-it-tools"}),
    ],
)
def test_tools_of_the_trades_outside_software(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("DBA PostgreSQL depuis 2010", {"postgresql-dba", "postgresql"}, set()),
        ("Embedded Rust on RISC-V", {"embedded-rust", "rust"}, set()),
        ("I write Excel VBA for a living", {"vba", "excel"}, set()),
        ("Embedded fw on STM32 + Zephyr RTOS. CAN bus, MISRA C.", {"misra", "c"}, set()),
        ("Excel avancé, Anaplan", {"advanced-excel", "excel"}, set()),
        ("Dév C embarqué, STM32", {"embedded-c", "c"}, set()),
        ("Kubernetes operators, gRPC", {"kubernetes-operators"}, {"kubernetes"}),
        ("Delta Lake sur Azure Databricks", {"azure-databricks", "databricks"}, set()),
        # Products of their own, kinds of another skill, ordinary words, parts of a name.
        ("Spring Boot, React Native, AWS Lambda", {"spring-boot"}, {"spring", "react", "aws"}),
        ("Embedded Linux engineer (Yocto)", {"embedded-linux"}, {"linux", "embedded-systems"}),
        ("Responsable marketing digital", {"digital-marketing"}, {"marketing"}),
        ("C#, SQL Server, Power BI", {"csharp"}, {"c", "sql", "business-intelligence"}),
        ("Traductrice sur SDL Trados", {"trados"}, {"sdl"}),
        ("Cheffe de projet digital", {"project-management"}, {"chef"}),
    ],
)
def test_a_compound_skill_names_the_tool_it_is_made_of(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "absent", "sector"),
    [
        ("Product owner at Cedre, a logistics startup in Rotterdam", "supply-chain", None),
        ("Power Query for the finance department of a firm", "finance", None),
        ("Community lead at an open-source foundation", "open-source", None),
        ("Designer at a fintech startup in Paris", None, "fintech"),
    ],
)
def test_the_kind_of_organisation_someone_works_in_is_no_skill(
    parser: ProfileParser, text: str, absent: str | None, sector: str | None
) -> None:
    profile = parse(parser, text)
    assert absent not in {s.id for s in profile.skills}
    if sector:
        assert sector in {s.id for s in profile.sectors}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "UX Researcher | Interviews, Dovetail | Empathetic, curious | Copenhagen",
            {"curiosity"},
            set(),
        ),
        ("Data Analyst | SQL, Looker | ML curious | London", set(), {"curiosity"}),
        ("Community manager | Instagram | Créative, organisée", {"creativity"}, set()),
        ("Designer at a creative agency in Leeds", set(), {"creativity"}),
        ("Comptable depuis 8 ans. Organisée et discrète.", {"discretion"}, set()),
        ("Discrete mathematics and graph theory", set(), {"discretion"}),
        ("Responsable RH. Écoute, discrétion.", {"active-listening", "discretion"}, set()),
        ("Juriste | Lille | À l'écoute du marché", set(), {"active-listening"}),
        ("Infirmière puéricultrice. Patiente et à l'écoute.", {"active-listening"}, set()),
        ("À l'écoute, discrète et disponible.", {"active-listening", "discretion"}, set()),
        ("Dév PHP | À l'écoute d'un nouveau challenge", set(), {"active-listening"}),
        ("Dév PHP. Pas à l'écoute.", set(), {"active-listening"}),
        ("Support Specialist | Zendesk | Calm, patient | Cape Town", {"calm", "patience"}, set()),
        ("IBODE. Instrumentation, asepsie. Calme, rigoureux.", {"calm"}, set()),
        ("Aide-soignante. Je suis patiente et à l'écoute.", {"patience"}, set()),
        ("Stay calm and ship it", set(), {"calm"}),
        ("Patient recruitment for clinical trials", set(), {"patience"}),
    ],
)
def test_qualities_listed_as_adjectives(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Responsable marketing chez Ombelle | Marque, contenu & webinars",
            {"brand-management", "content-marketing"},
            set(),
        ),
        ("Marketing Director | Brand, demand generation | Paris", {"brand-management"}, set()),
        ("Chargée de recrutement | Sourcing, marque employeur", set(), {"brand-management"}),
        ("Illustrator, Figma | Brand | Berlin", set(), {"brand-management"}),
        ("Office Manager | Vendor management, budgets, events", {"event-management"}, set()),
        ("Community manager : modération et événements en ligne", set(), {"event-management"}),
    ],
)
def test_words_listed_alone_that_name_a_trade(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Android developer (Kotlin, Coroutines, Room) at Bouleau", {"room-db"}, set()),
        ("Making maps with D3 and Observable", {"observable"}, set()),
        ("Dev Java/Spring chez @lavande, Kafka, Camel", {"apache-camel"}, set()),
        ("Kotlin Multiplatform & Compose | mobile", {"jetpack-compose"}, set()),
        ("Room for improvement in Kotlin", set(), {"room-db"}),
        ("Observable behaviour, patient care", set(), {"observable"}),
        ("Booked a Room, then Kafka", set(), {"room-db"}),
        ("New code in Kotlin with Room, Hilt and coroutines", {"room-db"}, set()),
        ("Kotlin dev with Room to grow, Hilt", set(), {"room-db"}),
    ],
)
def test_a_technology_named_by_an_ordinary_word_in_a_list_of_technologies(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A vendor's product named without the vendor, or a tool without its kind.
        ("GitLab CI wrangler. Ansible, Packer, Proxmox.", {"hashicorp-packer"}, set()),
        ("Azure, Azure DevOps, Bicep, AKS, PowerShell", {"azure-bicep"}, set()),
        ("Crystal + Ruby, a tiny static site generator", {"crystal"}, set()),
        ("Shopify theme dev • Liquid, JS, Hydrogen", {"liquid"}, set()),
        ("Technologies: Remix, React, TypeScript", {"remix"}, set()),
        ("OpenStack, Pulumi, Flux | #k8s #GitOps", {"flux-cd"}, set()),
        ("Went on a Packer trip, then Ansible", set(), {"hashicorp-packer"}),
        ("Liquid lunch with Rust folks", set(), {"liquid"}),
        # Listed beside a named tool (MkDocs), after a pictograph, as a hashtag.
        ("Docs-as-code with Sphinx, MkDocs, Vale.", {"vale-linter"}, set()),
        ("Typescript all day: #Deno #Hono #Drizzle", {"drizzle"}, set()),
        ("Dév Lua 🌙 LÖVE2D, Fennel, un peu de C", {"fennel"}, set()),
        ("Drizzle all day #rain #Hono", set(), {"drizzle"}),
    ],
)
def test_a_bare_product_name_listed_beside_other_tools_names_the_product(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Quantitative ecologist at the Kea Trust. R and Stan.", {"ecology"}, set()),
        ("Économètre à la Banque de France. R et Stata.", {"econometrics"}, set()),
        ("Incident responder @ Brightlock", {"incident-response"}, set()),
        ("Pentesteuse 🔓 Burp, reverse avec Ghidra", {"pentest"}, set()),
        ("Payroll Manager | Multi-country payroll, ADP, Workday", {"adp"}, set()),
        ("SOC analyst: detections in SPL and Sigma", {"spl-splunk"}, set()),
        # The practitioner of a discipline, derived from its name.
        ("Géologue minier, Nouvelle-Calédonie", {"geology"}, set()),
        ("Demographer at a statistics office", {"demography"}, set()),
        ("Cryptographe chez un éditeur de HSM", {"cryptography"}, set()),
    ],
)
def test_trade_nouns_and_short_names_the_taxonomy_lacked(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Backend: Java17, Django5, Node20", {"java", "django", "nodejs"}, set()),
        ("Front React18 + Angular2", {"react", "angular"}, set()),
        ("Mail java17@example.com, site https://example.com/react18", set(), {"java", "react"}),
    ],
)
def test_a_version_glued_to_a_technology_names_the_technology(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Skills the taxonomy learnt from the dev sets' new: labels, with their families.
        ("Maintainer of a few GStreamer plugins. Video over RTP.", {"gstreamer", "rtp"}, set()),
        ("Chercheuse en traitement du signal 📡 MATLAB, radar FMCW", {"radar"}, set()),
        ("Linguist: ELAN and FLEx for annotation, Praat", {"elan", "flex-fieldworks"}, set()),
        (
            "Géologue : cartographie géologique, JORC, Leapfrog",
            {"geological-mapping", "jorc"},
            set(),
        ),
        ("Sage and Macaulay2 for computations", {"macaulay2"}, set()),
        ("Payroll specialist: ADP, pensions auto-enrolment", {"pension-auto-enrolment"}, set()),
        (
            "Maraîchère : traction animale, semences paysannes",
            {"animal-traction", "seed-saving"},
            set(),
        ),
        ("Economist (PhD, 2021) doing product analytics", {"economics"}, set()),
        ("Data analyst. MSc from the Toulouse School of Economics", set(), {"economics"}),
        ("Trading systems dev. Go player (3 dan).", {"go-game"}, set()),
        ("Staff engineer. #Go #Postgres", {"go"}, {"go-game"}),
    ],
)
def test_skills_of_trades_the_taxonomy_learnt_late(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A common noun phrase in the other number than the taxonomy writes it.
        ("Responsable QHSE | ISO 14001, audits internes", {"internal-audit"}, set()),
        ("Auditrice senior : audits financiers, IFRS", {"audit"}, set()),
        ("Business Developer | Prospection, cycle de vente complexe", {"sales-cycle"}, set()),
        ("Backend dev: code reviews, CI", {"code-review"}, set()),
        ("Cheffe de produit | Lancement produits", {"product-launch"}, set()),
        # Nouns of people and single words keep the number they are written in.
        ("Panda lover, Rust dev", set(), {"pandas"}),
    ],
)
def test_a_phrase_in_the_plural_or_the_singular_names_the_same_skill(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Embedded Rust on RISC-V. Firmware at Tourmaline", {"risc-v"}, set()),
        ("I still write Objective-C. Swift too", {"objective-c"}, {"c"}),
    ],
)
def test_a_form_ending_in_one_letter_ends_a_sentence(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Technicien fibre. Habilitation électrique B1V.", {"electrical-clearance"}, set()),
        ("Habilitations électriques B2V/BR", {"electrical-clearance"}, {"maintenance-technician"}),
        ("Accessibility specialist. #a11y #ScreenReaders", {"accessibility-testing"}, set()),
        ("Tests avec lecteurs d'écran", {"accessibility-testing"}, set()),
        (
            "DBA PostgreSQL : réplication, Patroni",
            {"database-replication"},
            set(),
        ),
        ("Biologiste : réplication de l'ADN, qPCR", set(), {"database-replication"}),
        ("Chef de projet digital | Gestion de projet, Jira, recette", {"qa"}, set()),
        ("Cuisinier : recette du jour, pâtisserie", set(), {"qa"}),
    ],
)
def test_a_clearance_screen_readers_and_words_read_beside_their_trade(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Responsable RH | Paie, ADP, SIRH | Relations sociales | Transport Lavande",
            ["Transport Lavande"],
        ),
        ("Ingénieure calcul 🔩 Abaqus, Code_Aster · Safran · Bordeaux", ["Safran"]),
        ("Head of Marketing | Brand, Growth, Content | Speaker", []),
        ("Acheteuse industrielle | Achats directs | Plasturgie", []),
        ("Avocate | M&A, contrats | Barreau de Paris", []),
        ("Cybersecurity Analyst | SOC | CompTIA Security+", []),
        ("alternante · TypeScript & NestJS · Paris", []),
    ],
)
def test_employer_named_as_a_header_segment_of_its_own(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Head brewer at Tidewater Ales, Portland OR", "Portland", "US"),
        ("Research software engineer, Cambridge MA", "Cambridge", "US"),
        ("Freelance, Wellington NZ. Open to new audits.", "Wellington", "NZ"),
        ("Charpentier bois · compagnon du devoir · Haute-Savoie", None, "FR"),
        ("Maraîchère bio sur 2 ha. Ardèche.", None, "FR"),
        ("Licensed PE in Oregon. Eurocodes. Portland, Oregon.", "Portland", "US"),
    ],
)
def test_place_named_by_a_state_code_or_a_region(
    parser: ProfileParser, text: str, city: str | None, country: str
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("I make fonts. Type designer @ Serif & Sons, Antwerp", "Antwerp", "BE"),
        ("Making mobile puzzle games at Pebblebox, Helsinki.", "Helsinki", "FI"),
        ("Calcul scientifique, éléments finis, Fortran et Julia.", None, None),
    ],
)
def test_place_closing_a_long_clause_after_a_comma(
    parser: ProfileParser, text: str, city: str | None, country: str | None
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "school", "years"),
    [
        ("University of Reading PhD 2018.", "university-of-reading", (None, 2018)),
        ("PhD SOAS 2020, postdoc elsewhere.", "soas", (None, 2020)),
        ("PhD @ Wageningen University. Netherlands", "wageningen-university", (None, None)),
        ("MSc at the University of Groningen (2015-2017)", "university-of-groningen", (2015, 2017)),
        ("Cartographe SIG · Montpellier · ENSG 2016", "ensg-geomatique", (None, 2016)),
        ("Actuaire. ISFA, diplômée 2013.", "isfa", (None, 2013)),
        ("Dév full stack, ancienne du Wagon (batch 2019).", "le-wagon", (None, 2019)),
    ],
)
def test_schools_of_the_uk_and_dutch_universities_and_actuarial_schools(
    parser: ProfileParser, text: str, school: str, years: tuple[int | None, int | None]
) -> None:
    found = {s.id: (s.start_year, s.end_year) for s in parse(parser, text).schools}
    assert found.get(school) == years


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Chercheuse en traitement du signal 📡 MATLAB, Julia · Palaiseau",
            ["Chercheuse en traitement du signal"],
        ),
        ("Logistics planner 🚚 SAP EWM, route optimisation.", ["Logistics planner"]),
    ],
)
def test_title_ends_at_a_pictograph(parser: ProfileParser, text: str, titles: list[str]) -> None:
    assert parse(parser, text).titles == titles


def test_place_after_a_pictograph_is_a_clause_of_its_own(parser: ProfileParser) -> None:
    location = parse(parser, "ex-@tinkerboard-co. open to contracts 📟 Eindhoven").location
    assert (location.city, location.country) == ("Eindhoven", "NL")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Telecom signalling, 15 yrs. Stockholm. Available from March.", "Stockholm", "SE"),
        ("RRH. Paie sur ADP, un SIRH (Lucca), les NAO. Valence.", "Valence", "FR"),
        ("Acheteuse chez Polymères du Jura (Oyonnax) : sourcing fournisseurs", "Oyonnax", "FR"),
    ],
)
def test_place_not_a_month_and_a_parenthesis_comes_last(
    parser: ProfileParser, text: str, city: str, country: str
) -> None:
    location = parse(parser, text).location
    assert (location.city, location.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Backend at Cobblestone. Ex-PHP. Bristol", ["Cobblestone"]),
        ("Développeuse chez @doctolib | ex-Criteo", ["doctolib", "Criteo"]),
    ],
)
def test_technology_after_ex_is_no_former_employer(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infirmière à l'AP-HP depuis 2015", ["AP-HP"]),
        ("Thèse à l'UPMC, puis postdoc.", []),
    ],
)
def test_employer_after_a_l_is_an_organisation_not_a_school(
    parser: ProfileParser, text: str, expected: list[str]
) -> None:
    assert parse(parser, text).employers == expected


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("QA auto : Playwright, Cypress · pas de Selenium svp", {"playwright"}, {"selenium"}),
        ("Dév front React. Pas fan de Next.js.", {"react"}, {"next-js"}),
        ("Python, FastAPI. Pas de Java, pas de PHP.", {"python"}, {"java", "php"}),
        (
            "Recruiter, boolean search. Hiring data engineers right now.",
            set(),
            {"data-engineering"},
        ),
        ("Je recrute des profils tech (devs, data, SRE) pour Agence Mélisse.", set(), {"sre"}),
        ("I'm a solar installer in Phoenix.", set(), {"phoenix"}),
        ("Elixir, Phoenix, LiveView", {"phoenix"}, set()),
        ("k8s on bare metal. Kubeflow, MLflow.", {"kubernetes"}, {"embedded-systems"}),
        ("C et C++ bare-metal sur Cortex-M", {"cpp", "embedded-systems"}, set()),
    ],
)
def test_negated_sought_and_placed_names_are_not_skills(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("UX writer. I used to be a journalist at the Gazette.", set(), {"journalism"}),
        ("I used to be a Java developer. Technical writer now.", {"java"}, set()),
        ("Before teaching I was a lab technician in a dairy.", set(), {"biology-lab"}),
        ("S&OP, demand planning. Previously in procurement.", set(), {"procurement"}),
        ("Je rédige le magazine et organise les relations presse.", set(), {"organization"}),
        ("Calme, organisé, rigoureux.", {"organization"}, set()),
        ("Je suis organisé et patient.", {"organization"}, set()),
    ],
)
def test_a_past_role_and_a_verb_read_as_an_adjective_are_not_skills(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Slurm, Lustre, Ansible for HPC users.", {"glusterfs"}, set()),
        ("Maintainer of plugins. C, Rust, Meson.", {"meson"}, set()),
        ("Solidity, Foundry, Hardhat", {"blockchain-tools"}, set()),
        ("Dév Drupal & Symfony · Twig, Composer", {"php-composer"}, set()),
        ("A composer of film scores.", set(), {"php-composer"}),
        ("Lustre and shine of a new car", set(), {"glusterfs"}),
        ("Unreal Engine, C++, Blueprints", set(), {"azure-policy"}),
        ("Prometheus, Loki, Nomad, Consul.", {"hashicorp-nomad", "hashicorp-consul"}, set()),
        ("Nomad, Consul", set(), {"hashicorp-nomad", "hashicorp-consul"}),
    ],
)
def test_a_tool_named_in_a_grouping_label_is_read_when_listed_beside_technologies(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Ingé réseau Cisco, Juniper, BGP/OSPF, CCNP", {"routing-protocols"}, {"ospf-bgp"}),
        ("Maraîchère bio, vente en AMAP, Ardèche", {"short-supply-chain"}, {"sales"}),
        ("Data scientist. Modèles de survie, Stan, Shiny.", {"survival-analysis"}, set()),
        ("Qualified management accountant, CIMA.", {"management-control"}, set()),
        ("Linguist. Bantu morphology, fieldwork.", {"linguistics"}, set()),
        ("Instrumentation, hygiène et asepsie.", {"infection-control"}, set()),
        ("Électronicien : KiCad, soudure CMS", {"electronics"}, set()),
        ("Ops lead at a 3PL warehouse, SAP EWM", {"warehouse-management"}, {"order-fulfillment"}),
        (
            "Potière le week-end : tournage, émaux, cuisson raku.",
            {"ceramics-glass-crafts"},
            {"raku"},
        ),
        ("Translator. Python scripts to check our term bases.", {"terminology"}, set()),
        ("SRE, astreintes comprises.", {"incident-management"}, {"runbooks"}),
        ("Led the on-call rotation at a bank.", {"incident-management"}, set()),
        ("Prof de physique-chimie dans un lycée.", {"chemistry-teaching"}, set()),
        (
            "Sapeur-pompier professionnel, formateur incendie.",
            {"firefighting", "fire-safety"},
            {"paramedic-care", "first-aid-training"},
        ),
        (
            "Contrôleur de gestion : clôtures, prix de revient.",
            {"cost-accounting"},
            {"inventory-valuation"},
        ),
        ("Bibliothécaire, SPARQL sur Wikidata.", {"wikidata"}, {"content-moderation-ops"}),
        ("I run EKS with Karpenter.", {"karpenter"}, {"keda"}),
        (
            "Entretiens semi-directifs, analyse qualitative sous NVivo.",
            {"semi-structured-interviews", "qualitative-research", "qda-software"},
            set(),
        ),
    ],
)
def test_forms_people_write_for_known_skills(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


def test_the_sector_of_clients_served_is_not_a_skill(parser: ProfileParser) -> None:
    assert_skills(
        parser,
        "I lead statutory audits for manufacturing clients, IFRS.",
        {"ifrs"},
        {"manufacturing"},
    )


def test_general_medicine_is_general_practice(parser: ProfileParser) -> None:
    assert_skills(
        parser,
        "Médecin en maison de santé. #MédecineGénérale, médecine générale.",
        {"general-medicine"},
        {"medical-specialties"},
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Structural engineer. Revit, Tekla, SAP2000", {"tekla-structures"}, {"revit-mep"}),
        ("Policy as code with Open Policy Agent and Rego", {"open-policy-agent"}, {"kyverno"}),
        ("DevSecOps. GitLab CI, Trivy, SonarQube, OPA.", {"open-policy-agent"}, {"kyverno"}),
        ("Kyverno and OPA Gatekeeper on our clusters", {"kyverno"}, {"open-policy-agent"}),
        ("Offre publique d'achat : OPA amicale sur une PME.", set(), {"open-policy-agent"}),
        (
            "Mathematician, mostly algebraic geometry.",
            {"algebraic-geometry"},
            {"cryptography-math"},
        ),
        ("Géologue minier, cartographie géologique.", {"geology"}, {"geotechnics"}),
        ("Hydrogeology and groundwater models", {"geology"}, {"geotechnics"}),
    ],
)
def test_a_tool_or_field_is_not_read_as_a_neighbouring_one(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Développeuse Odoo, modules sur mesure, Python", {"odoo-dev", "odoo"}, set()),
        ("Technologies : SAP S/4HANA, FI-CO, ABAP", {"sap-s4hana"}, {"sap"}),
        ("SAP and S/4HANA migrations", {"sap", "sap-s4hana"}, set()),
        ("I write Excel VBA for a living", {"vba", "excel"}, set()),
    ],
)
def test_a_compound_names_its_tool_but_not_the_vendor_of_a_product(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


def test_a_school_inside_a_tools_name_is_no_school(parser: ProfileParser) -> None:
    parsed = parse(parser, "Hydrologist, flood modelling with HEC-RAS & MIKE, R for stats.")
    assert "flood-modelling" in {s.id for s in parsed.skills}
    assert parsed.schools == []


@pytest.mark.parametrize(
    ("text", "employer", "school"),
    [
        ("Mathematician. Lecturer at the University of Bath.", "University of Bath", None),
        (
            "Maître de conférences à l'Université de Lille, chimie.",
            "Université de Lille",
            None,
        ),
        ("PhD SOAS 2020, postdoc at Leiden University.", "Leiden University", "soas"),
        (
            "PhD at the University of Bath (2015), now lecturer at the University of Bath.",
            "University of Bath",
            "university-of-bath",
        ),
    ],
)
def test_a_university_one_works_at_is_an_employer(
    parser: ProfileParser, text: str, employer: str, school: str | None
) -> None:
    parsed = parse(parser, text)
    assert employer in parsed.employers
    assert [s.id for s in parsed.schools] == ([school] if school else [])


def test_a_french_town_wins_in_a_bio_with_french_letters_and_no_function_words(
    parser: ProfileParser,
) -> None:
    parsed = parse(
        parser, "Électronicien · KiCad, soudure CMS, ESP32 · réparation d'amplis · Brest"
    )
    assert (parsed.location.city, parsed.location.country) == ("Brest", "FR")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Linux kernel drivers: I2C/SPI, DMA, device trees", {"linux-kernel"}, {"linux"}),
        ("Go, Kubernetes operators with kubebuilder", {"kubernetes-operators"}, {"kubernetes"}),
        ("Ingé sécurité cloud ☁️ AWS IAM, GuardDuty", {"aws-iam"}, {"aws"}),
        ("Technologies : SAP S/4HANA, ABAP", {"sap-s4hana"}, {"sap"}),
        ("Linux et Kubernetes au quotidien", {"linux", "kubernetes"}, set()),
    ],
)
def test_a_child_named_by_its_parents_name_is_not_also_the_parent(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I'd gladly help, and I'm teachable.", {"helpdesk-products", "lms-platforms"}),
        ("Ventilation non invasive en réanimation", {"hvac-engineering"}),
        ("Soins de plaies, irrigation, pansements", {"landscape-architecture"}),
        ("Unbiased estimator, 400 metres runner", {"quantity-surveying"}),
        ("Kinematics of robot arms", {"mechanical-design"}),
        ("Landing pages, CTA, A/B tests", {"hvac-engineering"}),
        ("Comp & ben: LTI plans, bonuses", {"elearning-standards"}),
        ("Shop refit and fit-out projects", {"dotnet-web-more"}),
        ("Financé par Bpifrance, c'est de bon augure", {"business-planning"}),
        ("Mollie Kirkpatrick, Addie and the seesaw", {"payment-providers", "curriculum-design"}),
        ("Hydrologist, surface water models", {"environment-biodiversity"}),
    ],
)
def test_ordinary_words_are_not_the_tools_that_share_them(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    assert_skills(parser, text, set(), absent)


def test_tools_that_share_an_ordinary_word_are_read_as_written(parser: ProfileParser) -> None:
    assert_skills(
        parser,
        "Support on Gladly, courses on Teachable, screen readers (JAWS, NVDA)",
        {"helpdesk-products", "lms-platforms", "accessibility-testing"},
        set(),
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Piping output to jq, lagging indicators", {"industrial-piping", "energy-renovation"}),
        ("SSH tunneling, piling up tickets", {"civil-engineering-practice"}),
        ("Forging partnerships and paving the way", {"foundry", "public-works"}),
        ("Recycling old laptops; olfaction research", {"environment-biodiversity", "perfumery"}),
        ("Marketing to GenX and millennials", {"aircraft-engines"}),
        ("Process design in a shared-services centre", {"unit-operations"}),
        ("Media sales for a radio group", {"b2b-events-sales"}),
    ],
)
def test_figures_of_speech_and_other_trades_words_are_not_industrial_trades(
    parser: ProfileParser, text: str, absent: set[str]
) -> None:
    assert_skills(parser, text, set(), absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Master 2 Droit du numérique. Diplômé en finance de TSM. Scrum Master, Jira.",
            {"scrum-master", "jira"},
            {"it-law", "finance"},
        ),
        ("Master data management, Master's in Data Science", {"master-data-management"}, set()),
        (
            "J'ai passé le diplôme d'assistante de soins en gérontologie en 2022.",
            set(),
            {"elderly-care-methods"},
        ),
        (
            "I'm a self-taught electrician-turned-solar installer.",
            {"solar-pv-installation"},
            {"electrical-installation"},
        ),
        (
            "Chef d'équipe. Je voudrais évoluer vers conducteur de travaux.",
            set(),
            {"construction-management"},
        ),
        ("Statistician at a clinical research organisation. SAS, R", {"r"}, {"clinical-research"}),
        ("Comptable. Mâcon. DCG obtenu en 2011.", set(), {"structural-works"}),
        ("Maçon depuis 10 ans", {"structural-works"}, set()),
    ],
)
def test_degrees_roles_left_or_sought_organisations_and_towns_are_not_skills(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


def test_logistics_alone_is_a_sector_and_a_logistics_planner_a_trade(
    parser: ProfileParser,
) -> None:
    parsed = parse(parser, "Management accountant with 9 years in logistics.")
    assert "supply-chain" not in {s.id for s in parsed.skills}
    assert "logistics-industry" in {s.id for s in parsed.sectors}
    assert_skills(parser, "Logistics planner, SAP EWM, cross-docking", {"supply-chain"}, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("IBODE : bloc opératoire, instrumentation", {"perioperative-care"}, {"surgery"}),
        ("Exports Excel en tableaux de bord Power BI", set(), {"kpi"}),
    ],
)
def test_a_workplace_or_a_dashboard_is_not_the_broader_skill(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Payroll specialist: ADP, Sage payroll, year-end", {"adp"}, set()),
        ("Responsable RH | Paie sur ADP, SIRH", {"adp"}, set()),
        ("Ingénieur chez ADP, Python, Kafka", set(), {"adp"}),
        ("Je suis patiente et à l'écoute.", {"patience", "active-listening"}, set()),
        ("I'm patient zero of this bug", set(), {"patience"}),
    ],
)
def test_payroll_software_and_qualities_read_in_their_context(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Fuzzing, Ghidra. Previously red team @ Kestrel Sec.", {"fuzzing"}, {"pentest"}),
        ("Previously Rails at Acme, now Elixir.", {"rails", "elixir"}, set()),
    ],
)
def test_a_role_held_at_a_company_before_is_not_a_skill_but_its_tools_are(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


def test_ordinary_words_and_names_are_not_the_tech_tools_that_share_them(
    parser: ProfileParser,
) -> None:
    assert_skills(
        parser,
        "Cours en visioconférence, peering at logs, sandboxing untrusted code, ICC profiles, "
        "a parsec away, Desmond Tutu, iron-clad, osmium tetroxide staining, a rebuff",
        set(),
        {
            "meeting-room-systems",
            "bgp-peering",
            "microvm-sandboxing",
            "native-toolchains",
            "antlr",
            "molecular-simulation",
            "labview-certs",
            "osmnx",
            "llm-guardrails",
        },
    )


def test_a_complex_sales_cycle_in_the_singular_is_the_sales_cycle_skill(
    parser: ProfileParser,
) -> None:
    assert_skills(
        parser,
        "Prospection, cycle de vente complexe, HubSpot",
        {"sales-cycle", "prospecting"},
        {"enterprise-sales"},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dév C#/.NET 8, ASP.NET Core", {"csharp", "dotnet"}),
        ("Backend C#/TypeScript", {"csharp", "typescript"}),
        ("C++/Java developer", {"cpp", "java"}),
        ("F#/OCaml at work", {"fsharp", "ocaml"}),
    ],
)
def test_names_joined_by_a_slash_after_a_sign_are_each_read(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("ML engineer at a bank. Python, Polars, dbt.", {"python"}, {"machine-learning"}),
        ("Senior Machine Learning Engineer | Ranking | Rust", {"rust"}, {"machine-learning"}),
        ("Ingénieure ML chez un assureur. Scala, Spark.", {"scala"}, {"machine-learning"}),
        ("AI researcher, mostly JAX these days.", {"jax"}, {"artificial-intelligence"}),
        # The field named as a field still counts, beside the title or without it.
        ("ML engineer. ML, NLP and search, in Python.", {"machine-learning", "nlp"}, set()),
        ("Je fais du machine learning pour la détection de fraude.", {"machine-learning"}, set()),
    ],
)
def test_a_job_title_named_after_a_broad_field_names_no_skill(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # The organisation's French noun comes first: what it sells is where one works.
        (
            "Commerciale chez un éditeur SaaS RH, prospection et HubSpot.",
            {"hubspot"},
            {"human-resources"},
        ),
        (
            "Chargée de clientèle dans un SaaS de paie : Zendesk, Intercom.",
            {"zendesk"},
            {"payroll"},
        ),
        (
            "Assistante de direction en cabinet d'expertise comptable, Excel.",
            {"excel"},
            {"chartered-accountancy"},
        ),
        # In English it comes after.
        ("Backend developer in the payroll industry. Go, Kafka.", {"kafka"}, {"payroll"}),
        # The trade itself, practised in such an organisation, still counts.
        ("Gestionnaire de paie en cabinet, DSN, Silae.", {"payroll", "silae"}, set()),
        ("Support lead, 6 yrs in B2B SaaS customer support.", {"customer-support"}, set()),
    ],
)
def test_what_an_organisation_sells_is_not_the_skill_of_who_works_there(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dév mobile depuis 2015 : Swift, Kotlin.", {"mobile-development", "swift"}),
        ("Dév Drupal pour des collectivités.", {"drupal-development", "drupal"}),
        ("Ingé sécu, surtout de la revue de code.", {"cybersecurity"}),
        # The taxonomy's own short forms still match as written.
        ("Web dev and game dev, mostly Godot.", {"web-development", "game-development"}),
    ],
)
def test_short_forms_of_a_trade_s_head_word_read_as_the_word(
    parser: ProfileParser, text: str, expected: set[str]
) -> None:
    assert_skills(parser, text, expected, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Data analyst (SQL, dbt). Hoping to move into data engineering.",
            {"sql", "dbt"},
            {"data-engineering"},
        ),
        ("Infirmière, moving into clinical research next year.", set(), {"clinical-research"}),
        ("Dév PHP, Symfony ; pas intéressée par le Java.", {"php", "symfony"}, {"java"}),
        ("Go and Rust. Not interested in Kubernetes roles.", {"go", "rust"}, {"kubernetes"}),
        # Knowing it while disliking it still counts.
        ("Je n'aime pas Laravel, mais je le connais bien.", {"laravel"}, set()),
    ],
)
def test_a_field_wished_for_or_refused_is_not_claimed(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A role's compound and the field after it, as long: the field wins.
        (
            "Ingénieur calcul scientifique au CNRS, Fortran et MPI.",
            {"scientific-computing"},
            {"finite-element"},
        ),
        ("Ingénieure qualité logicielle, tests automatisés.", {"qa"}, {"quality-management"}),
        ("Ingé sécurité cloud chez un hébergeur.", {"cloud-security"}, {"cloud-computing"}),
        # Alone, the role's compound still names its trade.
        ("Ingénieure calcul, Abaqus et Nastran.", {"finite-element", "abaqus"}, set()),
        ("Ingénieur qualité dans l'automobile, 8D, AMDEC.", {"quality-management"}, set()),
    ],
)
def test_a_role_s_compound_does_not_cut_the_field_it_heads_in_half(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A package whose own name is a lowercase word, listed beside technologies.
        ("Stats in R: caret, ggplot2 and Shiny.", {"caret-r", "ggplot2"}, set()),
        ("Outils : Python, uv, pandas, Polars.", {"uv-python", "pandas"}, set()),
        # The same words in prose are not the packages.
        (
            "We watched the pandas at the zoo; the plumber fixed the sink.",
            set(),
            {"pandas", "plumber-r"},
        ),
    ],
)
def test_packages_named_in_lowercase_are_read_in_a_list_of_technologies(
    parser: ProfileParser, text: str, expected: set[str], absent: set[str]
) -> None:
    assert_skills(parser, text, expected, absent)
