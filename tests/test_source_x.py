"""X API v2 connector against a local fake X on 127.0.0.1 (real HTTP), plus
``httpx.MockTransport`` tests for what must happen without a network."""

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.schemas import RawProfile, SearchQuery
from sourcing.http import FakeClock, HttpError, LimiterRegistry, RetryPolicy
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.snowball import Linker, snowball
from sourcing.sources.base import MalformedPayloadError, SourceContext, SourceDisabledError
from sourcing.sources.fakes.server import FaultPlan, LocalServer, WindowBudget
from sourcing.sources.fakes.x import FakeX, post_matches
from sourcing.sources.x import XSource, read_fields, search_query
from tests.contract import assert_source_contract, collect

FIXTURES = Path(__file__).parent / "fixtures" / "x"
SEARCH = json.loads((FIXTURES / "search_recent.json").read_text(encoding="utf-8"))
USERS = SEARCH["includes"]["users"]
POSTS = SEARCH["data"]
TOKEN = "AAAAAAAAAAAAAAAAAAAAAfake%2Bbearer%3Dtoken"
NOT_FOUND = {
    "value": "ghost",
    "detail": "Could not find user with username: [ghost].",
    "title": "Not Found Error",
    "resource_type": "user",
    "parameter": "username",
    "resource_id": "ghost",
    "type": "https://api.twitter.com/2/problems/resource-not-found",
}


@pytest.fixture
def fake() -> Iterator[tuple[FakeX, str]]:
    fake = FakeX(USERS, POSTS, TOKEN, faults=FaultPlan(timeout_seconds=2.0), page_size=10)
    with LocalServer(fake.app) as url:
        yield fake, url


def source(url: str, token: str | None = TOKEN) -> XSource:
    context = SourceContext(
        settings=Settings(x_api_url=url, x_bearer_token=token, http_timeout_seconds=1.0),  # type: ignore[arg-type]
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return XSource(context)


def mocked(
    handler: Callable[[httpx.Request], httpx.Response], token: str | None = TOKEN
) -> tuple[XSource, FakeClock]:
    clock = FakeClock()
    context = SourceContext(
        settings=Settings(x_api_url="https://api.x.example/2", x_bearer_token=token),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=clock,
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=3, base_delay=0.01),
    )
    return XSource(context), clock


def handles(profiles: list[Any]) -> list[str]:
    return [p.handle for p in profiles]


# --- pure parts ----------------------------------------------------------------------------


def test_search_query_ors_terms_and_hashtags() -> None:
    query = SearchQuery(skills=["Python", "machine learning"], keywords=["C++"], location="Lyon")
    assert search_query(query) == ('(Python OR #Python OR "machine learning" OR "C++") -is:retweet')
    many = SearchQuery(skills=[f"skill{n:03d}" for n in range(100)])
    built = search_query(many)
    assert len(built) <= 512 and built.endswith(") -is:retweet") and "skill000" in built


def test_read_fields_uses_expanded_urls_not_tco() -> None:
    user = next(u for u in USERS if u["username"] == "mirakowal")
    fields = read_fields(user)
    assert (fields.name, fields.handle, fields.location_text) == (
        "Mira Kowal",
        "mirakowal",
        "Lyon, France",
    )
    assert fields.urls == [
        "https://x.com/mirakowal",
        "https://mira.example.dev",
        "https://mira.example.dev/talks",
    ]
    assert "t.co" not in fields.text and "https://mira.example.dev/talks" in fields.text
    assert not any("t.co" in u for u in fields.urls)
    tagged = read_fields(next(u for u in USERS if u["username"] == "jbrandt_dev"))
    assert tagged.skill_hints == ["python", "golang"]
    bare = read_fields({"id": "1", "name": "A &amp; B", "username": "ab"})
    assert (bare.name, bare.urls, bare.skill_hints) == ("A & B", ["https://x.com/ab"], [])


def test_fake_query_language() -> None:
    post = {"id": "1", "text": "Shipped it in #rustlang, with C++ bindings"}
    assert post_matches("(python OR #rustlang) -is:retweet", post)
    assert post_matches('("C++" OR go) -is:retweet', post)
    assert not post_matches("(rustlang) -is:retweet", post)  # a word is not its hashtag
    retweet = {**post, "referenced_tweets": [{"type": "retweeted", "id": "0"}]}
    assert not post_matches("(#rustlang) -is:retweet", retweet)


