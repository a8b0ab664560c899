"""Talent-pool writes and reads: store raw profiles first, parse what changed, resolve
identities into candidates, keep each candidate's skills and education up to date.

Each step picks its work from the database state (``parsed_hash``, ``resolved_hash``),
so a run killed halfway is finished by the next one, without duplicates."""

import hashlib
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload

from models.schemas import IngestReport, ParsedProfile, ProfileFields, RawProfile
from models.tables import (
    Candidate,
    CandidateSkill,
    Education,
    Identity,
    MatchModel,
    Suppression,
)
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.pool_model import NotEnoughData, fit_pool_model, is_outdated
from sourcing.dedupe.resolve import resolve
from sourcing.parsing.pipeline import ProfileParser
from sourcing.parsing.vocab import load_skills
from sourcing.sources import read_fields
from sourcing.suppression import identifier_hash, identifiers_of, suppression_salts

PARSE_BATCH = 256
T = TypeVar("T")


def content_hash(raw: RawProfile) -> str:
    body = json.dumps(
        {"payload": raw.payload, "text": raw.text}, sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _suppressed(
    session: Session, raw: RawProfile, fields: ProfileFields, salts: Sequence[str]
) -> bool:
    identifiers = identifiers_of(
        raw.source,
        raw.external_id,
        raw.handle or fields.handle,
        [raw.url, *fields.urls],
        fields.emails,
    )
    hashes = [identifier_hash(kind, value, salt) for kind, value in identifiers for salt in salts]
    return bool(
        session.scalar(select(Suppression.id).where(Suppression.identifier_hash.in_(hashes)))
    )


def store_raw(
    session: Session, raws: Iterable[RawProfile], salts: Sequence[str] | None = None
) -> IngestReport:
    """Upsert raw profiles by (source, external_id). Unchanged payloads only refresh
    ``fetched_at``; people on the suppression list are skipped."""
    report = IngestReport()
    checked = list(salts) if salts is not None else suppression_salts()
    for raw in raws:
        report.fetched += 1
        report.by_source[raw.source] = report.by_source.get(raw.source, 0) + 1
        fields = fields_of(raw)
        if _suppressed(session, raw, fields, checked):
            report.suppressed += 1
            continue
        digest = content_hash(raw)
        identity = session.scalar(
            select(Identity).where(
                Identity.source == raw.source, Identity.external_id == raw.external_id
            )
        )
        if identity is None:
            session.add(
                Identity(
                    source=raw.source,
                    external_id=raw.external_id,
                    handle=raw.handle or fields.handle,
                    url=raw.url,
                    display_name=fields.name,
                    payload=_payload_of(raw),
                    content_hash=digest,
                    etag=raw.etag,
                    last_modified=raw.last_modified,
                    origin=raw.origin,
                    fetched_at=raw.fetched_at,
                    text=fields.text,
                )
            )
            report.new += 1
        elif identity.content_hash != digest:
            identity.payload = _payload_of(raw)
            identity.content_hash = digest
            identity.handle = raw.handle or fields.handle
            identity.url = raw.url
            identity.display_name = fields.name
            identity.text = fields.text
            identity.etag = raw.etag
            identity.last_modified = raw.last_modified
            identity.fetched_at = raw.fetched_at
            report.updated += 1
        else:
            identity.fetched_at = raw.fetched_at
            identity.etag = raw.etag or identity.etag
            identity.last_modified = raw.last_modified or identity.last_modified
            report.unchanged += 1
        session.flush()
    return report


def _payload_of(raw: RawProfile) -> dict[str, Any]:
    if raw.payload:
        return raw.payload
    return {"text": raw.text or ""}


def fields_of(raw: RawProfile) -> ProfileFields:
    return read_fields(raw.source, _payload_of(raw))


def awaiting_parse() -> ColumnElement[bool]:
    """Identities whose payload changed since they were last parsed."""
    return or_(Identity.parsed_hash.is_(None), Identity.parsed_hash != Identity.content_hash)


def awaiting_resolution() -> ColumnElement[bool]:
    """Parsed identities that changed since they were last resolved."""
    return and_(
        Identity.parsed_hash == Identity.content_hash,
        or_(Identity.resolved_hash.is_(None), Identity.resolved_hash != Identity.content_hash),
    )


def parse_pending(session: Session, parser: ProfileParser, ids: Sequence[int] | None = None) -> int:
    """Parse every identity (of ``ids``, if given) whose payload changed since it was
    last parsed."""
    done = 0
    waiting = select(Identity).where(awaiting_parse())
    if ids is not None:
        waiting = waiting.where(Identity.id.in_(list(ids)))
    while True:
        batch = session.scalars(waiting.order_by(Identity.id).limit(PARSE_BATCH)).all()
        if not batch:
            return done
        fields = [read_fields(i.source, i.payload) for i in batch]
        for identity, parsed in zip(batch, parser.parse_many(fields), strict=True):
            identity.parsed = parsed.model_dump(mode="json")
            identity.parsed_hash = identity.content_hash
        session.flush()
        done += len(batch)


def resolve_pending(
    session: Session, config: DedupeConfig, ids: Sequence[int] | None = None
) -> tuple[int, int, set[int]]:
    """Resolve every parsed identity (of ``ids``, if given) that changed since it was
    last resolved. Returns (identities resolved, review pairs queued, candidates
    touched)."""
    waiting = select(Identity.id).where(awaiting_resolution())
    if ids is not None:
        waiting = waiting.where(Identity.id.in_(list(ids)))
    pending = session.scalars(waiting.order_by(Identity.id)).all()
    if not pending:
        return 0, 0, set()
    report = resolve(session, list(pending), config)
    for identity in session.scalars(select(Identity).where(Identity.id.in_(pending))):
        identity.resolved_hash = identity.content_hash
    refresh_candidates(session, report.touched_candidates)
    return len(pending), report.review_pairs, report.touched_candidates


def reresolve_all(session: Session, config: DedupeConfig) -> tuple[int, int, set[int]]:
    """Resolve the whole pool again, e.g. with a newly fitted match model. Candidates
    keep their ids where their identities stay together; decisions of review stay."""
    session.execute(update(Identity).values(resolved_hash=None))
    return resolve_pending(session, config)


@dataclass
class RefitReport:
    fitted: bool
    reason: str
    model_id: int | None = None
    identities: int = 0
    candidates_before: int = 0
    candidates_after: int = 0
    review_pairs: int = 0


def refit(
    session: Session, config: DedupeConfig, min_growth: float = 0.2, force: bool = False
) -> RefitReport:
    """Fit a new match model when there is none yet or the pool grew by ``min_growth``
    since the last one, or the last one was fitted with older settings (or when
    ``force``d), then resolve the whole pool with it: with the model fixed, incremental
    resolution gives the batch clusters again."""
    parsed = session.scalar(
        select(func.count()).select_from(Identity).where(Identity.parsed.is_not(None))
    )
    last = session.scalar(select(MatchModel).order_by(MatchModel.id.desc()).limit(1))
    if (
        not force
        and last is not None
        and parsed < last.identities * (1 + min_growth)
        and not is_outdated(last)
    ):
        return RefitReport(
            False,
            f"{parsed} identities, model {last.id} was fitted on {last.identities}: "
            f"less than {min_growth:.0%} growth, kept",
            last.id,
            parsed,
        )
    before = session.scalar(select(func.count()).select_from(Candidate)) or 0
    try:
        row = fit_pool_model(session)
    except NotEnoughData as error:
        return RefitReport(False, str(error), last.id if last else None, parsed)
    session.commit()
    _, review, _ = reresolve_all(session, config)
    after = session.scalar(select(func.count()).select_from(Candidate)) or 0
    return RefitReport(True, "fitted", row.id, parsed, before, after, review)


STAGE_ATTEMPTS = 6


def is_conflict(error: DBAPIError) -> bool:
    """A conflict with a concurrent writer, gone if the transaction runs again: the same
    new profile inserted by two ingests (unique key), a deadlock, a serialization
    failure, or an SQLite pool still locked after its busy timeout."""
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in ("23505", "40P01", "40001", "55P03"):
        return True
    message = str(error.orig).lower()
    return "unique constraint failed" in message or "database is locked" in message


def run_stage(session: Session, stage: Callable[[], T]) -> T:
    """Run one ingest stage and commit it. On a conflict with a concurrent ingest the
    stage is rolled back and run again (a few times, after a short random pause): each
    stage reads its work from the database, so running it again is safe and sees what
    the other ingest committed."""
    for attempt in range(1, STAGE_ATTEMPTS + 1):
        try:
            result = stage()
            session.commit()
            return result
        except DBAPIError as error:
            session.rollback()
            if attempt == STAGE_ATTEMPTS or not is_conflict(error):
                raise
            time.sleep(random.uniform(0.05, 0.25) * attempt)
    raise AssertionError("unreachable")


def ingest(
    session: Session,
    raws: Iterable[RawProfile],
    parser: ProfileParser,
    config: DedupeConfig | None = None,
) -> IngestReport:
    """Store, parse and resolve. Commits after each stage so that no work is lost; a
    stage that conflicts with a concurrent ingest is run again (:func:`run_stage`)."""
    raws = list(raws)
    report = run_stage(session, lambda: store_raw(session, raws))
    report.parsed = run_stage(session, lambda: parse_pending(session, parser))
    _, review, _ = run_stage(session, lambda: resolve_pending(session, config or DedupeConfig()))
    report.review = review
    return report


def _best_name(names: list[str]) -> str:
    """The most informative name: full (several words, no lone initial), accented."""

    def quality(name: str) -> tuple[int, int, int, int]:
        words = name.split()
        complete = len(words) >= 2 and all(len(w.strip(".")) > 1 for w in words)
        return (complete, len(words), sum(not c.isascii() for c in name), len(name))

    return max(names, key=quality) if names else ""


def refresh_candidates(session: Session, candidate_ids: Iterable[int]) -> None:
    """Recompute each candidate's summary, skills and education from its identities."""
    ids = sorted(set(candidate_ids))
    for start in range(0, len(ids), 200):
        candidates = session.scalars(
            select(Candidate)
            .where(Candidate.id.in_(ids[start : start + 200]))
            .options(selectinload(Candidate.identities))
        ).all()
        chunk = [c.id for c in candidates]
        for table in (CandidateSkill, Education):
            session.execute(
                delete(table).where(table.candidate_id.in_(chunk)),
                execution_options={"synchronize_session": "fetch"},
            )
        skills: list[dict[str, Any]] = []
        schools: list[dict[str, Any]] = []
        for candidate in candidates:
            found_skills, found_schools = _refresh_candidate(candidate)
            skills += found_skills
            schools += found_schools
        if skills:
            session.execute(insert(CandidateSkill), skills)
        if schools:
            session.execute(insert(Education), schools)
    session.flush()


def _refresh_candidate(candidate: Candidate) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Update the candidate's summary; returns the rows of its skills and schools."""
    parsed = [(i, ParsedProfile.model_validate(i.parsed or {})) for i in candidate.identities]
    candidate.display_name = _best_name(
        [p.name or i.display_name for i, p in parsed if p.name or i.display_name]
    ) or (parsed[0][0].handle if parsed else "")
    candidate.headline = next((p.titles[0] for _, p in parsed if p.titles), "") or next(
        (p.headline for _, p in parsed if p.headline), ""
    )
    cities = Counter((p.location.city, p.location.country) for _, p in parsed if p.location.city)
    countries = Counter(p.location.country for _, p in parsed if p.location.country)
    if cities:
        candidate.city, candidate.country = cities.most_common(1)[0][0]
    else:
        candidate.city, candidate.country = (
            None,
            countries.most_common(1)[0][0] if countries else None,
        )
    candidate.open_to_work = any(p.open_to_work for _, p in parsed)

    skills: dict[str, tuple[str, list[str]]] = {}
    taxonomy = load_skills()
    for identity, p in parsed:
        for skill in [*p.skills, *p.sectors]:  # sectors stay searchable
            # A parse stored before a near-duplicate merge names the merged-away id.
            skill_id = taxonomy.canonical(skill.id)
            label = skill.label if skill_id == skill.id else taxonomy.entries[skill_id].label_en
            _, sources = skills.setdefault(skill_id, (label, []))
            sources.append(identity.source)
    skill_rows = [
        {
            "candidate_id": candidate.id,
            "skill_id": skill_id,
            "label": label,
            "evidence_count": len(sources),
            "sources": sorted(set(sources)),
        }
        for skill_id, (label, sources) in skills.items()
    ]
    schools: dict[str, dict[str, Any]] = {}
    for identity, p in parsed:
        for school in p.schools:
            known = schools.get(school.id)
            if known is None:
                schools[school.id] = {
                    "candidate_id": candidate.id,
                    "employee_id": None,
                    "identity_id": identity.id,
                    "school_id": school.id,
                    "school_name": school.name,
                    "programme": "",
                    "start_year": school.start_year,
                    "end_year": school.end_year,
                }
            else:
                known["start_year"] = known["start_year"] or school.start_year
                known["end_year"] = known["end_year"] or school.end_year
    return skill_rows, list(schools.values())


def iter_candidates(session: Session) -> Iterator[Candidate]:
    """Every candidate with its identities, in id order."""
    yield from session.scalars(
        select(Candidate).options(selectinload(Candidate.identities)).order_by(Candidate.id)
    )


def dump_candidate(candidate: Candidate) -> dict[str, Any]:
    return {
        "id": candidate.id,
        "name": candidate.display_name,
        "headline": candidate.headline,
        "city": candidate.city,
        "country": candidate.country,
        "open_to_work": candidate.open_to_work,
        "identities": [
            {"source": i.source, "external_id": i.external_id, "handle": i.handle, "url": i.url}
            for i in candidate.identities
        ],
    }
