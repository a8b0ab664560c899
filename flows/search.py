"""The ``search-candidates`` flow: fetch from networks, ingest, rank, publish."""

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.concurrency.sync import concurrency

from models.db import transaction
from models.schemas import IngestReport, RankedCandidate, RawProfile, SearchQuery
from sourcing import pool, ranking, searching
from sourcing.runtime import dedupe_config, get_parser, open_pool
from sourcing.settings import get_settings


@task(cache_policy=NONE, retries=2, retry_delay_seconds=5)
def fetch_profiles(query: SearchQuery) -> list[searching.SourceOutcome]:
    # Within a process, one limiter per network paces every search. Across processes
    # (several workers), operators create a global concurrency limit vivier-<network>
    # and set VIVIER_PREFECT_NETWORK_LIMITS=true: one search per network at a time.
    if not get_settings().prefect_network_limits:
        return searching.fetch(query)
    limits = [f"vivier-{name}" for name in dict.fromkeys(query.sources)]
    with concurrency(limits, occupy=1, strict=True):
        return searching.fetch(query)


@task(cache_policy=NONE)
def ingest_profiles(profiles: list[RawProfile]) -> IngestReport:
    engine = open_pool()
    with transaction(engine) as session:
        return pool.ingest(session, profiles, get_parser(), dedupe_config())


@task(cache_policy=NONE)
def rank_and_save(query: SearchQuery) -> tuple[int, list[RankedCandidate]]:
    engine = open_pool(migrate=False)
    with transaction(engine) as session:
        search = ranking.save_search(session, query)
        ranked = ranking.rank_pool(session, query)
        ranking.store_results(session, search, ranked)
        return search.id, ranked


def _summary(
    query: SearchQuery,
    outcomes: list[searching.SourceOutcome],
    report: IngestReport,
    ranked: list[RankedCandidate],
) -> str:
    lines = [
        f"# Search: {query.name or query.default_name()}",
        "",
        "| network | fetched | error |",
        "|---|---|---|",
    ]
    for outcome in outcomes:
        lines.append(f"| {outcome.source} | {len(outcome.profiles)} | {outcome.error or ''} |")
    lines += [
        "",
        f"* new profiles: **{report.new}**, updated: {report.updated}, "
        f"unchanged: {report.unchanged}, suppressed: {report.suppressed}",
        f"* parsed: {report.parsed}, sent to review: {report.review}",
        f"* ranked candidates: **{len(ranked)}**",
    ]
    return "\n".join(lines)


@flow(name="search-candidates", log_prints=True)
def search_candidates(query: SearchQuery) -> int:
    """Search the selected networks for the query, add what is found to the talent pool,
    and rank the pool. Returns the saved search's id."""
    logger = get_run_logger()
    searching.resolve_sources(query)
    outcomes = fetch_profiles(query)
    for outcome in outcomes:
        if outcome.error:
            logger.warning(
                "network %s failed: %s (other networks went on)", outcome.source, outcome.error
            )
    profiles = [p for o in outcomes for p in o.profiles]
    report = ingest_profiles(profiles)
    search_id, ranked = rank_and_save(query)
    create_table_artifact(
        key="search-results",
        table=[
            {
                "rank": r.rank,
                "name": r.name,
                "headline": r.headline,
                "place": r.city or "",
                "matched skills": ", ".join(r.matched_skills),
                "schools": ", ".join(r.schools),
                "links": " ".join(r.urls),
                "why": r.explanation,
            }
            for r in ranked
        ],
        description=f"Ranked candidates for {query.name or query.default_name()}",
    )
    create_markdown_artifact(
        key="search-summary", markdown=_summary(query, outcomes, report, ranked)
    )
    logger.info(
        "search %s: %d profiles fetched, %d candidates ranked",
        search_id,
        len(profiles),
        len(ranked),
    )
    return search_id
