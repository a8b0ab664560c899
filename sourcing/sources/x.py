"""X (Twitter) API v2: the authors of recent posts that mention the query's skills, and
a batch lookup by username (for snowballing from another network's links).

X has no anonymous access and no free tier for search: without
``VIVIER_X_BEARER_TOKEN`` the source refuses before sending anything. With an app
bearer token:

- ``GET /tweets/search/recent?query=(kw1 OR kw2 OR #tag) -is:retweet
  &expansions=author_id&user.fields=...&max_results=100``, paged with
  ``meta.next_token`` -> ``next_token``; the people are ``includes.users[]``. This tier
  has no location operator, so a location is matched on ``user.location`` here.
- ``GET /users/by?usernames=a,b`` (at most 100 a request): ``lookup_usernames``, and
  ``fetch_linked`` for snowballing from ``x.com/<username>`` links on other networks.

Protected accounts are skipped. Partial errors (``{"errors": [...]}`` with HTTP 200,
next to or instead of ``data``) do not stop anything: they are kept in
``partial_errors``. Rate limits come as ``x-rate-limit-*`` headers (reset = epoch),
which the shared limiter follows, so a 429 waits for the reset and is retried.
"""

import re
from collections.abc import AsyncIterator, Iterable
from typing import Any

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import Budget, HttpError, NetworkProfile, json_body, raise_for_status
from sourcing.paginate import CursorPaginator, paginate
from sourcing.parsing.vocab import fold
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    SourceDisabledError,
    as_str,
    require_mapping,
)
from sourcing.text import html_to_text, plain

NAME = "x"
PROFILE_URL = "https://x.com/{}"
USER_FIELDS = (
    "created_at,description,entities,location,pinned_tweet_id,profile_image_url,protected,"
    "public_metrics,url,verified,verified_type"
)
MAX_QUERY_CHARS = 512  # recent search's query length on the self-serve tiers
LOOKUP_BATCH = 100
_USERNAME = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_WORD = re.compile(r"^\w+$")


def _entities(user: dict[str, Any], field: str, kind: str) -> list[dict[str, Any]]:
    """``user.entities.<field>.<kind>[]`` (e.g. ``url.urls``), tolerating absences."""
    entities = user.get("entities")
    block = entities.get(field) if isinstance(entities, dict) else None
    items = block.get(kind) if isinstance(block, dict) else None
    return [item for item in items or [] if isinstance(item, dict)]


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    username = as_str(user.get("username"))
    description = as_str(user.get("description"))
    urls = [PROFILE_URL.format(username)] if username else []
    for key in ("url", "description"):
        for link in _entities(user, key, "urls"):
            expanded = as_str(link.get("expanded_url"))
            urls.append(expanded)
            if key == "description" and expanded and as_str(link.get("url")):
                description = description.replace(as_str(link.get("url")), expanded)
    return ProfileFields(
        name=plain(as_str(user.get("name"))),
        handle=username,
        text=html_to_text(description),
        location_text=plain(as_str(user.get("location"))),
        urls=list(dict.fromkeys(u for u in urls if u)),
        skill_hints=[as_str(h.get("tag")) for h in _entities(user, "description", "hashtags")],
    )


# --- the connector ----------------------------------------------------------------------

PROFILE = NetworkProfile(
    name=NAME,
    # App-only budgets per 15 minutes; the x-rate-limit-* headers take over at once.
    budgets={"search": Budget(450, 900.0), "users": Budget(300, 900.0)},
    bucket_of=lambda request: "search" if "/tweets/search/" in request.url.path else "users",
)


def search_query(query: SearchQuery) -> str:
    """``(kw1 OR "two words" OR #kw1 ...) -is:retweet``, cut to X's query length."""
    alternatives: list[str] = []
    for term in [*query.skills, *query.keywords]:
        if _WORD.match(term):
            alternatives += [term, f"#{term}"]
        else:
            alternatives.append('"' + term.replace('"', "") + '"')
    kept: list[str] = []
    for alternative in dict.fromkeys(alternatives):
        candidate = f"({' OR '.join([*kept, alternative])}) -is:retweet"
        if len(candidate) > MAX_QUERY_CHARS and kept:
            break
        kept.append(alternative)
    return f"({' OR '.join(kept)}) -is:retweet"