# --- no token: refused before any request ---------------------------------------------------


def test_without_a_token_the_source_is_disabled_before_any_request() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"meta": {"result_count": 0}})

    disabled, _ = mocked(handler, token=None)
    with pytest.raises(SourceDisabledError) as caught:
        asyncio.run(collect(disabled, SearchQuery(skills=["Python"])))
    message = str(caught.value)
    assert "VIVIER_X_BEARER_TOKEN" in message and "no free tier" in message
    assert "paid token" in message
    with pytest.raises(SourceDisabledError):
        asyncio.run(disabled.lookup_usernames(["mirakowal"]))
    assert sent == []


# --- against the fake API ---------------------------------------------------------------------


def test_contract(fake: tuple[FakeX, str], tmp_path: Path, parser: ProfileParser) -> None:
    api, url = fake
    query = SearchQuery(skills=["Python", "TypeScript"], limit=60)
    found = assert_source_contract(lambda: source(url), query, tmp_path, parser, more_than=20)
    assert "locked_acct" not in handles(found)  # protected
    assert any("next_token" in r for r in api.requests)
    first = found[0]
    assert first.url == f"https://x.com/{first.handle}"
    assert first.external_id == first.payload["id"]
    assert {"description", "public_metrics", "protected"} <= set(first.payload)
    request = api.requests[0]
    assert request["query"] == "(Python OR #Python OR TypeScript OR #TypeScript) -is:retweet"
    assert request["expansions"] == "author_id" and request["max_results"] == "100"
    assert set(request["user.fields"].split(",")) >= {"description", "entities", "location"}


def test_retweets_do_not_make_authors(fake: tuple[FakeX, str]) -> None:
    _, url = fake
    found = asyncio.run(collect(source(url), SearchQuery(keywords=["appreciated"])))
    assert handles(found) == ["jbrandt_dev"]  # not nadia_h, who only retweeted it


def test_location_is_filtered_on_the_profile(fake: tuple[FakeX, str]) -> None:
    _, url = fake
    query = SearchQuery(skills=["Python"], location="France", limit=50)
    assert handles(asyncio.run(collect(source(url), query))) == ["dbois_py"]
    query = SearchQuery(keywords=["rustlang"], location="lyon")
    assert handles(asyncio.run(collect(source(url), query))) == ["mirakowal"]


def test_wrong_token_is_a_clear_error_without_the_token(fake: tuple[FakeX, str]) -> None:
    _, url = fake
    with pytest.raises(HttpError, match="X rejected the bearer token") as caught:
        asyncio.run(collect(source(url, token="wrong-s3cr3t"), SearchQuery(skills=["Python"])))
    assert "s3cr3t" not in str(caught.value)


@pytest.mark.parametrize("fault", ["429", "500", "503", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeX, str], fault: str) -> None:
    api, url = fake
    api.faults.add("/tweets/search/recent", fault)
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Kotlin"])))
    assert sorted(handles(found)) == ["chidi_n", "clairemartin", "pvelasco"]
    assert api.requests[0] == api.requests[1]  # the failed try, then its retry


