"""Plain profile text (``"source": "text"`` in JSON lines): no payload to read."""

from typing import Any

from models.schemas import ProfileFields
from sourcing.sources.base import as_str
from sourcing.text import html_to_text, plain

NAME = "text"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    return ProfileFields(
        name=plain(as_str(payload.get("name"))),
        text=html_to_text(as_str(payload.get("text"))),
        location_text=plain(as_str(payload.get("location"))),
    )
