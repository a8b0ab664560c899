"""Bluesky (AT Protocol) through the public AppView: actor search, profiles in batches,
follows for community expansion, and reading ``profileView``/``profileViewDetailed``.

The AppView hosts (``public.api.bsky.app``, ``api.bsky.app``) serve public reads and
refuse authentication, so no ``Authorization`` header is ever sent. Accounts carrying
the ``!no-unauthenticated`` self-label asked apps not to show them to logged-out
viewers: they are never yielded (counted in ``skipped_opt_out``)."""

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import (
    Budget,
    HttpError,
    NetworkProfile,
    header_signals,
    json_body,
    raise_for_status,
)
from sourcing.paginate import CursorPaginator, paginate
from sourcing.parsing.extract import urls_in
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    SourceError,
    StoredProfile,
    as_str,
    require_mapping,
)
from sourcing.text import html_to_text, plain

NAME = "bluesky"
OPT_OUT_LABEL = "!no-unauthenticated"
PROFILE_URL = "https://bsky.app/profile/{handle}"
BATCH = 25  # app.bsky.actor.getProfiles takes at most 25 actors
SEARCH_PAGE = 100  # app.bsky.actor.searchActors limit: 1..100

SEARCH_ACTORS = "/xrpc/app.bsky.actor.searchActors"
GET_PROFILE = "/xrpc/app.bsky.actor.getProfile"
GET_PROFILES = "/xrpc/app.bsky.actor.getProfiles"
GET_FOLLOWS = "/xrpc/app.bsky.graph.getFollows"

# Handles that are not a website of their own.
_HOSTED_SUFFIXES = (".bsky.social",)
_INVALID_HANDLE = "handle.invalid"

# Scheme-less links that are unambiguous in a bio: a profile path on a known network,
# a Mastodon-style ``host/@user`` path, or a ``www.`` host. Bare domains such as
# "socket.io" or "booking.com" are too often technologies or employers to be links.
_BARE_PROFILE = re.compile(
    r"(?<![\w@./:-])("
    r"(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|x\.com|twitter\.com|"
    r"stackoverflow\.com/users|linkedin\.com/in|bsky\.app/profile)/[\w.%~-]+(?:/[\w.%~-]+)*"
    r"|(?:[a-z0-9-]+\.)+[a-z]{2,}/@[\w]+"
    r"|www\.(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./%~-]*)?"
    r")",
    re.IGNORECASE,
)
_PIN = re.compile(r"📍\s*([^\n|•·/]+)")
_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_][\w-]{1,40})")


def is_opted_out(actor: dict[str, Any]) -> bool:
    """Does the account carry the ``!no-unauthenticated`` label?"""
    labels = actor.get("labels") or []
    return any(isinstance(lb, dict) and lb.get("val") == OPT_OUT_LABEL for lb in labels)


def profile_url(handle: str, did: str = "") -> str:
    """The app's profile page; by DID when the handle no longer resolves."""
    if not handle or handle == _INVALID_HANDLE:
        return PROFILE_URL.format(handle=did) if did else ""
    return PROFILE_URL.format(handle=handle)


def is_custom_domain(handle: str) -> bool:
    """A handle that is the person's own domain (``mira.example.dev``)."""
    handle = handle.lower()
    return (
        "." in handle
        and handle != _INVALID_HANDLE
        and not any(handle.endswith(suffix) for suffix in _HOSTED_SUFFIXES)
    )


def bio_links(text: str) -> list[str]:
    """Links written in a plain-text bio: full URLs plus unambiguous scheme-less ones."""
    links = urls_in(text)
    for match in _BARE_PROFILE.finditer(text):
        links.append("https://" + match.group(1).rstrip(".,;:"))
    return list(dict.fromkeys(links))


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    actor = require_mapping(payload, NAME)
    handle = as_str(actor.get("handle"))
    description = as_str(actor.get("description"))
    text = html_to_text(description)
    urls = [profile_url(handle, as_str(actor.get("did")))]
    if handle and is_custom_domain(handle):
        urls.append(f"https://{handle.lower()}")
    urls.extend(bio_links(text))
    pin = _PIN.search(text)
    location = plain(pin.group(1)).strip(" ,.;-") if pin else ""
    return ProfileFields(
        name=plain(as_str(actor.get("displayName"))),
        handle=handle,
        text=text,
        location_text=location,
        urls=list(dict.fromkeys(u for u in urls if u)),
        skill_hints=list(dict.fromkeys(_HASHTAG.findall(text))),
    )


