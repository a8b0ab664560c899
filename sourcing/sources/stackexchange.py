"""Stack Exchange 2.3: the top answerers of each query skill's tag, their profiles
(``about_me`` through a filter) and top tags, and reading the ``user`` object plus the
``top_tags`` list the connector attaches. Strings come HTML-escaped.

The app key (``key=``, a query parameter) is not secret per Stack Exchange, but it is
kept out of every error message anyway."""

import hashlib
import html
import json
import re
import weakref
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import (
    Budget,
    Clock,
    HttpError,
    LimiterRegistry,
    MalformedResponseError,
    NetworkProfile,
    RateLimitedError,
    SystemClock,
    raise_for_status,
    stackexchange_signals,
)
from sourcing.paginate import PageHasMorePaginator
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    StoredProfile,
    as_str,
    require_mapping,
)
from sourcing.text import hrefs, html_to_text, plain

NAME = "stackexchange"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    tags = [
        as_str(tag.get("tag_name"))
        for tag in user.get("top_tags") or []
        if isinstance(tag, dict) and tag.get("tag_name")
    ]
    about = as_str(user.get("about_me"))
    urls = [as_str(user.get("link")), as_str(user.get("website_url")), *hrefs(about)]
    return ProfileFields(
        name=plain(as_str(user.get("display_name"))),
        handle=plain(as_str(user.get("display_name"))),
        text=html_to_text(about),
        location_text=plain(as_str(user.get("location"))),
        urls=[u for u in urls if u],
        skill_hints=tags,
    )


# --- the connector ----------------------------------------------------------------

# Skill ids whose Stack Overflow tag is not the id itself.
SO_TAGS = {
    "csharp": "c#",
    "fsharp": "f#",
    "cpp": "c++",
    "dotnet": ".net",
    "maui": ".net-maui",
    "visual-basic-net": "vb.net",
    "nodejs": "node.js",
    "react": "reactjs",
    "vuejs": "vue.js",
    "next-js": "next.js",
    "d3js": "d3.js",
    "threejs": "three.js",
    "vertx": "vert.x",
    "tailwind": "tailwind-css",
    "mui": "material-ui",
    "kafka": "apache-kafka",
    "flink": "apache-flink",
    "nifi": "apache-nifi",
    "superset": "apache-superset",
    "aws": "amazon-web-services",
    "aws-ecs": "amazon-ecs",
    "aws-eks": "amazon-eks",
    "redshift": "amazon-redshift",
    "sagemaker": "amazon-sagemaker",
    "cloudformation": "aws-cloudformation",
    "gcp": "google-cloud-platform",
    "gke": "google-kubernetes-engine",
    "cloud-run": "google-cloud-run",
    "aks": "azure-aks",
    "rails": "ruby-on-rails",
    "ci-cd": "cicd",
    "tsql": "t-sql",
    "oracle-db": "oracle-database",
    "algorithms": "algorithm",
    "api-rest": "rest",
    "llm": "large-language-model",
    "pwa": "progressive-web-apps",
    "machine-learning": "machine-learning",
}

_TAG_CHARS = re.compile(r"[^a-z0-9+#.\-]")

# Seconds of ``throttle_violation`` worth waiting for; longer means the daily quota is
# spent, and the search fails at once instead of hanging until tomorrow.
MAX_THROTTLE_WAIT = 60.0


def _method_of(request: httpx.Request) -> str:
    """Stack Exchange's ``backoff`` applies per API method: one limiter bucket each."""
    path = request.url.path.rstrip("/")
    if re.search(r"/tags/[^/]+/top-answerers/[^/]+$", path):
        return "top-answerers"
    if re.search(r"/users/[^/]+/top-tags$", path):
        return "top-tags"
    if re.search(r"/users/[^/]+$", path):
        return "users-by-ids"
    if path.endswith("/users"):
        return "users"
    if path.endswith("/filters/create"):
        return "filters"
    return "other"


PROFILE = NetworkProfile(
    name=NAME,
    # The burst throttle is 30 requests/second per IP across all methods: the buckets
    # add up to 25/s. Stack Exchange sends no rate-limit headers, only body ``backoff``
    # (per method), ``quota_remaining`` and ``throttle_violation`` errors.
    budgets={
        "top-tags": Budget(16, 1.0),
        "users-by-ids": Budget(2, 1.0),
        "top-answerers": Budget(2, 1.0),
        "users": Budget(2, 1.0),
        "filters": Budget(1, 1.0),
        "other": Budget(2, 1.0),
    },
    bucket_of=_method_of,
    read_signals=stackexchange_signals,
)


def tag_of(term: str) -> str:
    """The Stack Overflow tag for a query skill or keyword: the taxonomy's skill first
    (``C#`` -> ``c#``, ``React`` -> ``reactjs``), else the term in tag spelling."""
    from sourcing.parsing.vocab import load_skills

    skill = load_skills().lookup(term)
    if skill is not None:
        return SO_TAGS.get(skill.id, skill.id)
    tag = re.sub(r"\s+", "-", term.strip().lower())
    return _TAG_CHARS.sub("", tag).strip("-")


