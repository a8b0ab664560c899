"""A local Stack Exchange 2.3 API: filters, top answerers per tag, users by ids and by
name, top tags, the common wrapper (``items``, ``has_more``, ``quota_max``,
``quota_remaining``, optional ``backoff``), error envelopes and gzip bodies.

Its search engine is the sample network's: a tag's top answerers are the users whose
profile mentions the tag (or one of its skill aliases) or who have it among their top
tags. Strings stay HTML-escaped, as the default ("safe") filter serves them."""

import html
import threading
from collections import deque
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.sources import stackexchange
from sourcing.sources.fakes.server import FAULTS, FaultPlan, matches, page_params, search_text

FILTER = "!9Z(-wzu0T"  # what /filters/create answers for include=user.about_me
SHALLOW_FIELDS = (
    "account_id",
    "reputation",
    "user_id",
    "user_type",
    "accept_rate",
    "profile_image",
    "display_name",
    "link",
    "badge_counts",
)


class StackExchangeFaultPlan(FaultPlan):
    """The shared faults plus ``throttle_violation``: HTTP 400 with error_id 502 and
    "more requests available in ``retry_after`` seconds"."""

    def add(self, prefix: str, *faults: str) -> None:
        for fault in faults:
            if fault not in (*FAULTS, "throttle_violation"):
                raise ValueError(f"unknown fault {fault!r}")
        self.queue.setdefault(prefix, deque()).extend(faults)

    async def respond(self, fault: str) -> Response | None:
        if fault == "throttle_violation":
            return JSONResponse(
                error_body(
                    502,
                    "throttle_violation",
                    "too many requests from this IP, more requests available in "
                    f"{self.retry_after} seconds",
                ),
                status_code=400,
            )
        return await super().respond(fault)


def error_body(error_id: int, name: str, message: str) -> dict[str, Any]:
    return {"error_id": error_id, "error_message": message, "error_name": name}


