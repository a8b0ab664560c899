"""Mastodon: reading the Account entity (``note`` and ``fields`` are sanitised HTML)."""

import re
from typing import Any

from models.schemas import ProfileFields
from sourcing.sources.base import as_str, require_mapping
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
