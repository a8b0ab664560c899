"""Salted hashes of people's identifiers: the suppression list every ingest checks."""

import hashlib

# The salt store_raw() has always used; changing it would forget every suppression.
DEFAULT_SALT = "vivier"


def identifier_hash(kind: str, value: str, salt: str = DEFAULT_SALT) -> str:
    return hashlib.sha256(f"{salt}|{kind}|{value}".encode()).hexdigest()
