"""The flows together, on a real Prefect backend (one per test session)."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from flows.demo import demo_pipeline
from flows.search import search_candidates
from models.db import transaction
from models.schemas import SearchQuery
from models.tables import Candidate, Education, ReferralRequest, SearchResult
from sourcing.runtime import open_pool

pytestmark = pytest.mark.usefixtures("prefect_backend")
TRUTH = json.loads((Path(__file__).parent / "fixtures" / "sample_truth.json").read_text("utf-8"))


def test_demo_builds_the_pool_and_a_second_run_adds_nothing(home: Path) -> None:
    first = demo_pipeline()
    assert first.candidates == len(TRUTH["people"])
    assert first.profiles_fetched == sum(len(p["identities"]) for p in TRUTH["people"])
    assert first.referral_requests > 0
    outbox = sorted(Path(first.outbox).glob("*.eml"))
    assert len(outbox) == first.referral_requests

    second = demo_pipeline()
    assert second.candidates == first.candidates
    assert second.referral_requests == first.referral_requests
    assert len(sorted(Path(second.outbox).glob("*.eml"))) == len(outbox)

    with transaction(open_pool(migrate=False)) as session:
        for request in session.scalars(select(ReferralRequest)):
            employee_schools = {e.school_id for e in request.employee.education}
            candidate_schools = {
                e.school_id
                for e in session.scalars(
                    select(Education).where(Education.candidate_id == request.candidate_id)
                )
            }
            assert request.school_id in employee_schools & candidate_schools
            assert request.status == "sent"
        shortlisted = session.scalars(select(SearchResult).where(SearchResult.search_id == 1)).all()
    sheet = load_workbook(second.shortlist).active
    assert sheet.max_row - 1 == len(shortlisted) > 0


def test_search_flow_ranks_with_explanations(home: Path) -> None:
    search_id = search_candidates(
        SearchQuery(skills=["Kubernetes"], location="Lyon", sources=["sample"], limit=10)
    )
    with transaction(open_pool(migrate=False)) as session:
        results = session.scalars(
            select(SearchResult)
            .where(SearchResult.search_id == search_id)
            .order_by(SearchResult.rank)
        ).all()
        assert results, "the sample network has Kubernetes people"
        assert all("Kubernetes" in r.matched_skills for r in results[:3])
        assert "skills Kubernetes (1/1)" in results[0].explanation
        top = session.get(Candidate, results[0].candidate_id)
        assert top is not None and top.city == "Lyon"


def test_refresh_finishes_an_interrupted_ingest_refetches_and_reruns_saved_searches(
    home: Path,
) -> None:
    from datetime import UTC, datetime

    from flows.refresh import refresh_talent_pool
    from models.tables import Identity, Search
    from sourcing import pool, ranking
    from sourcing.sources.sample import SampleSource

    records = [r.model_copy(update={"origin": "sample"}) for r in SampleSource().records()[:5]]
    with transaction(open_pool()) as session:
        pool.store_raw(session, records)  # the process died here, before parsing
        ranking.save_search(session, SearchQuery(name="Rust people", skills=["Rust"]))
    before = datetime.now(UTC)
    assert refresh_talent_pool(older_than_hours=0) == 1
    with transaction(open_pool(migrate=False)) as session:
        identities = session.scalars(select(Identity)).all()
        assert len(identities) > 5  # the saved search fetched more
        assert all(i.candidate_id is not None for i in identities)
        first_five = [i for i in identities if i.external_id in {r.external_id for r in records}]
        assert all(i.fetched_at >= before for i in first_five)  # re-fetched through the sample
        search = session.scalars(select(Search)).one()
        assert search.last_run_at is not None


def test_cli_search_runs_the_flow_and_prints_the_ranking(home: Path) -> None:
    from typer.testing import CliRunner

    from sourcing.cli import app

    result = CliRunner().invoke(
        app, ["search", "--skill", "Rust", "--limit", "5"], env={"COLUMNS": "300"}
    )
    assert result.exit_code == 0, result.output
    assert "candidates ranked" in result.output
    assert "skills Rust (1/1)" in result.output
