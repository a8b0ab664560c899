"""GitLab connector against a local fake GitLab.com API on 127.0.0.1 (real HTTP), plus
the reference response shapes through ``httpx.MockTransport``."""

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.schemas import SearchQuery
from sourcing.http import (
    FakeClock,
    LimiterRegistry,
    NotFoundError,
    RetryPolicy,
    UpstreamError,
)
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources import gitlab
from sourcing.sources.base import SourceContext, SourceDisabledError, StoredProfile
from sourcing.sources.fakes.gitlab import FORBIDDEN, PREFIX, FakeGitLab, user_basic
from sourcing.sources.fakes.server import FaultPlan, LocalServer, WindowBudget
from sourcing.sources.gitlab import GitLabSource
from tests.contract import assert_source_contract, collect

FIXTURES = Path(__file__).parent / "fixtures" / "gitlab"
USERS: list[dict[str, Any]] = json.loads((FIXTURES / "users.json").read_text())
RESPONSES: dict[str, Any] = json.loads((FIXTURES / "responses.json").read_text())
BY_USERNAME = {u["username"]: u for u in USERS}
TOKEN = "glpat-test-5ecr3t-token"
NOT_PEOPLE = {u["id"] for u in USERS if u["bot"] or u["state"] != "active"}
USERS_PATH = f"{PREFIX}/users"


@pytest.fixture
def fake() -> Iterator[tuple[FakeGitLab, str]]:
    fake = FakeGitLab(USERS, token=TOKEN, faults=FaultPlan(timeout_seconds=1.0), max_per_page=4)
    with LocalServer(fake.app) as url:
        yield fake, f"{url}{PREFIX}"


