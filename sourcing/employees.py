"""The employee directory: CSV / HRIS export import, validated whole before anything
is written (a file with one bad row imports nothing and lists every bad row)."""

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.tables import Education, Employee
from sourcing.parsing.vocab import fold, load_schools

REQUIRED_COLUMNS = ("employee_id", "email", "full_name")
OPTIONAL_COLUMNS = ("language", "department", "slack_id", "schools", "past_employers")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_YEARS = re.compile(r"^\s*(\d{4})?\s*(?:[-–]\s*(\d{4}))?\s*$")


class EmployeeImportError(ValueError):
    """The file was refused; ``problems`` lists each one with its line number."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s), nothing imported:\n" + "\n".join(problems))


@dataclass
class SchoolEntry:
    school_id: str
    school_name: str
    programme: str
    start_year: int | None
    end_year: int | None


@dataclass
class EmployeeRow:
    line: int
    employee_ref: str
    email: str
    full_name: str
    language: str
    department: str
    slack_id: str
    schools: list[SchoolEntry] = field(default_factory=list)
    past_employers: list[str] = field(default_factory=list)


@dataclass
class EmployeeImportReport:
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    warnings: list[str] = field(default_factory=list)


def parse_schools(
    value: str, line: int, problems: list[str], warnings: list[str]
) -> list[SchoolEntry]:
    """``"INSA Lyon|Informatique|2013-2016;Sciences Po||2017-2018"`` -> entries."""
    schools = load_schools()
    entries = []
    for raw in filter(None, (part.strip() for part in value.split(";"))):
        name, _, rest = raw.partition("|")
        programme, _, years = rest.partition("|")
        match = _YEARS.match(years)
        if not match:
            problems.append(f"line {line}: school {raw!r}: years must look like 2014-2017")
            continue
        start = int(match.group(1)) if match.group(1) else None
        end = int(match.group(2)) if match.group(2) else None
        if start and end and end < start:
            problems.append(f"line {line}: school {raw!r}: ends before it starts")
            continue
        school = schools.lookup(name)
        if school is None:
            warnings.append(f"line {line}: unknown school {name.strip()!r} kept as written")
            school_id, school_name = "unlisted:" + fold(name.strip()), name.strip()
        else:
            school_id, school_name = school.id, school.name
        entries.append(SchoolEntry(school_id, school_name, programme.strip(), start, end))
    return entries


def read_employee_csv(text: str) -> tuple[list[EmployeeRow], list[str]]:
    """Validate a whole CSV; returns the rows and the warnings, or raises with every problem."""
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise EmployeeImportError(
            [
                f"line 1: missing column(s) {', '.join(missing)}; expected "
                f"{', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}"
            ]
        )
    problems: list[str] = []
    warnings: list[str] = []
    rows: list[EmployeeRow] = []
    seen: dict[str, int] = {}
    for index, record in enumerate(reader, start=2):
        line = reader.line_num if reader.line_num else index
        record = {
            (k or "").strip(): (v or "").strip()
            for k, v in record.items()
            if isinstance(v, str) or v is None
        }
        ref, email, name = (
            record.get("employee_id", ""),
            record.get("email", ""),
            record.get("full_name", ""),
        )
        if not ref:
            problems.append(f"line {line}: employee_id is empty")
        elif ref in seen:
            problems.append(f"line {line}: employee_id {ref!r} already on line {seen[ref]}")
        else:
            seen[ref] = line
        if not _EMAIL.match(email):
            problems.append(f"line {line}: e-mail {email!r} is not an address")
        if not name:
            problems.append(f"line {line}: full_name is empty")
        language = (record.get("language") or "fr").lower()[:2]
        if language not in ("fr", "en"):
            problems.append(f"line {line}: language must be fr or en, not {language!r}")
        rows.append(
            EmployeeRow(
                line=line,
                employee_ref=ref,
                email=email.lower(),
                full_name=name,
                language=language,
                department=record.get("department", ""),
                slack_id=record.get("slack_id", ""),
                schools=parse_schools(record.get("schools", ""), line, problems, warnings),
                past_employers=[
                    e.strip() for e in record.get("past_employers", "").split(";") if e.strip()
                ],
            )
        )
    if problems:
        raise EmployeeImportError(problems)
    return rows, warnings


def import_employees(
    session: Session, path: Path, deactivate_missing: bool = True
) -> EmployeeImportReport:
    """Upsert employees by ``employee_id``; those missing from a full export are
    deactivated (they left). Opt-outs are kept across imports."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise EmployeeImportError([f"{path}: not UTF-8 text ({error.reason})"]) from error
    rows, warnings = read_employee_csv(text)
    report = EmployeeImportReport(warnings=warnings)
    existing = {
        e.employee_ref: e
        for e in session.scalars(select(Employee).options(selectinload(Employee.education)))
    }
    for row in rows:
        employee = existing.pop(row.employee_ref, None)
        if employee is None:
            employee = Employee(employee_ref=row.employee_ref)
            session.add(employee)
            report.created += 1
        else:
            report.updated += 1
        employee.email = row.email
        employee.full_name = row.full_name
        employee.language = row.language
        employee.department = row.department
        employee.slack_id = row.slack_id
        employee.past_employers = row.past_employers
        employee.active = True
        employee.education = [
            Education(
                school_id=s.school_id,
                school_name=s.school_name,
                programme=s.programme,
                start_year=s.start_year,
                end_year=s.end_year,
            )
            for s in row.schools
        ]
    if deactivate_missing:
        for employee in existing.values():
            if employee.active:
                employee.active = False
                report.deactivated += 1
    session.flush()
    return report
