"""The rights of the people in the pool (GDPR Art. 15 and 17): find a person by e-mail,
profile URL or handle, report everything held about them, and erase them for good.

Erasure removes the candidate and every identity of theirs (raw payloads, parses,
keys), their skills, schools, search results, referral requests and review pairs, and
the referral messages left in the outbox. Salted hashes of their identifiers go on the
suppression list, which every ingest checks, so they are never imported again. The
audit log records that an erasure happened, with counts and no personal data."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from models.tables import (
    AuditEvent,
    Candidate,
    CandidateSkill,
    Education,
    Identity,
    IdentityKey,
    MatchLink,
    ReferralRequest,
    ReviewPair,
    Search,
    SearchResult,
    SearchSeen,
    Suppression,
)
from sourcing.dedupe.keys import EXACT_KINDS, profile_url_key
from sourcing.dedupe.normalise import normalise_email, normalise_handle, normalise_url
from sourcing.sources import read_fields
from sourcing.sources.terms import contact_addresses
from sourcing.suppression import identifier_hash, identifiers_of, suppression_salts


class PersonNotFound(LookupError):
    """No identity in the pool matches the selector."""


@dataclass(frozen=True)
class Selector:
    """How the person asking is identified: exactly one of e-mail, URL or handle."""

    email: str | None = None
    url: str | None = None
    handle: str | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.email, self.url, self.handle) if v and v.strip()]
        if len(given) != 1:
            raise ValueError("give exactly one of an e-mail, a profile URL or a handle")
        if self.email is not None and "@" not in self.email.strip("@"):
            raise ValueError(f"not an e-mail address: {self.email!r}")

    def describe(self) -> str:
        if self.email:
            return f"e-mail {self.email}"
        if self.url:
            return f"URL {self.url}"
        return f"handle {self.handle}"


def find_identities(session: Session, selector: Selector) -> list[Identity]:
    """The identities the selector names, and every other identity of their candidates
    (one person, however many networks)."""
    matched: set[int] = set()
    if selector.email:
        matched |= _with_key(session, "email", normalise_email(selector.email))
    if selector.url:
        if key := profile_url_key(selector.url):
            matched |= _with_key(session, "url", key)
        wanted = normalise_url(selector.url)
        matched |= {
            i
            for i, url in session.execute(select(Identity.id, Identity.url)).tuples()
            if url and normalise_url(url) == wanted
        }
    if selector.handle:
        wanted = normalise_handle(selector.handle)
        if not wanted:
            raise ValueError(f"not a handle: {selector.handle!r}")
        matched |= _with_key(session, "handle", wanted)
        matched |= {
            i
            for i, handle in session.execute(select(Identity.id, Identity.handle)).tuples()
            if handle and normalise_handle(handle) == wanted
        }
    if not matched:
        return []
    candidates = set(
        session.scalars(
            select(Identity.candidate_id).where(
                Identity.id.in_(matched), Identity.candidate_id.is_not(None)
            )
        )
    )
    return list(
        session.scalars(
            select(Identity)
            .where(or_(Identity.id.in_(matched), Identity.candidate_id.in_(candidates)))
            .order_by(Identity.id)
        )
    )


def _with_key(session: Session, kind: str, value: str) -> set[int]:
    return set(
        session.scalars(
            select(IdentityKey.identity_id).where(
                IdentityKey.kind == kind, IdentityKey.value == value
            )
        )
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def access_report(session: Session, selector: Selector) -> dict[str, Any]:
    """Everything the pool holds about the person (Art. 15), as JSON-ready data, with
    where each piece came from and when."""
    identities = find_identities(session, selector)
    if not identities:
        raise PersonNotFound(f"nobody in the pool has the {selector.describe()}")
    candidate_ids = sorted({i.candidate_id for i in identities if i.candidate_id})
    identity_ids = [i.id for i in identities]
    report: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(),
        "selector": selector.describe(),
        "identities": [
            {
                "id": i.id,
                "candidate_id": i.candidate_id,
                "source": i.source,
                "external_id": i.external_id,
                "url": i.url,
                "handle": i.handle,
                "display_name": i.display_name,
                "fetched_at": _iso(i.fetched_at),
                "origin": i.origin,
                "payload": i.payload,
                "text": i.text,
                "parsed": i.parsed,
            }
            for i in identities
        ],
        "candidates": [],
        "review_pairs": [
            {
                "identities": [r.identity_a_id, r.identity_b_id],
                "status": r.status,
                "evidence": r.evidence,
            }
            for r in session.scalars(
                select(ReviewPair).where(
                    or_(
                        ReviewPair.identity_a_id.in_(identity_ids),
                        ReviewPair.identity_b_id.in_(identity_ids),
                    )
                )
            )
        ],
        "match_links": [
            {
                "identities": [m.identity_a_id, m.identity_b_id],
                "rule": m.rule,
                "evidence": m.evidence,
            }
            for m in session.scalars(
                select(MatchLink).where(MatchLink.identity_a_id.in_(identity_ids))
            )
        ],
        # Saved-search alerts that named the person to a search's owner.
        "search_alerts": [
            {"search": name, "identity": seen.identity_id, "announced_at": _iso(seen.seen_at)}
            for seen, name in session.execute(
                select(SearchSeen, Search.name)
                .join(Search, Search.id == SearchSeen.search_id)
                .where(SearchSeen.identity_id.in_(identity_ids))
                .order_by(SearchSeen.id)
            ).tuples()
        ],
    }
    for candidate_id in candidate_ids:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        report["candidates"].append(
            {
                "id": candidate.id,
                "display_name": candidate.display_name,
                "headline": candidate.headline,
                "city": candidate.city,
                "country": candidate.country,
                "open_to_work": candidate.open_to_work,
                "created_at": _iso(candidate.created_at),
                "contact_addresses": contact_addresses(
                    (i.source, e)
                    for i in identities
                    if i.candidate_id == candidate.id
                    for e in (i.parsed or {}).get("emails", [])
                ),
                "skills": [
                    {"id": s.skill_id, "label": s.label, "sources": s.sources}
                    for s in candidate.skills
                ],
                "education": [
                    {
                        "school_id": e.school_id,
                        "school": e.school_name,
                        "start_year": e.start_year,
                        "end_year": e.end_year,
                        "from_identity": e.identity_id,
                    }
                    for e in candidate.education
                ],
                "search_results": [
                    {
                        "search": name,
                        "rank": r.rank,
                        "why": r.explanation,
                        "at": _iso(r.created_at),
                    }
                    for r, name in session.execute(
                        select(SearchResult, Search.name)
                        .join(Search, Search.id == SearchResult.search_id)
                        .where(SearchResult.candidate_id == candidate_id)
                    ).tuples()
                ],
                "referral_requests": [
                    {
                        "id": r.id,
                        "status": r.status,
                        "school_id": r.school_id,
                        "channel": r.channel,
                        "sent_at": _iso(r.sent_at),
                    }
                    for r in session.scalars(
                        select(ReferralRequest).where(ReferralRequest.candidate_id == candidate_id)
                    )
                ],
            }
        )
    return report


def write_access_report(session: Session, selector: Selector, folder: Path, actor: str) -> Path:
    """The access report as a JSON file in ``folder``; the export is audited."""
    report = access_report(session, selector)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    path = folder / f"access-report-{stamp}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    record_access(session, report, actor, path.name)
    return path


def record_access(session: Session, report: dict[str, Any], actor: str, destination: str) -> None:
    """Write to the audit log that an access report left the pool, and where to."""
    session.add(
        AuditEvent(
            actor=actor,
            action="access-report",
            subject=f"candidates:{','.join(str(c['id']) for c in report['candidates'])}",
            details={"to": destination, "identities": len(report["identities"])},
        )
    )


@dataclass
class ErasureReport:
    candidates: int = 0
    identities: int = 0
    skills: int = 0
    schools: int = 0
    search_results: int = 0
    referral_requests: int = 0
    review_pairs: int = 0
    outbox_files: int = 0
    suppressed_identifiers: int = 0
    sources: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def erase(
    session: Session,
    selector: Selector,
    actor: str,
    salt: str | None = None,
    outbox: Path | None = None,
) -> ErasureReport:
    """Erase the person the selector names and suppress their identifiers. Suppression
    happens even when the pool holds nothing about them yet (an objection made before
    sourcing). Commits nothing: the caller's transaction makes it all or nothing."""
    identifiers: set[tuple[str, str]] = set()
    if selector.email:
        identifiers.add(("email", normalise_email(selector.email)))
    if selector.url:
        identifiers.add(("url", normalise_url(selector.url)))
    return _erase(
        session, find_identities(session, selector), identifiers, actor, "erase", salt, outbox
    )


