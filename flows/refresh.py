"""The ``refresh-talent-pool`` flow (nightly): re-run every saved search and finish any
ingest a killed run left halfway."""

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from sqlalchemy import select

from flows.search import search_candidates
from models.db import transaction
from models.schemas import SearchQuery
from models.tables import Search
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.runtime import get_parser, open_pool


@task(cache_policy=NONE)
def finish_pending() -> int:
    with transaction(open_pool()) as session:
        parsed = pool.parse_pending(session, get_parser())
        resolved, _, _ = pool.resolve_pending(session, DedupeConfig())
        return parsed + resolved


@task(cache_policy=NONE)
def saved_searches() -> list[SearchQuery]:
    with transaction(open_pool(migrate=False)) as session:
        return [SearchQuery.model_validate(s.query) for s in session.scalars(select(Search))]


@flow(name="refresh-talent-pool", log_prints=True)
def refresh_talent_pool() -> int:
    """Finish interrupted work, then re-run each saved search. Returns searches re-run."""
    logger = get_run_logger()
    finished = finish_pending()
    if finished:
        logger.info("finished %d identities left by an interrupted run", finished)
    queries = saved_searches()
    for query in queries:
        search_candidates(query)
    return len(queries)
