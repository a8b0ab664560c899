"""The small protocol every network implements, and the errors sources raise."""

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import LIMITERS, Clock, LimiterRegistry, NetworkProfile, RetryPolicy, make_client
from sourcing.settings import Settings, get_settings


class SourceError(Exception):
    """Base of every error a source raises."""


class UnknownSourceError(SourceError, ValueError):
    """A network name that Vivier does not know."""


class MalformedPayloadError(SourceError, ValueError):
    """A payload that does not have the shape its network promises."""


class SourceDisabledError(SourceError):
    """The network needs something Vivier does not have (e.g. a paid token)."""


@dataclass
class SourceContext:
    """What a connector needs besides the query: settings, and for tests a transport
    and a clock (the test seam: ``httpx.MockTransport``, ``FakeClock``)."""

    settings: Settings = field(default_factory=get_settings)
    transport: httpx.AsyncBaseTransport | None = None
    clock: Clock | None = None
    registry: LimiterRegistry = LIMITERS
    retry: RetryPolicy | None = None

    def client(
        self,
        profile: NetworkProfile,
        base_url: str,
        headers: dict[str, str] | None = None,
        credential: str | None = None,
    ) -> httpx.AsyncClient:
        retry = self.retry or RetryPolicy(attempts=self.settings.http_max_attempts)
        return make_client(
            profile,
            base_url,
            user_agent=self.settings.user_agent,
            headers=headers,
            credential=credential,
            timeout=self.settings.http_timeout_seconds,
            transport=self.transport,
            clock=self.clock,
            retry=retry,
            registry=self.registry,
        )


@dataclass(frozen=True)
class StoredProfile:
    """What the pool remembers of an identity, for a conditional re-fetch."""

    source: str
    external_id: str
    handle: str
    url: str
    etag: str | None = None
    last_modified: str | None = None


PayloadReader = Callable[[dict[str, Any]], ProfileFields]


@runtime_checkable
class Source(Protocol):
    """A network Vivier can search. ``search`` yields raw profiles as the network
    returns them; reading their payload is the job of the network's ``read_fields``."""

    name: str
    description: str

    def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]: ...


@runtime_checkable
class Refreshable(Protocol):
    """A network that can re-fetch one stored profile, conditionally when it can.
    ``None`` means "not modified": the stored profile stays as it is."""

    async def refresh(self, stored: StoredProfile) -> RawProfile | None: ...


def require_mapping(payload: Any, network: str) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise MalformedPayloadError(
            f"{network} payload must be a JSON object, got {type(payload).__name__}"
        )
    return payload


def as_str(value: Any) -> str:
    return value if isinstance(value, str) else ""
