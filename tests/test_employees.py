"""The employee directory import: all rows or none, every problem with its line."""

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Employee
from sourcing.employees import EmployeeImportError, import_employees

HEADER = "employee_id,email,full_name,language,department,slack_id,schools,past_employers\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "employees.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_import_canonicalises_schools_and_years(session: Session, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'e1,ana@corp.example,Ana Lopez,fr,Tech,U1,"INSA de Lyon|Info|2014-2017;'
        'Sciences Po||2018-2019",Criteo;Doctolib\n',
    )
    report = import_employees(session, path)
    employee = session.scalars(select(Employee)).one()
    assert report.created == 1
    assert [(e.school_id, e.start_year, e.end_year, e.programme) for e in employee.education] == [
        ("insa-lyon", 2014, 2017, "Info"),
        ("sciences-po", 2018, 2019, ""),
    ]
    assert employee.past_employers == ["Criteo", "Doctolib"]


def test_reimport_updates_and_deactivates_departures(session: Session, tmp_path: Path) -> None:
    import_employees(
        session, write(tmp_path, "e1,a@corp.example,A A,fr,,,,\ne2,b@corp.example,B B,en,,,,\n")
    )
    report = import_employees(session, write(tmp_path, "e1,a2@corp.example,A A,fr,,,,\n"))
    assert (report.created, report.updated, report.deactivated) == (0, 1, 1)
    by_ref = {e.employee_ref: e for e in session.scalars(select(Employee))}
    assert by_ref["e1"].email == "a2@corp.example"
    assert by_ref["e2"].active is False


def test_bad_rows_import_nothing_and_are_all_reported(session: Session, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "e1,a@corp.example,A A,fr,,,,\n"
        "e2,not-an-email,B B,fr,,,,\n"
        "e1,c@corp.example,,de,,,INSA Lyon||2017-2014,\n",
    )
    with pytest.raises(EmployeeImportError) as caught:
        import_employees(session, path)
    problems = "\n".join(caught.value.problems)
    assert "line 3: e-mail 'not-an-email'" in problems
    assert "line 4: employee_id 'e1' already on line 2" in problems
    assert "line 4: full_name is empty" in problems
    assert "line 4: language must be fr or en" in problems
    assert "ends before it starts" in problems
    assert session.scalars(select(Employee)).all() == []


def test_missing_columns_are_named(session: Session, tmp_path: Path) -> None:
    path = write(tmp_path, "e1,A A\n", header="employee_id,full_name\n")
    with pytest.raises(EmployeeImportError, match="missing column\\(s\\) email"):
        import_employees(session, path)
