"""Saved-search alerts: the owner hears once about who is new since the last alert, by
real SMTP (aiosmtpd) or a Slack webhook on 127.0.0.1; never twice, never an erased
person, never a candidate who merged into one already announced."""

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.schemas import SearchQuery
from models.tables import (
    AuditEvent,
    Candidate,
    CandidateSkill,
    Employee,
    Identity,
    Search,
    SearchDigest,
    SearchSeen,
)
from sourcing import ranking
from sourcing.channels import Delivery
from sourcing.privacy import Selector, access_report, erase_candidate
from sourcing.search_alerts import announce_new_matches
from sourcing.settings import Settings
from tests.conftest import SmtpSink
from tests.test_referral_channels import Hook, Reply, hook  # noqa: F401  (the fixture)

OWNER = "ana.lopez@corp.example"


def add_person(
    session: Session,
    name: str,
    handle: str,
    skills: tuple[str, ...] = ("python",),
    city: str | None = "Lyon",
    headline: str = "Développeuse Python",
) -> Candidate:
    candidate = Candidate(display_name=name, headline=headline, city=city, country="FR")
    session.add(candidate)
    session.flush()
    session.add(
        Identity(
            candidate_id=candidate.id,
            source="github",
            external_id=handle,
            handle=handle,
            url=f"https://github.com/{handle}",
            payload={"login": handle, "name": name},
            content_hash=handle,
        )
    )
    session.add_all(
        CandidateSkill(candidate_id=candidate.id, skill_id=s, label=s.title()) for s in skills
    )
    session.flush()
    return candidate


def save(session: Session, **owner: Any) -> Search:
    query = SearchQuery(name="Python Lyon", skills=["Python"], location="Lyon", **owner)
    search = ranking.save_search(session, query)
    session.commit()
    return search


def rerun(session: Session, search: Search) -> None:
    """What the nightly flow does before the alert: rank the pool again for the search."""
    query = SearchQuery.model_validate(search.query)
    ranking.store_results(session, search, ranking.rank_pool(session, query))
    session.commit()


def smtp_settings(smtp_server: tuple[str, int, SmtpSink], tmp_path: Path) -> Settings:
    host, port, _ = smtp_server
    return Settings(home=tmp_path / "home", smtp_host=host, smtp_port=port, company_name="Acme SAS")


def body(message: Any) -> str:
    return str(message.get_body(preferencelist=("plain",)).get_content())


def test_first_run_announces_a_rerun_without_change_sends_nothing_then_only_the_newcomer(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    _, _, sink = smtp_server
    settings = smtp_settings(smtp_server, tmp_path)
    add_person(session, "Hélène Dupré", "hdupre")
    add_person(
        session, "Marc Petit", "mpetit", ("python", "django"), headline="<script>x()</script>"
    )
    add_person(session, "Zoé Rust", "zrust", skills=("rust",))  # does not match
    search = save(session, owner_email=OWNER)
    rerun(session, search)

    first = announce_new_matches(session, search.id, settings)
    assert (first.status, first.new) == ("sent", 2)
    assert len(sink.messages) == 1
    message = sink.messages[0]
    assert message["To"] == OWNER
    assert message["Subject"] == "Vivier : 2 nouveaux profils pour « Python Lyon »"
    text = body(message)
    assert "Hélène Dupré — Développeuse Python" in text
    assert "Lieu : Lyon, FR" in text
    assert "Compétences : Python" in text
    assert "https://github.com/mpetit" in text
    assert "Zoé Rust" not in text
    html = str(message.get_body(preferencelist=("html",)).get_content())
    assert '<a href="https://github.com/hdupre">Hélène Dupré</a>' in html
    assert "<script>" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "search-alert")).one()
    assert audit.subject == f"search:{search.id}"
    assert audit.details["candidates"] == 2 and audit.details["to"] == OWNER

    rerun(session, search)
    second = announce_new_matches(session, search.id, settings)
    assert (second.status, second.new) == ("nothing-new", 0)
    assert len(sink.messages) == 1

    add_person(session, "Inès Martin", "imartin")
    rerun(session, search)
    third = announce_new_matches(session, search.id, settings)
    assert (third.status, third.new) == ("sent", 1)
    assert len(sink.messages) == 2
    latest = body(sink.messages[1])
    assert sink.messages[1]["Subject"] == "Vivier : 1 nouveau profil pour « Python Lyon »"
    assert "Inès Martin" in latest
    assert "Hélène Dupré" not in latest and "Marc Petit" not in latest
    statuses = session.scalars(select(SearchDigest.status).order_by(SearchDigest.id)).all()
    assert statuses == ["sent", "sent"]


