"""Referral channels over real protocols: Slack and Teams incoming webhooks received by
an HTTP server on 127.0.0.1, e-mail by aiosmtpd; errors keep requests queued."""

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import ReferralDelivery, ReferralRequest, Search
from sourcing import referrals
from sourcing.channels import DeliveryError
from sourcing.settings import Settings
from sourcing.webhooks import SlackWebhookChannel, check_webhook_url, retry_after_seconds
from tests.test_referrals import approve_all, seed_world


@dataclass
class Reply:
    status: int = 200
    body: str = "ok"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Hook:
    """What a webhook endpoint received, and the replies it gives, in order (the last
    one repeats)."""

    url: str
    received: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=lambda: [Reply()])


@pytest.fixture
def hook() -> Iterator[Hook]:
    """A real HTTP server on 127.0.0.1 standing in for hooks.slack.com / Teams."""
    state = Hook(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            reply = state.replies.pop(0) if len(state.replies) > 1 else state.replies[0]
            if reply.delay:
                time.sleep(reply.delay)
            state.paths.append(self.path)
            state.received.append(json.loads(body))
            data = reply.body.encode()
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError):  # the client timed out first
                self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/services/T000/B000/secret"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def world(session: Session) -> Search:
    return seed_world(session)


def _settings(hook: Hook, channels: str, tmp_path: Path, **extra: Any) -> Settings:
    return Settings(
        referral_channels=channels,
        slack_webhook_url=hook.url,
        teams_webhook_url=hook.url,
        webhooks_allow_loopback=True,
        webhook_timeout_seconds=1.0,
        outbox_dir=tmp_path / "outbox",
        **extra,
    )


def test_slack_gets_block_kit_with_a_mention_share_text_and_tracking_code(
    session: Session, world: Search, hook: Hook, tmp_path: Path
) -> None:
    settings = _settings(hook, "slack", tmp_path)
    approve_all(session, world)
    report = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert (report.sent, report.failed) == (2, 0)
    assert hook.paths == ["/services/T000/B000/secret"] * 2
    by_language = {("<@U0ANA>" in p["text"]): p for p in hook.received}
    french, english = by_language[True], by_language[False]
    tokens = {r.employee.full_name: r.token[:10] for r in session.scalars(select(ReferralRequest))}
    # Ana has a Slack id: a real mention; Bob has none: his name in bold.
    assert french["blocks"][0]["text"]["text"].startswith("<@U0ANA> Bonjour Ana,")
    assert english["blocks"][0]["text"]["text"].startswith("*Bob Smith* Hi Bob,")
    assert "Vous avez tous deux étudié à INSA Lyon" in french["blocks"][0]["text"]["text"]
    share = french["blocks"][1]["text"]["text"]
    assert share.startswith("À relayer dans votre réseau d'anciens :\n>Vivier Demo SAS recrute")
    assert f"[{tokens['Ana Lopez']}]" in share
    assert french["blocks"][2] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": f"Code de suivi : `{tokens['Ana Lopez']}`"}],
    }
    assert "Know someone?" in english["text"] and tokens["Bob Smith"] in english["text"]
    rows = session.scalars(select(ReferralDelivery)).all()
    assert {(r.channel, r.status) for r in rows} == {("slack", "sent")}


