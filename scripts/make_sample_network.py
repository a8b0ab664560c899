#!/usr/bin/env python3
"""Generate Vivier's bundled sample data: an invented network of public profiles.

Everything here is made up: people, handles, companies, websites (``*.example.dev``,
``*.example.fr``, ``example.com``) and e-mails. The payloads imitate the real shapes of
GitHub's ``GET /users/{username}``, the Stack Exchange 2.3 ``user`` object and the
Mastodon ``Account`` entity, so the readers, the parser and the dedupe are exercised on
realistic input.

Standard library only, seeded with ``random.Random(2026)``: running it twice writes
byte-identical files.

Writes:
  sourcing/sources/data/sample_network.jsonl   the profiles (one JSON object a line)
  sourcing/sources/data/employees.csv          an invented company's employee directory
  sourcing/sources/data/demo_searches.json     saved searches a recruiter would run
  tests/fixtures/sample_truth.json             the answer file (tests only)

Then it checks its own output and prints counts.

    .venv/bin/python scripts/make_sample_network.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
NETWORK_PATH = ROOT / "sourcing" / "sources" / "data" / "sample_network.jsonl"
EMPLOYEES_PATH = ROOT / "sourcing" / "sources" / "data" / "employees.csv"
SEARCHES_PATH = ROOT / "sourcing" / "sources" / "data" / "demo_searches.json"
TRUTH_PATH = ROOT / "tests" / "fixtures" / "sample_truth.json"

SEED = 2026
NOW = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)
NETWORKS = ("github", "stackexchange", "mastodon")

# --------------------------------------------------------------------------------------
# Skills: canonical id -> surface forms. ``en``/``fr`` are written in bios, ``alts`` are
# other accepted spellings, ``se`` the Stack Overflow tag, ``topic`` the GitHub topic,
# ``lang`` a GitHub repo language, ``tag`` a Mastodon hashtag.
# --------------------------------------------------------------------------------------


def _s(en, fr=None, alts=(), se=None, topic=None, lang=None, tag=None, cased=False):
    return {
        "en": en,
        "fr": fr,
        "alts": list(alts),
        "se": se,
        "topic": topic,
        "lang": lang,
        "tag": tag,
        "cased": cased,
    }


SKILLS: dict[str, dict] = {
    "python": _s("Python", se="python", topic="python", lang="Python", tag="python"),
    "django": _s("Django", se="django", topic="django", tag="django"),
    "flask": _s("Flask", se="flask", topic="flask"),
    "fastapi": _s("FastAPI", se="fastapi", topic="fastapi", tag="FastAPI"),
    "postgresql": _s("PostgreSQL", se="postgresql", topic="postgresql", tag="postgresql"),
    "docker": _s("Docker", se="docker", topic="docker", tag="docker"),
    "redis": _s("Redis", se="redis", topic="redis"),
    "sql": _s("SQL", se="sql", topic="sql"),
    "api-rest": _s("REST API", fr="API REST", se="rest", topic="rest-api"),
    "microservices": _s("microservices", se="microservices", topic="microservices"),
    "javascript": _s(
        "JavaScript", se="javascript", topic="javascript", lang="JavaScript", tag="javascript"
    ),
    "typescript": _s(
        "TypeScript", se="typescript", topic="typescript", lang="TypeScript", tag="TypeScript"
    ),
    "react": _s("React", se="reactjs", topic="react", tag="react"),
    "vuejs": _s("Vue.js", se="vue.js", topic="vuejs", lang="Vue", tag="vuejs"),
    "angular": _s("Angular", se="angular", topic="angular", tag="angular"),
    "nodejs": _s("Node.js", se="node.js", topic="nodejs", tag="nodejs"),
    "html": _s("HTML", se="html", topic="html", lang="HTML"),
    "css": _s("CSS", se="css", topic="css", lang="CSS", tag="css"),
    "svelte": _s("Svelte", se="svelte", topic="svelte", lang="Svelte", tag="svelte"),
    "next-js": _s("Next.js", se="next.js", topic="nextjs", tag="nextjs"),
    "tailwind": _s("Tailwind", se="tailwind-css", topic="tailwindcss"),
    "figma": _s("Figma", se="figma", topic="figma", tag="figma"),
    "machine-learning": _s(
        "machine learning",
        fr="apprentissage automatique",
        se="machine-learning",
        topic="machine-learning",
        tag="MachineLearning",
    ),
    "pandas": _s("pandas", se="pandas", topic="pandas"),
    "scikit-learn": _s("scikit-learn", se="scikit-learn", topic="scikit-learn"),
    "pytorch": _s("PyTorch", se="pytorch", topic="pytorch", tag="pytorch"),
    "tensorflow": _s("TensorFlow", se="tensorflow", topic="tensorflow"),
    "deep-learning": _s(
        "deep learning", se="deep-learning", topic="deep-learning", tag="DeepLearning"
    ),
    "apache-spark": _s("Spark", alts=("Apache Spark",), se="apache-spark", topic="apache-spark"),
    "nlp": _s("NLP", se="nlp", topic="nlp", tag="NLP"),
    "computer-vision": _s("computer vision", se="computer-vision", topic="computer-vision"),
    "data-science": _s("data science", topic="data-science"),
    "llm": _s("LLM", alts=("LLMs",), se="large-language-model", topic="llm", tag="LLM"),
    "data-engineering": _s(
        "data engineering", se="data-engineering", topic="data-engineering", tag="DataEngineering"
    ),
    "airflow": _s("Airflow", se="airflow", topic="airflow"),
    "dbt": _s("dbt", se="dbt", topic="dbt"),
    "kafka": _s("Kafka", se="apache-kafka", topic="kafka"),
    "scala": _s("Scala", se="scala", topic="scala", lang="Scala", tag="scala"),
    "aws": _s("AWS", se="amazon-web-services", topic="aws", tag="AWS"),
    "gcp": _s("GCP", se="google-cloud-platform", topic="gcp"),
    "kubernetes": _s(
        "Kubernetes", alts=("k8s",), se="kubernetes", topic="kubernetes", tag="kubernetes"
    ),
    "terraform": _s("Terraform", se="terraform", topic="terraform", lang="HCL", tag="terraform"),
    "ansible": _s("Ansible", se="ansible", topic="ansible"),
    "azure": _s("Azure", se="azure", topic="azure"),
    "linux": _s("Linux", se="linux", topic="linux", tag="linux"),
    "ci-cd": _s("CI/CD", se="cicd", topic="ci-cd"),
    "gitlab-ci": _s("GitLab CI", se="gitlab-ci", topic="gitlab-ci"),
    "prometheus": _s("Prometheus", se="prometheus", topic="prometheus"),
    "grafana": _s("Grafana", se="grafana", topic="grafana"),
    "devops": _s("DevOps", se="devops", topic="devops", tag="DevOps"),
    "java": _s("Java", se="java", topic="java", lang="Java", tag="java"),
    "spring-boot": _s("Spring Boot", se="spring-boot", topic="spring-boot", tag="SpringBoot"),
    "kotlin": _s("Kotlin", se="kotlin", topic="kotlin", lang="Kotlin", tag="kotlin"),
    "android": _s("Android", se="android", topic="android", tag="android"),
    "ios": _s("iOS", se="ios", topic="ios", tag="iOS"),
    "swift": _s("Swift", se="swift", topic="swift", lang="Swift", tag="swift"),
    "flutter": _s("Flutter", se="flutter", topic="flutter", lang="Dart", tag="flutter"),
    "rust": _s("Rust", se="rust", topic="rust", lang="Rust", tag="rust"),
    "cpp": _s("C++", se="c++", topic="cpp", lang="C++", tag="cpp"),
    "c": _s("C", se="c", topic="c", lang="C", cased=True),
    "go": _s("Go", alts=("golang",), se="go", topic="golang", lang="Go", tag="golang", cased=True),
    "embedded-systems": _s(
        "embedded",
        fr="systèmes embarqués",
        alts=("embedded systems",),
        se="embedded",
        topic="embedded",
        tag="embedded",
    ),
    "fpga": _s("FPGA", se="fpga", topic="fpga", tag="FPGA"),
    "vhdl": _s("VHDL", se="vhdl", topic="vhdl", lang="VHDL"),
    "cuda": _s("CUDA", se="cuda", topic="cuda", lang="Cuda"),
    "php": _s("PHP", se="php", topic="php", lang="PHP", tag="php"),
    "symfony": _s("Symfony", se="symfony", topic="symfony", tag="symfony"),
    "laravel": _s("Laravel", se="laravel", topic="laravel", tag="laravel"),
    "rails": _s("Ruby on Rails", se="ruby-on-rails", topic="rails", lang="Ruby", tag="RubyOnRails"),
    "csharp": _s("C#", se="c#", topic="csharp", lang="C#", tag="csharp"),
    "dotnet": _s(".NET", se=".net", topic="dotnet", tag="dotnet"),
    "ux-design": _s("UX design", topic="ux-design", tag="UXDesign"),
    "product-management": _s(
        "product management",
        fr="gestion de produit",
        topic="product-management",
        tag="ProductManagement",
    ),
    "agile": _s("agile", fr="méthodes agiles", se="agile", topic="agile"),
    "scrum": _s("Scrum", se="scrum", topic="scrum"),
    "project-management": _s(
        "project management",
        fr="gestion de projet",
        se="project-management",
        topic="project-management",
    ),
    "sales": _s("sales", fr="vente", topic="sales"),
    "recruiting": _s("recruiting", fr="recrutement", topic="recruiting", tag="recrutement"),
    "community-management": _s(
        "community management", topic="community-management", tag="CommunityManagement"
    ),
    "seo": _s("SEO", se="seo", topic="seo", tag="SEO"),
    "communication": _s("communication", topic="communication"),
    "leadership": _s("leadership", topic="leadership"),
}

# Family -> skills; the first one is the anchor every record of a person mentions.
FAMILIES: dict[str, list[str]] = {
    "backend-python": [
        "python",
        "django",
        "flask",
        "fastapi",
        "postgresql",
        "docker",
        "redis",
        "sql",
        "api-rest",
        "microservices",
    ],
    "frontend": [
        "javascript",
        "typescript",
        "react",
        "vuejs",
        "angular",
        "nodejs",
        "html",
        "css",
        "svelte",
        "next-js",
        "tailwind",
        "figma",
    ],
    "data-ml": [
        "machine-learning",
        "python",
        "pandas",
        "scikit-learn",
        "pytorch",
        "tensorflow",
        "deep-learning",
        "sql",
        "apache-spark",
        "nlp",
        "computer-vision",
        "data-science",
        "llm",
    ],
    "data-eng": [
        "data-engineering",
        "apache-spark",
        "airflow",
        "dbt",
        "kafka",
        "sql",
        "python",
        "scala",
        "aws",
        "gcp",
    ],
    "devops": [
        "kubernetes",
        "docker",
        "terraform",
        "ansible",
        "aws",
        "gcp",
        "azure",
        "linux",
        "ci-cd",
        "gitlab-ci",
        "prometheus",
        "grafana",
        "devops",
    ],
    "java-jvm": ["java", "spring-boot", "kotlin", "scala", "kafka", "postgresql", "microservices"],
    "mobile": ["android", "ios", "swift", "kotlin", "flutter"],
    "systems": ["rust", "cpp", "c", "go", "embedded-systems", "linux", "fpga", "vhdl", "cuda"],
    "web-php-ruby": ["php", "symfony", "laravel", "rails", "javascript", "postgresql"],
    "dotnet": ["csharp", "dotnet", "azure", "sql"],
    "product-design": [
        "ux-design",
        "figma",
        "product-management",
        "agile",
        "scrum",
        "project-management",
    ],
    "business": [
        "sales",
        "recruiting",
        "community-management",
        "seo",
        "communication",
        "leadership",
        "project-management",
    ],
}
FAMILY_COUNTS = {
    "backend-python": 24,
    "frontend": 24,
    "data-ml": 20,
    "data-eng": 14,
    "devops": 18,
    "java-jvm": 14,
    "mobile": 12,
    "systems": 14,
    "web-php-ruby": 12,
    "dotnet": 10,
    "product-design": 10,
    "business": 10,
}
TECH_FAMILIES = [f for f in FAMILIES if f not in ("product-design", "business")]

# Titles: (French masculine, French feminine, English, skill the title names or None).
FAMILY_TITLES = {
    "backend-python": [
        ("Développeur backend", "Développeuse backend", "Backend developer", None),
        ("Développeur Python", "Développeuse Python", "Python developer", "python"),
        ("Ingénieur logiciel", "Ingénieure logiciel", "Software engineer", None),
    ],
    "frontend": [
        ("Développeur front-end", "Développeuse front-end", "Frontend developer", None),
        ("Développeur JavaScript", "Développeuse JavaScript", "JavaScript developer", "javascript"),
        ("Intégrateur web", "Intégratrice web", "UI engineer", None),
    ],
    "data-ml": [
        ("Data scientist", "Data scientist", "Data scientist", "data-science"),
        (
            "Ingénieur machine learning",
            "Ingénieure machine learning",
            "Machine learning engineer",
            "machine-learning",
        ),
        ("Chercheur", "Chercheuse", "Research scientist", None),
    ],
    "data-eng": [
        ("Data engineer", "Data engineer", "Data engineer", None),
        ("Ingénieur data", "Ingénieure data", "Analytics engineer", None),
    ],
    "devops": [
        ("Ingénieur DevOps", "Ingénieure DevOps", "DevOps engineer", "devops"),
        ("Ingénieur SRE", "Ingénieure SRE", "Site reliability engineer", None),
        ("Ingénieur plateforme", "Ingénieure plateforme", "Platform engineer", None),
        ("Ingénieur cloud", "Ingénieure cloud", "Cloud engineer", None),
    ],
    "java-jvm": [
        ("Développeur Java", "Développeuse Java", "Java developer", "java"),
        ("Ingénieur logiciel", "Ingénieure logiciel", "Backend engineer", None),
        ("Architecte logiciel", "Architecte logiciel", "Software architect", None),
    ],
    "mobile": [
        ("Développeur mobile", "Développeuse mobile", "Mobile developer", None),
        ("Développeur Android", "Développeuse Android", "Android engineer", "android"),
        ("Développeur iOS", "Développeuse iOS", "iOS engineer", "ios"),
    ],
    "systems": [
        (
            "Ingénieur systèmes embarqués",
            "Ingénieure systèmes embarqués",
            "Embedded software engineer",
            "embedded-systems",
        ),
        ("Développeur bas niveau", "Développeuse bas niveau", "Systems programmer", None),
        ("Ingénieur firmware", "Ingénieure firmware", "Firmware engineer", None),
    ],
    "web-php-ruby": [
        ("Développeur PHP", "Développeuse PHP", "PHP developer", "php"),
        (
            "Développeur web full-stack",
            "Développeuse web full-stack",
            "Full-stack web developer",
            None,
        ),
        (
            "Développeur Ruby on Rails",
            "Développeuse Ruby on Rails",
            "Ruby on Rails developer",
            "rails",
        ),
    ],
    "dotnet": [
        ("Développeur .NET", "Développeuse .NET", ".NET developer", "dotnet"),
        ("Ingénieur logiciel", "Ingénieure logiciel", "Software engineer", None),
    ],
    "product-design": [
        ("Product designer", "Product designer", "Product designer", None),
        ("Designer UX", "Designer UX", "UX designer", "ux-design"),
        ("Product manager", "Product manager", "Product manager", "product-management"),
        ("Chef de produit", "Cheffe de produit", "Product owner", "product-management"),
        (
            "Chef de projet digital",
            "Cheffe de projet digital",
            "Project manager",
            "project-management",
        ),
    ],
    "business": [
        ("Business developer", "Business developer", "Business developer", "sales"),
        (
            "Chargé de recrutement",
            "Chargée de recrutement",
            "Talent acquisition specialist",
            "recruiting",
        ),
        ("Community manager", "Community manager", "Community manager", "community-management"),
        ("Responsable SEO", "Responsable SEO", "SEO manager", "seo"),
        ("Responsable commercial", "Responsable commerciale", "Head of sales", "sales"),
    ],
}
SENIOR_TECH_TITLES = [
    ("Lead dev", "Lead dev", "Lead developer"),
    ("CTO", "CTO", "CTO"),
    ("Engineering Manager", "Engineering Manager", "Engineering Manager"),
    ("Staff engineer", "Staff engineer", "Staff engineer"),
]

# --------------------------------------------------------------------------------------
# Schools: canonical id -> (surface forms, kind). "X" is only written as X<entry year>.
# --------------------------------------------------------------------------------------
SCHOOLS: dict[str, tuple[list[str], str]] = {
    "polytechnique": (["l'X", "X", "École polytechnique", "Polytechnique"], "eng"),
    "centralesupelec": (["CentraleSupélec", "Centrale Paris", "Supélec"], "eng"),
    "mines-paris": (["Mines Paris", "Mines ParisTech"], "eng"),
    "ens-paris": (["ENS Ulm", "École normale supérieure"], "uni"),
    "insa-lyon": (["INSA Lyon", "INSA de Lyon"], "eng"),
    "insa-toulouse": (["INSA Toulouse"], "eng"),
    "insa-rennes": (["INSA Rennes"], "eng"),
    "ensimag": (["Ensimag", "Grenoble INP - Ensimag"], "eng"),
    "telecom-paris": (["Télécom Paris", "Telecom ParisTech"], "eng"),
    "isae-supaero": (["ISAE-SUPAERO", "Supaéro"], "eng"),
    "epita": (["EPITA"], "coding"),
    "epitech": (["Epitech"], "coding"),
    "ecole-42": (["École 42", "42 Paris"], "coding"),
    "utc-compiegne": (["UTC Compiègne"], "eng"),
    "universite-paris-saclay": (["Université Paris-Saclay"], "uni"),
    "sorbonne-universite": (["Sorbonne Université", "UPMC"], "uni"),
    "paris-1-pantheon-sorbonne": (["Paris 1 Panthéon-Sorbonne"], "uni"),
    "lyon-1": (["Université Claude Bernard Lyon 1", "Lyon 1"], "uni"),
    "universite-de-bordeaux": (["Université de Bordeaux"], "uni"),
    "nantes-universite": (["Université de Nantes"], "uni"),
    "universite-grenoble-alpes": (["Université Grenoble Alpes"], "uni"),
    "universite-de-strasbourg": (["Université de Strasbourg"], "uni"),
    "aix-marseille-universite": (["Aix-Marseille Université"], "uni"),
    "universite-de-lille": (["Université de Lille"], "uni"),
    "universite-de-rennes": (["Université de Rennes 1"], "uni"),
    "toulouse-3-paul-sabatier": (
        ["Université Toulouse III - Paul Sabatier", "Paul Sabatier"],
        "uni",
    ),
    "sciences-po": (["Sciences Po"], "biz"),
    "hec-paris": (["HEC Paris"], "biz"),
    "essec": (["ESSEC"], "biz"),
    "escp": (["ESCP"], "biz"),
    "em-lyon": (["emlyon", "EM Lyon"], "biz"),
    "edhec": (["EDHEC"], "biz"),
    "neoma": (["NEOMA"], "biz"),
    "imt-atlantique": (["IMT Atlantique"], "eng"),
    "enseeiht": (["ENSEEIHT", "N7"], "eng"),
    "centrale-lyon": (["Centrale Lyon"], "eng"),
    "centrale-nantes": (["Centrale Nantes"], "eng"),
    "epfl": (["EPFL"], "foreign"),
    "eth-zurich": (["ETH Zurich"], "foreign"),
    "mit": (["MIT"], "foreign"),
    "stanford": (["Stanford"], "foreign"),
    "imperial-college": (["Imperial College London"], "foreign"),
    "cambridge": (["University of Cambridge"], "foreign"),
    "oxford": (["University of Oxford"], "foreign"),
    "tu-munich": (["TU Munich"], "foreign"),
    "ucl": (["UCL"], "foreign"),
    "polimi": (["Politecnico di Milano"], "foreign"),
    "kth": (["KTH"], "foreign"),
    "tu-delft": (["TU Delft"], "foreign"),
    "ucd": (["University College Dublin"], "foreign"),
    "trinity-college-dublin": (["Trinity College Dublin"], "foreign"),
}
LOCAL_SCHOOLS = {
    "Lyon": ["insa-lyon", "lyon-1", "centrale-lyon", "em-lyon"],
    "Toulouse": ["insa-toulouse", "isae-supaero", "enseeiht", "toulouse-3-paul-sabatier"],
    "Rennes": ["insa-rennes", "universite-de-rennes", "imt-atlantique"],
    "Grenoble": ["ensimag", "universite-grenoble-alpes"],
    "Nantes": ["centrale-nantes", "nantes-universite", "imt-atlantique"],
    "Bordeaux": ["universite-de-bordeaux"],
    "Strasbourg": ["universite-de-strasbourg"],
    "Marseille": ["aix-marseille-universite"],
    "Lille": ["universite-de-lille", "edhec"],
    "Paris": [
        "polytechnique",
        "centralesupelec",
        "mines-paris",
        "ens-paris",
        "telecom-paris",
        "epita",
        "epitech",
        "ecole-42",
        "universite-paris-saclay",
        "sorbonne-universite",
        "paris-1-pantheon-sorbonne",
        "sciences-po",
        "hec-paris",
        "essec",
        "escp",
    ],
    "Dublin": ["ucd", "trinity-college-dublin"],
    "London": ["imperial-college", "ucl", "cambridge", "oxford"],
    "Munich": ["tu-munich"],
    "Geneva": ["epfl", "eth-zurich"],
    "Amsterdam": ["tu-delft"],
}
ELIGIBLE_PHRASINGS_ENG = {
    "polytechnique",
    "centralesupelec",
    "mines-paris",
    "insa-lyon",
    "insa-toulouse",
    "insa-rennes",
    "ensimag",
    "telecom-paris",
    "isae-supaero",
    "utc-compiegne",
    "imt-atlantique",
    "enseeiht",
    "centrale-lyon",
    "centrale-nantes",
}
PROGRAMMES = {
    "eng": [
        "Informatique",
        "Génie logiciel",
        "Mathématiques appliquées",
        "Génie électrique",
        "Télécommunications",
        "",
    ],
    "uni": [
        "Licence Informatique",
        "Master Informatique",
        "Master Mathématiques",
        "Master MIAGE",
        "Licence Économie",
        "",
    ],
    "biz": [
        "Grande École",
        "Master in Management",
        "Affaires publiques",
        "Finance",
        "Marketing",
        "",
    ],
    "coding": ["Cursus ingénieur", "Cursus principal", ""],
    "foreign": ["MSc Computer Science", "BSc Computer Science", "MEng", "MBA", ""],
}

# --------------------------------------------------------------------------------------
# Places. Canonical city -> (country, French spellings, English spellings).
# --------------------------------------------------------------------------------------
CITIES = {
    "Paris": (
        28,
        ["Paris", "Paris, France", "Paris / remote"],
        ["Paris", "Paris, France", "Paris / remote"],
    ),
    "Lyon": (12, ["Lyon", "Lyon, France", "Lyon (69)"], ["Lyon", "Lyon, France"]),
    "Marseille": (4, ["Marseille", "Marseille, France"], ["Marseille", "Marseille, France"]),
    "Toulouse": (6, ["Toulouse", "Toulouse, France"], ["Toulouse", "Toulouse, France"]),
    "Bordeaux": (5, ["Bordeaux", "Bordeaux, France"], ["Bordeaux", "Bordeaux, France"]),
    "Nantes": (6, ["Nantes", "Nantes, France"], ["Nantes", "Nantes, France"]),
    "Lille": (5, ["Lille", "Lille, France"], ["Lille", "Lille, France"]),
    "Rennes": (4, ["Rennes", "Rennes, France"], ["Rennes", "Rennes, France"]),
    "Grenoble": (4, ["Grenoble", "Grenoble, France"], ["Grenoble", "Grenoble, France"]),
    "Montpellier": (4, ["Montpellier", "Montpellier, France"], ["Montpellier"]),
    "Strasbourg": (3, ["Strasbourg", "Strasbourg, France"], ["Strasbourg"]),
    "Nice": (3, ["Nice", "Nice, France"], ["Nice, France"]),
    "London": (3, ["Londres", "London"], ["London", "London, UK"]),
    "Dublin": (3, ["Dublin", "Dublin, Irlande"], ["Dublin", "Dublin, Ireland"]),
    "Berlin": (2, ["Berlin", "Berlin, Allemagne"], ["Berlin", "Berlin, Germany"]),
    "Munich": (2, ["Munich", "Munich, Allemagne"], ["Munich", "München", "Munich, Germany"]),
    "Montreal": (3, ["Montréal", "Montréal, QC"], ["Montreal", "Montréal", "Montreal, Canada"]),
    "Geneva": (2, ["Genève", "Genève, Suisse"], ["Geneva", "Geneva, Switzerland"]),
    "Brussels": (2, ["Bruxelles", "Bruxelles, Belgique"], ["Brussels", "Brussels, Belgium"]),
    "Barcelona": (1, ["Barcelone"], ["Barcelona", "Barcelona, Spain"]),
    "Amsterdam": (2, ["Amsterdam", "Amsterdam, Pays-Bas"], ["Amsterdam", "Amsterdam, NL"]),
}
FRENCH_CITIES = [
    "Paris",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Bordeaux",
    "Nantes",
    "Lille",
    "Rennes",
    "Grenoble",
    "Montpellier",
    "Strasbourg",
    "Nice",
]

# --------------------------------------------------------------------------------------
# Names. First names: (name, gender). Nicknames follow the dedupe's table of short forms.
# --------------------------------------------------------------------------------------
FR_F = [
    "Hélène",
    "Élodie",
    "Léa",
    "Chloé",
    "Gaëlle",
    "Anaïs",
    "Mathilde",
    "Catherine",
    "Camille",
    "Julie",
    "Marie",
    "Sophie",
    "Manon",
    "Clémence",
    "Océane",
    "Zoé",
    "Maëlle",
    "Noémie",
    "Céline",
    "Aurélie",
    "Émilie",
    "Margaux",
    "Lucie",
    "Pauline",
    "Justine",
    "Agathe",
    "Bérénice",
    "Élise",
    "Solène",
    "Cécile",
    "Stéphanie",
    "Amélie",
    "Joséphine",
    "Léonie",
    "Héloïse",
    "Capucine",
    "Ophélie",
    "Mélanie",
    "Laëtitia",
    "Anne-Sophie",
    "Élisabeth",
    "Charlotte",
    "Juliette",
    "Inès",
    "Salomé",
    "Clara",
    "Louise",
    "Eugénie",
    "Adèle",
    "Valérie",
    "Frédérique",
    "Gabrielle",
]
FR_M = [
    "François",
    "Jérôme",
    "Benoît",
    "Noé",
    "Alexandre",
    "Jean-Baptiste",
    "Guillaume",
    "Nicolas",
    "Thomas",
    "Christophe",
    "Frédéric",
    "Maximilien",
    "Antoine",
    "Théo",
    "Hugo",
    "Raphaël",
    "Gaël",
    "Loïc",
    "Cédric",
    "Sébastien",
    "Stéphane",
    "Rémi",
    "Timothée",
    "Aurélien",
    "Clément",
    "Étienne",
    "Grégoire",
    "Mickaël",
    "Joël",
    "Maël",
    "Bastien",
    "Florian",
    "Adrien",
    "Julien",
    "Pierre-Antoine",
    "Léo",
    "Jérémy",
    "Valentin",
    "Quentin",
    "Édouard",
    "Benjamin",
    "Emmanuel",
    "Maxime",
    "Baptiste",
    "Thibault",
    "Hervé",
    "Régis",
    "Matthieu",
    "Arnaud",
    "Vincent",
]
MAG_F = ["Yasmine", "Nadia", "Leïla", "Kenza", "Fatima-Zahra", "Samira", "Amel", "Meriem"]
MAG_M = [
    "Karim",
    "Mehdi",
    "Sofiane",
    "Samir",
    "Amine",
    "Youssef",
    "Rachid",
    "Walid",
    "Nabil",
    "Ilyès",
]
AF_F = ["Aïssatou", "Fatou", "Awa", "Mariama"]
AF_M = ["Mamadou", "Ousmane", "Ibrahima", "Moussa"]
AS_F = ["Linh", "Mei", "Hana", "Priya", "Thu", "Yuki"]
AS_M = ["Minh", "Wei", "Kenji", "Arjun", "Duc", "Jun"]
EN_F = ["Emma", "Siobhán", "Hannah", "Sarah", "Katherine", "Rebecca", "Niamh", "Aoife"]
EN_M = ["Liam", "Ciarán", "Oliver", "James", "Daniel", "William", "Samuel", "Conor", "Matthew"]
EU_F = ["Marta", "Giulia", "Anna", "Inês", "Sanne", "Katarzyna", "Elena", "Ingrid", "Lena"]
EU_M = ["Lukas", "Jonas", "Pablo", "Matteo", "Sven", "Joost", "Piotr", "Nikos", "Felix", "Andrea"]
FR_LAST = [
    "Dupré",
    "Martin",
    "Bernard",
    "Petit",
    "Durand",
    "Dubois",
    "Leroy",
    "Laurent",
    "Moreau",
    "Lefèvre",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Roussel",
    "Perrin",
    "Morin",
    "Gauthier",
    "Dumont",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Gérard",
    "Boyer",
    "Lemaire",
    "Duval",
    "Joly",
    "Roche",
    "Roy",
    "Meyer",
    "Meunier",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Barbier",
    "Brun",
    "Giraud",
    "Leclerc",
    "Rivière",
    "Arnal",
    "Gaillard",
    "Bonnet",
    "Lacroix",
    "Carpentier",
    "Renaud",
    "Picard",
    "Aubert",
    "Brunet",
    "Besson",
    "Caron",
    "Vasseur",
    "Morel",
    "Lemoine",
    "Collin",
    "Bertin",
    "Fabre",
    "Marty",
    "Poirier",
    "Cousin",
    "Rey",
    "Huet",
    "Charpentier",
    "Leblanc",
    "Schmitt",
    "Prévost",
    "Régnier",
    "Hébert",
    "Bérard",
    "Deschamps",
    "Lévêque",
    "Thébault",
    "Pelletier",
    "Després",
    "Bouvier",
    "Jacquet",
    "Maréchal",
    "Chevrier",
    "Lagarde",
    "Peltier",
    "Caillé",
    "Rouxel",
    "Le Goff",
    "Le Gall",
    "Kerbrat",
    "Quéré",
    "D'Almeida",
    "L'Huillier",
    "Ménard",
    "Vidal",
    "Tessier",
    "Gilbert",
    "Renard",
    "Aubry",
    "Dupuis",
    "Colas",
    "Langlois",
    "Mercier",
]
APOSTROPHE_LAST = ["D'Arcy", "L'Hermite", "D'Aubigné", "D'Ornano", "L'Écuyer"]
MAG_LAST = [
    "Benali",
    "Haddad",
    "Mansouri",
    "Bouaziz",
    "Cherif",
    "Khelifi",
    "Amrani",
    "Saïdi",
    "Benchekroun",
    "Aït Ouali",
    "El Idrissi",
    "Boumediene",
]
AF_LAST = ["N'Diaye", "Diallo", "Traoré", "Sow", "Koné", "Camara", "Diop"]
AS_LAST = [
    "Nguyen",
    "Tran",
    "Pham",
    "Chen",
    "Lin",
    "Sato",
    "Kim",
    "Patel",
    "Sharma",
    "Wang",
    "Huang",
    "Park",
    "Vo",
]
EN_LAST = [
    "Walsh",
    "O'Brien",
    "O'Connor",
    "Murphy",
    "Kelly",
    "Thompson",
    "Hughes",
    "Fitzgerald",
    "Byrne",
    "Doyle",
    "Gallagher",
    "Harris",
    "Clarke",
]
EU_LAST = [
    "Schmidt",
    "Weber",
    "Müller",
    "García",
    "Fernández",
    "Rossi",
    "Bianchi",
    "Kowalczyk",
    "Andersson",
    "Costa",
    "de Vries",
    "Jansen",
    "Nowak",
    "Papadopoulos",
    "Hoffmann",
    "Lindqvist",
    "Ferreira",
    "Romano",
]
ORIGINS = {
    "fr": (FR_F, FR_M, FR_LAST),
    "maghreb": (MAG_F, MAG_M, MAG_LAST),
    "africa": (AF_F, AF_M, AF_LAST),
    "asia": (AS_F, AS_M, AS_LAST),
    "en": (EN_F, EN_M, EN_LAST),
    "eu": (EU_F, EU_M, EU_LAST),
}
GENDER_OF = {n: "f" for n in FR_F + MAG_F + AF_F + AS_F + EN_F + EU_F}
GENDER_OF.update({n: "m" for n in FR_M + MAG_M + AF_M + AS_M + EN_M + EU_M})

NICKNAME = {
    "Alexandre": "Alex",
    "Jean-Baptiste": "JB",
    "Nicolas": "Nico",
    "Mathilde": "Math",
    "Catherine": "Cathy",
    "Thomas": "Tom",
    "Christophe": "Chris",
    "Frédéric": "Fred",
    "Maximilien": "Max",
    "Maxime": "Max",
    "Sébastien": "Seb",
    "Stéphanie": "Steph",
    "Stéphane": "Steph",
    "Benjamin": "Ben",
    "Grégoire": "Greg",
    "Emmanuel": "Manu",
    "Valentin": "Val",
    "Daniel": "Dan",
    "Samuel": "Sam",
    "William": "Will",
    "Katherine": "Kate",
    "Timothée": "Tim",
    "Clément": "Clem",
    "Pierre-Antoine": "PA",
    "Guillaume": "Gui",
    "Florian": "Flo",
    "Antoine": "Tony",
    "Vincent": "Vince",
    "Matthieu": "Matt",
    "Matthew": "Matt",
    "Gabrielle": "Gab",
    "Valérie": "Val",
    "Frédérique": "Fred",
}
# Short forms the dedupe knows (mirror of sourcing/dedupe/normalise.py), for the
# uniqueness check: two people must not be nickname-equivalent.
DEDUPE_NICKNAMES = {
    "alex": ("alexandre", "alexandra", "alexander", "alexis"),
    "jb": ("jean baptiste",),
    "pa": ("pierre antoine",),
    "nico": ("nicolas",),
    "tom": ("thomas",),
    "chris": ("christophe", "christopher", "christian", "christine"),
    "fred": ("frederic", "frederique", "frederick"),
    "max": ("maximilien", "maxime"),
    "cathy": ("catherine",),
    "math": ("mathilde", "mathieu", "matthieu"),
    "matt": ("matthieu", "mathieu", "matthew"),
    "seb": ("sebastien",),
    "steph": ("stephanie", "stephane"),
    "flo": ("florian", "florence", "florent"),
    "vince": ("vincent",),
    "ben": ("benjamin", "benoit"),
    "greg": ("gregoire", "gregory"),
    "manu": ("emmanuel", "emmanuelle"),
    "val": ("valentin", "valerie", "valentine"),
    "juju": ("julien", "julie"),
    "gab": ("gabriel", "gabrielle"),
    "dan": ("daniel",),
    "sam": ("samuel", "samantha"),
    "will": ("william",),
    "kate": ("katherine", "catherine"),
    "gui": ("guillaume",),
    "tony": ("antoine", "anthony"),
    "clem": ("clement", "clementine"),
    "jo": ("johanna", "joseph", "jonathan", "joel"),
    "hugo": ("hugues",),
    "tim": ("timothee", "timothy"),
    "theo": ("theodore", "theophile"),
}

HARD_NEGATIVE_NAMES = [
    ("Thomas", "Martin"),
    ("Julie", "Bernard"),
    ("Nicolas", "Petit"),
    ("Marie", "Dubois"),
    ("Antoine", "Leroy"),
    ("Sophie", "Laurent"),
    ("Karim", "Benali"),
]

COMPANIES = [
    "Tidewater Labs",
    "Brindille",
    "Octavo",
    "Lumen Data",
    "Papillon Santé",
    "Calanque Systems",
    "Pivoine",
    "Hexaèdre",
    "Opaline",
    "Boussole",
    "Kestrel Robotics",
    "Nuage Vert",
    "Ardoise",
    "Fennec Mobility",
    "Sillon",
    "Aubépine",
    "Tisserand",
    "Galet Énergie",
    "Éclaircie",
    "Fjordline Analytics",
    "Lanterne",
    "Marelle",
    "Archipel Santé",
    "Baobab Énergie",
    "Ondine",
    "Verveine",
    "Sextant Finance",
    "Bivouac",
    "Périscope",
    "Zénith Paiements",
    "Kelp Labs",
    "Alder & Finch",
    "Greywood Studio",
    "Hirondelle Assurances",
    "Mirabelle",
    "Coquelicot",
    "Salamandre Industries",
    "Vitrail",
    "Cormoran Logistique",
    "Fougère",
    "Pergola",
    "Quartzite",
    "Lichen Bio",
    "Orée Conseil",
    "Sémaphore",
    "Tamaris",
]

HOBBIES_FR = [
    "Café, vélo et jeux de société.",
    "Escalade le week-end.",
    "Photographie argentique à mes heures perdues.",
    "Bénévole dans une association de quartier.",
    "Randonnée, cuisine et bandes dessinées.",
    "Contributeur·ice open source.",
    "Co-organisatrice d'un meetup local.",
    "Mentor pour des personnes en reconversion.",
    "Musique électronique et synthés modulaires.",
    "Jardinage et apiculture amateur.",
]
HOBBIES_EN = [
    "Coffee, cycling and board games.",
    "Climbing on weekends.",
    "Film photography nerd.",
    "Volunteer at a local coding club.",
    "Hiking, cooking and comics.",
    "Parent of two.",
    "Open source contributor.",
    "Meetup organiser.",
    "Mentoring career changers.",
    "Modular synths and bad puns.",
    "Amateur beekeeper.",
]
REPO_NOUNS = [
    ("toolkit", "toolkit", "boîte à outils"),
    ("playground", "playground", "bac à sable"),
    ("starter", "starter template", "modèle de projet"),
    ("cli", "command-line tool", "outil en ligne de commande"),
    ("workshop", "workshop material", "support d'atelier"),
    ("benchmarks", "benchmark suite", "jeu de benchmarks"),
    ("dashboard", "dashboard", "tableau de bord"),
    ("notes", "notes", "notes"),
    ("exporter", "exporter", "exporteur"),
    ("bot", "chat bot", "bot de discussion"),
    ("scheduler", "job scheduler", "ordonnanceur"),
    ("parser", "file parser", "analyseur de fichiers"),
]
FUN_HANDLES = [
    "lunarfox",
    "petitcaillou",
    "octopode",
    "pixelbaguette",
    "chouette_code",
    "renard_bleu",
    "quietloop",
    "tidepool",
    "nuagegris",
    "mistigri",
    "boulangerie",
    "verglas",
    "grenouille",
    "zephyrine",
    "cerfvolant",
    "petitpois",
    "hibou_nocturne",
    "marmotte",
    "loutre",
    "papillote",
]
INSTANCES_FR = ["piaille.fr", "mamot.fr", "mastodon.social", "mastodon.online"]
INSTANCES_EN = ["fosstodon.org", "hachyderm.io", "mastodon.social", "mastodon.online"]
MEDIA_HOST = {
    "mastodon.social": "files.mastodon.social",
    "fosstodon.org": "cdn.fosstodon.org",
    "hachyderm.io": "media.hachyderm.io",
    "piaille.fr": "media.piaille.fr",
    "mamot.fr": "media.mamot.fr",
    "mastodon.online": "files.mastodon.online",
}

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    return strip_accents(text.casefold())


def ascii_slug(text: str, sep: str = "-") -> str:
    text = strip_accents(text).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", sep, text).strip(sep)


_PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "d", "di", "da", "el"}


def name_tokens(name: str) -> list[str]:
    folded = re.sub(r"[^a-z0-9 ]+", " ", fold(name).replace("'", " ").replace("-", " "))
    return [t for t in folded.split() if t not in _PARTICLES]


def first_forms(first: str) -> set[str]:
    """Folded forms a first name may appear under (itself, its short forms, what the
    dedupe maps them to)."""
    tokens = name_tokens(first)
    forms = {" ".join(tokens), tokens[0]}
    nick = NICKNAME.get(first)
    if nick:
        forms.add(fold(nick))
    for form in list(forms):
        forms.update(DEDUPE_NICKNAMES.get(form, ()))
    for short, longs in DEDUPE_NICKNAMES.items():
        if forms & set(longs):
            forms.add(short)
    return forms


def name_keys(first: str, last: str) -> set[tuple[str, str]]:
    last_key = name_tokens(last)[-1]
    return {(f, last_key) for f in first_forms(first)}


def esc_se(text: str) -> str:
    """Stack Exchange's escaping of plain strings (display_name, location)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def esc_html(text: str) -> str:
    """Escaping of text inside sanitised HTML (Mastodon notes)."""
    return esc_se(text)