class Killed(BaseException):
    """The process dies (SIGKILL) while the message is on its way."""


class DiesWhileSending:
    name = "email"

    def send(self, delivery: Delivery) -> str:
        raise Killed


def test_a_run_killed_between_intent_and_send_is_marked_unconfirmed_never_resent(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    _, _, sink = smtp_server
    settings = smtp_settings(smtp_server, tmp_path)
    add_person(session, "Hélène Dupré", "hdupre")
    search = save(session, owner_email=OWNER)
    rerun(session, search)
    with pytest.raises(Killed):
        announce_new_matches(session, search.id, settings, channel=DiesWhileSending())
    session.rollback()  # the dead process's session is gone; the intent was committed
    assert session.scalars(select(SearchDigest.status)).all() == ["sending"]

    rerun(session, search)
    after = announce_new_matches(session, search.id, settings)
    assert after.unconfirmed == 1 and after.status == "nothing-new"
    assert "interrupted while sending: marked unconfirmed, not resent" in after.notes[0]
    assert sink.messages == []
    assert session.scalars(select(SearchDigest.status)).all() == ["unconfirmed"]

    add_person(session, "Inès Martin", "imartin")
    rerun(session, search)
    later = announce_new_matches(session, search.id, settings)
    assert (later.status, later.new, later.unconfirmed) == ("sent", 1, 0)
    assert "Inès Martin" in body(sink.messages[0])
    assert "Hélène Dupré" not in body(sink.messages[0])


def test_an_erased_person_is_never_announced_and_leaves_no_trace_in_the_alerts(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    _, _, sink = smtp_server
    settings = smtp_settings(smtp_server, tmp_path)
    kept = add_person(session, "Hélène Dupré", "hdupre")
    erased = add_person(session, "Marc Petit", "mpetit")
    search = save(session, owner_email=OWNER)
    rerun(session, search)
    erase_candidate(session, erased.id, actor="dpo")
    session.commit()

    outcome = announce_new_matches(session, search.id, settings)
    assert outcome.new == 1
    assert "Marc Petit" not in body(sink.messages[0])
    report = access_report(session, Selector(url="https://github.com/hdupre"))
    assert [(a["search"], a["identity"]) for a in report["search_alerts"]] == [
        ("Python Lyon", kept.identities[0].id)
    ]

    erase_candidate(session, kept.id, actor="dpo")  # announced, then erased
    session.commit()
    assert session.scalar(select(func.count(SearchSeen.id))) == 0
    rerun(session, search)
    assert announce_new_matches(session, search.id, settings).status == "nothing-new"


def test_erasure_removes_the_outbox_digests_that_named_the_person(
    session: Session, tmp_path: Path
) -> None:
    settings = Settings(home=tmp_path / "home")  # no SMTP host: .eml files in the outbox
    kept = add_person(session, "Hélène Dupré", "hdupre")
    search = save(session, owner_email=OWNER, alert_language="en")
    rerun(session, search)
    assert announce_new_matches(session, search.id, settings).status == "sent"
    erased = add_person(session, "Marc Petit", "mpetit")
    rerun(session, search)
    assert announce_new_matches(session, search.id, settings).status == "sent"
    outbox = settings.resolved_outbox_dir
    digests = {
        p: body(message_from_bytes(p.read_bytes(), policy=policy.default))
        for p in outbox.glob("search-digest-*.eml")
    }
    assert len(digests) == 2
    first = next(p for p, text in digests.items() if "Marc Petit" not in text)

    report = erase_candidate(session, erased.id, actor="dpo", outbox=outbox)
    session.commit()
    assert report.outbox_files == 1
    assert sorted(outbox.glob("search-digest-*.eml")) == [first]
    assert kept.id == session.scalars(select(Candidate.id)).one()


def test_a_candidate_merged_with_one_already_announced_is_not_new(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    from sourcing.dedupe.resolve import _merge_candidates

    _, _, sink = smtp_server
    settings = smtp_settings(smtp_server, tmp_path)
    announced = add_person(session, "Hélène Dupré", "hdupre")
    search = save(session, owner_email=OWNER)
    rerun(session, search)
    assert announce_new_matches(session, search.id, settings).new == 1

    # Her GitLab account arrives as a new candidate, then dedupe merges the two, either
    # way round: the survivor is the person already announced.
    for survivor_is_new in (False, True):
        newcomer = add_person(session, "Helene Dupre", f"hd-{survivor_is_new}")
        survivor, loser = (
            (newcomer.id, announced.id) if survivor_is_new else (announced.id, newcomer.id)
        )
        _merge_candidates(session, survivor, loser)
        session.commit()
        announced = session.get(Candidate, survivor)  # type: ignore[assignment]
        rerun(session, search)
        assert announce_new_matches(session, search.id, settings).status == "nothing-new"
    assert len(sink.messages) == 1


def test_the_owner_must_be_an_active_employee_once_the_directory_is_imported(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    _, _, sink = smtp_server
    settings = smtp_settings(smtp_server, tmp_path)
    add_person(session, "Hélène Dupré", "hdupre")
    employee = Employee(
        employee_ref="e1", email="Ana.Lopez@corp.example", full_name="Ana Lopez", active=False
    )
    session.add(employee)
    search = save(session, owner_email=OWNER)
    rerun(session, search)

    left = announce_new_matches(session, search.id, settings)
    assert left.status == "skipped" and sink.messages == []
    assert f"owner {OWNER} has left; no alert sent" in left.notes[0]

    employee.active, employee.language = True, "en"
    session.commit()
    back = announce_new_matches(session, search.id, settings)
    assert back.status == "sent"
    assert sink.messages[0]["Subject"] == "Vivier: 1 new match for “Python Lyon”"
    assert body(sink.messages[0]).startswith("Hello Ana,")


def test_slack_digest_mentions_the_owner_and_a_failed_post_is_announced_next_run(
    session: Session,
    hook: Hook,  # noqa: F811
    tmp_path: Path,
) -> None:
    settings = Settings(
        home=tmp_path / "home",
        slack_webhook_url=hook.url,
        webhooks_allow_loopback=True,
        webhook_timeout_seconds=2.0,
    )
    add_person(session, "Hélène <!channel> Dupré", "hdupre", headline="Dév <b>Python</b>")
    session.add(
        Employee(
            employee_ref="e1", email=OWNER, full_name="Ana Lopez", language="fr", slack_id="U0ANA"
        )
    )
    search = save(session, owner_email=OWNER, notify="slack")
    rerun(session, search)
    hook.replies = [Reply(status=500, body="boom"), Reply()]

    failed = announce_new_matches(session, search.id, settings)
    assert failed.status == "failed" and "HTTP 500" in failed.notes[0]
    assert session.scalar(select(func.count(SearchSeen.id))) == 0  # released

    sent = announce_new_matches(session, search.id, settings)
    assert (sent.status, sent.new) == ("sent", 1)
    payload = hook.received[-1]
    assert payload["text"].startswith("<@U0ANA> 1 nouveau profil pour « Python Lyon »")
    item = payload["blocks"][1]["text"]["text"]
    assert "<https://github.com/hdupre|Hélène &lt;!channel&gt; Dupré>" in item
    assert "Dév &lt;b&gt;Python&lt;/b&gt;" in item
    assert "Lyon, FR · Compétences : Python" in item
    assert "<!channel>" not in str(payload)
    assert len(hook.received) == 2
    assert announce_new_matches(session, search.id, settings).status == "nothing-new"
    assert len(hook.received) == 2


def test_teams_digest_is_an_adaptive_card_mentioning_the_owner(
    session: Session,
    hook: Hook,  # noqa: F811
    tmp_path: Path,
) -> None:
    settings = Settings(
        home=tmp_path / "home", teams_webhook_url=hook.url, webhooks_allow_loopback=True
    )
    add_person(session, "Hélène Dupré", "hdupre", headline="Dév [win](https://evil.example)")
    search = save(session, owner_email=OWNER, notify="teams", alert_language="en")
    rerun(session, search)
    assert announce_new_matches(session, search.id, settings).status == "sent"
    card = hook.received[0]["attachments"][0]["content"]
    assert card["body"][0]["text"] == f"<at>{OWNER}</at> 1 new match for “Python Lyon”"
    assert card["msteams"]["entities"][0]["mentioned"]["id"] == OWNER
    item = card["body"][1]["items"]
    assert item[0]["text"] == "[Hélène Dupré](https://github.com/hdupre)"
    assert item[1]["text"] == "Dév (win)(https://evil.example) · Lyon, FR · Python"


def test_a_rerun_keeps_the_owner_it_does_not_name_and_notify_none_turns_alerts_off(
    session: Session, smtp_server: tuple[str, int, SmtpSink], tmp_path: Path
) -> None:
    _, _, sink = smtp_server
    add_person(session, "Hélène Dupré", "hdupre", headline="Dév [win](https://evil.example)")
    search = save(session, owner_email=OWNER, notify="teams", alert_language="en")
    search = save(session)  # re-run from the CLI or the form, no owner given
    assert (search.owner_email, search.notify, search.alert_language) == (OWNER, "teams", "en")
    assert search.query["owner_email"] == OWNER
    search = save(session, notify="none")
    assert (search.owner_email, search.notify) == (OWNER, "none")
    rerun(session, search)
    outcome = announce_new_matches(session, search.id, smtp_settings(smtp_server, tmp_path))
    assert outcome.status == "skipped" and sink.messages == []


def test_an_owner_address_is_checked_before_any_search_runs() -> None:
    from typer.testing import CliRunner

    from sourcing.cli import app

    result = CliRunner().invoke(app, ["search", "--skill", "Python", "--owner-email", "ana"])
    assert result.exit_code == 2
    assert "owner_email: owner_email 'ana' is not an e-mail address" in result.output
    bad = CliRunner().invoke(app, ["search", "--skill", "Python", "--notify", "pigeon"])
    assert bad.exit_code == 2 and "notify:" in bad.output


@pytest.mark.usefixtures("prefect_backend")
def test_the_nightly_refresh_alerts_the_owner_and_counts_the_digest_in_its_summary(
    home: Path, smtp_server: tuple[str, int, SmtpSink], monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.states import State

    from flows.refresh import refresh_talent_pool
    from models.db import transaction
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings
    from tests.prefect_artifacts import run_artifacts

    host, port, sink = smtp_server
    monkeypatch.setenv("VIVIER_SMTP_HOST", host)
    monkeypatch.setenv("VIVIER_SMTP_PORT", str(port))
    get_settings.cache_clear()
    with transaction(open_pool()) as session:
        ranking.save_search(
            session, SearchQuery(name="Rust people", skills=["Rust"], owner_email=OWNER)
        )
    state: State = refresh_talent_pool(  # type: ignore[call-overload]
        older_than_hours=24, return_state=True
    )
    assert state.result() == 1
    assert len(sink.messages) == 1
    assert sink.messages[0]["Subject"].endswith("pour « Rust people »")
    with transaction(open_pool(migrate=False)) as session:
        digest = session.scalars(select(SearchDigest)).one()
        assert digest.status == "sent" and digest.candidates > 0
    summary = run_artifacts(state.state_details.flow_run_id)["refresh-summary"].data
    assert f"* digests sent: **1** ({digest.candidates} new candidates)" in summary


def test_the_search_form_offers_the_owner_and_the_alert_channel() -> None:
    from prefect.utilities.callables import parameter_schema

    from flows.search import search_candidates

    schema = parameter_schema(search_candidates).model_dump()
    query = schema["definitions"]["SearchQuery"]["properties"]
    assert query["owner_email"]["title"] == "Owner's e-mail"
    choices = next(a["enum"] for a in query["notify"]["anyOf"] if "enum" in a)
    assert choices == ["email", "slack", "teams", "none"]
    assert next(a["enum"] for a in query["alert_language"]["anyOf"] if "enum" in a) == ["fr", "en"]
