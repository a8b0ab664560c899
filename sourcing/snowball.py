"""Snowballing: from a found profile to the same person's profiles on other networks.

A profile's links (GitHub blog and social accounts, Mastodon verified fields, Stack
Exchange website, Bluesky handle domains...) that point at another network's profile
page are fetched through that network's connector, within a depth and a request
budget. Only ``https`` links to public hosts are followed."""

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from models.schemas import RawProfile
from sourcing.sources import read_fields


@runtime_checkable
class Linker(Protocol):
    """A connector that can fetch profiles named by links to its network."""

    name: str

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]: ...


@runtime_checkable
class CommunityExpander(Protocol):
    """A connector that can list the people a profile follows (its community)."""

    name: str

    async def community(self, profile: RawProfile, limit: int) -> list[RawProfile]: ...


_RESERVED_GITHUB = {
    "orgs",
    "sponsors",
    "topics",
    "features",
    "about",
    "settings",
    "apps",
    "marketplace",
    "explore",
    "collections",
    "login",
    "join",
    "pricing",
}

# network -> (host pattern, path pattern giving the key)
_LINK_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "github": (re.compile(r"^(www\.)?github\.com$"), re.compile(r"^/([A-Za-z0-9-]{1,39})/?$")),
    "stackexchange": (
        re.compile(r"^(www\.)?stackoverflow\.com$"),
        re.compile(r"^/users/(\d+)(?:/[^/]*)?/?$"),
    ),
    "bluesky": (re.compile(r"^bsky\.app$"), re.compile(r"^/profile/([A-Za-z0-9.:-]+)/?$")),
    "gitlab": (re.compile(r"^gitlab\.com$"), re.compile(r"^/([A-Za-z0-9_.-]+)/?$")),
    "x": (
        re.compile(r"^(www\.|mobile\.)?(x|twitter)\.com$"),
        re.compile(r"^/([A-Za-z0-9_]{1,15})/?$"),
    ),
}
_MASTODON_PATH = re.compile(r"^/@([A-Za-z0-9_]+)/?$")


def is_public_https(url: str, allow_private: bool = False) -> bool:
    """``https`` on a public host name (no IP literal in private, loopback or link-local
    ranges, no ``localhost``), unless private hosts are allowed (tests)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:  # "https://[": malformed, followed nowhere
        return False
    if not host:
        return False
    if allow_private:
        return parts.scheme in ("https", "http")
    if parts.scheme != "https" or host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." in host
    return address.is_global


def link_key(url: str, allow_private: bool = False) -> tuple[str, str] | None:
    """``https://github.com/mira`` -> ``("github", "mira")``; a Mastodon profile URL
    ``https://fosstodon.org/@mira`` -> ``("mastodon", "mira@fosstodon.org")``."""
    if not is_public_https(url, allow_private):
        return None
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path
    for network, (host_pattern, path_pattern) in _LINK_PATTERNS.items():
        if host_pattern.match(host):
            match = path_pattern.match(path)
            if not match:
                return None
            key = match.group(1)
            if network == "github" and key.lower() in _RESERVED_GITHUB:
                return None
            return network, key
    if match := _MASTODON_PATH.match(path):
        return "mastodon", f"{match.group(1)}@{host}"
    return None


@dataclass
class SnowballReport:
    followed: int = 0
    found: list[RawProfile] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def links_of(profile: RawProfile, allow_private: bool = False) -> set[tuple[str, str]]:
    fields = read_fields(profile.source, profile.payload or {"text": profile.text or ""})
    own = link_key(profile.url, allow_private) if profile.url else None
    keys = {link_key(u, allow_private) for u in fields.urls}
    return {k for k in keys if k is not None and k != own and k[0] != profile.source}


async def snowball(
    found: Iterable[RawProfile],
    linkers: dict[str, Linker],
    depth: int = 1,
    budget: int = 50,
    allow_private: bool = False,
) -> SnowballReport:
    """Fetch the other identities that found profiles link to, breadth first, at most
    ``depth`` hops away and ``budget`` profiles in all."""
    report = SnowballReport()
    known = {(p.source, p.external_id) for p in found}
    seen_keys: set[tuple[str, str]] = set()
    frontier = list(found)
    for _ in range(depth):
        wanted: dict[str, list[str]] = {}
        for profile in frontier:
            for network, key in sorted(links_of(profile, allow_private)):
                if network in linkers and (network, key) not in seen_keys:
                    seen_keys.add((network, key))
                    wanted.setdefault(network, []).append(key)
        frontier = []
        for network, keys in wanted.items():
            keys = keys[: max(0, budget - report.followed)]
            if not keys:
                continue
            report.followed += len(keys)
            try:
                fetched = await linkers[network].fetch_linked(keys)
            except Exception as error:  # one network's failure must not stop the others
                report.errors.append(f"{network}: {type(error).__name__}: {error}")
                continue
            for profile in fetched:
                if (profile.source, profile.external_id) not in known:
                    known.add((profile.source, profile.external_id))
                    report.found.append(profile)
                    frontier.append(profile)
        if not frontier or report.followed >= budget:
            break
    return report


async def expand_community(
    found: Iterable[RawProfile],
    expanders: dict[str, CommunityExpander],
    per_profile: int = 20,
    budget: int = 100,
) -> SnowballReport:
    """People that found profiles follow, on networks that publish follows: at most
    ``per_profile`` per profile and ``budget`` in all (one hop: a community, not a crawl)."""
    report = SnowballReport()
    known = {(p.source, p.external_id) for p in found}
    for profile in list(found):
        expander = expanders.get(profile.source)
        if expander is None or report.followed >= budget:
            continue
        limit = min(per_profile, budget - report.followed)
        try:
            members = await expander.community(profile, limit)
        except Exception as error:  # one profile's failure must not stop the expansion
            report.errors.append(f"{profile.source}:{profile.external_id}: {error}")
            continue
        report.followed += limit
        for member in members:
            if (member.source, member.external_id) not in known:
                known.add((member.source, member.external_id))
                report.found.append(member)
    return report
