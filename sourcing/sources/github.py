"""GitHub REST API: user search, profiles with repositories and social accounts, and
reading the user payload (``GET /users/{username}`` plus the ``repos`` and
``social_accounts`` lists the connector attaches)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import Budget, NetworkProfile, NotFoundError, json_body, raise_for_status
from sourcing.paginate import LinkHeaderPaginator, paginate
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    StoredProfile,
    as_str,
    require_mapping,
)
from sourcing.text import html_to_text, plain

NAME = "github"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    urls = [as_str(user.get("html_url")), as_str(user.get("blog"))]
    if twitter := as_str(user.get("twitter_username")):
        urls.append(f"https://x.com/{twitter}")
    for account in user.get("social_accounts") or []:
        if isinstance(account, dict):
            urls.append(as_str(account.get("url")))
    hints: list[str] = []
    repo_text: list[str] = []
    for repo in user.get("repos") or []:
        if not isinstance(repo, dict) or repo.get("fork"):
            continue
        if language := as_str(repo.get("language")):
            hints.append(language)
        hints.extend(t for t in repo.get("topics") or [] if isinstance(t, str))
        if description := as_str(repo.get("description")):
            repo_text.append(description)
    company = plain(as_str(user.get("company")))
    bio = html_to_text(as_str(user.get("bio")))
    text = bio
    if company and company.lstrip("@").lower() not in bio.lower():
        text = f"{bio}\n{company}" if bio else company
    email = as_str(user.get("email"))
    return ProfileFields(
        name=plain(as_str(user.get("name"))),
        handle=as_str(user.get("login")),
        text=text,
        location_text=plain(as_str(user.get("location"))),
        company=company,
        emails=[email] if email else [],
        urls=[u for u in urls if u],
        skill_hints=hints,
        hireable=bool(user.get("hireable")),
    )


# --- the connector ----------------------------------------------------------------

# Skills that GitHub knows as repository languages (``language:`` qualifier).
GITHUB_LANGUAGES = {
    "python": "python",
    "javascript": "javascript",
    "typescript": "typescript",
    "java": "java",
    "kotlin": "kotlin",
    "go": "go",
    "rust": "rust",
    "cpp": "c++",
    "c": "c",
    "csharp": "c#",
    "php": "php",
    "ruby": "ruby",
    "swift": "swift",
    "scala": "scala",
    "dart": "dart",
    "elixir": "elixir",
    "haskell": "haskell",
    "r": "r",
    "julia": "julia",
    "lua": "lua",
    "perl": "perl",
    "clojure": "clojure",
    "objective-c": "objective-c",
    "shell": "shell",
    "vhdl": "vhdl",
    "html": "html",
    "css": "css",
    "terraform": "hcl",
    "vuejs": "vue",
    "svelte": "svelte",
}

PROFILE = NetworkProfile(
    name=NAME,
    # Anonymous budgets; the server's x-ratelimit-* headers take over at once.
    budgets={"search": Budget(10, 60.0), "core": Budget(60, 3600.0)},
    bucket_of=lambda request: "search" if request.url.path.endswith("/search/users") else "core",
)


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value


def search_queries(query: SearchQuery) -> list[str]:
    """One GitHub user search per skill or keyword (GitHub ANDs terms, recruiters OR
    them): languages become ``language:``, the place ``location:``."""
    from sourcing.parsing.vocab import load_skills

    skills = load_skills()
    suffix = " type:user"
    if query.location:
        suffix = f" location:{_quote(query.location)}{suffix}"
    queries = []
    for term in [*query.skills, *query.keywords]:
        skill = skills.lookup(term)
        if skill is not None and skill.id in GITHUB_LANGUAGES:
            queries.append(f"language:{_quote(GITHUB_LANGUAGES[skill.id])}{suffix}")
        else:
            queries.append(f"{_quote(term)}{suffix}")
    return list(dict.fromkeys(queries))


class GitHubSource:
    """GitHub users: search, then each profile with its repositories (skill evidence)
    and social accounts (links to the person's other networks)."""

    name = NAME
    description = "GitHub user search (language, location, name); token optional."

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        self.token = settings.github_token.get_secret_value() if settings.github_token else None
        self.base_url = settings.github_api_url
        self.limit = settings.fetch_limit_per_source
        self._open: httpx.AsyncClient | None = None

    async def __aenter__(self) -> "GitHubSource":
        """Hold one client open for many calls (a refresh of many profiles)."""
        self._open = self.client()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._open is not None:
            await self._open.aclose()
            self._open = None

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[httpx.AsyncClient]:
        if self._open is not None:
            yield self._open
        else:
            async with self.client() as client:
                yield client

    def client(self) -> httpx.AsyncClient:
        headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return self.context.client(PROFILE, self.base_url, headers, credential=self.token)

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        limit = min(self.limit, query.limit)
        seen: set[str] = set()
        async with self.client() as client:
            for q in search_queries(query):
                pages = paginate(
                    client,
                    "/search/users",
                    {"q": q, "per_page": 100},
                    LinkHeaderPaginator(max_pages=10),
                )
                async for _, body in pages:
                    items = body.get("items") if isinstance(body, dict) else None
                    if not isinstance(items, list):
                        raise MalformedPayloadError(f"GitHub search for {q!r}: no 'items' list")
                    for item in items:
                        login = item.get("login") if isinstance(item, dict) else None
                        if not isinstance(login, str) or login in seen:
                            continue
                        if item.get("type", "User") != "User":
                            continue
                        seen.add(login)
                        profile = await self.profile(client, login)
                        if profile is not None:
                            yield profile
                        if len(seen) >= limit:
                            return

    async def profile(
        self,
        client: httpx.AsyncClient,
        login: str,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> RawProfile | None:
        """The user with repos and social accounts; ``None`` when GitHub answers 304."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        elif last_modified:
            headers["If-Modified-Since"] = last_modified
        response = await client.get(f"/users/{login}", headers=headers)
        if response.status_code == 304:
            return None
        raise_for_status(response)
        user = json_body(response)
        if not isinstance(user, dict) or "login" not in user or "id" not in user:
            raise MalformedPayloadError(f"GitHub /users/{login}: not a user object")
        repos = await self._list(
            client, f"/users/{login}/repos", {"type": "owner", "sort": "pushed", "per_page": 100}
        )
        social = await self._list(client, f"/users/{login}/social_accounts", {"per_page": 100})
        payload = {**user, "repos": repos, "social_accounts": social}
        return RawProfile(
            source=NAME,
            external_id=str(user["id"]),
            handle=str(user["login"]),
            url=str(user.get("html_url") or ""),
            payload=payload,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    async def _list(
        self, client: httpx.AsyncClient, path: str, params: dict[str, Any]
    ) -> list[Any]:
        response = await client.get(path, params=params)
        if response.status_code == 404:
            return []
        raise_for_status(response)
        body = json_body(response)
        return body if isinstance(body, list) else []

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        """Profiles named by links (logins); unknown logins are skipped."""
        found = []
        async with self._session() as client:
            for login in keys:
                try:
                    profile = await self.profile(client, login)
                except NotFoundError:
                    continue
                if profile is not None:
                    found.append(profile)
        return found

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        async with self._session() as client:
            return await self.profile(client, stored.handle, stored.etag, stored.last_modified)
