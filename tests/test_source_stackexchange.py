"""Stack Exchange connector against a local fake Stack Exchange on 127.0.0.1 (real HTTP),
plus ``httpx.MockTransport`` + ``FakeClock`` tests for timing and the app key."""

import asyncio
import gzip
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from models.schemas import RawProfile, SearchQuery
from sourcing.http import (
    FakeClock,
    HttpError,
    LimiterRegistry,
    MalformedResponseError,
    RateLimitedError,
    RetryPolicy,
    UpstreamError,
)
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import MalformedPayloadError, SourceContext, StoredProfile
from sourcing.sources.fakes.server import LocalServer
from sourcing.sources.fakes.stackexchange import (
    FILTER,
    FakeStackExchange,
    StackExchangeFaultPlan,
)
from sourcing.sources.sample import SampleSource
from sourcing.sources.stackexchange import (
    NAME,
    PROFILE,
    StackExchangeSource,
    read_fields,
    search_tags,
)
from tests.contract import assert_source_contract, collect

USERS = [r.payload for r in SampleSource().records() if r.source == "stackexchange"]
BY_ID = {str(u["user_id"]): u for u in USERS}
KEY = "Zq8sEcReT((kEy"


@pytest.fixture
def fake() -> Iterator[tuple[FakeStackExchange, str]]:
    fake = FakeStackExchange(
        USERS,
        faults=StackExchangeFaultPlan(timeout_seconds=2.0),
        top_answerers_page_size=10,
    )
    with LocalServer(fake.app) as url:
        yield fake, url


