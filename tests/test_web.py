"""The web app over real HTTP (uvicorn on 127.0.0.1, httpx): employees' answers, refused
links, single use, CSRF, a candidate's opt-out, and the report page."""

import logging
import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import session_factory
from models.schemas import RawProfile
from models.tables import (
    AuditEvent,
    Candidate,
    CandidateSkill,
    Employee,
    Identity,
    ReferralRequest,
    Search,
    UsedToken,
)
from sourcing import pool, referrals
from sourcing.links import answer_url, candidate_optout_url
from sourcing.mail import email_message
from sourcing.tokens import PURPOSE_REFERRAL_ANSWER, TokenSigner, signer_for
from tests.conftest import WebServer
from tests.referral_world import World, build_world


@pytest.fixture
def world(web_server: WebServer) -> World:
    with session_factory(web_server.engine)() as session:
        return build_world(session)


def _session(web_server: WebServer) -> Session:
    return session_factory(web_server.engine)()


def _request(web_server: WebServer, request_id: int) -> ReferralRequest:
    with _session(web_server) as session:
        request = session.get(ReferralRequest, request_id)
        assert request is not None
        return request


def _link(web_server: WebServer, request_id: int) -> str:
    with _session(web_server) as session:
        request = session.get(ReferralRequest, request_id)
        assert request is not None
        return answer_url(request, web_server.settings)


def _post(url: str, token: str, **fields: str) -> httpx.Response:
    return httpx.post(url, data={"token": token, **fields})


def _token(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def test_french_employee_sees_the_request_in_french_with_escaped_profile(
    web_server: WebServer, world: World
) -> None:
    link = _link(web_server, world.french_request_id)
    assert link.startswith(f"{web_server.url}/r/")
    page = httpx.get(link)
    assert page.status_code == 200
    html = page.text
    assert '<html lang="fr">' in html
    assert "Connaissez-vous Hélène Dupré ?" in html
    for label in ("Je connais cette personne", "Je ne la connais pas", "Ne plus me solliciter"):
        assert label in html
    assert "Vous avez tous deux étudié à INSA Lyon" in html
    # The hostile headline is shown as text, never as markup; the javascript: URL is dropped.
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "javascript:" not in html
    assert 'href="https://gitlab.com/hdupre"' in html
    # Reading the link changes nothing (mail scanners open links).
    assert _request(web_server, world.french_request_id).answer is None


def test_english_employee_sees_english_labels(web_server: WebServer, world: World) -> None:
    html = httpx.get(_link(web_server, world.english_request_id)).text
    assert "Do you know Hélène Dupré?" in html
    for label in ("I know them", "I don&#39;t", "Stop asking me"):
        assert label in html


def test_i_know_them_is_recorded_once_and_a_later_answer_changes_nothing(
    web_server: WebServer, world: World
) -> None:
    link = _link(web_server, world.french_request_id)
    answered = _post(link, _token(link), answer="known")
    assert answered.status_code == 200
    assert "Merci ! L&#39;équipe recrutement vous recontacte" in answered.text
    first = _request(web_server, world.french_request_id)
    assert first.answer == "known" and first.answered_at is not None

    # The same link again, and a second link issued for the same request: refused
    # politely with the first answer shown, nothing recorded.
    again = _post(link, _token(link), answer="unknown")
    other_link = _link(web_server, world.french_request_id)
    other = _post(other_link, _token(other_link), answer="stop")
    for response in (again, other):
        assert response.status_code == 409
        assert "Vous aviez déjà répondu" in response.text
        assert "« Je connais cette personne »" in response.text
    after = _request(web_server, world.french_request_id)
    assert (after.answer, after.answered_at) == ("known", first.answered_at)
    with _session(web_server) as session:
        assert not session.get(Employee, world.french_employee_id).opted_out  # type: ignore[union-attr]
        assert session.scalar(select(func.count(UsedToken.id))) == 1
    # Reading the link afterwards shows the recorded answer, no buttons.
    page = httpx.get(link).text
    assert "Vous aviez déjà répondu" in page and 'value="unknown"' not in page


def test_i_dont_know_them_is_recorded(web_server: WebServer, world: World) -> None:
    link = _link(web_server, world.english_request_id)
    response = _post(link, _token(link), answer="unknown")
    assert response.status_code == 200 and "Thank you for answering." in response.text
    assert _request(web_server, world.english_request_id).answer == "unknown"


def test_stop_asking_me_opts_the_employee_out_for_good(web_server: WebServer, world: World) -> None:
    link = _link(web_server, world.french_request_id)
    response = _post(link, _token(link), answer="stop")
    assert response.status_code == 200
    assert "vous ne recevrez plus de demandes" in response.text
    with _session(web_server) as session:
        ana = session.get(Employee, world.french_employee_id)
        assert ana is not None and ana.opted_out
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "employee-opt-out"))
        assert event.one().subject == f"employee:{world.french_employee_id}"
        search = session.get(Search, world.search_id)
        assert search is not None
        asked = {p.employee_id for p in referrals.propose(session, search, 5, 5)}
        assert asked == {world.english_employee_id}