def erase_candidate(
    session: Session,
    candidate_id: int,
    actor: str,
    salt: str | None = None,
    outbox: Path | None = None,
) -> ErasureReport:
    """Erase a candidate the way ``erase`` does (e.g. after they objected through the
    link in their Art. 14 notice)."""
    identities = list(
        session.scalars(
            select(Identity).where(Identity.candidate_id == candidate_id).order_by(Identity.id)
        )
    )
    if not identities:
        raise PersonNotFound(f"no candidate {candidate_id} in the pool")
    return _erase(session, identities, set(), actor, "objection", salt, outbox)


def _erase(
    session: Session,
    identities: list[Identity],
    identifiers: set[tuple[str, str]],
    actor: str,
    action: str,
    salt: str | None,
    outbox: Path | None,
) -> ErasureReport:
    salt = salt or suppression_salts()[0]
    report = ErasureReport()
    for identity in identities:
        # What the ingest check computes from a payload (declared e-mails and URLs)...
        fields = read_fields(identity.source, identity.payload or {"text": identity.text})
        identifiers |= identifiers_of(
            identity.source,
            identity.external_id,
            identity.handle or fields.handle,
            [identity.url, *fields.urls],
            fields.emails,
        )
        # and the exact keys dedupe found (e-mails and profile links in the text): a
        # new account that gives any of them is the same person
        identifiers |= {(k.kind, k.value) for k in identity.keys if k.kind in EXACT_KINDS}
    hashes = {identifier_hash(kind, value, salt): kind for kind, value in identifiers if value}
    known = set(
        session.scalars(
            select(Suppression.identifier_hash).where(Suppression.identifier_hash.in_(hashes))
        )
    )
    session.add_all(
        Suppression(identifier_hash=h, kind=kind) for h, kind in hashes.items() if h not in known
    )
    report.suppressed_identifiers = len(hashes)

    remove(session, identities, outbox, report)
    session.add(
        AuditEvent(
            actor=actor,
            action=action,
            subject=f"suppression:{min(hashes)[:16]}" if hashes else "suppression:none",
            details={k: v for k, v in report.as_dict().items() if k != "sources"}
            | {"sources": report.sources},
        )
    )
    session.flush()
    return report


