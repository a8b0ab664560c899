"""The message templates in ``sourcing/templates``: one Jinja environment for every
message Vivier writes (notices, referral requests, saved-search digests), HTML escaped."""

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "html.j2"]),
        keep_trailing_newline=True,
    )


def render(name: str, context: dict[str, Any]) -> str:
    """The template ``name`` (e.g. ``notice.fr.txt.j2``) rendered with ``context``."""
    return _environment().get_template(name).render(context)