# --- the connector ----------------------------------------------------------------


class OptedOutError(SourceError):
    """The account now asks apps not to show it to logged-out viewers."""


PROFILE = NetworkProfile(
    name=NAME,
    # The AppView publishes no numbers ("generous"); this is the documented per-IP
    # budget of Bluesky's PDS. IETF ratelimit-* headers take over when sent.
    budgets={"default": Budget(3000, 300.0)},
    read_signals=header_signals(("ratelimit-",)),
)


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value


def search_terms(query: SearchQuery) -> list[str]:
    """One actor search per skill or keyword; the place is added as a second word (the
    AppView searches handle, display name and bio, where people write their city)."""
    suffix = f" {_quote(query.location)}" if query.location else ""
    return list(dict.fromkeys(f"{_quote(t)}{suffix}" for t in [*query.skills, *query.keywords]))


async def _xrpc_errors(response: httpx.Response) -> None:
    """XRPC 4xx bodies carry ``{"error", "message"}``: raise with them (429 and 5xx are
    left to the retry layer and ``raise_for_status``)."""
    if response.status_code < 400 or response.status_code == 429 or response.status_code >= 500:
        return
    await response.aread()
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        body = None
    nsid = response.request.url.path.rsplit("/", 1)[-1]
    if isinstance(body, dict) and ("error" in body or "message" in body):
        error, message = as_str(body.get("error")), as_str(body.get("message"))
        raise HttpError(
            f"Bluesky {nsid}: {error or 'Error'}: {message or '(no message)'} "
            f"(HTTP {response.status_code})"
        )
    raise_for_status(response)


def _profiles_of(body: Any, where: str) -> list[dict[str, Any]]:
    profiles = body.get("profiles") if isinstance(body, dict) else None
    if not isinstance(profiles, list):
        raise MalformedPayloadError(f"Bluesky {where}: no 'profiles' list")
    return [p for p in profiles if isinstance(p, dict) and isinstance(p.get("did"), str)]


