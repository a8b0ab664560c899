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
from sourcing.referrals import cancel_unaskable

REQUIRED_COLUMNS = ("employee_id", "email", "full_name")
OPTIONAL_COLUMNS = (
    "language",
    "department",
    "slack_id",
    "schools",
    "past_employers",
    "opt_out",
)
# Header spellings seen in HRIS exports, mapped to the documented column names.
COLUMN_ALIASES = {
    "id": "employee_id",
    "employee id": "employee_id",
    "e-mail": "email",
    "mail": "email",
    "name": "full_name",
    "full name": "full_name",
    "slack": "slack_id",
    "slack id": "slack_id",
    "past employers": "past_employers",
    "opted_out": "opt_out",
    "opt-out": "opt_out",
}
_YES = {"yes", "y", "true", "1", "oui", "x"}
_NO = {"", "no", "n", "false", "0", "non"}
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
    opt_out: bool = False


@dataclass
class EmployeeImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    opted_out: int = 0
    warnings: list[str] = field(default_factory=list)


def _column(header: str) -> str:
    name = header.strip().lower()
    return COLUMN_ALIASES.get(name, name)


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
    header = [_column(h) for h in reader.fieldnames or []]
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
            _column(k or ""): (v or "").strip()
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
        opt_out = record.get("opt_out", "").lower()
        if opt_out not in _YES | _NO:
            problems.append(f"line {line}: opt_out must be yes or no, not {opt_out!r}")
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
                opt_out=opt_out in _YES,
            )
        )
    if problems:
        raise EmployeeImportError(problems)
    return rows, warnings


def _snapshot(employee: Employee) -> tuple[object, ...]:
    return (
        employee.email,
        employee.full_name,
        employee.language,
        employee.department,
        employee.slack_id,
        list(employee.past_employers or []),
        employee.active,
        employee.opted_out,
        _schools(employee.education),
    )


def _schools(education: list[Education]) -> list[tuple[object, ...]]:
    return [(e.school_id, e.programme, e.start_year, e.end_year) for e in education]


def import_employees(
    session: Session, path: Path, deactivate_missing: bool = True
) -> EmployeeImportReport:
    """Upsert employees by ``employee_id``; those missing from a full export are
    deactivated (they left). Importing the same file twice changes nothing.

    Opt-outs are sticky: ``opt_out=yes`` in the file opts an employee out, but an empty
    or ``no`` value never opts back in someone who asked to stop (use
    ``vivier employees opt-in``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise EmployeeImportError([f"{path}: not UTF-8 text ({error.reason})"]) from error
    rows, warnings = read_employee_csv(text)
    if not rows and deactivate_missing:
        raise EmployeeImportError(
            [f"{path}: no employees in the file; refusing to deactivate everyone"]
        )
    report = EmployeeImportReport(warnings=warnings)
    existing = {
        e.employee_ref: e
        for e in session.scalars(select(Employee).options(selectinload(Employee.education)))
    }
    for row in rows:
        employee = existing.pop(row.employee_ref, None)
        before = None
        if employee is None:
            employee = Employee(employee_ref=row.employee_ref, opted_out=False)
            session.add(employee)
            report.created += 1
        else:
            before = _snapshot(employee)
        employee.email = row.email
        employee.full_name = row.full_name
        employee.language = row.language
        employee.department = row.department
        employee.slack_id = row.slack_id
        employee.past_employers = row.past_employers
        employee.active = True
        if row.opt_out and not employee.opted_out:
            employee.opted_out = True
            report.opted_out += 1
        wanted = [(s.school_id, s.programme, s.start_year, s.end_year) for s in row.schools]
        if before is None or _schools(employee.education) != wanted:
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
        if before is not None:
            if _snapshot(employee) == before:
                report.unchanged += 1
            else:
                report.updated += 1
    if deactivate_missing:
        for employee in existing.values():
            if employee.active:
                employee.active = False
                report.deactivated += 1
    session.flush()
    return report


def find_employee(session: Session, who: str) -> Employee | None:
    """An employee by ``employee_id`` or e-mail address (case-insensitive)."""
    return session.scalars(
        select(Employee).where(
            (Employee.employee_ref == who.strip()) | (Employee.email == who.strip().lower())
        )
    ).first()


def set_opt_out(session: Session, who: str, opted_out: bool = True) -> Employee:
    """Opt an employee out of referral requests (or back in). Their open requests
    (pending or approved) are cancelled with the reason."""
    employee = find_employee(session, who)
    if employee is None:
        raise LookupError(f"no employee with id or e-mail {who!r}")
    employee.opted_out = opted_out
    session.flush()
    if opted_out:
        cancel_unaskable(session)
    return employee
