"""``vivier serve``: one long-running process serving every deployment to a Prefect
server (``PREFECT_API_URL``). Runs triggered from the UI execute here."""

import os

from prefect import serve
from prefect.client.orchestration import get_client
from prefect.schedules import Cron

from flows import (
    access_report,
    erase_person,
    export_shortlist,
    refresh_talent_pool,
    request_referrals,
    search_candidates,
)
from models.schemas import NETWORKS
from sourcing.settings import get_settings

NIGHTLY = Cron("0 2 * * *", timezone="Europe/Paris")


def deployments() -> list:  # type: ignore[type-arg]
    return [
        search_candidates.to_deployment(
            name="search-candidates",
            tags=["recruiters"],
            description="Search networks and rank the pool.",
        ),
        refresh_talent_pool.to_deployment(
            name="refresh-talent-pool",
            tags=["nightly"],
            schedules=[NIGHTLY],
            description="Nightly: re-run saved searches.",
        ),
        request_referrals.to_deployment(
            name="request-referrals",
            tags=["recruiters"],
            description="Propose referral requests for a saved search, then pause: approve "
            "all or some on the run's page (Resume). VIVIER_REFERRALS_AUTO_APPROVE=true "
            "sends without review.",
        ),
        export_shortlist.to_deployment(
            name="export-shortlist",
            tags=["hr"],
            description="Export a saved search's shortlist for HR: XLSX, CSV or JSON (audited).",
        ),
        erase_person.to_deployment(
            name="erase-person",
            tags=["privacy"],
            description="Erase a person by e-mail, profile URL or handle; never source them again.",
        ),
        access_report.to_deployment(
            name="access-report",
            tags=["privacy"],
            description="Everything held about a person (GDPR Art. 15), as a JSON file.",
        ),
    ]


def network_limit_names() -> list[str]:
    return [f"vivier-{network}" for network in NETWORKS]


def ensure_network_limits(slots: int | None = None) -> list[str]:
    """Create (or set) one Prefect global concurrency limit per network, so every
    search run, in any process or worker, shares each network's budget. Idempotent."""
    slots = slots or get_settings().prefect_network_slots
    names = network_limit_names()
    with get_client(sync_client=True) as client:
        for name in names:
            client.upsert_global_concurrency_limit_by_name(name, slots)
    return names


def main() -> None:
    if not os.environ.get("PREFECT_API_URL"):
        raise SystemExit(
            "vivier serve needs a Prefect server: start one with "
            "`prefect server start --host 127.0.0.1` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    ensure_network_limits()
    # Runs started by this process inherit it: each search takes its networks' slots.
    os.environ.setdefault("VIVIER_PREFECT_NETWORK_LIMITS", "true")
    get_settings.cache_clear()
    serve(*deployments(), limit=4)
