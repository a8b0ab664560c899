"""Saved-search alerts: after the nightly re-run of a saved search, tell its owner who
is new since they were last told, by e-mail, Slack or Teams, in French or English.

What was announced is remembered per search and per *identity* (``search_seen``), so
a candidate who merges into one already announced is not new, and an erased person
(their identities gone) is never announced. One digest per search and run, never the
same one twice: the digest and the identities it announces are committed as
``sending`` before the message leaves and marked ``sent`` (or ``failed``, releasing
them for the next run) after. A digest found in ``sending`` belongs to a run that died
in between: it is marked ``unconfirmed`` and reported, not resent."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import httpx
from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from models.tables import (
    AuditEvent,
    Candidate,
    Employee,
    Search,
    SearchDigest,
    SearchResult,
    SearchSeen,
)
from sourcing.answers import safe_link
from sourcing.channels import Channel, Delivery, DeliveryError
from sourcing.mail import channel_for
from sourcing.settings import Settings
from sourcing.templating import render
from sourcing.webhooks import (
    SlackWebhookChannel,
    TeamsWebhookChannel,
    _slack_escape,
    teams_message,
)

ALERT_CHANNELS = ("email", "slack", "teams")


_LABELS = {
    "fr": {
        "skills": "Compétences",
        "profile": "Profil",
        "more": "… et {n} autre(s) : voir la recherche",
        "footer": "Vous recevez cette alerte car vous êtes propriétaire de la recherche "
        "sauvegardée « {search} ». Pour l'arrêter : notify = none (formulaire Prefect, ou "
        'vivier search --name "{search}" --notify none).',
    },
    "en": {
        "skills": "Skills",
        "profile": "Profile",
        "more": "… and {n} more: see the search",
        "footer": "You get this alert because you own the saved search “{search}”. To stop "
        'it: notify = none (the Prefect form, or vivier search --name "{search}" '
        "--notify none).",
    },
}


class AlertConfigError(ValueError):
    """The search's alert channel cannot be used (e.g. no Slack webhook configured)."""


@dataclass(frozen=True)
class DigestItem:
    """One new candidate as the owner reads it."""

    rank: int
    name: str
    headline: str
    place: str
    matched_skills: tuple[str, ...]
    link: str


@dataclass(frozen=True)
class DigestDelivery(Delivery):
    """A digest: the e-mail bodies plus the items, for the chat cards."""

    search_name: str = ""
    heading: str = ""
    items: tuple[DigestItem, ...] = ()
    more_text: str = ""
    footer: str = ""
    skills_label: str = "Skills"


class AlertOutcome(BaseModel):
    """What happened to one saved search's alert in one run."""

    search_id: int
    search_name: str = ""
    status: Literal["sent", "nothing-new", "skipped", "failed", "busy"]
    new: int = 0
    channel: str | None = None
    digest_id: int | None = None
    delivered_to: str | None = None
    unconfirmed: int = 0
    notes: list[str] = []


# --- who is new ---------------------------------------------------------------------


def new_matches(session: Session, search: Search) -> list[SearchResult]:
    """The search's current results whose candidate the owner was never told about: no
    identity of theirs was announced for this search. Best ranked first.

    Identities that joined an already announced candidate are recorded as announced on
    the way, so the candidate stays known whichever way later merges and splits go."""
    seen = set(
        session.scalars(select(SearchSeen.identity_id).where(SearchSeen.search_id == search.id))
    )
    results = session.scalars(
        select(SearchResult)
        .where(SearchResult.search_id == search.id)
        .options(selectinload(SearchResult.candidate).selectinload(Candidate.identities))
        .order_by(SearchResult.rank)
    )
    fresh: list[SearchResult] = []
    for result in results:
        ids = {i.id for i in result.candidate.identities}
        if ids & seen:
            session.add_all(
                SearchSeen(search_id=search.id, identity_id=i) for i in sorted(ids - seen)
            )
        elif ids and result.candidate.objected_at is None:
            fresh.append(result)
    session.flush()
    return fresh


