"""Searches share each network's budget through Prefect global concurrency limits, and
the fetch is retried only on transient errors (on a real Prefect backend)."""

import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.concurrency.sync import concurrency

from deployments.serve import ensure_network_limits, network_limit_names
from flows import search as search_flow
from models.schemas import NETWORKS, SearchQuery
from sourcing import searching
from sourcing.http import MalformedResponseError, RateLimitedError, UpstreamError, is_transient
from sourcing.settings import get_settings

pytestmark = pytest.mark.usefixtures("prefect_backend")


def test_serve_creates_one_limit_per_network_and_again_changes_nothing() -> None:
    assert ensure_network_limits(2) == ensure_network_limits(2) == network_limit_names()
    with get_client(sync_client=True) as client:
        limits = {
            limit.name: limit
            for limit in client.read_global_concurrency_limits(limit=100)
            if limit.name.startswith("vivier-")
        }
    assert set(limits) == {f"vivier-{n}" for n in NETWORKS}
    assert all(limit.limit == 2 and limit.active_slots == 0 for limit in limits.values())
    ensure_network_limits(1)
    with get_client(sync_client=True) as client:
        assert client.read_global_concurrency_limit_by_name("vivier-sample").limit == 1


def test_a_search_waits_while_another_holds_the_networks_slot(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_network_limits(1)
    monkeypatch.setenv("VIVIER_PREFECT_NETWORK_LIMITS", "true")
    get_settings.cache_clear()
    finished: dict[str, Any] = {}

    def second_search() -> None:
        finished["search_id"] = search_flow.search_candidates(
            SearchQuery(skills=["Rust"], sources=["sample"], limit=5)
        )
        finished["at"] = time.monotonic()

    with concurrency("vivier-sample", occupy=1, strict=True):  # the first search's fetch
        thread = threading.Thread(target=second_search)
        thread.start()
        thread.join(timeout=8)
        assert thread.is_alive() and not finished, "the second search went past the limit"
        held_until = time.monotonic()
    thread.join(timeout=180)
    assert finished["search_id"] > 0
    assert finished["at"] > held_until  # it could only fetch once the slot was released
    with get_client(sync_client=True) as client:
        assert client.read_global_concurrency_limit_by_name("vivier-sample").active_slots == 0


def test_transient_errors_are_told_from_permanent_ones() -> None:
    assert is_transient(UpstreamError("503"))
    assert is_transient(RateLimitedError("429"))
    assert is_transient(httpx.ConnectError("refused"))
    assert not is_transient(MalformedResponseError("not JSON"))
    assert not is_transient(ValueError("a search needs at least one skill"))


@pytest.mark.parametrize(
    ("error", "calls"), [(UpstreamError("503 twice"), 3), (MalformedResponseError("bad"), 1)]
)
def test_fetch_is_retried_only_on_transient_errors(
    home: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, calls: int
) -> None:
    attempts: list[int] = []

    def flaky(query: SearchQuery, context: object = None) -> list[searching.SourceOutcome]:
        attempts.append(1)
        if len(attempts) < 3:
            raise error
        return [searching.SourceOutcome("sample")]

    monkeypatch.setattr(searching, "fetch", flaky)
    fetch = search_flow.fetch_profiles.with_options(retry_delay_seconds=0)

    @flow
    def just_fetch() -> int:
        return len(fetch(SearchQuery(skills=["Rust"])))

    state = just_fetch(return_state=True)  # type: ignore[call-overload]
    assert len(attempts) == calls
    assert state.is_completed() == (calls == 3)
