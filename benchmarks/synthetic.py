"""Synthetic GitHub users for the benchmarks (shared by sources.py and refresh.py).

Names, cities and employers follow the skewed frequencies of the entity-resolution
generator (``dedupe_scale.py``): common first names and big cities share blocking keys
with many others, as in a real pool; each user is a different person."""

import random

from dedupe_scale import CITIES, FIRST_NAMES, _companies, _surnames, _zipf_weights

from models.schemas import RawProfile
from sourcing.parsing.vocab import fold

BIOS = [
    "Python developer",
    "Développeuse backend Python / Django, à l'écoute du marché",
    "Data engineer: Spark, Airflow, SQL",
    "Frontend dev — React, TypeScript",
    "DevOps, Kubernetes, Terraform. Ex-Criteo",
    "Ingénieur logiciel Java / Kotlin",
    "",
]


def synthetic_users(count: int, seed: int = 20261129) -> list[dict[str, object]]:
    rng = random.Random(seed)
    surnames = _surnames(rng, max(2_000, count))
    companies = _companies(rng, 2_000)
    firsts = rng.choices(FIRST_NAMES, _zipf_weights(len(FIRST_NAMES), 25), k=count)
    lasts = rng.choices(surnames, _zipf_weights(len(surnames), 2_000), k=count)
    cities = rng.choices(CITIES, _zipf_weights(len(CITIES), 3), k=count)
    employers = rng.choices(companies, _zipf_weights(len(companies), 20), k=count)
    users: list[dict[str, object]] = []
    for n in range(count):
        login = f"{fold(firsts[n]).replace('-', '')[:1]}{fold(lasts[n])}{n}"
        users.append(
            {
                "login": login,
                "id": 10_000_000 + n,
                "html_url": f"https://github.com/{login}",
                "type": "User",
                "name": f"{firsts[n]} {lasts[n]}",
                "company": employers[n] if rng.random() < 0.5 else None,
                "blog": "",
                "location": f"{cities[n]}, France" if rng.random() < 0.8 else None,
                "email": None,
                "hireable": None,
                "bio": rng.choice(BIOS),
                "public_repos": 3,
                "repos": [{"name": "tool", "fork": False, "language": "Python", "topics": []}],
                "social_accounts": [],
            }
        )
    return users


def github_raw(user: dict[str, object], etag: str | None = None) -> RawProfile:
    """A synthetic GitHub user as the connector stores it."""
    return RawProfile(
        source="github",
        external_id=str(user["id"]),
        handle=str(user["login"]),
        url=str(user["html_url"]),
        payload=user,
        etag=etag,
    )
