"""How well the GitHub connector uses a rate-limited budget.

    python benchmarks/sources.py [--profiles 1000] [--core-limit 600] [--window 12]

A local fake GitHub enforces a scaled-down budget (30 searches per 6 s; ``core-limit``
core requests per ``window`` seconds, fixed windows like GitHub's). Vivier fetches
``profiles`` profiles (search + user + repos + social accounts each), then refreshes
them all with nothing changed. Printed: requests sent, requests refused by the budget
(403/429; target 0), wall time over the budget's theoretical minimum (target <= 1.10),
and core budget spent by the refresh (target 0: conditional requests get free 304s).
"""

import argparse
import asyncio
import math
import time

from synthetic import synthetic_users  # type: ignore[import-not-found]

from models.schemas import SearchQuery
from sourcing.http import LimiterRegistry
from sourcing.settings import Settings
from sourcing.sources.base import SourceContext, StoredProfile
from sourcing.sources.fakes.github import FakeGitHub
from sourcing.sources.fakes.server import LocalServer, WindowBudget
from sourcing.sources.github import GitHubSource


async def run(options: argparse.Namespace) -> None:
    fake = FakeGitHub(
        synthetic_users(options.profiles),
        search_budget=WindowBudget(30, 6.0),
        core_budget=WindowBudget(options.core_limit, options.window),
    )
    with LocalServer(fake.app) as url:
        settings = Settings(github_api_url=url, fetch_limit_per_source=options.profiles)
        source = GitHubSource(SourceContext(settings=settings, registry=LimiterRegistry()))
        query = SearchQuery(skills=["Python"], limit=options.profiles)
        fake.core_budget.window_start = fake.search_budget.window_start = time.time()
        started = time.perf_counter()
        profiles = [p async for p in source.search(query)]
        fetch_wall = time.perf_counter() - started
        fetch_requests = fake.requests
        core_requests = fake.core_budget.served
        windows = math.ceil(core_requests / options.core_limit)
        minimum = (windows - 1) * options.window
        refused = fake.core_budget.refused + fake.search_budget.refused
        print(
            f"fetch: {len(profiles)} profiles, {fetch_requests} requests "
            f"({core_requests} core), refused {refused}, "
            f"wall {fetch_wall:.1f}s, budget minimum {minimum:.1f}s, "
            f"ratio {fetch_wall / minimum if minimum else float('nan'):.3f}"
        )

        used_before = fake.core_budget.served
        started = time.perf_counter()
        unchanged = 0
        for profile in profiles:
            stored = StoredProfile(
                "github", profile.external_id, profile.handle, profile.url, etag=profile.etag
            )
            if await source.refresh(stored) is None:
                unchanged += 1
        refresh_wall = time.perf_counter() - started
        print(
            f"refresh: {len(profiles)} profiles, {unchanged} not modified (304), "
            f"core budget spent {fake.core_budget.served - used_before}, "
            f"requests {fake.requests - fetch_requests}, wall {refresh_wall:.1f}s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--core-limit", type=int, default=600)
    parser.add_argument("--window", type=float, default=12.0)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