def source(url: str, token: str | None = TOKEN, **settings: object) -> GitLabSource:
    context = SourceContext(
        settings=Settings(
            gitlab_api_url=url,
            gitlab_token=token,  # type: ignore[arg-type]
            http_timeout_seconds=0.5,
            **settings,  # type: ignore[arg-type]
        ),
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return GitLabSource(context)


def search(url: str, *skills: str, limit: int = 50, token: str | None = TOKEN) -> list[Any]:
    query = SearchQuery(skills=list(skills), limit=limit)
    return asyncio.run(collect(source(url, token), query))


# --- reading ----------------------------------------------------------------------


def test_user_reads_social_fields_as_urls_and_work_as_text() -> None:
    fields = gitlab.read_fields(RESPONSES["user"])
    assert fields.name == "Mira Kowal"
    assert fields.handle == "mkowal"
    assert fields.location_text == "Lyon, France"
    assert fields.company == "Tidewater Labs"
    assert fields.text == "Embedded + Rust\nFirmware Engineer at Tidewater Labs"
    assert fields.urls == [
        "https://gitlab.com/mkowal",
        "https://mira.example.dev",
        "https://www.linkedin.com/in/mira-kowal",
        "https://x.com/mirakowal",
        "https://github.com/mira-kowal",
    ]
    assert fields.emails == []  # public_email is ""


def test_social_fields_given_as_urls_or_with_at_signs_are_normalised() -> None:
    paroy = gitlab.read_fields(BY_USERNAME["paroy"])
    assert "https://x.com/paroy_dev" in paroy.urls  # "@paroy_dev"
    assert "https://paroy.example.ca" in paroy.urls  # website without a scheme
    girard = gitlab.read_fields(BY_USERNAME["mgirard"])
    assert "https://www.linkedin.com/in/mathis-girard-example" in girard.urls
    ninon = gitlab.read_fields(BY_USERNAME["ninon-b"])
    assert "https://bsky.app/profile/ninon.example.fr" in ninon.urls  # a link in the bio


def test_public_email_null_organization_and_user_basic_read_cleanly() -> None:
    laura = gitlab.read_fields(BY_USERNAME["lschmitt"])
    assert laura.emails == ["laura.schmitt@example.org"]
    assert laura.company == ""  # organization: null
    basic = gitlab.read_fields(user_basic(BY_USERNAME["lschmitt"]))
    assert (basic.name, basic.text, basic.urls) == (
        "Laura Schmitt",
        "",
        ["https://gitlab.com/lschmitt"],
    )


# --- without a token ------------------------------------------------------------------


def test_search_without_a_token_says_so_before_any_request(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    with pytest.raises(SourceDisabledError, match=r"personal access token.*VIVIER_GITLAB_TOKEN"):
        search(url, "Python", token=None)
    assert app.requests == 0


def test_the_fake_refuses_anonymous_search_like_gitlab_com(fake: tuple[FakeGitLab, str]) -> None:
    _, url = fake
    response = httpx.get(f"{url}/users", params={"search": "python"})
    assert (response.status_code, response.json()) == (403, FORBIDDEN)
    signed_in = httpx.get(
        f"{url}/users", params={"search": "python"}, headers={"PRIVATE-TOKEN": TOKEN}
    )
    assert signed_in.status_code == 200 and signed_in.json()
    wrong = httpx.get(
        f"{url}/users", params={"search": "python"}, headers={"PRIVATE-TOKEN": "nope"}
    )
    assert wrong.status_code == 401


def test_exact_username_lookup_works_anonymously(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    anonymous = source(url, token=None)
    found = asyncio.run(anonymous.lookup_username("mkowal"))
    assert found is not None
    assert found.external_id == str(BY_USERNAME["mkowal"]["id"])
    assert found.payload == user_basic(BY_USERNAME["mkowal"])  # /users/:id needs sign-in
    assert asyncio.run(anonymous.lookup_username("nobody-here")) is None
    assert asyncio.run(anonymous.lookup_username("project_4412877_bot_3f9a2c")) is None
    assert asyncio.run(anonymous.lookup_username("gonefishing")) is None
    assert app.authenticated_requests == 0
    full = asyncio.run(source(url).lookup_username("mkowal"))
    assert full is not None and full.payload["bio"] == "Embedded + Rust"


def test_refresh_with_and_without_a_token(fake: tuple[FakeGitLab, str]) -> None:
    _, url = fake
    mira = BY_USERNAME["mkowal"]
    stored = StoredProfile("gitlab", str(mira["id"]), "mkowal", mira["web_url"])
    fresh = asyncio.run(source(url).refresh(stored))
    assert fresh is not None and fresh.payload == mira
    anonymous = asyncio.run(source(url, token=None).refresh(stored))
    assert anonymous is not None and anonymous.external_id == str(mira["id"])
    with pytest.raises(NotFoundError):
        asyncio.run(source(url).refresh(StoredProfile("gitlab", "1", "ghost", "")))
    with pytest.raises(NotFoundError, match="gone"):
        asyncio.run(source(url, token=None).refresh(StoredProfile("gitlab", "1", "mkowal", "")))


def test_linked_usernames_are_fetched_anonymously(fake: tuple[FakeGitLab, str]) -> None:
    _, url = fake
    linked = asyncio.run(source(url, token=None).fetch_linked(["ninon-b", "ghost", "lschmitt"]))
    assert [p.handle for p in linked] == ["ninon-b", "lschmitt"]


# --- searching with a token --------------------------------------------------------------


def test_contract(fake: tuple[FakeGitLab, str], tmp_path: Path, parser: ProfileParser) -> None:
    app, url = fake
    query = SearchQuery(skills=["Python", "Rust", "Kubernetes"], limit=60)
    found = assert_source_contract(lambda: source(url), query, tmp_path, parser, more_than=15)
    assert {"bio", "location", "web_url", "work_information"} <= set(found[0].payload)
    assert not {int(p.external_id) for p in found} & NOT_PEOPLE
    assert found[0].url == f"https://gitlab.com/{found[0].handle}"
    assert app.authenticated_requests == app.requests


def test_link_pagination_to_the_end(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    found = search(url, "Python", limit=100)
    pages = app.calls["list"]
    assert len(found) > 2 * app.max_per_page
    assert pages == -(-len(found) // app.max_per_page)
    assert app.requests == pages + len(found)  # one /users/:id per person


def test_a_repeated_next_link_stops_the_search(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    app.stuck_links = True
    found = search(url, "Python", limit=100)
    assert app.calls["list"] == 2
    assert len(found) == 2 * app.max_per_page


def test_the_limit_is_honoured_without_fetching_more(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    assert len(search(url, "Python", limit=3)) == 3
    assert app.requests == 1 + 3


def test_bots_and_inactive_users_are_skipped_when_the_server_does_not_filter() -> None:
    """An older self-managed GitLab ignores ``humans``/``active``: Vivier checks itself."""
    blocked, person = BY_USERNAME["oldaccount-python"], BY_USERNAME["tleroy"]
    # A bot whose name does not give it away: only the single-user object says so.
    bot = {**BY_USERNAME["group_991203_bot_77ab01"], "username": "release-helper"}
    details = {u["id"]: u for u in (bot, blocked, person)}
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if request.url.path.endswith("/users"):
            return httpx.Response(200, json=[user_basic(u) for u in (bot, blocked, person)])
        return httpx.Response(200, json=details[int(request.url.path.rsplit("/", 1)[1])])

    context = SourceContext(
        settings=Settings(gitlab_api_url="https://gitlab.example/api/v4", gitlab_token=TOKEN),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        registry=LimiterRegistry(),
    )
    gl = GitLabSource(context)
    found = asyncio.run(collect(gl, SearchQuery(skills=["Python"])))
    assert [p.handle for p in found] == ["tleroy"]
    assert gl.skipped == 2
    assert f"/api/v4/users/{blocked['id']}" not in asked  # state known from the listing
    assert f"/api/v4/users/{bot['id']}" in asked


# --- failures -----------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeGitLab, str], fault: str) -> None:
    app, url = fake
    app.faults.add(USERS_PATH, fault, fault)  # the search page, then a /users/:id
    assert len(search(url, "Rust", limit=3)) == 3


def test_persistent_outage_is_an_upstream_error(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    app.faults.add(USERS_PATH, "502", "502", "502", "502")
    with pytest.raises(UpstreamError, match="HTTP 502"):
        search(url, "Rust")


def test_malformed_body_is_a_clear_error(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    app.faults.add(USERS_PATH, "malformed")
    with pytest.raises(ValueError, match="expected JSON"):
        search(url, "Rust")


def test_empty_results_end_quietly(fake: tuple[FakeGitLab, str]) -> None:
    app, url = fake
    app.faults.add(USERS_PATH, "empty")
    assert search(url, "Rust") == []
    assert search(url, "nothing-matches-this-term") == []


def test_budget_exhaustion_waits_for_the_reset_instead_of_failing() -> None:
    app = FakeGitLab(USERS, token=TOKEN, budget=WindowBudget(4, 1.0), max_per_page=4)
    with LocalServer(app.app) as url:
        found = search(f"{url}{PREFIX}", "Python", limit=6)
    assert len(found) == 6
    assert app.budget.refused == 0  # paced by RateLimit-* headers, never refused


def test_token_is_sent_as_private_token_but_never_part_of_errors() -> None:
    seen: list[tuple[str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers.get("private-token"), request.headers.get("authorization")))
        if len(seen) == 1:
            return httpx.Response(500, json={"message": "500 Internal Server Error"})
        return httpx.Response(401, json={"message": "401 Unauthorized"})

    context = SourceContext(
        settings=Settings(gitlab_api_url="https://gitlab.example/api/v4", gitlab_token=TOKEN),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    with pytest.raises(Exception) as caught:
        asyncio.run(collect(GitLabSource(context), SearchQuery(skills=["Rust"])))
    assert seen == [(TOKEN, None), (TOKEN, None)]
    assert "401" in str(caught.value)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in repr(caught.value)


def test_reference_shapes_page_by_link_and_read_the_429() -> None:
    """Real shapes: UserBasic pages linked by ``Link``, GitLab's plain-text 429 with
    ``Retry-After``, then the single-user object."""
    clock = FakeClock()
    base = "https://gitlab.example/api/v4"
    calls: list[str] = []
    users = {u["id"]: u for u in USERS}

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if len(calls) == 1:
            return httpx.Response(429, text="Retry later\n", headers={"retry-after": "42"})
        if request.url.path.endswith("/users") and request.url.params.get("page") is None:
            link = f'<{base}/users?search=rust&page=2&per_page=100>; rel="next"'
            return httpx.Response(200, json=RESPONSES["users_search"], headers={"link": link})
        if request.url.path.endswith("/users"):
            return httpx.Response(200, json=RESPONSES["users_search_last"])
        return httpx.Response(200, json=users[int(request.url.path.rsplit("/", 1)[1])])

    context = SourceContext(
        settings=Settings(gitlab_api_url=base, gitlab_token=TOKEN),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=clock,
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=3, base_delay=0.01),
    )
    found = asyncio.run(collect(GitLabSource(context), SearchQuery(skills=["rust"])))
    assert [p.handle for p in found] == ["mkowal", "ninon-b", "lschmitt"]
    assert 42 in clock.sleeps
    first = httpx.URL(calls[0])
    assert first.params["search"] == "rust" and first.params["per_page"] == "100"
    assert calls[4] == f"{base}/users?search=rust&page=2&per_page=100"
