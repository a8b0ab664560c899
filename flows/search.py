"""The ``search-candidates`` flow: fetch from networks, ingest, rank, publish."""

from typing import Any

from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import TaskRun
from prefect.concurrency.sync import concurrency
from prefect.states import State
from prefect.tasks import exponential_backoff
from sqlalchemy import func, select

from models.db import transaction
from models.schemas import IngestReport, RankedCandidate, RawProfile, SearchQuery
from models.tables import Candidate, Employee, Search
from sourcing import pool, ranking, referrals, searching
from sourcing.http import is_transient
from sourcing.runtime import dedupe_config, get_parser, open_pool
from sourcing.settings import get_settings


def retry_if_transient(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry the fetch only when it failed on something that may pass (network down,
    5xx, throttling); a bad query or a programming error fails at once."""
    try:
        state.result()
    except Exception as error:
        return is_transient(error)
    return False


@task(
    cache_policy=NONE,
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),  # 5, 10, 20 s (+ jitter)
    retry_jitter_factor=0.5,
    retry_condition_fn=retry_if_transient,
)
def fetch_profiles(query: SearchQuery) -> list[searching.SourceOutcome]:
    # Within a process, one limiter per network paces every search. Across processes
    # (several runs, workers), the global concurrency limits vivier-<network> (created
    # by `vivier serve`, which also sets VIVIER_PREFECT_NETWORK_LIMITS=true) let
    # VIVIER_PREFECT_NETWORK_SLOTS searches use a network at once.
    if not get_settings().prefect_network_limits:
        return searching.fetch(query)
    limits = [f"vivier-{name}" for name in dict.fromkeys(query.sources)]
    with concurrency(limits, occupy=1, strict=True):
        return searching.fetch(query)


@task(cache_policy=NONE)
def ingest_profiles(profiles: list[RawProfile]) -> IngestReport:
    """Store, parse and resolve one network's profiles. ``merged`` counts the profiles
    new to the pool that joined a person already known (or each other)."""
    engine = open_pool()
    with transaction(engine) as session:
        before = session.scalar(select(func.count(Candidate.id))) or 0
        report = pool.ingest(session, profiles, get_parser(), dedupe_config())
        after = session.scalar(select(func.count(Candidate.id))) or 0
        report.merged = max(report.new - (after - before), 0)
        return report


@task(cache_policy=NONE)
def rank_and_save(query: SearchQuery) -> tuple[int, list[RankedCandidate]]:
    engine = open_pool(migrate=False)
    with transaction(engine) as session:
        search = ranking.save_search(session, query)
        ranked = ranking.rank_pool(session, query)
        ranking.store_results(session, search, ranked)
        return search.id, ranked


@task(cache_policy=NONE)
def possible_referrers(search_id: int, per_candidate: int = 3) -> dict[int, list[str]]:
    """Employees who could refer each ranked candidate (a shared school), best first.
    Read only: requests are recorded by ``request-referrals``."""
    with transaction(open_pool(migrate=False)) as session:
        search = session.get(Search, search_id)
        if search is None:
            return {}
        count = len(search.results)
        proposals = referrals.propose(session, search, count, per_candidate)
        names = {
            e.id: e.full_name
            for e in session.scalars(
                select(Employee).where(Employee.id.in_({p.employee_id for p in proposals}))
            )
        }
        found: dict[int, list[str]] = {}
        for proposal in proposals:
            found.setdefault(proposal.candidate_id, []).append(names[proposal.employee_id])
        return found


def results_table(
    ranked: list[RankedCandidate], referrers: dict[int, list[str]]
) -> list[dict[str, str | int]]:
    """The ranked table a recruiter reads, one row per candidate."""
    return [
        {
            "rank": r.rank,
            "name": r.name,
            "headline": r.headline,
            "place": r.city or "",
            "matched skills": ", ".join(r.matched_skills),
            "schools": ", ".join(r.schools),
            "links": " ".join(r.urls),
            "why": r.explanation,
            "possible referrers": ", ".join(referrers.get(r.candidate_id, [])),
        }
        for r in ranked
    ]


def _summary(
    query: SearchQuery,
    outcomes: list[searching.SourceOutcome],
    reports: dict[str, IngestReport],
    ranked: list[RankedCandidate],
) -> str:
    lines = [
        f"# Search: {query.name or query.default_name()}",
        "",
        "| network | fetched | new | updated | merged | failed | why |",
        "|---|---|---|---|---|---|---|",
    ]
    total = IngestReport()
    for outcome in outcomes:
        report = reports.get(outcome.source, IngestReport())
        total = total.add(report)
        why = "; ".join(filter(None, [outcome.error, *report.errors])).replace("|", "/")
        failed = report.failed + (1 if outcome.error else 0)
        lines.append(
            f"| {outcome.source} | {len(outcome.profiles)} | {report.new} | {report.updated} "
            f"| {report.merged} | {failed} | {why} |"
        )
    lines += [
        "",
        f"* new profiles: **{total.new}**, updated: {total.updated}, "
        f"unchanged: {total.unchanged}, suppressed: {total.suppressed}",
        f"* parsed: {total.parsed}, sent to review: {total.review}",
        f"* ranked candidates: **{len(ranked)}**",
    ]
    return "\n".join(lines)


@flow(name="search-candidates", log_prints=True)
def search_candidates(query: SearchQuery) -> int:
    """Search the selected networks for the query, add what is found to the talent pool,
    and rank the pool. Returns the saved search's id."""
    logger = get_run_logger()
    searching.resolve_sources(query)
    progress = create_progress_artifact(
        progress=0.0, key="search-progress", description="Fetching from the networks"
    )
    outcomes = fetch_profiles(query)
    update_progress_artifact(progress, 30.0, description="Adding the profiles to the pool")
    reports: dict[str, IngestReport] = {}
    for done, outcome in enumerate(outcomes, start=1):
        if outcome.error:
            logger.warning(
                "network %s failed: %s (other networks went on)", outcome.source, outcome.error
            )
        reports[outcome.source] = ingest_profiles(outcome.profiles)
        update_progress_artifact(progress, 30.0 + 50.0 * done / len(outcomes))
    search_id, ranked = rank_and_save(query)
    referrers = possible_referrers(search_id)
    update_progress_artifact(progress, 100.0, description="Done")
    name = query.name or query.default_name()
    create_table_artifact(
        key="search-results",
        table=results_table(ranked, referrers),
        description=f"Ranked candidates for {name}",
    )
    create_markdown_artifact(
        key="search-summary",
        markdown=_summary(query, outcomes, reports, ranked),
        description=f"Per network: fetched, new, updated, merged, failed for {name}",
    )
    logger.info(
        "search %s: %d profiles fetched, %d candidates ranked",
        search_id,
        sum(len(o.profiles) for o in outcomes),
        len(ranked),
    )
    return search_id
