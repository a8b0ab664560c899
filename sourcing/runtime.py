"""Process-wide handles shared by the CLI and the flows: settings, pool engine, parser."""

import threading
from functools import lru_cache

from sqlalchemy import Engine

from models.db import is_migrated, make_engine, upgrade
from sourcing.dedupe.compare import DedupeConfig
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings, get_settings

_engines: dict[str, Engine] = {}
_migrated: set[str] = set()
_lock = threading.Lock()


def open_pool(settings: Settings | None = None, migrate: bool = True) -> Engine:
    """The talent pool's engine (one per database URL and process), migrated to the
    latest schema on first use unless told otherwise."""
    settings = settings or get_settings()
    url = settings.resolved_database_url
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        if url not in _migrated:
            if migrate:
                upgrade(engine)
            elif not is_migrated(engine):
                raise RuntimeError("the talent pool has no schema yet: run `vivier db upgrade`")
            _migrated.add(url)
    return engine


@lru_cache(maxsize=2)
def get_parser(statistical: bool | None = None) -> ProfileParser:
    """One parser per process (building the pipelines takes a moment)."""
    if statistical is None:
        statistical = get_settings().parsing_statistical_ner
    return ProfileParser(statistical=statistical)


def dedupe_config(settings: Settings | None = None) -> DedupeConfig:
    """The dedupe bands from settings (``VIVIER_DEDUPE_*_THRESHOLD``)."""
    settings = settings or get_settings()
    return DedupeConfig(
        match_threshold=settings.dedupe_match_threshold,
        review_threshold=settings.dedupe_review_threshold,
    )
