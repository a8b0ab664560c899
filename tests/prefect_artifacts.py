"""Read a flow run's artifacts back through the Prefect client (tests only)."""

from typing import Any
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId


def run_artifacts(flow_run_id: UUID) -> dict[str, Any]:
    """The run's artifacts by key (the last version of each), as stored by the server."""
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in sorted(artifacts, key=lambda a: a.created or 0) if a.key}
