"""Shortlist exports open cleanly and are safe from formula injection."""

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from models.tables import AuditEvent, Candidate, Identity, Search, SearchResult
from sourcing.export import COLUMNS, ExportError, export_shortlist, find_search, neutralise


@pytest.fixture
def saved_search(session: Session) -> Search:
    search = Search(name="Python Lyon", query={"skills": ["Python"]})
    hostile = Candidate(display_name='=HYPERLINK("http://evil")', headline="+33 dev", city="Lyon")
    normal = Candidate(display_name="Hélène Dupré", headline="Développeuse", city="Lyon")
    session.add_all([search, hostile, normal])
    session.flush()
    session.add(
        Identity(
            candidate_id=normal.id,
            source="github",
            external_id="1",
            url="https://github.com/hdupre",
            content_hash="x",
        )
    )
    session.add_all(
        [
            SearchResult(
                search_id=search.id,
                candidate_id=normal.id,
                rank=1,
                score=0.9,
                explanation="skills Python (1/1)",
                matched_skills=["Python"],
            ),
            SearchResult(
                search_id=search.id,
                candidate_id=hostile.id,
                rank=2,
                score=0.5,
                explanation="-1+1",
                matched_skills=[],
            ),
        ]
    )
    session.commit()
    return search


def test_neutralise_prefixes_formula_starters_only() -> None:
    assert [neutralise(v) for v in ["=1+1", "+33", "-x", "@SUM", "Lyon", 3]] == [
        "'=1+1",
        "'+33",
        "'-x",
        "'@SUM",
        "Lyon",
        3,
    ]


def test_csv_has_bom_one_row_per_candidate_and_no_live_formula(
    session: Session, saved_search: Search, tmp_path: Path
) -> None:
    path = tmp_path / "s.csv"
    assert export_shortlist(session, saved_search, "csv", path, delimiter=";") == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:2] == ["rank", "name"]
    assert [r[1] for r in rows[1:]] == ["Hélène Dupré", '\'=HYPERLINK("http://evil")']
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_xlsx_opens_with_header_frozen_and_links(
    session: Session, saved_search: Search, tmp_path: Path
) -> None:
    path = tmp_path / "s.xlsx"
    export_shortlist(session, saved_search, "xlsx", path)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 3
    assert sheet["B2"].value == "Hélène Dupré"
    assert sheet["B3"].value.startswith("'=")
    assert sheet["J2"].hyperlink.target == "https://github.com/hdupre"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["A1"].fill.fgColor.rgb.endswith("2F5597")


def test_json_has_only_hr_columns_lists_profiles_and_no_live_formula(
    session: Session, saved_search: Search, tmp_path: Path
) -> None:
    path = tmp_path / "s.json"
    assert export_shortlist(session, saved_search, "json", path) == 2
    records = json.loads(path.read_text("utf-8"))
    assert [tuple(r) for r in records] == [COLUMNS, COLUMNS]
    assert records[0]["name"] == "Hélène Dupré"
    assert records[0]["profiles"] == ["https://github.com/hdupre"]
    assert records[1]["name"] == '\'=HYPERLINK("http://evil")'
    assert records[1]["headline"] == "'+33 dev"
    assert records[1]["why"] == "'-1+1"


def test_every_export_is_audited(session: Session, saved_search: Search, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx", "json"):
        export_shortlist(session, saved_search, fmt, tmp_path / f"a.{fmt}", actor="hr.alice")
    events = session.query(AuditEvent).filter_by(action="export").order_by(AuditEvent.id).all()
    assert [e.details["format"] for e in events] == ["csv", "xlsx", "json"]
    assert all(e.details["rows"] == 2 and e.actor == "hr.alice" for e in events)
    assert all(e.subject == f"search:{saved_search.id}" for e in events)


def test_unknown_format_is_refused_and_not_audited(
    session: Session, saved_search: Search, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="csv, xlsx or json"):
        export_shortlist(session, saved_search, "pdf", tmp_path / "a.pdf")  # type: ignore[arg-type]
    assert session.query(AuditEvent).filter_by(action="export").count() == 0


def test_unknown_search_lists_the_saved_ones(session: Session, saved_search: Search) -> None:
    with pytest.raises(ExportError, match="Python Lyon"):
        find_search(session, "999")
