"""Mastodon: reading the Account entity (``note`` and ``fields`` are sanitised HTML),
and searching several instances (account search and skill hashtag timelines) while
respecting the people's opt-outs."""

import re
from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager
from typing import Any
from urllib.parse import quote

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import (
    Budget,
    HttpError,
    NetworkProfile,
    NotFoundError,
    json_body,
    raise_for_status,
)
from sourcing.paginate import LinkHeaderPaginator
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    SourceDisabledError,
    SourceError,
    StoredProfile,
    as_str,
    require_mapping,
)
from sourcing.text import hrefs, html_to_text, plain

NAME = "mastodon"

_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_]+:")
_HASHTAG_LINK = re.compile(r"/tags/([^\"'/?#]+)")
_LOCATION_FIELDS = {"location", "lieu", "ville", "city", "localisation", "where"}


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    account = require_mapping(payload, NAME)
    note = as_str(account.get("note"))
    urls = [as_str(account.get("url"))]
    location = ""
    extra_text: list[str] = []
    for field in account.get("fields") or []:
        if not isinstance(field, dict):
            continue
        name = plain(as_str(field.get("name")))
        value_html = as_str(field.get("value"))
        links = hrefs(value_html)
        urls.extend(links)
        value = plain(value_html)
        if name.lower() in _LOCATION_FIELDS and not location:
            location = value
        elif not links and value:
            extra_text.append(f"{name}: {value}")
    urls.extend(h for h in hrefs(note) if "/tags/" not in h and "/@" not in h)
    hashtags = _HASHTAG_LINK.findall(note)
    text = html_to_text(note)
    if extra_text:
        text = "\n".join([text, *extra_text]).strip()
    display = _EMOJI_SHORTCODE.sub("", plain(as_str(account.get("display_name")))).strip()
    return ProfileFields(
        name=display,
        handle=as_str(account.get("acct")) or as_str(account.get("username")),
        text=text,
        location_text=location,
        urls=[u for u in urls if u],
        skill_hints=hashtags,
    )


def verified_links(payload: dict[str, Any]) -> list[str]:
    """The links of profile fields the instance verified (``verified_at`` set: the linked
    page links back with ``rel="me"``): the person's own sites, safe to follow."""
    account = require_mapping(payload, NAME)
    links: list[str] = []
    for field in account.get("fields") or []:
        if isinstance(field, dict) and field.get("verified_at"):
            links.extend(hrefs(as_str(field.get("value"))))
    return list(dict.fromkeys(links))


# --- the connector ----------------------------------------------------------------

# Mastodon's defaults: 300 requests per 5 minutes per IP (and per account); each server
# sends its own X-RateLimit-* headers, which take over at once.
BUDGET = Budget(300, 300.0)
PAGE_SIZE = 40  # the maximum ``limit`` of both account search and tag timelines


def network_profile(host: str) -> NetworkProfile:
    """One rate-limit budget per instance: two servers never share a budget."""
    return NetworkProfile(name=f"{NAME}:{host}", budgets={"api": BUDGET})


def instance_host(base_url: str) -> str:
    """``host[:port]`` of an instance URL (the port keeps local test servers apart)."""
    url = httpx.URL(base_url if "://" in base_url else f"https://{base_url}")
    return url.host if url.port is None else f"{url.host}:{url.port}"


def hashtag(term: str) -> str:
    """A skill written as a Mastodon hashtag: ``"machine learning"`` -> ``machinelearning``,
    ``"Node.js"`` -> ``nodejs``, ``"C#"`` -> ``csharp``, ``"C++"`` -> ``cpp``."""
    text = term.strip().lower().lstrip("#")
    text = text.replace("++", "pp").replace("#", "sharp").replace("+", "plus")
    return re.sub(r"\W", "", text)


def search_terms(query: SearchQuery) -> list[str]:
    """The account searches: one per skill or keyword (Mastodon ANDs words)."""
    terms: dict[str, str] = {}
    for term in [*query.skills, *query.keywords]:
        if term.strip():
            terms.setdefault(term.strip().lower(), term.strip())
    return list(terms.values())


