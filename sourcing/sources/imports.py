"""Imports for networks that offer exports, not search: a LinkedIn data export
(``Connections.csv`` or the whole ``.zip``) and JSON Resume files.

Pure functions, no network: each reader turns a file (a path or its bytes) into an
``ImportResult``: the ``RawProfile``s it could read and one error per item it could not,
each with its line number (CSV, JSON lines) or index (JSON array). Bad items are
reported and skipped; the good ones are imported. A file that cannot be read at all
(missing, not UTF-8, not a zip, no header row) gives no profile and one error. The
readers never raise on bad input.

``READERS`` maps the two payload shapes (``"linkedin"``, ``"jsonresume"``) to their
``read_fields``, for the main registry in ``sourcing.sources``.
"""

import csv
import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, Literal
from urllib.parse import quote, unquote, urlsplit

from pydantic import ValidationError

from models.schemas import ProfileFields, RawProfile
from sourcing.sources.base import (
    MalformedPayloadError,
    PayloadReader,
    SourceError,
    as_str,
    require_mapping,
)
from sourcing.text import html_to_text, plain

LINKEDIN = "linkedin"
JSONRESUME = "jsonresume"

PathOrBytes = str | os.PathLike[str] | bytes

# A zip member larger than this is refused (a CSV export is a few megabytes at most).
MAX_MEMBER_BYTES = 64 * 1024 * 1024
# How much of a file ``detect_format`` reads to decide.
SNIFF_BYTES = 1024 * 1024


class ImportFormatError(SourceError, ValueError):
    """A file whose format Vivier cannot tell (``detect_format``)."""


@dataclass
class ImportResult:
    """What one import read: profiles, and one message per skipped item or unreadable
    file (``"Connections.csv line 7: no name and no URL"``)."""

    profiles: list[RawProfile] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# --- reading files -----------------------------------------------------------------


def _load(source: PathOrBytes, default_name: str) -> tuple[bytes | None, str, str | None]:
    """(bytes, display name, error). Bytes are None when the file cannot be read."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), default_name, None
    path = Path(source)
    try:
        return path.read_bytes(), path.name, None
    except OSError as error:
        return None, path.name or str(path), f"{path}: cannot read ({error.strerror or error})"


def _decode(data: bytes, label: str) -> tuple[str | None, str | None]:
    """UTF-8 text with or without a byte-order mark, or an error."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, (
            f"{label}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start});"
            " save it as UTF-8"
        )


@dataclass(frozen=True)
class _CsvRow:
    line: int
    cells: list[str]
    error: str = ""


def _csv_rows(text: str) -> Iterator[_CsvRow]:
    """Every CSV record with the number of the line it starts on (blank lines included,
    as empty records). Windows, Unix and old Mac line endings are all accepted."""
    reader = csv.reader(io.StringIO(text, newline=""))
    previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield _CsvRow(previous + 1, [], f"unreadable CSV ({error})")
            previous = reader.line_num
            continue
        yield _CsvRow(previous + 1, cells)
        previous = reader.line_num


def _norm_header(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().lower().split())


@dataclass
class _Table:
    """A CSV table found after a preamble: canonical column names and the rows below."""

    header_line: int
    columns: list[str]
    rows: list[_CsvRow]

    def record(self, row: _CsvRow) -> dict[str, str] | str:
        """The row as {column: value}, or why it cannot be one."""
        if row.error:
            return row.error
        if len(row.cells) > len(self.columns):
            return (
                f"{len(row.cells)} fields where the header has {len(self.columns)}"
                " (an unquoted comma?)"
            )
        cells = [c.strip() for c in row.cells] + [""] * (len(self.columns) - len(row.cells))
        return dict(zip(self.columns, cells, strict=True))


def _find_table(
    text: str, known: dict[str, str], required: set[str], any_of: set[str] | None = None
) -> _Table | None:
    """The first row whose cells name every ``required`` column (and one of ``any_of``)
    is the header; everything before it is preamble. Columns are matched without regard
    to case and spacing and renamed to their canonical spelling (``known``)."""
    rows = _csv_rows(text)
    for row in rows:
        names = {_norm_header(c) for c in row.cells}
        if required <= names and (not any_of or names & any_of):
            columns = [known.get(_norm_header(c), c.strip()) for c in row.cells]
            return _Table(row.line, columns, list(rows))
    return None


