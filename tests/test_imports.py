"""Imports for networks that only offer exports: LinkedIn Connections.csv and the whole
export zip, JSON Resume files, and telling the formats apart."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

import sourcing.sources
from models.db import session_factory
from models.tables import Identity
from sourcing import pool
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources.base import MalformedPayloadError
from sourcing.sources.imports import (
    NO_HEADER_ERROR,
    READERS,
    ImportFormatError,
    detect_format,
    linkedin_profile_path,
    parse_connected_on,
    read_json_resume,
    read_json_resume_fields,
    read_linkedin_connections,
    read_linkedin_fields,
)

FIXTURES = Path(__file__).parent / "fixtures" / "imports"
CONNECTIONS = FIXTURES / "Connections.csv"
EXPORT_DIR = FIXTURES / "linkedin_export"

EXPECTED_IDS = [
    "in/mira-kowal",
    "in/jonpereira",
    "in/aicha-benali-roux",
    None,  # Tomasz Wren: no URL -> noid:
    "in/lea-fontaine-0b1a2c3d",
    "in/sunniva-ohr",
]


def _body() -> str:
    """The fixture's lines from the header row on."""
    text = CONNECTIONS.read_text(encoding="utf-8")
    return text[text.index("First Name,") :]


def _ids(result: object) -> list[str | None]:
    return [
        None if p.external_id.startswith("noid:") else p.external_id
        for p in result.profiles  # type: ignore[attr-defined]
    ]


# --- Connections.csv -------------------------------------------------------------------


def test_connections_rows_become_profiles_and_bad_rows_are_reported() -> None:
    result = read_linkedin_connections(CONNECTIONS, imported_by="emp-042")

    assert _ids(result) == EXPECTED_IDS
    assert result.errors == [
        "Connections.csv line 9: no name and no URL",
        "Connections.csv line 11: URL 'https://karl.example.net/about' is not a LinkedIn"
        " profile URL",
    ]
    mira = result.profiles[0]
    assert (mira.source, mira.handle, mira.url, mira.text) == (
        "linkedin",
        "mira-kowal",
        "https://www.linkedin.com/in/mira-kowal",
        None,
    )
    assert mira.payload == {
        "First Name": "Mira",
        "Last Name": "Kowal",
        "URL": "https://www.linkedin.com/in/mira-kowal",
        "Email Address": "",
        "Company": "Tidewater Labs",
        "Position": "Firmware Engineer",
        "Connected On": "05 Oct 2020",
        "imported_by": "emp-042",
        "connected_on": "2020-10-05",
    }
    fields = read_linkedin_fields(mira.payload)
    assert fields.name == "Mira Kowal"
    assert fields.text == "Firmware Engineer at Tidewater Labs"
    assert fields.company == "Tidewater Labs"
    assert fields.emails == []
    assert fields.urls == ["https://www.linkedin.com/in/mira-kowal"]


def test_quoted_commas_and_quotes_and_blank_cells() -> None:
    result = read_linkedin_connections(CONNECTIONS, imported_by="emp-042")
    jon, aicha, tomasz, lea, sunniva = result.profiles[1:]

    assert jon.payload["Company"] == "Northwind, Inc."
    assert jon.payload["Position"] == "Director, Engineering"
    jon_fields = read_linkedin_fields(jon.payload)
    assert jon_fields.text == "Director, Engineering at Northwind, Inc."
    assert jon_fields.emails == ["jon@example.com"]

    assert lea.payload["Company"] == 'Atelier "Quatre" SAS'
    assert read_linkedin_fields(lea.payload).emails == ["lea.fontaine@example.org"]

    # Subdomain, capitals and a trailing slash: one stable key.
    assert aicha.url == "https://www.linkedin.com/in/aicha-benali-roux"
    assert read_linkedin_fields(aicha.payload).name == "Aïcha Benali-Roux"

    # No URL: a stable hash, no handle, no url; still readable.
    assert tomasz.external_id.startswith("noid:")
    assert (tomasz.handle, tomasz.url, tomasz.payload["URL"]) == ("", "", "")
    assert read_linkedin_fields(tomasz.payload).urls == []
    assert read_linkedin_fields(tomasz.payload).text == "Data Engineer at Harbor & Finch"

    # Neither company nor position.
    assert read_linkedin_fields(sunniva.payload).text == ""


SHORT_SENTENCE = '"You may notice that some of the email addresses are missing."'
LONG_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses'
    " are missing. First Name, Last Name and URL are always there; see"
    ' https://www.linkedin.com/help/linkedin/answer/261, or https://example.com/a,b"\n'
    '"A second note, with commas, over\ntwo lines"\n'
    "\n"
    "\n"
)