def remove(
    session: Session,
    identities: list[Identity],
    outbox: Path | None,
    report: ErasureReport | None = None,
) -> ErasureReport:
    """Delete the given identities, their candidates and everything hanging from them
    (the part of erasure that retention purges share; it suppresses nothing)."""
    report = report or ErasureReport()
    identity_ids = [i.id for i in identities]
    candidate_ids = sorted({i.candidate_id for i in identities if i.candidate_id})
    report.sources = sorted({i.source for i in identities})
    requests = session.scalars(
        select(ReferralRequest).where(ReferralRequest.candidate_id.in_(candidate_ids))
    ).all()
    if outbox is not None and outbox.is_dir():
        patterns = [f"referral-{r.id}-*" for r in requests]
        patterns += [f"notice-{c}-*" for c in candidate_ids]
        # saved-search alerts that named them (the whole digest goes: it names them)
        digests = session.scalars(
            select(SearchSeen.digest_id)
            .where(SearchSeen.identity_id.in_(identity_ids), SearchSeen.digest_id.is_not(None))
            .distinct()
        )
        patterns += [f"search-digest-*-{d}.eml" for d in digests]
        for pattern in patterns:
            for path in outbox.glob(pattern):
                path.unlink()
                report.outbox_files += 1
    report.referral_requests = len(requests)
    report.review_pairs = _deleted(
        session,
        delete(ReviewPair).where(
            or_(
                ReviewPair.identity_a_id.in_(identity_ids),
                ReviewPair.identity_b_id.in_(identity_ids),
            )
        ),
    )
    session.execute(
        delete(MatchLink).where(
            or_(
                MatchLink.identity_a_id.in_(identity_ids), MatchLink.identity_b_id.in_(identity_ids)
            )
        )
    )
    session.execute(delete(IdentityKey).where(IdentityKey.identity_id.in_(identity_ids)))
    report.schools = _deleted(
        session,
        delete(Education).where(
            or_(Education.candidate_id.in_(candidate_ids), Education.identity_id.in_(identity_ids))
        ),
    )
    report.skills = _deleted(
        session, delete(CandidateSkill).where(CandidateSkill.candidate_id.in_(candidate_ids))
    )
    report.search_results = _deleted(
        session, delete(SearchResult).where(SearchResult.candidate_id.in_(candidate_ids))
    )
    session.execute(delete(ReferralRequest).where(ReferralRequest.candidate_id.in_(candidate_ids)))
    report.identities = _deleted(session, delete(Identity).where(Identity.id.in_(identity_ids)))
    report.candidates = _deleted(session, delete(Candidate).where(Candidate.id.in_(candidate_ids)))
    return report


def _deleted(session: Session, statement: Any) -> int:
    return int(session.execute(statement).rowcount or 0)
