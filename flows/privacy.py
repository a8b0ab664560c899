"""The ``erase-person`` and ``access-report`` flows: a person's rights, from the Prefect UI."""

from typing import Any

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact
from pydantic import Field

from models.db import transaction
from sourcing import privacy
from sourcing.runtime import open_pool
from sourcing.settings import get_settings


@flow(name="erase-person")
def erase_person(
    email: str | None = Field(None, title="E-mail", description="The person's e-mail address."),
    url: str | None = Field(
        None, title="Profile URL", description="e.g. https://github.com/their-handle"
    ),
    handle: str | None = Field(None, title="Handle", description="A network handle, e.g. @alice."),
    requested_by: str = Field(
        "prefect", title="Requested by", description="Recorded in the audit log."
    ),
) -> dict[str, Any]:
    """Erase everything held about a person (by e-mail, profile URL or handle) and keep
    them from being sourced again."""
    selector = privacy.Selector(email=email, url=url, handle=handle)
    settings = get_settings()
    with transaction(open_pool()) as session:
        report = privacy.erase(session, selector, requested_by, outbox=settings.resolved_outbox_dir)
    get_run_logger().info(
        "erased %d candidate(s), %d identities; %d identifiers suppressed",
        report.candidates,
        report.identities,
        report.suppressed_identifiers,
    )
    create_markdown_artifact(
        key="erasure",
        markdown="# Erasure done\n\n"
        + "\n".join(f"* {k.replace('_', ' ')}: **{v}**" for k, v in report.as_dict().items()),
    )
    return report.as_dict()


@flow(name="access-report")
def access_report(
    email: str | None = Field(None, title="E-mail", description="The person's e-mail address."),
    url: str | None = Field(
        None, title="Profile URL", description="e.g. https://github.com/their-handle"
    ),
    handle: str | None = Field(None, title="Handle", description="A network handle, e.g. @alice."),
    requested_by: str = Field(
        "prefect", title="Requested by", description="Recorded in the audit log."
    ),
) -> str:
    """Everything held about a person (GDPR Art. 15), written as JSON to the exports
    folder (not into Prefect's database); returns the file's path."""
    selector = privacy.Selector(email=email, url=url, handle=handle)
    settings = get_settings()
    with transaction(open_pool()) as session:
        path = privacy.write_access_report(session, selector, settings.exports_dir, requested_by)
    create_markdown_artifact(
        key="access-report", markdown=f"Access report written to `{path.resolve()}`"
    )
    return str(path)
