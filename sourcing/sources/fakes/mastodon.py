"""A local Mastodon server: account search (``/api/v2/search``), hashtag timelines with
``Link`` pagination, accounts by id and by ``acct``, ``X-RateLimit-*`` headers with an
ISO 8601 reset and an enforced budget, and the real 401s (``offset`` or ``resolve``
without a token, a refused token, a server closed to visitors).

It behaves as one instance that has federated every account it is given: accounts on
its own domain have a bare ``acct``, the others ``user@domain``. Its search engine is
the sample network's (a term or any of its skill aliases anywhere in the profile; the
real server looks at names and, for discoverable accounts, bios), and its hashtag
timelines are synthesised: one or two public posts under ``#tag`` by every account
whose profile uses the tag or mentions the skill it names."""

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.parsing.vocab import load_skills
from sourcing.sources import mastodon
from sourcing.sources.fakes.server import FaultPlan, WindowBudget, matches, search_text

NEED_USER = {"error": "This API requires an authenticated user"}
BAD_TOKEN = {"error": "The access token is invalid"}
NOT_FOUND = {"error": "Record not found"}
MAX_LIMIT = 40
FIRST_STATUS_ID = 114_600_000_000_000_000
FIRST_STATUS_AT = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
FRENCH_SERVERS = {"piaille.fr", "mamot.fr", "framapiaf.org", "mastodon.tedomum.net"}


@lru_cache(maxsize=1)
def skill_hashtags() -> dict[str, str]:
    """Every skill surface form written as a hashtag -> the skill's English label."""
    skills = load_skills()
    tags: dict[str, str] = {}
    for forms in (skills.folded, skills.cased):
        for form, skill_id in forms.items():
            tags.setdefault(mastodon.hashtag(form), skills.entries[skill_id].label_en)
    return tags