def search_tags(query: SearchQuery) -> list[str]:
    tags = [tag_of(term) for term in [*query.skills, *query.keywords]]
    return list(dict.fromkeys(t for t in tags if t))


def _throttle_seconds(message: str) -> float:
    seconds = re.search(r"available in (\d+) second", message)
    return float(seconds.group(1)) if seconds else 60.0


_LONG_THROTTLES: "weakref.WeakKeyDictionary[LimiterRegistry, dict[str, float]]" = (
    weakref.WeakKeyDictionary()
)


class StackExchangeSource:
    """Stack Overflow (or another Stack Exchange site): the top answerers of each query
    skill's tag, then their full profiles (``about_me`` through a filter) and top tags."""

    name = NAME
    description = "Stack Exchange top answerers per tag (skill); app key optional."

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        key = settings.stackexchange_key
        self.key = key.get_secret_value() if key is not None else None
        self.base_url = settings.stackexchange_api_url
        self.site = settings.stackexchange_site
        self.limit = settings.fetch_limit_per_source
        self.filter = settings.stackexchange_filter
        self.clock: Clock = self.context.clock or SystemClock()

    def client(self) -> httpx.AsyncClient:
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        return self.context.client(PROFILE, self.base_url, headers, credential=self.key)

    # --- requests -----------------------------------------------------------------

    def _redact(self, text: str) -> str:
        if self.key:
            encoded = str(httpx.QueryParams({"key": self.key})).removeprefix("key=")
            for form in {self.key, encoded, quote(self.key, safe=""), quote_plus(self.key)}:
                text = text.replace(form, "[key]")
        return text

    @property
    def _throttle_key(self) -> str:
        digest = hashlib.sha256(self.key.encode()).hexdigest()[:12] if self.key else "anonymous"
        return f"{self.base_url}|{digest}"

    def _throttled_for(self) -> float:
        until = _LONG_THROTTLES.get(self.context.registry, {}).get(self._throttle_key, 0.0)
        return until - self.clock.wall()

    def _note_throttle(self, seconds: float) -> None:
        throttles = _LONG_THROTTLES.setdefault(self.context.registry, {})
        until = self.clock.wall() + seconds
        throttles[self._throttle_key] = max(throttles.get(self._throttle_key, 0.0), until)

    async def call(
        self, client: httpx.AsyncClient, path: str, params: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """One API call: the common wrapper with an ``items`` list, or a clear error.
        The app key never appears in an error message."""
        try:
            return await self._call(client, path, params or {})
        except HttpError as error:
            message = self._redact(str(error))
            if message == str(error):
                raise
            raise type(error)(message) from None

    async def _call(
        self, client: httpx.AsyncClient, path: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        where = f"GET {self.base_url.rstrip('/')}{path}"
        if (wait := self._throttled_for()) > MAX_THROTTLE_WAIT:
            raise RateLimitedError(
                f"{where}: Stack Exchange quota spent, more requests available in "
                f"{int(wait)} seconds"
            )
        query = {**params, "site": self.site}
        if self.key:
            query["key"] = self.key
        for attempt in (1, 2):
            response = await client.get(path, params=query)
            if response.status_code == 429 or response.status_code >= 500:
                raise_for_status(response)
            error = _error_envelope(response)
            if error is not None:
                name = str(error.get("error_name", "error"))
                message = str(error.get("error_message", ""))
                if name == "throttle_violation":
                    seconds = _throttle_seconds(message)
                    if seconds > MAX_THROTTLE_WAIT:
                        self._note_throttle(seconds)
                    elif attempt == 1:
                        continue  # the limiter holds this method for the stated seconds
                    raise RateLimitedError(f"{where}: throttle_violation: {message}")
                raise HttpError(f"{where}: {name}: {message} (error_id {error.get('error_id')})")
            raise_for_status(response)
            body = _json(response, where)
            if not isinstance(body, dict) or not isinstance(body.get("items"), list):
                raise MalformedPayloadError(f"{where}: no 'items' list in the response wrapper")
            quota = body.get("quota_remaining")
            if isinstance(quota, int) and quota <= 0:
                self._note_throttle(3600.0)
            return body
        raise AssertionError("unreachable")  # pragma: no cover

    async def pages(
        self,
        client: httpx.AsyncClient,
        path: str,
        params: dict[str, Any],
        max_pages: int = 10,
    ) -> AsyncIterator[list[Any]]:
        """The ``items`` of each page while ``has_more`` (and the page is new)."""
        paginator = PageHasMorePaginator(max_pages=max_pages)
        page: tuple[str, dict[str, Any]] | None = (path, {**params, "page": 1})
        while page is not None and paginator.pages < paginator.max_pages:
            url, query = page
            body = await self.call(client, url, query)
            paginator.pages += 1
            yield body["items"]
            page = paginator.next_request(url, query, None, body)  # type: ignore[arg-type]

    async def user_filter(self, client: httpx.AsyncClient) -> str:
        """A filter that adds ``user.about_me`` to the default one (created once)."""
        if self.filter is None:
            body = await self.call(
                client,
                "/filters/create",
                {"include": "user.about_me", "base": "default", "unsafe": "false"},
            )
            items = body["items"]
            created = items[0].get("filter") if items and isinstance(items[0], dict) else None
            if not isinstance(created, str) or not created:
                raise MalformedPayloadError("Stack Exchange /filters/create: no 'filter' string")
            self.filter = created
        return self.filter

    # --- profiles -----------------------------------------------------------------

    async def users(self, client: httpx.AsyncClient, ids: list[int]) -> list[dict[str, Any]]:
        """Full user objects for up to 100 ids, in the order of ``ids``."""
        if not ids:
            return []
        if len(ids) > 100:
            raise ValueError("Stack Exchange takes at most 100 ids per request")
        user_filter = await self.user_filter(client)
        path = "/users/" + ";".join(str(i) for i in ids)
        found: dict[int, dict[str, Any]] = {}
        async for items in self.pages(client, path, {"filter": user_filter, "pagesize": 100}):
            for item in items:
                user = _user_object(item, path)
                found[user["user_id"]] = user
        return [found[i] for i in ids if i in found]

    async def top_tags(self, client: httpx.AsyncClient, user_id: int) -> list[dict[str, Any]]:
        body = await self.call(client, f"/users/{user_id}/top-tags", {"pagesize": 30})
        return [t for t in body["items"] if isinstance(t, dict) and t.get("tag_name")]

    async def profile(self, client: httpx.AsyncClient, user: dict[str, Any]) -> RawProfile:
        tags = await self.top_tags(client, user["user_id"])
        payload = {**user, "top_tags": tags}
        return RawProfile(
            source=NAME,
            external_id=str(user["user_id"]),
            handle=html.unescape(as_str(user.get("display_name"))),
            url=as_str(user.get("link")),
            payload=payload,
        )

    # --- search -------------------------------------------------------------------

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        limit = min(self.limit, query.limit)
        seen: set[int] = set()
        yielded = 0
        async with self.client() as client:
            for tag in search_tags(query):
                path = f"/tags/{quote(tag, safe='')}/top-answerers/all_time"
                async for items in self.pages(client, path, {"pagesize": 100}):
                    ids = []
                    for item in items:
                        shallow = item.get("user") if isinstance(item, dict) else None
                        user_id = shallow.get("user_id") if isinstance(shallow, dict) else None
                        if not isinstance(user_id, int):
                            raise MalformedPayloadError(
                                f"Stack Exchange top answerers of {tag!r}: a tag_score "
                                "without user.user_id"
                            )
                        if user_id not in seen:
                            seen.add(user_id)
                            ids.append(user_id)
                    for user in await self.users(client, ids[: limit - yielded]):
                        yield await self.profile(client, user)
                        yielded += 1
                    if yielded >= limit:
                        return

    async def search_by_name(self, name: str, limit: int = 30) -> AsyncIterator[RawProfile]:
        """Users whose display name contains ``name`` (for following a person from
        another network), best reputation first."""
        if not name.strip():
            return
        yielded = 0
        async with self.client() as client:
            user_filter = await self.user_filter(client)
            params = {
                "inname": name.strip(),
                "sort": "reputation",
                "order": "desc",
                "filter": user_filter,
                "pagesize": min(100, max(1, limit)),
            }
            async for items in self.pages(client, "/users", params):
                for item in items:
                    yield await self.profile(client, _user_object(item, "/users"))
                    yielded += 1
                    if yielded >= limit:
                        return

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        """Stack Exchange has no conditional requests: fetch the profile again."""
        if not stored.external_id.isdigit():
            raise MalformedPayloadError(
                f"not a Stack Exchange user id: {stored.external_id[:40]!r}"
            )
        async with self.client() as client:
            users = await self.users(client, [int(stored.external_id)])
            if not users:
                raise HttpError(
                    f"Stack Exchange user {stored.external_id} not found on {self.site}"
                )
            return await self.profile(client, users[0])


def _error_envelope(response: httpx.Response) -> dict[str, Any] | None:
    """The ``error_id``/``error_name``/``error_message`` body of a failed call."""
    if response.status_code < 400:
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) and "error_id" in body else None


def _json(response: httpx.Response, where: str) -> object:
    """Like ``json_body``, naming the URL without its query (where the key is)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError) as error:
        snippet = response.text[:80].replace("\n", " ")
        raise MalformedResponseError(
            f"{where}: expected JSON, got {snippet!r} (HTTP {response.status_code})"
        ) from error


def _user_object(item: Any, path: str) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("user_id"), int):
        raise MalformedPayloadError(f"Stack Exchange {path}: an item is not a user object")
    return item
