"""Signed tokens: what they carry, what they refuse and why, single use, the key."""

import base64
import json
import logging
import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pydantic import SecretStr
from sqlalchemy.orm import Session

from sourcing.settings import Settings
from sourcing.tokens import (
    BadSignature,
    MalformedToken,
    TokenAlreadyUsed,
    TokenError,
    TokenExpired,
    TokenSigner,
    WrongPurpose,
    consume,
    is_used,
    signing_key,
)

KEY = b"k" * 32
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_token_carries_purpose_subject_expiry_and_a_fresh_id() -> None:
    signer = TokenSigner(KEY)
    first = signer.issue("referral-answer", "42", timedelta(days=30), NOW)
    second = signer.issue("referral-answer", "42", timedelta(days=30), NOW)
    claims = signer.verify(first, "referral-answer", NOW + timedelta(days=29))
    assert (claims.purpose, claims.subject) == ("referral-answer", "42")
    assert claims.expires_at == NOW + timedelta(days=30)
    assert first != second
    assert claims.token_id != signer.verify(second, "referral-answer", NOW).token_id
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", first)  # safe in a URL path


def test_a_token_expires_at_its_expiry() -> None:
    signer = TokenSigner(KEY)
    token = signer.issue("referral-answer", "1", timedelta(hours=1), NOW)
    signer.verify(token, "referral-answer", NOW + timedelta(minutes=59))
    with pytest.raises(TokenExpired, match="expired on 2026-11-28 13:00 UTC"):
        signer.verify(token, "referral-answer", NOW + timedelta(hours=1))


def test_a_changed_payload_fails_the_signature() -> None:
    signer = TokenSigner(KEY)
    token = signer.issue("referral-answer", "1", timedelta(days=1), NOW)
    payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    for change in ({"s": "2"}, {"e": body["e"] + 86400 * 365}, {"p": "candidate-optout"}):
        forged = _b64(json.dumps({**body, **change}, separators=(",", ":")).encode())
        with pytest.raises(BadSignature):
            signer.verify(f"{forged}.{signature}", "referral-answer", NOW)


def test_a_token_from_another_key_is_refused() -> None:
    token = TokenSigner(b"x" * 40).issue("referral-answer", "1", timedelta(days=1), NOW)
    with pytest.raises(BadSignature, match="not issued by this server"):
        TokenSigner(KEY).verify(token, "referral-answer", NOW)


def test_a_token_for_another_purpose_is_refused_and_named() -> None:
    signer = TokenSigner(KEY)
    token = signer.issue("candidate-optout", "7", timedelta(days=1), NOW)
    with pytest.raises(WrongPurpose, match="'candidate-optout', not 'referral-answer'"):
        signer.verify(token, "referral-answer", NOW)


@pytest.mark.parametrize(
    "garbage", ["", "abc", "a.b.c", "!!!.???", "." * 2000, "e30.", _b64(b"{}") + ".AAAA"]
)
def test_garbage_is_refused_as_malformed_or_unsigned(garbage: str) -> None:
    with pytest.raises((MalformedToken, BadSignature)):
        TokenSigner(KEY).verify(garbage, "referral-answer", NOW)


@hypothesis_settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.binary(max_size=200).map(_b64), st.binary(max_size=60))
def test_any_input_is_refused_with_a_token_error_never_a_crash(
    payload: str, signature: bytes
) -> None:
    signer = TokenSigner(KEY)
    for candidate in (payload, f"{payload}.{_b64(signature)}"):
        with pytest.raises(TokenError):
            signer.verify(candidate, "referral-answer", NOW)


def test_a_signed_payload_missing_claims_is_malformed() -> None:
    signer = TokenSigner(KEY)
    for payload in (b'{"p":"referral-answer"}', b"[1]", b'{"p":1,"s":1,"e":1e300,"j":1}', b"\xff"):
        token = f"{_b64(payload)}.{_b64(signer._sign(payload))}"
        with pytest.raises(MalformedToken):
            signer.verify(token, "referral-answer", NOW)


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 32"):
        TokenSigner(b"short")
    settings = Settings(secret_key=SecretStr("too short"))
    with pytest.raises(ValueError, match="VIVIER_SECRET_KEY is too short"):
        signing_key(settings)


def test_a_single_use_token_is_refused_the_second_time(session: Session) -> None:
    signer = TokenSigner(KEY)
    token = signer.issue("candidate-optout", "3", timedelta(days=1), NOW)
    claims = signer.verify(token, "candidate-optout", NOW)
    assert not is_used(session, claims)
    consume(session, claims, NOW)
    session.commit()
    assert is_used(session, claims)
    with pytest.raises(TokenAlreadyUsed):
        consume(session, claims, NOW)


def test_the_development_key_is_made_once_private_and_never_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = Settings(home=tmp_path / "home", secret_key=None)
    first = signing_key(settings)
    second = signing_key(settings)
    assert first.development and first.key == second.key and len(first.key) >= 32
    assert first.path is not None
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert "development signing key" in caplog.text
    assert first.key.decode() not in caplog.text
    assert first.key.decode() not in repr(TokenSigner(first.key))
    configured = signing_key(Settings(home=tmp_path / "home", secret_key=SecretStr("s" * 40)))
    assert not configured.development and configured.key == b"s" * 40
    assert "s" * 40 not in repr(Settings(secret_key=SecretStr("s" * 40)))
