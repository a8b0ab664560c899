"""The bundled sample network: invented public profiles in the real shapes of GitHub,
Stack Exchange and Mastodon payloads.

Searching it starts local stand-ins of those three APIs on 127.0.0.1 (once per
process, serving the bundled records) and runs the real connectors against them, so
the demo exercises the same code paths, HTTP included, as a search of the real networks.
"""

import threading
from collections.abc import AsyncIterator
from functools import lru_cache
from pathlib import Path

from models.schemas import RawProfile, SearchQuery
from sourcing.http import HttpError
from sourcing.sources.base import (
    MalformedPayloadError,
    SourceContext,
    SourceError,
    StoredProfile,
)

DATA_DIR = Path(__file__).parent / "data"
SAMPLE_NETWORK = DATA_DIR / "sample_network.jsonl"
SAMPLE_EMPLOYEES = DATA_DIR / "employees.csv"
DEMO_SEARCHES = DATA_DIR / "demo_searches.json"
NETWORKS = ("github", "stackexchange", "mastodon")


@lru_cache(maxsize=2)
def load_records(path: Path = SAMPLE_NETWORK) -> tuple[RawProfile, ...]:
    """The bundled records, as the connectors would return them."""
    profiles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                profiles.append(RawProfile.model_validate_json(line))
            except ValueError as error:
                raise MalformedPayloadError(f"{path}:{number}: {error}") from error
    return tuple(profiles)


class SampleNetwork:
    """The three local APIs serving the sample records, started on first use."""

    def __init__(self, records: tuple[RawProfile, ...]) -> None:
        self.records = records
        self.urls: dict[str, str] = {}
        self._servers: list[object] = []
        self._lock = threading.Lock()

    def start(self) -> dict[str, str]:
        with self._lock:
            if self.urls:
                return self.urls
            from sourcing.sources.fakes.github import FakeGitHub
            from sourcing.sources.fakes.mastodon import FakeMastodon
            from sourcing.sources.fakes.server import LocalServer, WindowBudget
            from sourcing.sources.fakes.stackexchange import FakeStackExchange

            def payloads(source: str) -> list[dict]:  # type: ignore[type-arg]
                return [dict(r.payload) for r in self.records if r.source == source]

            roomy = WindowBudget(100_000, 3600.0)
            fakes = {
                "github": FakeGitHub(
                    payloads("github"), search_budget=WindowBudget(10_000, 60.0), core_budget=roomy
                ),
                "stackexchange": FakeStackExchange(payloads("stackexchange")),
                "mastodon": FakeMastodon(payloads("mastodon"), host="sample.social"),
            }
            for name, fake in fakes.items():
                server = LocalServer(fake.app)  # type: ignore[attr-defined]
                self.urls[name] = server.start()
                self._servers.append(server)
            return self.urls


_network: SampleNetwork | None = None
_network_lock = threading.Lock()


def sample_network() -> SampleNetwork:
    global _network
    with _network_lock:
        if _network is None:
            _network = SampleNetwork(load_records())
        return _network


class SampleSource:
    """Searches the sample network through the real GitHub, Stack Exchange and Mastodon
    connectors, pointed at the local stand-ins."""

    name = "sample"
    description = (
        "Bundled, invented sample network: local GitHub, Stack Exchange and Mastodon APIs "
        "searched with the real connectors (offline)."
    )

    def __init__(self, context: SourceContext | None = None) -> None:
        self.context = context or SourceContext()

    def records(self) -> list[RawProfile]:
        return list(load_records())

    def connectors(self) -> list[object]:
        from sourcing.sources.github import GitHubSource
        from sourcing.sources.mastodon import MastodonSource
        from sourcing.sources.stackexchange import StackExchangeSource

        urls = sample_network().start()
        settings = self.context.settings.model_copy(
            update={
                "github_api_url": urls["github"],
                "github_token": None,
                "stackexchange_api_url": urls["stackexchange"],
                "stackexchange_key": None,
                "stackexchange_filter": None,
                "mastodon_instances": [urls["mastodon"]],
                "mastodon_token": None,
                "fetch_limit_per_source": max(self.context.settings.fetch_limit_per_source, 1000),
            }
        )
        context = SourceContext(
            settings=settings,
            transport=self.context.transport,
            clock=self.context.clock,
            registry=self.context.registry,
            retry=self.context.retry,
        )
        return [GitHubSource(context), StackExchangeSource(context), MastodonSource(context)]

    async def search(self, query: SearchQuery) -> AsyncIterator[RawProfile]:
        errors = []
        for connector in self.connectors():
            try:
                async for profile in connector.search(query):  # type: ignore[attr-defined]
                    yield profile.model_copy(update={"origin": self.name})
            except (SourceError, HttpError) as error:
                errors.append(f"{connector.name}: {error}")  # type: ignore[attr-defined]
        if errors:
            raise SourceError("; ".join(errors))

    def linkers(self) -> dict[str, "_SampleLinker"]:
        """The connectors that can fetch a linked profile, by network."""
        return {c.name: _SampleLinker(c, self.name) for c in self.connectors()}  # type: ignore[attr-defined]

    async def refresh(self, stored: StoredProfile) -> RawProfile | None:
        connector = {c.name: c for c in self.connectors()}.get(stored.source)  # type: ignore[attr-defined]
        if connector is None or not hasattr(connector, "refresh"):
            raise SourceError(f"the sample network has no {stored.source} profiles to refresh")
        fresh = await connector.refresh(stored)
        return None if fresh is None else fresh.model_copy(update={"origin": self.name})


class _SampleLinker:
    """A connector of the sample network, tagging what it fetches as the sample's."""

    def __init__(self, connector: object, origin: str) -> None:
        self.connector = connector
        self.name: str = connector.name  # type: ignore[attr-defined]
        self.origin = origin

    async def fetch_linked(self, keys: list[str]) -> list[RawProfile]:
        fetch = getattr(self.connector, "fetch_linked", None)
        if fetch is None:
            return []
        return [p.model_copy(update={"origin": self.origin}) for p in await fetch(keys)]
