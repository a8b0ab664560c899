"""Networks behind one small protocol. Adding a network = one module + one registry line.

- ``SEARCHABLE``: networks Vivier can search (``vivier search --source NAME``).
- ``READERS``: payload shapes Vivier can read (``vivier import`` accepts these sources).
"""

from typing import Any

from models.schemas import ProfileFields
from sourcing.sources import (
    bluesky,
    github,
    gitlab,
    hackernews,
    imports,
    mastodon,
    plaintext,
    stackexchange,
    x,
)
from sourcing.sources.base import (
    MalformedPayloadError,
    PayloadReader,
    Source,
    SourceContext,
    SourceError,
    UnknownSourceError,
)
from sourcing.sources.sample import SampleSource

READERS: dict[str, PayloadReader] = {
    github.NAME: github.read_fields,
    stackexchange.NAME: stackexchange.read_fields,
    mastodon.NAME: mastodon.read_fields,
    plaintext.NAME: plaintext.read_fields,
    bluesky.NAME: bluesky.read_fields,
    gitlab.NAME: gitlab.read_fields,
    hackernews.NAME: hackernews.read_fields,
    x.NAME: x.read_fields,
    **imports.READERS,
}

SEARCHABLE: dict[str, type[Source]] = {
    SampleSource.name: SampleSource,
    github.NAME: github.GitHubSource,
    stackexchange.NAME: stackexchange.StackExchangeSource,
    mastodon.NAME: mastodon.MastodonSource,
    bluesky.NAME: bluesky.BlueskySource,
    gitlab.NAME: gitlab.GitLabSource,
    hackernews.NAME: hackernews.HackerNewsSource,
    x.NAME: x.XSource,
}

# Networks with no lawful people search: offered through imports only.
NO_PEOPLE_SEARCH = {
    "linkedin": "No public people-search API; import an employee's own Connections.csv export.",
    "facebook": "The Graph API returns only people who log in to your app.",
    "instagram": "No people search in the official API.",
    "viadeo": "No working developer API.",
}

__all__ = [
    "NO_PEOPLE_SEARCH",
    "READERS",
    "SEARCHABLE",
    "MalformedPayloadError",
    "SampleSource",
    "Source",
    "SourceError",
    "UnknownSourceError",
    "get_source",
    "read_fields",
]


def read_fields(source: str, payload: dict[str, Any]) -> ProfileFields:
    """Read a payload in the shape of ``source``'s API into ``ProfileFields``."""
    reader = READERS.get(source)
    if reader is None:
        if isinstance(payload, dict) and isinstance(payload.get("text"), str):
            return plaintext.read_fields(payload)
        raise UnknownSourceError(
            f"unknown source {source!r}: payloads are read for {', '.join(sorted(READERS))}"
            " (or give a 'text' field)"
        )
    return reader(payload)


def get_source(name: str, context: SourceContext | None = None) -> Source:
    """The searchable network called ``name``, or a clear error listing the known ones."""
    key = name.strip().lower()
    if key in NO_PEOPLE_SEARCH:
        raise UnknownSourceError(f"{key}: {NO_PEOPLE_SEARCH[key]}")
    if key not in SEARCHABLE:
        raise UnknownSourceError(
            f"unknown source {name!r}; searchable networks: {', '.join(sorted(SEARCHABLE))}"
        )
    return SEARCHABLE[key](context)  # type: ignore[call-arg]


_TOKENS = {
    "github": ("github_token", "optional", "VIVIER_GITHUB_TOKEN"),
    "stackexchange": ("stackexchange_key", "optional", "VIVIER_STACKEXCHANGE_KEY"),
    "mastodon": ("mastodon_token", "optional", "VIVIER_MASTODON_TOKEN"),
    "gitlab": ("gitlab_token", "required for search", "VIVIER_GITLAB_TOKEN"),
    "x": ("x_bearer_token", "required (paid)", "VIVIER_X_BEARER_TOKEN"),
}


def source_status(name: str, settings: Any) -> str:
    """Whether a network is ready to search with the current settings, and why not."""
    if name not in _TOKENS:
        return "ready"
    field, need, variable = _TOKENS[name]
    if getattr(settings, field, None):
        return "ready (token set)"
    if need == "optional":
        return f"ready (anonymous; {variable} raises the limits)"
    return f"disabled: set {variable} ({need})"
