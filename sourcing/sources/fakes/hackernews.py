"""A local HN Algolia Search API: ``/search`` and ``/search_by_date`` over story and
comment hits, with ``tags`` (comma = AND, parentheses = OR), ``query`` (every word, as
a word), ``numericFilters`` on numeric hit fields, 0-based ``page`` and ``hitsPerPage``,
the 1,000-hit paging cap, and a per-IP budget answered with a bare 429 (Algolia sends no
rate-limit headers)."""

import math
import re
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sourcing.parsing.vocab import fold
from sourcing.sources.fakes.server import FaultPlan, WindowBudget

PAGINATION_LIMIT = 1000  # Algolia's paginationLimitedTo on the HN index (reported)
_NUMERIC = re.compile(r"^\s*(\w+)\s*(<=|>=|!=|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*$")
_OPS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}
_WORD = re.compile(r"\w+")


def parse_tags(value: str) -> list[set[str]]:
    """``"comment,(story_1,story_2)"`` -> ``[{"comment"}, {"story_1", "story_2"}]``."""
    groups: list[set[str]] = []
    for part in re.findall(r"\([^)]*\)|[^,]+", value):
        names = {t.strip() for t in part.strip("()").split(",") if t.strip()}
        if names:
            groups.append(names)
    return groups


class FakeHackerNews:
    def __init__(
        self,
        threads: list[dict[str, Any]],
        comments: list[dict[str, Any]],
        budget: WindowBudget | None = None,
        faults: FaultPlan | None = None,
        max_hits_per_page: int = 1000,
    ) -> None:
        """``threads`` and ``comments`` are Algolia hits (``hits[]`` of a search)."""
        self.hits = [*threads, *comments]
        self.budget = budget or WindowBudget(10_000, 3600.0)
        self.faults = faults or FaultPlan()
        self.max_hits_per_page = max_hits_per_page
        self.requests: list[dict[str, str]] = []
        self._words = {id(h): set(_WORD.findall(fold(self._searchable(h)))) for h in self.hits}
        self.app = Starlette(
            routes=[
                Route("/search", self.search),
                Route("/search_by_date", self.search),
            ]
        )

    @staticmethod
    def _searchable(hit: dict[str, Any]) -> str:
        fields = ("title", "story_text", "comment_text", "author", "url")
        return " ".join(str(hit.get(f) or "") for f in fields)

    def _matches(self, hit: dict[str, Any], params: dict[str, str]) -> bool:
        tags = set(hit.get("_tags") or [])
        if any(tags.isdisjoint(group) for group in parse_tags(params.get("tags", ""))):
            return False
        words = _WORD.findall(fold(params.get("query", "")))
        if words and not set(words) <= self._words[id(hit)]:
            return False
        for condition in filter(None, params.get("numericFilters", "").split(",")):
            found = _NUMERIC.match(condition)
            if found is None:
                continue
            name, op, value = found.groups()
            number = hit.get(name)
            if not isinstance(number, int | float) or not _OPS[op](number, float(value)):
                return False
        return True

    async def search(self, request: Request) -> Response:
        params = dict(request.query_params)
        self.requests.append({"path": request.url.path, **params})
        fault = self.faults.take(request.url.path)
        if fault and fault != "empty":
            faulty = await self.faults.respond(fault)
            if faulty is not None:
                return faulty
        allowed, _, _ = self.budget.take()
        if not allowed:
            return JSONResponse({"message": "Too many requests", "status": 429}, status_code=429)
        try:
            per_page = max(1, min(int(params.get("hitsPerPage", 20)), self.max_hits_per_page))
            page = max(0, int(params.get("page", 0)))
        except ValueError:
            return JSONResponse(
                {"message": "hitsPerPage and page must be integers", "status": 400},
                status_code=400,
            )
        found = [] if fault == "empty" else [h for h in self.hits if self._matches(h, params)]
        found.sort(key=lambda h: h.get("created_at_i") or 0, reverse=True)
        reachable = found[:PAGINATION_LIMIT]
        pages = min(math.ceil(len(found) / per_page), math.ceil(PAGINATION_LIMIT / per_page))
        return JSONResponse(
            {
                "exhaustiveNbHits": True,
                "exhaustiveTypo": True,
                "hits": reachable[page * per_page : (page + 1) * per_page],
                "hitsPerPage": per_page,
                "nbHits": len(found),
                "nbPages": pages,
                "page": page,
                "params": str(request.url.query),
                "processingTimeMS": 1,
                "query": params.get("query", ""),
                "serverTimeMS": 2,
            }
        )