@pytest.mark.parametrize(
    ("preamble", "header_line"),
    [
        ("", 1),
        (f"Notes:\n{SHORT_SENTENCE}\n\n", 4),
        (LONG_PREAMBLE, 7),
    ],
    ids=["no-preamble", "three-lines", "long-multiline"],
)
def test_header_row_is_found_after_any_preamble(preamble: str, header_line: int) -> None:
    result = read_linkedin_connections((preamble + _body()).encode(), "emp-042")

    assert _ids(result) == EXPECTED_IDS
    assert [e.split(":")[0] for e in result.errors] == [
        f"Connections.csv line {header_line + 5}",
        f"Connections.csv line {header_line + 7}",
    ]


def test_bom_and_windows_line_endings_read_the_same() -> None:
    plain_result = read_linkedin_connections(CONNECTIONS, "emp-042")
    data = CONNECTIONS.read_bytes().replace(b"\n", b"\r\n")
    for variant in (data, b"\xef\xbb\xbf" + data, b"\xef\xbb\xbf" + _body().encode()):
        result = read_linkedin_connections(variant, "emp-042")
        assert [p.payload for p in result.profiles] == [p.payload for p in plain_result.profiles]
        assert len(result.errors) == 2
    crlf = read_linkedin_connections(b"\xef\xbb\xbf" + data, "emp-042")
    assert crlf.errors == plain_result.errors
    assert all("\r" not in v for p in crlf.profiles for v in p.payload.values() if v)


def test_misaligned_row_is_reported_and_the_others_imported() -> None:
    text = _body() + "Ana,Lund,https://www.linkedin.com/in/ana-lund,,Acme, Corp,Dev,01 Jan 2024\n"
    text += "Bo,Lind,https://www.linkedin.com/in/bo-lind,,Acme,Dev,not a date\n"
    text += "Mira,Kowal,https://linkedin.com/in/MIRA-KOWAL/,,Tidewater Labs,Lead,06 Oct 2020\n"
    result = read_linkedin_connections(text.encode(), "emp-042", name="conn.csv")

    assert result.errors[2:] == [
        "conn.csv line 10: 8 fields where the header has 7 (an unquoted comma?)",
        "conn.csv line 12: same profile as conn.csv line 2, skipped",
    ]
    bo = result.profiles[-1]
    assert bo.external_id == "in/bo-lind"
    assert bo.payload["connected_on"] is None
    assert bo.payload["Connected On"] == "not a date"


def test_no_header_row_is_one_clear_error() -> None:
    result = read_linkedin_connections(b'Notes:\n"nothing here"\n\nName,Mail\nA,b\n', "e")
    assert result.profiles == []
    assert result.errors == [f"Connections.csv: {NO_HEADER_ERROR}"]
    assert "expected First Name,Last Name,URL," in NO_HEADER_ERROR


def test_unreadable_inputs_are_errors_not_crashes(tmp_path: Path) -> None:
    missing = read_linkedin_connections(tmp_path / "nope.csv", "emp-042")
    assert missing.profiles == [] and len(missing.errors) == 1
    assert "nope.csv: cannot read" in missing.errors[0]

    latin1 = "First Name,Last Name,URL\nLéa,Fontaine,\n".encode("latin-1")
    result = read_linkedin_connections(latin1, "emp-042")
    assert result.profiles == []
    assert result.errors == [
        "Connections.csv: not UTF-8 text (byte 0xe9 at offset 26); save it as UTF-8"
    ]

    with pytest.raises(ValueError, match="imported_by"):
        read_linkedin_connections(CONNECTIONS, "  ")


