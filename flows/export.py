"""The ``export-shortlist`` flow: write a saved search's shortlist for HR."""

from pathlib import Path
from typing import Literal

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from models.db import transaction
from sourcing.export import export_shortlist as write_shortlist
from sourcing.export import find_search
from sourcing.runtime import open_pool
from sourcing.settings import get_settings


@flow(name="export-shortlist", log_prints=True)
def export_shortlist(
    search: str,
    format: Literal["csv", "xlsx"] = "xlsx",
    path: str | None = None,
    delimiter: str = ",",
) -> str:
    """Export the shortlist of a saved search (id or name); returns the file's path."""
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        saved = find_search(session, search)
        target = Path(path) if path else settings.exports_dir / f"shortlist-{saved.id}.{format}"
        rows = write_shortlist(session, saved, format, target, delimiter)
    create_markdown_artifact(
        key="shortlist-export",
        markdown=f"Shortlist **{saved.name}**: {rows} candidates written to `{target.resolve()}`",
    )
    return str(target)