def _is_blank(row: _CsvRow) -> bool:
    return not row.error and not any(c.strip() for c in row.cells)


def _hash(*parts: str, length: int = 24) -> str:
    body = "\x1f".join(" ".join(p.split()).lower() for p in parts)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:length]


# --- LinkedIn: Connections.csv -------------------------------------------------------

CONNECTION_COLUMNS = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
_CONNECTION_KNOWN = {_norm_header(c): c for c in CONNECTION_COLUMNS}
_CONNECTION_REQUIRED = {"first name", "last name"}
# Older exports have no URL column; any one of these confirms the header.
_CONNECTION_ANY = {"url", "company", "position", "connected on", "email address"}
NO_HEADER_ERROR = "no Connections.csv header row found; expected " + ",".join(CONNECTION_COLUMNS)

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-]+(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_connected_on(value: str) -> str | None:
    """``"05 Oct 2020"`` (LinkedIn's format, English month names whatever the member's
    language) or ``"2020-10-05"`` -> ``"2020-10-05"``; anything else -> None."""
    value = value.strip()
    try:
        if match := _DAY_MONTH_YEAR.match(value):
            month = _MONTHS.get(match.group(2)[:3].lower())
            if month is None:
                return None
            return date(int(match.group(3)), month, int(match.group(1))).isoformat()
        if match := _ISO_DATE.match(value):
            return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None
    return None


def linkedin_profile_path(url: str) -> str | None:
    """The stable key of a LinkedIn profile URL: ``"in/mira-kowal"`` for
    ``https://fr.linkedin.com/in/Mira-Kowal/?trk=x`` (any subdomain, case, trailing
    slash, query; non-ASCII slugs percent-encoded in lower case), ``"pub/..."`` for the
    old public URLs. None when ``url`` is not a LinkedIn member profile."""
    url = url.strip()
    if not url:
        return None
    if "://" not in url:
        url = "https://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"}:
        return None
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return None
    segments = [s for s in unquote(parts.path).split("/") if s]
    if len(segments) < 2 or segments[0].lower() not in {"in", "pub"}:
        return None
    if segments[0].lower() == "in":
        segments = segments[:2]
    return quote("/".join(segments), safe="/-_.~").lower()


def linkedin_profile_url(path: str) -> str:
    return f"https://www.linkedin.com/{path}"


def _handle_of(path: str) -> str:
    kind, _, rest = path.partition("/")
    return unquote(rest) if kind == "in" else ""


def _connection_profile(record: dict[str, str], imported_by: str) -> tuple[RawProfile | None, str]:
    first, last = record.get("First Name", ""), record.get("Last Name", "")
    url = record.get("URL", "")
    if not (first or last) and not url:
        return None, "no name and no URL"
    path = linkedin_profile_path(url) if url else None
    if url and path is None:
        return None, f"URL {url[:80]!r} is not a LinkedIn profile URL"
    company = record.get("Company", "")
    payload: dict[str, Any] = dict(record)
    payload["imported_by"] = imported_by
    payload["connected_on"] = parse_connected_on(record.get("Connected On", ""))
    if path:
        external_id, handle, profile_url = path, _handle_of(path), linkedin_profile_url(path)
    else:
        external_id = "noid:" + _hash(first, last, company, imported_by)
        handle, profile_url = "", ""
    try:
        raw = RawProfile(
            source=LINKEDIN,
            external_id=external_id,
            handle=handle,
            url=profile_url,
            payload=payload,
        )
    except ValidationError as error:
        return None, "; ".join(e["msg"] for e in error.errors())
    return raw, ""


def _read_connections(
    text: str, label: str, imported_by: str, result: ImportResult, seen: dict[str, str]
) -> None:
    """Append the rows of one Connections.csv; ``seen`` maps external ids already read
    to where they were read."""
    table = _find_table(text, _CONNECTION_KNOWN, _CONNECTION_REQUIRED, _CONNECTION_ANY)
    if table is None:
        result.errors.append(f"{label}: {NO_HEADER_ERROR}")
        return
    for row in table.rows:
        if _is_blank(row):
            continue
        where = f"{label} line {row.line}"
        record = table.record(row)
        if isinstance(record, str):
            result.errors.append(f"{where}: {record}")
            continue
        raw, problem = _connection_profile(record, imported_by)
        if raw is None:
            result.errors.append(f"{where}: {problem}")
            continue
        if raw.external_id in seen:
            result.errors.append(f"{where}: same profile as {seen[raw.external_id]}, skipped")
            continue
        seen[raw.external_id] = where
        result.profiles.append(raw)


