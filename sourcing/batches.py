"""Parsing and resolution of large batches in chunks that may run at the same time
(threads, or Dask workers on other machines), against one talent pool.

The pending work is read from the database state (``parsed_hash``, ``resolved_hash``),
as :func:`sourcing.pool.parse_pending` and :func:`sourcing.pool.resolve_pending` do, and
cut into chunks of identity ids. Each chunk runs in its own session and transaction
and needs only the pool's engine in its own process and its ids, so it can run on any
machine that reaches the pool.

Why the result equals the sequential path:

- **Parsing** an identity depends only on its payload, and each identity is in one
  chunk; a chunk re-checks that its identities are still pending, so running it twice
  (a retried task) changes nothing.
- **Resolution** gives the same clusters whatever order identities arrive in
  (:func:`sourcing.dedupe.resolve.resolve`: incremental = batch). On PostgreSQL each
  chunk resolves in a SERIALIZABLE transaction: chunks that ran at the same time
  commit only if the outcome equals some order of running them one after the other;
  otherwise PostgreSQL refuses one (serialization failure) and the chunk runs again
  (:func:`sourcing.pool.run_stage`). Whatever is still pending after the chunks (a chunk
  that gave up) is resolved by :func:`finish`, chunk after chunk. On SQLite, which
  lets one writer at a time anyway, resolution is sequential: :func:`plan_resolution`
  returns no chunks to run concurrently, only the final pass.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, Select, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.db import session_factory
from models.tables import Identity
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.parsing.pipeline import ProfileParser

DEFAULT_CHUNK_SIZE = 250


@dataclass(frozen=True)
class ChunkResult:
    """What one chunk did: identities parsed, identities resolved, review pairs queued,
    candidates touched."""

    parsed: int = 0
    resolved: int = 0
    review_pairs: int = 0
    candidates: frozenset[int] = frozenset()


@dataclass
class BatchReport:
    """The whole parse-and-resolve: sums over the chunks and the final pass."""

    parsed: int = 0
    resolved: int = 0
    review_pairs: int = 0
    parse_chunks: int = 0
    resolve_chunks: int = 0

    @property
    def total(self) -> int:
        return self.parsed + self.resolved

    def add(self, chunk: ChunkResult) -> None:
        self.parsed += chunk.parsed
        self.resolved += chunk.resolved
        self.review_pairs += chunk.review_pairs


def chunked(ids: Sequence[int], size: int) -> list[list[int]]:
    """``ids`` in order, cut into lists of at most ``size`` (at least 1)."""
    size = max(1, size)
    return [list(ids[start : start + size]) for start in range(0, len(ids), size)]


def _parse_pending() -> Select[tuple[int]]:
    return select(Identity.id).where(pool.awaiting_parse()).order_by(Identity.id)


def _resolve_pending() -> Select[tuple[int]]:
    return select(Identity.id).where(pool.awaiting_resolution()).order_by(Identity.id)


def plan_parsing(session: Session, chunk_size: int = DEFAULT_CHUNK_SIZE) -> list[list[int]]:
    """The identities to parse (payload changed since last parsed), in chunks that can
    be parsed at the same time."""
    return chunked(list(session.scalars(_parse_pending())), chunk_size)


def has_pending(engine: Engine) -> bool:
    """Whether any identity waits to be parsed or resolved (a cheap check that spares
    starting workers for nothing)."""
    with session_factory(engine)() as session:
        return any(
            session.scalar(query.limit(1)) is not None
            for query in (_parse_pending(), _resolve_pending())
        )


def concurrent_resolution(engine: Engine) -> bool:
    """Whether chunks may be resolved at the same time: on PostgreSQL only."""
    return engine.dialect.name == "postgresql"


def plan_resolution(engine: Engine, chunk_size: int = DEFAULT_CHUNK_SIZE) -> list[list[int]]:
    """The identities to resolve, in chunks to resolve at the same time; none on SQLite
    (its single writer makes :func:`finish` the whole resolution)."""
    if not concurrent_resolution(engine):
        return []
    with session_factory(engine)() as session:
        return chunked(list(session.scalars(_resolve_pending())), chunk_size)


def parse_chunk(engine: Engine, ids: Sequence[int], parser: ProfileParser) -> ChunkResult:
    """Parse the identities of ``ids`` that are still pending, in one transaction."""
    with session_factory(engine)() as session:

        def stage() -> int:
            return pool.parse_pending(session, parser, ids)

        return ChunkResult(parsed=pool.run_stage(session, stage))


def resolve_chunk(engine: Engine, ids: Sequence[int], config: DedupeConfig) -> ChunkResult:
    """Resolve the identities of ``ids`` still pending, in one transaction: SERIALIZABLE
    on PostgreSQL (run again on a conflict with a concurrent chunk)."""
    serializable = engine.execution_options(isolation_level="SERIALIZABLE")
    bind = serializable if concurrent_resolution(engine) else engine
    with session_factory(bind)() as session:

        def stage() -> ChunkResult:
            resolved, review_pairs, touched = pool.resolve_pending(session, config, ids)
            return ChunkResult(
                resolved=resolved, review_pairs=review_pairs, candidates=frozenset(touched)
            )

        try:
            return pool.run_stage(session, stage)
        except DBAPIError as error:
            if not pool.is_conflict(error):
                raise
            return ChunkResult()  # left pending: the final pass resolves it


def finish(
    engine: Engine,
    parser: ProfileParser,
    config: DedupeConfig,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> ChunkResult:
    """The sequential pass: parse and resolve whatever is still pending (everything on
    SQLite; on PostgreSQL, what a chunk gave up on or what arrived meanwhile). On
    PostgreSQL it resolves chunk after chunk, in short transactions."""
    with session_factory(engine)() as session:
        parsed = pool.run_stage(session, lambda: pool.parse_pending(session, parser))
        if not concurrent_resolution(engine):
            resolved, review, touched = pool.run_stage(
                session, lambda: pool.resolve_pending(session, config)
            )
            return ChunkResult(parsed, resolved, review, frozenset(touched))
        pending = list(session.scalars(_resolve_pending()))
    result = ChunkResult(parsed=parsed)
    for ids in chunked(pending, chunk_size):
        done = resolve_chunk(engine, ids, config)
        result = ChunkResult(
            parsed,
            result.resolved + done.resolved,
            result.review_pairs + done.review_pairs,
            result.candidates | done.candidates,
        )
    return result
