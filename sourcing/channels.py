"""Delivery channels: one rendered referral message, sent by e-mail, Slack or Teams.

A channel is anything with a ``name`` and ``send(delivery) -> where``; it raises
:class:`DeliveryError` when the message did not go out (the request then stays queued).
The implementations live in :mod:`sourcing.mail` (SMTP, outbox folder) and
:mod:`sourcing.webhooks` (Slack and Microsoft Teams incoming webhooks)."""

from dataclasses import dataclass, field
from typing import Protocol


class DeliveryError(Exception):
    """The message was not delivered; it stays queued and is retried later.
    ``retry_after`` (seconds) is set when the far end asked us to wait (HTTP 429)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Delivery:
    """One message to one employee, already rendered in their language.

    ``text`` and ``html`` are the full e-mail bodies; ``summary`` is the short form used
    by chat channels. ``share_text`` (the repostable alumni text) and ``tracking_code``
    are in every form; the labels are in the employee's language. ``actions`` are
    (title, url) buttons for chat cards. ``key`` names the message uniquely (file names,
    Message-ID)."""

    key: str
    language: str
    subject: str
    text: str
    html: str
    summary: str
    share_text: str
    tracking_code: str
    recipient_name: str
    email: str
    slack_id: str = ""
    share_label: str = "To pass on to your alumni network:"
    tracking_label: str = "Tracking code:"
    actions: tuple[tuple[str, str], ...] = field(default_factory=tuple)


class Channel(Protocol):
    name: str

    def send(self, delivery: Delivery) -> str:
        """Deliver ``delivery``; returns where it went, or raises DeliveryError."""
        ...


CHANNEL_NAMES = ("email", "slack", "teams")