# --- the message --------------------------------------------------------------------


def _place(candidate: Candidate) -> str:
    return ", ".join(p for p in (candidate.city, candidate.country) if p)


def digest_items(results: list[SearchResult]) -> list[DigestItem]:
    return [
        DigestItem(
            rank=r.rank,
            name=r.candidate.display_name or "?",
            headline=r.candidate.headline,
            place=_place(r.candidate),
            matched_skills=tuple(r.matched_skills or ()),
            link=next((u for u in (safe_link(i.url) for i in r.candidate.identities) if u), ""),
        )
        for r in results
    ]


def compose_digest(
    key: str,
    search_name: str,
    items: list[DigestItem],
    language: str,
    recipient_email: str,
    settings: Settings,
    recipient_name: str = "",
    slack_id: str = "",
    more: int = 0,
) -> DigestDelivery:
    """The digest in the owner's language: text and HTML e-mail, and the chat forms."""
    language = language if language in _LABELS else "fr"
    labels = _LABELS[language]
    total = len(items) + more
    if language == "fr":
        count = f"{total} nouveau profil" if total == 1 else f"{total} nouveaux profils"
        heading = f"{count} pour « {search_name} »"
        subject = f"Vivier : {heading}"
    else:
        count = f"{total} new match" if total == 1 else f"{total} new matches"
        heading = f"{count} for “{search_name}”"
        subject = f"Vivier: {heading}"
    more_text = labels["more"].format(n=more) if more else ""
    footer = labels["footer"].format(search=search_name)
    context: dict[str, Any] = {
        "first_name": recipient_name.split(" ")[0] if recipient_name else "",
        "heading": heading,
        "search_name": search_name,
        "items": items,
        "more_text": more_text,
        "footer": footer,
        "labels": labels,
        "company": settings.company_name,
    }
    summary = heading + "".join(f"\n• {i.name}" for i in items) + (f"\n{more_text}" if more else "")
    return DigestDelivery(
        key=key,
        language=language,
        subject=subject,
        text=render(f"search_digest.{language}.txt.j2", context),
        html=render(f"search_digest.{language}.html.j2", context),
        summary=summary,
        share_text="",
        tracking_code=key,
        recipient_name=recipient_name or recipient_email,
        email=recipient_email,
        slack_id=slack_id,
        search_name=search_name,
        heading=heading,
        items=tuple(items),
        more_text=more_text,
        footer=footer,
        skills_label=labels["skills"],
    )


def _slack_link(url: str, text: str) -> str:
    quoted = url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return f"<{quoted}|{_slack_escape(text)}>"


class SlackDigestChannel(SlackWebhookChannel):
    """A digest on the Slack incoming webhook: one section per candidate."""

    def payload(self, delivery: Delivery) -> dict[str, Any]:
        if not isinstance(delivery, DigestDelivery):
            return super().payload(delivery)
        mention = (
            f"<@{delivery.slack_id}>"
            if delivery.slack_id
            else f"*{_slack_escape(delivery.recipient_name)}*"
        )
        blocks: list[dict[str, Any]] = [
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"{mention} {_slack_escape(delivery.heading)}"},
            }
        ]
        for item in delivery.items:
            name = _slack_link(item.link, item.name) if item.link else _slack_escape(item.name)
            parts = [_slack_escape(item.place)] if item.place else []
            if item.matched_skills:
                colon = " :" if delivery.language == "fr" else ":"
                parts.append(
                    f"{_slack_escape(delivery.skills_label)}{colon} "
                    + _slack_escape(", ".join(item.matched_skills))
                )
            details = " · ".join(parts)
            headline = f" — {_slack_escape(item.headline)}" if item.headline else ""
            text = f"*{name}*{headline}" + (f"\n{details}" if details else "")
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}})
        context = [delivery.more_text, delivery.footer]
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": _slack_escape(t)[:3000]} for t in context if t
                ],
            }
        )
        return {"text": f"{mention} {_slack_escape(delivery.summary)}", "blocks": blocks}


