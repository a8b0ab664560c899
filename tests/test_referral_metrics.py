"""Referral metrics on a small pool whose counts are worked out by hand below."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session
from typer.testing import CliRunner

from models.db import transaction
from models.tables import (
    Candidate,
    CandidateSkill,
    Identity,
    IdentityKey,
    ReferralRequest,
    Search,
)
from sourcing.cli import app
from sourcing.referral_metrics import (
    Funnel,
    Person,
    build_report,
    freshness,
    report_markdown,
    same_person,
)
from sourcing.runtime import open_pool
from sourcing.settings import get_settings
from tests.referral_world import employee

# The requests: (employee, candidate, school, status, sent h ago, answer, answered after h,
# introduced). "proposed" and "rejected" did not pass approval.
REQUESTS = [
    ("ana", "c1", "insa-lyon", "sent", 50, "known", 2, True),
    ("ana", "c2", "insa-lyon", "sent", 40, "unknown", 4, False),
    ("bob", "c1", "insa-lyon", "sent", 30, None, None, False),
    ("bob", "chloe", "essec", "proposed", None, None, None, False),
    ("chloe", "c2", "essec", "sent", 20, "known", 10, False),
    ("chloe", "dan", "essec", "rejected", None, None, None, False),
    ("dan", "c1", "insa-lyon", "queued", None, None, None, False),
]


def build_pool(session: Session, now: datetime) -> None:
    employees = {
        "ana": employee("ana", "Ana Lopez", "fr"),
        "bob": employee("bob", "Bob Smith", "en"),
        "chloe": employee("chloe", "Chloe Martin", "fr", school="essec"),
        "dan": employee("dan", "Dan Brown", "en"),
    }
    employees["chloe"].education[0].school_name = "ESSEC"
    candidates = {
        "c1": Candidate(display_name="Hélène Dupré"),
        "c2": Candidate(display_name="Marc Roy"),
        # Chloé was a candidate (same name, accents aside) before she was hired.
        "chloe": Candidate(display_name="Chloé Martin"),
        # Dan too: another name on his profile, but his e-mail.
        "dan": Candidate(display_name="D. Brown"),
    }
    search = Search(name="s", query={})
    session.add_all([search, *employees.values(), *candidates.values()])
    session.flush()
    identities = [
        ("c1", "github", 2),
        ("c1", "gitlab", 40),
        ("c2", "github", 100),
        ("chloe", "mastodon", 400),
    ]
    for index, (who, source, days) in enumerate(identities):
        session.add(
            Identity(
                candidate_id=candidates[who].id,
                source=source,
                external_id=str(index),
                content_hash="h",
                fetched_at=now - timedelta(days=days),
            )
        )
    dan_identity = Identity(
        candidate_id=candidates["dan"].id, source="github", external_id="dan", content_hash="h"
    )
    dan_identity.fetched_at = now - timedelta(days=10)
    dan_identity.keys = [IdentityKey(kind="email", value="dan@corp.example")]
    session.add(dan_identity)
    for who in ("c1", "c2", "chloe"):
        session.add(CandidateSkill(candidate_id=candidates[who].id, skill_id="py", label="Python"))
    session.add(CandidateSkill(candidate_id=candidates["c1"].id, skill_id="go", label="Go"))
    for index, (who, whom, school, status, sent, answer, after, introduced) in enumerate(REQUESTS):
        sent_at = None if sent is None else now - timedelta(hours=sent)
        answered_at = None if after is None or sent_at is None else sent_at + timedelta(hours=after)
        session.add(
            ReferralRequest(
                employee_id=employees[who].id,
                candidate_id=candidates[whom].id,
                search_id=search.id,
                school_id=school,
                reason="",
                status=status,
                token=f"t{index}",
                sent_at=sent_at,
                answer=answer,
                answered_at=answered_at,
                introduced_at=answered_at if introduced else None,
            )
        )
    session.commit()


def _funnel(*counts: int, median: float | None) -> Funnel:
    names = ("proposed", "approved", "sent", "answered", "known", "introduced")
    return Funnel(**dict(zip(names, counts, strict=True)), median_hours_to_answer=median)


def test_funnel_per_school_and_employee_and_time_to_answer(session: Session) -> None:
    now = datetime.now(UTC)
    build_pool(session, now)
    report = build_report(session, now)
    # 7 proposed; 5 approved (not the proposed nor the rejected one); 4 sent; 3 answered
    # after 2, 4 and 10 hours (median 4); 2 known; 1 introduced.
    assert report.overall == _funnel(7, 5, 4, 3, 2, 1, median=4.0)
    schools = {g.label: g.funnel for g in report.by_school}
    assert schools == {
        "INSA Lyon": _funnel(4, 4, 3, 2, 1, 1, median=3.0),  # requests 1, 2, 3, 7
        "ESSEC": _funnel(3, 1, 1, 1, 1, 0, median=10.0),  # requests 4, 5, 6
    }
    people = {g.label: g.funnel for g in report.by_employee}
    assert people == {
        "Ana Lopez": _funnel(2, 2, 2, 2, 1, 1, median=3.0),
        "Bob Smith": _funnel(2, 1, 1, 0, 0, 0, median=None),
        "Chloe Martin": _funnel(2, 1, 1, 1, 1, 0, median=10.0),
        "Dan Brown": _funnel(1, 1, 0, 0, 0, 0, median=None),
    }


def test_reciprocity_finds_employees_who_were_referred(session: Session) -> None:
    now = datetime.now(UTC)
    build_pool(session, now)
    r = build_report(session, now).reciprocity
    assert r.referred_employee_names == ["Chloe Martin", "Dan Brown"]
    # Chloé was sent request 5 and knew the candidate; Dan was sent nothing yet.
    assert (r.referred.employees, r.referred.requests_sent, r.referred.known) == (2, 1, 1)
    assert r.referred.known_per_employee == 0.5
    # Ana and Bob: requests 1, 2, 3 sent; 1 and 2 answered; 1 known and introduced.
    assert (r.others.employees, r.others.requests_sent, r.others.answered) == (2, 3, 2)
    assert (r.others.known, r.others.introduced) == (1, 1)


def test_pool_charts_count_people_per_network_skills_and_freshness(session: Session) -> None:
    now = datetime.now(UTC)
    build_pool(session, now)
    stats = build_report(session, now).pool
    assert stats.candidates == 4
    # Hélène on GitHub and GitLab, Marc and Dan on GitHub, Chloé on Mastodon.
    assert stats.people_per_network == [("github", 3), ("gitlab", 1), ("mastodon", 1)]
    assert stats.top_skills == [("Python", 3), ("Go", 1)]
    # Newest fetch per person: Hélène 2 days, Dan 10 days, Marc 100 days, Chloé 400 days.
    assert dict(stats.freshness) == {
        "< 7 days": 1,
        "7–30 days": 1,
        "1–3 months": 0,
        "3–12 months": 1,
        "> 1 year": 1,
    }


def test_freshness_buckets_include_their_lower_bound() -> None:
    ages = [timedelta(0), timedelta(days=7), timedelta(days=30), timedelta(days=365)]
    assert freshness(ages) == [
        ("< 7 days", 1),
        ("7–30 days", 1),
        ("1–3 months", 1),
        ("3–12 months", 0),
        ("> 1 year", 1),
    ]


def test_a_lone_first_name_does_not_make_two_people_the_same() -> None:
    assert same_person(Person(1, "Chloe Martin"), Person(2, "CHLOÉ  martin"))
    assert not same_person(Person(1, "Chloe"), Person(2, "Chloé"))
    assert same_person(Person(1, "X", frozenset({"a@b.c"})), Person(2, "Y", frozenset({"a@b.c"})))


def test_report_command_prints_the_same_figures_as_json_and_tables(home: Path) -> None:
    with transaction(open_pool(get_settings())) as session:
        build_pool(session, datetime.now(UTC))
    runner = CliRunner()
    result = runner.invoke(app, ["referrals", "report", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["proposed"] == 7 and data["overall"]["known"] == 2
    assert data["overall"]["median_hours_to_answer"] == 4.0
    assert data["reciprocity"]["referred"]["known_per_employee"] == 0.5
    table = runner.invoke(app, ["referrals", "report"])
    assert table.exit_code == 0, table.output
    assert "Per school" in table.output and "INSA Lyon" in table.output
    with transaction(open_pool(get_settings())) as session:
        markdown = report_markdown(build_report(session))
    assert "| all | 7 | 5 | 4 | 3 | 2 | 1 | 4 |" in markdown
    assert "| referred themselves | 2 | 1 | 1 | 1 | 0 |" in markdown


def test_referrals_without_search_or_command_says_what_to_give(home: Path) -> None:
    result = CliRunner().invoke(app, ["referrals"])
    assert result.exit_code == 2
    assert "give --search" in result.output
