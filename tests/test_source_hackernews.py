"""Hacker News "Who wants to be hired?" connector: the post parser, and the connector
against a local fake Algolia HN API on 127.0.0.1 (real HTTP)."""

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from models.schemas import SearchQuery
from sourcing.http import FakeClock, HttpError, LimiterRegistry, RetryPolicy
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import MalformedPayloadError, SourceContext
from sourcing.sources.fakes.hackernews import FakeHackerNews, parse_tags
from sourcing.sources.fakes.server import FaultPlan, LocalServer, WindowBudget
from sourcing.sources.hackernews import (
    HackerNewsSource,
    HiringPost,
    PostMatcher,
    deobfuscate_email,
    parse_hiring_post,
    read_fields,
    split_technologies,
)
from tests.contract import assert_source_contract, collect

FIXTURES = Path(__file__).parent / "fixtures" / "hackernews"
THREADS = json.loads((FIXTURES / "threads.json").read_text(encoding="utf-8"))["hits"]
COMMENTS = json.loads((FIXTURES / "comments.json").read_text(encoding="utf-8"))["hits"]
JULY, JUNE, MAY = "44444444", "44200000", "43900000"


def authors_in(story_id: str) -> set[str]:
    return {
        c["author"]
        for c in COMMENTS
        if str(c["story_id"]) == story_id and c["parent_id"] == c["story_id"] and c["author"]
    }


@pytest.fixture
def fake() -> Iterator[tuple[FakeHackerNews, str]]:
    fake = FakeHackerNews(
        THREADS, COMMENTS, faults=FaultPlan(timeout_seconds=2.0), max_hits_per_page=7
    )
    with LocalServer(fake.app) as url:
        yield fake, url


def source(url: str, threads: int = 2, **settings: Any) -> HackerNewsSource:
    context = SourceContext(
        settings=Settings(hn_api_url=url, http_timeout_seconds=1.0, **settings),
        registry=LimiterRegistry(),
        retry=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
    )
    return HackerNewsSource(context, threads=threads)


def search(url: str, query: SearchQuery, threads: int = 2) -> list[Any]:
    return asyncio.run(collect(source(url, threads), query))


# --- the post parser ---------------------------------------------------------------------

LINK = '<a href="https:&#x2F;&#x2F;{0}" rel="nofollow">https:&#x2F;&#x2F;{1}</a>'

