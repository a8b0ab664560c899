"""The nightly refresh of stored profiles: re-fetch identities older than a given age,
conditionally where the network allows it (a GitHub 304 costs nothing and keeps the
stored profile); changed profiles are re-parsed and re-resolved by the next ingest."""

import asyncio
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schemas import RawProfile
from models.tables import Identity
from sourcing.http import HttpError
from sourcing.sources import SEARCHABLE, SourceContext, SourceError, get_source
from sourcing.sources.base import Refreshable, StoredProfile


@dataclass
class RefreshReport:
    checked: int = 0
    not_modified: list[tuple[str, str]] = field(default_factory=list)
    changed: list[RawProfile] = field(default_factory=list)
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def stale_identities(session: Session, older_than: timedelta) -> list[Identity]:
    """Identities fetched before ``now - older_than`` (``0`` = all), oldest first."""
    cutoff = datetime.now(UTC) - older_than
    return list(
        session.scalars(
            select(Identity).where(Identity.fetched_at <= cutoff).order_by(Identity.fetched_at)
        )
    )


async def _refresh_one(source: Refreshable, stored: StoredProfile, report: RefreshReport) -> None:
    try:
        fresh = await source.refresh(stored)
    except (SourceError, HttpError, httpx.HTTPError, OSError, ValueError) as error:
        report.failed += 1
        report.errors.append(f"{stored.source}:{stored.external_id}: {error}")
        return
    report.checked += 1
    if fresh is None:
        report.not_modified.append((stored.source, stored.external_id))
    else:
        report.changed.append(fresh)


async def refetch(
    identities: list[Identity], context: SourceContext | None = None, concurrency: int = 8
) -> RefreshReport:
    """Re-fetch each identity through the source that found it."""
    report = RefreshReport()
    sources: dict[str, Refreshable | None] = {}
    semaphore = asyncio.Semaphore(concurrency)
    jobs = []
    for identity in identities:
        name = identity.origin or identity.source
        if name not in sources:
            source = get_source(name, context) if name in SEARCHABLE else None
            sources[name] = source if isinstance(source, Refreshable) else None
        source = sources[name]
        if source is None:
            report.skipped += 1
            continue
        stored = StoredProfile(
            identity.source,
            identity.external_id,
            identity.handle,
            identity.url,
            identity.etag,
            identity.last_modified,
        )

        async def run(source: Refreshable = source, stored: StoredProfile = stored) -> None:
            async with semaphore:
                await _refresh_one(source, stored, report)

        jobs.append(run())
    async with AsyncExitStack() as stack:
        for source in sources.values():
            if source is not None and hasattr(source, "__aenter__"):
                await stack.enter_async_context(source)  # type: ignore[arg-type]
        await asyncio.gather(*jobs)
    return report


def mark_not_modified(session: Session, identities: list[Identity], report: RefreshReport) -> None:
    """Profiles the network confirmed unchanged were checked now: move ``fetched_at``."""
    unchanged = set(report.not_modified)
    now = datetime.now(UTC)
    for identity in identities:
        if (identity.source, identity.external_id) in unchanged:
            identity.fetched_at = now
    session.flush()


def run_refetch(identities: list[Identity], context: SourceContext | None = None) -> RefreshReport:
    """Synchronous front of ``refetch``."""
    return asyncio.run(refetch(identities, context))


def parse_duration(text: str) -> timedelta:
    """``"7d"``, ``"12h"``, ``"30m"``, ``"90s"``, ``"0"`` -> a timedelta."""
    text = text.strip().lower()
    units = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds", "w": "weeks"}
    try:
        if text and text[-1] in units:
            return timedelta(**{units[text[-1]]: float(text[:-1])})
        return timedelta(days=float(text))
    except ValueError as error:
        raise ValueError(f"not a duration: {text!r} (use e.g. 7d, 12h, 30m or 0)") from error