def _teams_plain(text: str) -> str:
    """Profile text shown in an Adaptive Card can never form a markdown link."""
    return text.replace("[", "(").replace("]", ")")


def _teams_link(url: str, text: str) -> str:
    quoted = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{_teams_plain(text)}]({quoted})"


class TeamsDigestChannel(TeamsWebhookChannel):
    """A digest on the Teams incoming webhook: an Adaptive Card, one block per candidate."""

    def payload(self, delivery: Delivery) -> dict[str, Any]:
        if not isinstance(delivery, DigestDelivery):
            return super().payload(delivery)
        mention = f"<at>{delivery.recipient_name}</at>"
        body: list[dict[str, Any]] = [
            {
                "type": "TextBlock",
                "text": f"{mention} {delivery.heading}",
                "weight": "Bolder",
                "wrap": True,
            }
        ]
        for item in delivery.items:
            name = _teams_link(item.link, item.name) if item.link else _teams_plain(item.name)
            details = _teams_plain(
                " · ".join(
                    filter(None, [item.headline, item.place, ", ".join(item.matched_skills)])
                )
            )
            body.append(
                {
                    "type": "Container",
                    "separator": True,
                    "items": [
                        {"type": "TextBlock", "text": name, "weight": "Bolder", "wrap": True},
                        {"type": "TextBlock", "text": details, "isSubtle": True, "wrap": True},
                    ],
                }
            )
        for text in (delivery.more_text, delivery.footer):
            if text:
                body.append({"type": "TextBlock", "text": text, "size": "Small", "wrap": True})
        return teams_message(delivery, mention, body)


def alert_channel(
    notify: str, settings: Settings, transport: httpx.BaseTransport | None = None
) -> Channel:
    """The channel a search's ``notify`` names: e-mail (SMTP when ``VIVIER_SMTP_HOST``
    is set, else the outbox folder), or the Slack / Teams incoming webhook."""
    if notify == "email":
        return channel_for(settings)
    if notify not in ("slack", "teams"):
        raise AlertConfigError(f"unknown alert channel {notify!r}; use {', '.join(ALERT_CHANNELS)}")
    secret = settings.slack_webhook_url if notify == "slack" else settings.teams_webhook_url
    if secret is None:
        raise AlertConfigError(
            f"notify={notify} needs VIVIER_{notify.upper()}_WEBHOOK_URL; no alert sent"
        )
    kind = SlackDigestChannel if notify == "slack" else TeamsDigestChannel
    return kind(
        secret.get_secret_value(),
        timeout_seconds=settings.webhook_timeout_seconds,
        allow_loopback=settings.webhooks_allow_loopback,
        transport=transport,
        user_agent=settings.user_agent,
    )


# --- one search's alert -------------------------------------------------------------


def _mark_unconfirmed(session: Session, search: Search, outcome: AlertOutcome) -> None:
    stale = session.scalars(
        select(SearchDigest).where(
            SearchDigest.search_id == search.id, SearchDigest.status == "sending"
        )
    ).all()
    for digest in stale:
        digest.status = "unconfirmed"
        digest.last_error = "the run stopped between recording and sending; check it arrived"
        outcome.notes.append(
            f"digest {digest.id} for search {search.id} ({digest.candidates} candidate(s), "
            f"{digest.channel} to {digest.recipient}) was interrupted while sending: marked "
            "unconfirmed, not resent"
        )
    outcome.unconfirmed = len(stale)
    if stale:
        session.commit()


def _owner(session: Session, email: str) -> tuple[bool, Employee | None]:
    """Whether the directory is imported, and the owner's employee record if any."""
    imported = session.scalar(select(Employee.id).limit(1)) is not None
    if not imported:
        return False, None
    employee = session.scalar(
        select(Employee).where(func.lower(Employee.email) == email.lower()).limit(1)
    )
    return True, employee


