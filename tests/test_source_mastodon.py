"""Mastodon connector against local fake instances on 127.0.0.1 (real HTTP), plus
``httpx.MockTransport`` tests for rate-limit headers, odd pages and the token."""

import asyncio
import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.schemas import SearchQuery
from sourcing.http import (
    FakeClock,
    LimiterRegistry,
    MalformedResponseError,
    NotFoundError,
    RetryPolicy,
    UpstreamError,
)
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import MalformedPayloadError, SourceContext, StoredProfile
from sourcing.sources.fakes.mastodon import FakeMastodon
from sourcing.sources.fakes.server import FaultPlan, LocalServer, WindowBudget
from sourcing.sources.mastodon import (
    AuthRequiredError,
    MastodonInstancesError,
    MastodonSource,
    hashtag,
    instance_host,
    opted_out,
    qualified_acct,
    search_hashtags,
    verified_links,
)
from sourcing.sources.sample import SampleSource
from tests.contract import assert_source_contract, collect

ACCOUNTS = [r.payload for r in SampleSource().records() if r.source == "mastodon"]
SAMPLE_IDS = {r.external_id for r in SampleSource().records() if r.source == "mastodon"}


@pytest.fixture
def fake() -> Iterator[tuple[FakeMastodon, str]]:
    fake = FakeMastodon(ACCOUNTS, host="mastodon.social", faults=FaultPlan(retry_after=0))
    with LocalServer(fake.app) as url:
        yield fake, url


def context(
    instances: list[str],
    token: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: FakeClock | None = None,
    registry: LimiterRegistry | None = None,
) -> SourceContext:
    settings = Settings(
        mastodon_instances=instances,
        mastodon_token=token,  # type: ignore[arg-type]
        http_timeout_seconds=1.0,
    )
    return SourceContext(
        settings=settings,
        transport=transport,
        clock=clock,
        registry=registry or LimiterRegistry(),
        retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05),
    )


def source(*instances: str, token: str | None = None, **options: int) -> MastodonSource:
    return MastodonSource(context(list(instances), token), **options)


def ids(profiles: list[Any]) -> set[str]:
    return {p.external_id for p in profiles}


def account(username: str, note: str, **flags: object) -> dict[str, Any]:
    """An invented Account in the real shape, on fosstodon.org."""
    return {
        "id": str(abs(hash(username)) % 10**17),
        "username": username,
        "acct": f"{username}@fosstodon.org",
        "display_name": username.title(),
        "locked": False,
        "bot": False,
        "discoverable": True,
        "group": False,
        "created_at": "2023-01-01T00:00:00.000Z",
        "note": f"<p>{note}</p>",
        "url": f"https://fosstodon.org/@{username}",
        "avatar": "https://cdn.fosstodon.example/avatars/original/missing.png",
        "followers_count": 10,
        "following_count": 20,
        "statuses_count": 30,
        "last_status_at": "2025-05-01",
        "emojis": [],
        "fields": [],
        **flags,
    }


# --- pure helpers ---------------------------------------------------------------------


def test_skills_become_hashtags() -> None:
    assert hashtag("machine learning") == "machinelearning"
    assert hashtag("Node.js") == "nodejs"
    assert hashtag("C#") == "csharp"
    assert hashtag("C++") == "cpp"
    assert hashtag("#Rust") == "rust"
    assert hashtag("CI/CD") == "cicd"
    # a known alias also searches the skill's own name
    assert search_hashtags(SearchQuery(skills=["k8s", "Python"])) == [
        "k8s",
        "kubernetes",
        "python",
    ]


def test_local_accounts_get_the_domain_of_their_url() -> None:
    local = {"acct": "mira", "username": "mira", "url": "https://fosstodon.org/@mira"}
    assert qualified_acct(local) == "mira@fosstodon.org"
    assert qualified_acct({"acct": "lu@piaille.fr", "url": "https://piaille.fr/@lu"}) == (
        "lu@piaille.fr"
    )
    assert qualified_acct({"acct": "nourl"}, "social.example:8443") == "nourl@social.example"
    assert instance_host("https://mastodon.social/") == "mastodon.social"
    assert instance_host("http://127.0.0.1:8123") == "127.0.0.1:8123"


