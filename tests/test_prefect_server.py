"""End to end on a real Prefect server: `vivier serve` in its own process, runs
triggered through the API with parameters, results read from the pool and artifacts."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import StateType
from prefect.deployments import run_deployment
from prefect.exceptions import PrefectHTTPStatusError
from prefect.settings import PREFECT_API_URL, temporary_settings
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from models.db import make_engine, session_factory
from models.tables import CandidateSkill, Identity, SearchResult
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.server import LocalServer
from sourcing.sources.sample import load_records
from tests.conftest import POSTGRES_URL, PREFECT_DATABASES, fresh_postgres_database
from tests.prefect_artifacts import run_artifacts

ROOT = Path(__file__).resolve().parents[1]
USERS = [dict(r.payload) for r in load_records() if r.source == "github"]


@dataclass
class Served:
    api_url: str
    vivier_home: Path
    github: FakeGitHub
    pool_url: str

    def pool(self) -> Any:
        return session_factory(make_engine(self.pool_url))()

    def run(self, deployment: str, parameters: dict[str, Any]) -> Any:
        with temporary_settings({PREFECT_API_URL: self.api_url}):
            run = run_deployment(deployment, parameters=parameters, timeout=240)
        assert run.state is not None and run.state.type == StateType.COMPLETED, run.state
        return run

    def artifacts(self, flow_run_id: UUID) -> dict[str, Any]:
        with temporary_settings({PREFECT_API_URL: self.api_url}):
            return run_artifacts(flow_run_id)


@pytest.fixture(scope="module")
def served(prefect_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`vivier serve` against the server, with its pool in a temporary VIVIER_HOME (or a
    fresh PostgreSQL database where VIVIER_TEST_DATABASE_URL is set) and GitHub
    answered by the fake GitHub on 127.0.0.1."""
    home = tmp_path_factory.mktemp("served")
    github = FakeGitHub([dict(u) for u in USERS])
    with ExitStack() as stack:
        github_url = stack.enter_context(LocalServer(github.app))
        pool_url = f"sqlite:///{home / 'vivier' / 'pool.db'}"
        if POSTGRES_URL:
            pool_url = stack.enter_context(fresh_postgres_database("vivier_served"))
        env = {
            **os.environ,
            "PREFECT_API_URL": prefect_server,
            "PREFECT_HOME": str(home / "prefect"),
            "PREFECT_RUNNER_POLL_FREQUENCY": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PYTHONPATH": str(ROOT),
            "VIVIER_HOME": str(home / "vivier"),
            "VIVIER_GITHUB_API_URL": github_url,
        }
        env["VIVIER_DATABASE_URL"] = pool_url
        log = (home / "serve.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-c", "from sourcing.cli import app; app(['serve'])"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_deployments(prefect_server, process, home / "serve.log")
            yield Served(prefect_server, home / "vivier", github, pool_url)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


def _wait_for_deployments(api_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        while len(client.read_deployments()) < 6:
            if process.poll() is not None:
                raise RuntimeError(f"vivier serve exited: {log.read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"deployments not served in 120 s: {log.read_text()}")
            time.sleep(0.5)


def test_served_search_triggered_through_the_api_fills_the_pool_and_publishes(
    served: Served,
) -> None:
    query = {"name": "Kubernetes Lyon", "skills": ["Kubernetes"], "location": "Lyon"}
    run = served.run("search-candidates/search-candidates", {"query": {**query, "limit": 10}})
    with served.pool() as session:
        identities = session.scalar(select(func.count(Identity.id)))
        results = session.scalars(select(SearchResult).order_by(SearchResult.rank)).all()
    assert identities and identities > 0
    assert results and "Kubernetes" in results[0].matched_skills
    assert len(results) <= 10
    artifacts = served.artifacts(run.id)
    assert {"search-results", "search-summary", "search-progress"} <= set(artifacts)
    table = artifacts["search-results"].data
    assert "Kubernetes" in table and "possible referrers" in table
    assert "| sample |" in artifacts["search-summary"].data
    assert float(artifacts["search-progress"].data) == 100.0
    with (
        temporary_settings({PREFECT_API_URL: served.api_url}),
        get_client(sync_client=True) as client,
    ):  # created by `vivier serve`, taken and given back by the run
        limit = client.read_global_concurrency_limit_by_name("vivier-sample")
    assert (limit.limit, limit.active_slots) == (1, 0)


def test_served_search_refuses_a_network_outside_the_form(served: Served) -> None:
    """Parameters are checked against the form's schema before any run is created."""
    with (
        temporary_settings({PREFECT_API_URL: served.api_url}),
        pytest.raises(PrefectHTTPStatusError, match="linkedin"),
    ):
        run_deployment(
            "search-candidates/search-candidates",
            parameters={"query": {"skills": ["Python"], "sources": ["linkedin"]}},
            timeout=0,
        )


def test_served_refresh_sends_conditional_requests_and_picks_up_the_change(
    served: Served,
) -> None:
    served.run(
        "search-candidates/search-candidates",
        {"query": {"skills": ["Rust"], "sources": ["github"], "limit": 5}},
    )
    with served.pool() as session:
        github = session.scalars(
            select(Identity).where(Identity.source == "github", Identity.origin.is_(None))
        ).all()  # found on GitHub itself (the sample network has GitHub profiles too)
    assert github, "the fake GitHub has Rust people"
    login = github[0].handle
    served.github.users[login.lower()]["bio"] = "Now also doing Elixir and Kubernetes."
    before_304, before_requests = served.github.not_modified, served.github.requests

    run = served.run(
        "refresh-talent-pool/refresh-talent-pool",
        {"older_than_hours": 0, "rerun_searches": False},
    )
    assert served.github.not_modified - before_304 == len(github) - 1
    assert served.github.requests > before_requests
    with served.pool() as session:
        changed = session.scalars(select(Identity).where(Identity.handle == login)).one()
        skills = set(
            session.scalars(
                select(CandidateSkill.skill_id).where(
                    CandidateSkill.candidate_id == changed.candidate_id
                )
            )
        )
    assert {"elixir", "kubernetes"} <= skills
    summary = served.artifacts(run.id)["refresh-summary"].data
    not_modified = int(summary.split("not modified: **")[1].split("**")[0])
    assert not_modified >= len(github) - 1


@pytest.mark.postgres
def test_prefect_and_the_pool_both_on_postgresql_run_a_deployment_end_to_end(
    served: Served,
) -> None:
    """Production's layout: Prefect's own database and the talent pool on PostgreSQL.
    The searches run through the deployment are in Prefect's PostgreSQL tables, and
    their profiles in the pool's. (Uses the runs the tests above made, else runs one.)"""
    if not POSTGRES_URL:
        pytest.skip("VIVIER_TEST_DATABASE_URL is not set")
    prefect_db = make_url(PREFECT_DATABASES[served.api_url])
    assert prefect_db.drivername == "postgresql+asyncpg"
    engine = make_engine(prefect_db.set(drivername="postgresql+psycopg").render_as_string(False))
    completed = text(
        "SELECT flow_run.id FROM flow_run JOIN deployment ON deployment.id = "
        "flow_run.deployment_id WHERE deployment.name = 'search-candidates' "
        "AND flow_run.state_type = 'COMPLETED'"
    )
    try:
        with engine.connect() as conn:
            runs = set(conn.scalars(completed))
        if not runs:
            query = {"skills": ["Python"], "sources": ["github"], "limit": 5}
            run = served.run("search-candidates/search-candidates", {"query": query})
            with engine.connect() as conn:
                runs = set(conn.scalars(completed))
            assert run.id in runs
    finally:
        engine.dispose()
    with (
        temporary_settings({PREFECT_API_URL: served.api_url}),
        get_client(sync_client=True) as client,
    ):  # what the API serves is what PostgreSQL holds
        assert all(client.read_flow_run(i).state_type == StateType.COMPLETED for i in runs)
    assert make_url(served.pool_url).get_backend_name() == "postgresql"
    with served.pool() as session:
        found = session.scalar(select(func.count(Identity.id)).where(Identity.source == "github"))
    assert found and found > 0


CHROMIUM = Path("/usr/bin/chromium")


def test_a_recruiter_starts_a_search_from_the_prefect_ui_form(served: Served) -> None:
    """Headless Chromium: the search deployment's run form, one skill added, Submit;
    the served run completes. VIVIER_UPDATE_SCREENSHOTS=1 copies the screenshot of the
    filled form to docs/."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    with (
        temporary_settings({PREFECT_API_URL: served.api_url}),
        get_client(sync_client=True) as client,
    ):
        deployment = client.read_deployment_by_name("search-candidates/search-candidates")
        before = {r.id for r in client.read_flow_runs()}
    ui = served.api_url.removesuffix("/api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(f"{ui}/v2/deployments/deployment/{deployment.id}/run")
            page.get_by_text("Skills (Optional)").wait_for(timeout=60_000)
            page.get_by_role("button", name="Add item").first.click()
            skill = page.locator("textarea").first  # the list item just added
            skill.wait_for(timeout=30_000)
            skill.fill("Kubernetes")
            shot = served.vivier_home.parent / "prefect-search-form.png"
            page.screenshot(path=str(shot), full_page=True)
            if os.environ.get("VIVIER_UPDATE_SCREENSHOTS"):  # refresh the README's picture
                (ROOT / "docs").mkdir(exist_ok=True)
                shutil.copy(shot, ROOT / "docs" / "prefect-search-form.png")
            page.get_by_role("button", name="Submit").click()
            new_run = None
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline:
                with (
                    temporary_settings({PREFECT_API_URL: served.api_url}),
                    get_client(sync_client=True) as client,
                ):
                    runs = [r for r in client.read_flow_runs() if r.id not in before]
                new_run = runs[0] if runs else None
                if new_run and new_run.state and new_run.state.is_final():
                    break
                time.sleep(2)
        finally:
            browser.close()
    assert new_run is not None, "Submit created no run"
    assert new_run.deployment_id == deployment.id
    assert new_run.parameters["query"]["skills"] == ["Kubernetes"]
    assert new_run.state is not None and new_run.state.type == StateType.COMPLETED, new_run.state
