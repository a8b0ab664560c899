"""Pagination as objects (Singer SDK style): each knows where the next page is and
stops when there is none or when a token repeats (a server stuck on one page)."""

from collections.abc import AsyncIterator
from typing import Any

import httpx

from sourcing.http import json_body, raise_for_status


class Paginator:
    """Base: ``next_request`` returns the next (url, params), or None at the end."""

    def __init__(self, max_pages: int = 100) -> None:
        self.max_pages = max_pages
        self.pages = 0
        self._seen: set[str] = set()

    def _accept(self, token: object) -> bool:
        if token in (None, "", [], {}):
            return False
        key = repr(token)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def next_request(
        self, url: str, params: dict[str, Any], response: httpx.Response, body: Any
    ) -> tuple[str, dict[str, Any]] | None:
        raise NotImplementedError


class LinkHeaderPaginator(Paginator):
    """GitHub, GitLab, Mastodon: follow ``Link: <...>; rel="next"`` as given."""

    def next_request(self, url, params, response, body):  # type: ignore[no-untyped-def]
        next_url = response.links.get("next", {}).get("url")
        if not self._accept(next_url):
            return None
        return str(next_url), {}


class PageHasMorePaginator(Paginator):
    """Stack Exchange: ``page`` + ``has_more`` in the body."""

    def next_request(self, url, params, response, body):  # type: ignore[no-untyped-def]
        if not (isinstance(body, dict) and body.get("has_more")):
            return None
        page = int(params.get("page", 1)) + 1
        if not self._accept(page):
            return None
        return url, {**params, "page": page}


class CursorPaginator(Paginator):
    """Bluesky ``cursor``, X ``meta.next_token``: an opaque token from the body."""

    def __init__(self, token_path: tuple[str, ...], param: str, max_pages: int = 100) -> None:
        super().__init__(max_pages)
        self.token_path = token_path
        self.param = param

    def next_request(self, url, params, response, body):  # type: ignore[no-untyped-def]
        token: Any = body
        for key in self.token_path:
            token = token.get(key) if isinstance(token, dict) else None
        if not self._accept(token):
            return None
        return url, {**params, self.param: token}


async def paginate(
    client: httpx.AsyncClient,
    url: str,
    params: dict[str, Any],
    paginator: Paginator,
    headers: dict[str, str] | None = None,
) -> AsyncIterator[tuple[httpx.Response, Any]]:
    """Yield (response, JSON body) page after page until the paginator says stop."""
    next_page: tuple[str, dict[str, Any]] | None = (url, params)
    while next_page is not None and paginator.pages < paginator.max_pages:
        page_url, page_params = next_page
        response = await client.get(page_url, params=page_params or None, headers=headers)
        raise_for_status(response)
        body = json_body(response)
        paginator.pages += 1
        yield response, body
        next_page = paginator.next_request(page_url, page_params, response, body)