def test_noid_is_stable_and_belongs_to_the_importer() -> None:
    first = read_linkedin_connections(CONNECTIONS, "emp-042").profiles[3]
    again = read_linkedin_connections(CONNECTIONS, "emp-042").profiles[3]
    other = read_linkedin_connections(CONNECTIONS, "emp-077").profiles[3]
    assert first.external_id == again.external_id
    assert first.external_id != other.external_id
    # A profile URL is the same key whoever imports it.
    assert read_linkedin_connections(CONNECTIONS, "emp-077").profiles[0].external_id == (
        "in/mira-kowal"
    )


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://www.linkedin.com/in/mira-kowal", "in/mira-kowal"),
        ("http://fr.linkedin.com/in/Mira-Kowal/?trk=public", "in/mira-kowal"),
        ("www.linkedin.com/in/mira-kowal/en", "in/mira-kowal"),
        ("https://www.linkedin.com/in/l%C3%A9a-fontaine", "in/l%c3%a9a-fontaine"),
        ("https://www.linkedin.com/in/léa-fontaine", "in/l%c3%a9a-fontaine"),
        ("https://www.linkedin.com/pub/jon-pereira/1a/2b/3c", "pub/jon-pereira/1a/2b/3c"),
        ("https://www.linkedin.com/company/tidewater-labs", None),
        ("https://notlinkedin.com/in/mira", None),
        ("https://karl.example.net/about", None),
        ("mailto:mira@example.com", None),
        ("", None),
    ],
)
def test_linkedin_profile_path(url: str, path: str | None) -> None:
    assert linkedin_profile_path(url) == path


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("05 Oct 2020", "2020-10-05"),
        ("5 Sept 2019", "2019-09-05"),
        ("2021-03-12", "2021-03-12"),
        ("31 Feb 2020", None),
        ("", None),
        ("yesterday", None),
    ],
)
def test_connected_on(value: str, iso: str | None) -> None:
    assert parse_connected_on(value) == iso


# --- the export zip --------------------------------------------------------------------