class BlueskySource:
    """Bluesky people through the public AppView (no account, no token)."""

    name = NAME
    description = "Bluesky actor search on the public AppView (bio, name, handle); no token."

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        self.base_url = settings.bluesky_api_url
        self.limit = settings.fetch_limit_per_source
        self.skipped_opt_out = 0

    def client(self) -> httpx.AsyncClient:
        # Never an Authorization header: AppView hosts refuse authenticated requests.
        client = self.context.client(PROFILE, self.base_url, {"Accept": "application/json"})
        client.event_hooks = {"request": [], "response": [_xrpc_errors]}
        return client

    def _raw(self, actor: dict[str, Any]) -> RawProfile:
        did, handle = actor.get("did"), as_str(actor.get("handle"))
        if not isinstance(did, str) or not did:
            raise MalformedPayloadError("Bluesky profile without a 'did'")
        return RawProfile(
            source=NAME, external_id=did, handle=handle, url=profile_url(handle, did), payload=actor
        )

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        limit = min(self.limit, query.limit)
        self.skipped_opt_out = 0
        seen: set[str] = set()
        found = 0
        async with self.client() as client:
            for term in search_terms(query):
                pages = paginate(
                    client,
                    SEARCH_ACTORS,
                    {"q": term, "limit": SEARCH_PAGE},
                    CursorPaginator(("cursor",), "cursor", max_pages=10),
                )
                async for _, body in pages:
                    actors = body.get("actors") if isinstance(body, dict) else None
                    if not isinstance(actors, list):
                        raise MalformedPayloadError(f"Bluesky search for {term!r}: no 'actors'")
                    wanted: list[str] = []
                    for actor in actors:
                        did = actor.get("did") if isinstance(actor, dict) else None
                        if not isinstance(did, str) or did in seen:
                            continue
                        seen.add(did)
                        if is_opted_out(actor):
                            self.skipped_opt_out += 1
                            continue
                        wanted.append(did)
                        if found + len(wanted) >= limit:
                            break
                    for profile in await self.profiles(client, wanted):
                        yield self._raw(profile)
                        found += 1
                        if found >= limit:
                            return

    async def profiles(self, client: httpx.AsyncClient, actors: list[str]) -> list[dict[str, Any]]:
        """``profileViewDetailed`` of each actor (DID or handle), in the order asked,
        fetched 25 at a time; unknown and opted-out accounts are left out."""
        detailed: list[dict[str, Any]] = []
        for start in range(0, len(actors), BATCH):
            chunk = actors[start : start + BATCH]
            response = await client.get(GET_PROFILES, params={"actors": chunk})
            raise_for_status(response)
            by_key: dict[str, dict[str, Any]] = {}
            for profile in _profiles_of(json_body(response), "getProfiles"):
                by_key[profile["did"]] = profile
                by_key[as_str(profile.get("handle")).lower()] = profile
            for actor in chunk:
                profile = by_key.get(actor) or by_key.get(actor.lower())
                if profile is None:
                    continue
                if is_opted_out(profile):
                    self.skipped_opt_out += 1
                    continue
                detailed.append(profile)
        return detailed

    async def follows(self, actor: str, limit: int = 100) -> AsyncIterator[dict[str, Any]]:
        """The accounts ``actor`` follows (``profileView``), opted-out ones left out."""
        given = 0
        async with self.client() as client:
            pages = paginate(
                client,
                GET_FOLLOWS,
                {"actor": actor, "limit": max(1, min(100, limit))},
                CursorPaginator(("cursor",), "cursor"),
            )
            async for _, body in pages:
                follows = body.get("follows") if isinstance(body, dict) else None
                if not isinstance(follows, list):
                    raise MalformedPayloadError(f"Bluesky getFollows of {actor!r}: no 'follows'")
                for profile in follows:
                    if not isinstance(profile, dict) or not isinstance(profile.get("did"), str):
                        continue
                    if is_opted_out(profile):
                        self.skipped_opt_out += 1
                        continue
                    yield profile
                    given += 1
                    if given >= limit:
                        return

    async def lookup_actor(self, actor: str) -> RawProfile | None:
        """One profile by handle or DID; ``None`` when it opted out of logged-out apps."""
        async with self.client() as client:
            profile = await self._get_profile(client, actor)
        return None if is_opted_out(profile) else self._raw(profile)

    async def community(self, profile: RawProfile, limit: int) -> list[RawProfile]:
        """The people ``profile`` follows, as full profiles (community expansion)."""
        dids = [f["did"] async for f in self.follows(profile.external_id, limit)]
        return await self.fetch_linked(dids) if dids else []

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        """Profiles named by ``bsky.app/profile/<handle or DID>`` links (snowballing)."""
        async with self.client() as client:
            return [self._raw(p) for p in await self.profiles(client, list(dict.fromkeys(keys)))]

    async def _get_profile(self, client: httpx.AsyncClient, actor: str) -> dict[str, Any]:
        response = await client.get(GET_PROFILE, params={"actor": actor})
        raise_for_status(response)
        profile = json_body(response)
        if not isinstance(profile, dict) or not isinstance(profile.get("did"), str):
            raise MalformedPayloadError(f"Bluesky getProfile {actor!r}: not a profile")
        return profile

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        """The profile again by its DID (handles change). The AppView has no conditional
        requests, so a profile is always returned; an account that opted out since is
        an ``OptedOutError``."""
        async with self.client() as client:
            profile = await self._get_profile(client, stored.external_id)
        if is_opted_out(profile):
            raise OptedOutError(
                f"Bluesky {stored.external_id} now asks apps not to show it to logged-out "
                "viewers (!no-unauthenticated)"
            )
        return self._raw(profile)
