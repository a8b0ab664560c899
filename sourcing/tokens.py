"""Signed links: HMAC-SHA256 tokens carrying a purpose, a subject id, an expiry and a
token id, URL-safe, checked in constant time, single-use where the caller asks for it.

A token is ``<payload>.<signature>``, both unpadded base64url; the payload is compact
JSON ``{"p": purpose, "s": subject, "e": expiry (unix seconds), "j": token id}``. The
signature covers the payload bytes, so nothing in it can be changed without the key.

Errors (all ``TokenError``, each with a reason a person can read)::

    TokenError
    ├── MalformedToken     not a token at all (cut, truncated, garbage)
    ├── BadSignature       changed, or signed with another key
    ├── WrongPurpose       a valid token for something else (an opt-out link used to answer)
    ├── TokenExpired       valid but too old
    └── TokenAlreadyUsed   a single-use token presented a second time
"""

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.tables import UsedToken
from sourcing.settings import Settings

PURPOSE_REFERRAL_ANSWER = "referral-answer"
PURPOSE_CANDIDATE_OPTOUT = "candidate-optout"
MIN_KEY_LENGTH = 32
MAX_TOKEN_LENGTH = 1024
DEV_KEY_FILE = "secret-key.dev"

log = logging.getLogger("vivier.tokens")


class TokenError(Exception):
    """The token was refused; ``reason`` says why in plain words."""

    reason = "this link is not valid"

    def __init__(self, reason: str | None = None) -> None:
        self.reason = reason or type(self).reason
        super().__init__(self.reason)


class MalformedToken(TokenError):
    reason = "this link is incomplete or damaged (was it cut when copied?)"


class BadSignature(TokenError):
    reason = "this link was changed or was not issued by this server"


class WrongPurpose(TokenError):
    reason = "this link is meant for something else"


class TokenExpired(TokenError):
    reason = "this link has expired"


class TokenAlreadyUsed(TokenError):
    reason = "this link has already been used"


@dataclass(frozen=True)
class TokenClaims:
    purpose: str
    subject: str
    expires_at: datetime
    token_id: str


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise MalformedToken() from error


class TokenSigner:
    """Issues and verifies signed tokens with one secret key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < MIN_KEY_LENGTH:
            raise ValueError(f"the signing key must be at least {MIN_KEY_LENGTH} bytes long")
        self._key = key

    def __repr__(self) -> str:  # never show the key, even in a traceback
        return "TokenSigner(key=**********)"

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def issue(
        self, purpose: str, subject: str, lifetime: timedelta, now: datetime | None = None
    ) -> str:
        """A new token (with a fresh random id) for ``subject``, valid for ``lifetime``."""
        now = now or datetime.now(UTC)
        body = {
            "p": purpose,
            "s": subject,
            "e": int((now + lifetime).timestamp()),
            "j": secrets.token_urlsafe(12),
        }
        payload = json.dumps(body, separators=(",", ":"), sort_keys=True).encode()
        return f"{_b64encode(payload)}.{_b64encode(self._sign(payload))}"

    def verify(self, token: str, purpose: str, now: datetime | None = None) -> TokenClaims:
        """The token's claims, or a ``TokenError`` saying why it is refused. The
        signature is checked (in constant time) before anything in the payload is read."""
        if not token or len(token) > MAX_TOKEN_LENGTH or token.count(".") != 1:
            raise MalformedToken()
        encoded_payload, encoded_signature = token.split(".")
        payload = _b64decode(encoded_payload)
        signature = _b64decode(encoded_signature)
        if not hmac.compare_digest(signature, self._sign(payload)):
            raise BadSignature()
        try:
            body = json.loads(payload)
            claims = TokenClaims(
                purpose=str(body["p"]),
                subject=str(body["s"]),
                expires_at=datetime.fromtimestamp(int(body["e"]), UTC),
                token_id=str(body["j"]),
            )
        except (ValueError, KeyError, TypeError, OverflowError, OSError) as error:
            raise MalformedToken() from error
        if not hmac.compare_digest(claims.purpose.encode(), purpose.encode()):
            raise WrongPurpose(f"this link is meant for {claims.purpose!r}, not {purpose!r}")
        if (now or datetime.now(UTC)) >= claims.expires_at:
            raise TokenExpired(
                f"this link expired on {claims.expires_at:%Y-%m-%d %H:%M} UTC; ask for a new one"
            )
        return claims


def consume(session: Session, claims: TokenClaims, now: datetime | None = None) -> None:
    """Record that this token was used; raises ``TokenAlreadyUsed`` the second time,
    also when two requests race (the token id is unique in the database)."""
    if session.scalar(select(UsedToken.id).where(UsedToken.token_id == claims.token_id)):
        raise TokenAlreadyUsed()
    try:
        with session.begin_nested():
            session.add(
                UsedToken(
                    token_id=claims.token_id,
                    purpose=claims.purpose,
                    subject=claims.subject,
                    used_at=now or datetime.now(UTC),
                )
            )
    except IntegrityError as error:
        raise TokenAlreadyUsed() from error


def is_used(session: Session, claims: TokenClaims) -> bool:
    return (
        session.scalar(select(UsedToken.id).where(UsedToken.token_id == claims.token_id))
        is not None
    )


@dataclass(frozen=True)
class SigningKey:
    key: bytes
    development: bool
    path: Path | None = None


def signing_key(settings: Settings) -> SigningKey:
    """``VIVIER_SECRET_KEY``, or else a development key generated once and kept in the
    data folder (readable by its owner only). The key itself is never logged."""
    if settings.secret_key is not None:
        value = settings.secret_key.get_secret_value().encode()
        if len(value) < MIN_KEY_LENGTH:
            raise ValueError(
                f"VIVIER_SECRET_KEY is too short: use at least {MIN_KEY_LENGTH} random "
                "characters, e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return SigningKey(value, development=False)
    path = settings.home / DEV_KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        log.warning("generated a development signing key in %s", path)
    value = path.read_text().strip().encode()
    if len(value) < MIN_KEY_LENGTH:
        raise ValueError(f"{path} holds no usable key; delete it to generate a new one")
    return SigningKey(value, development=True, path=path)


def signer_for(settings: Settings) -> TokenSigner:
    return TokenSigner(signing_key(settings).key)