def esc_body(text: str) -> str:
    """Escaping of text inside Stack Exchange's about_me HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def iso_z(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_dt(rng: Random, start: datetime, end: datetime) -> datetime:
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=rng.randrange(span))


def dt(y, m=1, d=1) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def join_list(items: list[str], lang: str) -> str:
    if len(items) == 1:
        return items[0]
    conj = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + conj + items[-1]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def weighted(rng: Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


# --------------------------------------------------------------------------------------
# Skill surface forms in text, and the regexes the self-check scans with
# --------------------------------------------------------------------------------------


def skill_form(rng: Random, skill: str, lang: str, primary: bool = False) -> str:
    s = SKILLS[skill]
    if skill == "kubernetes" and not primary and rng.random() < 0.25:
        return "k8s"
    if skill == "go" and rng.random() < 0.4:
        return "golang"
    if skill == "embedded-systems" and lang == "en":
        return "embedded systems" if rng.random() < 0.6 else "embedded"
    if skill == "apache-spark" and rng.random() < 0.2:
        return "Apache Spark"
    if s["fr"] and lang == "fr":
        if skill == "machine-learning":
            return s["fr"] if rng.random() < 0.6 else s["en"]
        return s["fr"] if rng.random() < 0.85 else s["en"]
    return s["en"]


def _skill_patterns():
    patterns = []
    for sid, s in SKILLS.items():
        forms = [s["en"], *s["alts"]] + ([s["fr"]] if s["fr"] else [])
        for form in forms:
            cased = s["cased"] and form in ("C", "Go")
            body = re.escape(form)
            if cased:
                rx = re.compile(rf"(?<![\w.+#/'’-]){body}(?![\w+#'’-])")
            else:
                rx = re.compile(rf"(?<![\w.+]){body}(?![\w+#])", re.IGNORECASE)
            patterns.append((sid, rx))
        if s["tag"]:
            patterns.append((sid, re.compile(rf"#{re.escape(s['tag'])}(?!\w)", re.IGNORECASE)))
    return patterns


SKILL_PATTERNS = _skill_patterns()
SE_TAG_TO_SKILL = {s["se"]: sid for sid, s in SKILLS.items() if s["se"]}
TOPIC_TO_SKILL = {s["topic"]: sid for sid, s in SKILLS.items() if s["topic"]}
LANG_TO_SKILL = {s["lang"]: sid for sid, s in SKILLS.items() if s["lang"]}
LANG_TO_SKILL["Dockerfile"] = "docker"


def _school_patterns():
    patterns = []
    for sid, (forms, _) in SCHOOLS.items():
        for form in forms:
            if form in ("X", "l'X"):
                continue
            patterns.append((sid, re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")))
    patterns.append(("polytechnique", re.compile(r"(?<![\w'’])X(?:19|20)\d\d(?!\d)")))
    patterns.append(("polytechnique", re.compile(r"\bl['’]X(?!\w)")))
    return patterns


SCHOOL_PATTERNS = _school_patterns()


def html_text(value: str) -> str:
    """Plain text of an HTML fragment, for the self-check."""
    value = re.sub(r"</?span[^>]*>", "", value)
    value = re.sub(r"<[^>]+>", " ", value)
    return unicodedata.normalize("NFC", html.unescape(value))


def skills_in_text(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text).replace("\u200b", "")
    return {sid for sid, rx in SKILL_PATTERNS if rx.search(text)}


def schools_in_text(text: str) -> set[str]:
    return {sid for sid, rx in SCHOOL_PATTERNS if rx.search(text)}


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------


class Person:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Registry:
    """Names, handles, URLs and e-mails already given to someone."""

    def __init__(self):
        self.name_keys: set[tuple[str, str]] = set()
        self.handles: dict[str, str] = {}
        self.urls: set[str] = set()
        self.emails: set[str] = set()
        self.github_ids: set[int] = set()
        self.se_ids: set[int] = set()
        self.masto_ids: set[str] = set()

    @staticmethod
    def hkey(handle: str) -> str:
        return re.sub(r"[^a-z0-9]", "", handle.lower())

    def take_handle(self, pid: str, candidates: list[str], avoid: set[str] = frozenset()):
        for cand in candidates:
            key = self.hkey(cand)
            if not key or key in avoid:
                continue
            owner = self.handles.get(key)
            if owner is None or owner == pid:
                self.handles[key] = pid
                return cand
        raise RuntimeError(f"no free handle among {candidates}")


def pick_origin(rng: Random, city: str) -> str:
    if city in FRENCH_CITIES:
        return weighted(
            rng, [("fr", 70), ("maghreb", 12), ("africa", 4), ("asia", 8), ("eu", 4), ("en", 2)]
        )
    if city in ("London", "Dublin"):
        return weighted(rng, [("fr", 45), ("en", 35), ("eu", 10), ("asia", 10)])
    return weighted(rng, [("fr", 50), ("en", 8), ("eu", 30), ("asia", 8), ("maghreb", 4)])


def pick_name(rng: Random, origin: str, gender: str) -> tuple[str, str]:
    fem, masc, lasts = ORIGINS[origin]
    firsts = fem if gender == "f" else masc
    if origin in ("maghreb", "africa", "asia") and rng.random() < 0.4:
        firsts = FR_F if gender == "f" else FR_M
    last = rng.choice(lasts)
    if origin == "fr" and rng.random() < 0.04:
        last = rng.choice(EU_LAST)
    elif origin == "fr" and rng.random() < 0.05:
        last = rng.choice(APOSTROPHE_LAST)
    return rng.choice(firsts), last


def pick_city(rng: Random) -> str:
    return weighted(rng, [(c, w) for c, (w, _, _) in CITIES.items()])


def pick_skills(rng: Random, family: str) -> list[str]:
    pool = FAMILIES[family]
    k = rng.randint(3, min(7, len(pool)))
    return [pool[0], *rng.sample(pool[1:], k - 1)]


PROPER_WORDS = (
    "Python",
    "Java",
    "JavaScript",
    "Android",
    "Ruby",
    "PHP",
    ".NET",
    "iOS",
    "UX",
    "SEO",
    "DevOps",
    "CTO",
    "Engineering Manager",
)


def en_lower(title: str) -> str:
    """'Backend developer' -> 'backend developer', keeping proper nouns and acronyms."""
    if title.startswith(PROPER_WORDS):
        return title
    return title[0].lower() + title[1:]


def pick_title(rng: Random, p: Person):
    exp = NOW.year - p.first_end
    if p.student:
        fr_dom, en_dom = {"data-ml": ("data", "Data"), "data-eng": ("data", "Data")}.get(
            p.family, ("développement", "Software engineering")
        )
        return f"Stagiaire {fr_dom}", f"Stagiaire {fr_dom}", f"{en_dom} intern", None
    if p.family in TECH_FAMILIES and exp >= 9 and rng.random() < 0.3:
        m, f, en = rng.choice(SENIOR_TECH_TITLES)
        return m, f, en, None
    m, f, en, req = rng.choice(FAMILY_TITLES[p.family])
    if exp <= 2 and rng.random() < 0.6:
        return f"{m} junior", f"{f} junior", f"Junior {en_lower(en)}", req
    if exp >= 8 and rng.random() < 0.5:
        return f"{m} senior", f"{f} senior", f"Senior {en_lower(en)}", req
    return m, f, en, req


def make_schools(rng: Random, p: Person, avoid: set[str] = frozenset()) -> list[dict]:
    kind_weights = {
        "business": [("biz", 70), ("uni", 30)],
        "product-design": [("biz", 30), ("uni", 30), ("eng", 25), ("coding", 15)],
    }.get(p.family, [("eng", 48), ("uni", 25), ("coding", 15), ("foreign", 12)])
    if p.city not in FRENCH_CITIES and p.lang == "en":
        kind_weights = [("foreign", 60), ("eng", 20), ("uni", 20)]
    n = 2 if rng.random() < 0.3 else 1
    chosen: list[str] = []
    while len(chosen) < n:
        local = [s for s in LOCAL_SCHOOLS.get(p.city, []) if s not in avoid]
        if local and rng.random() < 0.45:
            sid = rng.choice(local)
        else:
            kind = weighted(rng, kind_weights)
            sid = rng.choice([s for s, (_, k) in SCHOOLS.items() if k == kind])
        if sid not in chosen and sid not in avoid:
            chosen.append(sid)
    schools = []
    end1 = p.first_end
    for i, sid in enumerate(chosen):
        kind = SCHOOLS[sid][1]
        if i == 0:
            dur = {
                "eng": rng.choice([3, 3, 5]),
                "uni": rng.choice([3, 5]),
                "biz": 3,
                "coding": 5,
                "foreign": rng.choice([1, 2, 4]),
            }[kind]
            if sid == "polytechnique":
                dur = 4
            start, end = end1 - dur, end1
        else:
            start = schools[0]["end"] + rng.choice([0, 0, 1])
            end = start + rng.choice([1, 2])
            if end > NOW.year - 1:
                start, end = schools[0]["start"] - 2, schools[0]["start"]
        schools.append({"id": sid, "start": start, "end": end})
    return schools


# --------------------------------------------------------------------------------------
# School sentences (each returns the sentence and the (start, end) the text states)
# --------------------------------------------------------------------------------------


_ELIDED = {
    "l'X",
    "INSA Lyon",
    "INSA de Lyon",
    "INSA Toulouse",
    "INSA Rennes",
    "Ensimag",
    "ENS Ulm",
    "École normale supérieure",
    "École polytechnique",
    "École 42",
    "EPITA",
    "ESSEC",
    "EDHEC",
    "ESCP",
    "UTC Compiègne",
    "IMT Atlantique",
    "ENSEEIHT",
    "N7",
    "ISAE-SUPAERO",
    "EPFL",
    "ETH Zurich",
    "UPMC",
    "UCL",
    "Imperial College London",
}
_MASCULINE = {"MIT", "KTH", "Politecnico di Milano"}
_FEMININE = {"TU Munich", "TU Delft"}
_VOWEL_NO_ARTICLE = {"Aix-Marseille Université", "HEC Paris", "Epitech", "emlyon", "EM Lyon"}


def _article(form: str) -> str:
    """The French article a school name takes: "l'", "le ", "la " or ""."""
    if form == "l'X":
        return ""
    if form in _ELIDED or form.startswith("Université"):
        return "l'"
    if form in _MASCULINE:
        return "le "
    if form in _FEMININE:
        return "la "
    return ""


def fr_de(form: str) -> str:
    """ "de" + school: de l'INSA Lyon, du MIT, de la TU Munich, d'HEC Paris, de Sciences Po."""
    art = _article(form)
    if art == "le ":
        return "du " + form
    if art == "la ":
        return "de la " + form
    if art == "l'":
        return "de l'" + form
    return ("d'" if form in _VOWEL_NO_ARTICLE else "de ") + form


def fr_a(form: str) -> str:
    """ "à" + school: à l'EPFL, au MIT, à la TU Delft, à Sciences Po."""
    art = _article(form)
    if art == "le ":
        return "au " + form
    return "à " + art + form


