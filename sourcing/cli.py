"""The ``vivier`` command. Quick commands (parse, import, pool dump, export, db upgrade,
employees import) call the library directly; orchestrating ones (demo, search, refresh,
referrals, serve) run the Prefect flows (ephemeral, or ``PREFECT_API_URL`` when set)."""

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from models.schemas import IngestReport, SearchQuery

app = typer.Typer(
    help="Vivier: recruitment sourcing from public networks, FR/EN.",
    no_args_is_help=True,
    add_completion=False,
)
pool_app = typer.Typer(help="Read the talent pool, and undo a merge.", no_args_is_help=True)
employees_app = typer.Typer(help="The employee directory (for referrals).", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
review_app = typer.Typer(
    help="Uncertain duplicate pairs: list them (default) and record decisions.",
    invoke_without_command=True,
)
app.add_typer(pool_app, name="pool")
app.add_typer(review_app, name="review")
app.add_typer(employees_app, name="employees")
app.add_typer(db_app, name="db")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _prefect_defaults() -> None:
    """Offline-friendly Prefect settings unless the user set their own."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@app.command()
def demo() -> None:
    """The whole pipeline, offline, on the bundled sample data, into the configured pool."""
    _prefect_defaults()
    from flows.demo import demo_pipeline

    err.print(
        "The demo AUTO-APPROVES its referral requests (no reviewer); `vivier referrals` "
        "and the request-referrals deployment wait for approval unless "
        "VIVIER_REFERRALS_AUTO_APPROVE=true.",
        highlight=False,
    )
    with err.status("Running the demo pipeline (Prefect starts a local API first)..."):
        summary = demo_pipeline()
    table = Table(title="Vivier demo", show_header=False)
    for key, value in summary.model_dump().items():
        table.add_row(key.replace("_", " "), str(value))
    out.print(table)


@app.command()
def search(
    skill: Annotated[
        list[str] | None, typer.Option("--skill", "-s", help="Skill (repeat).")
    ] = None,
    keyword: Annotated[
        list[str] | None, typer.Option("--keyword", "-k", help="Keyword (repeat).")
    ] = None,
    location: Annotated[str | None, typer.Option(help="City, e.g. Lyon.")] = None,
    source: Annotated[list[str] | None, typer.Option("--source", help="Network (repeat).")] = None,
    limit: Annotated[int, typer.Option(help="Candidates to rank.")] = 50,
    name: Annotated[str | None, typer.Option(help="Save the search under this name.")] = None,
    owner_email: Annotated[
        str | None,
        typer.Option(help="Owner told of new matches after each nightly re-run."),
    ] = None,
    notify: Annotated[
        str | None,
        typer.Option(help="How the owner is told: email (default), slack, teams or none."),
    ] = None,
    alert_language: Annotated[
        str | None, typer.Option(help="fr or en (default: the owner's, else fr).")
    ] = None,
) -> None:
    """Search networks, add the people found to the pool, and rank the pool."""
    from sourcing.searching import resolve_sources
    from sourcing.sources import UnknownSourceError

    try:
        query = SearchQuery(
            skills=skill or [],
            keywords=keyword or [],
            location=location,
            sources=source or ["sample"],
            limit=limit,
            name=name,
            owner_email=owner_email,
            notify=notify,
            alert_language=alert_language,
        )
        resolve_sources(query)
    except ValidationError as error:
        _fail(
            "; ".join(
                (f"{e['loc'][0]}: " if e["loc"] else "") + e["msg"].removeprefix("Value error, ")
                for e in error.errors()
            )
        )
    except UnknownSourceError as error:
        _fail(str(error))
    _prefect_defaults()
    from flows.search import search_candidates
    from models.db import transaction
    from models.tables import Search
    from sourcing.export import shortlist
    from sourcing.runtime import open_pool

    search_id = search_candidates(query)
    with transaction(open_pool(migrate=False)) as session:
        saved = session.get(Search, search_id)
        assert saved is not None
        rows = shortlist(session, saved)
    table = Table(title=f"Search {search_id}: {saved.name}")
    for column in ("#", "name", "headline", "city", "score", "why"):
        table.add_column(column)
    for row in rows[:25]:
        table.add_row(str(row.rank), row.name, row.headline, row.city, f"{row.score:.2f}", row.why)
    out.print(table)
    out.print(f"{len(rows)} candidates ranked; export with `vivier export --search {search_id}`")


def _open_input(file: str) -> Any:
    if file == "-":
        return sys.stdin
    path = Path(file)
    if not path.exists():
        _fail(f"{file}: no such file")
    return path.open(encoding="utf-8")


@app.command("import")
def import_(
    file: Annotated[
        str,
        typer.Argument(
            help="JSON lines (- for stdin), a LinkedIn export "
            "(Connections.csv or the .zip), or JSON Resume."
        ),
    ],
    format: Annotated[
        str, typer.Option("--format", help="auto, jsonl, linkedin or jsonresume.")
    ] = "auto",
    imported_by: Annotated[
        str | None,
        typer.Option(help="For a LinkedIn export: the employee whose connections these are."),
    ] = None,
    batch: Annotated[
        bool,
        typer.Option(
            "--batch",
            help="For large files: store every profile first, then parse and resolve them "
            "in chunks at once with the parse-and-resolve flow (VIVIER_TASK_RUNNER=thread "
            "or dask, VIVIER_BATCH_CHUNK_SIZE).",
        ),
    ] = False,
) -> None:
    """Ingest profiles (parse + dedupe into the pool). Valid records are imported; each
    bad one is reported with its line number, and the exit code is then 1."""
    from sourcing.jsonl import LineError, read_profiles
    from sourcing.sources import UnknownSourceError, read_fields
    from sourcing.sources.imports import (
        ImportFormatError,
        detect_format,
        read_json_resume,
        read_linkedin_connections,
    )

    if format not in ("auto", "jsonl", "linkedin", "jsonresume"):
        _fail(f"unknown format {format!r}; use auto, jsonl, linkedin or jsonresume")
    if file != "-" and not Path(file).exists():
        _fail(f"{file}: no such file")
    if format == "auto":
        try:
            format = "jsonl" if file == "-" else detect_format(file)
        except ImportFormatError as error:
            _fail(str(error))
    profiles: list[Any] = []
    errors: list[str] = []
    if format == "linkedin":
        if not imported_by:
            _fail(
                "--imported-by is required for a LinkedIn export: the employee whose own "
                "connections these are (and who agreed to share them)"
            )
        result = read_linkedin_connections(Path(file), imported_by)
        profiles, errors = result.profiles, result.errors
    elif format == "jsonresume":
        result = read_json_resume(Path(file))
        profiles, errors = result.profiles, result.errors
    else:
        with _open_input(file) as handle:
            for item in read_profiles(handle):
                if isinstance(item, LineError):
                    errors.append(str(item))
                    continue
                try:
                    read_fields(item.source, item.payload or {"text": item.text or ""})
                except (UnknownSourceError, ValueError) as error:
                    errors.append(f"{item.source}:{item.external_id}: {error}")
                    continue
                profiles.append(item)
    for error in errors:
        err.print(f"{file}: {error}", highlight=False)
    report = _ingest_in_batch(profiles) if batch else _ingest_with_progress(profiles)
    out.print(
        f"imported {len(profiles)} profile(s): {report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.suppressed} suppressed; "
        f"{len(errors)} record(s) rejected"
    )
    if errors:
        raise typer.Exit(1)


def _ingest_with_progress(profiles: list[Any]) -> IngestReport:
    from models.db import transaction
    from sourcing import pool
    from sourcing.runtime import dedupe_config, get_parser, open_pool

    report = IngestReport()
    chunk = 250
    with transaction(open_pool()) as session, Progress(console=err, transient=True) as bar:
        task = bar.add_task("ingesting", total=len(profiles))
        for start in range(0, len(profiles), chunk):
            batch = profiles[start : start + chunk]
            report = report.add(pool.ingest(session, batch, get_parser(), dedupe_config()))
            bar.advance(task, len(batch))
    return report


def _ingest_in_batch(profiles: list[Any]) -> IngestReport:
    """Store everything (the first ingest stage), then the parse-and-resolve flow."""
    _prefect_defaults()
    from flows.batches import parse_and_resolve_pending
    from models.db import transaction
    from sourcing import pool
    from sourcing.runtime import open_pool

    report = IngestReport()
    with transaction(open_pool()) as session:
        for start in range(0, len(profiles), 1000):
            chunk = profiles[start : start + 1000]
            report = report.add(pool.run_stage(session, lambda c=chunk: pool.store_raw(session, c)))
    batch = parse_and_resolve_pending()
    report.parsed, report.review = batch.parsed, batch.review_pairs
    return report


@app.command()
def parse() -> None:
    """Read JSON-lines profiles on stdin; print what Vivier understands, one JSON per line."""
    from sourcing.jsonl import LineError, read_profiles
    from sourcing.runtime import get_parser
    from sourcing.sources import UnknownSourceError, read_fields

    parser = get_parser()
    failed = False
    batch: list[tuple[int, Any]] = []

    def flush() -> None:
        parsed = parser.parse_many([fields for _, fields in batch])
        for (_, _fields), profile in zip(batch, parsed, strict=True):
            sys.stdout.write(json.dumps(_parse_output(profile), ensure_ascii=False) + "\n")
        batch.clear()

    for number, item in enumerate(read_profiles(sys.stdin), 1):
        if isinstance(item, LineError):
            err.print(f"stdin: {item}", highlight=False)
            failed = True
            continue
        try:
            fields = read_fields(item.source, item.payload or {"text": item.text or ""})
        except (UnknownSourceError, ValueError) as error:
            err.print(f"stdin: profile {number}: {error}", highlight=False)
            failed = True
            continue
        batch.append((number, fields))
        if len(batch) >= 64:
            flush()
    if batch:
        flush()
    if failed:
        raise typer.Exit(1)


def _parse_output(profile: Any) -> dict[str, Any]:
    data = profile.model_dump(mode="json")
    data["skill_ids"] = [s["id"] for s in data["skills"]]
    data["skills"] = [s["label"] for s in data["skills"]]
    data["sectors"] = [s["label"] for s in data["sectors"]]
    return data


@pool_app.command("dump")
def pool_dump() -> None:
    """One JSON line per candidate: id, name and identities (source, external_id, url)."""
    from models.db import transaction
    from sourcing.pool import dump_candidate, iter_candidates
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        for candidate in iter_candidates(session):
            sys.stdout.write(json.dumps(dump_candidate(candidate), ensure_ascii=False) + "\n")


@pool_app.command("fit")
def pool_fit(
    if_grown: Annotated[
        bool, typer.Option(help="Only if the pool grew by 20% since the last model.")
    ] = False,
) -> None:
    """Learn match weights from the pool (Fellegi-Sunter, EM, no labels), store them,
    and resolve the pool again with them."""
    from models.db import transaction
    from models.tables import MatchModel
    from sourcing.pool import refit
    from sourcing.runtime import dedupe_config, open_pool

    with transaction(open_pool()) as session:
        report = refit(session, dedupe_config(), force=not if_grown)
        model = session.get(MatchModel, report.model_id) if report.fitted else None
        if model is None:
            out.print(f"no new model: {report.reason}", highlight=False)
            return
        table = Table("comparison", "level", "weight (bits)")
        for name, levels in model.model["comparisons"].items():
            for level, values in levels.items():
                table.add_row(name, level, f"{values['weight']:+.1f}")
        out.print(table)
        out.print(
            f"model {model.id} fitted on {model.identities} identities "
            f"({model.candidate_pairs} candidate pairs); prior weight "
            f"{model.model['prior_weight']:+.1f} bits. Pool resolved again: "
            f"{report.candidates_before} -> {report.candidates_after} candidates, "
            f"{report.review_pairs} pair(s) queued for review",
            highlight=False,
        )


def _reviewer(by: str | None) -> str:
    return by or os.environ.get("USER") or "cli"


@pool_app.command("split")
def pool_split(
    candidate: Annotated[int, typer.Argument(help="The candidate to split.")],
    identity: Annotated[
        list[int], typer.Option(help="An identity to move to a new candidate (repeatable).")
    ],
    by: Annotated[str | None, typer.Option(help="Who decides (for the audit log).")] = None,
) -> None:
    """Undo a merge: move identities of a candidate to a new candidate, for good."""
    from models.db import transaction
    from sourcing.dedupe.review import ReviewError, split
    from sourcing.runtime import open_pool

    try:
        with transaction(open_pool()) as session:
            new_id = split(session, candidate, identity, _reviewer(by))
    except ReviewError as error:
        _fail(str(error))
    out.print(
        f"candidate {candidate} split: identities {sorted(set(identity))} are now candidate "
        f"{new_id}; they will not be merged back"
    )


@pool_app.command("explain")
def pool_explain(candidate: Annotated[int, typer.Argument(help="A candidate id.")]) -> None:
    """A candidate's identities, and the evidence behind each match."""
    from models.db import transaction
    from sourcing.dedupe.review import ReviewError, explain
    from sourcing.runtime import open_pool

    try:
        with transaction(open_pool()) as session:
            identities, reasons = explain(session, candidate)
    except ReviewError as error:
        _fail(str(error))
    for side in identities:
        out.print(f"#{side.identity_id} {side.source}: {side.name} {side.url}", highlight=False)
    table = Table("identities", "rule", "score", "evidence")
    for reason in reasons:
        detail = reason.key or ", ".join(f"{f}: {lvl}" for f, lvl in reason.levels.items())
        table.add_row(
            f"#{reason.a.identity_id} ~ #{reason.b.identity_id}",
            reason.rule,
            f"{reason.score:.2f}",
            detail,
        )
    out.print(table if reasons else "a single identity: nothing was merged")


@review_app.callback()
def review(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="How many pairs to list.")] = 50,
) -> None:
    """List the pairs awaiting a decision, most likely matches first."""
    if ctx.invoked_subcommand is not None:
        return
    from models.db import transaction
    from sourcing.dedupe.review import pending_reviews
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        items = pending_reviews(session, limit)
    if not items:
        out.print("no pair awaits review")
        return
    table = Table("pair", "score", "identity A", "identity B", "evidence")
    for item in items:
        table.add_row(
            str(item.pair_id),
            f"{item.score:.2f}",
            f"{item.a.name} ({item.a.source}, #{item.a.identity_id})\n{item.a.url}",
            f"{item.b.name} ({item.b.source}, #{item.b.identity_id})\n{item.b.url}",
            ", ".join(f"{field}: {level}" for field, level in item.levels.items())
            + (f"\nmatch, not merged: {item.not_merged}" if item.not_merged else ""),
        )
    out.print(table)
    out.print("decide with: vivier review decide PAIR same|different")


