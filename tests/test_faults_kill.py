"""SIGKILL at random points, then a rerun: the pool ends identical to an uninterrupted
run (same candidates as sets of (source, external_id), no duplicate, nothing lost), and a
referral message is never sent twice.

The killed process is ``vivier import`` of the bundled sample network: the library
pipeline the search flow's ``ingest_profiles`` task runs (store raw, parse, resolve,
committed stage by stage), started as a real separate process. CI kills it at
``VIVIER_FAULT_KILLS`` (default 2 in CI; the fault report runs more) seeded random moments."""

import os
import time
from pathlib import Path

import pytest

from models.db import make_engine
from tests import faultkit

KILLS = int(os.environ.get("VIVIER_FAULT_KILLS", "2"))
SEED = int(os.environ.get("VIVIER_FAULT_SEED", "8"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, faultkit.PoolState, float]:
    """The sample network as JSON lines, the pool after one uninterrupted import, and
    how long that import ran after its first profiles were stored (the kill window)."""
    folder = tmp_path_factory.mktemp("reference")
    jsonl = folder / "sample.jsonl"
    faultkit.write_sample_jsonl(jsonl)
    started = time.perf_counter()
    code, first_rows = faultkit.import_killed_after(folder / "home", jsonl, 600)
    assert code == 0
    seconds = time.perf_counter() - started - first_rows
    engine = make_engine(faultkit.pool_url(folder / "home"))
    state = faultkit.pool_state(engine)
    engine.dispose()
    return jsonl, state, seconds


def test_the_uninterrupted_import_resolves_every_sample_identity(
    reference: tuple[Path, faultkit.PoolState, float],
) -> None:
    jsonl, state, _ = reference
    lines = len(jsonl.read_text(encoding="utf-8").splitlines())
    assert len(state.identities) == lines
    assert state.stage == "all resolved"
    assert sum(len(c) for c in state.candidates) == lines
    assert len(state.candidates) < lines  # people with several networks were merged


@pytest.mark.parametrize("kill", range(KILLS))
def test_sigkill_at_a_random_moment_then_rerun_gives_the_same_pool(
    kill: int, reference: tuple[Path, faultkit.PoolState, float], tmp_path: Path
) -> None:
    jsonl, expected, seconds = reference
    delay = faultkit.kill_delays(KILLS, SEED, seconds)[kill]
    home = tmp_path / "home"
    code, _ = faultkit.import_killed_after(home, jsonl, delay)
    assert code in (None, 0)
    engine = make_engine(faultkit.pool_url(home))
    try:
        faultkit.run_import(home, jsonl)
        after = faultkit.pool_state(engine)
    finally:
        engine.dispose()
    assert after.duplicate_identities == 0
    assert after.identities_without_candidate == 0
    assert after.empty_candidates == 0
    assert after.identities == expected.identities  # nothing lost
    assert after.candidates == expected.candidates  # same people, no duplicate candidate


def test_a_kill_after_a_message_left_then_a_rerun_never_sends_it_twice(
    tmp_path: Path, smtp_server: tuple[str, int, object]
) -> None:
    host, port, sink = smtp_server
    url = f"sqlite:///{tmp_path / 'pool.db'}"
    requests = faultkit.seed_referrals(url)
    assert requests >= 3
    code, _ = faultkit.deliver_in_process(url, host, port, kill_at=2, when="after")
    assert code == -9  # SIGKILL, between the second message and its outcome
    assert len(sink.messages) == 2  # type: ignore[attr-defined]
    code, output = faultkit.deliver_in_process(url, host, port)
    assert code == 0, output
    assert "skipped=1" in output  # the interrupted one is reported, not resent
    referrals = [m["X-Vivier-Tracking"] for m in sink.messages]  # type: ignore[attr-defined]
    assert len(referrals) == len(set(referrals)) == requests


def test_a_kill_before_a_message_left_is_reported_not_silently_lost(
    tmp_path: Path, smtp_server: tuple[str, int, object]
) -> None:
    host, port, sink = smtp_server
    url = f"sqlite:///{tmp_path / 'pool.db'}"
    requests = faultkit.seed_referrals(url)
    code, _ = faultkit.deliver_in_process(url, host, port, kill_at=1, when="before")
    assert code == -9
    assert len(sink.messages) == 0  # type: ignore[attr-defined]
    code, output = faultkit.deliver_in_process(url, host, port)
    again_code, again = faultkit.deliver_in_process(url, host, port)
    assert code == again_code == 0, output + again
    referrals = [m["X-Vivier-Tracking"] for m in sink.messages]  # type: ignore[attr-defined]
    assert len(referrals) == len(set(referrals)) == requests - 1
    assert "skipped=1" in output and "sent=0" in again
