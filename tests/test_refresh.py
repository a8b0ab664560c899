"""Re-fetching stale profiles: 304s keep the stored profile and cost nothing."""

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from models.db import make_engine, session_factory, upgrade
from models.schemas import SearchQuery
from models.tables import CandidateSkill, Identity
from sourcing import pool, refresh
from sourcing.http import LimiterRegistry
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings
from sourcing.sources.base import SourceContext
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.server import LocalServer
from sourcing.sources.github import GitHubSource
from sourcing.sources.sample import load_records
from tests.contract import collect

USERS = [dict(r.payload) for r in load_records() if r.source == "github"]


def test_refresh_sends_conditional_requests_and_picks_up_changes(tmp_path: Path) -> None:
    fake = FakeGitHub([dict(u) for u in USERS])
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}")
    upgrade(engine)
    parser = ProfileParser()
    with LocalServer(fake.app) as url:
        context = SourceContext(settings=Settings(github_api_url=url), registry=LimiterRegistry())
        found = asyncio.run(collect(GitHubSource(context), SearchQuery(skills=["Rust"], limit=5)))
        with session_factory(engine)() as session:
            pool.ingest(session, found, parser)
            login = found[0].handle
            fake.users[login.lower()]["bio"] = "Now also doing Elixir and Kubernetes."
            used = fake.core_budget.served
            identities = refresh.stale_identities(session, timedelta(0))
            report = asyncio.run(refresh.refetch(identities, context))
            assert len(report.not_modified) == len(found) - 1
            assert [p.handle for p in report.changed] == [login]
            # 304s are free: only the changed profile (user + repos + social) spent budget
            assert fake.core_budget.served - used == 3
            refresh.mark_not_modified(session, identities, report)
            pool.ingest(session, report.changed, parser)
            changed = session.scalars(select(Identity).where(Identity.handle == login)).one()
            skills = set(
                session.scalars(
                    select(CandidateSkill.skill_id).where(
                        CandidateSkill.candidate_id == changed.candidate_id
                    )
                )
            )
            assert {"elixir", "kubernetes"} <= skills
    engine.dispose()


def test_durations_parse_and_bad_ones_are_refused() -> None:
    assert refresh.parse_duration("7d") == timedelta(days=7)
    assert refresh.parse_duration("12h") == timedelta(hours=12)
    assert refresh.parse_duration("0") == timedelta(0)
    try:
        refresh.parse_duration("soon")
    except ValueError as error:
        assert "not a duration" in str(error)
    else:
        raise AssertionError("a bad duration was accepted")
