"""The employee directory import: all rows or none, every problem with its line."""

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Education, Employee
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


def test_reimporting_the_same_file_changes_nothing(session: Session, tmp_path: Path) -> None:
    body = 'e1,ana@corp.example,Ana Lopez,fr,Tech,U1,"INSA Lyon|Info|2014-2017",Criteo\n'
    import_employees(session, write(tmp_path, body))
    session.commit()
    first_ids = [e.id for e in session.scalars(select(Education))]
    report = import_employees(session, write(tmp_path, body))
    session.commit()
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    assert [e.id for e in session.scalars(select(Education))] == first_ids  # not rewritten


def test_hris_header_spellings_are_accepted(session: Session, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "E9,Bob@Corp.example,Bob Smith,en,U9\n",
        header="ID,E-mail,Name,Language,Slack ID\n",
    )
    import_employees(session, path)
    bob = session.scalars(select(Employee)).one()
    assert (bob.employee_ref, bob.email, bob.full_name, bob.slack_id) == (
        "E9",
        "bob@corp.example",
        "Bob Smith",
        "U9",
    )


def test_opt_out_from_the_file_sticks_and_a_bad_value_is_a_row_error(
    session: Session, tmp_path: Path
) -> None:
    header = HEADER.rstrip("\n") + ",opt_out\n"
    report = import_employees(
        session, write(tmp_path, "e1,a@corp.example,A A,fr,,,,,oui\n", header=header)
    )
    assert report.opted_out == 1
    again = import_employees(session, write(tmp_path, "e1,a@corp.example,A A,fr,,,,\n"))
    assert again.unchanged == 1
    assert session.scalars(select(Employee)).one().opted_out is True  # never silently undone
    with pytest.raises(EmployeeImportError, match="line 2: opt_out must be yes or no, not 'maybe'"):
        import_employees(
            session, write(tmp_path, "e1,a@corp.example,A A,fr,,,,,maybe\n", header=header)
        )


def test_an_empty_full_import_does_not_deactivate_everyone(
    session: Session, tmp_path: Path
) -> None:
    import_employees(session, write(tmp_path, "e1,a@corp.example,A A,fr,,,,\n"))
    with pytest.raises(EmployeeImportError, match="refusing to deactivate everyone"):
        import_employees(session, write(tmp_path, ""))
    assert session.scalars(select(Employee)).one().active is True


def test_opting_out_cancels_open_requests_with_the_reason(session: Session) -> None:
    from models.tables import ReferralRequest
    from sourcing import referrals
    from sourcing.employees import set_opt_out
    from tests.test_referrals import seed_world

    search = seed_world(session)
    referrals.record_requests(session, search, referrals.propose(session, search, 5, 3))
    employee = set_opt_out(session, "ANA@corp.example")
    assert employee.opted_out
    by_employee = {r.employee.full_name: r for r in session.scalars(select(ReferralRequest))}
    assert by_employee["Ana Lopez"].status == "cancelled"
    assert by_employee["Ana Lopez"].status_reason == (
        "cancelled: the employee opted out of referral requests"
    )
    assert by_employee["Bob Smith"].status == "pending"
    assert [p.employee_name for p in referrals.pending_requests(session, search.id)] == [
        "Bob Smith"
    ]
    with pytest.raises(LookupError, match="no employee with id or e-mail 'nobody'"):
        set_opt_out(session, "nobody")


def test_the_cli_opts_an_employee_out_and_back_in(home: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from models.db import transaction
    from sourcing.cli import app
    from sourcing.runtime import open_pool

    runner = CliRunner()
    path = write(tmp_path, "e1,ana@corp.example,Ana Lopez,fr,,,,\n")
    assert runner.invoke(app, ["employees", "import", str(path)]).exit_code == 0
    result = runner.invoke(app, ["employees", "opt-out", "e1"])
    assert result.exit_code == 0 and "Ana Lopez opted out" in result.output
    with transaction(open_pool()) as session:
        assert session.scalars(select(Employee)).one().opted_out is True
    assert runner.invoke(app, ["employees", "opt-in", "ana@corp.example"]).exit_code == 0
    with transaction(open_pool()) as session:
        assert session.scalars(select(Employee)).one().opted_out is False
    missing = runner.invoke(app, ["employees", "opt-out", "zed"])
    assert missing.exit_code == 2 and "no employee" in missing.output