def test_verified_links_are_only_the_rel_me_ones() -> None:
    payload = next(a for a in ACCOUNTS if any(f.get("verified_at") for f in a["fields"]))
    verified = verified_links(payload)
    assert verified
    for field in payload["fields"]:
        for link in verified:
            if link in field["value"]:
                assert field["verified_at"]
    web = {"name": "Web", "value": '<a href="https://ula.example">ula</a>', "verified_at": None}
    unverified = account("ula", "hi", fields=[web])
    assert verified_links(unverified) == []


# --- contract and pagination ----------------------------------------------------------


def test_contract(fake: tuple[FakeMastodon, str], tmp_path: Path, parser: ProfileParser) -> None:
    _, url = fake
    query = SearchQuery(skills=["Python", "JavaScript"], limit=60)
    # Five per page: anonymous account search gives at most 10 (one page per term),
    # so more than 10 proves the hashtag timelines were paged.
    found = assert_source_contract(
        lambda: source(url, page_size=5), query, tmp_path, parser, more_than=10
    )
    assert ids(found) <= SAMPLE_IDS  # the sample data's own external_id scheme
    first = found[0]
    assert first.handle == f"@{first.external_id}"
    assert first.url == first.payload["url"]
    assert {"id", "acct", "note", "fields", "discoverable"} <= set(first.payload)


def test_hashtag_timeline_follows_the_link_header(fake: tuple[FakeMastodon, str]) -> None:
    mastodon, url = fake
    full = mastodon.timeline("python")
    assert len(full) > 9  # long enough for three pages of three
    found = asyncio.run(
        collect(source(url, page_size=3, max_pages=3), SearchQuery(skills=["Python"]))
    )
    pages = [q for path, q, _ in mastodon.requests if path == "/api/v1/timelines/tag/python"]
    assert len(pages) == 3  # stopped at max_pages
    assert "max_id" not in pages[0]
    assert pages[1]["max_id"] == full[2]["id"]  # the next link, as given
    assert pages[2]["max_id"] == full[5]["id"]
    authors = {qualified_acct(s["account"]) for s in full[:9]}
    assert authors <= ids(found)
    assert len(found) > 3  # more than the one page of account search


def test_the_same_person_on_two_instances_is_yielded_once() -> None:
    first, second = FakeMastodon(ACCOUNTS, "mastodon.social"), FakeMastodon(ACCOUNTS, "piaille.fr")
    with LocalServer(first.app) as url_a, LocalServer(second.app) as url_b:
        registry = LimiterRegistry()
        both = MastodonSource(context([url_a, url_b], registry=registry), page_size=5)
        found = asyncio.run(collect(both, SearchQuery(skills=["Rust"], limit=100)))
        alone = asyncio.run(collect(source(url_a, page_size=5), SearchQuery(skills=["Rust"])))
    assert len(found) == len(ids(found)) and ids(found) == ids(alone)
    assert second.requests  # the second instance was searched too
    # piaille.fr writes its own people's acct bare; the external id stays the same
    local = next(a for a in second.accounts if "@" not in a["acct"])
    assert local["url"].startswith("https://piaille.fr/")
    # one budget per instance
    networks = {key[0] for key in registry._limiters}
    assert networks == {f"mastodon:{instance_host(url_a)}", f"mastodon:{instance_host(url_b)}"}


# --- opt-outs -------------------------------------------------------------------------

OPTED_OUT = [
    account("hidden", "Rust and embedded Linux.", discoverable=False),
    account("noindexer", "Rust compilers.", noindex=True),
    account("rustbot", "I post Rust release notes.", bot=True),
    account("gone", "Rust, formerly.", moved=account("newhome", "Rust")),
    account("banned", "Rust spam.", suspended=True),
    account("quiet", "Rust, limited server.", limited=True),
]


