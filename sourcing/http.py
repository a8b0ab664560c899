"""The shared HTTP layer: one client factory and composable transports.

    RetryTransport( RateLimitTransport( httpx.AsyncHTTPTransport ) )

- ``RateLimitTransport`` asks the network's ``RateLimiter`` for a slot before each
  request and feeds it the network's own signals after (``x-ratelimit-*``,
  ``retry-after``, Mastodon's ISO reset, Stack Exchange ``backoff`` and
  ``quota_remaining``). Without signals a configured budget paces requests.
- ``RetryTransport`` retries 429, 5xx, timeouts and connection errors with bounded
  exponential backoff and jitter, honouring ``retry-after``.
- Both take a ``Clock``, so tests never sleep.

One ``RateLimiter`` exists per (network, credential, resource) in a process, shared by
concurrent searches (thread- and task-safe). Across processes, Prefect's global
concurrency limits pace the flows (see the README).
"""

import asyncio
import email.utils
import hashlib
import json
import random
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Protocol

import certifi
import httpx

# --- errors -----------------------------------------------------------------------


class HttpError(Exception):
    """Base of the HTTP layer's errors."""


class RateLimitedError(HttpError):
    """The network kept refusing after every retry (429 or an exhausted quota)."""


class UpstreamError(HttpError):
    """The network answered 5xx or was unreachable after every retry."""


class NotFoundError(HttpError):
    """The network has no such resource (HTTP 404)."""


class MalformedResponseError(HttpError, ValueError):
    """A body that is not the JSON shape the API documents."""


def is_transient(error: BaseException) -> bool:
    """Worth trying again later: the network was unreachable, answered 5xx or throttled.
    Bad input, unknown networks, 404s and malformed bodies are not."""
    return isinstance(error, RateLimitedError | UpstreamError | httpx.TransportError)


# --- clock ------------------------------------------------------------------------


class Clock(Protocol):
    def monotonic(self) -> float: ...
    def wall(self) -> float: ...
    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)


