"""The ``request-referrals`` flow: propose employees for the top candidates, record the
requests, deliver them (SMTP, or ``.eml`` files in the outbox)."""

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NONE

from models.db import transaction
from models.tables import Search
from sourcing import referrals
from sourcing.mail import channel_for
from sourcing.runtime import open_pool
from sourcing.settings import get_settings


@task(cache_policy=NONE)
def propose_and_record(search_id: int) -> list[dict[str, str]]:
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        search = session.get(Search, search_id)
        if search is None:
            raise ValueError(f"no saved search with id {search_id}")
        proposals = referrals.propose(
            session, search, settings.referral_top_candidates, settings.referral_max_per_candidate
        )
        referrals.record_requests(session, search, proposals)
        return [
            {
                "employee_id": str(p.employee_id),
                "candidate_id": str(p.candidate_id),
                "why": p.reason,
            }
            for p in proposals
        ]


@task(cache_policy=NONE, retries=2, retry_delay_seconds=10)
def deliver() -> referrals.DeliveryReport:
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        return referrals.deliver_queued(session, channel_for(settings), settings)


@flow(name="request-referrals", log_prints=True)
def request_referrals(search_id: int, send: bool = True) -> dict[str, int]:
    """Ask employees who share a school with the search's best candidates."""
    logger = get_run_logger()
    proposals = propose_and_record(search_id)
    create_table_artifact(
        key="referral-proposals",
        table=proposals or [{"why": "no match"}],
        description=f"Referral proposals for search {search_id}",
    )
    report = deliver() if send else referrals.DeliveryReport()
    for error in report.errors:
        logger.warning("not delivered, stays queued: %s", error)
    return {"proposed": len(proposals), "sent": report.sent, "failed": report.failed}
