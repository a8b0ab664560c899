"""Exact keys (same person for sure) and blocking keys (worth comparing) of an identity."""

from dataclasses import dataclass

from models.schemas import ParsedProfile
from sourcing.dedupe.normalise import (
    NICKNAMES,
    name_tokens,
    normalise_email,
    normalise_handle,
    normalise_url,
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
BLOCK_KINDS = ("last", "first_city", "handle")


@dataclass(frozen=True)
class Key:
    kind: str
    value: str


def profile_url_key(url: str) -> str | None:
    value = normalise_url(url)
    if not value or value in _SHARED_HOSTS or ("/" not in value and value.count(".") == 0):
        return None
    return value


def exact_keys(own_url: str, parsed: ParsedProfile) -> set[Key]:
    """E-mails, the identity's own profile URL, and every URL it links to."""
    keys = {Key("email", normalise_email(e)) for e in parsed.emails if "@" in e}
    for url in [own_url, *parsed.urls]:
        if value := profile_url_key(url):
            keys.add(Key("url", value))
    return keys


def _canonical_first(token: str) -> str:
    forms = NICKNAMES.get(token)
    return forms[0] if forms else token


def blocking_keys(name: str, handle: str, city: str | None) -> set[Key]:
    """Several cheap rules whose union keeps recall high: same last name; same
    (canonical) first name in the same city; same handle."""
    keys: set[Key] = set()
    tokens = name_tokens(name)
    if len(tokens) >= 2 and len(tokens[-1]) >= 2:
        keys.add(Key("last", tokens[-1]))
    if tokens and city:
        keys.add(Key("first_city", f"{_canonical_first(tokens[0])}|{fold(city)}"))
    if (h := normalise_handle(handle)) and len(h) >= 4:
        keys.add(Key("handle", h))
    return keys