@review_app.command("decide")
def review_decide(
    pair: Annotated[int, typer.Argument(help="The pair id shown by 'vivier review'.")],
    decision: Annotated[str, typer.Argument(help="same or different")],
    by: Annotated[str | None, typer.Option(help="Who decides (for the audit log).")] = None,
) -> None:
    """Record a decision; it is applied now and remembered by every later run."""
    from models.db import transaction
    from sourcing.dedupe.review import ReviewError, decide
    from sourcing.runtime import dedupe_config, open_pool

    try:
        with transaction(open_pool()) as session:
            report = decide(session, pair, decision, _reviewer(by), dedupe_config())  # type: ignore[arg-type]
    except ReviewError as error:
        _fail(str(error))
    merged = f", {report.merged_candidates} candidates merged" if report.merged_candidates else ""
    kept_apart = "".join(f"; still not merged: {why}" for why in report.not_merged.values())
    out.print(f"pair {pair}: {decision}{merged}{kept_apart}")


@employees_app.command("import")
def employees_import(
    file: Annotated[Path, typer.Argument(help="CSV with employee_id,email,full_name,...")],
    keep_missing: Annotated[
        bool, typer.Option(help="Do not deactivate employees absent from the file.")
    ] = False,
) -> None:
    """Import the employee directory (all rows or none; every bad row is listed)."""
    from models.db import transaction
    from sourcing.employees import EmployeeImportError, import_employees
    from sourcing.runtime import open_pool

    if not file.exists():
        _fail(f"{file}: no such file")
    try:
        with transaction(open_pool()) as session:
            report = import_employees(session, file, deactivate_missing=not keep_missing)
    except EmployeeImportError as error:
        _fail(f"{file}: {error}")
    for warning in report.warnings:
        err.print(f"warning: {warning}", highlight=False)
    out.print(
        f"employees: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.deactivated} deactivated, "
        f"{report.opted_out} opted out"
    )


