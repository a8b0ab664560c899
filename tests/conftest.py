"""Shared fixtures: settings in a temporary home, pools on SQLite and PostgreSQL,
a real SMTP server, and one Prefect backend per test session."""

import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from models.base import Base
from models.db import make_engine, session_factory, temporary_database, upgrade
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import Settings, get_settings

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

FIXTURES = Path(__file__).parent / "fixtures"
POSTGRES_URL = os.environ.get("VIVIER_TEST_DATABASE_URL")
# Prefect's own database, by API URL, of the servers started on PostgreSQL.
PREFECT_DATABASES: dict[str, str] = {}


@pytest.fixture(autouse=True, scope="session")
def scratch_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes into the checkout (pool, outbox, development key): unless a test
    asks for its own ``home``, VIVIER_HOME is a temporary folder of its worker."""
    previous = os.environ.get("VIVIER_HOME")
    os.environ["VIVIER_HOME"] = str(tmp_path_factory.mktemp("default-home"))
    get_settings.cache_clear()
    yield
    if previous is None:
        os.environ.pop("VIVIER_HOME", None)
    else:
        os.environ["VIVIER_HOME"] = previous
    get_settings.cache_clear()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh VIVIER_HOME (pool, outbox, exports) for one test."""
    monkeypatch.setenv("VIVIER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("VIVIER_DATABASE_URL", raising=False)
    monkeypatch.delenv("VIVIER_SMTP_HOST", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "home"
    get_settings.cache_clear()


@pytest.fixture
def settings(home: Path) -> Settings:
    return get_settings()


@contextmanager
def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty database on the configured PostgreSQL server (its URL, psycopg
    driver), dropped when the block ends."""
    assert POSTGRES_URL, "VIVIER_TEST_DATABASE_URL is not set"
    with temporary_database(POSTGRES_URL, prefix) as url:
        yield url


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """A throwaway database on the configured PostgreSQL server, dropped at the end."""
    if not POSTGRES_URL:
        pytest.skip("VIVIER_TEST_DATABASE_URL is not set")
    with temporary_database(POSTGRES_URL, "vivier_test") as url:
        upgrade(url)
        yield url


def _clear(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # TRUNCATE: the audit log refuses DELETE
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} CASCADE"))
            return
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def pool_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty talent pool on SQLite and (when configured) PostgreSQL."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}")
        upgrade(engine)
        yield engine
        engine.dispose()
        return
    url = request.getfixturevalue("postgres_server_url")
    engine = make_engine(url)
    _clear(engine)
    yield engine
    _clear(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def sample_sqlite_snapshot(tmp_path_factory: pytest.TempPathFactory, parser: ProfileParser) -> Path:
    """An SQLite pool holding the whole sample network, ingested once per worker."""
    path = tmp_path_factory.mktemp("sample-pool") / "pool.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    _ingest_sample_network(engine, parser)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def sample_postgres_template(parser: ProfileParser) -> Iterator[str]:
    """A PostgreSQL database holding the whole sample network, ingested once per worker:
    the template each test's copy is made from."""
    if not POSTGRES_URL:
        pytest.skip("VIVIER_TEST_DATABASE_URL is not set")
    with temporary_database(POSTGRES_URL, "vivier_sample") as url:
        upgrade(url)
        engine = make_engine(url)
        _ingest_sample_network(engine, parser)
        engine.dispose()  # CREATE DATABASE ... TEMPLATE needs it unused
        yield url


def _ingest_sample_network(engine: Engine, parser: ProfileParser) -> None:
    from sourcing import pool
    from sourcing.sources.sample import SampleSource

    with session_factory(engine)() as session:
        pool.ingest(session, SampleSource().records(), parser)
        session.commit()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def sample_pool(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    """A session on a pool that holds the sample network as ``pool.ingest`` leaves it,
    on SQLite and (when configured) PostgreSQL: a copy of one snapshot per worker, so
    each test starts from the same pool without ingesting it again."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            snapshot = request.getfixturevalue("sample_sqlite_snapshot")
            copy = tmp_path / "pool.db"
            with (
                closing(sqlite3.connect(snapshot)) as source,
                closing(sqlite3.connect(copy)) as target,
            ):
                source.backup(target)
            url = f"sqlite:///{copy}"
        else:
            template = request.getfixturevalue("sample_postgres_template")
            assert POSTGRES_URL
            url = stack.enter_context(temporary_database(POSTGRES_URL, "vivier_copy", template))
        engine = make_engine(url)
        stack.callback(engine.dispose)
        with session_factory(engine)() as session:
            yield session


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(pool_engine: Engine) -> Iterator[Session]:
    with session_factory(pool_engine)() as s:
        yield s


class SmtpSink:
    """Messages received by the in-process SMTP server."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server() -> Iterator[tuple[str, int, SmtpSink]]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = SmtpSink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield "127.0.0.1", port, sink
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def prefect_backend() -> Iterator[None]:
    """One real Prefect API (temporary database) for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


# The files that take longest (measured with --durations late on 2026-11-29), longest first.
# xdist hands whole files to its two workers in collection order: starting with these
# leaves the short files to fill in at the end, instead of one long file running alone.
LONGEST_FILES = (
    "test_prefect_server.py",
    "test_flows.py",
    "test_pool_model.py",
    "test_concurrent_writers.py",
    "test_batches.py",
    "test_web.py",
    "test_faults_kill.py",
    "test_search_alerts.py",
    "test_incremental_resolution.py",
    "test_privacy.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: position for position, name in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def parser() -> ProfileParser:
    """One rule parser for the whole session (building it takes a moment)."""
    return ProfileParser()


class WebServer:
    """The web app served by uvicorn on 127.0.0.1, with its pool and settings."""

    def __init__(self, url: str, engine: Engine, settings: Settings) -> None:
        self.url, self.engine, self.settings = url, engine, settings


@pytest.fixture
def web_server(pool_engine: Engine, tmp_path: Path) -> Iterator[WebServer]:
    """`vivier web`'s app on a free loopback port, over the test pool, with a test key."""
    import secrets
    import threading
    import time

    import uvicorn
    from pydantic import SecretStr

    from sourcing.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    settings = Settings(
        home=tmp_path / "web-home",
        public_url=url,
        secret_key=SecretStr(secrets.token_urlsafe(40)),
        company_name="Acme SAS",
    )
    config = uvicorn.Config(
        create_app(pool_engine, settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield WebServer(url, pool_engine, settings)
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``prefect server start`` on 127.0.0.1 (free port, temporary PREFECT_HOME);
    yields its API URL. Stopped (SIGTERM) at the end of the session. Where
    VIVIER_TEST_DATABASE_URL is set, Prefect's own database is a fresh PostgreSQL
    database (``PREFECT_SERVER_DATABASE_CONNECTION_URL``, asyncpg), as in production;
    else SQLite in PREFECT_HOME."""
    with ExitStack() as stack:
        database = None
        if POSTGRES_URL:
            url = make_url(stack.enter_context(fresh_postgres_database("prefect_test")))
            database = url.set(drivername="postgresql+asyncpg").render_as_string(False)
        api_url = stack.enter_context(_prefect_server(tmp_path_factory, database))
        if database:
            PREFECT_DATABASES[api_url] = database
        yield api_url


@contextmanager
def _prefect_server(
    tmp_path_factory: pytest.TempPathFactory, database: str | None
) -> Iterator[str]:
    import subprocess
    import sys
    import time

    import httpx

    home = tmp_path_factory.mktemp("prefect-server-home")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_API_URL": f"http://127.0.0.1:{port}/api",  # the UI calls this one
    }
    env.pop("PREFECT_API_URL", None)
    if database:
        env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = database
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host=127.0.0.1", f"--port={port}"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"prefect server exited: {(home / 'server.log').read_text()}")
            try:
                if httpx.get(f"{url}/health", timeout=2).json() is True:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("prefect server did not become healthy in 120 s")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
