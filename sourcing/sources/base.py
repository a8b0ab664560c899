"""The small protocol every network implements, and the errors sources raise."""

from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol, runtime_checkable

from models.schemas import ProfileFields, RawProfile, SearchQuery


class SourceError(Exception):
    """Base of every error a source raises."""


class UnknownSourceError(SourceError, ValueError):
    """A network name that Vivier does not know."""


class MalformedPayloadError(SourceError, ValueError):
    """A payload that does not have the shape its network promises."""


PayloadReader = Callable[[dict[str, Any]], ProfileFields]


@runtime_checkable
class Source(Protocol):
    """A network Vivier can search. ``search`` yields raw profiles as the network
    returns them; reading their payload is the job of the network's ``read_fields``."""

    name: str
    description: str

    def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]: ...


def require_mapping(payload: Any, network: str) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise MalformedPayloadError(
            f"{network} payload must be a JSON object, got {type(payload).__name__}"
        )
    return payload


def as_str(value: Any) -> str:
    return value if isinstance(value, str) else ""
