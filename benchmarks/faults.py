"""Fault injection report: each fault, injected into the real processes, and what the
pool looks like afterwards compared with an uninterrupted run.

* SIGKILL of ``vivier import`` (the sample network, 336 profiles; the library pipeline
  the search flow's ingest task runs) at K seeded random moments, then a rerun;
* SIGKILL of referral delivery right after a message left (before its outcome is
  committed) and right after its intent was committed (before it left), then reruns,
  with a real SMTP server (aiosmtpd) counting the messages;
* concurrent ``vivier import`` processes plus a refresh over overlapping people on one
  SQLite file, and on PostgreSQL when ``VIVIER_TEST_DATABASE_URL`` is set.

    python benchmarks/faults.py                 # 5 kill points, 3 searches + 1 refresh
    python benchmarks/faults.py --kills 10 --seed 3 --writers 3
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import time
import uuid
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.db import make_engine, normalise_url, upgrade
from tests import faultkit

Row = tuple[str, str, str, str]


def compare(expected: faultkit.PoolState, after: faultkit.PoolState) -> str:
    lost = len(expected.identities - after.identities)
    problems = []
    if after.duplicate_identities:
        problems.append(f"{after.duplicate_identities} duplicate identities")
    if after.empty_candidates or after.identities_without_candidate:
        problems.append(
            f"{after.empty_candidates} empty candidates, "
            f"{after.identities_without_candidate} unlinked identities"
        )
    if lost:
        problems.append(f"{lost} identities lost")
    if after.candidates != expected.candidates:
        diff = len(after.candidates ^ expected.candidates)
        problems.append(f"candidates differ ({diff} sets)")
    if not problems:
        return (
            f"identical: {len(after.identities)} identities, {len(after.candidates)} "
            "candidates, 0 duplicates, 0 lost"
        )
    return "DIFFERENT: " + "; ".join(problems)


def kills(folder: Path, count: int, seed: int) -> list[Row]:
    jsonl = folder / "sample.jsonl"
    faultkit.write_sample_jsonl(jsonl)
    started = time.perf_counter()
    _, first_rows = faultkit.import_killed_after(folder / "reference", jsonl, 600)
    seconds = time.perf_counter() - started
    engine = make_engine(faultkit.pool_url(folder / "reference"))
    expected = faultkit.pool_state(engine)
    engine.dispose()
    rows: list[Row] = [
        (
            "none (reference run)",
            f"first rows stored at {first_rows:.1f} s",
            compare(expected, expected),
            f"{seconds:.1f} s",
        )
    ]
    window = seconds - first_rows  # from the first stored profiles to the end
    for k, delay in enumerate(faultkit.kill_delays(count, seed, window)):
        home = folder / f"kill-{k}"
        code, shown = faultkit.import_killed_after(home, jsonl, delay)
        engine = make_engine(faultkit.pool_url(home))
        at_kill = faultkit.pool_state(engine)
        rerun = faultkit.run_import(home, jsonl)
        after = faultkit.pool_state(engine)
        engine.dispose()
        state = (
            "finished before the kill"
            if code is not None
            else f"{at_kill.stage} ({len(at_kill.identities)} stored, "
            f"{at_kill.parsed} parsed, {at_kill.resolved} resolved)"
        )
        rows.append(
            (
                f"SIGKILL `vivier import` {delay:.1f} s after its first rows ({shown:.1f} s)",
                state,
                compare(expected, after),
                f"rerun {rerun:.1f} s",
            )
        )
    return rows


class Sink:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[attr-defined]
        return "250 OK"


def referrals(folder: Path) -> list[Row]:
    from aiosmtpd.controller import Controller

    rows: list[Row] = []
    for when in ("after", "before"):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        sink = Sink()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            url = f"sqlite:///{folder / f'referrals-{when}.db'}"
            requests = faultkit.seed_referrals(url)
            started = time.perf_counter()
            code, _ = faultkit.deliver_in_process(url, "127.0.0.1", port, 2, when)
            _, first = faultkit.deliver_in_process(url, "127.0.0.1", port)
            _, second = faultkit.deliver_in_process(url, "127.0.0.1", port)
            seconds = time.perf_counter() - started
        finally:
            controller.stop()
        codes = [m["X-Vivier-Referral"] for m in sink.messages]
        doubles = len(codes) - len(set(codes))
        where = "after it left" if when == "after" else "before it left"
        rows.append(
            (
                f"SIGKILL referral delivery at message 2, {where}",
                f"exit {code}; rerun: {first.strip()}; again: {second.strip()}",
                f"{requests} requests: {len(set(codes))} received once, {doubles} twice, "
                f"{requests - len(set(codes))} reported interrupted (left for a human)",
                f"{seconds:.1f} s",
            )
        )
    return rows


def writers(folder: Path, searches: int) -> list[Row]:
    files, refresh, whole = faultkit.concurrent_inputs(folder, searches)
    faultkit.run_import(folder / "serial", whole)
    engine = make_engine(faultkit.pool_url(folder / "serial"))
    expected = faultkit.pool_state(engine)
    engine.dispose()
    targets: list[tuple[str, str | None]] = [("SQLite file", None)]
    postgres = os.environ.get("VIVIER_TEST_DATABASE_URL")
    admin = None
    if postgres:
        base = make_url(normalise_url(postgres))
        name = f"vivier_faults_{uuid.uuid4().hex[:8]}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        targets.append(("PostgreSQL", base.set(database=name).render_as_string(False)))
    rows: list[Row] = []
    try:
        for label, url in targets:
            home = folder / f"writers-{label.split()[0]}"
            database = url or faultkit.pool_url(home)
            upgrade(database)
            started = time.perf_counter()
            results = faultkit.run_imports_concurrently(home, [*files, refresh], url)
            seconds = time.perf_counter() - started
            engine = make_engine(database)
            after = faultkit.pool_state(engine)
            engine.dispose()
            failed = [errors.strip().splitlines()[-1] for code, errors in results if code]
            locked = sum("database is locked" in errors for _, errors in results)
            rows.append(
                (
                    f"{searches} concurrent imports + 1 refresh, {label}",
                    f"{len(results) - len(failed)}/{len(results)} processes succeeded"
                    + (f" ({failed[0][:80]})" if failed else "")
                    + f", 'database is locked' seen {locked} times",
                    compare(expected, after),
                    f"{seconds:.1f} s",
                )
            )
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--writers", type=int, default=3, help="concurrent searches")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows += kills(folder, args.kills, args.seed)
        rows += referrals(folder)
        rows += writers(folder, args.writers)
    print("| fault injected | state when hit | outcome after rerun | time |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")


if __name__ == "__main__":
    main()
