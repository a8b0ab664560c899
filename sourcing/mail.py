"""E-mail channels: SMTP to a configured server, or ``.eml`` files in an outbox folder."""

import smtplib
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sourcing.settings import Settings


class DeliveryError(Exception):
    """The message was not delivered; it stays queued and is retried later."""


class Channel(Protocol):
    name: str

    def send(self, message: EmailMessage, key: str) -> str:
        """Deliver ``message``; returns where it went. ``key`` names it uniquely."""
        ...


class OutboxChannel:
    """Writes each message as ``<key>.eml``; writing the same key twice is harmless."""

    name = "outbox"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: EmailMessage, key: str) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{key}.eml"
        temporary = path.with_suffix(".eml.part")
        temporary.write_bytes(bytes(message))
        temporary.replace(path)
        return str(path)


class SmtpChannel:
    name = "smtp"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send(self, message: EmailMessage, key: str) -> str:
        s = self.settings
        assert s.smtp_host
        try:
            with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds) as smtp:
                if s.smtp_starttls:
                    smtp.starttls()
                if s.smtp_username and s.smtp_password:
                    smtp.login(s.smtp_username, s.smtp_password.get_secret_value())
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(
                f"SMTP {s.smtp_host}:{s.smtp_port} refused or unreachable: {error}"
            ) from error
        return f"smtp://{s.smtp_host}:{s.smtp_port}/{message['To']}"


def channel_for(settings: Settings) -> Channel:
    """SMTP when a server is configured, otherwise the outbox folder."""
    if settings.smtp_host:
        return SmtpChannel(settings)
    return OutboxChannel(settings.resolved_outbox_dir)
