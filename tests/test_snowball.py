"""Following a profile's links to the same person's other networks, safely."""

import asyncio

import pytest

from models.schemas import RawProfile
from sourcing.snowball import is_public_https, link_key, snowball


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/mira-kowal", ("github", "mira-kowal")),
        ("https://github.com/orgs/acme", None),
        ("https://github.com/mira/repo", None),
        ("https://stackoverflow.com/users/4471120/camille-r", ("stackexchange", "4471120")),
        ("https://fosstodon.org/@mira", ("mastodon", "mira@fosstodon.org")),
        ("https://bsky.app/profile/mira.example.dev", ("bluesky", "mira.example.dev")),
        ("https://twitter.com/mirakowal", ("x", "mirakowal")),
        ("https://mira.example.dev", None),
        ("http://github.com/mira", None),  # not https
        ("https://127.0.0.1/@mira", None),  # loopback
        ("https://10.0.0.5/@mira", None),  # private range
        ("https://localhost/@mira", None),
    ],
)
def test_links_to_network_profiles_are_recognised_on_public_https_only(
    url: str, expected: tuple[str, str] | None
) -> None:
    assert link_key(url) == expected


def test_private_hosts_only_when_explicitly_allowed() -> None:
    assert not is_public_https("http://127.0.0.1:8000/x")
    assert is_public_https("http://127.0.0.1:8000/x", allow_private=True)


class FakeLinker:
    def __init__(self, name: str, profiles: dict[str, RawProfile]) -> None:
        self.name = name
        self.profiles = profiles
        self.asked: list[list[str]] = []

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        self.asked.append(keys)
        return [self.profiles[k] for k in keys if k in self.profiles]


def github(login: str, links: list[str]) -> RawProfile:
    return RawProfile(
        source="github",
        external_id=login,
        handle=login,
        url=f"https://github.com/{login}",
        payload={
            "login": login,
            "id": 1,
            "html_url": f"https://github.com/{login}",
            "social_accounts": [{"provider": "generic", "url": u} for u in links],
        },
    )


def mastodon(acct: str, links: list[str]) -> RawProfile:
    user, host = acct.split("@")
    fields = [
        {"name": "Web", "value": f'<a href="{u}">{u}</a>', "verified_at": None} for u in links
    ]
    return RawProfile(
        source="mastodon",
        external_id=acct,
        handle="@" + acct,
        url=f"https://{host}/@{user}",
        payload={"acct": acct, "url": f"https://{host}/@{user}", "note": "", "fields": fields},
    )


def test_depth_and_budget_bound_the_walk() -> None:
    start = github("mira", ["https://fosstodon.org/@mira"])
    linkers = {
        "mastodon": FakeLinker(
            "mastodon",
            {"mira@fosstodon.org": mastodon("mira@fosstodon.org", ["https://github.com/mira2"])},
        ),
        "github": FakeLinker("github", {"mira2": github("mira2", [])}),
    }
    one_hop = asyncio.run(snowball([start], linkers, depth=1, budget=10))  # type: ignore[arg-type]
    assert [p.external_id for p in one_hop.found] == ["mira@fosstodon.org"]
    two_hops = asyncio.run(snowball([start], linkers, depth=2, budget=10))  # type: ignore[arg-type]
    assert [p.external_id for p in two_hops.found] == ["mira@fosstodon.org", "mira2"]
    no_budget = asyncio.run(snowball([start], linkers, depth=2, budget=0))  # type: ignore[arg-type]
    assert no_budget.found == []


def test_a_failing_network_is_reported_not_raised() -> None:
    class Broken:
        name = "mastodon"

        async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
            raise OSError("connection refused")

    report = asyncio.run(
        snowball([github("mira", ["https://fosstodon.org/@mira"])], {"mastodon": Broken()})
    )  # type: ignore[dict-item]
    assert report.found == [] and "connection refused" in report.errors[0]