def test_introduction_is_recorded_after_i_know_them(web_server: WebServer, world: World) -> None:
    link = _link(web_server, world.english_request_id)
    token = _token(link)
    before = httpx.post(f"{link}/introduced", data={"token": token})
    assert before.status_code == 200
    assert _request(web_server, world.english_request_id).introduced_at is None
    assert "I&#39;ve introduced them" in _post(link, token, answer="known").text
    done = httpx.post(f"{link}/introduced", data={"token": token})
    assert done.status_code == 200 and "Introduction made on" in done.text
    assert _request(web_server, world.english_request_id).introduced_at is not None


def test_expired_link_is_refused_with_410(web_server: WebServer, world: World) -> None:
    signer = signer_for(web_server.settings)
    issued = datetime.now(UTC) - timedelta(days=31)
    token = signer.issue(
        PURPOSE_REFERRAL_ANSWER, str(world.french_request_id), timedelta(days=30), issued
    )
    link = f"{web_server.url}/r/{token}"
    page = httpx.get(link)
    assert page.status_code == 410
    assert "Ce lien a expiré" in page.text and "This link has expired" in page.text
    assert _post(link, token, answer="known").status_code == 410
    assert _request(web_server, world.french_request_id).answer is None


def test_tampered_foreign_and_misused_links_are_refused_with_403(
    web_server: WebServer, world: World
) -> None:
    token = _token(_link(web_server, world.french_request_id))
    payload, signature = token.split(".")
    flipped = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1]
    foreign = TokenSigner(b"another server's key, 32 bytes or more").issue(
        PURPOSE_REFERRAL_ANSWER, str(world.french_request_id), timedelta(days=1)
    )
    optout_token = _token(candidate_optout_url(world.candidate_id, web_server.settings))
    cases = {
        f"{flipped}.{signature}": "a été modifié",
        foreign: "a été modifié",
        optout_token: "sert à autre chose",
        token[:40]: "incomplet",
    }
    for bad, french in cases.items():
        page = httpx.get(f"{web_server.url}/r/{bad}")
        assert page.status_code == 403, bad
        assert french in page.text
        assert _post(f"{web_server.url}/r/{bad}", bad, answer="known").status_code == 403
    assert _request(web_server, world.french_request_id).answer is None


def test_forms_without_the_token_or_from_another_site_are_refused(
    web_server: WebServer, world: World
) -> None:
    link = _link(web_server, world.french_request_id)
    token = _token(link)
    no_token = httpx.post(link, data={"answer": "known"})
    cross_site = httpx.post(
        link, data={"token": token, "answer": "known"}, headers={"Origin": "https://evil.example"}
    )
    as_json = httpx.post(link, json={"token": token, "answer": "known"})
    assert (no_token.status_code, cross_site.status_code, as_json.status_code) == (403, 403, 415)
    assert "ne vient pas de ce site" in cross_site.text
    assert _request(web_server, world.french_request_id).answer is None
    same_site = httpx.post(
        link, data={"token": token, "answer": "known"}, headers={"Origin": web_server.url}
    )
    assert same_site.status_code == 200


