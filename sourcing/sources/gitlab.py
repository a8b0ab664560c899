"""GitLab REST API v4: user search (needs a token on GitLab.com), the single-user
object (``GET /users/:id``) and reading it, plus the exact username lookup that works
anonymously (used for snowballing).

Without a token GitLab.com answers ``403 Not authorized to access /api/v4/users`` to
any listing or search, so ``search`` refuses up front with what to configure."""

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import (
    Budget,
    NetworkProfile,
    NotFoundError,
    header_signals,
    json_body,
    raise_for_status,
)
from sourcing.paginate import LinkHeaderPaginator, paginate
from sourcing.parsing.extract import urls_in
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    SourceDisabledError,
    StoredProfile,
    as_str,
    require_mapping,
)
from sourcing.text import html_to_text, plain

NAME = "gitlab"
TOKEN_NEEDED = (
    "GitLab user search needs a personal access token (read_user): set VIVIER_GITLAB_TOKEN"
)


def _social_url(value: str, base: str, hosts: tuple[str, ...]) -> str:
    """A profile URL from a field that holds a user name or (sometimes) a full URL."""
    value = value.strip().lstrip("@").strip("/")
    if not value:
        return ""
    lowered = value.lower()
    if lowered.startswith(("http://", "https://")):
        return value
    if lowered.startswith(hosts):
        return f"https://{value}"
    return f"{base}{value}"


def _website(value: str) -> str:
    value = value.strip()
    if not value or value.lower().startswith(("http://", "https://")):
        return value
    return f"https://{value}"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    bio = html_to_text(as_str(user.get("bio")))
    urls = [
        as_str(user.get("web_url")),
        _website(as_str(user.get("website_url"))),
        _social_url(
            as_str(user.get("linkedin")),
            "https://www.linkedin.com/in/",
            ("linkedin.com/", "www.linkedin.com/"),
        ),
        _social_url(
            as_str(user.get("twitter")), "https://x.com/", ("x.com/", "twitter.com/", "www.")
        ),
        _social_url(
            as_str(user.get("github")), "https://github.com/", ("github.com/", "www.github.com/")
        ),
        *urls_in(bio),
    ]
    company = plain(as_str(user.get("organization")))
    title = plain(as_str(user.get("job_title")))
    work = plain(as_str(user.get("work_information"))) or (
        f"{title} at {company}" if title and company else title
    )
    text = bio
    if work and work.lower() not in bio.lower():
        text = f"{bio}\n{work}" if bio else work
    email = as_str(user.get("public_email")).strip()
    return ProfileFields(
        name=plain(as_str(user.get("name"))),
        handle=as_str(user.get("username")),
        text=text,
        location_text=plain(as_str(user.get("location"))),
        company=company,
        emails=[email] if email else [],
        urls=list(dict.fromkeys(u for u in urls if u)),
    )


# --- the connector ----------------------------------------------------------------


def _bucket(request: httpx.Request) -> str:
    return "authenticated" if "private-token" in request.headers else "anonymous"


PROFILE = NetworkProfile(
    name=NAME,
    # GitLab.com: 2,000 requests/min per user with a token, 500/min per IP without.
    # RateLimit-* headers (reset as an epoch) and Retry-After on 429 take over.
    budgets={"authenticated": Budget(2000, 60.0), "anonymous": Budget(500, 60.0)},
    bucket_of=_bucket,
    read_signals=header_signals(("ratelimit-",)),
)


def search_terms(query: SearchQuery) -> list[str]:
    """One user search per skill or keyword (GitLab matches name and username; the
    place cannot be filtered on)."""
    return list(dict.fromkeys([*query.skills, *query.keywords]))


# Bot accounts GitLab creates for project and group access tokens, and service accounts:
# recognisable by name in a ``UserBasic`` item, which has no ``bot`` field.
_BOT_USERNAME = re.compile(r"^(?:(?:project|group)_\d+_bot(?:_[0-9a-f]+)?|service_account_.*)$")

# Server-side filters (honoured for the anonymous username lookup too); Vivier checks
# again itself, for servers that ignore them.
_PEOPLE_ONLY = {"active": "true", "humans": "true"}


def _is_person(user: dict[str, Any]) -> bool:
    return (
        not user.get("bot")
        and user.get("state", "active") == "active"
        and not _BOT_USERNAME.match(as_str(user.get("username")))
    )