def test_malformed_body_is_a_clear_error(fake: tuple[FakeX, str]) -> None:
    api, url = fake
    api.faults.add("/tweets/search/recent", "malformed")
    with pytest.raises(ValueError, match="expected JSON"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"])))


def test_empty_results_end_quietly(fake: tuple[FakeX, str]) -> None:
    api, url = fake
    api.faults.add("/tweets/search/recent", "empty")
    assert asyncio.run(collect(source(url), SearchQuery(skills=["Rust"]))) == []
    assert asyncio.run(collect(source(url), SearchQuery(keywords=["zzzunknown"]))) == []


def test_budget_is_paced_by_the_rate_limit_headers() -> None:
    api = FakeX(USERS, POSTS, TOKEN, search_budget=WindowBudget(2, 1.0), page_size=10)
    with LocalServer(api.app) as url:
        found = asyncio.run(collect(source(url), SearchQuery(skills=["Python", "TypeScript"])))
    assert len(found) > 20
    assert len(api.requests) > 2 and api.search_budget.refused == 0


def test_429_waits_for_the_epoch_reset_then_retries() -> None:
    clock_box: list[FakeClock] = []
    body = {"data": POSTS[:3], "includes": {"users": USERS[:3]}, "meta": {"result_count": 3}}
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        now = clock_box[0].wall()
        calls.append(now)
        if len(calls) == 1:
            headers = {
                "x-rate-limit-limit": "450",
                "x-rate-limit-remaining": "0",
                "x-rate-limit-reset": str(int(now) + 120),
            }
            error = {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
            return httpx.Response(429, json=error, headers=headers)
        return httpx.Response(200, json=body, headers={"x-rate-limit-remaining": "449"})

    xs, clock = mocked(handler)
    clock_box.append(clock)
    found = asyncio.run(collect(xs, SearchQuery(skills=["Python"])))
    assert len(found) == 3
    assert len(calls) == 2 and calls[1] - calls[0] >= 119  # waited for the reset


def test_token_is_sent_but_never_part_of_errors() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(500, json={"title": "Internal Error"})

    xs, _ = mocked(handler, token="s3cr3t")
    with pytest.raises(HttpError) as caught:
        asyncio.run(collect(xs, SearchQuery(skills=["Rust"])))
    assert seen == ["Bearer s3cr3t"] * 3
    assert "s3cr3t" not in str(caught.value)


def test_403_names_the_access_level() -> None:
    detail = "When authenticating requests to the Twitter API v2 endpoints, use a Project app."
    xs, _ = mocked(
        lambda request: httpx.Response(403, json={"title": "Forbidden", "detail": detail})
    )
    with pytest.raises(HttpError, match=r"access level .*Project app"):
        asyncio.run(collect(xs, SearchQuery(skills=["Rust"])))


def test_partial_errors_are_kept_with_the_data() -> None:
    api = FakeX(USERS, POSTS, TOKEN, page_size=10, partial_errors=[NOT_FOUND])
    with LocalServer(api.app) as url:
        xs = source(url)
        found = asyncio.run(collect(xs, SearchQuery(skills=["Kotlin"])))
    assert sorted(handles(found)) == ["chidi_n", "clairemartin", "pvelasco"]
    assert xs.partial_errors == [NOT_FOUND]


def test_lookup_usernames_for_snowballing(fake: tuple[FakeX, str]) -> None:
    api, url = fake
    xs = source(url)
    names = ["mirakowal", "@Grace_W", "nosuchuser", "not a name!", "locked_acct", "mirakowal"]
    found = asyncio.run(xs.lookup_usernames(names))
    assert handles(found) == ["mirakowal", "grace_w"]  # protected skipped, order kept
    assert [e["value"] for e in xs.partial_errors] == ["nosuchuser"]
    assert api.requests[-1]["usernames"] == "mirakowal,Grace_W,nosuchuser,locked_acct"
    many = [f"user{n}" for n in range(150)]
    asyncio.run(xs.lookup_usernames(many))
    batches = [r for r in api.requests if r["path"] == "/users/by"][1:]
    assert [len(r["usernames"].split(",")) for r in batches] == [100, 50]
    assert len(xs.partial_errors) == 150
    assert asyncio.run(xs.lookup_usernames(["not valid!"])) == []


def test_snowballing_follows_x_links(fake: tuple[FakeX, str]) -> None:
    _, url = fake
    linked = RawProfile(
        source="github",
        external_id="1",
        handle="mira-kowal",
        url="https://github.com/mira-kowal",
        payload={"login": "mira-kowal", "id": 1, "twitter_username": "mirakowal"},
    )
    xs = source(url)
    assert isinstance(xs, Linker)
    report = asyncio.run(snowball([linked], {"x": xs}))
    assert handles(report.found) == ["mirakowal"] and report.errors == []


def test_lookup_reads_the_real_partial_envelope() -> None:
    body = json.loads((FIXTURES / "users_by_partial.json").read_text(encoding="utf-8"))
    xs, _ = mocked(lambda request: httpx.Response(200, json=body))
    found = asyncio.run(xs.lookup_usernames(["mirakowal", "grace_w", "nosuchuser"]))
    assert handles(found) == ["mirakowal", "grace_w"]
    assert xs.partial_errors == body["errors"]


def test_a_body_that_is_not_an_api_response_is_malformed() -> None:
    xs, _ = mocked(lambda request: httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(MalformedPayloadError, match="not an API v2 response"):
        asyncio.run(collect(xs, SearchQuery(skills=["Rust"])))
    xs, _ = mocked(lambda request: httpx.Response(200, json={"includes": {"users": {}}}))
    with pytest.raises(MalformedPayloadError, match="users must be a list"):
        asyncio.run(collect(xs, SearchQuery(skills=["Rust"])))
