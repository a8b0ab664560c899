"""A local GitLab.com REST API (``/api/v4``): user search and listing (token needed, the
anonymous 403 otherwise), the anonymous exact ``?username=`` lookup, ``/users/:id``,
``page``/``per_page`` pagination with ``Link`` and ``x-*`` headers, ``RateLimit-*``
headers, an enforced budget and GitLab's plain-text 429.

Its search engine is the sample network's (a term or its skill aliases anywhere in the
profile); the real ``?search=`` only looks at name and username."""

import email.utils
import time
from collections import Counter
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from sourcing.sources import gitlab
from sourcing.sources.fakes.server import FaultPlan, WindowBudget, matches, search_text

PREFIX = "/api/v4"
BASIC_FIELDS = ("id", "username", "name", "state", "locked", "avatar_url", "web_url")
FORBIDDEN = {"message": "403 Forbidden - Not authorized to access /api/v4/users"}
UNAUTHORIZED = {"message": "401 Unauthorized"}


def user_basic(user: dict[str, Any]) -> dict[str, Any]:
    return {k: user.get(k) for k in BASIC_FIELDS}


class FakeGitLab:
    def __init__(
        self,
        users: list[dict[str, Any]],
        token: str | None = "glpat-fake-0123456789abcdef",
        budget: WindowBudget | None = None,
        anonymous_budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
        max_per_page: int = 10,
    ) -> None:
        """``users`` are single-user objects (``GET /users/:id``). Requests carrying
        ``token`` (``PRIVATE-TOKEN`` or ``Authorization: Bearer``) are signed in.
        ``max_per_page`` caps pages below the API's 100 so small fixtures still page."""
        self.users = {u["id"]: u for u in users}
        self.token = token
        self.budget = budget or WindowBudget(2000, 60.0)
        self.anonymous_budget = anonymous_budget or WindowBudget(500, 60.0)
        self.faults = faults or FaultPlan()
        self.max_per_page = max_per_page
        self.stuck_links = False  # a buggy server: page 2's "next" is page 2 again
        self.requests = 0
        self.calls: Counter[str] = Counter()  # "list" (/users) and "user" (/users/:id)
        self.authenticated_requests = 0
        self._text = {i: search_text(u, gitlab.read_fields) for i, u in self.users.items()}
        self.app = Starlette(
            routes=[
                Route(f"{PREFIX}/users", self.list_users),
                Route(f"{PREFIX}/users/{{user_id:int}}", self.user),
            ]
        )

    # --- plumbing -------------------------------------------------------------------

    def _signed_in(self, request: Request) -> bool | None:
        """True with the right token, False without one, None with a wrong one."""
        given = request.headers.get("private-token")
        if given is None:
            auth = request.headers.get("authorization", "")
            given = auth[7:] if auth.lower().startswith("bearer ") else None
        if given is None:
            return False
        return True if self.token and given == self.token else None

    @staticmethod
    def _limit_headers(budget: WindowBudget, name: str, remaining: int, reset: float) -> dict:
        return {
            "ratelimit-name": name,
            "ratelimit-limit": str(budget.limit),
            "ratelimit-observed": str(budget.limit - remaining),
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(int(reset) + 1),
            "ratelimit-resettime": email.utils.formatdate(int(reset) + 1, usegmt=True),
        }

    def _too_many(self, headers: dict[str, str], retry_after: int) -> Response:
        return PlainTextResponse(
            "Retry later\n",
            status_code=429,
            headers={**headers, "retry-after": str(retry_after)},
        )

    async def _gate(self, request: Request) -> tuple[Response | None, dict[str, str], bool, bool]:
        """(refusal, rate-limit headers, signed in, serve-empty)."""
        self.requests += 1
        self.calls["list" if request.url.path.endswith("/users") else "user"] += 1
        signed_in = self._signed_in(request)
        if signed_in is None:
            return JSONResponse(UNAUTHORIZED, status_code=401), {}, False, False
        if signed_in:
            self.authenticated_requests += 1
        budget = self.budget if signed_in else self.anonymous_budget
        name = "throttle_authenticated_api" if signed_in else "throttle_unauthenticated_api"
        fault = self.faults.take(request.url.path)
        if fault == "429":
            reset = time.time() + self.faults.retry_after - 1
            headers = self._limit_headers(budget, name, 0, reset)
            return self._too_many(headers, self.faults.retry_after), {}, signed_in, False
        if fault and fault != "empty":
            return await self.faults.respond(fault), {}, signed_in, False
        allowed, remaining, reset = budget.take()
        headers = self._limit_headers(budget, name, remaining, reset)
        if not allowed:
            wait = max(1, int(reset - time.time()) + 1)
            return self._too_many(headers, wait), headers, signed_in, False
        return None, headers, signed_in, fault == "empty"

    def _page_links(self, request: Request, page: int, per_page: int, total: int) -> dict[str, str]:
        last = max(1, -(-total // per_page))
        next_page = page + 1 if page < last else None
        if self.stuck_links and page > 1 and next_page is not None:
            next_page = page

        def url(number: int) -> str:
            return str(request.url.include_query_params(page=number, per_page=per_page))

        links = []
        if page > 1:
            links.append(f'<{url(page - 1)}>; rel="prev"')
        if next_page is not None:
            links.append(f'<{url(next_page)}>; rel="next"')
        links.append(f'<{url(1)}>; rel="first"')
        links.append(f'<{url(last)}>; rel="last"')
        return {
            "link": ", ".join(links),
            "x-page": str(page),
            "x-per-page": str(per_page),
            "x-next-page": str(next_page or ""),
            "x-prev-page": str(page - 1 if page > 1 else ""),
            "x-total": str(total),
            "x-total-pages": str(last),
        }

    # --- endpoints --------------------------------------------------------------------

    async def list_users(self, request: Request) -> Response:
        refused, headers, signed_in, empty = await self._gate(request)
        if refused is not None:
            return refused
        params = request.query_params
        username = params.get("username")
        if username is not None:  # the one listing GitLab.com allows anonymously
            found = [u for u in self.users.values() if u["username"].lower() == username.lower()]
        elif not signed_in:
            return JSONResponse(FORBIDDEN, status_code=403, headers=headers)
        else:
            term = params.get("search", "")
            found = [
                u
                for i, u in sorted(self.users.items())
                if not term or matches(self._text[i], [term])
            ]
        if params.get("active") == "true":
            found = [u for u in found if u.get("state") == "active"]
        if params.get("humans") == "true":
            found = [u for u in found if not u.get("bot")]
        if empty:
            found = []
        try:
            page = max(1, int(params.get("page", "1")))
            per_page = max(1, min(int(params.get("per_page", "20")), 100, self.max_per_page))
        except ValueError:
            return JSONResponse({"error": "page is invalid"}, status_code=400, headers=headers)
        items = [user_basic(u) for u in found[(page - 1) * per_page : page * per_page]]
        headers.update(self._page_links(request, page, per_page, len(found)))
        return JSONResponse(items, headers=headers)

    async def user(self, request: Request) -> Response:
        refused, headers, signed_in, _ = await self._gate(request)
        if refused is not None:
            return refused
        if not signed_in:
            return JSONResponse(UNAUTHORIZED, status_code=401, headers=headers)
        found = self.users.get(request.path_params["user_id"])
        if found is None:
            return JSONResponse({"message": "404 User Not Found"}, status_code=404, headers=headers)
        return JSONResponse(found, headers=headers)