def test_opt_outs_are_skipped_and_counted() -> None:
    welcome = account("welcome", "Rust developer, happy to be found.", indexable=True)
    fake = FakeMastodon([*ACCOUNTS, *copy.deepcopy(OPTED_OUT), welcome], "mastodon.social")
    with LocalServer(fake.app) as url:
        mastodon = source(url)
        found = asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"], limit=100)))
    assert "welcome@fosstodon.org" in ids(found)
    assert not ids(found) & {f"{a['username']}@fosstodon.org" for a in OPTED_OUT}
    assert mastodon.skipped_opt_out == len(OPTED_OUT)  # each counted once
    assert all(opted_out(a) for a in OPTED_OUT)


def test_hashtag_finds_also_honour_indexable_false() -> None:
    shy = account("shy", "Posts about #rust.", indexable=False)
    status = {"id": "1", "content": "<p>#rust</p>", "account": shy, "visibility": "public"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v2/search":
            return httpx.Response(200, json={"accounts": [], "statuses": [], "hashtags": []})
        return httpx.Response(200, json=[status])

    transport = httpx.MockTransport(handler)
    mastodon = MastodonSource(context(["https://social.example"], transport=transport))
    assert asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"]))) == []
    assert mastodon.skipped_opt_out == 1
    assert opted_out(shy) is None  # the profile itself may still be found by account search
    assert opted_out(shy, via_hashtag=True) == "not indexable"


# --- several instances, failures -------------------------------------------------------


@pytest.mark.parametrize("failure", ["401", "500"])
def test_one_failing_instance_keeps_the_others_results(failure: str) -> None:
    broken = FakeMastodon(ACCOUNTS, "down.example", faults=FaultPlan())
    if failure == "401":
        broken.refuse_all = True
    else:
        broken.faults.add("/api/v2/search", "500", "500", "500")
    working = FakeMastodon(ACCOUNTS, "mastodon.social")
    with LocalServer(broken.app) as url_a, LocalServer(working.app) as url_b:
        mastodon = source(url_a, url_b)
        found = asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"], limit=100)))
        alone = asyncio.run(collect(source(url_b), SearchQuery(skills=["Rust"], limit=100)))
    assert found and ids(found) == ids(alone)
    assert len(mastodon.errors) == 1
    assert mastodon.errors[0].startswith(f"{instance_host(url_a)}: ")
    if failure == "401":
        assert "needs an authenticated user" in mastodon.errors[0]
        assert "VIVIER_MASTODON_TOKEN" in mastodon.errors[0]
    else:
        assert "HTTP 500" in mastodon.errors[0]


def test_every_instance_failing_is_an_error() -> None:
    first, second = FakeMastodon(ACCOUNTS, "a.example"), FakeMastodon(ACCOUNTS, "b.example")
    first.refuse_all = second.refuse_all = True
    with LocalServer(first.app) as url_a, LocalServer(second.app) as url_b:
        with pytest.raises(MastodonInstancesError) as caught:
            asyncio.run(collect(source(url_a, url_b), SearchQuery(skills=["Rust"])))
        with pytest.raises(AuthRequiredError, match=r"account search on 127\.0\.0\.1:"):
            asyncio.run(collect(source(url_a), SearchQuery(skills=["Rust"])))
    assert instance_host(url_a) in str(caught.value)
    assert instance_host(url_b) in str(caught.value)


def test_closed_tag_timelines_keep_the_account_search_results(
    fake: tuple[FakeMastodon, str],
) -> None:
    mastodon, url = fake
    mastodon.public_preview = False
    connector = source(url)
    found = asyncio.run(collect(connector, SearchQuery(skills=["Python"], limit=100)))
    assert found
    assert len(connector.errors) == 1
    assert "the #python timeline" in connector.errors[0]
    assert "needs an authenticated user" in connector.errors[0]


# --- rate limits and faults -----------------------------------------------------------


def test_iso_rate_limit_reset_is_honoured() -> None:
    clock = FakeClock()
    sent: list[float] = []

    def reset_in(seconds: float) -> str:
        when = datetime.fromtimestamp(clock.wall() + seconds, UTC)
        return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.monotonic())
        remaining, reset = ("0", reset_in(5)) if len(sent) == 1 else ("250", reset_in(300))
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": remaining,
            "X-RateLimit-Reset": reset,
        }
        if request.url.path == "/api/v2/search":
            body: Any = {"accounts": [], "statuses": [], "hashtags": []}
        else:
            body = []
        return httpx.Response(200, json=body, headers=headers)

    mastodon = MastodonSource(
        context(["https://social.example"], transport=httpx.MockTransport(handler), clock=clock)
    )
    asyncio.run(collect(mastodon, SearchQuery(skills=["Rust", "Go"])))
    assert len(sent) >= 3
    assert sent[1] - sent[0] == pytest.approx(5.0, abs=0.01)
    assert clock.sleeps == [pytest.approx(5.0, abs=0.01)]  # only that one wait


