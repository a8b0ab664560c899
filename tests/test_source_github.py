"""GitHub connector against a local fake GitHub on 127.0.0.1 (real HTTP)."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from models.schemas import SearchQuery
from sourcing.http import FakeClock, LimiterRegistry, RetryPolicy
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import SourceContext, StoredProfile
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.server import FaultPlan, LocalServer, WindowBudget
from sourcing.sources.github import GitHubSource, search_queries
from sourcing.sources.sample import SampleSource
from tests.contract import assert_source_contract, collect

USERS = [r.payload for r in SampleSource().records() if r.source == "github"]


@pytest.fixture
def fake() -> Iterator[tuple[FakeGitHub, str]]:
    fake = FakeGitHub(USERS, faults=FaultPlan(timeout_seconds=2.0))
    with LocalServer(fake.app) as url:
        yield fake, url


def source(url: str, **settings: object) -> GitHubSource:
    context = SourceContext(
        settings=Settings(github_api_url=url, http_timeout_seconds=1.0, **settings),  # type: ignore[arg-type]
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return GitHubSource(context)


def test_queries_use_language_and_location_qualifiers() -> None:
    query = SearchQuery(skills=["Python", "Kubernetes"], keywords=["fintech"], location="Lyon")
    assert search_queries(query) == [
        "language:python location:Lyon type:user",
        "Kubernetes location:Lyon type:user",
        "fintech location:Lyon type:user",
    ]


def test_contract(fake: tuple[FakeGitHub, str], tmp_path: Path, parser: ProfileParser) -> None:
    _, url = fake
    query = SearchQuery(skills=["Python", "JavaScript"], limit=60)
    found = assert_source_contract(lambda: source(url), query, tmp_path, parser, more_than=30)
    payload = found[0].payload
    assert {"login", "id", "repos", "social_accounts"} <= set(payload)
    assert found[0].etag


def test_refresh_of_an_unchanged_profile_is_a_free_304(fake: tuple[FakeGitHub, str]) -> None:
    github, url = fake
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))
    used_before = github.core_budget.used
    stored = StoredProfile(
        "github", found[0].external_id, found[0].handle, found[0].url, etag=found[0].etag
    )
    assert asyncio.run(source(url).refresh(stored)) is None
    assert github.not_modified == 1
    assert github.core_budget.used == used_before


@pytest.mark.parametrize("fault", ["429", "500", "502", "timeout", "403-ratelimit"])
def test_transient_failures_are_retried(fake: tuple[FakeGitHub, str], fault: str) -> None:
    github, url = fake
    github.faults.add("/search/users", fault)
    github.faults.add("/users/", fault)
    found = asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))
    assert len(found) == 3


def test_malformed_body_is_a_clear_error(fake: tuple[FakeGitHub, str]) -> None:
    github, url = fake
    github.faults.add("/search/users", "malformed")
    with pytest.raises(ValueError, match="expected JSON"):
        asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3)))


def test_empty_results_end_quietly(fake: tuple[FakeGitHub, str]) -> None:
    github, url = fake
    github.faults.add("/search/users", "empty")
    assert asyncio.run(collect(source(url), SearchQuery(skills=["Rust"], limit=3))) == []


def test_budget_exhaustion_waits_for_the_reset_instead_of_failing() -> None:
    github = FakeGitHub(USERS, search_budget=WindowBudget(2, 1.0))
    with LocalServer(github.app) as url:
        query = SearchQuery(skills=["Python", "Rust", "Go", "Java"], limit=4)
        found = asyncio.run(collect(source(url), query))
    assert len(found) == 4
    assert github.search_budget.refused == 0  # paced by the headers, never refused


def test_token_is_sent_but_never_part_of_errors() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(500, json={"message": "boom"})

    context = SourceContext(
        settings=Settings(github_api_url="https://api.example", github_token="s3cr3t"),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        clock=FakeClock(),
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    with pytest.raises(Exception) as caught:
        asyncio.run(collect(GitHubSource(context), SearchQuery(skills=["Rust"])))
    assert seen == ["Bearer s3cr3t", "Bearer s3cr3t"]
    assert "s3cr3t" not in str(caught.value)
