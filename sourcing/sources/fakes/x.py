"""A local X API v2: recent-post search with ``expansions=author_id`` (authors in
``includes.users``, trimmed to the requested ``user.fields``), ``next_token`` paging, the
user lookup ``/users/by``, bearer-token checks (401), ``x-rate-limit-*`` headers with an
epoch reset and enforced 15-minute budgets (429), and partial errors on demand.

Its query language is the subset Vivier sends: ``(a OR "two words" OR #tag)`` groups
(any alternative), bare terms (all of them), ``-is:retweet`` and ``-term``; a term
matches a whole word (accent- and case-blind), a ``#tag`` the hashtag."""

import re
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.parsing.vocab import fold
from sourcing.sources.fakes.server import FaultPlan, WindowBudget

ALWAYS = ("id", "name", "username")
INVALID = "https://api.twitter.com/2/problems/invalid-request"
_GROUP = re.compile(r"\(([^)]*)\)")
_TOKEN = re.compile(r'-?"[^"]*"|\S+')


def _invalid(message: str, parameter: str, value: str) -> JSONResponse:
    return JSONResponse(
        {
            "errors": [{"parameters": {parameter: [value]}, "message": message}],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": INVALID,
        },
        status_code=400,
    )


def _term_matches(term: str, post: dict[str, Any]) -> bool:
    text = fold(post.get("text", ""))
    if term == "is:retweet":
        refs = post.get("referenced_tweets") or []
        return any(r.get("type") == "retweeted" for r in refs)
    term = fold(term.strip('"'))
    if term.startswith("#"):
        return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text) is not None
    return re.search(rf"(?<![\w#]){re.escape(term)}(?!\w)", text) is not None


def post_matches(query: str, post: dict[str, Any]) -> bool:
    for group in _GROUP.findall(query):
        alternatives = [a.strip() for a in re.split(r"\s+OR\s+", group) if a.strip()]
        if alternatives and not any(_term_matches(a, post) for a in alternatives):
            return False
    for token in _TOKEN.findall(_GROUP.sub(" ", query)):
        negated = token.startswith("-")
        if _term_matches(token.lstrip("-"), post) == negated:
            return False
    return True


class FakeX:
    def __init__(
        self,
        users: list[dict[str, Any]],
        posts: list[dict[str, Any]],
        token: str,
        search_budget: WindowBudget | None = None,
        users_budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
        page_size: int = 100,
        partial_errors: list[dict[str, Any]] | None = None,
    ) -> None:
        """``users`` are full user objects, ``posts`` post objects with ``author_id``;
        ``page_size`` caps ``max_results``; ``partial_errors`` are added to every search
        page (as X does when, say, an author could not be hydrated)."""
        self.users = {u["id"]: u for u in users}
        self.posts = sorted(posts, key=lambda p: int(p["id"]), reverse=True)
        self.token = token
        self.search_budget = search_budget or WindowBudget(450, 900.0)
        self.users_budget = users_budget or WindowBudget(300, 900.0)
        self.faults = faults or FaultPlan()
        self.page_size = page_size
        self.partial_errors = partial_errors or []
        self.requests: list[dict[str, str]] = []
        self._tokens: dict[str, int] = {}
        self.app = Starlette(
            routes=[
                Route("/tweets/search/recent", self.search_recent),
                Route("/users/by", self.users_by),
            ]
        )

    async def _gate(
        self, request: Request, budget: WindowBudget
    ) -> tuple[Response | None, dict[str, str]]:
        self.requests.append({"path": request.url.path, **request.query_params})
        if request.headers.get("authorization") != f"Bearer {self.token}":
            body = {"title": "Unauthorized", "type": "about:blank", "status": 401}
            return JSONResponse({**body, "detail": "Unauthorized"}, status_code=401), {}
        fault = self.faults.take(request.url.path)
        if fault and fault != "empty":
            return await self.faults.respond(fault), {}
        allowed, remaining, reset = budget.take()
        headers = {
            "x-rate-limit-limit": str(budget.limit),
            "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(int(reset) + 1),
        }
        if not allowed:
            body = {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
            return JSONResponse(body, status_code=429, headers=headers), headers
        if fault == "empty":
            return JSONResponse({"meta": {"result_count": 0}}, headers=headers), headers
        return None, headers

    def _user(self, user: dict[str, Any], fields: set[str]) -> dict[str, Any]:
        return {k: v for k, v in user.items() if k in ALWAYS or k in fields}

    async def search_recent(self, request: Request) -> Response:
        refused, headers = await self._gate(request, self.search_budget)
        if refused is not None:
            return refused
        params = request.query_params
        query = params.get("query", "")
        if not query.strip() or len(query) > 512:
            return _invalid("query must be 1 to 512 characters", "query", query)
        try:
            size = int(params.get("max_results", "10"))
        except ValueError:
            size = 0
        if not 10 <= size <= 100:
            return _invalid("max_results must be between 10 and 100", "max_results", str(size))
        token = params.get("next_token")
        if token is not None and token not in self._tokens:
            return _invalid("next_token is not valid", "next_token", token)
        start = self._tokens.get(token, 0) if token else 0
        found = [p for p in self.posts if post_matches(query, p)]
        page = found[start : start + min(size, self.page_size)]
        meta: dict[str, Any] = {"result_count": len(page)}
        body: dict[str, Any] = {}
        if page:
            body["data"] = page
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
            if "author_id" in params.get("expansions", "").split(","):
                fields = set(params.get("user.fields", "").split(","))
                authors = dict.fromkeys(p["author_id"] for p in page)
                body["includes"] = {
                    "users": [self._user(self.users[a], fields) for a in authors if a in self.users]
                }
        end = start + len(page)
        if end < len(found):
            next_token = f"b26v89c19zqg8o3f{end:0>8x}"
            self._tokens[next_token] = end
            meta["next_token"] = next_token
        body["meta"] = meta
        if self.partial_errors:
            body["errors"] = self.partial_errors
        return JSONResponse(body, headers=headers)

    async def users_by(self, request: Request) -> Response:
        refused, headers = await self._gate(request, self.users_budget)
        if refused is not None:
            return refused
        names = [n for n in request.query_params.get("usernames", "").split(",") if n]
        if not 1 <= len(names) <= 100:
            return _invalid("usernames must hold 1 to 100 names", "usernames", str(len(names)))
        fields = set(request.query_params.get("user.fields", "").split(","))
        by_name = {u["username"].lower(): u for u in self.users.values()}
        data, errors = [], []
        for name in names:
            user = by_name.get(name.lower())
            if user is not None:
                data.append(self._user(user, fields))
                continue
            errors.append(
                {
                    "value": name,
                    "detail": f"Could not find user with username: [{name}].",
                    "title": "Not Found Error",
                    "resource_type": "user",
                    "parameter": "username",
                    "resource_id": name,
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
            )
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return JSONResponse(body, headers=headers)
