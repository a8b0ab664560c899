"""Pydantic models that cross layers: sources -> parsing -> dedupe -> pool -> flows."""

import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def _now() -> datetime:
    return datetime.now(UTC)


class RawProfile(BaseModel):
    """One profile as a network returned it: stored before anything else is done."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="Network the payload's shape belongs to, or 'text'.")
    external_id: str = Field(min_length=1, max_length=300)
    handle: str = ""
    url: str = ""
    payload: dict[str, Any] = Field(default_factory=dict)
    text: str | None = Field(None, description="Plain profile text, when there is no payload.")
    fetched_at: datetime = Field(default_factory=_now)
    etag: str | None = None
    last_modified: str | None = None
    origin: str | None = Field(
        None, description="The searchable source that found it (e.g. 'sample'), if not itself."
    )

    @field_validator("source")
    @classmethod
    def _lower_source(cls, value: str) -> str:
        value = value.strip().lower()
        if not value:
            raise ValueError("source must not be empty")
        return value

    @model_validator(mode="after")
    def _has_content(self) -> "RawProfile":
        if not self.payload and not (self.text and self.text.strip()):
            raise ValueError("a profile needs a 'payload' object or a non-empty 'text'")
        return self


class ProfileFields(BaseModel):
    """What a network payload says, in one shape for every network (before NLP)."""

    name: str = ""
    handle: str = ""
    text: str = Field("", description="Sanitised plain text: bio, about, note, headline.")
    location_text: str = ""
    company: str = ""
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="Websites and linked profiles.")
    skill_hints: list[str] = Field(
        default_factory=list, description="Structured skill evidence: repo languages, tags."
    )
    hireable: bool = False


class SkillMention(BaseModel):
    """A skill of the taxonomy named in a profile: a value, shared between profiles."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str


class SchoolMention(BaseModel):
    id: str
    name: str
    start_year: int | None = None
    end_year: int | None = None


class Location(BaseModel):
    city: str | None = None
    country: str | None = None
    remote: bool = False


class ParsedProfile(BaseModel):
    """What Vivier understood of a profile."""

    language: str = "en"
    name: str = ""
    skills: list[SkillMention] = Field(default_factory=list)
    sectors: list[SkillMention] = Field(
        default_factory=list,
        description="Industries and markets worked in (fintech, retail, SaaS): context, "
        "kept apart from skills.",
    )
    schools: list[SchoolMention] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    seniority: str | None = Field(
        None, description="intern, junior, mid, senior, lead or executive, from the titles."
    )
    employers: list[str] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    languages: list[str] = Field(default_factory=list)
    open_to_work: bool = False
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    headline: str = ""


# The networks a search can use (``sourcing.sources.SEARCHABLE``; a test keeps them equal):
# listed in the parameter schema so the Prefect UI offers them as choices.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NETWORKS = ("sample", "github", "stackexchange", "mastodon", "bluesky", "gitlab", "hackernews", "x")


class SearchQuery(BaseModel):
    """Who a recruiter looks for. The same model backs the CLI and the Prefect form."""

    name: str | None = Field(
        None, title="Saved-search name", description="Re-run nightly under this name."
    )
    skills: list[str] = Field(
        default_factory=list,
        title="Skills",
        description="e.g. Python, Kubernetes, gestion de projet",
    )
    keywords: list[str] = Field(
        default_factory=list, title="Keywords", description="Free words looked for in profiles."
    )
    location: str | None = Field(None, title="Location", description="City, e.g. Lyon")
    sources: list[str] = Field(
        ["sample"],  # pydantic copies it per instance; a plain default shows in the form
        title="Networks",
        description="Which networks to search (see `vivier sources`); 'sample' is the "
        "bundled offline network.",
        json_schema_extra={"items": {"type": "string", "enum": list(NETWORKS)}},
    )
    limit: int = Field(50, ge=1, le=1000, title="Limit", description="Candidates to rank.")
    owner_email: str | None = Field(
        None,
        title="Owner's e-mail",
        description="Who is told about new matches after each nightly re-run. Unset on a "
        "re-run: the saved search keeps its owner.",
    )
    notify: Literal["email", "slack", "teams", "none"] | None = Field(
        None,
        title="Alert channel",
        description="How the owner hears about new matches: e-mail, the Slack or Teams "
        "webhook, or none (alerts off). Unset: e-mail, or what the saved search had.",
    )
    alert_language: Literal["fr", "en"] | None = Field(
        None,
        title="Alert language",
        description="Language of the alerts; default: the owner's in the employee "
        "directory, else French.",
    )

    @field_validator("skills", "keywords", "sources")
    @classmethod
    def _strip_items(cls, values: list[str]) -> list[str]:
        return [v.strip() for v in values if v and v.strip()]

    @field_validator("location")
    @classmethod
    def _strip_location(cls, value: str | None) -> str | None:
        return value.strip() or None if value else None

    @field_validator("owner_email")
    @classmethod
    def _check_owner_email(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        if not _EMAIL.match(value):
            raise ValueError(f"owner_email {value!r} is not an e-mail address")
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> "SearchQuery":
        if not self.skills and not self.keywords:
            raise ValueError("a search needs at least one skill or keyword")
        if not self.sources:
            raise ValueError("a search needs at least one network in 'sources'")
        return self

    def default_name(self) -> str:
        parts = [*self.skills, *self.keywords]
        where = f" @ {self.location}" if self.location else ""
        return ", ".join(parts) + where


class RankedCandidate(BaseModel):
    candidate_id: int
    rank: int
    score: float
    name: str
    headline: str = ""
    city: str | None = None
    matched_skills: list[str] = Field(default_factory=list)
    schools: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    explanation: str = ""


class IngestReport(BaseModel):
    """Counts of one ingest, for summaries and artifacts."""

    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    suppressed: int = 0
    parsed: int = 0
    merged: int = 0
    review: int = 0
    failed: int = 0
    errors: list[str] = Field(default_factory=list)
    by_source: dict[str, int] = Field(default_factory=dict)

    def add(self, other: "IngestReport") -> "IngestReport":
        data = self.model_dump()
        for key, value in other.model_dump().items():
            if isinstance(value, int):
                data[key] += value
            elif isinstance(value, list):
                data[key] = data[key] + value
            elif isinstance(value, dict):
                merged = dict(data[key])
                for k, v in value.items():
                    merged[k] = merged.get(k, 0) + v
                data[key] = merged
        return IngestReport(**data)
