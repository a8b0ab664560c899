"""Salted hashes of people's identifiers: the suppression list every ingest checks."""

import hashlib
from collections.abc import Iterable

from sourcing.dedupe.normalise import normalise_email, normalise_handle, normalise_url

# The salt used when VIVIER_SUPPRESSION_SALT is unset; entries made with it stay valid.
DEFAULT_SALT = "vivier"


def suppression_salts() -> list[str]:
    """The salts the suppression list is checked with: the installation's secret salt
    (``VIVIER_SUPPRESSION_SALT``; new entries use it) first, then the public default, so
    entries made before the secret was set still count. Never change a salt once set:
    the entries made with it would be forgotten."""
    from sourcing.settings import get_settings

    secret = get_settings().suppression_salt
    return [secret.get_secret_value(), DEFAULT_SALT] if secret else [DEFAULT_SALT]


def identifier_hash(kind: str, value: str, salt: str = DEFAULT_SALT) -> str:
    return hashlib.sha256(f"{salt}|{kind}|{value}".encode()).hexdigest()


def identifiers_of(
    source: str, external_id: str, handle: str, urls: Iterable[str], emails: Iterable[str]
) -> set[tuple[str, str]]:
    """What identifies a person on the suppression list: the account, its handle on its
    network, its own and declared URLs, its declared e-mails (normalised)."""
    identifiers = {("identity", f"{source}:{external_id}")}
    if plain := normalise_handle(handle):
        identifiers.add(("handle", f"{source}:{plain}"))
    identifiers |= {("url", normalise_url(u)) for u in urls if u and normalise_url(u)}
    identifiers |= {("email", normalise_email(e)) for e in emails if "@" in e}
    return identifiers
