"""The ``export-shortlist`` flow: write a saved search's shortlist for HR."""

from pathlib import Path
from typing import Literal

from prefect import flow
from prefect.artifacts import create_link_artifact
from pydantic import Field

from models.db import transaction
from sourcing.export import export_shortlist as write_shortlist
from sourcing.export import find_search
from sourcing.runtime import open_pool
from sourcing.settings import get_settings


@flow(name="export-shortlist", log_prints=True)
def export_shortlist(
    search: str = Field(
        ..., title="Saved search", description="The saved search's id or name, e.g. 3."
    ),
    format: Literal["csv", "xlsx", "json"] = Field(
        "xlsx",
        title="Format",
        description="xlsx for Excel, csv (UTF-8 with BOM) or json.",
    ),
    path: str | None = Field(
        None,
        title="File",
        description="Where to write it; default: the exports folder, shortlist-<id>.<format>.",
    ),
    delimiter: Literal[",", ";"] = Field(
        ",", title="CSV separator", description="';' for French Excel (CSV only)."
    ),
    requested_by: str = Field(
        "prefect", title="Requested by", description="Recorded in the audit log."
    ),
) -> str:
    """Export the shortlist of a saved search (id or name) for HR; returns the file's
    path. A link to the file is published as an artifact; every export is audited."""
    settings = get_settings()
    with transaction(open_pool(migrate=False)) as session:
        saved = find_search(session, search)
        target = Path(path) if path else settings.exports_dir / f"shortlist-{saved.id}.{format}"
        rows = write_shortlist(session, saved, format, target, delimiter, actor=requested_by)
    create_link_artifact(
        key="shortlist-export",
        link=target.resolve().as_uri(),
        link_text=f"{saved.name}: {rows} candidates ({format.upper()})",
        description=f"Shortlist of saved search {saved.id} written to {target.resolve()}",
    )
    return str(target)
