"""Approval in the Prefect UI, on a real Prefect backend: ``request-referrals`` pauses
with a typed form; the input sent through the Prefect client decides what is sent
(to a real SMTP server)."""

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from prefect import get_client
from prefect.client.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.flow_runs import resume_flow_run
from sqlalchemy import select

from flows.referrals import request_referrals
from models.db import transaction
from models.tables import ReferralRequest
from sourcing import referrals
from sourcing.runtime import open_pool
from sourcing.settings import get_settings
from tests.test_referrals import seed_world

pytestmark = pytest.mark.usefixtures("prefect_backend")


def _paused_runs() -> list[FlowRun]:
    with get_client(sync_client=True) as client:
        return client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["request-referrals"])),
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.PAUSED]))
            ),
        )


def _wait_until_paused(thread: threading.Thread, seconds: float = 120) -> FlowRun:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        runs = _paused_runs()
        if runs:
            return runs[0]
        assert thread.is_alive(), "the flow ended without pausing"
        time.sleep(0.5)
    raise AssertionError("request-referrals never paused")


def _start(search_id: int, **parameters: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = request_referrals(search_id, **parameters)
        except BaseException as error:  # reported to the test below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.fixture
def smtp_env(home: Path, smtp_server, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    host, port, sink = smtp_server
    monkeypatch.setenv("VIVIER_SMTP_HOST", host)
    monkeypatch.setenv("VIVIER_SMTP_PORT", str(port))
    get_settings.cache_clear()
    with transaction(open_pool()) as session:
        search_id = seed_world(session).id
    return search_id, sink


def test_the_flow_pauses_with_a_form_and_sends_only_the_approved_subset(smtp_env) -> None:  # type: ignore[no-untyped-def]
    search_id, sink = smtp_env
    thread, outcome = _start(search_id)
    run = _wait_until_paused(thread)
    with transaction(open_pool(migrate=False)) as session:
        pending = referrals.pending_requests(session, search_id)
    assert [p.employee_name for p in pending] == ["Ana Lopez", "Bob Smith"]
    ana, bob = pending

    # The form the UI shows: its description and one switch per proposal.
    keyset = run.state.state_details.run_input_keyset  # type: ignore[union-attr]
    with get_client(sync_client=True) as client:
        description = client.read_flow_run_input(run.id, keyset["description"])
        schema = client.read_flow_run_input(run.id, keyset["schema"])
    assert f"| request_{ana.request_id} | Ana Lopez | Hélène Dupré |" in description
    assert {"approve_all", f"request_{ana.request_id}", f"request_{bob.request_id}"} <= set(
        json.loads(schema)["properties"]
    )
    assert sink.messages == []  # nothing sent while waiting

    resume_flow_run(
        run.id,
        run_input={
            "approve_all": False,
            "reviewer": "camille",
            f"request_{ana.request_id}": True,
            f"request_{bob.request_id}": False,
        },
    )
    thread.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert (result["approved"], result["rejected"], result["sent"]) == (1, 1, 1)
    assert [m["To"] for m in sink.messages] == ["ana@corp.example"]
    with transaction(open_pool(migrate=False)) as session:
        rows = {r.id: r for r in session.scalars(select(ReferralRequest))}
    assert (rows[ana.request_id].status, rows[ana.request_id].decided_by) == ("sent", "camille")
    assert rows[bob.request_id].status == "rejected"


def test_approve_all_in_the_form_sends_every_proposal(smtp_env) -> None:  # type: ignore[no-untyped-def]
    search_id, sink = smtp_env
    thread, outcome = _start(search_id)
    run = _wait_until_paused(thread)
    resume_flow_run(run.id, run_input={"approve_all": True})
    thread.join(timeout=120)
    assert outcome["result"]["sent"] == 2
    assert sorted(m["To"] for m in sink.messages) == ["ana@corp.example", "bob@corp.example"]


def test_auto_approve_setting_sends_without_pausing(
    smtp_env,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    search_id, sink = smtp_env
    monkeypatch.setenv("VIVIER_REFERRALS_AUTO_APPROVE", "true")
    get_settings.cache_clear()
    result = request_referrals(search_id)
    assert (result["approved"], result["sent"]) == (2, 2)
    assert len(sink.messages) == 2
    with transaction(open_pool(migrate=False)) as session:
        assert {r.decided_by for r in session.scalars(select(ReferralRequest))} == {"auto-approve"}
    from prefect.artifacts import Artifact

    funnel = Artifact.get("referral-funnel")
    assert funnel is not None and "| all | 2 | 2 | 2 |" in str(funnel.data)


def test_no_decision_before_the_timeout_leaves_the_requests_pending(smtp_env) -> None:  # type: ignore[no-untyped-def]
    search_id, sink = smtp_env
    thread, outcome = _start(search_id, approval_timeout_seconds=3)
    thread.join(timeout=120)
    assert "never resumed" in str(outcome["error"])  # the run fails, nothing decided
    with transaction(open_pool(migrate=False)) as session:
        statuses = session.scalars(select(ReferralRequest.status)).all()
    assert statuses == ["pending", "pending"] and sink.messages == []


def test_the_cli_says_when_it_auto_approves_and_otherwise_leaves_requests_pending(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sourcing.cli import app

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with transaction(open_pool()) as session:
        search_id = seed_world(session).id
    runner = CliRunner()
    review = runner.invoke(app, ["referrals", "--search", str(search_id)])
    assert review.exit_code == 0, review.output
    assert "2 request(s) await approval" in review.output
    assert "AUTO-APPROVING" not in review.output
    assert not (home / "outbox").exists()

    auto = runner.invoke(app, ["referrals", "--search", str(search_id), "--approve-all"])
    assert auto.exit_code == 0, auto.output
    assert "AUTO-APPROVING every referral proposal (--approve-all)" in auto.output
    assert "'sent': 2" in auto.output
    assert len(list((home / "outbox").glob("*.eml"))) == 2
