"""A local Bluesky AppView: ``searchActors`` (cursor pages), ``getProfile``,
``getProfiles`` (at most 25 actors), ``getFollows``, XRPC error envelopes, IETF
``ratelimit-*`` headers and an enforced budget.

Its search engine is the sample network's: every word (or quoted phrase) of ``q`` must
match somewhere in the profile, a skill through any of its aliases. Accounts labelled
``!no-unauthenticated`` are served with their label, as the real AppView does: hiding
them is the client's job. The real AppView hosts do not accept authentication: this one
answers 400 to any request carrying an ``Authorization`` header."""

import shlex
import time
from collections import Counter
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.sources import bluesky
from sourcing.sources.fakes.server import FaultPlan, WindowBudget, matches, search_text

# Fields of profileViewDetailed that profileView (search, follows) does not carry.
_DETAILED_ONLY = (
    "banner",
    "followersCount",
    "followsCount",
    "postsCount",
    "pinnedPost",
    "joinedViaStarterPack",
)


def profile_view(actor: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in actor.items() if k not in _DETAILED_ONLY}


def xrpc_error(status: int, error: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


class FakeBluesky:
    def __init__(
        self,
        actors: list[dict[str, Any]],
        follows: dict[str, list[str]] | None = None,
        budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
        page_size: int = 10,
    ) -> None:
        """``actors`` are ``profileViewDetailed`` objects; ``follows`` maps a handle to the
        handles it follows. ``page_size`` caps every page below the API's 100 so that
        small fixtures still page."""
        self.actors = list(actors)
        self.by_key: dict[str, dict[str, Any]] = {}
        for actor in self.actors:
            self.by_key[actor["did"]] = actor
            self.by_key[actor["handle"].lower()] = actor
        self.follows = follows or {}
        self.budget = budget or WindowBudget(3000, 300.0)
        self.faults = faults or FaultPlan()
        self.page_size = page_size
        self.stuck_cursor = False  # a buggy server: page 2 hands back its own cursor
        self.requests = 0
        self.calls: Counter[str] = Counter()  # requests by NSID
        self.authorized_requests = 0
        self._text = {a["did"]: search_text(a, bluesky.read_fields) for a in self.actors}
        self.app = Starlette(
            routes=[
                Route(bluesky.SEARCH_ACTORS, self.search_actors),
                Route(bluesky.GET_PROFILE, self.get_profile),
                Route(bluesky.GET_PROFILES, self.get_profiles),
                Route(bluesky.GET_FOLLOWS, self.get_follows),
            ]
        )

    # --- plumbing -------------------------------------------------------------------

    def _limit_headers(self, remaining: int, reset: float) -> dict[str, str]:
        return {
            "ratelimit-limit": str(self.budget.limit),
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(int(reset) + 1),
            "ratelimit-policy": f"{self.budget.limit};w={int(self.budget.window)}",
        }

    async def _gate(self, request: Request) -> tuple[Response | None, dict[str, str], bool]:
        """(refusal, rate-limit headers, serve-empty)."""
        self.requests += 1
        self.calls[request.url.path.rsplit("/", 1)[-1]] += 1
        if "authorization" in request.headers:
            self.authorized_requests += 1
            return xrpc_error(400, "InvalidRequest", "Authentication not supported"), {}, False
        fault = self.faults.take(request.url.path)
        if fault == "429":
            reset = int(time.time()) + self.faults.retry_after
            return (
                xrpc_error(
                    429,
                    "RateLimitExceeded",
                    "Rate Limit Exceeded",
                    **{
                        "ratelimit-limit": str(self.budget.limit),
                        "ratelimit-remaining": "0",
                        "ratelimit-reset": str(reset),
                        "ratelimit-policy": f"{self.budget.limit};w={int(self.budget.window)}",
                    },
                ),
                {},
                False,
            )
        if fault and fault != "empty":
            return await self.faults.respond(fault), {}, False
        allowed, remaining, reset = self.budget.take()
        headers = self._limit_headers(remaining, reset)
        if not allowed:
            return (
                xrpc_error(429, "RateLimitExceeded", "Rate Limit Exceeded", **headers),
                headers,
                False,
            )
        return None, headers, fault == "empty"

    @staticmethod
    def _limit(request: Request, default: int) -> int | JSONResponse:
        try:
            limit = int(request.query_params.get("limit", default))
        except ValueError:
            return xrpc_error(400, "InvalidRequest", "Error: limit must be an integer")
        if limit < 1:
            return xrpc_error(400, "InvalidRequest", "Error: limit can not be less than 1")
        if limit > 100:
            return xrpc_error(400, "InvalidRequest", "Error: limit can not be greater than 100")
        return limit

    def _page(
        self, request: Request, items: list[dict[str, Any]], limit: int
    ) -> tuple[list[dict[str, Any]], str | None]:
        cursor = request.query_params.get("cursor")
        offset = int(cursor) if cursor and cursor.isdigit() else 0
        size = min(limit, self.page_size)
        page = items[offset : offset + size]
        if offset + size >= len(items):
            return page, None
        if self.stuck_cursor and cursor:
            return page, cursor
        return page, str(offset + size)

    def _matches(self, did: str, q: str) -> bool:
        try:
            words = shlex.split(q)
        except ValueError:
            words = q.split()
        return bool(words) and all(matches(self._text[did], [w]) for w in words)

    # --- endpoints --------------------------------------------------------------------

    async def search_actors(self, request: Request) -> Response:
        refused, headers, empty = await self._gate(request)
        if refused is not None:
            return refused
        limit = self._limit(request, 25)
        if isinstance(limit, JSONResponse):
            return limit
        q = request.query_params.get("q") or request.query_params.get("term") or ""
        found = [] if empty else [a for a in self.actors if self._matches(a["did"], q)]
        page, cursor = self._page(request, found, limit)
        body: dict[str, Any] = {"actors": [profile_view(a) for a in page]}
        if cursor is not None:
            body["cursor"] = cursor
        return JSONResponse(body, headers=headers)

    async def get_profile(self, request: Request) -> Response:
        refused, headers, _ = await self._gate(request)
        if refused is not None:
            return refused
        actor = request.query_params.get("actor")
        if not actor:
            return xrpc_error(400, "InvalidRequest", 'Error: Params must have the property "actor"')
        found = self.by_key.get(actor) or self.by_key.get(actor.lower())
        if found is None:
            return xrpc_error(400, "InvalidRequest", "Profile not found", **headers)
        return JSONResponse(found, headers=headers)

    async def get_profiles(self, request: Request) -> Response:
        refused, headers, empty = await self._gate(request)
        if refused is not None:
            return refused
        actors = request.query_params.getlist("actors")
        if not actors:
            return xrpc_error(
                400, "InvalidRequest", 'Error: Params must have the property "actors"'
            )
        if len(actors) > bluesky.BATCH:
            return xrpc_error(
                400, "InvalidRequest", "Error: actors must not have more than 25 elements"
            )
        profiles = (
            [] if empty else [self.by_key.get(a) or self.by_key.get(a.lower()) for a in actors]
        )
        return JSONResponse({"profiles": [p for p in profiles if p]}, headers=headers)

    async def get_follows(self, request: Request) -> Response:
        refused, headers, empty = await self._gate(request)
        if refused is not None:
            return refused
        limit = self._limit(request, 50)
        if isinstance(limit, JSONResponse):
            return limit
        actor = request.query_params.get("actor") or ""
        subject = self.by_key.get(actor) or self.by_key.get(actor.lower())
        if subject is None:
            return xrpc_error(400, "InvalidRequest", "Profile not found", **headers)
        handles = [] if empty else self.follows.get(subject["handle"], [])
        followed = [self.by_key[h.lower()] for h in handles if h.lower() in self.by_key]
        page, cursor = self._page(request, followed, limit)
        body: dict[str, Any] = {
            "subject": profile_view(subject),
            "follows": [profile_view(a) for a in page],
        }
        if cursor is not None:
            body["cursor"] = cursor
        return JSONResponse(body, headers=headers)