POSTS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "template, one key a paragraph, truncated link, bracketed e-mail",
        "Location: Lyon, France<p>Remote: Yes<p>Willing to relocate: No<p>Technologies: Rust, "
        "C, embedded Linux, CAN<p>R&#xE9;sum&#xE9;&#x2F;CV: "
        + LINK.format(
            "mira.example.dev&#x2F;cv&#x2F;2025&#x2F;mira-kowal-firmware.pdf",
            "mira.example.dev&#x2F;cv&#x2F;2025&#x2F;mira-ko...",
        )
        + "<p>Email: mira [at] example [dot] dev<p>Nine years of firmware.",
        {
            "location": "Lyon, France",
            "remote": True,
            "relocate": False,
            "technologies": ("Rust", "C", "embedded Linux", "CAN"),
            "resume_url": "https://mira.example.dev/cv/2025/mira-kowal-firmware.pdf",
            "email": "mira@example.dev",
            "rest": "Nine years of firmware.",
        },
    ),
    (
        "everything on one line with pipes, words for at and dot, bare domain",
        "SEEKING WORK | Location: Berlin | Remote: hybrid | Willing to relocate: no | "
        "Technologies: Python (Django, FastAPI), Go and PostgreSQL | CV: jonas.example.org&#x2F;cv"
        " | Email: jonas at example dot org",
        {
            "location": "Berlin",
            "remote": True,
            "relocate": False,
            "technologies": ("Python", "Django", "FastAPI", "Go", "PostgreSQL"),
            "resume_url": "https://jonas.example.org/cv",
            "email": "jonas@example.org",
            "rest": "SEEKING WORK",
        },
    ),
    (
        "French keys, arobase and point",
        "Localisation : Nantes, France<p>T&#xE9;l&#xE9;travail : 100%<p>Pr&#xEA;t &#xE0; "
        "d&#xE9;m&#xE9;nager : Oui<p>Comp&#xE9;tences : TypeScript, React, Node.js<p>CV : "
        + LINK.format("thu.example.fr", "thu.example.fr")
        + "<p>Courriel : thu.nguyen arobase example point fr<p>Je cherche un CDI &#x2F; "
        "une mission.",
        {
            "location": "Nantes, France",
            "remote": True,
            "relocate": True,
            "technologies": ("TypeScript", "React", "Node.js"),
            "resume_url": "https://thu.example.fr",
            "email": "thu.nguyen@example.fr",
            "rest": "Je cherche un CDI / une mission.",
        },
    ),
    (
        "lowercase keys, parenthesised at and dot, no CV",
        "location: paris<p>remote: non<p>willing to relocate: oui<p>technologies: java; spring "
        "boot; kubernetes<p>email: claire.martin (at) example (dot) fr",
        {
            "location": "paris",
            "remote": False,
            "relocate": True,
            "technologies": ("java", "spring boot", "kubernetes"),
            "resume_url": "",
            "email": "claire.martin@example.fr",
        },
    ),
    (
        "free text first, a mailto link, Location: Remote",
        "Hi! Data scientist with a physics PhD.<p>Location: Remote<p>Technologies: machine "
        'learning, PyTorch, SQL<p>Reach me: <a href="mailto:ana@example.net">ana@example.net</a>',
        {
            "location": "Remote",
            "remote": True,
            "relocate": None,
            "technologies": ("machine learning", "PyTorch", "SQL"),
            "email": "ana@example.net",
            "rest": "Hi! Data scientist with a physics PhD.\nReach me: ana@example.net",
        },
    ),
    (
        "dashes between keys, capitalised AT and DOT with a dotted local part",
        "Location: Stockholm - Remote: yes - Willing to relocate: no - Tech stack: Elixir, "
        "Phoenix - Email: hello.there AT lindqvist DOT example DOT se",
        {
            "location": "Stockholm",
            "remote": True,
            "relocate": False,
            "technologies": ("Elixir", "Phoenix"),
            "email": "hello.there@lindqvist.example.se",
        },
    ),
    (
        "missing lines, e-mail only 'in profile', nuanced answers",
        "Location: Montreal, Canada<p>Willing to relocate: Within Canada<p>Skills: Kotlin, "
        "Android, Jetpack Compose<p>Email: in profile",
        {
            "location": "Montreal, Canada",
            "remote": None,
            "relocate": None,
            "technologies": ("Kotlin", "Android", "Jetpack Compose"),
            "resume_url": "",
            "email": "",
        },
    ),
    (
        "no template at all: a plain e-mail and a link in the prose",
        "Backend engineer (Go, gRPC) looking for a remote role. Portfolio at "
        + LINK.format("grace.example.ke", "grace.example.ke")
        + ", write to grace@example.ke.",
        {
            "location": "",
            "remote": None,
            "technologies": (),
            "resume_url": "",
            "email": "grace@example.ke",
            "urls": ("https://grace.example.ke",),
        },
    ),
    (
        "Résumé/CV written with br tags and an e-mail in curly braces",
        "Location: Lagos<br>Remote: Yes, preferred<br>Willing to relocate: Yes (EU, US)<br>"
        "Technologies: TypeScript, Next.js, GraphQL<br>Resume: "
        + LINK.format("emeka.example.com&#x2F;resume", "emeka.example.com&#x2F;resume")
        + "<br>E-mail: emeka{at}example{dot}com",
        {
            "location": "Lagos",
            "remote": True,
            "relocate": True,
            "technologies": ("TypeScript", "Next.js", "GraphQL"),
            "resume_url": "https://emeka.example.com/resume",
            "email": "emeka@example.com",
        },
    ),
    (
        "on-site only, French mobility key, CV on request",
        "Location: Vienna<p>Remote: On-site only<p>Mobilit&#xE9; : non<p>Technologies: .NET, "
        "C#, Azure<p>CV: on request<p>Email: lukas@example.at",
        {
            "location": "Vienna",
            "remote": False,
            "relocate": False,
            "technologies": (".NET", "C#", "Azure"),
            "resume_url": "",
            "email": "lukas@example.at",
        },
    ),
]


