"""The ``request-referrals`` flow: propose employees for the search's top candidates,
record the requests, wait for a reviewer's approval in the Prefect UI (unless
auto-approve is on), then deliver the approved ones on the configured channels."""

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.exceptions import FlowPauseTimeout
from prefect.flow_runs import pause_flow_run
from prefect.input import RunInput
from pydantic import Field, create_model

from models.db import transaction
from models.tables import Search
from sourcing import referral_metrics, referrals
from sourcing.runtime import open_pool
from sourcing.settings import get_settings


class ReferralApproval(RunInput):
    """The reviewer's answer: every request, or only those switched on."""

    approve_all: bool = Field(False, description="Approve every request listed above.")
    reviewer: str = Field("", description="Your name, recorded with the decision.")


def approval_form(
    pending: list[referrals.PendingRequest], search_name: str
) -> type[ReferralApproval]:
    """A typed form with one switch per proposal (``request_<id>``) besides
    ``approve_all``, and the proposals as a Markdown table above it."""
    switches: dict[str, Any] = {
        f"request_{p.request_id}": (
            bool,
            Field(
                False,
                title=f"{p.employee_name} → {p.candidate_name} ({p.school_name})",
                description=p.reason,
            ),
        )
        for p in pending
    }
    form = create_model("ReferralApproval", __base__=ReferralApproval, **switches)
    form._description = referrals.approval_description(pending, search_name)  # type: ignore[attr-defined]
    return form


def approved_ids(answer: ReferralApproval, pending: list[referrals.PendingRequest]) -> set[int]:
    if answer.approve_all:
        return {p.request_id for p in pending}
    return {p.request_id for p in pending if getattr(answer, f"request_{p.request_id}", False)}


@task(cache_policy=NONE)
def propose_and_record(search_id: int) -> tuple[str, list[referrals.PendingRequest]]:
    """Record new proposals; return every request of the search awaiting a decision
    (including those left pending by an earlier run)."""
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        search = session.get(Search, search_id)
        if search is None:
            raise ValueError(f"no saved search with id {search_id}")
        proposals = referrals.propose(
            session,
            search,
            settings.referral_top_candidates,
            settings.referral_max_per_candidate,
            settings.referral_cohort_gap_years,
        )
        referrals.record_requests(session, search, proposals)
        referrals.cancel_unaskable(session)
        return search.name, referrals.pending_requests(session, search_id)


@task(cache_policy=NONE)
def decide(listed: list[int], approved: list[int], decided_by: str) -> tuple[int, int]:
    with transaction(open_pool(migrate=False)) as session:
        return referrals.decide_requests(session, listed, set(approved), decided_by)


@task(cache_policy=NONE, retries=2, retry_delay_seconds=10)
def deliver() -> referrals.DeliveryReport:
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        return referrals.deliver_queued(session, referrals.channels_for(settings), settings)


@task(cache_policy=NONE)
def publish_funnel() -> None:
    """The referral funnel (per school, per employee, reciprocity) as an artifact."""
    with transaction(open_pool(migrate=False)) as session:
        report = referral_metrics.build_report(session)
    create_markdown_artifact(
        key="referral-funnel",
        markdown="# Referral funnel\n\n" + referral_metrics.report_markdown(report),
        description="Proposed, approved, sent, answered, known, introduced",
    )


@flow(name="request-referrals", log_prints=True)
def request_referrals(
    search_id: int = Field(..., ge=1, title="Saved search id", description="e.g. 3"),
    send: bool = Field(
        True, title="Send", description="Deliver the approved requests on the channels."
    ),
    auto_approve: bool | None = Field(
        None,
        title="Approve without review",
        description="Default: the VIVIER_REFERRALS_AUTO_APPROVE setting (off).",
    ),
    wait_for_approval: bool = Field(
        True,
        title="Wait for approval",
        description="Pause for a reviewer; off = record the proposals and leave them pending.",
    ),
    approval_timeout_seconds: int | None = Field(
        None, ge=1, title="Approval timeout (s)", description="Default: the setting."
    ),
) -> dict[str, int]:
    """Ask employees who share a school with the search's best candidates.

    Nothing is sent without approval: the run pauses with a form listing the proposals
    (Prefect UI: the run's page > Resume). ``auto_approve`` (default: the setting
    ``VIVIER_REFERRALS_AUTO_APPROVE``, off) approves every proposal without asking;
    ``wait_for_approval=False`` records the proposals and leaves them pending."""
    logger = get_run_logger()
    settings = get_settings()
    search_name, pending = propose_and_record(search_id)
    create_table_artifact(
        key="referral-proposals",
        table=[
            {
                "request": p.request_id,
                "employee": p.employee_name,
                "candidate": p.candidate_name,
                "school": p.school_name,
                "score": round(p.score, 2),
                "why": p.reason,
            }
            for p in pending
        ]
        or [{"why": "nothing awaiting approval"}],
        description=f"Referral requests awaiting approval for search {search_id}",
    )
    listed = [p.request_id for p in pending]
    approved = rejected = 0
    auto = settings.referrals_auto_approve if auto_approve is None else auto_approve
    if pending and auto:
        logger.warning(
            "AUTO-APPROVING %d referral request(s) without review (%s)",
            len(pending),
            "auto_approve=True" if auto_approve else "VIVIER_REFERRALS_AUTO_APPROVE=true",
        )
        approved, rejected = decide(listed, listed, "auto-approve")
    elif pending and wait_for_approval:
        context = FlowRunContext.get()
        run_id = context.flow_run.id if context and context.flow_run else "?"
        logger.info(
            "%d referral request(s) await approval: open flow run %s in the Prefect UI "
            "and press Resume",
            len(pending),
            run_id,
        )
        try:
            answer = pause_flow_run(
                wait_for_input=approval_form(pending, search_name),
                timeout=approval_timeout_seconds or settings.referral_approval_timeout_seconds,
                poll_interval=2,
            )
        except FlowPauseTimeout:
            logger.warning("no decision in time: %d request(s) stay pending", len(pending))
            raise
        chosen = approved_ids(answer, pending)
        approved, rejected = decide(listed, sorted(chosen), answer.reviewer or "prefect-ui")
        logger.info("approved %d, rejected %d", approved, rejected)
    elif pending:
        logger.info("%d referral request(s) left pending approval", len(pending))
    report = deliver() if send else referrals.DeliveryReport()
    for error in report.errors:
        logger.warning("not delivered, stays queued: %s", error)
    for note in report.notes:
        logger.info(note)
    publish_funnel()
    return {
        "proposed": len(pending),
        "approved": approved,
        "rejected": rejected,
        "sent": report.sent,
        "failed": report.failed,
        "deferred": report.deferred,
        "cancelled": report.cancelled,
    }