def announce_new_matches(
    session: Session,
    search_id: int,
    settings: Settings,
    channel: Channel | None = None,
    transport: httpx.BaseTransport | None = None,
) -> AlertOutcome:
    """Tell the search's owner about the candidates new since they were last told, once.

    Run it after the search was ranked again. Nothing new, no owner, ``notify=none``,
    or an owner who is not an active employee (when the directory is imported): no
    message. Commits as it goes (the intent before the message leaves); ``channel``
    overrides the one ``notify`` names (tests)."""
    search = session.get(Search, search_id)
    if search is None:
        return AlertOutcome(
            search_id=search_id, status="skipped", notes=[f"no saved search {search_id}"]
        )
    outcome = AlertOutcome(search_id=search.id, search_name=search.name, status="skipped")
    _mark_unconfirmed(session, search, outcome)
    if not search.owner_email or search.notify == "none":
        return outcome  # no owner, or alerts off: the usual case, nothing to say
    imported, employee = _owner(session, search.owner_email)
    if imported and (employee is None or not employee.active):
        state = "has left" if employee is not None else "is not in the employee directory"
        outcome.notes.append(
            f"search {search.id} ({search.name}): owner {search.owner_email} {state}; "
            "no alert sent (set another owner)"
        )
        return outcome
    outcome.channel = search.notify
    fresh = new_matches(session, search)
    outcome.new = len(fresh)
    if not fresh:
        session.commit()
        outcome.status = "nothing-new"
        return outcome
    try:
        sender = channel or alert_channel(search.notify, settings, transport)
    except AlertConfigError as error:
        session.commit()
        outcome.notes.append(f"search {search.id} ({search.name}): {error}")
        return outcome

    language = search.alert_language or (employee.language if employee else None) or "fr"
    digest = SearchDigest(
        search_id=search.id,
        channel=search.notify,
        recipient=search.owner_email,
        language=language if language in _LABELS else "fr",
        status="sending",
        candidates=len(fresh),
    )
    session.add(digest)
    session.flush()
    session.add_all(
        SearchSeen(search_id=search.id, identity_id=i.id, digest_id=digest.id)
        for r in fresh
        for i in r.candidate.identities
    )
    cap = settings.search_alert_max_candidates
    message = compose_digest(
        f"search-digest-{search.id}-{digest.id}",
        search.name,
        digest_items(fresh[:cap]),
        digest.language,
        search.owner_email,
        settings,
        recipient_name=employee.full_name if employee else "",
        slack_id=employee.slack_id if employee else "",
        more=max(0, len(fresh) - cap),
    )
    try:
        session.commit()  # the intent, with what it announces, before anything leaves
    except IntegrityError:
        session.rollback()
        outcome.status = "busy"
        outcome.notes.append(
            f"search {search.id} ({search.name}): another run is announcing it; skipped"
        )
        return outcome
    outcome.digest_id = digest.id
    try:
        where = sender.send(message)
    except DeliveryError as error:
        digest.status, digest.last_error = "failed", str(error)
        session.execute(delete(SearchSeen).where(SearchSeen.digest_id == digest.id))
        session.commit()
        outcome.status = "failed"
        outcome.notes.append(
            f"search {search.id} ({search.name}): alert not sent, retried next run: {error}"
        )
        return outcome
    digest.status, digest.sent_at, digest.delivered_to = "sent", datetime.now(UTC), where[:1000]
    digest.last_error = None
    session.add(
        AuditEvent(
            action="search-alert",
            subject=f"search:{search.id}",
            details={
                "digest": digest.id,
                "channel": digest.channel,
                "to": search.owner_email,
                "candidates": digest.candidates,
                "language": digest.language,
            },
        )
    )
    session.commit()
    outcome.status, outcome.delivered_to = "sent", where
    return outcome


__all__ = [
    "ALERT_CHANNELS",
    "AlertConfigError",
    "AlertOutcome",
    "DigestDelivery",
    "DigestItem",
    "SlackDigestChannel",
    "TeamsDigestChannel",
    "alert_channel",
    "announce_new_matches",
    "compose_digest",
    "digest_items",
    "new_matches",
]
