"""A search across several networks: one failing network never fails the search."""

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.schemas import SearchQuery
from models.tables import Candidate, CandidateSkill
from sourcing import searching
from sourcing.http import LimiterRegistry, RetryPolicy
from sourcing.parsing.vocab import load_skills
from sourcing.ranking import rank_pool
from sourcing.settings import Settings
from sourcing.sources import SEARCHABLE
from sourcing.sources.base import SourceContext
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.mastodon import FakeMastodon
from sourcing.sources.fakes.server import FaultPlan, LocalServer
from sourcing.sources.fakes.stackexchange import FakeStackExchange
from sourcing.sources.sample import load_records

RECORDS = load_records()
TRUTH = json.loads((Path(__file__).parent / "fixtures" / "sample_truth.json").read_text("utf-8"))


def payloads(source: str) -> list[dict[str, object]]:
    return [dict(r.payload) for r in RECORDS if r.source == source]


def test_a_failing_network_keeps_the_others_results_and_says_why() -> None:
    broken = FaultPlan()
    broken.add("/", *["500"] * 50)
    github, stackexchange = (
        FakeGitHub(payloads("github")),
        FakeStackExchange(payloads("stackexchange"), faults=broken),
    )
    with LocalServer(github.app) as github_url, LocalServer(stackexchange.app) as se_url:
        context = SourceContext(
            settings=Settings(
                github_api_url=github_url, stackexchange_api_url=se_url, snowball_depth=0
            ),
            registry=LimiterRegistry(),
            retry=RetryPolicy(attempts=2, base_delay=0.01),
        )
        query = SearchQuery(skills=["Rust"], sources=["github", "stackexchange"], limit=10)
        outcomes = {o.source: o for o in searching.fetch(query, context)}
    assert outcomes["github"].profiles and outcomes["github"].error is None
    assert outcomes["stackexchange"].profiles == []
    assert "HTTP 500" in (outcomes["stackexchange"].error or "")


def test_links_found_on_one_network_attach_the_other_identities() -> None:
    github, mastodon = (
        FakeGitHub(payloads("github")),
        FakeMastodon(payloads("mastodon"), host="sample.social"),
    )
    with LocalServer(github.app) as github_url, LocalServer(mastodon.app) as mastodon_url:
        context = SourceContext(
            settings=Settings(
                github_api_url=github_url,
                mastodon_instances=[mastodon_url],
                snowball_depth=1,
                snowball_budget=30,
            ),
            registry=LimiterRegistry(),
        )
        # Mastodon's search finds nobody here; the links on the GitHub profiles
        # (social accounts, website) lead to the same people's Mastodon accounts.
        mastodon.faults.add("/api/v2/search", *["empty"] * 20)
        mastodon.faults.add("/api/v1/timelines", *["empty"] * 20)
        query = SearchQuery(skills=["Python"], sources=["github", "mastodon"], limit=50)
        outcomes = {o.source: o for o in searching.fetch(query, context)}
    linked = outcomes["links"].profiles
    found_directly = {
        (p.source, p.external_id) for o in ("github", "mastodon") for p in outcomes[o].profiles
    }
    assert linked, "no linked identity was attached"
    assert {p.source for p in linked} == {"mastodon"}
    assert all((p.source, p.external_id) not in found_directly for p in linked)
    person_of = {
        (i["source"], i["external_id"]): p["person_id"]
        for p in TRUTH["people"]
        for i in p["identities"]
    }
    github_people = {person_of[("github", p.external_id)] for p in outcomes["github"].profiles}
    assert all(person_of[("mastodon", p.external_id)] in github_people for p in linked)


def test_every_registered_network_runs_the_source_contract() -> None:
    tests = Path(__file__).parent
    for name in SEARCHABLE:
        if name == "sample":
            continue
        module = tests / f"test_source_{name}.py"
        assert module.exists(), f"{name} has no test module"
        assert "assert_source_contract(" in module.read_text(encoding="utf-8"), (
            f"{name}'s tests do not run the source contract"
        )


def test_community_expansion_adds_the_people_a_found_profile_follows() -> None:
    from sourcing.sources.fakes.bluesky import FakeBluesky

    fixtures = Path(__file__).parent / "fixtures" / "bluesky"
    actors = json.loads((fixtures / "profiles.json").read_text("utf-8"))
    follows = json.loads((fixtures / "follows.json").read_text("utf-8"))
    fake = FakeBluesky(actors, follows=follows)
    with LocalServer(fake.app) as url:

        def run(per_profile: int) -> dict[str, searching.SourceOutcome]:
            context = SourceContext(
                settings=Settings(
                    bluesky_api_url=url,
                    snowball_depth=0,
                    community_per_profile=per_profile,
                    community_budget=10,
                ),
                registry=LimiterRegistry(),
            )
            query = SearchQuery(skills=["Rust"], sources=["bluesky"], limit=5)
            return {o.source: o for o in searching.fetch(query, context)}

        without = run(0)
        with_community = run(5)
    assert "community" not in without
    members = with_community["community"].profiles
    assert members and len(members) <= 10
    direct = {p.external_id for p in with_community["bluesky"].profiles}
    assert not direct & {p.external_id for p in members}


@pytest.mark.parametrize("term", ["less-css", "Less (CSS)", "Less CSS"])
def test_a_skill_merged_into_another_is_found_by_either_id(session: Session, term: str) -> None:
    """A profile stored before a near-duplicate merge keeps the merged-away id: searching
    the old id or the surviving one finds it and the profile tagged with the survivor."""
    assert load_skills().canonical("less-css") == "less"
    for name, skill_id in (("Tagged Before", "less-css"), ("Tagged After", "less")):
        candidate = Candidate(display_name=name)
        candidate.skills.append(CandidateSkill(skill_id=skill_id, label=name))
        session.add(candidate)
    session.commit()
    ranked = rank_pool(session, SearchQuery(skills=[term]))
    assert {r.name for r in ranked if r.matched_skills} == {"Tagged Before", "Tagged After"}
