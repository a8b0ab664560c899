"""Bluesky connector against a local fake AppView on 127.0.0.1 (real HTTP), plus the
reference response shapes through ``httpx.MockTransport``."""

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.schemas import SearchQuery
from sourcing.http import FakeClock, HttpError, LimiterRegistry, RetryPolicy, UpstreamError
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources import bluesky
from sourcing.sources.base import SourceContext, StoredProfile
from sourcing.sources.bluesky import BlueskySource, OptedOutError, bio_links, search_terms
from sourcing.sources.fakes.bluesky import FakeBluesky
from sourcing.sources.fakes.server import FaultPlan, LocalServer
from tests.contract import assert_source_contract, collect

FIXTURES = Path(__file__).parent / "fixtures" / "bluesky"
ACTORS: list[dict[str, Any]] = json.loads((FIXTURES / "profiles.json").read_text())
FOLLOWS: dict[str, list[str]] = json.loads((FIXTURES / "follows.json").read_text())
RESPONSES: dict[str, Any] = json.loads((FIXTURES / "responses.json").read_text())
OPTED_OUT = {a["did"] for a in ACTORS if bluesky.is_opted_out(a)}
BY_HANDLE = {a["handle"]: a for a in ACTORS}


@pytest.fixture
def fake() -> Iterator[tuple[FakeBluesky, str]]:
    fake = FakeBluesky(ACTORS, FOLLOWS, faults=FaultPlan(timeout_seconds=1.0), page_size=4)
    with LocalServer(fake.app) as url:
        yield fake, url