def test_budget_exhaustion_waits_for_the_reset_instead_of_failing() -> None:
    fake = FakeMastodon(ACCOUNTS, "mastodon.social", budget=WindowBudget(3, 1.0))
    with LocalServer(fake.app) as url:
        found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust", "Go"])))
    assert found
    assert fake.budget.served >= 4
    assert fake.budget.refused == 0  # paced by the ISO reset header, never refused


@pytest.mark.parametrize("fault", ["429", "500", "502", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeMastodon, str], fault: str) -> None:
    mastodon, url = fake
    mastodon.faults.timeout_seconds = 1.3
    clean = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=100)))
    mastodon.faults.add("/api/v2/search", fault)
    mastodon.faults.add("/api/v1/timelines/tag/", fault)
    again = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=100)))
    assert ids(again) == ids(clean) and clean


def test_malformed_body_is_a_clear_error(fake: tuple[FakeMastodon, str]) -> None:
    mastodon, url = fake
    mastodon.faults.add("/api/v2/search", "malformed")
    with pytest.raises(MalformedResponseError, match="expected JSON"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"])))


def test_wrong_shapes_are_clear_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"results": []})

    mastodon = MastodonSource(
        context(["https://social.example"], transport=httpx.MockTransport(handler))
    )
    with pytest.raises(MalformedPayloadError, match="no 'accounts' list"):
        asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"])))


def test_empty_results_end_quietly(fake: tuple[FakeMastodon, str]) -> None:
    mastodon, url = fake
    mastodon.faults.add("/api/v2/search", "empty")
    mastodon.faults.add("/api/v1/timelines/tag/", "empty")
    connector = source(url)
    assert asyncio.run(collect(connector, SearchQuery(skills=["Rust"]))) == []
    assert connector.errors == []


def test_next_links_to_another_server_are_not_followed() -> None:
    seen: list[str] = []
    status = {"id": "9", "account": account("ana", "Rust"), "visibility": "public"}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/api/v2/search":
            return httpx.Response(200, json={"accounts": [], "statuses": [], "hashtags": []})
        link = '<https://elsewhere.example/api/v1/timelines/tag/rust?max_id=9>; rel="next"'
        return httpx.Response(200, json=[status], headers={"Link": link})

    transport = httpx.MockTransport(handler)
    mastodon = MastodonSource(context(["https://social.example"], "s3cr3t", transport))
    found = asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"])))
    assert ids(found) == {"ana@fosstodon.org"}
    assert not [u for u in seen if "elsewhere" in u]


# --- token ------------------------------------------------------------------------------


def test_token_pages_account_search_and_stays_with_the_first_instance() -> None:
    home = FakeMastodon(ACCOUNTS, "mastodon.social", token="s3cr3t")
    other = FakeMastodon(ACCOUNTS, "fosstodon.org")
    with LocalServer(home.app) as url_a, LocalServer(other.app) as url_b:
        query = SearchQuery(skills=["Python"], limit=100)
        with_token = source(url_a, url_b, token="s3cr3t", page_size=5)
        asyncio.run(collect(with_token, query))
        sent = list(home.requests)
        anonymous = asyncio.run(collect(source(url_a, page_size=5), query))
    assert with_token.errors == [] and anonymous
    searches = [(q, auth) for path, q, auth in sent if path == "/api/v2/search"]
    offsets = [q.get("offset") for q, _ in searches]
    assert offsets[:3] == [None, "5", "10"]  # paged with offset, as only a user may
    assert {auth for _, auth in searches} == {"Bearer s3cr3t"}
    assert all(auth is None for _, _, auth in other.requests)  # never shown to another server


