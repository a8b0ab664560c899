"""The quick CLI commands, run in-process (no Prefect)."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sourcing.cli import app

runner = CliRunner()


def test_help_lists_every_command(home: Path) -> None:
    result = runner.invoke(app, ["--help"])
    for command in (
        "demo",
        "search",
        "import",
        "parse",
        "pool",
        "employees",
        "referrals",
        "refresh",
        "export",
        "db",
        "serve",
        "sources",
        "web",
    ):
        assert command in result.output


def test_parse_prints_one_json_object_per_line(home: Path) -> None:
    lines = [
        {
            "source": "text",
            "external_id": "c1",
            "text": "Développeur Python et Django chez "
            "Qonto, diplômé de l'INSA Lyon en 2016. Basé à Paris.",
        },
        {"source": "text", "external_id": "c2", "text": "Senior Go engineer. MIT class of 2012."},
    ]
    result = runner.invoke(app, ["parse"], input="\n".join(json.dumps(x) for x in lines))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["skills"][:2] == ["Python", "Django"]
    assert rows[0]["schools"] == [
        {"id": "insa-lyon", "name": "INSA Lyon", "start_year": None, "end_year": 2016}
    ]
    assert rows[0]["location"]["city"] == "Paris"
    assert rows[1]["schools"][0]["end_year"] == 2012


def test_import_reports_bad_lines_by_number_and_imports_the_rest(
    home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"source": "text", "external_id": "ok1", "text": "Rust dev in Lyon"}\n'
        "not json\n"
        '{"source": "text", "external_id": "empty"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 1
    assert "line 2: not valid JSON" in result.output
    assert "line 3:" in result.output and "payload" in result.output
    assert "imported 1 profile(s)" in result.output
    dump = runner.invoke(app, ["pool", "dump"])
    rows = [json.loads(line) for line in dump.stdout.splitlines()]
    assert [(r["identities"][0]["source"], r["identities"][0]["external_id"]) for r in rows] == [
        ("text", "ok1")
    ]


def test_search_refuses_empty_queries_and_unknown_networks(home: Path) -> None:
    empty = runner.invoke(app, ["search"])
    assert empty.exit_code == 2
    assert "at least one skill or keyword" in empty.output
    unknown = runner.invoke(app, ["search", "--skill", "Python", "--source", "friendster"])
    assert unknown.exit_code == 2
    assert "unknown source 'friendster'" in unknown.output


def test_employee_import_with_missing_columns_fails_clearly(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("person,label\n1,A\n", encoding="utf-8")
    result = runner.invoke(app, ["employees", "import", str(path)])
    assert result.exit_code == 2
    assert "missing column(s) employee_id, email, full_name" in result.output
    aliased = tmp_path / "hris.csv"
    aliased.write_text("id,name\n1,A\n", encoding="utf-8")  # HRIS spellings are understood
    result = runner.invoke(app, ["employees", "import", str(aliased)])
    assert result.exit_code == 2
    assert "missing column(s) email;" in result.output


def test_export_of_unknown_search_fails_clearly(home: Path) -> None:
    result = runner.invoke(app, ["export", "--search", "42", "--format", "csv"])
    assert result.exit_code == 2
    assert "no saved search '42'" in result.output


def test_db_upgrade_creates_the_pool(home: Path) -> None:
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0
    assert (home / "pool.db").exists()


def test_linkedin_export_import_needs_the_employee_and_reports_bad_rows(home: Path) -> None:
    export = Path(__file__).parent / "fixtures" / "imports" / "Connections.csv"
    refused = runner.invoke(app, ["import", str(export)])
    assert refused.exit_code == 2 and "--imported-by is required" in refused.output
    result = runner.invoke(app, ["import", str(export), "--imported-by", "ana@corp.example"])
    assert "line 9:" in result.output
    assert result.exit_code == 1  # some rows were rejected; the others are in the pool
    dump = [json.loads(line) for line in runner.invoke(app, ["pool", "dump"]).stdout.splitlines()]
    sources = {i["source"] for row in dump for i in row["identities"]}
    assert sources == {"linkedin"} and len(dump) >= 3
