"""Chat channels: Slack and Microsoft Teams incoming webhooks.

A webhook posts to the one channel it was created for, so the message names the
employee (a Slack mention ``<@U123>`` when the directory has their Slack id, a Teams
``<at>`` mention by e-mail). Webhook URLs must be ``https`` on a public host: an
operator typo must not make Vivier post into the internal network. Loopback is
allowed only with ``VIVIER_WEBHOOKS_ALLOW_LOOPBACK`` (tests)."""

import email.utils
import ipaddress
import socket
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from sourcing.channels import Delivery, DeliveryError

TEAMS_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_webhook_url(url: str, allow_loopback: bool = False) -> None:
    """Raise DeliveryError unless ``url`` is https on a public host (or, when allowed,
    http(s) on loopback). Host names are resolved: a name pointing inside is refused."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    shown = f"{parts.scheme}://{host}"  # never the path: it holds the webhook's secret
    if not host:
        raise DeliveryError(f"webhook URL {url[:30]!r}… has no host")
    if _is_loopback(host):
        if allow_loopback and parts.scheme in ("http", "https"):
            return
        raise DeliveryError(
            f"webhook {shown} is a loopback host; set VIVIER_WEBHOOKS_ALLOW_LOOPBACK=true "
            "only for tests"
        )
    if parts.scheme != "https":
        raise DeliveryError(f"webhook {shown} must use https")
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
        except OSError as error:
            raise DeliveryError(f"webhook {shown}: cannot resolve the host ({error})") from error
        addresses = {ipaddress.ip_address(info[4][0]) for info in infos}
    private = sorted(str(a) for a in addresses if not a.is_global)
    if private:
        raise DeliveryError(f"webhook {shown} is not a public host ({', '.join(private)})")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


class WebhookChannel:
    """POST a JSON payload; any 2xx is delivered, anything else a DeliveryError."""

    name = "webhook"
    service = "webhook"

    def __init__(
        self,
        url: str,
        timeout_seconds: float = 10.0,
        allow_loopback: bool = False,
        transport: httpx.BaseTransport | None = None,
        user_agent: str = "Vivier",
    ) -> None:
        self.url = url
        self.timeout_seconds = timeout_seconds
        self.allow_loopback = allow_loopback
        self.transport = transport
        self.user_agent = user_agent

    def payload(self, delivery: Delivery) -> dict[str, Any]:
        raise NotImplementedError

    def send(self, delivery: Delivery) -> str:
        check_webhook_url(self.url, self.allow_loopback)
        host = urlsplit(self.url).hostname
        try:
            with httpx.Client(
                timeout=self.timeout_seconds,
                transport=self.transport,
                headers={"User-Agent": self.user_agent},
                follow_redirects=False,
            ) as client:
                response = client.post(self.url, json=self.payload(delivery))
        except httpx.TimeoutException as error:
            raise DeliveryError(
                f"{self.service} webhook at {host} did not answer within {self.timeout_seconds:g} s"
            ) from error
        except httpx.HTTPError as error:
            raise DeliveryError(f"{self.service} webhook at {host} unreachable: {error}") from error
        if response.is_success:
            return f"{self.name}:{host}/{delivery.slack_id or delivery.email}"
        body = response.text.strip()[:200]
        if response.status_code == 429:
            wait = retry_after_seconds(response.headers.get("retry-after"))
            after = f"; retry after {wait:g} s" if wait is not None else ""
            raise DeliveryError(
                f"{self.service} webhook at {host} is rate limiting (HTTP 429){after}",
                retry_after=wait,
            )
        raise DeliveryError(
            f"{self.service} webhook at {host} refused the message: "
            f"HTTP {response.status_code} {body!r}"
        )


def _slack_escape(text: str) -> str:
    """Slack reads ``&``, ``<`` and ``>`` as markup (``<!channel>`` pings everyone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SlackWebhookChannel(WebhookChannel):
    """A Slack incoming webhook: Block Kit blocks plus a plain ``text`` fallback (used
    in notifications), mentioning the employee when their Slack id is known."""

    name = "slack"
    service = "Slack"

    def payload(self, delivery: Delivery) -> dict[str, Any]:
        mention = (
            f"<@{delivery.slack_id}>"
            if delivery.slack_id
            else f"*{_slack_escape(delivery.recipient_name)}*"
        )
        quoted = "\n".join(f">{_slack_escape(line)}" for line in delivery.share_text.splitlines())
        blocks: list[dict[str, Any]] = [
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"{mention} {_slack_escape(delivery.summary)}",
                },
            },
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"{_slack_escape(delivery.share_label)}\n{quoted}",
                },
            },
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": f"{_slack_escape(delivery.tracking_label)} "
                        f"`{delivery.tracking_code}`",
                    }
                ],
            },
        ]
        text = (
            f"{mention} {_slack_escape(delivery.summary)} "
            f"{_slack_escape(delivery.share_text)} [{delivery.tracking_code}]"
        )
        return {"text": text, "blocks": blocks}


class TeamsWebhookChannel(WebhookChannel):
    """A Microsoft Teams incoming webhook (Workflows "post to a channel when a webhook
    request is received"): a message with one Adaptive Card attachment, mentioning the
    employee by their e-mail (their Teams sign-in name in most companies)."""

    name = "teams"
    service = "Teams"

    def payload(self, delivery: Delivery) -> dict[str, Any]:
        mention = f"<at>{delivery.recipient_name}</at>"
        body: list[dict[str, Any]] = [
            {
                "type": "TextBlock",
                "text": delivery.subject,
                "weight": "Bolder",
                "size": "Medium",
                "wrap": True,
            },
            {"type": "TextBlock", "text": f"{mention} {delivery.summary}", "wrap": True},
            {
                "type": "TextBlock",
                "text": delivery.share_label,
                "weight": "Bolder",
                "spacing": "Medium",
                "wrap": True,
            },
            {
                "type": "Container",
                "style": "emphasis",
                "items": [{"type": "TextBlock", "text": delivery.share_text, "wrap": True}],
            },
            {
                "type": "TextBlock",
                "text": f"{delivery.tracking_label} {delivery.tracking_code}",
                "isSubtle": True,
                "size": "Small",
                "wrap": True,
            },
        ]
        return teams_message(delivery, mention, body)


def teams_message(delivery: Delivery, mention: str, body: list[dict[str, Any]]) -> dict[str, Any]:
    """A Teams webhook message: one Adaptive Card holding ``body``, the ``<at>`` mention
    of the recipient (by e-mail) resolved, and the delivery's actions as buttons."""
    card: dict[str, Any] = {
        "$schema": TEAMS_CARD_SCHEMA,
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
        "msteams": {
            "width": "Full",
            "entities": [
                {
                    "type": "mention",
                    "text": mention,
                    "mentioned": {"id": delivery.email, "name": delivery.recipient_name},
                }
            ],
        },
    }
    actions = [
        {"type": "Action.OpenUrl", "title": title, "url": url} for title, url in delivery.actions
    ]
    if actions:
        card["actions"] = actions
    return {
        "type": "message",
        "attachments": [
            {
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": None,
                "content": card,
            }
        ],
    }