async def _explain_refusal(response: httpx.Response) -> None:
    """X's 401/403 bodies say little; name the cause (never the token)."""
    if response.status_code == 401:
        raise HttpError(
            "X rejected the bearer token (HTTP 401): check VIVIER_X_BEARER_TOKEN "
            "(an app-only bearer token from the X developer console)"
        )
    if response.status_code == 403:
        await response.aread()
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = as_str(body.get("detail")) if isinstance(body, dict) else ""
        raise HttpError(
            f"X refused {response.request.url.path} for this token's access level "
            f"(HTTP 403){': ' + detail if detail else ''}"
        )


class XSource:
    """Authors of recent X posts about the query's skills (paid API: token required)."""

    name = NAME
    description = "X API v2 recent-post search (authors); needs a paid bearer token."

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        token = settings.x_bearer_token
        self.token = token.get_secret_value() if token else None
        self.base_url = settings.x_api_url
        self.limit = settings.fetch_limit_per_source
        self.partial_errors: list[dict[str, Any]] = []

    def _require_token(self) -> str:
        if not self.token:
            raise SourceDisabledError(
                "X's API needs a paid token: set VIVIER_X_BEARER_TOKEN; "
                "X has no free tier for search"
            )
        return self.token

    def client(self) -> httpx.AsyncClient:
        token = self._require_token()
        client = self.context.client(
            PROFILE, self.base_url, {"Authorization": f"Bearer {token}"}, credential=token
        )
        client.event_hooks["response"].append(_explain_refusal)
        return client

    def _users(self, body: Any, where: str, in_includes: bool) -> list[dict[str, Any]]:
        """The users of one response, keeping its partial errors."""
        if not isinstance(body, dict) or not {"data", "includes", "meta", "errors"} & set(body):
            raise MalformedPayloadError(f"X {where}: not an API v2 response")
        errors = body.get("errors")
        if isinstance(errors, list):
            self.partial_errors.extend(e for e in errors if isinstance(e, dict))
        container = body.get("includes") if in_includes else body
        key = "users" if in_includes else "data"
        users = container.get(key) if isinstance(container, dict) else None
        if users is None:
            return []
        if not isinstance(users, list):
            raise MalformedPayloadError(f"X {where}: users must be a list")
        return [u for u in users if isinstance(u, dict) and u.get("id") and u.get("username")]

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        self._require_token()
        self.partial_errors = []
        limit = min(self.limit, query.limit)
        place = fold(query.location) if query.location else ""
        seen: set[str] = set()
        params = {
            "query": search_query(query),
            "expansions": "author_id",
            "user.fields": USER_FIELDS,
            "max_results": 100,
        }
        paginator = CursorPaginator(("meta", "next_token"), "next_token", max_pages=10)
        async with self.client() as client:
            async for _, body in paginate(client, "/tweets/search/recent", params, paginator):
                for user in self._users(body, "recent search", in_includes=True):
                    if user["id"] in seen or user.get("protected"):
                        continue
                    if place and place not in fold(as_str(user.get("location"))):
                        continue
                    seen.add(user["id"])
                    yield to_raw_profile(user)
                    if len(seen) >= limit:
                        return

    async def lookup_usernames(self, usernames: Iterable[str]) -> list[RawProfile]:
        """Public profiles of ``usernames`` (``@`` optional; invalid names are skipped,
        unknown ones end up in ``partial_errors``)."""
        self._require_token()
        self.partial_errors = []
        names = list(dict.fromkeys(n.strip().lstrip("@") for n in usernames))
        names = [n for n in names if _USERNAME.match(n)]
        found: list[RawProfile] = []
        if not names:
            return found
        async with self.client() as client:
            for start in range(0, len(names), LOOKUP_BATCH):
                batch = names[start : start + LOOKUP_BATCH]
                params = {"usernames": ",".join(batch), "user.fields": USER_FIELDS}
                response = await client.get("/users/by", params=params)
                raise_for_status(response)
                users = self._users(json_body(response), "user lookup", in_includes=False)
                found.extend(to_raw_profile(u) for u in users if not u.get("protected"))
        return found

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        """Profiles named by ``x.com/<username>`` links (snowballing)."""
        return await self.lookup_usernames(keys)


def to_raw_profile(user: dict[str, Any]) -> RawProfile:
    username = str(user["username"])
    return RawProfile(
        source=NAME,
        external_id=str(user["id"]),
        handle=username,
        url=PROFILE_URL.format(username),
        payload=user,
    )
