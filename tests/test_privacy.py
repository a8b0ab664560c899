"""A person's rights: everything held about them (Art. 15), erasure that sticks
(Art. 17), through the library, the CLI and the ``erase-person`` flow."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from models.db import session_factory
from models.schemas import RawProfile
from models.tables import (
    AuditEvent,
    Candidate,
    CandidateSkill,
    Education,
    Employee,
    Identity,
    IdentityKey,
    MatchLink,
    ReferralDelivery,
    ReferralRequest,
    Search,
    Suppression,
)
from sourcing import pool
from sourcing.cli import app
from sourcing.parsing.pipeline import ProfileParser
from sourcing.privacy import PersonNotFound, Selector, access_report, erase
from sourcing.runtime import open_pool
from tests.test_pool import github, stackexchange

EMAIL = "marie.lefevre@example.org"


def marie_on_github(uid: int = 1, login: str = "mlefevre") -> RawProfile:
    raw = github(
        login, uid, "Marie Lefèvre", "Python, Django. INSA Lyon 2012-2015. Basée à Lyon", "Lyon"
    )
    raw.payload["email"] = EMAIL
    return raw


def people() -> list[RawProfile]:
    return [
        marie_on_github(),
        stackexchange(7, "Marie Lefevre", "<p>Python, Django, PostgreSQL</p>", "Lyon"),
        github("jdupont", 2, "Jean Dupont", "Go, Kubernetes", "Paris"),
    ]


def count(session: Session, table: type) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0


@pytest.fixture
def pooled(session: Session, parser: ProfileParser) -> Session:
    pool.ingest(session, people(), parser)
    assert count(session, Candidate) == 2
    return session


def test_a_selector_needs_exactly_one_identifier() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Selector()
    with pytest.raises(ValueError, match="exactly one"):
        Selector(email=EMAIL, handle="mlefevre")
    with pytest.raises(ValueError, match="not an e-mail"):
        Selector(email="mlefevre")


@pytest.mark.parametrize(
    "selector",
    [
        Selector(email="Marie.Lefevre@Example.org"),
        Selector(url="https://github.com/mlefevre/"),
        Selector(handle="@MLefevre"),
    ],
)
def test_the_access_report_holds_every_network_of_the_person(
    pooled: Session, selector: Selector
) -> None:
    report = access_report(pooled, selector)
    assert {(i["source"], i["external_id"]) for i in report["identities"]} == {
        ("github", "1"),
        ("stackexchange", "7"),
    }
    assert all(i["fetched_at"] and i["payload"] for i in report["identities"])
    (candidate,) = report["candidates"]
    assert {"python", "django"} <= {s["id"] for s in candidate["skills"]}
    assert [e["school_id"] for e in candidate["education"]] == ["insa-lyon"]
    assert candidate["contact_addresses"] == []  # only GitHub gave it: never for outreach
    json.dumps(report)  # JSON-ready as it is


def test_nobody_found_is_a_clear_error(pooled: Session) -> None:
    with pytest.raises(PersonNotFound, match="nobody in the pool has the e-mail"):
        access_report(pooled, Selector(email="nobody@example.org"))


def test_erasure_removes_the_person_and_only_them(pooled: Session, tmp_path: Path) -> None:
    marie = pooled.scalar(select(Identity).where(Identity.external_id == "1"))
    assert marie is not None and marie.candidate_id is not None
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    (outbox / "referral-999-abc.eml").write_text("someone else's message")

    report = erase(pooled, Selector(handle="mlefevre"), actor="dpo", outbox=outbox)
    pooled.commit()

    assert (report.candidates, report.identities) == (1, 2)
    assert pooled.get(Candidate, marie.candidate_id) is None
    remaining = pooled.scalars(select(Identity)).all()
    assert [(i.source, i.external_id) for i in remaining] == [("github", "2")]
    assert count(pooled, Candidate) == 1
    assert (
        pooled.scalar(
            select(func.count())
            .select_from(CandidateSkill)
            .where(CandidateSkill.candidate_id == marie.candidate_id)
        )
        == 0
    )
    assert count(pooled, Education) == 0
    assert count(pooled, MatchLink) == 0
    assert set(pooled.scalars(select(IdentityKey.identity_id))) == {remaining[0].id}
    assert (outbox / "referral-999-abc.eml").exists()
    audit = pooled.scalar(select(AuditEvent).where(AuditEvent.action == "erase"))
    assert audit is not None and audit.actor == "dpo"
    logged = json.dumps([audit.subject, audit.details]).lower()
    assert "marie" not in logged and "lefevre" not in logged and "example.org" not in logged


def test_an_erased_person_is_never_imported_again(pooled: Session, parser: ProfileParser) -> None:
    erase(pooled, Selector(email=EMAIL), actor="dpo")
    pooled.commit()
    again = pool.ingest(
        pooled,
        [
            marie_on_github(),  # the same account
            stackexchange(7, "Marie Lefevre", "<p>Python</p>", "Lyon"),
            marie_on_github(uid=99, login="marie-l"),  # a new account, same e-mail
        ],
        parser,
    )
    assert again.suppressed == 3
    assert count(pooled, Identity) == 1


def test_an_objection_before_sourcing_keeps_the_person_out(
    session: Session, parser: ProfileParser
) -> None:
    report = erase(session, Selector(email=EMAIL), actor="dpo")
    session.commit()
    assert report.identities == 0 and report.suppressed_identifiers == 1
    assert pool.ingest(session, [marie_on_github()], parser).suppressed == 1
    assert count(session, Suppression) == 1


def test_the_cli_erases_and_then_finds_nobody(home: Path, parser: ProfileParser) -> None:
    with session_factory(open_pool())() as session:
        pool.ingest(session, people(), parser)
    runner = CliRunner()
    shown = runner.invoke(app, ["access", "--email", EMAIL])
    assert shown.exit_code == 0, shown.output
    assert len(json.loads(shown.stdout)["identities"]) == 2

    erased = runner.invoke(app, ["erase", "--url", "https://github.com/mlefevre", "--by", "dpo"])
    assert erased.exit_code == 0, erased.output
    assert "erased 1 candidate(s), 2 identities (github, stackexchange)" in erased.output

    gone = runner.invoke(app, ["access", "--email", EMAIL])
    assert gone.exit_code == 1 and "nobody in the pool" in gone.output
    both = runner.invoke(app, ["erase", "--email", EMAIL, "--handle", "x"])
    assert both.exit_code == 2 and "exactly one" in both.output


@pytest.mark.usefixtures("prefect_backend")
def test_the_erase_person_and_access_report_flows(home: Path, parser: ProfileParser) -> None:
    from flows.privacy import access_report as access_flow
    from flows.privacy import erase_person

    with session_factory(open_pool())() as session:
        pool.ingest(session, people(), parser)
    path = Path(access_flow(handle="mlefevre", requested_by="dpo"))
    assert path.parent == home / "exports"
    assert len(json.loads(path.read_text("utf-8"))["identities"]) == 2

    result = erase_person(email=EMAIL, requested_by="dpo")
    assert (result["candidates"], result["identities"]) == (1, 2)
    with session_factory(open_pool())() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
        assert actions[-2:] == ["access-report", "erase"]
        assert count(session, Identity) == 1


def test_erasure_removes_the_referral_requests_and_their_messages(
    pooled: Session, tmp_path: Path
) -> None:
    marie = pooled.scalar(select(Identity).where(Identity.external_id == "1"))
    assert marie is not None and marie.candidate_id is not None
    employee = Employee(employee_ref="e1", email="ana@corp.example", full_name="Ana Lopez")
    search = Search(name="python-lyon", query={})
    pooled.add_all([employee, search])
    pooled.flush()
    request = ReferralRequest(
        employee_id=employee.id,
        candidate_id=marie.candidate_id,
        search_id=search.id,
        school_id="insa-lyon",
        reason="Vous avez tous deux étudié à INSA Lyon",
        status="sent",
        token="t" * 32,
    )
    pooled.add(request)
    pooled.flush()
    pooled.add(ReferralDelivery(request_id=request.id, channel="email", status="sent"))
    pooled.commit()
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    message = outbox / f"referral-{request.id}-tttttttt.eml"
    message.write_text("Connaissez-vous Marie Lefèvre ?")

    report = erase(pooled, Selector(email=EMAIL), actor="dpo", outbox=outbox)
    pooled.commit()

    assert (report.referral_requests, report.outbox_files) == (1, 1)
    assert not message.exists()
    assert count(pooled, ReferralRequest) == 0 and count(pooled, ReferralDelivery) == 0
    assert pooled.get(Employee, employee.id) is not None


def test_an_objection_erases_the_candidate_and_suppresses_them(
    pooled: Session, parser: ProfileParser
) -> None:
    from sourcing.privacy import erase_candidate

    marie = pooled.scalar(select(Identity).where(Identity.external_id == "1"))
    assert marie is not None and marie.candidate_id is not None
    report = erase_candidate(pooled, marie.candidate_id, actor="candidate")
    pooled.commit()
    assert (report.candidates, report.identities) == (1, 2)
    assert pool.ingest(pooled, [marie_on_github()], parser).suppressed == 1
    audit = pooled.scalar(select(AuditEvent).where(AuditEvent.action == "objection"))
    assert audit is not None and audit.actor == "candidate"
    with pytest.raises(PersonNotFound):
        erase_candidate(pooled, marie.candidate_id, actor="candidate")


def test_a_secret_salt_is_used_for_new_entries_and_old_entries_still_count(
    session: Session, parser: ProfileParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcing.settings import get_settings
    from sourcing.suppression import DEFAULT_SALT, identifier_hash

    erase(session, Selector(email="old@example.org"), actor="dpo")  # before the secret
    session.commit()
    monkeypatch.setenv("VIVIER_SUPPRESSION_SALT", "a-long-secret-salt-for-this-pool")
    get_settings.cache_clear()
    try:
        erase(session, Selector(email=EMAIL), actor="dpo")
        session.commit()
        stored = set(session.scalars(select(Suppression.identifier_hash)))
        assert identifier_hash("email", EMAIL, DEFAULT_SALT) not in stored
        assert identifier_hash("email", EMAIL, "a-long-secret-salt-for-this-pool") in stored
        old = marie_on_github(uid=5, login="old-account")
        old.payload["email"] = "old@example.org"
        report = pool.ingest(session, [marie_on_github(), old], parser)
        assert report.suppressed == 2
    finally:
        get_settings.cache_clear()
