"""The ``vivier demo`` flow: the whole pipeline, offline, on the bundled sample data."""

import json
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from pydantic import BaseModel
from sqlalchemy import func, select

from flows.export import export_shortlist
from flows.referrals import request_referrals
from flows.refresh import refit_match_model
from flows.search import rank_and_save, search_candidates
from models.db import transaction
from models.schemas import SearchQuery
from models.tables import Candidate, Identity, ReferralRequest
from sourcing.employees import import_employees
from sourcing.runtime import open_pool
from sourcing.settings import get_settings
from sourcing.sources.sample import DEMO_SEARCHES, SAMPLE_EMPLOYEES


class DemoSummary(BaseModel):
    profiles_fetched: int
    profiles_parsed: int
    candidates: int
    searches: int
    referral_requests: int
    outbox: str
    shortlist: str


@task(cache_policy=NONE)
def load_employees() -> int:
    with transaction(open_pool()) as session:
        report = import_employees(session, SAMPLE_EMPLOYEES)
        return report.created + report.updated


@task(cache_policy=NONE)
def pool_counts() -> tuple[int, int, int]:
    with transaction(open_pool(migrate=False)) as session:
        identities = session.scalar(select(func.count(Identity.id))) or 0
        parsed = (
            session.scalar(select(func.count(Identity.id)).where(Identity.parsed.is_not(None))) or 0
        )
        candidates = session.scalar(select(func.count(Candidate.id))) or 0
        return identities, parsed, candidates


@task(cache_policy=NONE)
def referral_count() -> int:
    with transaction(open_pool(migrate=False)) as session:
        return session.scalar(select(func.count(ReferralRequest.id))) or 0


def demo_queries(path: Path = DEMO_SEARCHES) -> list[SearchQuery]:
    return [SearchQuery.model_validate(q) for q in json.loads(path.read_text(encoding="utf-8"))]


@flow(name="vivier-demo", log_prints=True)
def demo_pipeline() -> DemoSummary:
    """Employees in, the demo searches over the sample network, referrals for the first
    search's best candidates, and its shortlist exported."""
    settings = get_settings()
    load_employees()
    queries = demo_queries()
    search_ids = [search_candidates(query) for query in queries]
    # Match weights learned from the pool now that it holds every search's finds, and
    # the pool resolved again with them.
    refit_match_model()
    # The first search was ranked when the pool held only its own finds: rank it again
    # over the whole pool before asking for referrals.
    rank_and_save(queries[0])
    # No reviewer watches the demo: say so, and approve every proposal.
    get_run_logger().warning(
        "Demo: AUTO-APPROVING the referral requests (no reviewer in the demo; otherwise "
        "request-referrals pauses for approval unless VIVIER_REFERRALS_AUTO_APPROVE=true)"
    )
    request_referrals(search_ids[0], auto_approve=True)
    shortlist = export_shortlist(
        str(search_ids[0]), "xlsx", str(settings.exports_dir / "demo-shortlist.xlsx")
    )
    identities, parsed, candidates = pool_counts()
    return DemoSummary(
        profiles_fetched=identities,
        profiles_parsed=parsed,
        candidates=candidates,
        searches=len(search_ids),
        referral_requests=referral_count(),
        outbox=str(settings.resolved_outbox_dir.resolve()),
        shortlist=str(Path(shortlist).resolve()),
    )
