"""Engines, sessions and migrations for the talent pool (SQLite by default, PostgreSQL)."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (the driver Vivier installs)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return str(parsed.set(drivername="postgresql+psycopg").render_as_string(False))
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a SQLite file gets WAL, foreign keys and a busy timeout."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error. Long jobs may commit
    along the way (each ingest stage does), so that a crash loses no finished stage."""
    with session_factory(engine)() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(engine_or_url: Engine | str, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (idempotent)."""
    if isinstance(engine_or_url, str):
        engine = make_engine(engine_or_url)
        owned = True
    else:
        engine, owned = engine_or_url, False
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as connection:
            if sqlite:
                # SQLite alters a table by copying it and dropping the old one: with
                # foreign keys on, that drop would cascade-delete the rows that refer to
                # it. The pragma only takes effect outside a transaction.
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            try:
                with connection.begin():
                    config = alembic_config(str(engine.url.render_as_string(False)))
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
            finally:
                if sqlite:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.commit()
    finally:
        if owned:
            engine.dispose()


def is_migrated(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


@contextmanager
def temporary_database(server_url: str, prefix: str, template: str | None = None) -> Iterator[str]:
    """A new database on the PostgreSQL server of ``server_url`` (its URL, psycopg
    driver), dropped when the block ends: for tests and benchmarks. Empty, or a copy of
    the database ``template`` (a URL on the same server, with no open connection)."""
    base = make_url(normalise_url(server_url))
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    copy_of = f' TEMPLATE "{make_url(template).database}"' if template else ""
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