def search_hashtags(query: SearchQuery) -> list[str]:
    """The hashtag timelines: each skill as written and, when the vocabulary knows it
    under another name (``k8s``), as its label too (``kubernetes``)."""
    from sourcing.parsing.vocab import load_skills

    skills = load_skills()
    tags: list[str] = []
    for term in query.skills:
        tags.append(hashtag(term))
        if (skill := skills.lookup(term)) is not None:
            tags.append(hashtag(skill.label_en))
    return [t for t in dict.fromkeys(tags) if t]


def qualified_acct(account: dict[str, Any], fallback_host: str = "") -> str:
    """``username@domain`` whatever server answered (local accounts come without the
    domain: it is the host of the account's ``url``)."""
    acct = (as_str(account.get("acct")) or as_str(account.get("username"))).lstrip("@")
    if not acct or "@" in acct:
        return acct
    host = httpx.URL(as_str(account.get("url"))).host if account.get("url") else ""
    host = host or fallback_host.split(":")[0]
    return f"{acct}@{host}" if host else ""


def opted_out(account: dict[str, Any], via_hashtag: bool = False) -> str | None:
    """Why this account must not be collected, or ``None``. Hashtag finds also honour
    ``indexable: false`` (the person's posts are not to be searched)."""
    if account.get("discoverable") is False:
        return "not discoverable"
    if account.get("noindex") is True:
        return "noindex"
    if account.get("bot") is True:
        return "bot"
    if account.get("suspended") is True:
        return "suspended"
    if account.get("limited") is True:
        return "limited"
    if account.get("moved"):
        return "moved"
    if via_hashtag and account.get("indexable") is False:
        return "not indexable"
    return None


class AuthRequiredError(HttpError):
    """The instance wants an access token for this feature (or refused the one sent)."""


class MastodonInstancesError(HttpError):
    """Every configured instance failed."""


