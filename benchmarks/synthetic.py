"""Synthetic GitHub users for the benchmarks (shared by sources.py and refresh.py)."""


def synthetic_users(count: int) -> list[dict[str, object]]:
    return [
        {
            "login": f"dev{n:06d}",
            "id": 10_000_000 + n,
            "html_url": f"https://github.com/dev{n:06d}",
            "type": "User",
            "name": f"Dev {n}",
            "company": None,
            "blog": "",
            "location": "Lyon, France",
            "email": None,
            "hireable": None,
            "bio": "Python developer",
            "public_repos": 3,
            "repos": [{"name": "tool", "fork": False, "language": "Python", "topics": []}],
            "social_accounts": [],
        }
        for n in range(count)
    ]