class GitLabSource:
    """GitLab users: search (token needed), then each full profile; anonymous exact
    username lookups for links to GitLab found elsewhere."""

    name = NAME
    description = "GitLab user search (name, username); needs VIVIER_GITLAB_TOKEN (read_user)."

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        self.token = settings.gitlab_token.get_secret_value() if settings.gitlab_token else None
        self.base_url = settings.gitlab_api_url
        self.limit = settings.fetch_limit_per_source
        self.skipped = 0

    def client(self) -> httpx.AsyncClient:
        headers = {"Accept": "application/json"}
        if self.token:
            headers["PRIVATE-TOKEN"] = self.token
        return self.context.client(PROFILE, self.base_url, headers, credential=self.token)

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        if not self.token:
            raise SourceDisabledError(TOKEN_NEEDED)
        limit = min(self.limit, query.limit)
        self.skipped = 0
        seen: set[int] = set()
        found = 0
        async with self.client() as client:
            for term in search_terms(query):
                pages = paginate(
                    client,
                    "/users",
                    {"search": term, **_PEOPLE_ONLY, "per_page": 100},
                    LinkHeaderPaginator(max_pages=10),
                )
                async for _, body in pages:
                    if not isinstance(body, list):
                        raise MalformedPayloadError(f"GitLab search for {term!r}: not a list")
                    for item in body:
                        user_id = item.get("id") if isinstance(item, dict) else None
                        if not isinstance(user_id, int) or user_id in seen:
                            continue
                        seen.add(user_id)
                        if not _is_person(item):
                            self.skipped += 1
                            continue
                        try:
                            profile = await self.profile(client, user_id)
                        except NotFoundError:  # gone between the listing and now
                            profile = None
                        if profile is None:
                            self.skipped += 1
                            continue
                        yield profile
                        found += 1
                        if found >= limit:
                            return

    async def profile(self, client: httpx.AsyncClient, user_id: int | str) -> RawProfile | None:
        """The single-user object; ``None`` for bots and blocked or deactivated users."""
        response = await client.get(f"/users/{user_id}")
        raise_for_status(response)
        user = json_body(response)
        if not isinstance(user, dict) or "id" not in user or "username" not in user:
            raise MalformedPayloadError(f"GitLab /users/{user_id}: not a user object")
        return self._raw(user) if _is_person(user) else None

    @staticmethod
    def _raw(user: dict[str, Any]) -> RawProfile:
        return RawProfile(
            source=NAME,
            external_id=str(user["id"]),
            handle=str(user["username"]),
            url=as_str(user.get("web_url")),
            payload=user,
        )

    async def lookup_username(self, username: str) -> RawProfile | None:
        """Exact username lookup, allowed anonymously on GitLab.com. Without a token the
        payload is the ``UserBasic`` item (``/users/:id`` needs sign-in); with one, the
        full profile. ``None`` when nobody (or a bot, or an inactive user) has it."""
        async with self.client() as client:
            return await self._lookup(client, username)

    async def _lookup(self, client: httpx.AsyncClient, username: str) -> RawProfile | None:
        response = await client.get("/users", params={"username": username, **_PEOPLE_ONLY})
        raise_for_status(response)
        body = json_body(response)
        if not isinstance(body, list):
            raise MalformedPayloadError(f"GitLab lookup of {username!r}: not a list")
        items = [u for u in body if isinstance(u, dict) and "id" in u and "username" in u]
        if not items or not _is_person(items[0]):
            return None
        if self.token:
            return await self.profile(client, items[0]["id"])
        return self._raw(items[0])

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        """Profiles named by ``gitlab.com/<username>`` links (snowballing)."""
        found = []
        async with self.client() as client:
            for username in dict.fromkeys(keys):
                if (profile := await self._lookup(client, username)) is not None:
                    found.append(profile)
        return found

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        """``GET /users/:id`` with a token; without one, the anonymous username lookup
        (checked to be the same account). GitLab has no conditional REST requests."""
        async with self.client() as client:
            if self.token:
                fresh = await self.profile(client, stored.external_id)
            else:
                fresh = await self._lookup(client, stored.handle)
                if fresh is not None and fresh.external_id != stored.external_id:
                    fresh = None
        if fresh is None:
            raise NotFoundError(
                f"GitLab user {stored.external_id} ({stored.handle}) is gone, inactive or a bot"
            )
        return fresh