def test_teams_gets_an_adaptive_card_mentioning_the_employee(
    session: Session, world: Search, hook: Hook, tmp_path: Path
) -> None:
    settings = _settings(hook, "teams", tmp_path)
    approve_all(session, world)
    report = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert report.sent == 2
    payload = next(p for p in hook.received if "ana@corp.example" in json.dumps(p))
    assert payload["type"] == "message"
    attachment = payload["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
    assert card["body"][0]["text"] == "Connaissez-vous Hélène Dupré ?"
    assert card["body"][1]["text"].startswith("<at>Ana Lopez</at> Bonjour Ana,")
    assert card["msteams"]["entities"][0]["mentioned"] == {
        "id": "ana@corp.example",
        "name": "Ana Lopez",
    }
    assert "recrute (Python Lyon)" in card["body"][3]["items"][0]["text"]
    assert card["body"][4]["text"].startswith("Code de suivi : ")
    answer, profile = card["actions"]
    assert answer["title"] == "Répondre"
    assert answer["url"].startswith(f"{settings.public_url}/r/")  # the signed answer link
    assert profile == {
        "type": "Action.OpenUrl",
        "title": "Voir le profil public",
        "url": "https://github.com/hdupre",
    }


def test_email_and_slack_together_and_a_failed_channel_is_retried_alone(
    session: Session,
    world: Search,
    hook: Hook,
    tmp_path: Path,
    smtp_server,  # type: ignore[no-untyped-def]
) -> None:
    host, port, sink = smtp_server
    settings = _settings(hook, "email,slack", tmp_path, smtp_host=host, smtp_port=port)
    hook.replies = [Reply(500, "internal_error"), Reply(200, "ok")]
    approve_all(session, world)
    first = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert (first.sent, first.failed) == (1, 1)
    assert (
        "Slack webhook at 127.0.0.1 refused the message: HTTP 500 'internal_error'"
        in (first.errors[0])
    )
    assert len(sink.messages) == 2  # both e-mails went out
    second = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert second.sent == 1
    assert len(sink.messages) == 2  # the e-mail of the retried request was not resent
    assert len(hook.received) == 3  # one failed post, two delivered
    assert {r.status for r in session.scalars(select(ReferralRequest))} == {"sent"}
    assert {r.channel for r in session.scalars(select(ReferralRequest))} == {"email,slack"}


def test_a_429_keeps_requests_queued_until_retry_after(
    session: Session, world: Search, hook: Hook, tmp_path: Path
) -> None:
    settings = _settings(hook, "slack", tmp_path)
    hook.replies = [Reply(429, "rate_limited", {"Retry-After": "30"}), Reply(200, "ok")]
    approve_all(session, world)
    report = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert "rate limiting (HTTP 429); retry after 30 s" in report.errors[0]
    assert "asked to wait (HTTP 429), not tried" in report.errors[1]
    assert len(hook.received) == 1  # the second request did not knock again
    waiting = session.scalars(select(ReferralRequest)).all()
    assert {r.status for r in waiting} == {"approved"}
    assert all(r.not_before is not None for r in waiting)
    again = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert (again.sent, again.deferred) == (0, 2)  # Slack asked us to wait
    later = referrals.deliver_queued(
        session,
        referrals.channels_for(settings),
        settings,
        now=max(r.not_before for r in waiting if r.not_before),
    )
    assert later.sent == 2 and len(hook.received) == 3
    assert {r.status for r in session.scalars(select(ReferralDelivery))} == {"sent"}


def test_a_slow_webhook_is_a_timeout_error_and_the_request_stays_queued(
    session: Session, world: Search, hook: Hook, tmp_path: Path
) -> None:
    settings = _settings(hook, "teams", tmp_path)
    hook.replies = [Reply(200, "1", delay=2.0)]
    approve_all(session, world)
    report = referrals.deliver_queued(session, referrals.channels_for(settings), settings)
    assert report.failed == 2
    assert "Teams webhook at 127.0.0.1 did not answer within 1 s" in report.errors[0]
    assert {r.status for r in session.scalars(select(ReferralRequest))} == {"approved"}
    assert {r.status for r in session.scalars(select(ReferralDelivery))} == {"failed"}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://hooks.slack.com/services/SECRET", "must use https"),
        ("https://10.1.2.3/SECRET", "not a public host"),
        ("https://[::1]/SECRET", "loopback"),
        ("http://127.0.0.1:8080/SECRET", "VIVIER_WEBHOOKS_ALLOW_LOOPBACK"),
        ("https://localhost/SECRET", "loopback"),
        ("https://169.254.169.254/SECRET", "not a public host"),
    ],
)
def test_webhooks_go_only_to_https_on_public_hosts(url: str, message: str) -> None:
    with pytest.raises(DeliveryError, match=message.replace("(", r"\(")) as caught:
        check_webhook_url(url)
    assert "SECRET" not in str(caught.value)  # the secret part of the URL is never shown


def test_a_refused_webhook_url_is_a_delivery_error_not_a_request(hook: Hook) -> None:
    channel = SlackWebhookChannel(hook.url, allow_loopback=False)
    with pytest.raises(DeliveryError, match="loopback"):
        channel.send(
            referrals.Delivery(
                key="k",
                language="en",
                subject="s",
                text="t",
                html="h",
                summary="s",
                share_text="x",
                tracking_code="c",
                recipient_name="A",
                email="a@b.example",
            )
        )
    assert hook.received == []


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Thu, 01 Jan 1970 00:01:40 GMT", now=40.0) == 60.0
    assert retry_after_seconds("soon") is None


def test_channel_settings_are_checked_before_sending(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown channel\\(s\\) pigeon"):
        referrals.channels_for(Settings(referral_channels="email,pigeon"))
    with pytest.raises(ValueError, match="VIVIER_SLACK_WEBHOOK_URL"):
        referrals.channels_for(Settings(referral_channels="slack"))
    names = [c.name for c in referrals.channels_for(Settings(outbox_dir=tmp_path))]
    assert names == ["email"]  # the default


def test_operator_setting_names_and_their_older_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIVIER_SMTP_USER", "relay-user")
    monkeypatch.setenv("VIVIER_SMTP_FROM", "talents@corp.example")
    monkeypatch.setenv("VIVIER_REFERRAL_CHANNELS", "email, Teams")
    monkeypatch.setenv("VIVIER_REFERRALS_PER_EMPLOYEE_PER_WEEK", "1")
    monkeypatch.setenv("VIVIER_REFERRALS_PER_DAY", "5")
    monkeypatch.setenv("VIVIER_REFERRALS_AUTO_APPROVE", "true")
    monkeypatch.setenv("VIVIER_REFERRAL_COHORT_GAP_YEARS", "3")
    settings = Settings()
    assert (settings.smtp_username, settings.mail_from) == ("relay-user", "talents@corp.example")
    assert settings.referral_channels == ["email", "teams"]
    assert (settings.referrals_per_employee_per_week, settings.referrals_per_day) == (1, 5)
    assert settings.referrals_auto_approve and settings.referral_cohort_gap_years == 3
    for name in ("VIVIER_SMTP_USER", "VIVIER_SMTP_FROM"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("VIVIER_SMTP_USERNAME", "old-user")
    monkeypatch.setenv("VIVIER_MAIL_FROM", "old@corp.example")
    older = Settings()
    assert (older.smtp_username, older.mail_from) == ("old-user", "old@corp.example")