def school_sentence(
    rng: Random, sid: str, start: int, end: int, lang: str, gender: str, student: bool
):
    forms, kind = SCHOOLS[sid]
    e = "e" if gender == "f" else ""
    written = [f for f in forms if f not in ("X", "l'X")]
    if student:
        form = rng.choice(written)
        if lang == "fr":
            return f"Étudiant{e} {fr_a(form)} ({start}-{end}).", start, end
        return f"Student at {form} ({start}-{end}).", start, end
    if lang == "fr":
        options = ["range", "promo", "en"]
        if sid in ELIGIBLE_PHRASINGS_ENG:
            options.append("ing")
        if kind in ("uni", "biz", "foreign"):
            options.append("master")
        if sid == "polytechnique":
            options += ["X", "X"]
        kind_p = rng.choice(options)
        fr_forms = forms if sid == "polytechnique" else written
        fr_forms = [f for f in fr_forms if f != "X"]
        form = rng.choice(fr_forms)
        if kind_p == "X":
            return f"X{start}.", start, None
        if kind_p == "range":
            return f"Diplômé{e} {fr_de(form)} ({start}-{end}).", start, end
        if kind_p == "promo":
            if form == "l'X":
                form = "Polytechnique"
            return f"{form}, promo {end}.", None, end
        if kind_p == "en":
            return f"Diplômé{e} {fr_de(form)} en {end}.", None, end
        if kind_p == "ing":
            if form == "l'X":
                form = "Polytechnique"
            return f"Ingénieur{e} {form} {end}.", None, end
        return f"Master {fr_a(form)} ({start}–{end}).", start, end
    form = rng.choice(written)
    kind_p = rng.choice(["class", "range", "grad", "apos"])
    if kind_p == "class":
        return f"{form} class of {end}.", None, end
    if kind_p == "range":
        return f"Studied at {form} ({start}-{end}).", start, end
    if kind_p == "grad":
        return f"Graduated from {form} in {end}.", None, end
    return f"{form} '{end % 100:02d}.", None, end