@pytest.mark.parametrize(("label", "html", "expected"), POSTS, ids=[p[0] for p in POSTS])
def test_parse_hiring_post(label: str, html: str, expected: dict[str, Any]) -> None:
    post = parse_hiring_post(html)
    assert isinstance(post, HiringPost)
    assert {key: getattr(post, key) for key in expected} == expected
    assert "<" not in post.text and "&#x" not in post.text


@pytest.mark.parametrize(
    ("value", "email"),
    [
        ("mira [at] example [dot] dev", "mira@example.dev"),
        ("mira(at)example(dot)dev", "mira@example.dev"),
        ("mira at example dot dev", "mira@example.dev"),
        ("Mira AT Example DOT Dev", "mira@example.dev"),
        ("mira @ example.dev", "mira@example.dev"),
        ("first.last+hn [at] mail.example.co.uk", "first.last+hn@mail.example.co.uk"),
        ("mira arobase example point fr", "mira@example.fr"),
        ("mira <at> example <dot> dev", "mira@example.dev"),
        ("in profile", ""),
        ("available at request", ""),
        ("", ""),
    ],
)
def test_deobfuscate_email(value: str, email: str) -> None:
    assert deobfuscate_email(value) == email


def test_split_technologies() -> None:
    assert split_technologies("Languages: Python, Go; Tools: Docker / Terraform et Ansible.") == (
        "Python",
        "Go",
        "Docker",
        "Terraform",
        "Ansible",
    )
    assert split_technologies("CI/CD, C++, Node.js") == ("CI/CD", "C++", "Node.js")


def test_read_fields_from_the_payload() -> None:
    comment = next(c for c in COMMENTS if c["author"] == "okafor_e")
    fields = read_fields({"comment": comment, "post": {}})
    assert fields.name == fields.handle == "okafor_e"
    assert fields.location_text == "Lagos, Nigeria"
    assert fields.emails == ["emeka@example.com"]
    assert fields.urls[0].endswith("/emeka-okafor-full-stack-engineer.pdf")  # not the "..."
    assert fields.urls[-1] == "https://news.ycombinator.com/user?id=okafor_e"
    assert fields.skill_hints == ["TypeScript", "Next.js", "GraphQL", "AWS"]
    assert fields.hireable
    assert fields.text.startswith("Location: Lagos, Nigeria\nRemote: Yes")


def test_read_fields_accepts_a_bare_firebase_item() -> None:
    item = {"by": "mkowal", "id": 40231877, "type": "comment", "text": "Location: Lyon"}
    fields = read_fields(item)
    assert (fields.handle, fields.location_text) == ("mkowal", "Lyon")
    with pytest.raises(MalformedPayloadError):
        read_fields({"comment": "not an object"})


def test_matching_uses_the_skill_taxonomy() -> None:
    post = parse_hiring_post("Location: Lyon<p>Technologies: k8s, Go<p>I go to meetups.")
    assert PostMatcher.of(SearchQuery(skills=["Kubernetes"]))(post)
    assert PostMatcher.of(SearchQuery(skills=["golang"]))(post)
    assert PostMatcher.of(SearchQuery(keywords=["meetups"]))(post)
    assert not PostMatcher.of(SearchQuery(skills=["Python"]))(post)
    assert not PostMatcher.of(SearchQuery(skills=["Go"], location="Paris"))(post)
    assert PostMatcher.of(SearchQuery(skills=["Go"], location="lyon"))(post)
    lowercase_go = parse_hiring_post("I go to meetups and like to go hiking.")
    assert not PostMatcher.of(SearchQuery(skills=["Go"]))(lowercase_go)


def test_fake_tags_syntax() -> None:
    assert parse_tags("comment,(story_1,story_2)") == [{"comment"}, {"story_1", "story_2"}]


# --- the connector against the fake API --------------------------------------------------