# --- LinkedIn: the exporting member's own files --------------------------------------

# File name in the zip -> payload key; payload key -> the header columns that identify it.
_MEMBER_FILES = {
    "profile.csv": "profile",
    "positions.csv": "positions",
    "education.csv": "education",
    "skills.csv": "skills",
    "email addresses.csv": "email_addresses",
}
_MEMBER_REQUIRED = {
    "profile": {"first name", "last name"},
    "positions": {"company name", "title"},
    "education": {"school name"},
    "skills": {"name"},
    "email_addresses": {"email address"},
}
# Personal data Vivier has no use for: not kept in the stored payload.
_PROFILE_DROPPED = {"Maiden Name", "Address", "Birth Date", "Zip Code", "Instant Messengers"}


def _member_profile(
    files: dict[str, tuple[str, str]], imported_by: str, result: ImportResult
) -> None:
    """One profile for the member who made the export, from their own ``Profile.csv``
    (required) and ``Positions.csv``, ``Education.csv``, ``Skills.csv``,
    ``Email Addresses.csv`` (each optional)."""
    tables: dict[str, list[dict[str, str]]] = {}
    for key, (label, text) in files.items():
        required = _MEMBER_REQUIRED[key]
        table = _find_table(text, {}, required)
        if table is None:
            result.errors.append(
                f"{label}: no header row found; expected a row naming "
                + ", ".join(sorted(required))
            )
            continue
        records = []
        for row in table.rows:
            if _is_blank(row):
                continue
            record = table.record(row)
            if isinstance(record, str):
                result.errors.append(f"{label} line {row.line}: {record}")
                continue
            records.append(record)
        tables[key] = records
    profiles = tables.get("profile") or []
    if not profiles:
        if "profile" in tables:
            result.errors.append(f"{files['profile'][0]}: no data row")
        return
    profile = {k: v for k, v in profiles[0].items() if k not in _PROFILE_DROPPED}
    first, last = profile.get("First Name", ""), profile.get("Last Name", "")
    if not (first or last):
        result.errors.append(f"{files['profile'][0]}: no name")
        return
    payload: dict[str, Any] = {
        "profile": profile,
        "positions": tables.get("positions", []),
        "education": tables.get("education", []),
        "skills": [r.get("Name", "") for r in tables.get("skills", []) if r.get("Name")],
        "email_addresses": tables.get("email_addresses", []),
        "imported_by": imported_by,
    }
    result.profiles.append(
        RawProfile(
            source=LINKEDIN,
            external_id="noid:" + _hash("member", first, last, imported_by),
            payload=payload,
        )
    )


def _read_zip(data: bytes, label: str, imported_by: str, result: ImportResult) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        result.errors.append(f"{label}: not a readable zip ({error})")
        return
    connections: list[zipfile.ZipInfo] = []
    member: dict[str, zipfile.ZipInfo] = {}
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: (i.filename.count("/"), i.filename)):
            inner = PurePosixPath(info.filename)
            if info.is_dir() or "__MACOSX" in inner.parts:
                continue
            base = inner.name.lower()
            if base == "connections.csv":
                connections.append(info)
            elif base in _MEMBER_FILES:
                member.setdefault(_MEMBER_FILES[base], info)
        if not connections:
            result.errors.append(f"{label}: no Connections.csv in the zip")

        def text_of(info: zipfile.ZipInfo) -> str | None:
            where = f"{label}:{info.filename}"
            if info.file_size > MAX_MEMBER_BYTES:
                result.errors.append(f"{where}: too large ({info.file_size} bytes)")
                return None
            try:
                raw = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
                result.errors.append(f"{where}: cannot read ({error})")
                return None
            text, problem = _decode(raw, where)
            if problem:
                result.errors.append(problem)
            return text

        seen: dict[str, str] = {}
        for info in connections:
            if (text := text_of(info)) is not None:
                _read_connections(text, info.filename, imported_by, result, seen)
        member_texts = {
            key: (info.filename, text)
            for key, info in member.items()
            if (text := text_of(info)) is not None
        }
    if "profile" in member_texts:
        _member_profile(member_texts, imported_by, result)


