"""The ``parse-and-resolve`` subflow: the pending identities parsed, then resolved, in
chunks run by the task runner the settings choose (``VIVIER_TASK_RUNNER=thread|dask``).
The chunks and why running them at once is safe are in :mod:`sourcing.batches`."""

import logging

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.futures import wait
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from models.db import transaction
from sourcing import batches
from sourcing.runtime import dedupe_config, get_parser, open_pool
from sourcing.settings import Settings, get_settings


@task(cache_policy=NONE)
def plan_parsing(chunk_size: int) -> list[list[int]]:
    with transaction(open_pool()) as session:
        return batches.plan_parsing(session, chunk_size)


@task(cache_policy=NONE, retries=1, retry_delay_seconds=5)
def parse_chunk(ids: list[int]) -> batches.ChunkResult:
    return batches.parse_chunk(open_pool(migrate=False), ids, get_parser())


@task(cache_policy=NONE)
def plan_resolution(chunk_size: int) -> list[list[int]]:
    return batches.plan_resolution(open_pool(migrate=False), chunk_size)


@task(cache_policy=NONE, retries=1, retry_delay_seconds=5)
def resolve_chunk(ids: list[int]) -> batches.ChunkResult:
    return batches.resolve_chunk(open_pool(migrate=False), ids, dedupe_config())


@task(cache_policy=NONE)
def finish_sequentially(chunk_size: int) -> batches.ChunkResult:
    return batches.finish(open_pool(migrate=False), get_parser(), dedupe_config(), chunk_size)


@flow(name="parse-and-resolve")
def parse_and_resolve(chunk_size: int = batches.DEFAULT_CHUNK_SIZE) -> batches.BatchReport:
    """Parse the pending identities chunk by chunk, all chunks at once; then resolve
    them the same way (PostgreSQL) and finish what is left in one sequential pass."""
    report = batches.BatchReport()
    parse_plan = plan_parsing(chunk_size)
    parsed = parse_chunk.map(parse_plan)
    wait(parsed)
    resolve_plan = plan_resolution(chunk_size)
    resolved = resolve_chunk.map(resolve_plan)
    wait(resolved)
    for future in [*parsed, *resolved]:
        report.add(future.result())
    report.add(finish_sequentially(chunk_size))
    report.parse_chunks, report.resolve_chunks = len(parse_plan), len(resolve_plan)
    get_run_logger().info(
        "parsed %d identities in %d chunk(s), resolved %d in %d chunk(s) + a final pass",
        report.parsed,
        report.parse_chunks,
        report.resolved,
        report.resolve_chunks,
    )
    return report


def task_runner(settings: Settings) -> TaskRunner:  # type: ignore[type-arg]
    """The runner ``VIVIER_TASK_RUNNER`` names: threads of this process, or Dask (the
    scheduler at ``VIVIER_DASK_ADDRESS``, else a local cluster of
    ``VIVIER_DASK_WORKERS`` processes started for the run)."""
    if settings.task_runner == "thread":
        return ThreadPoolTaskRunner()
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as error:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "VIVIER_TASK_RUNNER=dask needs the dask extra: pip install 'vivier[dask]'"
        ) from error
    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    quiet_local_cluster()
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": settings.dask_workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": ":0",  # a free port, never 8787 taken by another run
        }
    )


def quiet_local_cluster() -> None:
    """A cluster started for one run logs some thirty INFO lines (nannies, comms,
    retirement) that say nothing a person can act on: keep Dask's warnings and errors,
    unless the user set Dask's own ``logging.distributed`` level (its default is info)."""
    import dask

    if str(dask.config.get("logging.distributed", "info")).lower() == "info":
        logging.getLogger("distributed").setLevel(logging.WARNING)


def parse_and_resolve_pending(settings: Settings | None = None) -> batches.BatchReport:
    """Run the subflow with the task runner and chunk size of the settings, if any
    identity is pending (else no subflow, no workers)."""
    settings = settings or get_settings()
    if not batches.has_pending(open_pool(settings)):
        return batches.BatchReport()
    subflow = parse_and_resolve.with_options(task_runner=task_runner(settings))
    return subflow(chunk_size=settings.batch_chunk_size)
