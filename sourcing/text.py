"""Turning hostile, HTML-laden profile text into clean plain text."""

import html
import re
import unicodedata

import nh3

MAX_TEXT_CHARS = 20_000

_BLOCK_TAGS = re.compile(r"<\s*(?:br|p|/p|div|/div|li|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Markup that only appears once entities are decoded ("&lt;script&gt;", "<<b>script>"):
# removed too, and a "<" that still opens a would-be tag is split from it, so the plain
# text never holds a tag, a script or an event handler, however it is displayed later.
_DECODED_TAG = re.compile(r"<\s*[/!?]?\s*[a-zA-Z][^<>]*>|<!--.*?-->", re.DOTALL)
_TAG_OPENER = re.compile(r"<(?=\s*[/!?]?\s*[a-zA-Z])")


def strip_invisible(text: str) -> str:
    """Drop zero-width and control characters (keeping newlines and tabs)."""
    return "".join(
        ch
        for ch in text
        if ch not in _INVISIBLE and (ch in "\n\t" or not unicodedata.category(ch).startswith("C"))
    )


def html_to_text(value: str | None, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Plain text from an HTML fragment: scripts and tags removed, entities decoded,
    invisible characters dropped, whitespace collapsed, length bounded."""
    if not value:
        return ""
    value = value[: max_chars * 4]
    value = _BLOCK_TAGS.sub("\n", value)
    cleaned = nh3.clean(value, tags=set(), attributes={}, strip_comments=True)
    text = strip_invisible(html.unescape(cleaned))
    while (stripped := _DECODED_TAG.sub("", text)) != text:
        text = stripped
    text = _TAG_OPENER.sub("< ", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text).strip()
    return text[:max_chars]


def plain(value: str | None, max_chars: int = 2_000) -> str:
    """A short plain field (name, location): entities decoded, no markup, one line."""
    return " ".join(html_to_text(value, max_chars).split())


_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def hrefs(value: str | None) -> list[str]:
    """The link targets of an HTML fragment, entity-decoded."""
    if not value:
        return []
    return [html.unescape(h) for h in _HREF.findall(value)]
