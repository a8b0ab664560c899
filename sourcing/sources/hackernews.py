"""Hacker News: the monthly "Ask HN: Who wants to be hired?" threads.

Every top-level comment of such a thread is a person who says they seek work, usually
written on the template of the thread's opening post (``Location:``, ``Remote:``,
``Willing to relocate:``, ``Technologies:``, ``Résumé/CV:``, ``Email:``).

Everything goes through the Algolia HN Search API (``settings.hn_api_url``), the route
the reference documents end to end, with the comments' HTML in each hit:

1. ``GET /search_by_date?query=who wants to be hired&tags=story,author_whoishiring``:
   the stories of the ``whoishiring`` account whose title starts with
   "Ask HN: Who wants to be hired?", newest first; the latest ``threads`` (default 2).
2. ``GET /search_by_date?tags=comment,story_<id>&hitsPerPage=1000``: the thread's
   comments, newest first; top-level ones have ``parent_id == story_id``. Algolia stops
   deep paging at about 1,000 hits, so instead of ``page`` the next request asks for
   ``numericFilters=created_at_i<=<oldest created_at_i seen>`` (a keyset on the sort
   order, any depth; hits seen twice at the boundary second are dropped by id).

The Firebase API is not used: it has no search and would cost one request per comment.
Deleted or dead comments (no author, no text, the ``deleted`` or ``dead`` flags, or HN's
``[deleted]``/``[dead]``/``[flagged]`` placeholders) are skipped. Within a search one
post per author is kept, the newest that matches (people repost every month); every post
also links the author's HN page (``news.ycombinator.com/user?id=<author>``) in ``urls``.

A post matches the query when it mentions any of the query's skills or keywords:
a term the skill taxonomy knows is compared by skill id with the skills found in the
post (its ``Technologies`` items and the words of its text, looked up in the same
vocabulary, so ``k8s`` matches ``Kubernetes``); any other term is looked for as a whole
word in the accent- and case-folded text. A location, when given, must appear (folded)
in the post's ``Location:`` line, or in its text when it has none.
"""

import re
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from models.schemas import ProfileFields, RawProfile, SearchQuery
from sourcing.http import Budget, NetworkProfile, json_body, raise_for_status
from sourcing.paginate import Paginator, paginate
from sourcing.parsing.extract import emails_in, urls_in
from sourcing.parsing.vocab import fold, load_skills
from sourcing.sources.base import MalformedPayloadError, SourceContext, as_str, require_mapping
from sourcing.text import hrefs, html_to_text

NAME = "hackernews"
THREAD_TITLE = "Ask HN: Who wants to be hired?"
USER_URL = "https://news.ycombinator.com/user?id={}"
COMMENTS_PER_PAGE = 1000  # Algolia's reported maximum ``hitsPerPage``
REMOVED_TEXTS = {"[deleted]", "[dead]", "[flagged]"}

# --- parsing a post -------------------------------------------------------------------

