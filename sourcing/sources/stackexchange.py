"""Stack Exchange 2.3: reading the ``user`` object (with ``about_me`` through a filter,
plus the ``top_tags`` list the connector attaches). Strings come HTML-escaped."""

from typing import Any

from models.schemas import ProfileFields
from sourcing.sources.base import as_str, require_mapping
from sourcing.text import html_to_text, plain

NAME = "stackexchange"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    tags = [
        as_str(tag.get("tag_name"))
        for tag in user.get("top_tags") or []
        if isinstance(tag, dict) and tag.get("tag_name")
    ]
    urls = [as_str(user.get("link")), as_str(user.get("website_url"))]
    return ProfileFields(
        name=plain(as_str(user.get("display_name"))),
        handle=plain(as_str(user.get("display_name"))),
        text=html_to_text(as_str(user.get("about_me"))),
        location_text=plain(as_str(user.get("location"))),
        urls=[u for u in urls if u],
        skill_hints=tags,
    )
