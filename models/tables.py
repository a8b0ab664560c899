"""The talent pool's tables (SQLAlchemy 2 typed mappings)."""

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, Timestamped, UTCDateTime, utcnow

# Ids that leave the database (exports, links, review and referral numbers, the audit
# log's subjects) must never name someone else later: without AUTOINCREMENT, SQLite hands
# the id of the latest deleted (erased, merged-away) row to the next insert. PostgreSQL
# sequences never reuse.
NEVER_REUSED_IDS = {"sqlite_autoincrement": True}


class Candidate(Timestamped, Base):
    """One person in the talent pool, however many networks they appear on."""

    __tablename__ = "candidate"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300), default="")
    headline: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    open_to_work: Mapped[bool] = mapped_column(Boolean, default=False)
    # The person objected (opt-out link): never contacted nor proposed again.
    objected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    identities: Mapped[list["Identity"]] = relationship(
        back_populates="candidate", order_by="Identity.id"
    )
    skills: Mapped[list["CandidateSkill"]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan"
    )
    education: Mapped[list["Education"]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan"
    )


class Identity(Timestamped, Base):
    """One profile on one network, with its latest raw payload and parse."""

    __tablename__ = "identity"
    __table_args__ = (UniqueConstraint("source", "external_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidate.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(300))
    handle: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(1000), default="")
    display_name: Mapped[str] = mapped_column(String(300), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    origin: Mapped[str | None] = mapped_column(String(40))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    text: Mapped[str] = mapped_column(Text, default="")
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    parsed_hash: Mapped[str | None] = mapped_column(String(64))
    resolved_hash: Mapped[str | None] = mapped_column(String(64))

    candidate: Mapped[Candidate | None] = relationship(back_populates="identities")
    keys: Mapped[list["IdentityKey"]] = relationship(
        back_populates="identity", cascade="all, delete-orphan"
    )


class IdentityKey(Base):
    """Exact keys (e-mail, profile URL) and blocking keys of an identity, indexed."""

    __tablename__ = "identity_key"
    __table_args__ = (
        UniqueConstraint("identity_id", "kind", "value"),
        Index("ix_identity_key_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identity.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(500))

    identity: Mapped[Identity] = relationship(back_populates="keys")


class MatchLink(Base):
    """Evidence that two identities are the same person (why they were merged)."""

    __tablename__ = "match_link"
    __table_args__ = (
        UniqueConstraint("identity_a_id", "identity_b_id"),
        CheckConstraint("identity_a_id < identity_b_id", name="ordered_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_a_id: Mapped[int] = mapped_column(ForeignKey("identity.id", ondelete="CASCADE"))
    identity_b_id: Mapped[int] = mapped_column(
        ForeignKey("identity.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[str] = mapped_column(String(40))
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CandidateSkill(Base):
    __tablename__ = "candidate_skill"
    __table_args__ = (UniqueConstraint("candidate_id", "skill_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    skill_id: Mapped[str] = mapped_column(String(100), index=True)
    label: Mapped[str] = mapped_column(String(200))
    evidence_count: Mapped[int] = mapped_column(Integer, default=1)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)

    candidate: Mapped[Candidate] = relationship(back_populates="skills")


class Employee(Timestamped, Base):
    __tablename__ = "employee"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_ref: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    full_name: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(5), default="fr")
    department: Mapped[str] = mapped_column(String(200), default="")
    slack_id: Mapped[str] = mapped_column(String(100), default="")
    past_employers: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)

    education: Mapped[list["Education"]] = relationship(
        back_populates="employee", cascade="all, delete-orphan"
    )


class Education(Base):
    """A school attended, by a candidate (from a parsed profile) or an employee."""

    __tablename__ = "education"
    __table_args__ = (
        CheckConstraint("(candidate_id IS NULL) <> (employee_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identity.id", ondelete="CASCADE"))
    school_id: Mapped[str] = mapped_column(String(100), index=True)
    school_name: Mapped[str] = mapped_column(String(300))
    programme: Mapped[str] = mapped_column(String(300), default="")
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)

    candidate: Mapped[Candidate | None] = relationship(back_populates="education")
    employee: Mapped[Employee | None] = relationship(back_populates="education")


class Search(Timestamped, Base):
    """A saved search: the query a recruiter ran, re-run by the nightly refresh."""

    __tablename__ = "search"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    query: Mapped[dict[str, Any]] = mapped_column(JSON)
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Who hears about new matches after each nightly re-run, and how (email, slack,
    # teams or none); no owner, no alert. ``alert_language`` overrides the owner's.
    owner_email: Mapped[str | None] = mapped_column(String(320))
    notify: Mapped[str] = mapped_column(String(20), default="email", server_default="email")
    alert_language: Mapped[str | None] = mapped_column(String(5))

    results: Mapped[list["SearchResult"]] = relationship(
        back_populates="search", cascade="all, delete-orphan", order_by="SearchResult.rank"
    )


class SearchResult(Base):
    __tablename__ = "search_result"
    __table_args__ = (UniqueConstraint("search_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    matched_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    search: Mapped[Search] = relationship(back_populates="results")
    candidate: Mapped[Candidate] = relationship()


class SearchDigest(Timestamped, Base):
    """One "new since last run" message to a saved search's owner: ``sending`` (intent,
    committed with the identities it announces before the message leaves), then
    ``sent`` or ``failed`` (its identities are released, to be announced next time);
    ``unconfirmed`` when a run died between the two (never resent blindly)."""

    __tablename__ = "search_digest"

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(5), default="fr")
    status: Mapped[str] = mapped_column(String(20), default="sending", index=True)
    candidates: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_to: Mapped[str | None] = mapped_column(String(1000))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SearchSeen(Base):
    """An identity already announced to a saved search's owner (or part of a candidate
    who was): its candidate is never "new" for that search again, whatever merges
    happen. Erasing the identity erases this row (cascade)."""

    __tablename__ = "search_seen"
    __table_args__ = (UniqueConstraint("search_id", "identity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id", ondelete="CASCADE"))
    identity_id: Mapped[int] = mapped_column(
        ForeignKey("identity.id", ondelete="CASCADE"), index=True
    )
    digest_id: Mapped[int | None] = mapped_column(
        ForeignKey("search_digest.id", ondelete="CASCADE"), index=True
    )
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReferralRequest(Timestamped, Base):
    """Asking one employee about one candidate for one search.

    ``pending`` (proposed, awaiting a reviewer) -> ``approved`` (queued for delivery)
    or ``rejected``; ``approved`` -> ``sending`` (intent committed before a message
    leaves) -> ``sent``; ``cancelled`` when the employee left or opted out.
    ``status_reason`` says why a request was deferred, rejected or cancelled."""

    __tablename__ = "referral_request"
    __table_args__ = (
        UniqueConstraint("employee_id", "candidate_id", "search_id"),
        CheckConstraint("answer IN ('known', 'unknown', 'stop')", name="answer_values"),
        NEVER_REUSED_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    search_id: Mapped[int] = mapped_column(ForeignKey("search.id", ondelete="CASCADE"))
    school_id: Mapped[str] = mapped_column(String(100))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    channel: Mapped[str] = mapped_column(String(20), default="email")
    token: Mapped[str] = mapped_column(String(64), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_to: Mapped[str | None] = mapped_column(String(1000))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The employee's answer through the signed link: known, unknown or stop.
    answer: Mapped[str | None] = mapped_column(String(20))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when the employee says they put the candidate in touch with the recruiters.
    introduced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    employee: Mapped[Employee] = relationship()
    candidate: Mapped[Candidate] = relationship()
    deliveries: Mapped[list["ReferralDelivery"]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="ReferralDelivery.id"
    )


class ReferralDelivery(Timestamped, Base):
    """One request on one channel (email, slack, teams): intent (``sending``) committed
    before the message leaves, outcome (``sent`` or ``failed``) after. A channel that
    already delivered is never used again for that request."""

    __tablename__ = "referral_delivery"
    __table_args__ = (UniqueConstraint("request_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("referral_request.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="sending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_to: Mapped[str | None] = mapped_column(String(1000))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)

    request: Mapped[ReferralRequest] = relationship(back_populates="deliveries")


class ReviewPair(Timestamped, Base):
    """Two identities that might be the same person; never merged without a decision."""

    __tablename__ = "review_pair"
    __table_args__ = (UniqueConstraint("identity_a_id", "identity_b_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_a_id: Mapped[int] = mapped_column(ForeignKey("identity.id", ondelete="CASCADE"))
    identity_b_id: Mapped[int] = mapped_column(ForeignKey("identity.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # pending, same or different; a decision is remembered by every later resolution.
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Suppression(Base):
    """Salted hashes of erased people's identifiers; every ingest checks them."""

    __tablename__ = "suppression"

    id: Mapped[int] = mapped_column(primary_key=True)
    identifier_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEvent(Base):
    """Append-only log of exports, erasures, opt-outs and merges."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="vivier")
    action: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MatchModel(Base):
    """A Fellegi-Sunter model fitted on the pool without labels (m, u, prior, term
    frequencies, how it was trained); the latest one weighs every fuzzy pair."""

    __tablename__ = "match_model"

    id: Mapped[int] = mapped_column(primary_key=True)
    fitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    identities: Mapped[int] = mapped_column(Integer)
    candidate_pairs: Mapped[int] = mapped_column(Integer)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    model: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PrivacyNotice(Timestamped, Base):
    """The GDPR Art. 14 notice owed to a sourced candidate: ``queued`` until due, then
    ``sending`` (intent, committed before the message leaves), ``sent``; or
    ``unreachable`` when no address may be used (the candidate is then purged in time)."""

    __tablename__ = "privacy_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    address: Mapped[str | None] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(5), default="fr")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class UsedToken(Base):
    """Ids of single-use signed tokens already used (a second use is refused)."""

    __tablename__ = "used_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_id: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(100))
    used_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AppendOnlyError(RuntimeError):
    """An attempt to change or delete an audit event."""


@event.listens_for(Session, "before_flush")
def _audit_log_is_append_only(session: Session, _context: object, _instances: object) -> None:
    for changed in (*session.dirty, *session.deleted):
        if isinstance(changed, AuditEvent) and (
            changed in session.deleted or session.is_modified(changed)
        ):
            raise AppendOnlyError("the audit log is append-only: events are never changed")