def iso(epoch: float) -> str:
    """Mastodon's reset format: ISO 8601 with microseconds, UTC."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeMastodon:
    def __init__(
        self,
        accounts: list[dict[str, Any]],
        host: str = "mastodon.social",
        budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
        token: str | None = None,
    ) -> None:
        """``accounts`` are Account payloads; ``token``, when given, is the only bearer
        token this server accepts (any token is accepted otherwise)."""
        self.host = host
        self.budget = budget or WindowBudget(300, 300.0)
        self.faults = faults or FaultPlan()
        self.token = token
        self.refuse_all = False  # a server closed to visitors: 401 to every request
        self.public_preview = True  # False: tag timelines need a token, as on some servers
        self.requests: list[tuple[str, dict[str, str], str | None]] = []
        self.accounts: list[dict[str, Any]] = []
        self.by_acct: dict[str, dict[str, Any]] = {}
        for payload in accounts:
            account = self._as_seen_here(payload)
            qualified = mastodon.qualified_acct(payload, host).lower()
            self.accounts.append(account)
            self.by_acct[qualified] = account
        self.accounts.sort(key=lambda a: mastodon.qualified_acct(a, host).lower())
        self.by_id = {str(a["id"]): a for a in self.accounts}
        self._text = {id(a): search_text(a, mastodon.read_fields) for a in self.accounts}
        self._timelines: dict[str, list[dict[str, Any]]] = {}
        self.app = Starlette(
            routes=[
                Route("/api/v2/search", self.search),
                Route("/api/v1/timelines/tag/{hashtag}", self.tag_timeline),
                Route("/api/v1/accounts/lookup", self.lookup),
                Route("/api/v1/accounts/{id}", self.account),
            ]
        )

    def _as_seen_here(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The account with ``acct`` as this server writes it (bare when local)."""
        qualified = mastodon.qualified_acct(payload, self.host)
        username, _, domain = qualified.partition("@")
        local = domain.lower() == self.host.split(":")[0].lower()
        return {**payload, "acct": username if local else qualified}

    # --- the gate every request goes through --------------------------------------

    def _limit_headers(self, remaining: int, reset: float) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.budget.limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": iso(reset),
        }

    def _authenticated(self, request: Request) -> bool | None:
        """True with an accepted token, False without one, None with a refused one."""
        header = request.headers.get("authorization")
        if header is None:
            return False
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token or (self.token and token != self.token):
            return None
        return True

    async def _gate(self, request: Request) -> tuple[Response | None, dict[str, str], bool]:
        """(refusal or None, rate-limit headers, authenticated)."""
        self.requests.append(
            (request.url.path, dict(request.query_params), request.headers.get("authorization"))
        )
        fault = self.faults.take(request.url.path)
        if fault and fault != "empty":
            return await self.faults.respond(fault), {}, False
        authenticated = self._authenticated(request)
        if authenticated is None:
            return JSONResponse(BAD_TOKEN, status_code=401), {}, False
        if self.refuse_all:
            return JSONResponse(NEED_USER, status_code=401), {}, False
        allowed, remaining, reset = self.budget.take()
        headers = self._limit_headers(remaining, reset)
        if not allowed:
            refusal = JSONResponse({"error": "Too many requests"}, 429, headers=headers)
            return refusal, headers, authenticated
        if fault == "empty":
            return self._empty(request, headers), headers, authenticated
        return None, headers, authenticated

    @staticmethod
    def _empty(request: Request, headers: dict[str, str]) -> Response:
        if request.url.path.startswith("/api/v2/search"):
            body: Any = {"accounts": [], "statuses": [], "hashtags": []}
            return JSONResponse(body, headers=headers)
        if request.url.path.startswith("/api/v1/timelines/"):
            return JSONResponse([], headers=headers)
        return JSONResponse(NOT_FOUND, status_code=404, headers=headers)

    @staticmethod
    def _limit(request: Request) -> int:
        try:
            limit = int(request.query_params.get("limit", "20"))
        except ValueError:
            limit = 20
        return max(1, min(limit, MAX_LIMIT))

    # --- search -------------------------------------------------------------------

    def _find(self, q: str) -> list[dict[str, Any]]:
        handle = q.strip().lstrip("@")
        if "@" in handle or (q.strip().startswith("@") and handle):
            key = handle.lower() if "@" in handle else f"{handle.lower()}@{self.host.lower()}"
            account = self.by_acct.get(key)
            return [account] if account else []
        return [a for a in self.accounts if matches(self._text[id(a)], [q])]

    async def search(self, request: Request) -> Response:
        refused, headers, authenticated = await self._gate(request)
        if refused is not None:
            return refused
        params = request.query_params
        if ("offset" in params or params.get("resolve") == "true") and not authenticated:
            return JSONResponse(NEED_USER, status_code=401, headers=headers)
        try:
            offset = max(0, int(params.get("offset", "0")))
        except ValueError:
            offset = 0
        q = params.get("q", "")
        found = self._find(q) if q.strip() and params.get("type", "accounts") == "accounts" else []
        page = found[offset : offset + self._limit(request)]
        body = {"accounts": page, "statuses": [], "hashtags": []}
        return JSONResponse(body, headers=headers)

    # --- hashtag timelines --------------------------------------------------------

    def _uses_tag(self, account: dict[str, Any], tag: str) -> bool:
        used = re.compile(rf"(/tags/|#){re.escape(tag)}(?!\w)")
        if used.search(str(account.get("note") or "").lower()):
            return True
        for field in account.get("fields") or []:
            if isinstance(field, dict) and used.search(str(field.get("value") or "").lower()):
                return True
        skill = skill_hashtags().get(tag)
        return matches(self._text[id(account)], [skill or tag])

    def timeline(self, tag: str) -> list[dict[str, Any]]:
        """The statuses under ``#tag``, newest first."""
        tag = tag.lower()
        if tag not in self._timelines:
            posts: list[tuple[dict[str, Any], int]] = []
            for account in self.accounts:
                if self._uses_tag(account, tag):
                    count = 2 if sum(map(ord, str(account["id"]))) % 3 == 0 else 1
                    posts.extend((account, n) for n in range(count))
            self._timelines[tag] = [
                self._status(account, tag, position, n)
                for position, (account, n) in enumerate(posts)
            ]
        return self._timelines[tag]

    def _status(self, account: dict[str, Any], tag: str, position: int, n: int) -> dict[str, Any]:
        status_id = str(FIRST_STATUS_ID - position * 1_000_003)
        created = FIRST_STATUS_AT - timedelta(minutes=17 * position)
        author = mastodon.qualified_acct(account, self.host)
        username, _, domain = author.partition("@")
        tag_url = f"https://{self.host}/tags/{tag}"
        link = f'<a href="{tag_url}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'
        words = (
            ["Notes du jour sur", "On en reparle :"]
            if domain in FRENCH_SERVERS
            else [
                "Today I learned something new about",
                "Writing up what we shipped with",
            ]
        )
        return {
            "id": status_id,
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "in_reply_to_id": None,
            "in_reply_to_account_id": None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": "public",
            "language": "fr" if domain in FRENCH_SERVERS else "en",
            "uri": f"https://{domain}/users/{username}/statuses/{status_id}",
            "url": f"https://{domain}/@{username}/{status_id}",
            "replies_count": n,
            "reblogs_count": position % 4,
            "favourites_count": position % 7,
            "edited_at": None,
            "content": f"<p>{words[n % 2]} {link}</p>",
            "reblog": None,
            "account": account,
            "media_attachments": [],
            "mentions": [],
            "tags": [{"name": tag, "url": tag_url}],
            "emojis": [],
            "card": None,
            "poll": None,
        }

    async def tag_timeline(self, request: Request) -> Response:
        refused, headers, authenticated = await self._gate(request)
        if refused is not None:
            return refused
        if not self.public_preview and not authenticated:
            return JSONResponse(NEED_USER, status_code=401, headers=headers)
        params = request.query_params
        statuses = self.timeline(request.path_params["hashtag"])
        if params.get("local") == "true":
            statuses = [s for s in statuses if "@" not in s["account"]["acct"]]
        elif params.get("remote") == "true":
            statuses = [s for s in statuses if "@" in s["account"]["acct"]]
        try:
            max_id = int(params["max_id"]) if "max_id" in params else None
            min_id = int(params.get("min_id") or params.get("since_id") or 0) or None
        except ValueError:
            return JSONResponse({"error": "Invalid id"}, status_code=422, headers=headers)
        if max_id is not None:
            statuses = [s for s in statuses if int(s["id"]) < max_id]
        if min_id is not None:
            statuses = [s for s in statuses if int(s["id"]) > min_id]
        limit = self._limit(request)
        page = statuses[:limit]
        if page:
            base = request.url.remove_query_params(["max_id", "min_id", "since_id"])
            links = []
            if len(page) == limit:  # like Mastodon: a full page always has a next link
                links.append(f'<{base.include_query_params(max_id=page[-1]["id"])}>; rel="next"')
            links.append(f'<{base.include_query_params(min_id=page[0]["id"])}>; rel="prev"')
            headers["Link"] = ", ".join(links)
        return JSONResponse(page, headers=headers)

    # --- accounts -----------------------------------------------------------------

    async def account(self, request: Request) -> Response:
        refused, headers, _ = await self._gate(request)
        if refused is not None:
            return refused
        account = self.by_id.get(request.path_params["id"])
        if account is None:
            return JSONResponse(NOT_FOUND, status_code=404, headers=headers)
        return JSONResponse(account, headers=headers)

    async def lookup(self, request: Request) -> Response:
        refused, headers, _ = await self._gate(request)
        if refused is not None:
            return refused
        acct = request.query_params.get("acct", "").strip().lstrip("@").lower()
        if acct and "@" not in acct:
            acct = f"{acct}@{self.host.split(':')[0].lower()}"
        account = self.by_acct.get(acct)
        if account is None:
            return JSONResponse(NOT_FOUND, status_code=404, headers=headers)
        return JSONResponse(account, headers=headers)