class FakeStackExchange:
    def __init__(
        self,
        users: list[dict[str, Any]],
        faults: FaultPlan | None = None,
        top_answerers_page_size: int = 30,
        backoff_every: int | None = None,
        backoff_seconds: int = 1,
        quota_max: int = 10_000,
        site: str = "stackoverflow",
    ) -> None:
        """``users`` are payloads as Vivier stores them: the user object (with
        ``about_me``) plus ``top_tags``."""
        self.users = {int(u["user_id"]): u for u in users}
        self.faults = faults or StackExchangeFaultPlan()
        self.top_answerers_page_size = top_answerers_page_size
        self.backoff_every = backoff_every
        self.backoff_seconds = backoff_seconds
        self.quota_max = quota_max
        self.quota_remaining = quota_max
        self.site = site
        self.filter = FILTER
        self.requests: list[Request] = []
        self.filters_created = 0
        self._lock = threading.Lock()
        self._text = {
            uid: search_text(u, stackexchange.read_fields) for uid, u in self.users.items()
        }
        self.app = Starlette(
            routes=[
                Route("/filters/create", self.create_filter),
                Route("/tags/{tag}/top-answerers/{period}", self.top_answerers),
                Route("/users", self.users_by_name),
                Route("/users/{ids}", self.users_by_ids),
                Route("/users/{ids}/top-tags", self.top_tags),
            ],
            middleware=[Middleware(GZipMiddleware, minimum_size=0)],
        )

    # --- the wrapper ------------------------------------------------------------------

    def _count(self) -> tuple[int, bool]:
        """(quota left after this request, whether to ask for a backoff)."""
        with self._lock:
            self.quota_remaining = max(0, self.quota_remaining - 1)
            every = self.backoff_every
            return self.quota_remaining, bool(every) and len(self.requests) % every == 0

    async def _gate(self, request: Request, site_needed: bool = True) -> Response | None:
        with self._lock:
            self.requests.append(request)
        fault = self.faults.take(request.url.path)
        if fault and fault != "empty":
            return await self.faults.respond(fault)
        if self.quota_remaining <= 0:
            return JSONResponse(
                error_body(
                    502,
                    "throttle_violation",
                    "too many requests from this IP, more requests available in 86400 seconds",
                ),
                status_code=400,
            )
        if site_needed and request.query_params.get("site") != self.site:
            return JSONResponse(
                error_body(400, "bad_parameter", "site is required"), status_code=400
            )
        if fault == "empty":
            return self._wrap([], has_more=False)
        return None

    def _wrap(self, items: list[Any], has_more: bool) -> JSONResponse:
        remaining, backoff = self._count()
        body: dict[str, Any] = {
            "items": items,
            "has_more": has_more,
            "quota_max": self.quota_max,
            "quota_remaining": remaining,
        }
        if backoff:
            body["backoff"] = self.backoff_seconds
        return JSONResponse(body)

    def _page(self, request: Request, items: list[Any], default_size: int = 30) -> JSONResponse:
        page, size = page_params(request, default_size, 100)
        chunk = items[(page - 1) * size : page * size]
        return self._wrap(chunk, has_more=page * size < len(items))

    # --- routes -----------------------------------------------------------------------

    async def create_filter(self, request: Request) -> Response:
        refused = await self._gate(request, site_needed=False)
        if refused is not None:
            return refused
        include = request.query_params.get("include", "")
        if "user.about_me" not in include.split(";"):
            filter_string = "default"
        else:
            self.filters_created += 1
            filter_string = self.filter
        item = {
            "filter": filter_string,
            "filter_type": "safe" if request.query_params.get("unsafe") != "true" else "unsafe",
            "included_fields": ["user.about_me", "user.display_name", "user.user_id"],
        }
        return self._wrap([item], has_more=False)

    def _answers(self, user: dict[str, Any], tag: str) -> tuple[int, int]:
        for top in user.get("top_tags") or []:
            if top.get("tag_name") == tag:
                return int(top.get("answer_count", 0)), int(top.get("answer_score", 0))
        return 1, 0

    async def top_answerers(self, request: Request) -> Response:
        refused = await self._gate(request)
        if refused is not None:
            return refused
        tag, period = request.path_params["tag"], request.path_params["period"]
        if period not in ("all_time", "month"):
            return JSONResponse(error_body(400, "bad_parameter", "period"), status_code=400)
        found = []
        for uid, user in self.users.items():
            tags = {t.get("tag_name") for t in user.get("top_tags") or []}
            if tag in tags or matches(self._text[uid], [tag]):
                post_count, score = self._answers(user, tag)
                shallow = {k: user[k] for k in SHALLOW_FIELDS if k in user}
                found.append({"user": shallow, "post_count": post_count, "score": score})
        found.sort(key=lambda item: (-item["score"], -item["post_count"], item["user"]["user_id"]))
        page, _ = page_params(request, 30, 100)
        size = self.top_answerers_page_size
        chunk = found[(page - 1) * size : page * size]
        return self._wrap(chunk, has_more=page * size < len(found))

    def _public(self, user: dict[str, Any], request: Request) -> dict[str, Any]:
        """The user object as the request's filter shows it."""
        hidden = {"top_tags"}
        if request.query_params.get("filter") != self.filter:
            hidden.add("about_me")
        return {k: v for k, v in user.items() if k not in hidden}

    def _ids(self, request: Request) -> list[int] | Response:
        try:
            ids = [int(i) for i in request.path_params["ids"].split(";") if i]
        except ValueError:
            ids = []
        if not ids or len(ids) > 100:
            return JSONResponse(error_body(400, "bad_parameter", "ids"), status_code=400)
        return ids

    async def users_by_ids(self, request: Request) -> Response:
        refused = await self._gate(request)
        if refused is not None:
            return refused
        ids = self._ids(request)
        if isinstance(ids, Response):
            return ids
        found = [self.users[i] for i in dict.fromkeys(ids) if i in self.users]
        found.sort(key=lambda u: (-int(u.get("reputation", 0)), u["user_id"]))
        return self._page(request, [self._public(u, request) for u in found])

    async def users_by_name(self, request: Request) -> Response:
        refused = await self._gate(request)
        if refused is not None:
            return refused
        inname = request.query_params.get("inname", "").casefold()
        found = [
            u
            for u in self.users.values()
            if inname in html.unescape(str(u.get("display_name", ""))).casefold()
        ]
        found.sort(key=lambda u: (-int(u.get("reputation", 0)), u["user_id"]))
        return self._page(request, [self._public(u, request) for u in found])

    async def top_tags(self, request: Request) -> Response:
        refused = await self._gate(request)
        if refused is not None:
            return refused
        ids = self._ids(request)
        if isinstance(ids, Response):
            return ids
        tags = [t for i in ids if i in self.users for t in self.users[i].get("top_tags") or []]
        return self._page(request, tags)