class FakeClock:
    """A clock for tests: sleeping advances time at once and is recorded."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self._now

    def wall(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.sleeps.append(seconds)
            self._now += seconds
        await asyncio.sleep(0)


# --- rate limiting ----------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    """A configured budget: ``requests`` per ``period`` seconds, used when the network
    sends no signal of its own."""

    requests: int
    period: float

    @property
    def interval(self) -> float:
        return self.period / self.requests


@dataclass
class Signals:
    """What one response says about the budget."""

    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None  # wall-clock epoch seconds
    retry_after: float | None = None  # seconds
    backoff: float | None = None  # seconds (Stack Exchange)


class RateLimiter:
    """Paces requests for one network bucket. ``acquire`` reserves the next slot under
    a lock and sleeps outside it, so concurrent tasks and threads share one budget."""

    def __init__(self, budget: Budget, clock: Clock, max_wait: float = 900.0) -> None:
        self.budget = budget
        self.clock = clock
        self.max_wait = max_wait
        self._lock = threading.Lock()
        self._tokens = float(budget.requests)
        self._tokens_at = clock.monotonic()
        self._blocked_until = 0.0  # monotonic
        self._remaining: int | None = None
        self._limit: int | None = None
        self._reset_at: float | None = None  # monotonic
        self._in_flight = 0
        self.requests = 0
        self.waited = 0.0

    def _reserve(self) -> float:
        with self._lock:
            now = self.clock.monotonic()
            start = max(now, self._blocked_until)
            if self._reset_at is not None and start >= self._reset_at:
                self._remaining, self._reset_at = self._limit, None  # window rolled over
            if self._remaining is not None and self._remaining > 0:
                self._remaining -= 1
            elif self._remaining is not None and self._reset_at is not None:
                start = max(start, self._reset_at)  # spent: wait for the server's reset
                self._remaining = None if self._limit is None else max(0, self._limit - 1)
                self._reset_at = None
            else:  # no signal (or spent with no reset given): the configured budget
                start = self._take_token(start)
            self._in_flight += 1
            self.requests += 1
            return start - now

    def _take_token(self, start: float) -> float:
        """Token bucket of the configured budget: bursts up to ``requests``, then paces."""
        rate = self.budget.requests / self.budget.period
        at = max(start, self._tokens_at)
        tokens = min(float(self.budget.requests), self._tokens + (at - self._tokens_at) * rate)
        if tokens >= 1:
            slot, tokens = at, tokens - 1
        else:
            slot, tokens = at + (1 - tokens) / rate, 0.0
        self._tokens, self._tokens_at = tokens, slot
        return slot

    async def acquire(self) -> None:
        wait = self._reserve()
        if wait > self.max_wait:
            raise RateLimitedError(
                f"budget spent: the next request is allowed in {wait:.0f} s "
                f"(more than the {self.max_wait:.0f} s Vivier waits); try again later"
            )
        if wait > 0:
            self.waited += wait
            await self.clock.sleep(wait)

    def observe(self, signals: Signals) -> None:
        """Take the server's word, minus the requests still in flight (they were sent
        after this one and will spend from the same count)."""
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            now_mono, now_wall = self.clock.monotonic(), self.clock.wall()
            if signals.limit is not None:
                self._limit = signals.limit
            if signals.remaining is not None:
                self._remaining = max(0, signals.remaining - self._in_flight)
                if signals.reset_at is not None:
                    self._reset_at = now_mono + max(0.0, signals.reset_at - now_wall)
            pause = max(signals.retry_after or 0.0, signals.backoff or 0.0)
            if pause:
                self._blocked_until = max(self._blocked_until, now_mono + pause)


SignalReader = Callable[[httpx.Response], Signals]


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _retry_after(response: httpx.Response, clock: Clock) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    if (seconds := _number(value)) is not None:
        return max(0.0, seconds)
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - clock.wall())
    except (TypeError, ValueError):
        return None


def _reset_epoch(value: str | None) -> float | None:
    """Epoch seconds from an epoch number or an ISO 8601 timestamp (Mastodon)."""
    if value is None:
        return None
    if (seconds := _number(value)) is not None:
        return seconds
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def header_signals(
    prefixes: Iterable[str] = ("x-ratelimit-", "x-rate-limit-", "ratelimit-"),
) -> Callable[[httpx.Response, Clock], Signals]:
    """Signals from the common header families (GitHub, X, Mastodon, GitLab, IETF)."""
    prefixes = tuple(prefixes)

    def read(response: httpx.Response, clock: Clock) -> Signals:
        signals = Signals(retry_after=_retry_after(response, clock))
        for prefix in prefixes:
            remaining = _number(response.headers.get(prefix + "remaining"))
            if remaining is None:
                continue
            signals.remaining = int(remaining)
            limit = _number(response.headers.get(prefix + "limit"))
            signals.limit = int(limit) if limit is not None else None
            reset = response.headers.get(prefix + "reset")
            epoch = _reset_epoch(reset)
            # IETF ratelimit-reset is "seconds from now"; others give an epoch.
            if epoch is not None and prefix == "ratelimit-" and epoch < 10**9:
                epoch = clock.wall() + epoch
            signals.reset_at = epoch
            break
        return signals

    return read


def stackexchange_signals(response: httpx.Response, clock: Clock) -> Signals:
    """Stack Exchange puts ``backoff`` and ``quota_remaining`` in the JSON body."""
    signals = Signals(retry_after=_retry_after(response, clock))
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return signals
    if isinstance(body, dict):
        if isinstance(body.get("backoff"), int | float):
            signals.backoff = float(body["backoff"])
        if body.get("error_name") == "throttle_violation":
            message = str(body.get("error_message", ""))
            seconds = [int(w) for w in message.split() if w.isdigit()]
            signals.retry_after = float(seconds[0]) if seconds else 60.0
        if isinstance(body.get("quota_remaining"), int) and body["quota_remaining"] <= 0:
            signals.retry_after = max(signals.retry_after or 0.0, 3600.0)
    return signals


# --- transports -------------------------------------------------------------------

Bucketer = Callable[[httpx.Request], str]


class RateLimitTransport(httpx.AsyncBaseTransport):
    """Waits for a slot of the request's bucket, then records what the response says."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        limiters: Callable[[str], RateLimiter],
        bucket_of: Bucketer,
        read_signals: Callable[[httpx.Response, Clock], Signals],
        clock: Clock,
    ) -> None:
        self.inner = inner
        self.limiters = limiters
        self.bucket_of = bucket_of
        self.read_signals = read_signals
        self.clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        limiter = self.limiters(self.bucket_of(request))
        await limiter.acquire()
        response = await self.inner.handle_async_request(request)
        if self.read_signals is stackexchange_signals:
            await response.aread()
        limiter.observe(self.read_signals(response, self.clock))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    jitter: float = 0.25
    statuses: frozenset[int] = RETRY_STATUSES
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        backoff *= 1 + self.jitter * (2 * self.rng.random() - 1)
        return max(backoff, retry_after or 0.0)


