"""Running an ASGI app on 127.0.0.1 in a background thread, plus the pieces every fake
API shares: a fault plan, fixed-window budgets and the sample-data matcher."""

import asyncio
import hashlib
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sourcing.parsing.vocab import fold, load_skills


class LocalServer:
    """Serve ``app`` on 127.0.0.1 (a free port) until ``stop()``; use as a context manager."""

    def __init__(self, app: Starlette) -> None:
        self.app = app
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    def start(self) -> str:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this: without it, Nagle + delayed ACKs add 40 ms
        # to every keep-alive response on loopback.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            daemon=True,
            name=f"fake-api-{port}",
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("local fake API did not start within 10 s")
            time.sleep(0.01)
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- faults -------------------------------------------------------------------------

FAULTS = ("429", "403-ratelimit", "500", "502", "503", "timeout", "malformed", "empty")


@dataclass
class FaultPlan:
    """Faults to serve, in order, for requests whose path starts with a prefix:
    ``plan.add("/search/users", "429", "500")`` makes the next two such requests fail."""

    queue: dict[str, deque[str]] = field(default_factory=dict)
    retry_after: int = 1
    timeout_seconds: float = 3.0

    def add(self, prefix: str, *faults: str) -> None:
        for fault in faults:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
        self.queue.setdefault(prefix, deque()).extend(faults)

    def take(self, path: str) -> str | None:
        for prefix, faults in self.queue.items():
            if path.startswith(prefix) and faults:
                return faults.popleft()
        return None

    async def respond(self, fault: str) -> Response | None:
        """The faulty response (``None`` for ``empty``, which the API renders itself)."""
        if fault == "429":
            return JSONResponse(
                {"message": "Too many requests"},
                status_code=429,
                headers={"retry-after": str(self.retry_after)},
            )
        if fault == "403-ratelimit":
            reset = int(time.time()) + self.retry_after
            return JSONResponse(
                {"message": "API rate limit exceeded"},
                status_code=403,
                headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(reset)},
            )
        if fault in ("500", "502", "503"):
            return JSONResponse({"message": "upstream trouble"}, status_code=int(fault))
        if fault == "timeout":
            await asyncio.sleep(self.timeout_seconds)
            return JSONResponse({"message": "too late"}, status_code=504)
        if fault == "malformed":
            return Response(
                "<html>Service Unavailable</html>", status_code=200, media_type="application/json"
            )
        return None


# --- budgets ------------------------------------------------------------------------


@dataclass
class WindowBudget:
    """A fixed-window request budget, enforced like the real networks do."""

    limit: int
    window: float
    used: int = 0
    window_start: float = field(default_factory=time.time)
    refused: int = 0
    served: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, count: bool = True) -> tuple[bool, int, float]:
        """(allowed, remaining, reset epoch). ``count=False`` peeks (a 304 is free)."""
        with self.lock:
            now = time.time()
            if now >= self.window_start + self.window:
                elapsed_windows = int((now - self.window_start) // self.window)
                self.window_start += elapsed_windows * self.window
                self.used = 0
            reset = self.window_start + self.window
            if not count:
                return True, self.limit - self.used, reset
            if self.used >= self.limit:
                self.refused += 1
                return False, 0, reset
            self.used += 1
            self.served += 1
            return True, self.limit - self.used, reset


# --- sample data ----------------------------------------------------------------------


def etag_of(payload: Any) -> str:
    body = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@lru_cache(maxsize=4096)
def term_patterns(term: str) -> list[re.Pattern[str]]:
    """Patterns for a search term and, when it names a known skill, all its aliases."""
    skills = load_skills()
    skill = skills.lookup(term)
    folded_forms, cased_forms = ([fold(term)], []) if skill is None else skills.forms(skill.id)
    return [
        re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])")
        for form in [*folded_forms, *cased_forms]
        if form
    ]


def matches(text: str, terms: Iterable[str]) -> bool:
    """Does ``text`` mention any of ``terms`` (or their skill aliases)?"""
    folded = fold(text)
    for term in terms:
        for pattern in term_patterns(term):
            if pattern.search(folded) or pattern.search(text):
                return True
    return False


def search_text(record: dict[str, Any], reader: Callable[[dict[str, Any]], Any]) -> str:
    """What the sample network's search engine looks at: every readable field."""
    fields = reader(record)
    hints = " ".join(fields.skill_hints)
    return "\n".join(
        [
            fields.name,
            fields.handle,
            fields.text,
            fields.location_text,
            fields.company,
            hints,
            hints.replace("-", " "),
        ]
    )


def page_params(request: Request, default_size: int, max_size: int) -> tuple[int, int]:
    try:
        page = max(1, int(request.query_params.get("page", "1")))
        size = int(
            request.query_params.get("per_page")
            or request.query_params.get("pagesize")
            or default_size
        )
    except ValueError:
        page, size = 1, default_size
    return page, max(1, min(size, max_size))