# --------------------------------------------------------------------------------------
# Bio pieces
# --------------------------------------------------------------------------------------


def title_of(p: Person, lang: str) -> str:
    if lang == "fr":
        return p.title_f if p.gender == "f" else p.title_m
    return p.title_en


def title_sentence(rng: Random, p: Person, lang: str) -> str:
    t = title_of(p, lang)
    if p.company is None:
        if lang == "fr":
            e = "e" if p.gender == "f" else ""
            return f"{t} en freelance." if rng.random() < 0.6 else f"{t} indépendant{e}."
        return f"Freelance {en_lower(t)}." if rng.random() < 0.5 else f"{t}, freelance."
    if lang == "fr":
        return rng.choice([f"{t} chez {p.company}.", f"{t} @ {p.company}."])
    return rng.choice([f"{t} at {p.company}.", f"{t} @ {p.company}."])


def skills_sentence(
    rng: Random, p: Person, skills: list[str], lang: str, primary: bool = False
) -> str:
    forms = [skill_form(rng, s, lang, primary) for s in skills]
    if rng.random() < 0.3:
        listing = " · ".join(forms)
        return f"Stack : {listing}." if lang == "fr" else f"Stack: {listing}."
    lst = join_list(forms, lang)
    if lang == "fr":
        e = "e" if p.gender == "f" else ""
        return rng.choice(
            [
                f"Je travaille surtout avec {lst}.",
                f"Au quotidien : {lst}.",
                f"Passionné{e} par {lst}.",
                f"Spécialisé{e} en {lst}.",
                f"J'aime {lst}.",
            ]
        )
    return rng.choice(
        [
            f"Working mostly with {lst}.",
            f"Day to day: {lst}.",
            f"I enjoy {lst}.",
            f"Specialised in {lst}.",
            f"Into {lst}.",
        ]
    )


def location_phrase(rng: Random, p: Person, lang: str) -> str:
    _, fr_forms, en_forms = CITIES[p.city]
    place = (fr_forms if lang == "fr" else en_forms)[0]
    if p.city == "Munich" and lang == "en" and rng.random() < 0.4:
        place = "München"
    if p.city == "Montreal" and lang == "en" and rng.random() < 0.3:
        place = "Montréal"
    roll = rng.random()
    if roll < 0.1 and p.city in FRENCH_CITIES:
        return f"{place} / remote."
    if lang == "fr":
        return f"Basé{'e' if p.gender == 'f' else ''} à {place}."
    return f"Based in {place}."


def city_variant(rng: Random, p: Person, lang: str) -> str:
    _, fr_forms, en_forms = CITIES[p.city]
    forms = fr_forms if lang == "fr" else en_forms
    if rng.random() < 0.2:
        forms = fr_forms + en_forms
    return rng.choice(forms)


def past_sentence(rng: Random, p: Person, lang: str) -> str:
    if lang == "fr":
        return rng.choice([f"Ex-{p.past_company}.", f"Anciennement chez {p.past_company}."])
    return rng.choice([f"Ex-{p.past_company}.", f"Previously at {p.past_company}."])


def open_sentence(rng: Random, lang: str) -> str:
    if lang == "fr":
        return rng.choice(["À l'écoute du marché.", "En recherche d'un nouveau poste."])
    return rng.choice(["Open to work.", "Looking for a new role."])


def hobby_sentence(rng: Random, p: Person, lang: str) -> str:
    if lang == "fr":
        hobby = rng.choice(HOBBIES_FR)
        if hobby.startswith("Co-organisatrice") and p.gender == "m":
            hobby = "Co-organisateur d'un meetup local."
        return hobby
    return rng.choice(HOBBIES_EN)


# --------------------------------------------------------------------------------------
# Building the population
# --------------------------------------------------------------------------------------


