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


def test_cli_search_runs_the_flow_and_prints_the_ranking(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sourcing import cli
    from sourcing.cli import app

    # rich fixes a console's width when it is made if COLUMNS is set then (test workers)
    monkeypatch.setattr(cli.out, "width", 300)

    result = CliRunner().invoke(
        app, ["search", "--skill", "Rust", "--limit", "5"], env={"COLUMNS": "300"}
    )
    assert result.exit_code == 0, result.output
    assert "candidates ranked" in result.output
    assert "skills Rust (1/1)" in result.output


def _markdown_rows(markdown: str) -> dict[str, list[str]]:
    rows = [line.strip("|").split("|") for line in markdown.splitlines() if line.startswith("|")]
    return {cells[0].strip(): [c.strip() for c in cells[1:]] for cells in rows[2:]}


def test_search_run_publishes_ranked_table_summary_and_progress(home: Path) -> None:
    from prefect.states import State

    from models.tables import Employee, Identity
    from sourcing.employees import import_employees
    from sourcing.sources.sample import SAMPLE_EMPLOYEES
    from tests.prefect_artifacts import run_artifacts

    with transaction(open_pool()) as session:
        import_employees(session, SAMPLE_EMPLOYEES)
        employees = {e.full_name for e in session.scalars(select(Employee))}
        before = len(session.scalars(select(Identity)).all())
    query = SearchQuery(skills=["Python"], sources=["sample"], limit=20)
    state: State = search_candidates(query, return_state=True)  # type: ignore[call-overload]
    search_id = state.result()
    artifacts = run_artifacts(state.state_details.flow_run_id)

    table = json.loads(artifacts["search-results"].data)
    with transaction(open_pool(migrate=False)) as session:
        ranked = session.scalars(
            select(SearchResult)
            .where(SearchResult.search_id == search_id)
            .order_by(SearchResult.rank)
        ).all()
        names = [session.get(Candidate, r.candidate_id).display_name for r in ranked]  # type: ignore[union-attr]
    assert [row["name"] for row in table] == names and names
    assert set(table[0]) == {
        "rank", "name", "headline", "place", "matched skills", "schools", "links", "why",
        "possible referrers",
    }  # fmt: skip
    assert all("Python" in row["matched skills"] for row in table[:3])
    referrers = {n.strip() for row in table for n in row["possible referrers"].split(",") if n}
    assert referrers and referrers <= employees
    assert any(row["schools"] for row in table if row["possible referrers"])

    summary = artifacts["search-summary"].data
    networks = _markdown_rows(summary)
    counts = {name: [int(x) for x in row[:5]] for name, row in networks.items()}
    with transaction(open_pool(migrate=False)) as session:
        added = len(session.scalars(select(Identity)).all()) - before
    assert sum(c[1] for c in counts.values()) == added > 0  # new, per network, adds up
    fetched, new, updated, merged, failed = counts["sample"]
    assert fetched == new > 0 and updated == 0 and failed == 0  # an empty pool
    assert 0 < merged < new  # people the sample shows more than once were resolved
    assert artifacts["search-progress"].type == "progress"
    assert float(artifacts["search-progress"].data) == 100.0

    again: State = search_candidates(query, return_state=True)  # type: ignore[call-overload]
    second = _markdown_rows(run_artifacts(again.state_details.flow_run_id)["search-summary"].data)
    assert second["sample"][:4] == [str(fetched), "0", "0", "0"]  # nothing new or changed


def test_export_run_links_to_the_written_file_and_audits_it(home: Path) -> None:
    from flows.export import export_shortlist
    from models.tables import AuditEvent
    from tests.prefect_artifacts import run_artifacts

    search_id = search_candidates(SearchQuery(skills=["Rust"], sources=["sample"], limit=5))
    state = export_shortlist(str(search_id), "json", requested_by="hr.alice", return_state=True)  # type: ignore[call-overload]
    path = Path(state.result())
    records = json.loads(path.read_text("utf-8"))
    assert records and all("Rust" in r["matched_skills"] for r in records)
    link = run_artifacts(state.state_details.flow_run_id)["shortlist-export"]
    assert link.type == "markdown"  # Prefect stores links as markdown "[text](url)"
    assert f"]({path.resolve().as_uri()})" in link.data
    assert f"{len(records)} candidates (JSON)" in link.data
    with transaction(open_pool(migrate=False)) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert (event.actor, event.details["format"], event.details["rows"]) == (
            "hr.alice",
            "json",
            len(records),
        )