def _set_opt_out(who: str, opted_out: bool) -> None:
    from models.db import transaction
    from sourcing.employees import set_opt_out
    from sourcing.runtime import open_pool

    try:
        with transaction(open_pool()) as session:
            employee = set_opt_out(session, who, opted_out)
            name = employee.full_name
    except LookupError as error:
        _fail(str(error))
    if opted_out:
        out.print(f"{name} opted out: never asked again; open requests cancelled")
    else:
        out.print(f"{name} opted back in to referral requests")


@employees_app.command("opt-out")
def employees_opt_out(
    who: Annotated[str, typer.Argument(help="employee_id or e-mail address.")],
) -> None:
    """Stop asking this employee for referrals (kept across directory imports)."""
    _set_opt_out(who, True)


@employees_app.command("opt-in")
def employees_opt_in(
    who: Annotated[str, typer.Argument(help="employee_id or e-mail address.")],
) -> None:
    """Let an employee who opted out be asked again (at their request)."""
    _set_opt_out(who, False)


referrals_app = typer.Typer(
    help="Propose and send referral requests for a search's best candidates "
    "(--search); `report` shows the funnel.",
    invoke_without_command=True,
)
app.add_typer(referrals_app, name="referrals")


@referrals_app.callback()
def referrals(
    ctx: typer.Context,
    search: Annotated[str | None, typer.Option(help="Saved search id or name.")] = None,
    send: Annotated[bool, typer.Option(help="Deliver the approved requests now.")] = True,
    approve_all: Annotated[
        bool,
        typer.Option(
            "--approve-all",
            help="Approve every proposal without review (as VIVIER_REFERRALS_AUTO_APPROVE).",
        ),
    ] = False,
) -> None:
    """Propose referral requests for a search's best candidates; send those approved.

    Without --approve-all (or VIVIER_REFERRALS_AUTO_APPROVE=true) nothing is sent
    unreviewed: with a Prefect server (PREFECT_API_URL) the run waits for approval in
    the UI; without one the proposals are recorded and left pending."""
    if ctx.invoked_subcommand is not None:
        return
    if search is None:
        _fail("give --search (a saved search id or name), or a command such as `report`")
    from models.db import transaction
    from sourcing.export import ExportError, find_search
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings

    try:
        with transaction(open_pool()) as session:
            search_id = find_search(session, search).id
    except ExportError as error:
        _fail(str(error))
    auto = approve_all or get_settings().referrals_auto_approve
    server = bool(os.environ.get("PREFECT_API_URL"))
    if auto:
        why = "--approve-all" if approve_all else "VIVIER_REFERRALS_AUTO_APPROVE=true"
        err.print(
            f"AUTO-APPROVING every referral proposal ({why}): requests are sent without review.",
            highlight=False,
        )
    elif server:
        err.print(
            "Waiting for approval: open this request-referrals run in the Prefect UI "
            "and press Resume (Ctrl-C leaves the requests pending).",
            highlight=False,
        )
    _prefect_defaults()
    from flows.referrals import request_referrals

    result = request_referrals(search_id, send=send, auto_approve=auto, wait_for_approval=server)
    out.print(f"referrals for search {search_id}: {result}")
    if not auto and not server and result["proposed"]:
        out.print(
            f"{result['proposed']} request(s) await approval: review them in the Prefect UI "
            "(run the request-referrals deployment under `vivier serve`), or approve all "
            f"with `vivier referrals --search {search_id} --approve-all`."
        )


