"""Exact keys (same person for sure) and blocking keys (worth comparing) of an identity."""

from collections.abc import Iterable
from dataclasses import dataclass

from models.schemas import ParsedProfile
from sourcing.dedupe.levels import canonical_first_name, numbers_in
from sourcing.dedupe.normalise import (
    name_tokens,
    normalise_email,
    normalise_handle,
    normalise_url,
    surname_as_written,
)
from sourcing.parsing.vocab import fold

# URLs that are sites, not a person: never an exact key.
_SHARED_HOSTS = {
    "github.com",
    "gitlab.com",
    "stackoverflow.com",
    "x.com",
    "linkedin.com",
    "mastodon.social",
    "fosstodon.org",
    "bsky.app",
    "medium.com",
    "dev.to",
    "news.ycombinator.com",
    "youtube.com",
    "instagram.com",
    "facebook.com",
}

EXACT_KINDS = ("email", "url")
BLOCK_KINDS = ("last", "first_city", "handle", "first_number")


@dataclass(frozen=True)
class Key:
    kind: str
    value: str


def profile_url_key(url: str) -> str | None:
    value = normalise_url(url)
    if not value or value in _SHARED_HOSTS or ("/" not in value and value.count(".") == 0):
        return None
    return value


def email_local_parts(emails: Iterable[str]) -> list[str]:
    """The local parts of e-mail addresses (``mdupont74`` of ``MDupont74@free.fr``), the
    part a person picks: the domain is their provider's, and is not kept."""
    parts = (normalise_email(e).rsplit("@", 1)[0] for e in emails if "@" in e)
    return list(dict.fromkeys(p for p in parts if p))


# First path segments of shared sites that name a kind of page, not the person.
_GENERIC_SEGMENTS = frozenset({"in", "profile", "users", "user", "u", "people", "pub", "company"})


def declared_sites(urls: Iterable[str], own_url: str = "") -> list[str]:
    """The part of each URL a person names: the host of their own site
    (``dupont74.fr``, whatever page is linked), the host and account of a shared site
    (``x.com/mdupont``) or of an ``@`` account (``medium.com/@mdupont``). Deeper paths
    (posts, issues, projects), the kind-of-page segments of shared sites
    (``linkedin.com/in``) and the identity's own profile (``own_url``: its handle says
    what it names) are left out."""
    sites = []
    own = normalise_url(own_url)
    for url in urls:
        value = normalise_url(url)
        if not value or value == own:
            continue
        host, _, path = value.partition("/")
        segment = path.split("/")[0]
        if host in _SHARED_HOSTS:
            if segment and segment not in _GENERIC_SEGMENTS and not segment.isdigit():
                sites.append(f"{host}/{segment}")
        elif segment.startswith("@"):
            sites.append(f"{host}/{segment}")
        else:
            sites.append(host)
    return list(dict.fromkeys(sites))


def exact_keys(own_url: str, parsed: ParsedProfile) -> set[Key]:
    """E-mails, the identity's own profile URL, and every URL it links to."""
    keys = {Key("email", normalise_email(e)) for e in parsed.emails if "@" in e}
    for url in [own_url, *parsed.urls]:
        if value := profile_url_key(url):
            keys.add(Key("url", value))
    return keys


def blocking_keys(
    name: str, handle: str, city: str | None, identifiers: Iterable[str] = ()
) -> set[Key]:
    """Several cheap rules whose union keeps recall high: same last name; same
    (canonical) first name in the same city; same handle; same (canonical) first name
    with a number the handle or ``identifiers`` (e-mail local parts, sites) show. The
    surname is taken as the record's own handle and identifiers write it
    (``surname_as_written``), as ``pool_records`` does, so a surname typed with a typo
    blocks with its right spelling."""
    keys: set[Key] = set()
    tokens = name_tokens(name)
    written = [handle, *identifiers]
    if len(tokens) >= 2 and len(tokens[-1]) >= 2:
        keys.add(Key("last", surname_as_written(tokens[-1], written)))
    first = canonical_first_name(tokens[0]) if tokens else ""
    if first and city:
        keys.add(Key("first_city", f"{first}|{fold(city)}"))
    if (h := normalise_handle(handle)) and len(h) >= 4:
        keys.add(Key("handle", h))
    if first:
        numbers = set().union(*(numbers_in(w) for w in written if w))
        keys |= {Key("first_number", f"{first}|{n}") for n in numbers}
    return keys