def test_token_is_sent_but_never_part_of_errors() -> None:
    seen: list[str] = []
    answer = {"status": 500, "error": "boom"}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(int(answer["status"]), json={"error": answer["error"]})

    mastodon = MastodonSource(
        context(["https://social.example"], "s3cr3t", httpx.MockTransport(handler), FakeClock())
    )
    with pytest.raises(UpstreamError) as caught:
        asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"])))
    assert seen == ["Bearer s3cr3t"] * 3  # retried, token sent each time
    assert "s3cr3t" not in str(caught.value) and "s3cr3t" not in " ".join(mastodon.errors)
    answer.update(status=401, error="The access token is invalid")
    with pytest.raises(AuthRequiredError) as refused:
        asyncio.run(collect(mastodon, SearchQuery(skills=["Rust"])))
    assert "access token was refused" in str(refused.value)
    assert "s3cr3t" not in str(refused.value)


# --- refresh ------------------------------------------------------------------------------


def test_refresh_looks_the_account_up_on_the_first_instance(
    fake: tuple[FakeMastodon, str],
) -> None:
    mastodon, url = fake
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=1)))
    stored = StoredProfile("mastodon", found[0].external_id, found[0].handle, found[0].url)
    fresh = asyncio.run(source(url).refresh(stored))
    assert fresh is not None and fresh.external_id == stored.external_id
    assert fresh.payload["id"] == found[0].payload["id"]
    lookups = [q for path, q, _ in mastodon.requests if path == "/api/v1/accounts/lookup"]
    assert lookups == [{"acct": stored.external_id}]
    gone = StoredProfile("mastodon", "nobody@nowhere.example", "@nobody@nowhere.example", "")
    with pytest.raises(NotFoundError):
        asyncio.run(source(url).refresh(gone))


def test_linked_accounts_are_looked_up_on_the_configured_instances() -> None:
    shy = account("shy", "Rust", discoverable=False)
    fake = FakeMastodon([*ACCOUNTS, shy], "mastodon.social")
    known = next(a for a in ACCOUNTS if "@" in a["acct"])["acct"]
    with LocalServer(fake.app) as url:

        async def run() -> list[Any]:
            async with source(url) as mastodon:  # one client for every lookup
                return await mastodon.fetch_linked(
                    [known, "@" + known.upper(), "shy@fosstodon.org", "nobody@nowhere.example"]
                )

        found = asyncio.run(run())
    assert [p.external_id for p in found] == [known]  # opted out and unknown: skipped
    lookups = [q["acct"] for path, q, _ in fake.requests if path == "/api/v1/accounts/lookup"]
    assert lookups == [known, "shy@fosstodon.org", "nobody@nowhere.example"]


def test_fake_refuses_offset_and_resolve_without_a_token(fake: tuple[FakeMastodon, str]) -> None:
    _, url = fake

    def get(path: str, **params: object) -> httpx.Response:
        return httpx.get(url + path, params=params)  # type: ignore[arg-type]

    assert get("/api/v2/search", q="rust", type="accounts", offset=5).status_code == 401
    assert get("/api/v2/search", q="rust", resolve="true").json() == {
        "error": "This API requires an authenticated user"
    }
    ok = get("/api/v2/search", q="rust", type="accounts", limit=2)
    assert (
        set(ok.json()) == {"accounts", "statuses", "hashtags"} and len(ok.json()["accounts"]) == 2
    )
    reset = ok.headers["x-ratelimit-reset"]
    assert reset.endswith("Z") and datetime.fromisoformat(reset.replace("Z", "+00:00"))
    first = ok.json()["accounts"][0]
    assert get(f"/api/v1/accounts/{first['id']}").json() == first
    assert json.loads(get("/api/v1/accounts/0").text) == {"error": "Record not found"}
