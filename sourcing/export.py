"""Shortlist exports for HR: CSV (UTF-8 with BOM, ``;`` option for French Excel), XLSX
and JSON, with only the columns HR needs and every cell safe from formula injection."""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.tables import AuditEvent, Candidate, ReferralRequest, Search, SearchResult

ExportFormat = Literal["csv", "xlsx", "json"]
FORMATS: tuple[str, ...] = ("csv", "xlsx", "json")
COLUMNS = (
    "rank",
    "name",
    "headline",
    "city",
    "country",
    "score",
    "matched_skills",
    "schools",
    "open_to_work",
    "profiles",
    "why",
    "referrers",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


class ExportError(ValueError):
    """The shortlist could not be exported (unknown search, bad path)."""


@dataclass(frozen=True)
class ShortlistRow:
    rank: int
    name: str
    headline: str
    city: str
    country: str
    score: float
    matched_skills: str
    schools: str
    open_to_work: str
    profiles: list[str]
    why: str
    referrers: str

    def cells(self) -> list[str | int | float]:
        return [
            self.rank,
            self.name,
            self.headline,
            self.city,
            self.country,
            self.score,
            self.matched_skills,
            self.schools,
            self.open_to_work,
            " ".join(self.profiles),
            self.why,
            self.referrers,
        ]


def neutralise(value: str | int | float) -> str | int | float:
    """Text that a spreadsheet would run as a formula is prefixed with a quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def find_search(session: Session, ref: str) -> Search:
    """A saved search by id or by name."""
    search = session.get(Search, int(ref)) if ref.isdigit() else None
    search = search or session.scalar(select(Search).where(Search.name == ref))
    if search is None:
        names = ", ".join(f"{s.id}: {s.name}" for s in session.scalars(select(Search)).all())
        raise ExportError(f"no saved search {ref!r}; saved searches: {names or 'none yet'}")
    return search


def shortlist(session: Session, search: Search) -> list[ShortlistRow]:
    results = session.scalars(
        select(SearchResult)
        .where(SearchResult.search_id == search.id)
        .options(
            selectinload(SearchResult.candidate).selectinload(Candidate.identities),
            selectinload(SearchResult.candidate).selectinload(Candidate.education),
        )
        .order_by(SearchResult.rank)
    ).all()
    referrers: dict[int, list[str]] = {}
    for request in session.scalars(
        select(ReferralRequest)
        .where(ReferralRequest.search_id == search.id)
        .options(selectinload(ReferralRequest.employee))
    ):
        referrers.setdefault(request.candidate_id, []).append(request.employee.full_name)
    rows = []
    for result in results:
        c = result.candidate
        rows.append(
            ShortlistRow(
                rank=result.rank,
                name=c.display_name,
                headline=c.headline,
                city=c.city or "",
                country=c.country or "",
                score=round(result.score, 3),
                matched_skills=", ".join(result.matched_skills),
                schools=", ".join(e.school_name for e in c.education),
                open_to_work="yes" if c.open_to_work else "",
                profiles=[i.url for i in c.identities if i.url],
                why=result.explanation,
                referrers=", ".join(referrers.get(c.id, [])),
            )
        )
    return rows


def write_csv(rows: list[ShortlistRow], path: Path, delimiter: str = ",") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row.cells()])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def _xlsx_safe(value: str | int | float) -> str | int | float:
    """Control characters cannot be stored in a worksheet (openpyxl refuses them)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def write_json(rows: list[ShortlistRow], path: Path) -> None:
    """A list of objects keyed by the HR columns (``profiles`` stays a list); text is
    neutralised as in the spreadsheets, since JSON is often loaded into Excel too."""
    records = []
    for row in rows:
        cells = dict(zip(COLUMNS, row.cells(), strict=True))
        record: dict[str, object] = {k: neutralise(v) for k, v in cells.items()}
        record["profiles"] = [neutralise(url) for url in row.profiles]
        records.append(record)
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_xlsx(rows: list[ShortlistRow], path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Shortlist"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
    for row in rows:
        sheet.append([neutralise(_xlsx_safe(cell)) for cell in row.cells()])
        if row.profiles:
            link = sheet.cell(row=sheet.max_row, column=COLUMNS.index("profiles") + 1)
            link.hyperlink = row.profiles[0]
            link.style = "Hyperlink"
    sheet.freeze_panes = "A2"
    for column, width in zip(
        "ABCDEFGHIJKL", (6, 24, 36, 14, 8, 7, 30, 36, 8, 40, 60, 30), strict=True
    ):
        sheet.column_dimensions[column].width = width
    workbook.properties.title = title[:250]
    workbook.save(path)


def export_shortlist(
    session: Session,
    search: Search,
    fmt: ExportFormat,
    path: Path,
    delimiter: str = ",",
    actor: str = "vivier",
) -> int:
    """Write the search's shortlist to ``path``; returns the number of rows. Audited."""
    rows = shortlist(session, search)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        write_csv(rows, path, delimiter)
    elif fmt == "xlsx":
        write_xlsx(rows, path, search.name)
    elif fmt == "json":
        write_json(rows, path)
    else:
        raise ExportError(f"unknown format {fmt!r}; use csv, xlsx or json")
    session.add(
        AuditEvent(
            actor=actor,
            action="export",
            subject=f"search:{search.id}",
            details={"format": fmt, "path": str(path), "rows": len(rows)},
        )
    )
    session.flush()
    return len(rows)