def source(url: str, clock: FakeClock | None = None, **settings: object) -> StackExchangeSource:
    """The connector on real HTTP; with ``clock`` its pacing waits in fake time."""
    context = SourceContext(
        settings=Settings(stackexchange_api_url=url, http_timeout_seconds=1.0, **settings),  # type: ignore[arg-type]
        clock=clock,
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return StackExchangeSource(context)


def mock_source(
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock | None = None,
    **settings: object,
) -> StackExchangeSource:
    context = SourceContext(
        settings=Settings(stackexchange_api_url="https://api.example/2.3", **settings),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=clock or FakeClock(),
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    return StackExchangeSource(context)


def wrapper(items: list[object], **extra: object) -> dict[str, object]:
    return {"items": items, "has_more": False, "quota_max": 300, "quota_remaining": 299, **extra}


def shallow(user_id: int) -> dict[str, object]:
    return {
        "user": {
            "account_id": user_id + 1,
            "reputation": 10,
            "user_id": user_id,
            "user_type": "registered",
            "display_name": f"user {user_id}",
            "link": f"https://stackoverflow.com/users/{user_id}/user",
        },
        "post_count": 3,
        "score": 7,
    }


def full_user(user_id: int) -> dict[str, object]:
    return {
        "user_id": user_id,
        "account_id": user_id + 1,
        "display_name": f"user {user_id}",
        "link": f"https://stackoverflow.com/users/{user_id}/user",
        "about_me": "<p>Python &amp; Rust</p>",
    }


def tiny_api(request: httpx.Request, backoff_on: str = "") -> httpx.Response:
    """A minimal Stack Exchange for MockTransport: one tag, users 1..3, two pages."""
    path = request.url.path
    extra = {"backoff": 5} if backoff_on and backoff_on in path else {}
    if path.endswith("/filters/create"):
        return httpx.Response(200, json=wrapper([{"filter": "!abc", "filter_type": "safe"}]))
    if "/top-answerers/" in path:
        page = int(request.url.params.get("page", "1"))
        items = [shallow(1), shallow(2)] if page == 1 else [shallow(3)]
        body = wrapper(items, **extra)
        body["has_more"] = page == 1
        return httpx.Response(200, json=body)
    if path.endswith("/top-tags"):
        user_id = int(path.split("/")[-2])
        tag = {"user_id": user_id, "answer_count": 1, "answer_score": 2, "tag_name": "python"}
        return httpx.Response(200, json=wrapper([tag], **extra))
    ids = [int(i) for i in path.rsplit("/", 1)[1].split(";")]
    return httpx.Response(200, json=wrapper([full_user(i) for i in ids], **extra))


# --- tags ---------------------------------------------------------------------------


def test_query_terms_become_stack_overflow_tags() -> None:
    query = SearchQuery(
        skills=["C#", "C++", ".NET", "Node.js", "React", "Vue.js", "machine learning", "golang"],
        keywords=["Ruby on Rails", "fintech", "Quantum Widgets", "k8s"],
    )
    assert search_tags(query) == [
        "c#",
        "c++",
        ".net",
        "node.js",
        "reactjs",
        "vue.js",
        "machine-learning",
        "go",
        "ruby-on-rails",
        "fintech",
        "quantum-widgets",
        "kubernetes",
    ]


def test_tags_are_escaped_in_the_path() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(200, json=wrapper([]))

    found = asyncio.run(collect(mock_source(handler), SearchQuery(skills=["C#", "C++"])))
    assert found == []
    assert [p.split("?")[0] for p in paths] == [
        "/2.3/tags/c%23/top-answerers/all_time",
        "/2.3/tags/c%2B%2B/top-answerers/all_time",
    ]


# --- the contract and payloads --------------------------------------------------------


def test_contract(
    fake: tuple[FakeStackExchange, str], tmp_path: Path, parser: ProfileParser
) -> None:
    stackexchange, url = fake
    query = SearchQuery(skills=["Python", "JavaScript"], limit=60)
    clock = FakeClock()  # 16 top-tags calls a second: paced in fake time, not slept
    found = assert_source_contract(
        lambda: source(url, clock), query, tmp_path, parser, more_than=30
    )
    assert clock.sleeps, "the budget paced the top-tags calls"
    pages = [r.query_params.get("page") for r in stackexchange.requests if "/tags/" in r.url.path]
    assert {"1", "2", "3"} <= set(pages)  # 10 per page: the connector followed has_more
    for profile in found:
        # the sample record exactly: about_me through the filter, top tags, names escaped
        assert profile.payload == BY_ID[profile.external_id]
        assert profile.external_id == str(profile.payload["user_id"])
        assert profile.url == profile.payload["link"]
        assert profile.payload["top_tags"], "top tags attached"
    # every request named the site and asked for gzip
    assert all(r.query_params.get("site") == "stackoverflow" for r in stackexchange.requests)
    assert all("gzip" in r.headers.get("accept-encoding", "") for r in stackexchange.requests)


def test_about_me_comes_through_a_filter_created_once(
    fake: tuple[FakeStackExchange, str],
) -> None:
    stackexchange, url = fake
    src = source(url)
    found = asyncio.run(collect(src, SearchQuery(skills=["Rust", "Kubernetes"], limit=20)))
    assert len(found) == 20
    assert stackexchange.filters_created == 1 and src.filter == FILTER
    with_about = [p for p in found if "about_me" in BY_ID[p.external_id]]
    assert with_about and all(p.payload["about_me"] for p in with_about)
    user_requests = [
        r for r in stackexchange.requests if r.url.path.startswith("/users/") and ";" in r.url.path
    ]
    assert user_requests and all(r.query_params["filter"] == FILTER for r in user_requests)


def test_a_configured_filter_is_used_as_is(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    found = asyncio.run(
        collect(source(url, stackexchange_filter="default"), SearchQuery(skills=["Rust"], limit=3))
    )
    assert len(found) == 3
    assert stackexchange.filters_created == 0
    assert all("about_me" not in p.payload for p in found)  # the default filter leaves it out


def test_html_escaped_names_are_stored_raw_and_read_unescaped(
    fake: tuple[FakeStackExchange, str],
) -> None:
    _, url = fake

    async def by_name() -> list[RawProfile]:
        return [p async for p in source(url).search_by_name("N'Diaye")]

    found = asyncio.run(by_name())
    assert found
    for profile in found:
        assert "&#39;" in profile.payload["display_name"]  # as the API serves it
        assert "N'Diaye" in profile.handle
        assert "N'Diaye" in read_fields(profile.payload).name
        assert profile.payload["top_tags"]


def test_gzip_bodies_are_decoded(fake: tuple[FakeStackExchange, str]) -> None:
    _, url = fake
    raw = httpx.get(
        f"{url}/users/10046890",
        params={"site": "stackoverflow"},
        headers={"Accept-Encoding": "gzip"},
    )
    assert raw.headers["content-encoding"] == "gzip"

    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["accept-encoding"])
        body = json.dumps(tiny_api(request).json()).encode()
        return httpx.Response(
            200,
            content=gzip.compress(body),
            headers={"content-encoding": "gzip", "content-type": "application/json"},
        )

    found = asyncio.run(collect(mock_source(handler), SearchQuery(skills=["Python"])))
    assert [p.external_id for p in found] == ["1", "2", "3"]
    assert found[0].payload["about_me"] == "<p>Python &amp; Rust</p>"
    assert set(sent) == {"gzip"}


def test_refresh_fetches_the_profile_again(fake: tuple[FakeStackExchange, str]) -> None:
    _, url = fake
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=1)))
    stored = StoredProfile(NAME, found[0].external_id, found[0].handle, found[0].url)
    fresh = asyncio.run(source(url).refresh(stored))
    assert fresh is not None
    assert fresh.external_id == found[0].external_id
    assert fresh.payload == found[0].payload
    with pytest.raises(MalformedPayloadError):
        asyncio.run(source(url).refresh(StoredProfile(NAME, "1;2", "x", "")))
    with pytest.raises(HttpError, match="not found"):
        asyncio.run(source(url).refresh(StoredProfile(NAME, "999", "x", "")))


# --- rate limits ----------------------------------------------------------------------