def test_contract(fake: tuple[FakeHackerNews, str], tmp_path: Path, parser: ProfileParser) -> None:
    hn, url = fake
    query = SearchQuery(skills=["Python", "TypeScript"], limit=60)
    found = assert_source_contract(lambda: source(url), query, tmp_path, parser, more_than=20)
    authors = [p.handle for p in found]
    assert len(authors) == len(set(authors)), "one post per person"
    assert set(authors) <= authors_in(JULY) | authors_in(JUNE)
    assert "may_only" not in authors  # older than the two latest threads
    assert {"curious_reader", "flagger", ""}.isdisjoint(authors)  # replies, removed posts
    assert "twin_a" in authors  # shares its second with the page boundary
    first = found[0]
    assert first.external_id == first.handle  # the identity is the HN account
    assert first.url == f"https://news.ycombinator.com/user?id={first.handle}"
    assert set(first.payload) == {"comment", "post"}
    assert first.payload["post"]["technologies"]
    # keyset paging by time, never Algolia's capped ``page``
    paged = [r for r in hn.requests if "numericFilters" in r]
    assert paged and all(r["numericFilters"].startswith("created_at_i<=") for r in paged)
    assert all("page" not in r for r in hn.requests)


def test_reposting_people_are_kept_once_with_their_newest_post(
    fake: tuple[FakeHackerNews, str],
) -> None:
    _, url = fake
    found = search(url, SearchQuery(skills=["Python", "TypeScript", "Java"], limit=200))
    both = authors_in(JULY) & authors_in(JUNE)
    assert both
    for profile in found:
        if profile.handle in both:
            assert str(profile.payload["comment"]["story_id"]) == JULY


def test_latest_thread_only(fake: tuple[FakeHackerNews, str]) -> None:
    _, url = fake
    found = search(url, SearchQuery(skills=["Python"], limit=200), threads=1)
    assert found and {p.handle for p in found} <= authors_in(JULY)


def test_location_filters_on_the_location_line(fake: tuple[FakeHackerNews, str]) -> None:
    _, url = fake
    found = search(url, SearchQuery(skills=["Python"], location="Bordeaux", limit=10))
    assert [p.handle for p in found] == ["dbois"]
    assert read_fields(found[0].payload).emails == ["damien.bois@example.fr"]


@pytest.mark.parametrize("fault", ["429", "500", "502", "timeout"])
def test_transient_failures_are_retried(fake: tuple[FakeHackerNews, str], fault: str) -> None:
    hn, url = fake
    hn.faults.add("/search_by_date", fault)
    found = search(url, SearchQuery(skills=["Rust"], limit=3))
    assert sorted(p.handle for p in found) == ["mkowal", "ostrowski"]
    assert hn.requests[0] == hn.requests[1]  # the failed try, then its retry


def test_malformed_body_is_a_clear_error(fake: tuple[FakeHackerNews, str]) -> None:
    hn, url = fake
    hn.faults.add("/search_by_date", "malformed")
    with pytest.raises(ValueError, match="expected JSON"):
        search(url, SearchQuery(skills=["Rust"], limit=3))


def test_empty_results_end_quietly(fake: tuple[FakeHackerNews, str]) -> None:
    hn, url = fake
    hn.faults.add("/search_by_date", "empty")
    assert search(url, SearchQuery(skills=["Rust"], limit=3)) == []
    assert len(hn.requests) == 1  # no thread: no comment request


def test_a_refused_budget_ends_in_a_clear_error() -> None:
    hn = FakeHackerNews(THREADS, COMMENTS, budget=WindowBudget(1, 3600.0))
    with LocalServer(hn.app) as url, pytest.raises(HttpError, match="rate limited"):
        search(url, SearchQuery(skills=["Rust"], limit=3))
    assert hn.budget.refused >= 1


def test_a_body_without_hits_is_malformed() -> None:
    context = SourceContext(
        settings=Settings(hn_api_url="https://hn.example/api/v1"),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"x": 1})),
        clock=FakeClock(),
        registry=LimiterRegistry(),
    )
    with pytest.raises(MalformedPayloadError, match="no 'hits' list"):
        asyncio.run(collect(HackerNewsSource(context), SearchQuery(skills=["Rust"])))