def read_linkedin_connections(
    path_or_bytes: PathOrBytes, imported_by: str, *, name: str | None = None
) -> ImportResult:
    """Profiles from a LinkedIn data export: ``Connections.csv`` (an employee's own
    1st-degree connections, imported with their consent) or the whole export ``.zip``.

    The header row is found after a preamble of any length. One profile per connection:
    ``external_id`` is the profile URL's path (``in/mira-kowal``), or, when the row has no
    URL, ``noid:`` + a hash of first name, last name, company and ``imported_by``. The
    payload is the row (LinkedIn's column names) plus ``imported_by`` and
    ``connected_on`` (ISO date or None). Rows with neither name nor URL, with a URL that
    is not a LinkedIn profile, or with more fields than the header are reported (with
    their line number) and skipped; a second row for the same profile is skipped too.

    From a zip, ``Connections.csv`` is read at any folder depth, and the exporting
    member's own ``Profile.csv`` (+ ``Positions.csv``, ``Education.csv``, ``Skills.csv``,
    ``Email Addresses.csv``) become one more profile. ``name`` labels bytes in errors.
    """
    imported_by = imported_by.strip()
    if not imported_by:
        raise ValueError("imported_by is required: whose export is this?")
    result = ImportResult()
    data, label, problem = _load(path_or_bytes, name or "Connections.csv")
    if data is None:
        result.errors.append(problem or f"{label}: cannot read")
        return result
    label = name or label
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        _read_zip(data, label, imported_by, result)
        return result
    text, problem = _decode(data, label)
    if text is None:
        result.errors.append(problem or f"{label}: cannot decode")
        return result
    _read_connections(text, label, imported_by, result, {})
    return result


# --- LinkedIn: reading the payloads ----------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")


def _year(value: str) -> str:
    match = _YEAR.search(value or "")
    return match.group(1) if match else ""


def _job_years(start: str, end: str, current: bool) -> str:
    """``" (2019-2023)"``, ``" (2019-present)"``, ``" (2019)"``, ``" (until 2023)"``."""
    if start and end:
        return f" ({start}-{end})"
    if start:
        return f" ({start}-present)" if current else f" ({start})"
    return f" (until {end})" if end else ""


def _study_years(start: str, end: str) -> str:
    """``" (2014-2017)"`` or ``" (graduated in 2017)"``, as the parser reads them. A start
    year alone is left out: the parser would take it for the graduation year."""
    if start and end:
        return f" ({start}-{end})"
    return f" (graduated in {end})" if end else ""


def _job_sentence(title: str, employer: str, years: str, ended: bool) -> str:
    if title and employer:
        return f"{title} at {employer}{years}."
    if employer:
        return f"{'Worked' if ended else 'Works'} at {employer}{years}."
    return f"{title}{years}." if title else ""


def _study_sentence(school: str, years: str, degree: str) -> str:
    if not school:
        return ""
    return f"Studied at {school}{years}" + (f", {degree}." if degree else ".")


def _split_list(value: str) -> list[str]:
    """``"[PERSONAL:http://a.example,COMPANY:b.example]"`` -> the items, labels dropped."""
    items = []
    for item in value.strip().strip("[]").split(","):
        item = re.sub(r"^[A-Z_]+:(?!//)", "", item.strip()).strip()
        if item:
            items.append(item)
    return items


def _as_url(value: str) -> str:
    return value if "://" in value else f"https://{value}"


def _member_fields(data: dict[str, Any]) -> ProfileFields:
    profile = require_mapping(data.get("profile"), LINKEDIN)

    def cell(record: Any, key: str) -> str:
        return plain(as_str(record.get(key))) if isinstance(record, dict) else ""

    lines = [cell(profile, "Headline"), html_to_text(as_str(profile.get("Summary")))]
    company = ""
    for position in data.get("positions") or []:
        title, employer = cell(position, "Title"), cell(position, "Company Name")
        finished = _year(cell(position, "Finished On"))
        if not finished and not company:
            company = employer
        years = _job_years(_year(cell(position, "Started On")), finished, current=not finished)
        lines.append(_job_sentence(title, employer, years, ended=bool(finished)))
    for school in data.get("education") or []:
        years = _study_years(_year(cell(school, "Start Date")), _year(cell(school, "End Date")))
        lines.append(
            _study_sentence(cell(school, "School Name"), years, cell(school, "Degree Name"))
        )
    skills = [plain(s) for s in data.get("skills") or [] if isinstance(s, str) and s.strip()]
    if skills:
        lines.append("Skills: " + ", ".join(skills) + ".")
    emails = [
        cell(e, "Email Address")
        for e in sorted(
            (e for e in data.get("email_addresses") or [] if isinstance(e, dict)),
            key=lambda e: cell(e, "Primary").lower() != "yes",
        )
    ]
    urls = [_as_url(u) for u in _split_list(cell(profile, "Websites"))]
    urls += [
        f"https://x.com/{h.lstrip('@')}" for h in _split_list(cell(profile, "Twitter Handles"))
    ]
    return ProfileFields(
        name=" ".join(filter(None, [cell(profile, "First Name"), cell(profile, "Last Name")])),
        text="\n".join(line for line in lines if line),
        location_text=cell(profile, "Geo Location"),
        company=company,
        emails=[e for e in emails if e],
        urls=urls,
        skill_hints=skills,
    )