def test_pages_carry_security_headers_and_the_log_never_shows_a_token(
    web_server: WebServer, world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vivier.web")
    link = _link(web_server, world.french_request_id)
    response = httpx.get(link)
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["cache-control"] == "no-store"
    deadline = time.monotonic() + 5  # the line is written just after the response
    while not (logged := [r.getMessage() for r in caplog.records if r.name == "vivier.web"]):
        assert time.monotonic() < deadline, "nothing logged"
        time.sleep(0.02)
    assert any("GET /r/<token> 200" in line for line in logged)
    assert not any(_token(link) in line for line in logged)


def test_candidate_optout_erases_the_candidate_and_stops_reimport(
    web_server: WebServer, world: World
) -> None:
    with _session(web_server) as session:
        other_search = Search(name="Other", query={})
        session.add(other_search)
        session.flush()
        queued = ReferralRequest(
            employee_id=world.english_employee_id,
            candidate_id=world.candidate_id,
            search_id=other_search.id,
            school_id="insa-lyon",
            reason="r",
            status="queued",
            token="tok-queued",
        )
        session.add(queued)
        session.commit()
        queued_id = queued.id
    link = candidate_optout_url(world.candidate_id, web_server.settings)
    assert link.startswith(f"{web_server.url}/optout/")
    page = httpx.get(link)
    assert page.status_code == 200 and "Je m'oppose · I object" in page.text
    with _session(web_server) as session:
        assert session.get(Candidate, world.candidate_id).objected_at is None  # type: ignore[union-attr]

    done = _post(link, _token(link))
    assert done.status_code == 200 and "vos données ont été effacées" in done.text
    with _session(web_server) as session:
        # Erased at once: the candidate, their identities and the requests about them.
        assert session.get(Candidate, world.candidate_id) is None
        assert session.get(ReferralRequest, queued_id) is None
        assert (
            session.scalar(
                select(func.count(Identity.id)).where(Identity.candidate_id == world.candidate_id)
            )
            == 0
        )
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "objection")).one()
        assert event.actor == "candidate (opt-out link)"
        assert "helene" not in str(event.details).lower()
        # Never re-imported: neither the same account nor a new one with the same e-mail.
        same_account = RawProfile(source="github", external_id="4242", payload={"login": "hd"})
        same_email = RawProfile(
            source="github",
            external_id="9999",
            payload={"login": "hd2", "email": "Helene@Example.org"},
        )
        stranger = RawProfile(source="github", external_id="1", payload={"login": "other"})
        report = pool.store_raw(session, [same_account, same_email, stranger])
        assert report.suppressed == 2

    again = _post(link, _token(link))
    assert again.status_code == 200 and "déjà enregistrée" in again.text
    with _session(web_server) as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == 1


def test_answer_email_links_to_the_answer_page(web_server: WebServer, world: World) -> None:
    with _session(web_server) as session:
        request = session.get(ReferralRequest, world.french_request_id)
        search = session.get(Search, world.search_id)
        assert request is not None and search is not None
        delivery = referrals.compose(request, search, web_server.settings)
        message = email_message(delivery, web_server.settings.mail_from)
    assert isinstance(message, EmailMessage)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    links = re.findall(re.escape(web_server.url) + r"/r/[A-Za-z0-9_.-]+", text)
    assert len(links) == 1 and links[0] in html
    assert "Ne plus me solliciter" in httpx.get(links[0]).text


def test_report_page_draws_inline_svg_charts_from_the_pool(
    web_server: WebServer, world: World
) -> None:
    with _session(web_server) as session:
        session.add(
            CandidateSkill(
                candidate_id=world.candidate_id, skill_id="evil", label="<b>Evil</b> & co"
            )
        )
        session.commit()
    link = _link(web_server, world.french_request_id)
    _post(link, _token(link), answer="known")
    page = httpx.get(f"{web_server.url}/report")
    assert page.status_code == 200
    html = page.text
    assert html.count("<svg") == 4
    assert "<script" not in html and "src=" not in html  # nothing fetched from elsewhere
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; co" in html
    assert "Funnel per school" in html and "INSA Lyon" in html
    # The funnel: 2 proposed, 2 approved, 2 sent, 1 answered, 1 known, 0 introduced.
    funnel_svg = html[html.index("<svg") : html.index("</svg>")]
    notes = re.findall(r'fill="#222">([0-9]+(?: · [0-9]+%)?)</text>', funnel_svg)
    assert notes == ["2 · 100%", "2 · 100%", "2 · 100%", "1 · 50%", "1 · 50%", "0 · 0%"]


def test_racing_answers_record_exactly_one(web_server: WebServer, world: World) -> None:
    links = [_link(web_server, world.french_request_id) for _ in range(6)]
    choices = ["known", "unknown", "stop"] * 2
    with ThreadPoolExecutor(max_workers=6) as threads:
        responses = list(
            threads.map(
                lambda link, choice: _post(link, _token(link), answer=choice), links, choices
            )
        )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 409, 409, 409, 409, 409]
    winner = choices[[r.status_code for r in responses].index(200)]
    assert _request(web_server, world.french_request_id).answer == winner
    with _session(web_server) as session:
        assert session.scalar(select(func.count(UsedToken.id))) == 1


def test_vivier_web_serves_and_warns_about_the_development_key(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "VIVIER_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(Path(__file__).parent.parent),
    }
    env.pop("VIVIER_SECRET_KEY", None)
    env.pop("VIVIER_DATABASE_URL", None)
    command = [sys.executable, "-m", "sourcing.cli", "web", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").text == "ok":
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, "did not start"
            time.sleep(0.2)
        assert httpx.get(f"http://127.0.0.1:{port}/report").status_code == 200
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=20)
    key = (tmp_path / "home" / "secret-key.dev").read_text()
    assert "VIVIER_SECRET_KEY is not set" in errors and "secret-key.dev" in errors
    assert key not in errors
    assert "GET /report 200" in errors
