"""E-mail channels: SMTP to a configured server, or ``.eml`` files in an outbox folder."""

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from sourcing.channels import Channel, Delivery, DeliveryError
from sourcing.settings import Settings

__all__ = [
    "Channel",
    "DeliveryError",
    "OutboxChannel",
    "SmtpChannel",
    "channel_for",
    "email_message",
]


def email_message(delivery: Delivery, sender: str) -> EmailMessage:
    """The e-mail form of a delivery: text and HTML alternatives."""
    message = EmailMessage()
    message["Subject"] = delivery.subject
    message["From"] = sender
    message["To"] = delivery.email
    message["Message-ID"] = make_msgid(idstring=delivery.key, domain="vivier.local")
    # A referral token, notice-<id> or search-digest-<search>-<digest>.
    message["X-Vivier-Tracking"] = delivery.tracking_code
    message.set_content(delivery.text)
    message.add_alternative(delivery.html, subtype="html")
    return message


class OutboxChannel:
    """Writes each message as ``<key>.eml``; writing the same key twice is harmless."""

    name = "email"

    def __init__(self, folder: Path, sender: str = "talent@vivier-demo.example") -> None:
        self.folder = folder
        self.sender = sender

    def send(self, delivery: Delivery) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{delivery.key}.eml"
        temporary = path.with_suffix(".eml.part")
        temporary.write_bytes(bytes(email_message(delivery, self.sender)))
        temporary.replace(path)
        return str(path)


class SmtpChannel:
    name = "email"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send(self, delivery: Delivery) -> str:
        s = self.settings
        assert s.smtp_host
        message = email_message(delivery, s.mail_from)
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
        return f"smtp://{s.smtp_host}:{s.smtp_port}/{delivery.email}"


def channel_for(settings: Settings) -> Channel:
    """The e-mail channel: SMTP when a server is configured, otherwise the outbox folder."""
    if settings.smtp_host:
        return SmtpChannel(settings)
    return OutboxChannel(settings.resolved_outbox_dir, settings.mail_from)