def _connection_fields(row: dict[str, Any]) -> ProfileFields:
    def cell(key: str) -> str:
        return plain(as_str(row.get(key)))

    if not any(key in row for key in ("First Name", "Last Name", "URL")):
        raise MalformedPayloadError(
            "linkedin payload needs 'First Name', 'Last Name' or 'URL' (a Connections.csv row)"
            " or a 'profile' object (the member's own Profile.csv)"
        )
    position, company, url = cell("Position"), cell("Company"), cell("URL")
    path = linkedin_profile_path(url)
    email = cell("Email Address")
    return ProfileFields(
        name=" ".join(filter(None, [cell("First Name"), cell("Last Name")])),
        handle=_handle_of(path) if path else "",
        text=_job_sentence(position, company, "", ended=False).removesuffix("."),
        company=company,
        emails=[email] if email else [],
        urls=[linkedin_profile_url(path) if path else url] if url else [],
    )


def read_linkedin_fields(payload: dict[str, Any]) -> ProfileFields:
    """A Connections.csv row (``text`` = "Position at Company"), or the exporting
    member's own profile (headline, summary, positions, studies with years, skills)."""
    data = require_mapping(payload, LINKEDIN)
    if isinstance(data.get("profile"), dict):
        return _member_fields(data)
    return _connection_fields(data)


# --- JSON Resume ---------------------------------------------------------------------

_RESUME_LISTS = ("work", "education", "skills", "languages", "projects", "volunteer")


def _resume_problem(item: Any) -> str:
    """Why ``item`` is not a JSON Resume (schema v1), or ""."""
    if not isinstance(item, dict):
        return f"expected a JSON Resume object, got {type(item).__name__}"
    basics = item.get("basics")
    if basics is None:
        return "missing 'basics'"
    if not isinstance(basics, dict):
        return f"'basics' must be an object, got {type(basics).__name__}"
    if not any(as_str(basics.get(k)).strip() for k in ("name", "email", "url")):
        return "'basics' has no name, email or url"
    if "profiles" in basics and not isinstance(basics["profiles"], list):
        return "'basics.profiles' must be a list"
    for key in _RESUME_LISTS:
        if key in item and not isinstance(item[key], list):
            return f"'{key}' must be a list, got {type(item[key]).__name__}"
    return ""


