"""A local GitHub REST API: user search with qualifiers, users, repos and social
accounts, ETags and 304s, ``x-ratelimit-*`` headers and enforced budgets.

Its search engine is the sample network's: a free term matches anywhere in the profile
(the real API only looks at login, name and e-mail), ``language:`` matches repository
languages, ``location:`` the profile's place."""

import math
import shlex
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.parsing.vocab import fold
from sourcing.sources import github
from sourcing.sources.fakes.server import (
    FaultPlan,
    WindowBudget,
    etag_of,
    matches,
    page_params,
    search_text,
)

MAX_RESULTS = 1000
QUALIFIERS = {"language", "location", "type", "in", "repos", "followers", "created"}


class FakeGitHub:
    def __init__(
        self,
        users: list[dict[str, Any]],
        search_budget: WindowBudget | None = None,
        core_budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
    ) -> None:
        """``users`` are payloads as Vivier stores them: the user object plus ``repos``
        and ``social_accounts``."""
        self.users = {u["login"].lower(): u for u in users}
        self.search_budget = search_budget or WindowBudget(30, 60.0)
        self.core_budget = core_budget or WindowBudget(5000, 3600.0)
        self.faults = faults or FaultPlan()
        self.not_modified = 0
        self.requests = 0
        self._text = {login: search_text(u, github.read_fields) for login, u in self.users.items()}
        self.app = Starlette(
            routes=[
                Route("/search/users", self.search_users),
                Route("/users/{login}", self.user),
                Route("/users/{login}/repos", self.repos),
                Route("/users/{login}/social_accounts", self.social_accounts),
                Route("/rate_limit", self.rate_limit),
            ]
        )

    def _limit_headers(
        self, budget: WindowBudget, resource: str, remaining: int, reset: float
    ) -> dict[str, str]:
        return {
            "x-ratelimit-limit": str(budget.limit),
            "x-ratelimit-remaining": str(remaining),
            "x-ratelimit-used": str(budget.limit - remaining),
            "x-ratelimit-reset": str(math.ceil(reset)),
            "x-ratelimit-resource": resource,
        }

    async def _gate(
        self, request: Request, budget: WindowBudget, resource: str, count: bool = True
    ) -> tuple[Response | None, dict[str, str]]:
        self.requests += 1
        fault = self.faults.take(request.url.path)
        if fault and fault != "empty":
            response = await self.faults.respond(fault)
            return response, {}
        allowed, remaining, reset = budget.take(count)
        headers = self._limit_headers(budget, resource, remaining, reset)
        if not allowed:
            return JSONResponse(
                {
                    "message": "API rate limit exceeded",
                    "documentation_url": "https://docs.github.com/rest/rate-limit",
                },
                status_code=403,
                headers=headers,
            ), headers
        if fault == "empty":
            return JSONResponse(
                {"total_count": 0, "incomplete_results": False, "items": []}, headers=headers
            ), headers
        return None, headers

    def _matches(self, login: str, user: dict[str, Any], q: str) -> bool:
        try:
            parts = shlex.split(q)
        except ValueError:
            parts = q.split()
        terms = []
        place = fold(f"{user.get('location') or ''} {user.get('bio') or ''}")
        for part in parts:
            key, colon, value = part.partition(":")
            if not colon or key not in QUALIFIERS:
                terms.append(part)
            elif (key == "type" and value.lower() != user.get("type", "User").lower()) or (
                key == "location" and fold(value) not in place
            ):
                return False
            elif key == "language":
                repos = user.get("repos", [])
                languages = {fold(r.get("language") or "") for r in repos if not r.get("fork")}
                if fold(value) not in languages and not matches(self._text[login], [value]):
                    return False
        return not terms or matches(self._text[login], [" ".join(terms)])

    async def search_users(self, request: Request) -> Response:
        refused, headers = await self._gate(request, self.search_budget, "search")
        if refused is not None:
            return refused
        q = request.query_params.get("q", "")
        if not q.strip():
            return JSONResponse(
                {
                    "message": "Validation Failed",
                    "errors": [{"resource": "Search", "field": "q", "code": "missing"}],
                },
                status_code=422,
            )
        page, per_page = page_params(request, 30, 100)
        found = [u for login, u in sorted(self.users.items()) if self._matches(login, u, q)]
        found = found[:MAX_RESULTS]
        items = [self._item(u) for u in found[(page - 1) * per_page : page * per_page]]
        last = max(1, -(-len(found) // per_page))
        links = []
        base = str(request.url.remove_query_params("page"))
        if page < last:
            links.append(f'<{base}&page={page + 1}>; rel="next"')
            links.append(f'<{base}&page={last}>; rel="last"')
        if links:
            headers["link"] = ", ".join(links)
        return JSONResponse(
            {"total_count": len(found), "incomplete_results": False, "items": items},
            headers=headers,
        )

    @staticmethod
    def _item(user: dict[str, Any]) -> dict[str, Any]:
        login = user["login"]
        return {
            "login": login,
            "id": user["id"],
            "node_id": user.get("node_id", ""),
            "avatar_url": user.get("avatar_url", ""),
            "gravatar_id": "",
            "url": f"https://api.github.com/users/{login}",
            "html_url": user["html_url"],
            "repos_url": f"https://api.github.com/users/{login}/repos",
            "type": user.get("type", "User"),
            "user_view_type": "public",
            "site_admin": False,
            "score": 1.0,
        }

    def _user(self, request: Request) -> dict[str, Any] | None:
        return self.users.get(request.path_params["login"].lower())

    async def user(self, request: Request) -> Response:
        user = self._user(request)
        body = {k: v for k, v in (user or {}).items() if k not in ("repos", "social_accounts")}
        etag = etag_of(body)
        conditional = user is not None and request.headers.get("if-none-match") == etag
        refused, headers = await self._gate(
            request, self.core_budget, "core", count=not conditional
        )
        if refused is not None:
            return refused
        if user is None:
            return JSONResponse({"message": "Not Found"}, status_code=404, headers=headers)
        if conditional:
            self.not_modified += 1
            return Response(status_code=304, headers={**headers, "etag": etag})
        return JSONResponse(body, headers={**headers, "etag": etag})

    async def repos(self, request: Request) -> Response:
        return await self._user_list(request, "repos")

    async def social_accounts(self, request: Request) -> Response:
        return await self._user_list(request, "social_accounts")

    async def _user_list(self, request: Request, key: str) -> Response:
        """A list the connector attaches to the user (repos, social accounts)."""
        refused, headers = await self._gate(request, self.core_budget, "core")
        if refused is not None:
            return refused
        user = self._user(request)
        if user is None:
            return JSONResponse({"message": "Not Found"}, status_code=404, headers=headers)
        return JSONResponse(user.get(key, []), headers=headers)

    async def rate_limit(self, request: Request) -> Response:
        resources = {}
        for name, budget in (("core", self.core_budget), ("search", self.search_budget)):
            _, remaining, reset = budget.take(count=False)
            resources[name] = {
                "limit": budget.limit,
                "remaining": remaining,
                "reset": int(reset),
                "used": budget.limit - remaining,
            }
        return JSONResponse({"resources": resources, "rate": resources["core"]})