@referrals_app.command("report")
def referrals_report(
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """The referral funnel per school and per employee, time to answer, reciprocity."""
    from models.db import transaction
    from sourcing.referral_metrics import STAGES, build_report
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        report = build_report(session)
    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        return

    def hours(value: float | None) -> str:
        return "–" if value is None else f"{value:g}"

    for title, rows in (
        ("Referral funnel", [("all", report.overall)]),
        ("Per school", [(g.label, g.funnel) for g in report.by_school]),
        ("Per employee", [(g.label, g.funnel) for g in report.by_employee]),
    ):
        table = Table(title=title)
        table.add_column("", no_wrap=True)
        for stage in STAGES:
            table.add_column(stage, justify="right")
        table.add_column("median h", justify="right")
        for label, funnel in rows:
            cells = [str(getattr(funnel, stage)) for stage in STAGES]
            table.add_row(label, *cells, hours(funnel.median_hours_to_answer))
        out.print(table)
    r = report.reciprocity
    table = Table(title="Reciprocity: employees who were themselves referred")
    table.add_column("", no_wrap=True)
    for column in ("employees", "sent", "answered", "known", "introduced", "known each"):
        table.add_column(column, justify="right")
    for label, group in (("referred themselves", r.referred), ("others", r.others)):
        table.add_row(
            label,
            *(
                str(v)
                for v in (
                    group.employees,
                    group.requests_sent,
                    group.answered,
                    group.known,
                    group.introduced,
                    group.known_per_employee,
                )
            ),
        )
    out.print(table)


@app.command()
def web(
    host: Annotated[str | None, typer.Option(help="Interface (default VIVIER_WEB_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default VIVIER_WEB_PORT).")] = None,
) -> None:
    """Serve the answer and opt-out links and the referral report (uvicorn)."""
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings
    from sourcing.tokens import signing_key
    from sourcing.web import serve

    settings = get_settings()
    try:
        key = signing_key(settings)
    except ValueError as error:
        _fail(str(error))
    if key.development:
        err.print(
            f"[yellow]warning:[/yellow] VIVIER_SECRET_KEY is not set: links are signed with a "
            f"development key kept in {key.path}. Set VIVIER_SECRET_KEY in production.",
            highlight=False,
        )
    err.print(
        f"links in messages point to {settings.public_url} (VIVIER_PUBLIC_URL); "
        "/report has no login: keep it behind your reverse proxy's authentication",
        highlight=False,
    )
    serve(settings, open_pool(settings), host or settings.web_host, port or settings.web_port)


@app.command()
def refresh(
    older_than: Annotated[
        str, typer.Option(help="Re-fetch profiles older than this (e.g. 7d, 12h; 0 = all).")
    ] = "7d",
    searches: Annotated[bool, typer.Option(help="Re-run the saved searches.")] = True,
) -> None:
    """The nightly job: finish interrupted ingests, re-fetch stale profiles with
    conditional requests, re-run every saved search."""
    from sourcing.refresh import parse_duration

    try:
        age = parse_duration(older_than)
    except ValueError as error:
        _fail(str(error))
    _prefect_defaults()
    from flows.refresh import refresh_talent_pool

    count = refresh_talent_pool(age.total_seconds() / 3600, rerun_searches=searches)
    out.print(f"refreshed stale profiles; re-ran {count} saved search(es)")


@app.command()
def export(
    search: Annotated[str, typer.Option(help="Saved search id or name.")],
    format: Annotated[str, typer.Option("--format", "-f", help="csv, xlsx or json.")] = "xlsx",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
    delimiter: Annotated[str, typer.Option(help="CSV separator; ';' for French Excel.")] = ",",
) -> None:
    """Export a saved search's shortlist (CSV with BOM, XLSX or JSON)."""
    from models.db import transaction
    from sourcing.export import FORMATS, ExportError, export_shortlist, find_search
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; use csv, xlsx or json")
    try:
        with transaction(open_pool()) as session:
            saved = find_search(session, search)
            path = output or get_settings().exports_dir / f"shortlist-{saved.id}.{format}"
            rows = export_shortlist(session, saved, format, path, delimiter)  # type: ignore[arg-type]
    except ExportError as error:
        _fail(str(error))
    out.print(f"{rows} candidates written to {path}")


def _selector(email: str | None, url: str | None, handle: str | None) -> Any:
    from sourcing.privacy import Selector

    try:
        return Selector(email=email, url=url, handle=handle)
    except ValueError as error:
        _fail(str(error))


@app.command()
def erase(
    email: Annotated[str | None, typer.Option(help="The person's e-mail address.")] = None,
    url: Annotated[str | None, typer.Option(help="One of the person's profile URLs.")] = None,
    handle: Annotated[str | None, typer.Option(help="The person's handle on a network.")] = None,
    by: Annotated[str | None, typer.Option(help="Who asks (for the audit log).")] = None,
) -> None:
    """Erase a person (GDPR Art. 17) and put their identifiers on the suppression list,
    so that no later search or import brings them back."""
    from models.db import transaction
    from sourcing.privacy import erase as erase_person
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings

    selector = _selector(email, url, handle)
    with transaction(open_pool()) as session:
        report = erase_person(
            session, selector, _reviewer(by), outbox=get_settings().resolved_outbox_dir
        )
    if not report.identities:
        out.print(
            f"nobody in the pool has the {selector.describe()}; it is on the suppression "
            "list now, so they will not be sourced",
            highlight=False,
        )
        return
    out.print(
        f"erased {report.candidates} candidate(s), {report.identities} identities "
        f"({', '.join(report.sources)}), {report.skills} skills, {report.schools} schools, "
        f"{report.search_results} search results, {report.referral_requests} referral "
        f"requests, {report.outbox_files} outbox messages; {report.suppressed_identifiers} "
        "identifiers suppressed",
        highlight=False,
    )


@app.command()
def access(
    email: Annotated[str | None, typer.Option(help="The person's e-mail address.")] = None,
    url: Annotated[str | None, typer.Option(help="One of the person's profile URLs.")] = None,
    handle: Annotated[str | None, typer.Option(help="The person's handle on a network.")] = None,
) -> None:
    """Everything held about a person (GDPR Art. 15), as JSON on stdout."""
    from models.db import transaction
    from sourcing.privacy import PersonNotFound, access_report, record_access
    from sourcing.runtime import open_pool

    selector = _selector(email, url, handle)
    try:
        with transaction(open_pool()) as session:
            report = access_report(session, selector)
            record_access(session, report, _reviewer(None), "stdout")
    except PersonNotFound as error:
        _fail(str(error), code=1)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


@app.command()
def privacy() -> None:
    """The privacy duties the nightly refresh runs: an Art. 14 notice queued for every
    new candidate, the due notices sent, then the retention purge."""
    from models.db import transaction
    from sourcing.retention import privacy_duties
    from sourcing.runtime import open_pool
    from sourcing.settings import get_settings

    with transaction(open_pool()) as session:
        duties = privacy_duties(session, get_settings())
    for name, value in duties.summary().items():
        out.print(f"{name.replace('_', ' ')}: {value}")
    for error in duties.notices.errors:
        err.print(f"[yellow]not sent, stays queued:[/yellow] {error}", highlight=False)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the talent pool's schema (Alembic)."""
    from models.db import upgrade
    from sourcing.settings import get_settings

    url = get_settings().resolved_database_url
    upgrade(url)
    out.print(f"schema up to date: {url.split('@')[-1]}")


@app.command()
def serve() -> None:
    """Serve the deployments to a running Prefect server (needs PREFECT_API_URL)."""
    _prefect_defaults()
    from deployments.serve import main

    main()


@app.command()
def sources() -> None:
    """The networks Vivier can search, what each needs, and those it cannot lawfully search."""
    from sourcing.settings import get_settings
    from sourcing.sources import NO_PEOPLE_SEARCH, SEARCHABLE, source_status
    from sourcing.sources.terms import TERMS

    settings = get_settings()
    table = Table(title="Networks")
    table.add_column("name")
    table.add_column("status")
    table.add_column("what it does")
    for name, cls in sorted(SEARCHABLE.items()):
        table.add_row(name, source_status(name, settings), cls.description)
    for name, why in sorted(NO_PEOPLE_SEARCH.items()):
        table.add_row(name, "no people search", why)
    out.print(table)
    terms = Table(title="Terms, as Vivier enforces them")
    terms.add_column("source")
    terms.add_column("e-mail outreach")
    terms.add_column("attribution")
    terms.add_column("what the code does")
    for name, rule in sorted(TERMS.items()):
        terms.add_row(
            name,
            "allowed" if rule.outreach_email else "never",
            rule.attribution or "-",
            rule.summary,
        )
    out.print(terms)


if __name__ == "__main__":
    app()