def _rate_limited_403(response: httpx.Response) -> bool:
    """GitHub answers 403 (not 429) when the primary or secondary limit is hit."""
    return response.status_code == 403 and (
        response.headers.get("x-ratelimit-remaining") == "0" or "retry-after" in response.headers
    )


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries transient failures with bounded exponential backoff and jitter."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, clock: Clock, policy: RetryPolicy | None = None
    ) -> None:
        self.inner = inner
        self.clock = clock
        self.policy = policy or RetryPolicy()
        self.retries = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        for attempt in range(1, policy.attempts + 1):
            last = attempt == policy.attempts
            try:
                response = await self.inner.handle_async_request(request)
            except (httpx.TimeoutException, httpx.NetworkError) as error:
                if last:
                    raise UpstreamError(
                        f"{request.method} {request.url.copy_with(query=None)}: "
                        f"{type(error).__name__} after {attempt} attempts"
                    ) from error
                self.retries += 1
                await self.clock.sleep(policy.delay(attempt, None))
                continue
            retryable = response.status_code in policy.statuses or _rate_limited_403(response)
            if not retryable or last:
                return response
            wait = policy.delay(attempt, _retry_after(response, self.clock))
            reset = _reset_epoch(response.headers.get("x-ratelimit-reset"))
            if response.headers.get("x-ratelimit-remaining") == "0" and reset:
                wait = max(wait, reset - self.clock.wall())
            await response.aclose()
            self.retries += 1
            await self.clock.sleep(min(wait, 3600.0))
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- the client factory -------------------------------------------------------------


class LimiterRegistry:
    """One limiter per (network, credential, resource), shared by everything in a process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limiters: dict[tuple[str, str, str], RateLimiter] = {}

    def get(
        self, network: str, credential: str | None, resource: str, budget: Budget, clock: Clock
    ) -> RateLimiter:
        key = (network, _fingerprint(credential), resource)
        with self._lock:
            limiter = self._limiters.get(key)
            if limiter is None:
                limiter = self._limiters[key] = RateLimiter(budget, clock)
            return limiter

    def clear(self) -> None:
        with self._lock:
            self._limiters.clear()


LIMITERS = LimiterRegistry()


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """One TLS context per process: building one loads the CA bundle (tens of ms)."""
    return ssl.create_default_context(cafile=certifi.where())


def _fingerprint(credential: str | None) -> str:
    if not credential:
        return "anonymous"
    return hashlib.sha256(credential.encode()).hexdigest()[:12]


@dataclass
class NetworkProfile:
    """How to talk to one network politely."""

    name: str
    budgets: dict[str, Budget]
    bucket_of: Bucketer = lambda request: "default"
    read_signals: Callable[[httpx.Response, Clock], Signals] = field(default_factory=header_signals)


def make_client(
    profile: NetworkProfile,
    base_url: str,
    *,
    user_agent: str,
    headers: dict[str, str] | None = None,
    credential: str | None = None,
    timeout: float = 20.0,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock | None = None,
    retry: RetryPolicy | None = None,
    registry: LimiterRegistry = LIMITERS,
) -> httpx.AsyncClient:
    """An ``AsyncClient`` for one network with rate limiting and retries. Tests pass
    ``transport`` (e.g. ``httpx.MockTransport``) and a ``FakeClock``."""
    clock = clock or SystemClock()
    inner = transport or httpx.AsyncHTTPTransport(verify=_ssl_context())

    def limiter_for(bucket: str) -> RateLimiter:
        budget = profile.budgets.get(bucket) or next(iter(profile.budgets.values()))
        return registry.get(profile.name, credential, bucket, budget, clock)

    limited = RateLimitTransport(inner, limiter_for, profile.bucket_of, profile.read_signals, clock)
    return httpx.AsyncClient(
        base_url=base_url.rstrip("/"),
        transport=RetryTransport(limited, clock, retry),
        headers={"User-Agent": user_agent, **(headers or {})},
        timeout=timeout,
        follow_redirects=True,
    )


def json_body(response: httpx.Response) -> object:
    """The response's JSON, or a clear error naming the URL and what came instead."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError) as error:
        snippet = response.text[:80].replace("\n", " ")
        raise MalformedResponseError(
            f"{response.request.method} {response.request.url.copy_with(query=None)}: "
            f"expected JSON, got "
            f"{snippet!r} (HTTP {response.status_code})"
        ) from error


def raise_for_status(response: httpx.Response) -> None:
    """Map a final non-success status onto Vivier's error tree."""
    if response.status_code < 400 or response.status_code == 304:
        return
    where = f"{response.request.method} {response.request.url.copy_with(query=None)}"
    if response.status_code == 429 or _rate_limited_403(response):
        raise RateLimitedError(f"{where}: rate limited (HTTP {response.status_code})")
    if response.status_code >= 500:
        raise UpstreamError(f"{where}: HTTP {response.status_code}")
    if response.status_code == 404:
        raise NotFoundError(f"{where}: not found")
    raise HttpError(f"{where}: HTTP {response.status_code} {response.text[:120]!r}")
