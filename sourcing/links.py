"""The signed links Vivier puts in messages, served by `vivier web`."""

from datetime import datetime, timedelta

from models.tables import ReferralRequest
from sourcing.settings import Settings
from sourcing.tokens import PURPOSE_CANDIDATE_OPTOUT, PURPOSE_REFERRAL_ANSWER, signer_for


def _base(settings: Settings) -> str:
    return settings.public_url.rstrip("/")


def answer_url(request: ReferralRequest, settings: Settings, now: datetime | None = None) -> str:
    """Where the employee answers "I know them / I don't / stop asking me" about one
    request; valid ``VIVIER_ANSWER_LINK_DAYS`` days."""
    token = signer_for(settings).issue(
        PURPOSE_REFERRAL_ANSWER,
        str(request.id),
        timedelta(days=settings.answer_link_days),
        now,
    )
    return f"{_base(settings)}/r/{token}"


def candidate_optout_url(candidate_id: int, settings: Settings, now: datetime | None = None) -> str:
    """A candidate's one-click objection link (for the Art. 14 notice and any outreach);
    valid ``VIVIER_OPTOUT_LINK_DAYS`` days."""
    token = signer_for(settings).issue(
        PURPOSE_CANDIDATE_OPTOUT,
        str(candidate_id),
        timedelta(days=settings.optout_link_days),
        now,
    )
    return f"{_base(settings)}/optout/{token}"