# The template's keys (English, a few variants, and French), the most specific first
# so "Résumé/CV" wins over "CV". A key counts only at the start of a line or after a
# separator, so "remote:" in the middle of a sentence is left alone.
_KEYS: dict[str, str] = {
    r"willing\s+to\s+relocate": "relocate",
    r"open\s+to\s+relocat(?:e|ion)": "relocate",
    r"pr[êe]te?\s+[àa]\s+d[ée]m[ée]nager": "relocate",
    r"d[ée]m[ée]nagement": "relocate",
    r"mobilit[ée](?:\s+g[ée]ographique)?": "relocate",
    r"relocat(?:e|ion)": "relocate",
    r"r[ée]sum[ée]\s*/\s*cv": "resume",
    r"cv\s*/\s*r[ée]sum[ée]": "resume",
    r"r[ée]sum[ée]": "resume",
    r"cv": "resume",
    r"technolog(?:ies|y|ie)(?:\s+stack)?": "technologies",
    r"tech(?:\s+stack)?": "technologies",
    r"stack": "technologies",
    r"skills": "technologies",
    r"comp[ée]tences": "technologies",
    r"technos?": "technologies",
    r"location": "location",
    r"localisation": "location",
    r"lieu": "location",
    r"ville": "location",
    r"based\s+in": "location",
    r"remote": "remote",
    r"t[ée]l[ée]travail": "remote",
    r"[àa]\s+distance": "remote",
    r"e-?mail": "email",
    r"courriel": "email",
    r"mail": "email",
    r"contact": "email",
}
_KEY = re.compile(
    r"(?:^|(?<=[|•·;,])|(?<=\s[-–—]))\s*(?P<key>"
    + "|".join(f"(?:{pattern})" for pattern in _KEYS)
    + r")\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_KEY_NAMES = [(re.compile(rf"{p}$", re.IGNORECASE), name) for p, name in _KEYS.items()]
_SEPARATORS = " \t|•·;,-–—"

_YES = re.compile(
    r"^(?:yes|yep|yeah|sure|ok|oui|open|absolutely|definitely|preferred|prefer|only|"
    r"remote|hybrid|hybride|full|fully|100\s?%|flexible|possible|partiel|partial|"
    r"uniquement|de\s+pr[ée]f[ée]rence)(?!\w)",
    re.IGNORECASE,
)
_NO = re.compile(r"^(?:no|nope|non|not|never|pas|onsite|on-site|sur\s+site)\b", re.IGNORECASE)

# Obfuscated e-mail addresses: "name [at] domain [dot] com", "name (at) domain.com",
# "name at domain dot com", "nom arobase domaine point fr".
_BRACKET_AT = re.compile(r"\s*[\[({<]\s*(?:at|@|arobase)\s*[\])}>]\s*", re.IGNORECASE)
_BRACKET_DOT = re.compile(r"\s*[\[({<]\s*(?:dot|point|\.)\s*[\])}>]\s*", re.IGNORECASE)
_WORD_AT = re.compile(r"\s+(?:at|arobase)\s+|\s+@\s+", re.IGNORECASE)
_WORD_DOT = re.compile(r"\s+(?:dot|point)\s+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"[,;|•·\n()]|\s+/\s+|\s+(?:and|et|&)\s+", re.IGNORECASE)
_ITEM_LABEL = re.compile(r"^[^:]{1,25}:\s*")
_TOKEN = re.compile(r"[\w][\w+#.\-]*[\w+#]|[\w]")
_P_TAG = re.compile(r"<p\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class HiringPost:
    """What one "Who wants to be hired?" post says. ``remote`` and ``relocate`` are
    ``None`` when the post does not say (or says something that is neither yes nor no)."""

    location: str = ""
    remote: bool | None = None
    relocate: bool | None = None
    technologies: tuple[str, ...] = ()
    resume_url: str = ""
    email: str = ""
    urls: tuple[str, ...] = ()
    rest: str = ""
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (lists, not tuples), for the payload's ``post``."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


def _key_name(raw: str) -> str:
    raw = " ".join(raw.split())
    for pattern, name in _KEY_NAMES:
        if pattern.match(raw):
            return name
    return ""  # pragma: no cover - every alternative of _KEY is in _KEY_NAMES


def _yes_no(value: str) -> bool | None:
    value = value.strip(" .!:-").lower()
    if _NO.match(value):
        return False
    if _YES.match(value):
        return True
    return None


def _remote_place(values: dict[str, str]) -> bool | None:
    """``Location: Remote`` with no ``Remote:`` line says remote all the same."""
    return True if re.search(r"\bremote\b", values.get("location", ""), re.I) else None


def deobfuscate_email(value: str) -> str:
    """The first e-mail address in ``value``, undoing the usual disguises."""
    value = _BRACKET_DOT.sub(".", _BRACKET_AT.sub("@", value))
    if found := emails_in(value):
        return found[0]
    value = _WORD_DOT.sub(".", _WORD_AT.sub("@", f" {value} "))
    found = emails_in(value)
    return found[0] if found else ""


def split_technologies(value: str) -> tuple[str, ...]:
    """``"Python (Django, FastAPI), Go and Rust."`` -> ``("Python", "Django", ...)``."""
    items = []
    for part in _LIST_SPLIT.split(value):
        item = _ITEM_LABEL.sub("", part.strip()).strip(" !*-–—\t").rstrip(".")
        if item and len(item) <= 60:
            items.append(item)
    return tuple(dict.fromkeys(items))


def _full_url(shown: str, links: list[str]) -> str:
    """HN links every URL it shows and shortens the text of long ones
    (``https://host/pa...``): the href that starts with the shown text is the whole URL."""
    if shown in links:
        return shown
    return next((link for link in links if link.startswith(shown)), shown)


def _url_in(value: str, links: list[str]) -> str:
    shown = urls_in(value)
    if shown:
        return _full_url(shown[0], links)
    for word in value.split():
        word = word.strip(".,;()<>")
        if _BARE_DOMAIN.match(word) and "@" not in word:
            return f"https://{word}"
    return ""


def _plain_lines(html: str) -> str:
    # HN separates paragraphs with a bare "<p>", which html_to_text does not break on.
    return html_to_text(_P_TAG.sub("\n", html))


def parse_hiring_post(text: str) -> HiringPost:
    """Read a "Who wants to be hired?" post (HN's HTML ``text``/``comment_text``, or
    plain text). Keys may be on their own lines or inline (``Location: Lyon | Remote:
    yes``), in any case, in English or French; whatever no key introduces is ``rest``."""
    targets = hrefs(text)
    links = [h for h in targets if not h.lower().startswith("mailto:")]
    mailtos = [h[7:].split("?")[0] for h in targets if h.lower().startswith("mailto:")]
    plain_text = _plain_lines(text)
    values: dict[str, str] = {}
    rest: list[str] = []
    for line in plain_text.split("\n"):
        found = list(_KEY.finditer(line))
        if not found:
            rest.append(line.strip())
            continue
        if before := line[: found[0].start()].strip(_SEPARATORS):
            rest.append(before)
        for number, match in enumerate(found):
            end = found[number + 1].start() if number + 1 < len(found) else len(line)
            value = line[match.end() : end].strip(_SEPARATORS).rstrip(".")
            name = _key_name(match.group("key"))
            if value and name not in values:
                values[name] = value
    email = deobfuscate_email(values.get("email", ""))
    if not email:
        disguised = _BRACKET_DOT.sub(".", _BRACKET_AT.sub("@", plain_text))
        email = next(iter([*emails_in(" ".join(mailtos)), *emails_in(disguised)]), "")
    resume = _url_in(values.get("resume", ""), links)
    shown = [_full_url(u, links) for u in urls_in(plain_text)]
    urls = [u for u in dict.fromkeys([resume, *links, *shown]) if u]
    return HiringPost(
        location=values.get("location", ""),
        remote=_yes_no(values["remote"]) if "remote" in values else _remote_place(values),
        relocate=_yes_no(values["relocate"]) if "relocate" in values else None,
        technologies=split_technologies(values.get("technologies", "")),
        resume_url=resume,
        email=email,
        urls=tuple(urls),
        rest="\n".join(r for r in rest if r),
        text=plain_text,
    )


# --- reading the payload ----------------------------------------------------------------


def _comment_of(payload: dict[str, Any]) -> dict[str, Any]:
    """The comment of ``{"comment": ..., "post": ...}``, or a bare comment (an Algolia
    hit with ``comment_text`` or a Firebase item with ``text``)."""
    comment = payload.get("comment", payload)
    if not isinstance(comment, dict):
        raise MalformedPayloadError("hackernews payload: 'comment' must be an object")
    return comment


def comment_html(comment: dict[str, Any]) -> str:
    return as_str(comment.get("comment_text")) or as_str(comment.get("text"))


def comment_author(comment: dict[str, Any]) -> str:
    return as_str(comment.get("author")) or as_str(comment.get("by"))


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    comment = _comment_of(require_mapping(payload, NAME))
    author = comment_author(comment)
    post = parse_hiring_post(comment_html(comment))
    urls = [*post.urls, USER_URL.format(author)] if author else list(post.urls)
    return ProfileFields(
        name=author,
        handle=author,
        text=post.text,
        location_text=post.location,
        emails=[post.email] if post.email else [],
        urls=urls,
        skill_hints=list(post.technologies),
        hireable=True,  # they published that they seek work
    )


# --- matching a post against the query -------------------------------------------------


def skills_in(post: HiringPost) -> set[str]:
    """Skill ids named by the post: its technologies, and runs of 1-4 words of its text
    that the taxonomy knows (``Go`` as written, ``machine learning``, ``k8s``)."""
    skills = load_skills()
    found: set[str] = set()
    for item in post.technologies:
        for name in {item, *item.split("/")}:
            if (skill := skills.lookup(name)) is not None:
                found.add(skill.id)
    for line in post.text.split("\n"):
        words = _TOKEN.findall(line)
        folded = [fold(w) for w in words]
        for start in range(len(words)):
            for end in range(start + 1, min(start + 5, len(words) + 1)):
                cased, key = " ".join(words[start:end]), " ".join(folded[start:end])
                skill_id = (
                    skills.cased.get(cased)
                    or skills.folded.get(key)
                    or skills.folded.get(key.replace("-", " "))
                )
                if skill_id:
                    found.add(skill_id)
    return found


def _word_in(term: str, folded_text: str) -> bool:
    term = fold(term).strip()
    return bool(term) and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", folded_text) is not None


@dataclass(frozen=True)
class PostMatcher:
    """The query's terms split once: known skills (by id) and free words."""

    skill_ids: frozenset[str]
    words: tuple[str, ...]
    location: str | None

    @classmethod
    def of(cls, query: SearchQuery) -> "PostMatcher":
        skills = load_skills()
        ids, words = set(), []
        for term in [*query.skills, *query.keywords]:
            skill = skills.lookup(term)
            if skill is not None:
                ids.add(skill.id)
            else:
                words.append(term)
        return cls(frozenset(ids), tuple(words), query.location)

    def __call__(self, post: HiringPost) -> bool:
        folded = fold(post.text)
        if self.location and not _word_in(self.location, fold(post.location) or folded):
            return False
        if any(_word_in(word, folded) for word in self.words):
            return True
        return bool(self.skill_ids) and not self.skill_ids.isdisjoint(skills_in(post))


# --- the connector ----------------------------------------------------------------------

PROFILE = NetworkProfile(
    name=NAME,
    # Algolia sends no rate-limit headers; about 10,000 requests/hour per IP (reported).
    budgets={"algolia": Budget(10_000, 3600.0)},
)


class OlderThanPaginator(Paginator):
    """Algolia ``search_by_date`` pages by time: the next request asks for hits at or
    before the oldest one seen. Stops when the page held everything (``nbPages <= 1``)."""

    def next_request(self, url, params, response, body):  # type: ignore[no-untyped-def]
        hits = body.get("hits") if isinstance(body, dict) else None
        if not hits or not isinstance(body.get("nbPages"), int) or body["nbPages"] <= 1:
            return None
        times = [h["created_at_i"] for h in hits if isinstance(h.get("created_at_i"), int)]
        if not times or not self._accept(min(times)):
            return None
        return url, {**params, "numericFilters": f"created_at_i<={min(times)}"}


def _hits(body: Any, what: str) -> list[dict[str, Any]]:
    hits = body.get("hits") if isinstance(body, dict) else None
    if not isinstance(hits, list):
        raise MalformedPayloadError(f"HN Algolia {what}: no 'hits' list")
    return [h for h in hits if isinstance(h, dict)]


def is_removed(comment: dict[str, Any]) -> bool:
    text = comment_html(comment).strip()
    return (
        bool(comment.get("deleted") or comment.get("dead"))
        or not comment_author(comment)
        or not text
        or text in REMOVED_TEXTS
    )


class HackerNewsSource:
    """People who posted in the latest "Ask HN: Who wants to be hired?" threads."""

    name = NAME
    description = 'Hacker News "Who wants to be hired?" posts (latest threads); no token.'

    def __init__(self, context: SourceContext | None = None, threads: int = 2) -> None:
        self.context = context or SourceContext()
        settings = self.context.settings
        self.base_url = settings.hn_api_url
        self.limit = settings.fetch_limit_per_source
        self.threads = threads

    def client(self) -> httpx.AsyncClient:
        return self.context.client(PROFILE, self.base_url)

    async def latest_threads(self, client: httpx.AsyncClient) -> list[dict[str, Any]]:
        """The newest ``self.threads`` "Who wants to be hired?" stories (Algolia hits)."""
        params = {
            "query": "who wants to be hired",
            "tags": "story,author_whoishiring",
            "hitsPerPage": max(20, 4 * self.threads),  # whoishiring posts 3 threads a month
        }
        response = await client.get("/search_by_date", params=params)
        raise_for_status(response)
        stories = [
            hit
            for hit in _hits(json_body(response), "thread search")
            if as_str(hit.get("title")).startswith(THREAD_TITLE) and hit.get("objectID")
        ]
        stories.sort(key=lambda hit: hit.get("created_at_i") or 0, reverse=True)
        return stories[: self.threads]

    async def top_level_comments(
        self, client: httpx.AsyncClient, story_id: str
    ) -> AsyncIterator[dict[str, Any]]:
        """The thread's live top-level comments, newest first, each once."""
        params = {"tags": f"comment,story_{story_id}", "hitsPerPage": COMMENTS_PER_PAGE}
        seen: set[str] = set()
        pages = paginate(client, "/search_by_date", params, OlderThanPaginator(max_pages=50))
        async for _, body in pages:
            for hit in _hits(body, f"comments of story {story_id}"):
                comment_id = str(hit.get("objectID") or "")
                if not comment_id or comment_id in seen:
                    continue
                seen.add(comment_id)
                if str(hit.get("parent_id")) != str(story_id) or is_removed(hit):
                    continue
                yield hit

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        limit = min(self.limit, query.limit)
        wanted = PostMatcher.of(query)
        authors: set[str] = set()
        async with self.client() as client:
            for story in await self.latest_threads(client):
                async for comment in self.top_level_comments(client, str(story["objectID"])):
                    author = comment_author(comment)
                    if author in authors:
                        continue
                    post = parse_hiring_post(comment_html(comment))
                    if not wanted(post):
                        continue
                    authors.add(author)
                    yield to_raw_profile(comment, post)
                    if len(authors) >= limit:
                        return


def to_raw_profile(comment: dict[str, Any], post: HiringPost | None = None) -> RawProfile:
    # The identity is the HN account (one person, however many monthly posts); the
    # newest matching post is its payload.
    author = comment_author(comment)
    post = post or parse_hiring_post(comment_html(comment))
    return RawProfile(
        source=NAME,
        external_id=author,
        handle=author,
        url=USER_URL.format(author),
        payload={"comment": comment, "post": post.as_dict()},
    )