def test_backoff_holds_the_same_method_only() -> None:
    clock = FakeClock()
    seen: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, clock.monotonic()))
        return tiny_api(request, backoff_on="/top-answerers/")

    found = asyncio.run(collect(mock_source(handler, clock), SearchQuery(skills=["Python"])))
    assert len(found) == 3
    tag_times = [t for path, t in seen if "/top-answerers/" in path]
    assert len(tag_times) == 2 and tag_times[1] - tag_times[0] >= 5.0
    first_users = next(t for path, t in seen if path.count("/") == 3)  # /2.3/users/1;2
    assert first_users - tag_times[0] < 1.0  # another method is not held


def test_backoff_from_the_fake_api_is_honoured(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    stackexchange.backoff_every = 1  # every response says "backoff": 1
    clock = FakeClock()
    registry = LimiterRegistry()
    context = SourceContext(
        settings=Settings(stackexchange_api_url=url),  # type: ignore[arg-type]
        clock=clock,
        registry=registry,
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    found = asyncio.run(
        collect(StackExchangeSource(context), SearchQuery(skills=["Rust"], limit=5))
    )
    assert len(found) == 5
    top_tags = registry.get(NAME, None, "top-tags", PROFILE.budgets["top-tags"], clock)
    assert top_tags.requests == 5
    assert top_tags.waited >= 4 * 1.0 - 1e-6  # each top-tags call waited out the backoff


def test_throttle_violation_is_waited_out(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    stackexchange.faults.add("/tags/", "throttle_violation")
    started = time.monotonic()
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))
    assert len(found) == 3
    assert time.monotonic() - started >= 1.0  # "more requests available in 1 seconds"
    assert sum("/tags/" in r.url.path for r in stackexchange.requests) == 2


def test_a_spent_quota_fails_fast_instead_of_hanging() -> None:
    calls: list[str] = []
    clock = FakeClock()

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        body = {
            "error_id": 502,
            "error_name": "throttle_violation",
            "error_message": "too many requests from this IP, more requests available in "
            "80123 seconds",
        }
        return httpx.Response(400, json=body)

    src = mock_source(handler, clock)
    with pytest.raises(RateLimitedError, match="80123 seconds"):
        asyncio.run(collect(src, SearchQuery(skills=["Python"])))
    with pytest.raises(RateLimitedError, match="quota spent"):
        asyncio.run(collect(src, SearchQuery(skills=["Python"])))
    assert len(calls) == 1
    assert not clock.sleeps


def test_quota_remaining_zero_stops_the_next_call() -> None:
    fake = FakeStackExchange(USERS, quota_max=4)
    with LocalServer(fake.app) as url, pytest.raises(RateLimitedError, match="quota spent"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=10)))
    assert len(fake.requests) == 4


def test_other_error_envelopes_are_named(fake: tuple[FakeStackExchange, str]) -> None:
    _, url = fake
    with pytest.raises(HttpError, match="bad_parameter: site is required"):
        asyncio.run(
            collect(source(url, stackexchange_site="nosuchsite"), SearchQuery(skills=["Rust"]))
        )


# --- faults ---------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeStackExchange, str], fault: str) -> None:
    stackexchange, url = fake
    stackexchange.faults.add("/tags/", fault)
    stackexchange.faults.add("/users/", fault)
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))
    assert len(found) == 3


def test_persistent_5xx_is_an_upstream_error(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    stackexchange.faults.add("/tags/", *["503"] * 4)
    with pytest.raises(UpstreamError, match="HTTP 503"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))


def test_malformed_body_is_a_clear_error(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    stackexchange.faults.add("/tags/", "malformed")
    with pytest.raises(MalformedResponseError, match="expected JSON"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))


def test_a_wrapper_without_items_is_a_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"quota_max": 300, "quota_remaining": 299})

    with pytest.raises(MalformedPayloadError, match="no 'items' list"):
        asyncio.run(collect(mock_source(handler), SearchQuery(skills=["Python"])))


def test_empty_results_end_quietly(fake: tuple[FakeStackExchange, str]) -> None:
    stackexchange, url = fake
    stackexchange.faults.add("/tags/", "empty")
    assert asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3))) == []
    unknown = SearchQuery(skills=["no-such-tag-anywhere"], limit=3)
    assert asyncio.run(collect(source(url), unknown)) == []


# --- the app key ----------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["500", "timeout", "malformed", "bad_parameter"])
def test_key_is_sent_but_never_part_of_errors(failure: str) -> None:
    keys: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.url.params.get("key"))
        if failure == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if failure == "malformed":
            return httpx.Response(200, content=b"<html>oops</html>")
        if failure == "bad_parameter":
            body = {"error_id": 400, "error_name": "bad_parameter", "error_message": "tag"}
            return httpx.Response(400, json=body)
        return httpx.Response(500, json={"message": "boom"})

    src = mock_source(handler, stackexchange_key=KEY)
    with pytest.raises(HttpError) as caught:
        asyncio.run(collect(src, SearchQuery(skills=["Rust"])))
    assert keys and set(keys) == {KEY}
    assert KEY not in str(caught.value)
    assert "kEy" not in str(caught.value)
    assert "api.example" in str(caught.value)  # still says where it failed