def _resume_profile(resume: dict[str, Any]) -> RawProfile:
    basics = resume["basics"]
    email = as_str(basics.get("email")).strip().lower()
    url = as_str(basics.get("url")).strip()
    external_id = email or url
    if not external_id or len(external_id) > 300:
        body = json.dumps(resume, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        external_id = "sha:" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
    return RawProfile(
        source=JSONRESUME,
        external_id=external_id,
        handle=_resume_handle(basics),
        url=url,
        payload=resume,
    )


def _resume_handle(basics: dict[str, Any]) -> str:
    for profile in basics.get("profiles") or []:
        if isinstance(profile, dict) and (username := as_str(profile.get("username")).strip()):
            return username
    return ""


def _json_items(text: str, label: str) -> tuple[list[tuple[str, Any]], str]:
    """(where, item) pairs from one JSON value, a JSON array, or JSON lines; or an error
    when the text is none of these. ``where`` is "" (single), "index N" or "line N"."""
    if not text.strip():
        return [], f"{label}: empty file"
    try:
        document = json.loads(text)
    except json.JSONDecodeError as whole:
        lines = text.splitlines()
        numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
        first_ok = False
        if len(numbered) > 1:
            try:
                json.loads(numbered[0][1])
                first_ok = True
            except json.JSONDecodeError:
                pass
        if not first_ok:
            return [], (
                f"{label}: not valid JSON ({whole.msg} at line {whole.lineno},"
                f" column {whole.colno})"
            )
        items: list[tuple[str, Any]] = []
        for number, line in numbered:
            try:
                items.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as error:
                items.append(
                    (
                        f"line {number}",
                        _BadJson(f"not valid JSON ({error.msg} at column {error.colno})"),
                    )
                )
        return items, ""
    if isinstance(document, list):
        return [(f"index {i}", item) for i, item in enumerate(document)], ""
    return [("", document)], ""


@dataclass(frozen=True)
class _BadJson:
    message: str


def read_json_resume(path_or_bytes: PathOrBytes, *, name: str | None = None) -> ImportResult:
    """Profiles from JSON Resume files (https://jsonresume.org, schema v1): one resume
    object, a JSON array of them, or JSON lines of them. ``external_id`` is
    ``basics.email`` (lower case), else ``basics.url``, else ``sha:`` + a hash of the
    resume; the payload is the resume object. An item that is not an object, has no
    ``basics`` (or a ``basics`` with no name, email or url), or has a section of the
    wrong type is reported with its index or line number and skipped; so is a second
    resume with the same ``external_id``."""
    result = ImportResult()
    data, label, problem = _load(path_or_bytes, name or "resume")
    if data is None:
        result.errors.append(problem or f"{label}: cannot read")
        return result
    label = name or label
    text, problem = _decode(data, label)
    if text is None:
        result.errors.append(problem or f"{label}: cannot decode")
        return result
    items, problem = _json_items(text, label)
    if problem:
        result.errors.append(problem)
    seen: dict[str, str] = {}
    for where, item in items:
        at = f"{label} {where}" if where else label
        if isinstance(item, _BadJson):
            result.errors.append(f"{at}: {item.message}")
            continue
        if reason := _resume_problem(item):
            result.errors.append(f"{at}: {reason}")
            continue
        try:
            raw = _resume_profile(item)
        except ValidationError as error:
            result.errors.append(f"{at}: " + "; ".join(e["msg"] for e in error.errors()))
            continue
        if raw.external_id in seen:
            result.errors.append(f"{at}: same person as {seen[raw.external_id]}, skipped")
            continue
        seen[raw.external_id] = at
        result.profiles.append(raw)
    return result


def _dated_year(value: Any) -> str:
    """``"2014"``, ``"2014-09"``, ``"2014-09-01"`` -> ``"2014"``."""
    text = as_str(value).strip()
    match = re.match(r"^(\d{4})(?:-\d{1,2}){0,2}", text)
    return match.group(1) if match else _year(text)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _resume_text(resume: dict[str, Any], basics: dict[str, Any]) -> str:
    lines = [plain(as_str(basics.get("label"))), html_to_text(as_str(basics.get("summary")))]
    for job in _dicts(resume.get("work")):
        start, end = _dated_year(job.get("startDate")), _dated_year(job.get("endDate"))
        current = not as_str(job.get("endDate")).strip()
        sentence = _job_sentence(
            plain(as_str(job.get("position"))),
            plain(as_str(job.get("name") or job.get("company"))),
            _job_years(start, end, current=current),
            ended=not current,
        )
        details = [html_to_text(as_str(job.get("summary")))]
        details += [plain(h) for h in job.get("highlights") or [] if isinstance(h, str)]
        details = [d if d.endswith((".", "!", "?")) else f"{d}." for d in details if d]
        lines.append(" ".join(filter(None, [sentence, *details])))
    for school in _dicts(resume.get("education")):
        years = _study_years(
            _dated_year(school.get("startDate")), _dated_year(school.get("endDate"))
        )
        degree = " in ".join(
            filter(
                None, [plain(as_str(school.get("studyType"))), plain(as_str(school.get("area")))]
            )
        )
        lines.append(_study_sentence(plain(as_str(school.get("institution"))), years, degree))
    skills = _resume_skills(resume)
    if skills:
        lines.append("Skills: " + ", ".join(skills) + ".")
    languages = [
        plain(as_str(entry.get("language")))
        for entry in _dicts(resume.get("languages"))
        if as_str(entry.get("language")).strip()
    ]
    if languages:
        lines.append("Languages: " + ", ".join(languages) + ".")
    return "\n".join(line for line in lines if line)


def _resume_skills(resume: dict[str, Any]) -> list[str]:
    skills: list[str] = []
    for entry in _dicts(resume.get("skills")):
        skills.append(plain(as_str(entry.get("name"))))
        skills += [plain(k) for k in entry.get("keywords") or [] if isinstance(k, str)]
    return list(dict.fromkeys(s for s in skills if s))


def _resume_location(basics: dict[str, Any]) -> str:
    location = basics.get("location")
    if isinstance(location, str):
        return plain(location)
    if not isinstance(location, dict):
        return ""
    place = as_str(location.get("city")) or as_str(location.get("region"))
    return ", ".join(plain(p) for p in [place, as_str(location.get("countryCode"))] if p.strip())


def read_json_resume_fields(payload: dict[str, Any]) -> ProfileFields:
    """A JSON Resume: the text is composed for the parser ("Firmware Engineer at
    Tidewater Labs (2019-present).", "Studied at INSA Lyon (2014-2017), ...",
    "Skills: Rust, C, embedded."), so that titles, employers, schools with their years
    and skills are found as in any profile text."""
    resume = require_mapping(payload, JSONRESUME)
    basics = resume.get("basics")
    if not isinstance(basics, dict):
        raise MalformedPayloadError("jsonresume payload needs a 'basics' object")
    email = as_str(basics.get("email")).strip()
    urls = [as_str(basics.get("url")).strip()]
    urls += [as_str(p.get("url")).strip() for p in _dicts(basics.get("profiles"))]
    current = [
        plain(as_str(job.get("name") or job.get("company")))
        for job in _dicts(resume.get("work"))
        if not as_str(job.get("endDate")).strip()
    ]
    return ProfileFields(
        name=plain(as_str(basics.get("name"))),
        handle=_resume_handle(basics),
        text=_resume_text(resume, basics),
        location_text=_resume_location(basics),
        company=next((c for c in current if c), ""),
        emails=[email] if email else [],
        urls=list(dict.fromkeys(u for u in urls if u)),
        skill_hints=_resume_skills(resume),
    )


READERS: dict[str, PayloadReader] = {
    LINKEDIN: read_linkedin_fields,
    JSONRESUME: read_json_resume_fields,
}


# --- telling formats apart -----------------------------------------------------------

Format = Literal["linkedin", "jsonresume", "jsonl"]


def _jsonl_kind(text: str) -> Format:
    """JSON lines of resumes (``basics``, no ``source``) or of raw profiles."""
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            first = json.loads(line)
        except json.JSONDecodeError:
            return "jsonl"
        if isinstance(first, dict) and "basics" in first and "source" not in first:
            return "jsonresume"
        return "jsonl"
    return "jsonl"


def detect_format(path: str | os.PathLike[str]) -> Format:
    """Which reader a file needs, from its extension and first bytes: a ``.zip`` or a CSV
    with a Connections.csv header row -> ``"linkedin"``; ``.json`` -> ``"jsonresume"``;
    ``.jsonl`` / ``.ndjson`` -> ``"jsonl"`` (Vivier's raw profiles) unless the lines are
    resumes (``basics`` and no ``source``) -> ``"jsonresume"``. Other extensions are
    sniffed the same way. Raises ``ImportFormatError`` when none fits."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as error:
        raise ImportFormatError(f"{file}: cannot read ({error.strerror or error})") from error
    suffix = file.suffix.lower()
    if suffix == ".zip" or head.startswith(b"PK\x03\x04"):
        return "linkedin"
    text = head.decode("utf-8-sig", errors="replace")
    if suffix == ".json":
        return "jsonresume"
    if suffix in {".jsonl", ".ndjson"}:
        return _jsonl_kind(text)
    has_header = (
        _find_table(text, _CONNECTION_KNOWN, _CONNECTION_REQUIRED, _CONNECTION_ANY) is not None
    )
    if has_header:
        return "linkedin"
    if suffix == ".csv":
        raise ImportFormatError(f"{file.name}: {NO_HEADER_ERROR}")
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "jsonresume"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0]
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "jsonresume"  # a pretty-printed object
        return _jsonl_kind(stripped)
    raise ImportFormatError(
        f"{file.name}: not a LinkedIn export (.zip or Connections.csv), a JSON Resume"
        " (.json) or JSON lines (.jsonl)"
    )
