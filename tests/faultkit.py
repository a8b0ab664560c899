"""Fault injection shared by the reliability tests and ``benchmarks/faults.py``: run the
real ingest (``vivier import`` of the bundled sample network) as a separate process, kill
it with SIGKILL, and read back what the pool holds.

Also a small worker (``python -m tests.faultkit deliver ...``) that delivers approved
referral requests by SMTP and can kill itself between a message's intent and outcome."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select

ROOT = Path(__file__).resolve().parent.parent
VIVIER = Path(sys.executable).with_name("vivier")

Partition = frozenset[frozenset[tuple[str, str]]]


def write_sample_jsonl(path: Path) -> int:
    """The bundled sample network as JSON lines, the input of ``vivier import``."""
    from sourcing.sources.sample import SampleSource

    records = SampleSource().records()
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return len(records)


def _env(home: Path, database_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["VIVIER_HOME"] = str(home)
    env.pop("VIVIER_DATABASE_URL", None)
    if database_url:
        env["VIVIER_DATABASE_URL"] = database_url
    env["PYTHONPATH"] = str(ROOT)
    return env


# --- concurrent writers ---------------------------------------------------------------

REFRESHED_NOTE = " Also builds Rust services on Kubernetes."


def concurrent_inputs(folder: Path, searches: int) -> tuple[list[Path], Path, Path]:
    """Inputs for ``searches`` concurrent imports and one refresh over overlapping
    people: each search gets two thirds of the sample (so every profile is in two or
    more searches), the refresh re-ingests every fifth GitHub profile with a changed bio
    (those are in no search, but their people have other networks' profiles in them).
    Also the whole (refreshed) pool as one file, for the serial reference run."""
    from sourcing.sources.sample import SampleSource

    # People named A to L: half the sample, with its cross-network people (CI time).
    records = [
        r
        for r in SampleSource().records()
        if str(r.payload.get("name") or r.payload.get("display_name") or "")[:1].upper()
        in "ABCDEFGHIJKL"
    ]
    refreshed = []
    rest = []
    for index, record in enumerate(records):
        bio = (record.payload or {}).get("bio")
        if record.source == "github" and bio and index % 5 == 0:
            payload = {**record.payload, "bio": bio + REFRESHED_NOTE}  # type: ignore[dict-item]
            refreshed.append(record.model_copy(update={"payload": payload}))
        else:
            rest.append(record)
    files = []
    for k in range(searches):
        chosen = [r for i, r in enumerate(rest) if (i + k) % 3 != 0]
        path = folder / f"search-{k}.jsonl"
        path.write_text("".join(r.model_dump_json() + "\n" for r in chosen), encoding="utf-8")
        files.append(path)
    refresh = folder / "refresh.jsonl"
    refresh.write_text("".join(r.model_dump_json() + "\n" for r in refreshed), encoding="utf-8")
    whole = folder / "whole.jsonl"
    whole.write_text(
        "".join(r.model_dump_json() + "\n" for r in [*rest, *refreshed]), encoding="utf-8"
    )
    return files, refresh, whole


def run_imports_concurrently(
    home: Path, files: list[Path], database_url: str | None = None, timeout: float = 600
) -> list[tuple[int, str]]:
    """``vivier import`` of each file, all at once, each in its own process; their exit
    codes and error output."""
    processes = [
        subprocess.Popen(
            import_command(path),
            env=_env(home, database_url),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    results = []
    try:
        for process in processes:
            _, errors = process.communicate(timeout=timeout)
            results.append((process.returncode, errors))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return results


def import_command(jsonl: Path) -> list[str]:
    if VIVIER.exists():
        return [str(VIVIER), "import", str(jsonl)]
    return [sys.executable, "-m", "sourcing.cli", "import", str(jsonl)]


def run_import(
    home: Path, jsonl: Path, timeout: float = 300, database_url: str | None = None
) -> float:
    """``vivier import`` to completion; its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(
        import_command(jsonl),
        env=_env(home, database_url),
        cwd=ROOT,
        check=True,
        timeout=timeout,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return time.perf_counter() - started


def _stored_rows(home: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{home / 'pool.db'}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM identity").fetchone()[0])
    except sqlite3.Error:
        return 0


def import_killed_after(
    home: Path, jsonl: Path, delay: float, after_rows: bool = True
) -> tuple[int | None, float]:
    """Start ``vivier import`` and SIGKILL it ``delay`` seconds after the pool shows its
    first stored profiles (``after_rows``; otherwise after its start: start-up kills
    are the trivial case). Returns its exit code if it finished first (None when it was
    killed) and when, from its start, the first rows showed."""
    started = time.perf_counter()
    process = subprocess.Popen(
        import_command(jsonl),
        env=_env(home),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    first_rows = 0.0
    try:
        if after_rows:
            while process.poll() is None and not _stored_rows(home):
                time.sleep(0.05)
            first_rows = time.perf_counter() - started
        return process.wait(timeout=delay), first_rows
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None, first_rows
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def pool_url(home: Path) -> str:
    return f"sqlite:///{home / 'pool.db'}"


@dataclass
class PoolState:
    """What a pool holds, in terms that do not depend on row ids."""

    identities: frozenset[tuple[str, str]]
    candidates: Partition
    duplicate_identities: int
    identities_without_candidate: int
    empty_candidates: int
    parsed: int = 0
    resolved: int = 0
    stage: str = ""
    notes: list[str] = field(default_factory=list)


def pool_state(engine: Engine) -> PoolState:
    from sqlalchemy import inspect

    from models.tables import Candidate, Identity

    if not inspect(engine).has_table("identity"):
        return PoolState(frozenset(), frozenset(), 0, 0, 0, stage="no schema")
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Identity.source,
                Identity.external_id,
                Identity.candidate_id,
                Identity.parsed_hash == Identity.content_hash,
                Identity.resolved_hash == Identity.content_hash,
            )
        ).all()
        candidate_ids = set(conn.scalars(select(Candidate.id)))
        _ = conn.scalar(select(func.count()).select_from(Candidate))
    keys = Counter((source, external_id) for source, external_id, *_ in rows)
    members: dict[int, set[tuple[str, str]]] = {}
    for source, external_id, candidate_id, _, _ in rows:
        if candidate_id is not None:
            members.setdefault(candidate_id, set()).add((source, external_id))
    parsed = sum(1 for *_, p, _ in rows if p)
    resolved = sum(1 for *_, r in rows if r)
    if not rows:
        stage = "nothing stored"
    elif resolved == len(rows):
        stage = "all resolved"
    elif resolved:
        stage = "resolving"
    elif parsed:
        stage = "parsed, not resolved"
    else:
        stage = "stored, not parsed"
    return PoolState(
        identities=frozenset(keys),
        candidates=frozenset(frozenset(m) for m in members.values()),
        duplicate_identities=sum(n - 1 for n in keys.values()),
        identities_without_candidate=sum(1 for *_, c, _, _ in rows if c is None),
        empty_candidates=len(candidate_ids - set(members)),
        parsed=parsed,
        resolved=resolved,
        stage=stage,
    )


def kill_delays(count: int, seed: int, longest: float) -> list[float]:
    """``count`` seeded random moments in (0, ``longest``) seconds, one per slice of
    the run so that the early (start-up, store) and late (resolve) stages are all hit."""
    rng = random.Random(seed)
    return [longest * (k + rng.random()) / count for k in range(count)]


# --- referral delivery worker -------------------------------------------------------


class KillingChannel:
    """Delegates to a channel and SIGKILLs its own process around the ``kill_at``-th
    message: ``before`` (the intent is committed, nothing left) or ``after`` (the
    message left, the outcome is not committed)."""

    def __init__(self, inner: object, kill_at: int, when: str) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.kill_at = kill_at
        self.when = when
        self.count = 0

    def send(self, delivery: object) -> str:
        self.count += 1
        if self.count == self.kill_at and self.when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        where = self.inner.send(delivery)  # type: ignore[attr-defined]
        if self.count == self.kill_at and self.when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return where


def seed_referrals(url: str) -> int:
    """A pool with approved referral requests (the world of ``tests/test_referrals.py``
    plus more ranked candidates). Returns how many requests are approved."""
    from models.db import make_engine, session_factory, upgrade
    from models.tables import ReferralRequest
    from tests.test_referrals import _more_candidates, approve_all, seed_world

    engine = make_engine(url)
    upgrade(engine)
    with session_factory(engine)() as session:
        world = seed_world(session)
        _more_candidates(session, world, 4)
        session.commit()
        approve_all(session, world)
        count = session.scalar(
            select(func.count())
            .select_from(ReferralRequest)
            .where(ReferralRequest.status == "approved")
        )
    engine.dispose()
    return int(count or 0)


def deliver(url: str, host: str, port: int, kill_at: int = 0, when: str = "after") -> None:
    from models.db import make_engine, session_factory
    from sourcing import referrals
    from sourcing.mail import SmtpChannel
    from sourcing.settings import Settings

    settings = Settings(
        smtp_host=host,
        smtp_port=port,
        referrals_per_day=1000,
        referrals_per_employee_per_week=1000,
    )
    channel: object = SmtpChannel(settings)
    if kill_at:
        channel = KillingChannel(channel, kill_at, when)
    engine = make_engine(url)
    with session_factory(engine)() as session:
        report = referrals.deliver_queued(session, channel, settings)  # type: ignore[arg-type]
    print(f"sent={report.sent} skipped={report.skipped} failed={report.failed}")


def deliver_in_process(
    url: str, host: str, port: int, kill_at: int = 0, when: str = "after"
) -> tuple[int, str]:
    """Run :func:`deliver` in a separate process; its return code and output."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.faultkit",
            "deliver",
            url,
            host,
            str(port),
            str(kill_at),
            when,
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr


if __name__ == "__main__":
    if sys.argv[1] == "deliver":
        deliver(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