def build_people(rng: Random) -> tuple[list[Person], Registry, list[tuple[Person, Person]]]:
    reg = Registry()
    families = [f for f, n in FAMILY_COUNTS.items() for _ in range(n)]
    rng.shuffle(families)
    people: list[Person] = []

    def new_person(first, last, family, city, lang, gender, origin):
        p = Person(
            first=first,
            last=last,
            family=family,
            city=city,
            lang=lang,
            gender=gender,
            origin=origin,
        )
        p.student = rng.random() < 0.05 and family in TECH_FAMILIES
        p.first_end = NOW.year + rng.choice([0, 1]) if p.student else rng.randint(2003, 2025)
        return p

    def pick_lang(city, origin):
        if city in FRENCH_CITIES:
            if origin in ("fr", "maghreb", "africa", "asia"):
                return "fr" if rng.random() < 0.82 else "en"
            return "fr" if rng.random() < 0.25 else "en"
        return "fr" if origin == "fr" and rng.random() < 0.45 else "en"

    # Hard negatives first: same full name, different family, city, skills and schools.
    hard_pairs: list[tuple[Person, Person]] = []
    for first, last in HARD_NEGATIVE_NAMES:
        while True:
            fa = families[0]
            fb = next(
                f
                for f in families[1:]
                if f != fa
                and not (set(FAMILIES[fa][:1]) & set(FAMILIES[f]))
                and not (set(FAMILIES[f][:1]) & set(FAMILIES[fa]))
            )
            ca = pick_city(rng)
            cb = pick_city(rng)
            if ca == cb:
                continue
            origin = "maghreb" if first == "Karim" else "fr"
            a = new_person(first, last, fa, ca, pick_lang(ca, origin), GENDER_OF[first], origin)
            b = new_person(first, last, fb, cb, pick_lang(cb, origin), GENDER_OF[first], origin)
            for _ in range(200):
                finish_person(rng, a)
                finish_person(rng, b)
                employers_a = {a.company, a.past_company} - {None}
                employers_b = {b.company, b.past_company} - {None}
                if not set(a.skills) & set(b.skills) and not employers_a & employers_b:
                    break
            else:
                continue
            a.schools = make_schools(rng, a)
            b.schools = make_schools(rng, b, avoid={s["id"] for s in a.schools})
            families.remove(fa)
            families.remove(fb)
            break
        reg.name_keys |= name_keys(first, last)
        a.hard_partner, b.hard_partner = b, a
        people += [a, b]
        hard_pairs.append((a, b))

    for family in families:
        while True:
            city = pick_city(rng)
            # The showcase search ("Python à Lyon") deserves a few hits.
            if family == "backend-python" and rng.random() < 0.2:
                city = "Lyon"
            origin = pick_origin(rng, city)
            gender = rng.choice("fm")
            first, last = pick_name(rng, origin, gender)
            keys = name_keys(first, last)
            if keys & reg.name_keys:
                continue
            break
        reg.name_keys |= keys
        p = new_person(first, last, family, city, pick_lang(city, origin), gender, origin)
        p.hard_partner = None
        finish_person(rng, p)
        p.schools = make_schools(rng, p)
        people.append(p)
    rng.shuffle(people)
    for i, p in enumerate(people, 1):
        p.pid = f"p{i:03d}"
    return people, reg, hard_pairs


def finish_person(rng: Random, p: Person) -> None:
    p.skills = pick_skills(rng, p.family)
    p.title_m, p.title_f, p.title_en, req = pick_title(rng, p)
    if req and req not in p.skills:
        if len(p.skills) >= 7:
            p.skills[-1] = req
        else:
            p.skills.append(req)
    if p.family == "data-ml" and "Data scientist" in p.title_en and "data-science" not in p.skills:
        if len(p.skills) < 7:
            p.skills.append("data-science")
        else:
            p.skills[-1] = "data-science"
    p.company = None if rng.random() < 0.1 and not p.student else rng.choice(COMPANIES)
    p.past_company = (
        rng.choice([c for c in COMPANIES if c != p.company])
        if rng.random() < 0.4 and not p.student
        else None
    )
    p.open_to_work = rng.random() < 0.18 or (p.student and rng.random() < 0.5)


def assign_networks(rng: Random, people: list[Person], hard_pairs) -> None:
    n = len(people)
    n1, n3 = round(n * 0.35), round(n * 0.20)
    counts = [1] * n1 + [3] * n3 + [2] * (n - n1 - n3)
    rng.shuffle(counts)
    for p, c in zip(people, counts, strict=True):
        nontech = p.family in ("product-design", "business")
        if c == 3:
            nets = list(NETWORKS)
        elif c == 2:
            pairs = [
                (("github", "stackexchange"), 1 if nontech else 40),
                (("github", "mastodon"), 40),
                (("stackexchange", "mastodon"), 5 if nontech else 20),
            ]
            nets = list(weighted(rng, pairs))
        else:
            nets = [
                weighted(
                    rng,
                    [
                        ("github", 20 if nontech else 48),
                        ("stackexchange", 5 if nontech else 22),
                        ("mastodon", 75 if nontech else 30),
                    ],
                )
            ]
        # Names with an apostrophe are worth seeing escaped on Stack Exchange.
        if "'" in p.last and "stackexchange" not in nets:
            if len(nets) == 2:
                nets = ["github" if "github" in nets else "mastodon", "stackexchange"]
            else:
                nets = ["stackexchange"]
        p.networks = [x for x in NETWORKS if x in nets]
    for a, b in hard_pairs:
        if not set(a.networks) & set(b.networks):
            b.networks = sorted({*b.networks[1:], a.networks[0]}, key=NETWORKS.index)
            if len(b.networks) < 1:
                b.networks = [a.networks[0]]
    multi = [p for p in people if len(p.networks) > 1]
    n_cross = round(len(multi) * 0.6)
    modes = ["cross"] * n_cross + ["fuzzy"] * (len(multi) - n_cross)
    rng.shuffle(modes)
    for p in people:
        p.linkage = "single"
    for p, m in zip(multi, modes, strict=True):
        p.linkage = m


def assign_identifiers(rng: Random, people: list[Person], reg: Registry) -> None:
    for p in people:
        fa = ascii_slug(p.first, "")
        la = ascii_slug(p.last, "")
        fh = ascii_slug(p.first, "-")
        nick = NICKNAME.get(p.first)
        na = ascii_slug(nick, "") if nick else None
        yy = f"{p.first_end % 100:02d}"
        # Personal website (~50%, more for cross-linked people who need a shared URL).
        need_site = p.linkage == "cross" and "stackexchange" in p.networks and rng.random() < 0.75
        has_site = need_site or rng.random() < (0.55 if p.linkage == "cross" else 0.42)
        p.website = None
        if has_site:
            for cand in [f"{fh}-{la}", f"{fa}{la}", la, f"{fa[0]}{la}", f"{fa}-{la}-dev"]:
                host = f"{cand}{rng.choice(['.example.dev', '.example.fr', '.example.com'])}"
                if host not in reg.urls:
                    reg.urls.add(host)
                    p.website = f"https://{host}"
                    break
        p.email = None
        if rng.random() < 0.28:
            for cand in [
                f"{fa}.{la}@example.com",
                f"{fa[0]}{la}@example.fr",
                f"{fa}{la}@mail.example.dev",
                f"{la}.{fa}@example.com",
            ]:
                if cand not in reg.emails:
                    reg.emails.add(cand)
                    p.email = cand
                    break
        # Handles: the same person may reuse one; different people never share one.
        gh_cands = [
            f"{fa}{la}",
            f"{fa[0]}{la}",
            f"{fh}-{la}",
            f"{la}{fa[0]}",
            f"{fa}{la[0]}",
            f"{fa}-{la}-dev",
            f"{fa[0]}{la}{yy}",
            f"{la}-{fh}",
            f"{fa}{la}{yy}",
        ]
        if na:
            gh_cands.insert(rng.randint(0, 2), f"{na}{la}")
        if rng.random() < 0.5:
            rng.shuffle(gh_cands)
        p.gh_login = None
        if "github" in p.networks:
            p.gh_login = reg.take_handle(p.pid, gh_cands)
        p.masto_user = None
        if "mastodon" in p.networks:
            m_cands = [
                fa,
                f"{fa}_{la}",
                f"{fa[0]}{la}",
                la,
                f"{fa}{la[0]}",
                f"{fa}_{la}_{yy}",
                f"{la}_{fa}",
            ]
            if na:
                m_cands.insert(1, f"{na}_{la}")
            if rng.random() < 0.15:
                m_cands.insert(0, rng.choice(FUN_HANDLES))
            elif rng.random() < 0.5:
                rng.shuffle(m_cands)
            avoid = {Registry.hkey(p.gh_login)} if p.gh_login and p.linkage == "fuzzy" else set()
            if p.linkage == "cross" and p.gh_login and rng.random() < 0.35:
                m_cands.insert(0, p.gh_login.replace("-", "_"))
            p.masto_user = reg.take_handle(p.pid, m_cands, avoid)
            insts = INSTANCES_FR if p.lang == "fr" else INSTANCES_EN
            if p.family in TECH_FAMILIES and p.lang == "en" and rng.random() < 0.4:
                insts = ["fosstodon.org", "hachyderm.io"]
            p.instance = rng.choice(insts)
        p.twitter = None
        if rng.random() < 0.2:
            avoid = set()
            if p.linkage == "fuzzy":
                avoid = {Registry.hkey(h) for h in (p.gh_login, p.masto_user) if h}
            p.twitter = reg.take_handle(
                p.pid,
                [
                    f"{fa}_{la}"[:15],
                    f"{fa[0]}{la}"[:15],
                    f"{la}{fa[0]}_"[:15],
                    f"{fa}{la}{yy}"[:15],
                    f"{fa}_{la}{yy}"[:15],
                ],
                avoid,
            )
        p.linkedin = None
        if rng.random() < 0.3:
            p.linkedin = f"https://www.linkedin.com/in/{fh}-{la}-{rng.randrange(16**4):04x}"
        while True:
            gid = rng.randint(1_200_000, 158_000_000)
            if gid not in reg.github_ids:
                reg.github_ids.add(gid)
                p.gh_id = gid
                break
        while True:
            uid = rng.randint(40_000, 24_000_000)
            if uid not in reg.se_ids:
                reg.se_ids.add(uid)
                p.se_id = uid
                break
        p.se_account = uid * 3 // 4 + rng.randint(1, 9999)
        while True:
            mid = str(rng.randint(109_000_000_000_000_000, 113_900_000_000_000_000))
            if mid not in reg.masto_ids:
                reg.masto_ids.add(mid)
                p.masto_id = mid
                break


def plan_schools_text(rng: Random, p: Person) -> None:
    """Decide whether the person's longest bio states schools and with which words."""
    p.schools_in_text = rng.random() < 0.7
    p.school_sentences = []
    p.truth_schools = []
    if not p.schools_in_text:
        return
    for s in p.schools:
        sentence, start, end = school_sentence(
            rng, s["id"], s["start"], s["end"], p.lang, p.gender, p.student and s is p.schools[0]
        )
        p.school_sentences.append(sentence)
        p.truth_schools.append({"id": s["id"], "start_year": start, "end_year": end})


# --------------------------------------------------------------------------------------
# Record plans: who says what where
# --------------------------------------------------------------------------------------


def name_variant(rng: Random, p: Person, network: str, primary: bool, eligible_initial: bool):
    full = p.full
    if primary:
        return full
    options = [("full", 35)]
    if strip_accents(full) != full:
        options.append(("ascii", 28))
    if NICKNAME.get(p.first):
        options.append(("nick", 22))
    if (
        network == "stackexchange"
        and eligible_initial
        and p.linkage == "cross"
        and "'" not in p.last
    ):
        options.append(("initial", 14))
    options.append(("lower", 5))
    if p.linkage == "cross":
        options.append(("lastfirst", 5))
    kind = weighted(rng, options)
    if kind == "ascii":
        return strip_accents(full)
    if kind == "nick":
        nick = f"{NICKNAME[p.first]} {p.last}"
        return strip_accents(nick) if rng.random() < 0.3 else nick
    if kind == "initial":
        return f"{p.first} {name_tokens(p.last)[-1][0].upper()}."
    if kind == "lower":
        return full.lower()
    if kind == "lastfirst":
        return f"{p.last.upper()} {p.first}"
    return full


def plan_records(rng: Random, p: Person, eligible_initial: bool) -> dict[str, dict]:
    nets = p.networks
    weights = {"github": 3, "stackexchange": 4, "mastodon": 4}
    primary = nets[0] if len(nets) == 1 else weighted(rng, [(n, weights[n]) for n in nets])
    others = [s for s in p.skills[1:]]
    p.shared2 = rng.choice(others) if others else None
    # Where the person's contact points appear.
    if p.linkage == "fuzzy":
        site_net = rng.choice(nets) if p.website else None
        mail_net = (
            rng.choice([n for n in nets if n != "stackexchange"] or [None]) if p.email else None
        )
    else:
        site_net = "all" if p.website else None
        mail_net = "all" if p.email else None
    plans = {}
    for net in nets:
        is_primary = net == primary
        lang = p.lang
        if not is_primary and p.lang == "fr":
            if net == "github" and rng.random() < 0.15:
                lang = "en"
            if net == "stackexchange" and rng.random() < 0.25:
                lang = "en"
        if is_primary:
            mention = list(p.skills)
        else:
            extra = [s for s in p.skills[1:]]
            rng.shuffle(extra)
            k = rng.randint(0, min(3, len(extra)))
            mention = [p.skills[0], *extra[:k]]
            if p.linkage == "fuzzy" and p.shared2 and p.shared2 not in mention:
                mention.append(p.shared2)
        has_loc = p.linkage == "fuzzy" or rng.random() < 0.93
        plan = {
            "net": net,
            "primary": is_primary,
            "lang": lang,
            "mention": mention,
            "name": name_variant(rng, p, net, is_primary, eligible_initial),
            "location": city_variant(rng, p, lang) if has_loc else None,
            "site": p.website if site_net in ("all", net) else None,
            "email": p.email if mail_net in ("all", net) else None,
        }
        plans[net] = plan
    # Cross-links between a person's own profiles.
    p.gh_lists_masto = p.masto_field_github = p.se_links = False
    if p.linkage == "cross":
        if "github" in nets and "mastodon" in nets:
            roll = rng.random()
            p.gh_lists_masto = roll < 0.75
            p.masto_field_github = roll >= 0.45
        if "stackexchange" in nets and not p.website:
            p.se_links = True
        if not p.website and nets == ["github", "stackexchange"]:
            p.se_links = True
    return plans


# --------------------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------------------


def bio_sentences(rng: Random, p: Person, plan: dict, with_location_phrase: bool) -> list[str]:
    lang = plan["lang"]
    out: list[str] = []
    if plan["primary"]:
        out.append(title_sentence(rng, p, lang))
        out.append(skills_sentence(rng, p, plan["mention"], lang, primary=True))
        if with_location_phrase:
            out.append(location_phrase(rng, p, lang))
        out += p.school_sentences
        if p.past_company:
            out.append(past_sentence(rng, p, lang))
        if p.open_to_work:
            out.append(open_sentence(rng, lang))
        if rng.random() < 0.6:
            out.append(hobby_sentence(rng, p, lang))
        return out
    if rng.random() < 0.6 or not plan["mention"]:
        out.append(title_sentence(rng, p, lang))
    if plan["mention"]:
        out.append(skills_sentence(rng, p, plan["mention"], lang))
    if with_location_phrase:
        out.append(location_phrase(rng, p, lang))
    if p.open_to_work and rng.random() < 0.5:
        out.append(open_sentence(rng, lang))
    return out