def _export_zip(
    connections: bool = True, folder: str = "Basic_LinkedInDataExport_10-05-2024/x"
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/", "")
        if connections:
            archive.write(CONNECTIONS, f"{folder}/Connections.csv")
            archive.writestr("__MACOSX/._Connections.csv", b"\x00\x05\x16\x07junk")
        for file in sorted(EXPORT_DIR.iterdir()):
            archive.write(file, f"{folder}/{file.name}")
        archive.writestr(f"{folder}/Invitations.csv", "From,To,Sent At\n")
    return buffer.getvalue()


def test_zip_export_reads_connections_at_any_depth(tmp_path: Path) -> None:
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    path.write_bytes(_export_zip())
    result = read_linkedin_connections(path, "emp-042")

    assert _ids(result)[:6] == EXPECTED_IDS
    assert len(result.profiles) == 7
    assert result.errors == [
        "Basic_LinkedInDataExport_10-05-2024/x/Connections.csv line 9: no name and no URL",
        "Basic_LinkedInDataExport_10-05-2024/x/Connections.csv line 11: URL"
        " 'https://karl.example.net/about' is not a LinkedIn profile URL",
    ]


def test_zip_export_gives_the_members_own_profile(parser: ProfileParser) -> None:
    member = read_linkedin_connections(_export_zip(), "emp-042").profiles[-1]

    assert member.source == "linkedin"
    assert member.external_id.startswith("noid:")
    assert member.payload["imported_by"] == "emp-042"
    assert member.payload["skills"] == ["Rust", "C", "Embedded Systems", "FreeRTOS"]
    # Personal data Vivier has no use for is not stored.
    assert "Birth Date" not in member.payload["profile"]
    assert "Address" not in member.payload["profile"]

    fields = read_linkedin_fields(member.payload)
    assert fields.name == "Nadia Ferrand"
    assert fields.company == "Tidewater Labs"
    assert fields.emails == ["nadia.ferrand@example.org", "nadia.old@example.net"]
    assert fields.urls == [
        "https://nadia.example.dev",
        "https://tidewater.example.com",
        "https://x.com/nferrand",
    ]
    assert "Studied at INSA Lyon (2012-2017), Diplôme d'ingénieur." in fields.text
    assert "Firmware Engineer at Quaysight (2017-2021)." in fields.text

    parsed = parser.parse(fields)
    assert [(s.id, s.start_year, s.end_year) for s in parsed.schools] == [("insa-lyon", 2012, 2017)]
    assert {"Tidewater Labs", "Quaysight"} <= set(parsed.employers)
    assert "Firmware Engineer" in parsed.titles
    assert {"rust", "c", "embedded-systems", "freertos"} <= {s.id for s in parsed.skills}
    assert (parsed.location.city, parsed.location.country) == ("Lyon", "FR")


def test_zip_without_connections_still_gives_the_member_and_says_so() -> None:
    result = read_linkedin_connections(_export_zip(connections=False), "emp-042", name="p1.zip")
    assert [read_linkedin_fields(p.payload).name for p in result.profiles] == ["Nadia Ferrand"]
    assert result.errors == ["p1.zip: no Connections.csv in the zip"]


def test_broken_zip_is_one_error() -> None:
    result = read_linkedin_connections(_export_zip()[:200], "emp-042", name="cut.zip")
    assert result.profiles == []
    assert len(result.errors) == 1 and result.errors[0].startswith("cut.zip: not a readable zip")


def test_linkedin_reader_refuses_foreign_payloads() -> None:
    with pytest.raises(MalformedPayloadError, match="First Name"):
        read_linkedin_fields({"login": "mira"})
    with pytest.raises(MalformedPayloadError):
        read_linkedin_fields(["not", "a", "mapping"])  # type: ignore[arg-type]


# --- JSON Resume -----------------------------------------------------------------------


def test_json_resume_single_file(parser: ProfileParser) -> None:
    result = read_json_resume(FIXTURES / "resume.json")
    assert result.errors == []
    [raw] = result.profiles
    resume = json.loads((FIXTURES / "resume.json").read_text(encoding="utf-8"))
    assert (raw.source, raw.external_id, raw.handle, raw.url) == (
        "jsonresume",
        "helene.vasseur@example.org",
        "hvasseur",
        "https://helene.example.dev",
    )
    assert raw.payload == resume

    fields = read_json_resume_fields(raw.payload)
    assert fields.name == "Hélène Vasseur"
    assert fields.location_text == "Lyon, FR"
    assert fields.company == "Tidewater Labs"
    assert fields.emails == ["Helene.Vasseur@example.org"]
    assert fields.urls == [
        "https://helene.example.dev",
        "https://github.com/hvasseur",
        "https://fosstodon.example/@helene",
    ]
    assert fields.skill_hints == ["Embedded", "Rust", "C", "FreeRTOS"]
    assert "<b>" not in fields.text
    assert "Firmware Engineer at Tidewater Labs (2019-present)." in fields.text
    assert "Embedded Developer at Quaysight (2017-2019)." in fields.text
    assert "Studied at INSA Lyon (2014-2017), Engineering degree in Electrical" in fields.text
    assert "Skills: Embedded, Rust, C, FreeRTOS." in fields.text

    parsed = parser.parse(read_json_resume_fields(raw.payload))
    assert [(s.id, s.start_year, s.end_year) for s in parsed.schools] == [("insa-lyon", 2014, 2017)]
    assert parsed.employers[:2] == ["Tidewater Labs", "Quaysight"]
    assert {"Firmware Engineer", "Embedded Developer"} <= set(parsed.titles)
    assert {"rust", "c", "freertos", "embedded-systems"} <= {s.id for s in parsed.skills}
    assert (parsed.location.city, parsed.location.country) == ("Lyon", "FR")
    assert parsed.languages == ["fr", "en"]
    assert parsed.headline == "Firmware Engineer"


def test_json_resume_array_reports_bad_items_by_index() -> None:
    result = read_json_resume(FIXTURES / "resumes.json")
    assert [p.external_id for p in result.profiles] == [
        "owen.castell@example.com",
        "https://ines.example.dev",
    ]
    assert result.errors == [
        "resumes.json index 1: expected a JSON Resume object, got str",
        "resumes.json index 2: missing 'basics'",
        "resumes.json index 3: 'work' must be a list, got dict",
    ]


def test_json_resume_lines_report_bad_lines_by_number() -> None:
    result = read_json_resume(FIXTURES / "resumes.jsonl")
    ids = [p.external_id for p in result.profiles]
    assert ids[:2] == ["owen.castell@example.com", "https://ines.example.dev"]
    assert ids[2].startswith("sha:")
    assert read_json_resume(FIXTURES / "resumes.jsonl").profiles[2].external_id == ids[2]
    assert result.errors == [
        "resumes.jsonl line 4: 'basics' must be an object, got str",
        "resumes.jsonl line 5: not valid JSON (Expecting ',' delimiter at column 29)",
    ]


def test_json_resume_duplicates_and_unusable_documents() -> None:
    two = json.dumps(
        [{"basics": {"email": "A@example.com"}}, {"basics": {"email": "a@example.com"}}]
    )
    result = read_json_resume(two.encode(), name="two.json")
    assert len(result.profiles) == 1
    assert result.errors == ["two.json index 1: same person as two.json index 0, skipped"]

    broken = read_json_resume(b'{\n  "basics": {"name": "X",\n}', name="broken.json")
    assert broken.profiles == []
    assert broken.errors == [
        "broken.json: not valid JSON (Expecting property name enclosed in double quotes"
        " at line 3, column 1)"
    ]
    assert read_json_resume(b"  \n", name="e.json").errors == ["e.json: empty file"]
    assert read_json_resume(b"42", name="n.json").errors == [
        "n.json: expected a JSON Resume object, got int"
    ]
    assert read_json_resume(b'{"basics": {"label": "x"}}', name="anon.json").errors == [
        "anon.json: 'basics' has no name, email or url"
    ]


def test_json_resume_years_the_parser_can_trust(parser: ProfileParser) -> None:
    resume = {
        "basics": {"name": "Pim Aalders", "location": "Nantes, France"},
        "education": [
            {"institution": "INSA Lyon", "endDate": "2016"},
            {"institution": "INSA Rennes", "startDate": "2021-09"},
        ],
        "work": [{"name": "Dijkstra Robotics", "position": "Robotics Engineer", "endDate": "2023"}],
    }
    fields = read_json_resume_fields(resume)
    assert "Studied at INSA Lyon (graduated in 2016)." in fields.text
    # A start year alone would be read as a graduation year: left out.
    assert "Studied at INSA Rennes." in fields.text
    assert "Robotics Engineer at Dijkstra Robotics (until 2023)." in fields.text
    assert fields.company == ""
    assert fields.location_text == "Nantes, France"
    parsed = parser.parse(fields)
    assert {(s.id, s.start_year, s.end_year) for s in parsed.schools} == {
        ("insa-lyon", None, 2016),
        ("insa-rennes", None, None),
    }


def test_json_resume_reader_refuses_payloads_without_basics() -> None:
    with pytest.raises(MalformedPayloadError, match="basics"):
        read_json_resume_fields({"work": []})


def test_registry_of_readers() -> None:
    assert {"linkedin": read_linkedin_fields, "jsonresume": read_json_resume_fields} == READERS


# --- detect_format ---------------------------------------------------------------------


RAW_LINE = '{"source": "github", "external_id": "1", "payload": {"login": "mira"}}\n'
RESUME_LINE = '{"basics": {"name": "Owen Castell"}}\n'


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("Connections.csv", CONNECTIONS.read_bytes(), "linkedin"),
        ("export.zip", b"PK\x03\x04rest", "linkedin"),
        ("export-download", b"PK\x03\x04rest", "linkedin"),
        ("connections.txt", b"\xef\xbb\xbf" + _body().encode(), "linkedin"),
        ("resume.json", (FIXTURES / "resume.json").read_bytes(), "jsonresume"),
        ("resumes.json", (FIXTURES / "resumes.json").read_bytes(), "jsonresume"),
        ("resumes.jsonl", RESUME_LINE.encode() * 2, "jsonresume"),
        ("profiles.jsonl", RAW_LINE.encode() * 2, "jsonl"),
        ("profiles.ndjson", b"\n" + RAW_LINE.encode(), "jsonl"),
        ("texts.jsonl", b'{"text": "Rust dev in Lyon"}\n', "jsonl"),
        ("resume.txt", (FIXTURES / "resume.json").read_bytes(), "jsonresume"),
        ("profiles", RAW_LINE.encode() * 2, "jsonl"),
        ("lines", RESUME_LINE.encode() * 2, "jsonresume"),
    ],
)
def test_detect_format(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.csv", b"Name,Mail\nA,b\n", "no Connections.csv header row found"),
        ("notes.txt", b"hello there\n", "not a LinkedIn export"),
    ],
)
def test_detect_format_refuses_unknown_files(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFormatError, match=message):
        detect_format(path)
    with pytest.raises(ImportFormatError, match="cannot read"):
        detect_format(tmp_path / "missing.zip")


# --- into the pool ---------------------------------------------------------------------


def test_importing_the_same_connections_twice_adds_no_identity(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sourcing.sources.READERS, "linkedin", read_linkedin_fields)
    make_session = session_factory(sqlite_engine)

    with make_session() as session:
        first = pool.store_raw(session, read_linkedin_connections(CONNECTIONS, "emp-042").profiles)
        session.commit()
    with make_session() as session:
        again = pool.store_raw(session, read_linkedin_connections(CONNECTIONS, "emp-042").profiles)
        session.commit()
        count = session.scalar(select(func.count()).select_from(Identity))
        stored = session.scalars(select(Identity).order_by(Identity.id)).all()

    assert (first.new, first.unchanged) == (6, 0)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 6)
    assert count == 6
    mira = stored[0]
    assert (mira.source, mira.external_id, mira.handle, mira.display_name, mira.text) == (
        "linkedin",
        "in/mira-kowal",
        "mira-kowal",
        "Mira Kowal",
        "Firmware Engineer at Tidewater Labs",
    )
