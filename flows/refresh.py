"""The ``refresh-talent-pool`` flow (nightly): finish what a killed run left, re-fetch
stale profiles conditionally, learn the match weights again when the pool has grown,
re-run every saved search, then the privacy duties (Art. 14 notices, retention purge)."""

from datetime import timedelta

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from pydantic import Field
from sqlalchemy import select

from flows.batches import parse_and_resolve_pending
from flows.search import search_candidates
from models.db import transaction
from models.schemas import SearchQuery
from models.tables import Search
from sourcing import pool, refresh, retention, search_alerts
from sourcing.runtime import dedupe_config, open_pool
from sourcing.settings import get_settings


def finish_pending() -> int:
    """Parse and resolve what an interrupted run left (the ``parse-and-resolve``
    subflow, on the task runner of ``VIVIER_TASK_RUNNER``)."""
    return parse_and_resolve_pending().total


def refetch_stale(older_than_hours: float) -> dict[str, int]:
    """Re-fetch the stale profiles and store the changed ones, then parse and resolve
    them in chunks (the ``parse-and-resolve`` subflow)."""
    counts = refetch_and_store(older_than_hours)
    parse_and_resolve_pending()
    return counts


@task(cache_policy=NONE, retries=1, retry_delay_seconds=30)
def refetch_and_store(older_than_hours: float) -> dict[str, int]:
    with transaction(open_pool(migrate=False)) as session:
        identities = refresh.stale_identities(session, timedelta(hours=older_than_hours))
        report = refresh.run_refetch(identities)
        refresh.mark_not_modified(session, identities, report)
        session.commit()
        pool.run_stage(session, lambda: pool.store_raw(session, report.changed))
        return {
            "stale": len(identities),
            "not_modified": len(report.not_modified),
            "changed": len(report.changed),
            "failed": report.failed,
            "skipped": report.skipped,
        }


@task(cache_policy=NONE)
def refit_match_model() -> pool.RefitReport:
    """Learn the match weights again once the pool has grown by a fifth."""
    with transaction(open_pool(migrate=False)) as session:
        return pool.refit(session, dedupe_config())


@task(cache_policy=NONE)
def privacy_duties() -> dict[str, int]:
    """Art. 14 notices queued and sent, then the retention purge."""
    with transaction(open_pool(migrate=False)) as session:
        duties = retention.privacy_duties(session, get_settings())
    for error in duties.notices.errors:
        get_run_logger().warning("notice not sent, stays queued: %s", error)
    return duties.summary()


@task(cache_policy=NONE)
def alert_search_owner(search_id: int) -> search_alerts.AlertOutcome:
    """Tell the saved search's owner who is new since they were last told (once)."""
    with transaction(open_pool(migrate=False)) as session:
        outcome = search_alerts.announce_new_matches(session, search_id, get_settings())
    for note in outcome.notes:
        get_run_logger().warning("%s", note)
    return outcome


@task(cache_policy=NONE)
def saved_searches() -> list[SearchQuery]:
    with transaction(open_pool(migrate=False)) as session:
        return [SearchQuery.model_validate(s.query) for s in session.scalars(select(Search))]


@flow(name="refresh-talent-pool", log_prints=True)
def refresh_talent_pool(
    older_than_hours: float = Field(
        24 * 7,
        ge=0,
        title="Older than (hours)",
        description="Re-fetch profiles fetched longer ago than this; 0 = all.",
    ),
    rerun_searches: bool = Field(
        True, title="Re-run saved searches", description="Rank every saved search again."
    ),
) -> int:
    """Finish interrupted work, re-fetch profiles older than ``older_than_hours``
    (0 = all) with conditional requests, then re-run each saved search. Returns the
    number of searches re-run."""
    logger = get_run_logger()
    finished = finish_pending()
    if finished:
        logger.info("finished %d identities left by an interrupted run", finished)
    counts = refetch_stale(older_than_hours)
    logger.info("refresh: %s", counts)
    refit = refit_match_model()
    logger.info("match model: %s", refit.reason)
    queries = saved_searches() if rerun_searches else []
    alerts = [alert_search_owner(search_candidates(query)) for query in queries]
    digests = [a for a in alerts if a.status == "sent"]
    privacy = privacy_duties()
    logger.info("privacy: %s", privacy)
    create_markdown_artifact(
        key="refresh-summary",
        markdown="# Talent-pool refresh\n\n"
        + "\n".join(f"* {k.replace('_', ' ')}: **{v}**" for k, v in counts.items())
        + "\n"
        + "\n".join(f"* {k.replace('_', ' ')}: **{v}**" for k, v in privacy.items())
        + f"\n* match model: {refit.reason}"
        + f"\n* saved searches re-run: **{len(queries)}**"
        + f"\n* digests sent: **{len(digests)}** ({sum(a.new for a in digests)} new candidates)",
    )
    return len(queries)