def make_repos(rng: Random, p: Person, login: str, plan: dict, need_anchor: bool) -> list[dict]:
    n = rng.randint(2, 6) if plan["primary"] else rng.randint(0, 5)
    if p.family in ("product-design", "business"):
        n = rng.randint(0, 2)
    if need_anchor:
        n = max(n, 1)
    lang = plan["lang"]
    repos, names = [], set()
    lang_skills = [s for s in p.skills if SKILLS[s]["lang"]]
    for i in range(n):
        main = (
            p.skills[0]
            if (i == 0 and (need_anchor or rng.random() < 0.5))
            else rng.choice(lang_skills or p.skills)
        )
        noun_slug, noun_en, noun_fr = rng.choice(REPO_NOUNS)
        name = f"{SKILLS[main]['topic']}-{noun_slug}"
        if name in names:
            continue
        names.add(name)
        topics = [SKILLS[main]["topic"]]
        extra = [s for s in p.skills if s != main]
        for s in rng.sample(extra, rng.randint(0, min(3, len(extra)))):
            topics.append(SKILLS[s]["topic"])
        if rng.random() < 0.25:
            topics = topics[:1] if need_anchor and i == 0 else []
        language = SKILLS[main]["lang"]
        if not language:
            others = [SKILLS[s]["lang"] for s in p.skills if SKILLS[s]["lang"]]
            if others:
                language = rng.choice(others)
            elif p.family == "data-ml":
                language = "Jupyter Notebook"
            elif p.family in ("devops", "data-eng"):
                language = "Dockerfile" if "docker" in p.skills else "Shell"
            else:
                language = None
        form = SKILLS[main]["fr"] if lang == "fr" and SKILLS[main]["fr"] else SKILLS[main]["en"]
        second = [SKILLS[s]["en"] for s in p.skills if s != main]
        if rng.random() < 0.15:
            description = None
        elif lang == "fr":
            description = rng.choice(
                [
                    f"{cap(noun_fr)} en {form}.",
                    f"Mes notes et exemples autour de {form}.",
                    f"{cap(noun_fr)} pour mes projets {form}.",
                ]
                if not second or rng.random() < 0.5
                else [f"Expérimentations avec {form} et {rng.choice(second)}."]
            )
        else:
            description = rng.choice(
                [
                    f"A small {noun_en} written in {form}.",
                    f"My {form} {noun_en}.",
                    f"{cap(noun_en)} for {form} projects.",
                ]
                if not second or rng.random() < 0.5
                else [f"Experiments with {form} and {rng.choice(second)}."]
            )
        stars = int(rng.paretovariate(1.3)) - 1
        pushed = rand_dt(rng, dt(2019), NOW - timedelta(days=2))
        repos.append(
            {
                "name": name,
                "full_name": f"{login}/{name}",
                "html_url": f"https://github.com/{login}/{name}",
                "description": description,
                "fork": False,
                "language": language,
                "topics": topics,
                "stargazers_count": min(stars, 4800),
                "forks_count": min(stars // 6, 700),
                "pushed_at": iso_z(pushed),
                "archived": False,
            }
        )
    repos.sort(key=lambda r: r["pushed_at"], reverse=True)
    return repos


def site_variant(rng: Random, url: str, net: str) -> str:
    """The same site, written the way people do in each place."""
    host = url.split("://", 1)[1]
    if net == "github":
        return weighted(rng, [(url, 60), (host, 25), (url + "/", 15)])
    if net == "stackexchange":
        return weighted(rng, [(url, 75), (url + "/", 15), ("http://" + host, 10)])
    return url


def github_payload(rng: Random, p: Person, plan: dict) -> dict:
    login = p.gh_login
    bio_present = plan["primary"] or p.linkage == "fuzzy" or rng.random() < 0.85
    loc_in_field = plan["location"] is not None and (not bio_present or rng.random() < 0.85)
    loc_phrase = plan["location"] is not None and not loc_in_field
    bio = " ".join(bio_sentences(rng, p, plan, loc_phrase)) if bio_present else None
    repos = make_repos(rng, p, login, plan, need_anchor=not bio_present)
    created = rand_dt(rng, dt(2009, 6), dt(2023, 6))
    social = []
    if p.masto_user and p.gh_lists_masto:
        social.append({"provider": "mastodon", "url": f"https://{p.instance}/@{p.masto_user}"})
    if p.linkedin and (p.linkage != "fuzzy" or plan["primary"]):
        social.append({"provider": "linkedin", "url": p.linkedin})
    if p.twitter and rng.random() < 0.5:
        social.append({"provider": "twitter", "url": f"https://twitter.com/{p.twitter}"})
    if rng.random() < 0.08:
        social.append(
            {"provider": "generic", "url": f"https://bsky.app/profile/{login}.bsky.social"}
        )
    company = None
    if p.company and rng.random() < 0.75:
        handle = ascii_slug(p.company.replace("&", "and"), rng.choice(["", "-"]))
        company = f"@{handle}" if rng.random() < 0.6 else p.company
    name = plan["name"]
    if p.linkage == "single" and rng.random() < 0.06:
        name = None
    followers = int(rng.paretovariate(1.1) * 3) - 3
    return {
        "login": login,
        "id": p.gh_id,
        "node_id": base64.b64encode(f"04:User{p.gh_id}".encode()).decode(),
        "avatar_url": f"https://avatars.githubusercontent.com/u/{p.gh_id}?v=4",
        "html_url": f"https://github.com/{login}",
        "type": "User",
        "site_admin": False,
        "name": name,
        "company": company,
        "blog": site_variant(rng, plan["site"], "github") if plan["site"] else "",
        "location": plan["location"] if loc_in_field else None,
        "email": plan["email"],
        "hireable": True if (p.open_to_work or rng.random() < 0.08) else None,
        "bio": bio,
        "twitter_username": p.twitter
        if p.twitter and (p.linkage != "fuzzy" or plan["primary"])
        else None,
        "public_repos": len(repos) + rng.randint(0, 45),
        "public_gists": rng.randint(0, 12),
        "followers": min(followers, 9000),
        "following": rng.randint(0, 180),
        "created_at": iso_z(created),
        "updated_at": iso_z(rand_dt(rng, dt(2025, 3), NOW - timedelta(days=1))),
        "repos": repos,
        "social_accounts": social,
    }


def se_link(p: Person, display: str) -> str:
    slug = ascii_slug(display) or "user"
    return f"https://stackoverflow.com/users/{p.se_id}/{slug}"


def se_payload(rng: Random, p: Person, plan: dict) -> dict:
    anchor = p.skills[0]
    tag_skills = [s for s in plan["mention"] if SKILLS[s]["se"]]
    needs_text = (
        plan["primary"]
        or p.linkage == "fuzzy"
        or not SKILLS[anchor]["se"]
        or p.se_links
        or rng.random() < 0.55
    )
    paragraphs: list[str] = []
    if needs_text:
        sentences = bio_sentences(rng, p, plan, with_location_phrase=False)
        if plan["primary"] and len(sentences) > 2:
            head, tail = sentences[:2], sentences[2:]
            paragraphs = [" ".join(head), " ".join(tail)]
        else:
            paragraphs = [" ".join(sentences)]
        paragraphs = [esc_body(x) for x in paragraphs]
        links = []
        if p.se_links and p.gh_login:
            url = f"https://github.com/{p.gh_login}"
            links.append(f'<a href="{url}" rel="nofollow noreferrer">{url[8:]}</a>')
        if p.se_links and p.masto_user and (not p.gh_login or rng.random() < 0.5):
            url = f"https://{p.instance}/@{p.masto_user}"
            links.append(f'<a href="{url}" rel="nofollow noreferrer">{url}</a>')
        if links:
            word = "Ailleurs : " if plan["lang"] == "fr" else "Elsewhere: "
            paragraphs.append(word + " · ".join(links))
    about = "".join(f"<p>{x}</p>\n\n" for x in paragraphs) if paragraphs else None
    rep = max(1, int(rng.lognormvariate(5.5, 1.9)))
    created = rand_dt(rng, dt(2009, 1), dt(2023, 12))
    last_access = rand_dt(rng, dt(2025, 6), NOW - timedelta(hours=3))
    display = plan["name"]
    tags = []
    chosen = [s for s in tag_skills]
    if anchor in chosen:
        chosen.remove(anchor)
        chosen.insert(0, anchor)
    for rank, s in enumerate(chosen[: rng.randint(2, 6)] if plan["primary"] else chosen):
        scale = max(1, rep // (200 * (rank + 1)))
        answers = rng.randint(1, 3 + scale)
        questions = rng.randint(0, 2 + scale // 4)
        tags.append(
            {
                "user_id": p.se_id,
                "answer_count": answers,
                "answer_score": answers * rng.randint(0, 6) + rng.randint(0, 5),
                "question_count": questions,
                "question_score": questions * rng.randint(0, 3),
                "tag_name": SKILLS[s]["se"],
            }
        )
    tags.sort(key=lambda t: (-t["answer_score"], t["tag_name"]))
    if (
        p.skills[0] in tag_skills
        and not needs_text
        and not any(t["tag_name"] == SKILLS[anchor]["se"] for t in tags)
    ):
        raise AssertionError("anchor tag lost")
    payload = {
        "badge_counts": {
            "bronze": rng.randint(1, 8) + rep // 350,
            "silver": rep // 1800,
            "gold": rep // 25000,
        },
        "account_id": p.se_account,
        "is_employee": False,
        "last_modified_date": int(rand_dt(rng, created, last_access).timestamp()),
        "last_access_date": int(last_access.timestamp()),
        "reputation_change_year": min(rep, rng.randint(0, 30) * (1 + rep // 2000)),
        "reputation": rep,
        "creation_date": int(created.timestamp()),
        "user_type": "registered",
        "user_id": p.se_id,
    }
    if rng.random() < 0.3:
        payload["accept_rate"] = rng.choice([40, 50, 60, 67, 75, 80, 88, 100])
    if plan["location"]:
        payload["location"] = esc_se(plan["location"])
    if plan["site"]:
        payload["website_url"] = site_variant(rng, plan["site"], "stackexchange")
    payload["link"] = se_link(p, display)
    if rng.random() < 0.6:
        digest = hashlib.md5(f"vivier-demo-{p.se_account}".encode()).hexdigest()
        payload["profile_image"] = (
            f"https://www.gravatar.com/avatar/{digest}?s=256&d=identicon&r=PG"
        )
    else:
        code = "".join(
            rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            for _ in range(7)
        )
        payload["profile_image"] = f"https://i.sstatic.net/{code}.jpg?s=256"
    payload["display_name"] = esc_se(display)
    if about:
        payload["about_me"] = about
    payload["top_tags"] = tags
    return payload


def masto_link(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return (
        f'<a href="{url}" rel="nofollow noopener noreferrer me" target="_blank">'
        f'<span class="invisible">{scheme}://</span><span class="">{rest}</span>'
        f'<span class="invisible"></span></a>'
    )


def masto_tag(instance: str, tag: str) -> str:
    return (
        f'<a href="https://{instance}/tags/{tag.lower()}" class="mention hashtag" '
        f'rel="tag">#<span>{tag}</span></a>'
    )


def verified(rng: Random) -> str:
    t = rand_dt(rng, dt(2022, 11), NOW - timedelta(days=3))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}+00:00"


def masto_payload(rng: Random, p: Person, plan: dict) -> dict:
    inst, user, lang = p.instance, p.masto_user, plan["lang"]
    anchor = p.skills[0]
    fields = []
    loc_where = None
    if plan["location"]:
        loc_where = "field" if rng.random() < 0.55 else "note"
    if loc_where == "field":
        fields.append(
            {
                "name": rng.choice(["Lieu", "Ville"]) if lang == "fr" else "Location",
                "value": esc_html(plan["location"]),
                "verified_at": None,
            }
        )
    # Hashtags: for secondary profiles some mentioned skills move from the text to tags;
    # the primary profile keeps every skill in the text and repeats a few as tags.
    mention = list(plan["mention"])
    if plan["primary"]:
        tagged = [s for s in mention if SKILLS[s]["tag"] and rng.random() < 0.35]
        text_plan = plan
    else:
        tagged = [s for s in mention if SKILLS[s]["tag"] and rng.random() < 0.45]
        # The anchor leaves the text only when its hashtag is itself a surface form
        # (#python, #rust), so a search for the anchor still finds the note.
        a_tag = (SKILLS[anchor]["tag"] or "").lower()
        if anchor in tagged and a_tag not in {
            fold(f) for f in [SKILLS[anchor]["en"], *SKILLS[anchor]["alts"]]
        }:
            tagged.remove(anchor)
        text_plan = dict(plan, mention=[s for s in mention if s not in tagged])
    sentences = bio_sentences(rng, p, text_plan, with_location_phrase=loc_where == "note")
    if plan["primary"] and len(sentences) > 3:
        paras = [sentences[:2], sentences[2:]]
    else:
        paras = [sentences]
    html_paras = [esc_html(" ".join(x)) for x in paras]
    if tagged:
        html_paras.append(" ".join(masto_tag(inst, SKILLS[s]["tag"]) for s in tagged))
    note = "".join(f"<p>{x}</p>" for x in html_paras)
    if plan["site"]:
        fields.append(
            {
                "name": rng.choice(["Site", "Web", "Blog"])
                if lang == "fr"
                else rng.choice(["Website", "Web", "Blog"]),
                "value": masto_link(plan["site"]),
                "verified_at": verified(rng)
                if (p.linkage == "cross" or rng.random() < 0.5)
                else None,
            }
        )
    if p.gh_login and p.masto_field_github:
        fields.append(
            {
                "name": "GitHub",
                "value": masto_link(f"https://github.com/{p.gh_login}"),
                "verified_at": verified(rng) if rng.random() < 0.5 else None,
            }
        )
    if plan["email"]:
        fields.append({"name": "Contact", "value": esc_html(plan["email"]), "verified_at": None})
    if p.linkedin and p.linkage == "cross" and rng.random() < 0.4:
        fields.append({"name": "LinkedIn", "value": masto_link(p.linkedin), "verified_at": None})
    if rng.random() < 0.3 and len(fields) < 4:
        pron = {"f": ("elle", "she/her"), "m": ("il", "he/him")}[p.gender]
        fields.append(
            {
                "name": "Pronoms" if lang == "fr" else "Pronouns",
                "value": pron[0] if lang == "fr" else pron[1],
                "verified_at": None,
            }
        )
    fields = fields[:4]
    created = rand_dt(rng, dt(2017, 4), dt(2024, 12)).replace(hour=0, minute=0, second=0)
    avatar_id = "/".join(p.masto_id[i : i + 3] for i in range(0, 18, 3))
    media = MEDIA_HOST[inst]
    avatar = (
        f"https://{media}/accounts/avatars/{avatar_id}/original/"
        f"{rng.randrange(16**16):016x}.{rng.choice(['png', 'jpg', 'jpeg'])}"
    )
    header = (
        f"https://{media}/accounts/headers/{avatar_id}/original/{rng.randrange(16**16):016x}.jpg"
        if rng.random() < 0.6
        else f"https://{inst}/headers/original/missing.png"
    )
    display = plan["name"]
    if rng.random() < 0.1:
        display += " " + rng.choice(["☕", "🌿", "🚲", "✨", "🐙"])
    return {
        "id": p.masto_id,
        "username": user,
        "acct": user if inst == "mastodon.social" else f"{user}@{inst}",
        "display_name": display,
        "locked": False,
        "bot": False,
        "discoverable": True,
        "group": False,
        "created_at": created.strftime("%Y-%m-%dT00:00:00.000Z"),
        "note": note,
        "url": f"https://{inst}/@{user}",
        "avatar": avatar,
        "avatar_static": avatar,
        "header": header,
        "header_static": header,
        "followers_count": max(0, int(rng.paretovariate(1.2) * 20) - 15),
        "following_count": rng.randint(3, 600),
        "statuses_count": rng.randint(1, 9000),
        "last_status_at": rand_dt(rng, dt(2025, 1), NOW - timedelta(days=1)).strftime("%Y-%m-%d"),
        "emojis": [],
        "fields": fields,
    }


def make_record(p: Person, net: str, payload: dict) -> dict:
    if net == "github":
        return {
            "source": "github",
            "external_id": str(payload["id"]),
            "handle": payload["login"],
            "url": payload["html_url"],
            "payload": payload,
        }
    if net == "stackexchange":
        return {
            "source": "stackexchange",
            "external_id": str(payload["user_id"]),
            "handle": html.unescape(payload["display_name"]),
            "url": payload["link"],
            "payload": payload,
        }
    inst = p.instance
    return {
        "source": "mastodon",
        "external_id": f"{payload['username']}@{inst}",
        "handle": f"@{payload['username']}@{inst}",
        "url": payload["url"],
        "payload": payload,
    }


# --------------------------------------------------------------------------------------
# Odd and hostile content (still belonging to a person)
# --------------------------------------------------------------------------------------


def add_hostile(rng: Random, records: list[dict], owner: dict[int, Person]) -> list[str]:
    notes = []
    by = defaultdict(list)
    for i, r in enumerate(records):
        by[r["source"]].append(i)
    used: set[int] = set()

    def pick(source, cond):
        cands = [i for i in by[source] if i not in used and cond(records[i])]
        i = rng.choice(cands)
        used.add(i)
        return i

    # 1. <script> in a Stack Exchange about_me.
    i = pick("stackexchange", lambda r: "about_me" in r["payload"])
    r = records[i]["payload"]
    r["about_me"] = r["about_me"].rstrip("\n") + "\n<script>alert(1)</script>\n"
    notes.append(f"script tag in about_me: stackexchange {records[i]['external_id']}")
    # 2. A very long about_me (~5,000 characters of repetition).
    i = pick("stackexchange", lambda r: "about_me" in r["payload"] and owner[id(r)].lang == "fr")
    r = records[i]["payload"]
    filler = "Je relis toujours mes revues de code deux fois, puis une troisième. "
    r["about_me"] += "<p>" + filler * 75 + "</p>\n"
    notes.append(f"~{len(r['about_me'])} chars about_me: stackexchange {records[i]['external_id']}")
    # 3. Broken markup and entity soup in an about_me.
    i = pick("stackexchange", lambda r: "about_me" in r["payload"])
    r = records[i]["payload"]
    r["about_me"] = (
        "<p><b>&nbsp;&#9733;&#x2728; "
        + r["about_me"].removeprefix("<p>").replace("</p>", "<i></p>", 1)
        + "<p>&lt;3 &amp;&amp; &quot;bonjour&quot; "
        "&#128640;</p>"
    )
    notes.append(f"broken HTML + entities in about_me: stackexchange {records[i]['external_id']}")
    # 4. Emoji in a GitHub bio.
    i = pick("github", lambda r: r["payload"]["bio"])
    r = records[i]["payload"]
    r["bio"] = "🚀 " + r["bio"] + " ☕🇫🇷✨"
    notes.append(f"emoji in bio: github {records[i]['external_id']}")
    # 5. Zero-width spaces in a GitHub bio and name.
    i = pick("github", lambda r: r["payload"]["bio"] and r["payload"]["name"])
    r = records[i]["payload"]
    r["bio"] = "\u200b" + r["bio"].replace(". ", ".\u200b ") + "\u200b"
    r["name"] = r["name"].replace(" ", "\u200b ", 1)
    notes.append(f"zero-width spaces in bio and name: github {records[i]['external_id']}")
    # 6. Entities and an <img onerror> in a (plain-text) GitHub bio.
    i = pick("github", lambda r: r["payload"]["bio"])
    r = records[i]["payload"]
    r["bio"] = r["bio"] + ' R&amp;D &lt;3 <img src=x onerror="alert(2)">'
    notes.append(f"entities + img onerror in bio: github {records[i]['external_id']}")
    # 7. Decomposed (NFD) accents in a Mastodon note and display name.
    i = pick(
        "mastodon",
        lambda r: (
            strip_accents(r["payload"]["display_name"]) != r["payload"]["display_name"]
            and not (
                set(owner[id(r)].skills[:1])
                & {"machine-learning", "embedded-systems", "sales", "recruiting"}
            )
        ),
    )
    r = records[i]["payload"]
    r["display_name"] = unicodedata.normalize("NFD", r["display_name"])
    r["note"] = unicodedata.normalize("NFD", r["note"])
    notes.append(f"NFD accents in note and display_name: mastodon {records[i]['external_id']}")
    # 8. Emoji with a zero-width joiner and a ZWSP in a Mastodon display name.
    i = pick("mastodon", lambda r: True)
    r = records[i]["payload"]
    r["display_name"] = r["display_name"] + " 👩\u200d💻\u200b"
    r["note"] = r["note"].replace("</p>", " 🎉🎉</p>", 1)
    notes.append(f"ZWJ emoji + ZWSP in display_name: mastodon {records[i]['external_id']}")
    return notes


# --------------------------------------------------------------------------------------
# Employees
# --------------------------------------------------------------------------------------


def build_employees(rng: Random, people: list[Person], reg: Registry) -> list[dict]:
    departments = (
        ["Engineering"] * 30
        + ["Data"] * 10
        + ["Product"] * 8
        + ["Sales"] * 10
        + ["People"] * 6
        + ["Marketing"] * 6
        + ["Finance"] * 3
        + ["Operations"] * 3
    )
    rng.shuffle(departments)
    with_schools = [
        p
        for p in people
        if p.truth_schools
        and all(
            (y or 0) <= NOW.year - 1
            for s in p.truth_schools
            for y in (s["start_year"], s["end_year"])
        )
    ]
    used_emails: set[str] = set()
    used_slack: set[str] = set()
    rows = []
    n = len(departments)
    for i in range(n):
        abroad = i in (5, 41)
        while True:
            if abroad:
                origin = "en" if i == 5 else "eu"
            else:
                origin = weighted(
                    rng,
                    [("fr", 75), ("maghreb", 10), ("asia", 6), ("africa", 3), ("eu", 4), ("en", 2)],
                )
            first, last = pick_name(rng, origin, rng.choice("fm"))
            keys = name_keys(first, last)
            if not keys & reg.name_keys:
                break
        reg.name_keys |= keys
        email = f"{ascii_slug(first, '-')}.{ascii_slug(last, '')}@vivier-demo.example"
        if email in used_emails:
            email = email.replace("@", f"{i}@")
        used_emails.add(email)
        language = "en" if (abroad or origin in ("en", "eu") or rng.random() < 0.05) else "fr"
        entries = []
        ids = []
        if abroad:
            sid = "trinity-college-dublin" if i == 5 else "tu-delft"
            start = rng.randint(2008, 2016)
            entries.append((sid, rng.choice(PROGRAMMES["foreign"][:3]), start, start + 4))
        elif i < 52:
            # Shares a school with a sample person; the first 30 also overlap in years.
            target = with_schools[(i * 7) % len(with_schools)]
            ts = target.truth_schools[0]
            sid = ts["id"]
            known = ts["end_year"] if ts["end_year"] is not None else ts["start_year"]
            if i < 30:
                start = known - rng.randint(1, 4)
                end = min(known + rng.randint(0, 2), NOW.year - 1)
            else:
                end = known - rng.randint(7, 12) if known > 2012 else known + rng.randint(8, 10)
                start = end - rng.randint(2, 5)
                if end > NOW.year:
                    end, start = known - 7, known - 11
            entries.append((sid, rng.choice(PROGRAMMES[SCHOOLS[sid][1]]), start, end))
        else:
            kind = weighted(rng, [("eng", 40), ("uni", 25), ("biz", 20), ("coding", 15)])
            sid = rng.choice([s for s, (_, k) in SCHOOLS.items() if k == kind])
            end = rng.randint(2002, NOW.year - 1)
            entries.append((sid, rng.choice(PROGRAMMES[kind]), end - rng.randint(2, 5), end))
        if rng.random() < 0.25:
            kind = weighted(rng, [("biz", 40), ("uni", 40), ("foreign", 20)])
            sid2 = rng.choice(
                [s for s, (_, k) in SCHOOLS.items() if k == kind and s != entries[0][0]]
            )
            s2 = entries[0][3] + rng.choice([0, 1])
            e2 = s2 + rng.choice([1, 2])
            if e2 > NOW.year - 1:
                s2, e2 = entries[0][2] - 3, entries[0][2] - 1
            entries.append((sid2, rng.choice(PROGRAMMES[kind]), s2, e2))
        school_cells = []
        for sid, prog, start, end in entries:
            forms = [f for f in SCHOOLS[sid][0] if f not in ("X", "l'X")]
            school_cells.append(f"{rng.choice(forms)}|{prog}|{start}-{end}")
            ids.append((sid, start, end))
        while True:
            slack = "U0" + "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)
            )
            if slack not in used_slack:
                used_slack.add(slack)
                break
        past = rng.sample(COMPANIES, rng.randint(0, 3))
        rows.append(
            {
                "employee_id": f"E{1001 + i}",
                "email": email,
                "full_name": f"{first} {last}",
                "language": language,
                "department": departments[i],
                "slack_id": slack,
                "schools": ";".join(school_cells),
                "past_employers": ";".join(past),
                "_schools": ids,
            }
        )
    return rows


# --------------------------------------------------------------------------------------
# Demo searches
# --------------------------------------------------------------------------------------

DEMO_SEARCHES = [
    {
        "name": "Développeur·se Python à Lyon",
        "skills": ["Python", "Django"],
        "keywords": [],
        "location": "Lyon",
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Backend Python (toute la France)",
        "skills": ["Python", "FastAPI", "Django"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Frontend JavaScript / React",
        "skills": ["JavaScript", "TypeScript", "React"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Data scientist / machine learning",
        "skills": ["machine learning", "deep learning", "PyTorch"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Data engineer",
        "skills": ["data engineering", "Spark", "Airflow"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "SRE / DevOps Kubernetes",
        "skills": ["Kubernetes", "Terraform"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "JVM et Android",
        "skills": ["Java", "Kotlin", "Android"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Systèmes et embarqué (Rust, C++)",
        "skills": ["Rust", "C++", "embedded"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Web PHP ou C#/.NET",
        "skills": ["PHP", "Symfony", "C#"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
    {
        "name": "Produit, design et business",
        "skills": ["UX design", "product management", "sales"],
        "keywords": [],
        "location": None,
        "sources": ["sample"],
        "limit": 50,
    },
]


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------


def generate():
    rng = Random(SEED)
    people, reg, hard_pairs = build_people(rng)
    assign_networks(rng, people, hard_pairs)
    assign_identifiers(rng, people, reg)
    for p in people:
        plan_schools_text(rng, p)
    # "Camille R." only when no one else could be "Camille R.", and never "X C.".
    initials = Counter()
    for p in people:
        for f in first_forms(p.first):
            initials[(f, name_tokens(p.last)[-1][0])] += 1
    records, owner = [], {}
    for p in people:
        initial = name_tokens(p.last)[-1][0]
        eligible = initial != "c" and all(initials[(f, initial)] == 1 for f in first_forms(p.first))
        plans = plan_records(rng, p, eligible)
        p.records = []
        for net in p.networks:
            plan = plans[net]
            payload = {
                "github": github_payload,
                "stackexchange": se_payload,
                "mastodon": masto_payload,
            }[net](rng, p, plan)
            rec = make_record(p, net, payload)
            owner[id(rec)] = p
            p.records.append(rec)
            records.append(rec)
    hostile = add_hostile(rng, records, owner)
    records.sort(key=lambda r: (r["source"], r["external_id"]))
    employees = build_employees(rng, people, reg)
    return people, records, employees, hard_pairs, hostile


def write_outputs(people, records, employees, hard_pairs) -> None:
    NETWORK_PATH.parent.mkdir(parents=True, exist_ok=True)
    TRUTH_PATH.parent.mkdir(parents=True, exist_ok=True)
    with NETWORK_PATH.open("w", encoding="utf-8", newline="\n") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    truth = {"people": [], "hard_negative_pairs": []}
    for p in sorted(people, key=lambda p: p.pid):
        truth["people"].append(
            {
                "person_id": p.pid,
                "full_name": p.full,
                "city": p.city,
                "family": p.family,
                "skills": list(p.skills),
                "schools": p.truth_schools,
                "identities": sorted(
                    ({"source": r["source"], "external_id": r["external_id"]} for r in p.records),
                    key=lambda x: (x["source"], x["external_id"]),
                ),
            }
        )
    truth["hard_negative_pairs"] = sorted(sorted([a.pid, b.pid]) for a, b in hard_pairs)
    TRUTH_PATH.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    buf = io.StringIO()
    cols = [
        "employee_id",
        "email",
        "full_name",
        "language",
        "department",
        "slack_id",
        "schools",
        "past_employers",
    ]
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(employees)
    EMPLOYEES_PATH.write_text(buf.getvalue(), encoding="utf-8")
    SEARCHES_PATH.write_text(
        json.dumps(DEMO_SEARCHES, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------------------------------
# Self-check (reads the written files back)
# --------------------------------------------------------------------------------------


def _norm_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    host_path = url.split("://", 1)[1].split("?", 1)[0].rstrip("/").lower()
    host_path = host_path.removeprefix("www.")
    if host_path.startswith(("twitter.com/", "x.com/")):
        host_path = "x.com/" + host_path.split("/", 1)[1]
    return host_path


def record_text(r: dict) -> str:
    """The searchable text of a record, as the self-check reads it."""
    p = r["payload"]
    parts = []
    if r["source"] == "github":
        parts.append(p.get("bio") or "")
        for repo in p["repos"]:
            parts += [repo["name"], repo["description"] or ""]
    elif r["source"] == "stackexchange":
        parts.append(html_text(p.get("about_me") or ""))
    else:
        parts.append(html_text(p["note"]))
        for f in p["fields"]:
            parts.append(f"{f['name']}: {html_text(f['value'])}")
    return "\n".join(parts)


def record_skills(r: dict) -> set[str]:
    p = r["payload"]
    found = skills_in_text(record_text(r))
    if r["source"] == "github":
        for repo in p["repos"]:
            found |= {TOPIC_TO_SKILL[t] for t in repo["topics"]}
            if repo["language"] in LANG_TO_SKILL:
                found.add(LANG_TO_SKILL[repo["language"]])
    elif r["source"] == "stackexchange":
        found |= {SE_TAG_TO_SKILL[t["tag_name"]] for t in p["top_tags"]}
    return found


def record_has_location(r: dict, city: str) -> bool:
    p = r["payload"]
    _, fr_forms, en_forms = CITIES[city]
    names = {fold(f.split(",")[0].split("/")[0].split("(")[0].strip()) for f in fr_forms + en_forms}
    if r["source"] == "github":
        field, text = p.get("location") or "", p.get("bio") or ""
    elif r["source"] == "stackexchange":
        field, text = html.unescape(p.get("location") or ""), ""
    else:
        field = " ".join(
            html_text(f["value"]) for f in p["fields"] if f["name"] in ("Location", "Lieu", "Ville")
        )
        text = html_text(p["note"])
    blob = fold(unicodedata.normalize("NFC", f"{field}\n{text}"))
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", blob) for n in names)


def record_keys(r: dict) -> tuple[set[str], set[str]]:
    """(own identifiers, identifiers it points to) for cross-link analysis."""
    p = r["payload"]
    own = {_norm_url(r["url"])}
    refs: set[str] = set()
    if r["source"] == "github":
        if p["blog"]:
            refs.add(_norm_url(p["blog"]))
        if p["email"]:
            refs.add("mailto:" + p["email"].lower())
        if p["twitter_username"]:
            refs.add(_norm_url("https://x.com/" + p["twitter_username"]))
        refs |= {_norm_url(a["url"]) for a in p["social_accounts"]}
    elif r["source"] == "stackexchange":
        if p.get("website_url"):
            refs.add(_norm_url(p["website_url"]))
        refs |= {_norm_url(h) for h in re.findall(r'href="([^"]+)"', p.get("about_me") or "")}
    else:
        for f in p["fields"]:
            hrefs = re.findall(r'href="([^"]+)"', f["value"])
            refs |= {_norm_url(h) for h in hrefs}
            if f["name"] == "Contact":
                refs.add("mailto:" + html.unescape(f["value"]).lower())
    return own, refs


def check(people, hostile) -> None:
    errors: list[str] = []

    def expect(cond, message):
        if not cond:
            errors.append(message)

    lines = NETWORK_PATH.read_text(encoding="utf-8").splitlines()
    records = [json.loads(x) for x in lines]
    truth = json.loads(TRUTH_PATH.read_text(encoding="utf-8"))
    employees = list(csv.DictReader(io.StringIO(EMPLOYEES_PATH.read_text(encoding="utf-8"))))
    searches = json.loads(SEARCHES_PATH.read_text(encoding="utf-8"))

    expect(
        all(list(r) == ["source", "external_id", "handle", "url", "payload"] for r in records),
        "record keys",
    )
    order = [(r["source"], r["external_id"]) for r in records]
    expect(order == sorted(order), "records not sorted by source, external_id")
    expect(len(set(order)) == len(order), "duplicate (source, external_id)")
    by_key = {(r["source"], r["external_id"]): r for r in records}
    tpeople = truth["people"]
    expect(len(records) >= 320, f"only {len(records)} records")
    expect(len(tpeople) >= 170, f"only {len(tpeople)} people")
    expect(len(employees) >= 70, f"only {len(employees)} employees")

    # Every identity exists exactly once; every record belongs to exactly one person.
    claimed = Counter((i["source"], i["external_id"]) for tp in tpeople for i in tp["identities"])
    expect(all(k in by_key for k in claimed), "identity missing from JSONL")
    expect(all(v == 1 for v in claimed.values()), "identity claimed twice")
    expect(set(claimed) == set(by_key), "record without a person")

    # Skills: anchor in every record, nothing outside the person's skills, all covered.
    anchor_misses, foreign, uncovered = [], [], []
    loc_count = 0
    school_mismatch = []
    for tp in tpeople:
        skills = set(tp["skills"])
        anchor = FAMILIES[tp["family"]][0]
        expect(tp["skills"][0] == anchor, f"{tp['person_id']}: anchor not first")
        expect(3 <= len(skills) <= 7, f"{tp['person_id']}: {len(skills)} skills")
        seen, schools_seen = set(), set()
        for ident in tp["identities"]:
            r = by_key[(ident["source"], ident["external_id"])]
            found = record_skills(r)
            seen |= found
            if anchor not in found:
                anchor_misses.append(f"{tp['person_id']} {ident['source']}")
            if found - skills:
                foreign.append(f"{tp['person_id']} {ident['source']}: {sorted(found - skills)}")
            loc_count += record_has_location(r, tp["city"])
            schools_seen |= schools_in_text(record_text(r))
        if seen != skills:
            uncovered.append(f"{tp['person_id']}: {sorted(skills - seen)}")
        if schools_seen != {s["id"] for s in tp["schools"]}:
            school_mismatch.append(
                f"{tp['person_id']}: text {sorted(schools_seen)} vs truth "
                f"{sorted(s['id'] for s in tp['schools'])}"
            )
    expect(not anchor_misses, f"anchor missing: {anchor_misses[:5]}")
    expect(not foreign, f"skills outside the person's: {foreign[:5]}")
    expect(not uncovered, f"skills never mentioned: {uncovered[:5]}")
    expect(not school_mismatch, f"schools: {school_mismatch[:5]}")
    expect(loc_count >= 0.85 * len(records), f"location on only {loc_count}/{len(records)}")

    # The anchor's surface form (not only a tag) is in each record's payload text.
    for tp in tpeople:
        s = SKILLS[FAMILIES[tp["family"]][0]]
        forms = [s["en"], *s["alts"], *([s["fr"]] if s["fr"] else [])]
        for ident in tp["identities"]:
            payload = by_key[(ident["source"], ident["external_id"])]["payload"]
            blob = unicodedata.normalize("NFC", json.dumps(payload, ensure_ascii=False))
            ok = any((f in blob) if s["cased"] else (f.lower() in blob.lower()) for f in forms)
            if not ok and s["se"]:
                ok = f'"{s["se"]}"' in blob or f'"{s["topic"]}"' in blob
            expect(ok, f"{tp['person_id']} {ident['source']}: anchor surface form absent")

    # Names: distinct unless a designated hard-negative pair.
    hard = {tuple(x) for x in truth["hard_negative_pairs"]}
    expect(len(hard) >= 6, "fewer than 6 hard-negative pairs")
    tp_by_id = {tp["person_id"]: tp for tp in tpeople}
    for a, b in hard:
        pa, pb = tp_by_id[a], tp_by_id[b]
        expect(fold(pa["full_name"]) == fold(pb["full_name"]), f"{a}/{b} names differ")
        expect(pa["city"] != pb["city"], f"{a}/{b} same city")
        expect(pa["family"] != pb["family"], f"{a}/{b} same family")
        expect(not set(pa["skills"]) & set(pb["skills"]), f"{a}/{b} share skills")
        ps = {s["id"] for s in pa["schools"]} & {s["id"] for s in pb["schools"]}
        expect(not ps, f"{a}/{b} share schools")
    hard_ids = {x for pair in hard for x in pair}
    keymap: dict[tuple[str, str], str] = {}
    for p in people:
        for k in name_keys(p.first, p.last):
            other = keymap.get(k)
            if other and other != p.pid and tuple(sorted([other, p.pid])) not in hard:
                errors.append(f"names equivalent: {other} {p.pid} {k}")
            keymap[k] = p.pid
    folded_names = Counter(
        fold(strip_accents(tp["full_name"])) for tp in tpeople if tp["person_id"] not in hard_ids
    )
    expect(all(v == 1 for v in folded_names.values()), "duplicate non-designated names")

    # No shared website / e-mail / handle between different people.
    pid_of = {
        k: tp["person_id"]
        for tp in tpeople
        for k in ((i["source"], i["external_id"]) for i in tp["identities"])
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for key, r in by_key.items():
        own, refs = record_keys(r)
        for k in own | refs:
            owners[k].add(pid_of[key])
        if r["source"] != "stackexchange":
            handle = r["handle"].split("@")[1] if r["handle"].startswith("@") else r["handle"]
            owners["handle:" + Registry.hkey(handle)].add(pid_of[key])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    expect(not shared, f"identifiers shared by different people: {list(shared.items())[:3]}")

    # Cross-linked people: their records form one connected graph through shared keys;
    # fuzzy-only people: no two records share any key.
    n_cross = n_fuzzy = 0
    plan_of = {p.pid: p for p in people}
    for tp in tpeople:
        recs = [by_key[(i["source"], i["external_id"])] for i in tp["identities"]]
        if len(recs) < 2:
            continue
        keys = [record_keys(r) for r in recs]
        linked = [
            [
                bool((keys[i][0] | keys[i][1]) & keys[j][1] or keys[i][1] & keys[j][0])
                for j in range(len(recs))
            ]
            for i in range(len(recs))
        ]
        seen, stack = {0}, [0]
        while stack:
            i = stack.pop()
            for j in range(len(recs)):
                if j not in seen and (linked[i][j] or linked[j][i]):
                    seen.add(j)
                    stack.append(j)
        any_link = any(linked[i][j] for i in range(len(recs)) for j in range(len(recs)) if i != j)
        mode = plan_of[tp["person_id"]].linkage
        if mode == "cross":
            n_cross += 1
            expect(len(seen) == len(recs), f"{tp['person_id']}: cross-links not connected")
        else:
            n_fuzzy += 1
            expect(not any_link, f"{tp['person_id']}: fuzzy-only but records share a key")
            handles = [
                Registry.hkey(r["payload"].get("login") or r["payload"]["username"])
                for r in recs
                if r["source"] != "stackexchange"
            ]
            expect(len(handles) == len(set(handles)), f"{tp['person_id']}: fuzzy handles equal")
            # Same city, at least two shared skills on every record.
            common = set.intersection(*(record_skills(r) for r in recs))
            expect(len(common) >= 2, f"{tp['person_id']}: fuzzy records share {common}")
            expect(
                all(record_has_location(r, tp["city"]) for r in recs),
                f"{tp['person_id']}: fuzzy record without location",
            )

    # Stack Exchange escaping quirk.
    expect(
        sum(
            "&#39;" in r["payload"]["display_name"]
            for r in records
            if r["source"] == "stackexchange"
        )
        >= 2,
        "no escaped apostrophes on SE",
    )

    # Employees: schools shared with sample people, cohorts.
    person_schools = [
        (s["id"], s["start_year"], s["end_year"]) for tp in tpeople for s in tp["schools"]
    ]
    shared_emp = cohort_emp = 0
    for e in employees:
        entries = []
        for cell in e["schools"].split(";"):
            form, _, years = cell.split("|")
            start, end = map(int, years.split("-"))
            sid = next(s for s, (forms, _) in SCHOOLS.items() if form in forms)
            entries.append((sid, start, end))
        share = cohort = False
        for sid, start, end in entries:
            for psid, ps, pe in person_schools:
                if psid != sid:
                    continue
                share = True
                lo = ps if ps is not None else pe
                hi = pe if pe is not None else ps
                if start <= hi and end >= lo:
                    cohort = True
        shared_emp += share
        cohort_emp += cohort
        expect(
            all(end <= NOW.year - 1 and start < end for _, start, end in entries),
            f"{e['employee_id']}: school years {e['schools']}",
        )
        expect(e["language"] in ("fr", "en"), "employee language")
        expect(e["email"].endswith("@vivier-demo.example"), "employee e-mail domain")
    expect(shared_emp >= 40, f"only {shared_emp} employees share a school")
    expect(cohort_emp >= 20, f"only {cohort_emp} employees are in a cohort")
    expect(len({e["email"] for e in employees}) == len(employees), "employee e-mails clash")

    # Demo searches: together they cover every family's anchor.
    search_skills = set()
    for s in searches:
        for term in s["skills"]:
            found = skills_in_text(term)
            search_skills |= found
    missing = [f for f, sk in FAMILIES.items() if sk[0] not in search_skills]
    expect(not missing, f"demo searches miss anchors of {missing}")
    expect(6 <= len(searches) <= 10, "6-10 searches")

    # Report.
    per_net = Counter(r["source"] for r in records)
    multi = [tp for tp in tpeople if len(tp["identities"]) > 1]
    nnet = Counter(len(tp["identities"]) for tp in tpeople)
    langs = Counter(plan_of[tp["person_id"]].lang for tp in tpeople)
    accented = sum(strip_accents(tp["full_name"]) != tp["full_name"] for tp in tpeople)
    print(
        f"people:            {len(tpeople)}  (1 network {nnet[1]}, 2 networks {nnet[2]}, "
        f"3 networks {nnet[3]})"
    )
    print(
        f"records:           {len(records)}  "
        + ", ".join(f"{k} {v}" for k, v in sorted(per_net.items()))
    )
    print(f"multi-network:     {len(multi)}  (cross-linked {n_cross}, fuzzy-only {n_fuzzy})")
    print(f"hard-negative pairs: {len(hard)}")
    print("bio language:      " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"names with accents: {accented}")
    print(
        "families:          "
        + ", ".join(f"{k} {v}" for k, v in Counter(tp["family"] for tp in tpeople).items())
    )
    print(f"people with schools in text: {sum(bool(tp['schools']) for tp in tpeople)}")
    print(f"records with a location: {loc_count}/{len(records)}")
    print(
        f"employees:         {len(employees)}  (share a school {shared_emp}, cohort {cohort_emp})"
    )
    print(f"demo searches:     {len(searches)}")
    for s in searches:
        wanted = set().union(*(skills_in_text(t) for t in s["skills"]))
        hits = [
            r
            for r in records
            if record_skills(r) & wanted
            and (
                not s["location"]
                or fold(s["location"]) in fold(json.dumps(r["payload"], ensure_ascii=False))
            )
        ]
        print(f"  {s['name']!r}: ~{len(hits)} records")
    print("odd/hostile content:")
    for h in hostile:
        print("  " + h)
    if errors:
        print(f"\nSELF-CHECK FAILED ({len(errors)}):")
        for e in errors[:40]:
            print("  " + e)
        sys.exit(1)
    print("self-check: OK")


def main() -> None:
    people, records, employees, hard_pairs, hostile = generate()
    write_outputs(people, records, employees, hard_pairs)
    check(people, hostile)


if __name__ == "__main__":
    main()