class MastodonSource:
    """Mastodon accounts on each configured instance: account search for every skill
    and keyword, then the people posting under each skill's hashtag. Opt-outs
    (``discoverable: false``, ``noindex``, bots, moved, suspended or limited accounts)
    are skipped and counted. One failing instance does not lose the others' results:
    its error is kept in ``errors``, and the search fails only when all of them fail.

    The token (``VIVIER_MASTODON_TOKEN``) is sent to the first instance only: a
    Mastodon token belongs to one server and must not be shown to the others."""

    name = NAME
    description = "Mastodon account search and skill hashtags on your instances; token optional."

    def __init__(
        self,
        context: SourceContext | None = None,
        page_size: int = PAGE_SIZE,
        max_pages: int = 5,
    ) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        self.instances = [u.strip().rstrip("/") for u in settings.mastodon_instances if u.strip()]
        self.token = settings.mastodon_token.get_secret_value() if settings.mastodon_token else None
        self.limit = settings.fetch_limit_per_source
        self.page_size = max(1, min(page_size, PAGE_SIZE))
        self.max_pages = max(1, max_pages)
        self.errors: list[str] = []
        self._skipped: set[str] = set()
        self._open: httpx.AsyncClient | None = None

    @property
    def skipped_opt_out(self) -> int:
        """Accounts left out of the last search because their owner opted out."""
        return len(self._skipped)

    def _token_for(self, base_url: str) -> str | None:
        return self.token if self.instances and base_url == self.instances[0] else None

    def client(self, base_url: str) -> httpx.AsyncClient:
        token = self._token_for(base_url)
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        profile = network_profile(instance_host(base_url))
        return self.context.client(profile, base_url, headers, credential=token)

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        if not self.instances:
            raise SourceDisabledError(
                "no Mastodon instance configured: set VIVIER_MASTODON_INSTANCES, "
                'e.g. ["https://mastodon.social"]'
            )
        self.errors = []
        self._skipped = set()
        limit = min(self.limit, query.limit)
        seen: set[str] = set()
        failures: list[Exception] = []
        for base_url in self.instances:
            if len(seen) >= limit:
                return
            host = instance_host(base_url)
            try:
                found = self._search_instance(base_url, query, seen, limit)
                async with aclosing(found):  # its client closes even if we stop early
                    async for profile in found:
                        yield profile
            except (HttpError, SourceError) as error:
                self.errors.append(f"{host}: {error}")
                failures.append(error)
        if failures and len(failures) == len(self.instances):
            if len(failures) == 1:
                raise failures[0]
            raise MastodonInstancesError(
                "every Mastodon instance failed: " + "; ".join(self.errors)
            ) from failures[-1]

    async def _search_instance(
        self, base_url: str, query: SearchQuery, seen: set[str], limit: int
    ) -> AsyncIterator[RawProfile]:
        host = instance_host(base_url)
        async with self.client(base_url) as client:
            for term in search_terms(query):
                async for account in self._account_search(client, host, term):
                    profile = self._accept(account, host, seen, via_hashtag=False)
                    if profile is not None:
                        yield profile
                        if len(seen) >= limit:
                            return
            for tag in search_hashtags(query):
                try:
                    async for account in self._tag_timeline(client, base_url, tag):
                        profile = self._accept(account, host, seen, via_hashtag=True)
                        if profile is not None:
                            yield profile
                            if len(seen) >= limit:
                                return
                except AuthRequiredError as error:
                    # The server hides its tag timelines from visitors: keep what
                    # account search found, say why hashtags were skipped.
                    self.errors.append(f"{host}: {error}")
                    return

    def _accept(
        self, account: object, host: str, seen: set[str], via_hashtag: bool
    ) -> RawProfile | None:
        if not isinstance(account, dict):
            return None
        acct = qualified_acct(account, host)
        key = acct.lower()
        if not acct or key in seen or account.get("group") is True:
            return None
        if opted_out(account, via_hashtag):
            self._skipped.add(key)
            return None
        self._skipped.discard(key)
        seen.add(key)
        return _raw_profile(account, acct)

    async def _get(
        self, client: httpx.AsyncClient, host: str, url: str, params: dict[str, Any], what: str
    ) -> httpx.Response:
        response = await client.get(url, params=params or None)
        if response.status_code == 401 or (
            response.status_code == 422 and b"authenticated" in response.content
        ):
            raise AuthRequiredError(self._auth_message(response, host, what))
        raise_for_status(response)
        return response

    def _auth_message(self, response: httpx.Response, host: str, what: str) -> str:
        try:
            said = str(response.json().get("error", ""))[:120]
        except (ValueError, AttributeError):
            said = response.text[:120]
        status = f"HTTP {response.status_code} {said!r}"
        if "authorization" in response.request.headers:
            return (
                f"{what} on {host}: the access token was refused ({status}); "
                "check VIVIER_MASTODON_TOKEN (a token from this server)"
            )
        hint = "set VIVIER_MASTODON_TOKEN to a token from this server"
        if self.instances and instance_host(self.instances[0]) != host:
            hint += " (the token is only sent to the first of VIVIER_MASTODON_INSTANCES)"
        return f"{what} on {host} needs an authenticated user ({status}): {hint}"

    async def _account_search(
        self, client: httpx.AsyncClient, host: str, term: str
    ) -> AsyncIterator[Any]:
        """Accounts matching ``term``: one page anonymously (``offset`` needs a token),
        up to ``max_pages`` pages with one."""
        pages = self.max_pages if client.headers.get("authorization") else 1
        offset = 0
        for _ in range(pages):
            params: dict[str, Any] = {"q": term, "type": "accounts", "limit": self.page_size}
            if offset:
                params["offset"] = offset
            response = await self._get(client, host, "/api/v2/search", params, "account search")
            body = json_body(response)
            accounts = body.get("accounts") if isinstance(body, dict) else None
            if not isinstance(accounts, list):
                raise MalformedPayloadError(
                    f"Mastodon {host} search for {term!r}: no 'accounts' list"
                )
            for account in accounts:
                yield account
            if len(accounts) < self.page_size:
                return
            offset += len(accounts)

    async def _tag_timeline(
        self, client: httpx.AsyncClient, base_url: str, tag: str
    ) -> AsyncIterator[Any]:
        """The authors of the statuses under ``#tag``, following the ``Link`` header
        (only to the same server: the token must not travel elsewhere)."""
        host = instance_host(base_url)
        paginator = LinkHeaderPaginator(max_pages=self.max_pages)
        next_page: tuple[str, dict[str, Any]] | None = (
            f"/api/v1/timelines/tag/{quote(tag, safe='')}",
            {"limit": self.page_size},
        )
        while next_page is not None and paginator.pages < paginator.max_pages:
            url, params = next_page
            response = await self._get(client, host, url, params, f"the #{tag} timeline")
            body = json_body(response)
            paginator.pages += 1
            if not isinstance(body, list):
                raise MalformedPayloadError(f"Mastodon {host} #{tag}: not a list of statuses")
            for status in body:
                if isinstance(status, dict) and isinstance(status.get("account"), dict):
                    yield status["account"]
            if not body:
                return
            next_page = paginator.next_request(url, params, response, body)
            if next_page is not None and not _on_server(next_page[0], host):
                next_page = None

    async def __aenter__(self) -> "MastodonSource":
        """Hold one client to the first instance open for many refreshes or lookups."""
        if self.instances:
            self._open = self.client(self.instances[0])
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._open is not None:
            await self._open.aclose()
            self._open = None

    @asynccontextmanager
    async def _session(self, base_url: str) -> AsyncIterator[httpx.AsyncClient]:
        if self._open is not None and base_url == self.instances[0]:
            yield self._open
        else:
            async with self.client(base_url) as client:
                yield client

    async def lookup(self, base_url: str, acct: str) -> dict[str, Any]:
        """``GET /api/v1/accounts/lookup?acct=user@domain`` on one instance: the Account
        (``NotFoundError`` when the instance does not know it)."""
        host = instance_host(base_url)
        async with self._session(base_url) as client:
            response = await self._get(
                client, host, "/api/v1/accounts/lookup", {"acct": acct}, "account lookup"
            )
        account = json_body(response)
        if not isinstance(account, dict) or "id" not in account or "acct" not in account:
            raise MalformedPayloadError(f"Mastodon {host} lookup of {acct!r}: not an Account")
        if qualified_acct(account, host).lower() != acct.lower():
            raise MalformedPayloadError(
                f"Mastodon {host} lookup of {acct!r} answered another account"
            )
        return account

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        """The account again, looked up by ``user@domain`` on the first instance (Mastodon
        has no conditional requests). The fresh payload carries any opt-out made since:
        check it with ``opted_out``."""
        if not self.instances:
            raise SourceDisabledError("no Mastodon instance configured to refresh from")
        acct = stored.external_id if "@" in stored.external_id else stored.handle.lstrip("@")
        account = await self.lookup(self.instances[0], acct)
        return _raw_profile(account, acct)

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        """Accounts named by links (``user@domain``), looked up on the configured
        instances only (never on the linked host itself: no request leaves the servers
        you chose). Unknown accounts and opt-outs are skipped."""
        found: list[RawProfile] = []
        wanted: dict[str, str] = {}
        for key in keys:
            wanted.setdefault(key.strip().lstrip("@").lower(), key.strip().lstrip("@"))
        for key in wanted.values():
            if "@" not in key:
                continue
            for base_url in self.instances:
                try:
                    account = await self.lookup(base_url, key)
                except NotFoundError:
                    continue
                if opted_out(account) is None and account.get("group") is not True:
                    host = instance_host(base_url)
                    found.append(_raw_profile(account, qualified_acct(account, host)))
                break
        return found


def _on_server(url: str, host: str) -> bool:
    return url.startswith("/") or instance_host(url) == host


def _raw_profile(account: dict[str, Any], acct: str) -> RawProfile:
    return RawProfile(
        source=NAME,
        external_id=acct,
        handle=f"@{acct}",
        url=as_str(account.get("url")),
        payload=account,
    )