def source(url: str, **settings: object) -> BlueskySource:
    context = SourceContext(
        settings=Settings(bluesky_api_url=url, http_timeout_seconds=0.5, **settings),  # type: ignore[arg-type]
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return BlueskySource(context)


def search(url: str, *skills: str, limit: int = 50, **query: Any) -> list[Any]:
    q = SearchQuery(skills=list(skills), limit=limit, **query)
    return asyncio.run(collect(source(url), q))


# --- reading ----------------------------------------------------------------------


def test_profile_reads_name_bio_and_the_handle_domain_as_a_website() -> None:
    fields = bluesky.read_fields(RESPONSES["getProfile"])
    assert fields.name == "Mira Kowal"
    assert fields.handle == "mira.example.dev"
    assert fields.text == "Rust + embedded. Lyon. Open to contract work.\nhttps://mira.example.dev"
    assert fields.urls == ["https://bsky.app/profile/mira.example.dev", "https://mira.example.dev"]


def test_bio_gives_links_location_pin_and_hashtags() -> None:
    ninon = bluesky.read_fields(BY_HANDLE["ninon.example.fr"])
    assert ninon.location_text == "Nantes"
    assert "https://gitlab.com/ninon-b" in ninon.urls
    hugo = bluesky.read_fields(BY_HANDLE["hugo.example.dev"])
    assert hugo.skill_hints == ["rustlang", "embedded"]
    theo = bluesky.read_fields(BY_HANDLE["theomarchal.bsky.social"])
    assert theo.location_text == "Lyon"
    assert theo.urls == ["https://bsky.app/profile/theomarchal.bsky.social"]  # hosted handle


def test_plain_text_bio_keeps_its_characters() -> None:
    camille = bluesky.read_fields(BY_HANDLE["camillerousseau.bsky.social"])
    assert "Python & Postgres. I <3 boring tech." in camille.text


def test_bio_links_are_conservative() -> None:
    text = (
        "Rust & socket.io at booking.com. Mail: fatou@example.fr. "
        "github.com/mira-k, fosstodon.org/@mira, www.mira.example.dev and "
        "https://blog.example.org/about."
    )
    assert bio_links(text) == [
        "https://blog.example.org/about",
        "https://github.com/mira-k",
        "https://fosstodon.org/@mira",
        "https://www.mira.example.dev",
    ]


def test_sparse_profile_reads_without_error() -> None:
    fields = bluesky.read_fields(BY_HANDLE["quietdev.bsky.social"])
    assert (fields.name, fields.text, fields.location_text) == ("", "", "")
    assert fields.urls == ["https://bsky.app/profile/quietdev.bsky.social"]


def test_an_invalid_handle_links_to_the_profile_by_did() -> None:
    actor = {**BY_HANDLE["quietdev.bsky.social"], "handle": "handle.invalid"}
    assert bluesky.read_fields(actor).urls == [f"https://bsky.app/profile/{actor['did']}"]


def test_search_terms_add_the_place_as_a_word() -> None:
    query = SearchQuery(
        skills=["Python", "machine learning"], keywords=["fintech"], location="Lyon"
    )
    assert search_terms(query) == ["Python Lyon", '"machine learning" Lyon', "fintech Lyon"]


# --- searching the fake AppView -----------------------------------------------------


def test_contract(fake: tuple[FakeBluesky, str], tmp_path: Path, parser: ProfileParser) -> None:
    app, url = fake
    query = SearchQuery(skills=["Python", "Rust", "Kubernetes"], limit=60)
    found = assert_source_contract(lambda: source(url), query, tmp_path, parser, more_than=15)
    assert {"did", "handle", "followersCount", "postsCount"} <= set(found[0].payload)
    assert found[0].url == f"https://bsky.app/profile/{found[0].handle}"
    assert all(p.external_id.startswith("did:plc:") for p in found)
    assert app.authorized_requests == 0


def test_opted_out_accounts_are_skipped_and_counted(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake
    bsky = source(url)
    query = SearchQuery(skills=["Python", "Rust", "Go", "machine learning"], limit=100)
    found = asyncio.run(collect(bsky, query))
    assert found
    assert not {p.external_id for p in found} & OPTED_OUT
    assert bsky.skipped_opt_out == len(OPTED_OUT) == 3


def test_cursor_pages_to_the_end(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    found = search(url, "Python", limit=100)
    matching = [a for a in ACTORS if app._matches(a["did"], "Python")]
    assert len(matching) > 2 * app.page_size  # several pages
    assert {p.external_id for p in found} == {a["did"] for a in matching} - OPTED_OUT
    assert app.calls["app.bsky.actor.searchActors"] == -(-len(matching) // app.page_size)


def test_a_repeated_cursor_stops_the_search(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    app.stuck_cursor = True
    found = search(url, "Python", limit=100)
    # Page 1 then page 2, whose cursor repeats: two pages, never a loop.
    assert 0 < len(found) <= 2 * app.page_size
    assert app.calls["app.bsky.actor.searchActors"] == 2


def test_the_limit_is_honoured_without_fetching_more(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    assert len(search(url, "Python", limit=3)) == 3
    assert app.calls == {"app.bsky.actor.searchActors": 1, "app.bsky.actor.getProfiles": 1}


def test_the_place_narrows_the_search(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake
    found = search(url, "Python", location="Lyon", limit=50)
    assert found
    assert all("lyon" in (p.payload.get("description") or "").lower() for p in found)


def test_profiles_are_fetched_25_at_a_time() -> None:
    actors = [
        {
            "did": f"did:plc:batch{i:019d}",
            "handle": f"dev{i}.bsky.social",
            "displayName": f"Dev {i}",
            "description": "Python everyday",
            "labels": [],
        }
        for i in range(60)
    ]
    app = FakeBluesky(actors, page_size=100)
    with LocalServer(app.app) as url:
        found = search(url, "Python", limit=60)
    assert [p.external_id for p in found] == [a["did"] for a in actors]
    assert app.requests == 1 + 3  # one page of 60, then 25 + 25 + 10


def test_follows_pages_and_skips_opted_out_accounts(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake

    async def follows(limit: int) -> list[dict[str, Any]]:
        return [p async for p in source(url).follows("mira.example.dev", limit)]

    everyone = asyncio.run(follows(100))
    expected = {BY_HANDLE[h]["did"] for h in FOLLOWS["mira.example.dev"]} - OPTED_OUT
    assert {p["did"] for p in everyone} == expected
    assert all("followersCount" not in p for p in everyone)  # profileView
    assert len(asyncio.run(follows(7))) == 7


def test_lookup_refresh_and_linked_profiles(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake
    mira = BY_HANDLE["mira.example.dev"]
    found = asyncio.run(source(url).lookup_actor("mira.example.dev"))
    assert found is not None and found.external_id == mira["did"]
    stored = StoredProfile("bluesky", mira["did"], "old-handle.bsky.social", "")
    fresh = asyncio.run(source(url).refresh(stored))
    assert fresh is not None and fresh.handle == "mira.example.dev"
    linked = asyncio.run(
        source(url).fetch_linked(["ninon.example.fr", "marcushale.bsky.social", "nobody.example"])
    )
    assert [p.handle for p in linked] == ["ninon.example.fr"]  # opted-out and unknown left out


def test_refresh_of_an_account_that_opted_out_is_refused(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake
    did = sorted(OPTED_OUT)[0]
    assert asyncio.run(source(url).lookup_actor(did)) is None
    with pytest.raises(OptedOutError, match="no-unauthenticated"):
        asyncio.run(source(url).refresh(StoredProfile("bluesky", did, "x", "")))


def test_xrpc_error_message_is_reported(fake: tuple[FakeBluesky, str]) -> None:
    _, url = fake
    stored = StoredProfile("bluesky", "did:plc:doesnotexist000000000000", "gone", "")
    with pytest.raises(HttpError, match="getProfile: InvalidRequest: Profile not found"):
        asyncio.run(source(url).refresh(stored))


# --- failures -----------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeBluesky, str], fault: str) -> None:
    app, url = fake
    app.faults.add(bluesky.SEARCH_ACTORS, fault)
    app.faults.add(bluesky.GET_PROFILES, fault)
    assert len(search(url, "Rust", limit=3)) == 3


def test_persistent_outage_is_an_upstream_error(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    app.faults.add(bluesky.SEARCH_ACTORS, "503", "503", "503", "503")
    with pytest.raises(UpstreamError, match="HTTP 503"):
        search(url, "Rust")


def test_malformed_body_is_a_clear_error(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    app.faults.add(bluesky.SEARCH_ACTORS, "malformed")
    with pytest.raises(ValueError, match="expected JSON"):
        search(url, "Rust")


def test_empty_results_end_quietly(fake: tuple[FakeBluesky, str]) -> None:
    app, url = fake
    app.faults.add(bluesky.SEARCH_ACTORS, "empty")
    assert search(url, "Rust") == []
    assert search(url, "nothing-matches-this-term") == []


# --- the reference shapes, through a mock transport -----------------------------------


def test_reference_shapes_and_rate_limit_headers() -> None:
    """Real envelopes: a 429 XRPC error with IETF headers is waited out, the cursor is
    sent back, profiles are asked with repeated ``actors``, never with credentials."""
    clock = FakeClock()
    requests: list[httpx.Request] = []
    search_pages = iter(
        [
            httpx.Response(
                429,
                json=RESPONSES["error_rate_limited"],
                headers={
                    "ratelimit-limit": "3000",
                    "ratelimit-remaining": "0",
                    "ratelimit-reset": str(int(clock.wall()) + 30),
                    "ratelimit-policy": "3000;w=300",
                },
            ),
            httpx.Response(200, json=RESPONSES["searchActors"]),
            httpx.Response(200, json=RESPONSES["searchActors_last"]),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path.endswith("searchActors"):
            return next(search_pages)
        wanted = request.url.params.get_list("actors")
        profiles = [p for p in RESPONSES["getProfiles"]["profiles"] if p["did"] in wanted]
        return httpx.Response(200, json={"profiles": profiles})

    context = SourceContext(
        settings=Settings(bluesky_api_url="https://public.api.example"),  # type: ignore[call-arg]
        transport=httpx.MockTransport(handler),
        clock=clock,
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=3, base_delay=0.01),
    )
    found = asyncio.run(collect(BlueskySource(context), SearchQuery(skills=["rust embedded"])))
    assert [p.handle for p in found] == ["mira.example.dev", "ninon.example.fr"]
    assert sum(clock.sleeps) >= 29  # waited for ratelimit-reset
    searches = [r for r in requests if r.url.path.endswith("searchActors")]
    assert [r.url.params.get("cursor") for r in searches] == [None, None, "2"]
    assert searches[0].url.params["q"] == '"rust embedded"'
    assert searches[0].url.params["limit"] == "100"
    assert all("authorization" not in r.headers for r in requests)


def test_bad_request_envelope_becomes_an_http_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "InvalidRequest", "message": "Error: bad q"})

    context = SourceContext(
        settings=Settings(bluesky_api_url="https://public.api.example"),  # type: ignore[call-arg]
        transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        registry=LimiterRegistry(),
    )
    with pytest.raises(HttpError, match=r"searchActors: InvalidRequest: Error: bad q \(HTTP 400\)"):
        asyncio.run(collect(BlueskySource(context), SearchQuery(skills=["Rust"])))
