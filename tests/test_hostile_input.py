"""Hostile input never crashes the parsers, importers, normalisers or the HTML
sanitiser, and each example finishes in bounded time; sanitised text carries no script
and exports carry no formula. Property-based (hypothesis), derandomised, with
``VIVIER_PROPERTY_EXAMPLES`` examples per property (default 60)."""

import csv
import io
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.schemas import ProfileFields
from sourcing.dedupe import normalise
from sourcing.export import COLUMNS, ShortlistRow, write_csv, write_xlsx
from sourcing.jsonl import LineError, read_profiles
from sourcing.parsing.pipeline import ProfileParser
from sourcing.sources.imports import read_json_resume, read_linkedin_connections
from sourcing.text import html_to_text, plain

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

EXAMPLES = int(os.environ.get("VIVIER_PROPERTY_EXAMPLES", "60"))
# CPU seconds per example: a hang or a quadratic blow-up on a 100 kB string fails it,
# ordinary slowness does not.
BOUND_SECONDS = float(os.environ.get("VIVIER_PROPERTY_SECONDS", "10"))

SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

T = TypeVar("T")

HOSTILE_PIECES = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe srcdoc='<script>1</script>'>",
    "<<script>script>alert(1)<</script>/script>",
    "<!--<script>-->",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;",
    "\u200b\u200c\u200d\u2060\ufeff\u00ad",
    "\x00\x01\x07\x1b[31m\x7f",
    "\u202e\u2066",  # bidi overrides
    "👩🏽‍💻🇫🇷🏳️‍🌈",
    "Ζωή Παπαδοπούλου — Иван Петров — 山田太郎 — محمد — שלום",
    "Développeuse Python à Lyon, ex-Société Générale",
    '=HYPERLINK("http://evil.example")',
    "+33 6 12 34 56 78",
    "-1+1",
    "@SUM(A1)",
    "http://[::1",
    "https://exa mple.com:99999/%zz",
    "mailto:a@b@c",
    "@marie@piaille.fr",
    "\r\n\r\n",
    '"',
    ";;,,",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=40)), max_size=12
).map("".join)
huge_text = st.builds(
    lambda piece, n: piece * n, st.sampled_from(HOSTILE_PIECES), st.integers(2_000, 8_000)
)
any_text = st.one_of(hostile_text, huge_text)


def bounded(call: Callable[[], T]) -> T:
    """``call()``, failed if it used more than the bound of CPU time: a hang or a
    quadratic blow-up shows there, while waiting for a core on a loaded machine does not."""
    started = time.process_time()
    result = call()
    elapsed = time.process_time() - started
    assert elapsed < BOUND_SECONDS, f"took {elapsed:.1f}s of CPU"
    return result


def has_script(text: str) -> bool:
    lowered = text.lower()
    return "<script" in lowered or any(
        f"<{tag}" in lowered for tag in ("img", "svg", "iframe", "a ")
    )


@SETTINGS
@given(any_text)
def test_sanitised_text_has_no_markup_no_invisible_chars_and_a_bounded_length(
    value: str,
) -> None:
    text = bounded(lambda: html_to_text(value))
    assert not has_script(text)
    assert "<" not in text or ">" not in text.split("<", 1)[1] or not _looks_like_tag(text)
    assert not any(ch in text for ch in "\u200b\u200c\u200d\u2060\ufeff\x00\x07\x1b")
    assert len(text) <= 20_000
    line = bounded(lambda: plain(value))
    assert "\n" not in line and len(line) <= 2_000


def _looks_like_tag(text: str) -> bool:
    import re

    return bool(re.search(r"<[a-zA-Z/!][^>]*>", text))


def test_sanitising_does_strip_a_script_and_an_event_handler() -> None:
    # The property above can only fail if tags survive: this shows the check bites.
    assert has_script('<img src=x onerror="alert(1)">')
    assert html_to_text('<p>Hi<img src=x onerror="alert(1)"><script>alert(1)</script></p>') == (
        "Hi"
    )


@SETTINGS
@given(any_text, any_text, st.lists(any_text, max_size=3))
def test_normalisers_never_crash_and_are_idempotent(
    name: str, handle: str, urls: list[str]
) -> None:
    tokens = bounded(lambda: normalise.name_tokens(name))
    assert all(t and t == t.lower() for t in tokens)
    plain_handle = bounded(lambda: normalise.normalise_handle(handle))
    assert plain_handle == normalise.normalise_handle(plain_handle)
    for url in urls:
        once = bounded(lambda url=url: normalise.normalise_url(url))
        assert isinstance(once, str)
    assert normalise.normalise_email(handle) == normalise.normalise_email(
        normalise.normalise_email(handle)
    )


@pytest.fixture(scope="module")
def shared_parser() -> Iterator[ProfileParser]:
    yield ProfileParser()


@SETTINGS
@given(
    st.builds(
        ProfileFields,
        name=any_text,
        handle=hostile_text,
        text=any_text,
        location_text=hostile_text,
        company=hostile_text,
        emails=st.lists(hostile_text, max_size=2),
        urls=st.lists(hostile_text, max_size=2),
        skill_hints=st.lists(hostile_text, max_size=3),
    )
)
def test_the_parser_survives_hostile_profiles_in_bounded_time(
    shared_parser: ProfileParser, fields: ProfileFields
) -> None:
    parsed = bounded(lambda: shared_parser.parse(fields))
    assert all(s.id for s in parsed.skills)
    assert json.dumps(parsed.model_dump(mode="json"))  # storable as it is


@SETTINGS
@given(st.lists(st.one_of(any_text, st.just("")), max_size=5))
def test_jsonl_import_reports_bad_lines_and_never_crashes(lines: list[str]) -> None:
    records = [
        json.dumps({"source": "jsonl", "external_id": line[:50], "text": line}) if i % 2 else line
        for i, line in enumerate(lines)
    ]
    items = bounded(lambda: list(read_profiles(record.replace("\n", " ") for record in records)))
    for item in items:
        assert isinstance(item, LineError) or item.external_id is not None


LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


@SETTINGS
@given(st.lists(st.lists(any_text, min_size=1, max_size=8), max_size=6), st.booleans())
def test_linkedin_export_reader_survives_hostile_rows(
    rows: list[list[str]], with_header: bool
) -> None:
    buffer = io.StringIO()
    buffer.write("Notes:\nhostile export\n\n")
    if with_header:
        buffer.write(LINKEDIN_HEADER + "\r\n")
    csv.writer(buffer).writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    try:
        result = bounded(lambda: read_linkedin_connections(data, "employee@corp.example"))
    except ValueError as error:  # a reported format error (ImportFormatError), not a crash
        assert str(error)
        return
    for profile in result.profiles:
        assert profile.source and profile.external_id


@SETTINGS
@given(
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), any_text),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(hostile_text, inner, max_size=4)
        ),
        max_leaves=12,
    ),
    st.fixed_dictionaries(
        {"basics": st.fixed_dictionaries({"name": any_text, "summary": any_text})},
        optional={
            "work": st.lists(
                st.dictionaries(
                    st.sampled_from(["name", "position", "startDate", "endDate", "summary"]),
                    any_text,
                ),
                max_size=2,
            )
        },
    ),
)
def test_json_resume_reader_survives_hostile_documents(junk: Any, resume: dict[str, Any]) -> None:
    for document in (junk, resume, [resume, junk]):
        data = json.dumps(document).encode("utf-8")
        try:
            result = bounded(lambda data=data: read_json_resume(data))
        except ValueError as error:
            assert str(error)
            continue
        for profile in result.profiles:
            assert profile.source and profile.external_id


@SETTINGS
@given(st.lists(any_text, min_size=3, max_size=3))
def test_exports_neutralise_formulas_in_csv_and_xlsx(
    tmp_path_factory: pytest.TempPathFactory, cells: list[str]
) -> None:
    from openpyxl import load_workbook

    name, headline, why = cells
    row = ShortlistRow(
        1,
        name,
        headline,
        "=cmd|'/C calc'!A0",
        "@FR",
        0.5,
        "+1",
        "-2",
        "no",
        ["https://example.com/p"],
        why,
        "",
    )
    folder = tmp_path_factory.mktemp("export")
    write_csv([row], folder / "s.csv")
    write_xlsx([row], folder / "s.xlsx", "t")
    limit = csv.field_size_limit(10_000_000)  # this test's own reader, for huge cells
    try:
        with (folder / "s.csv").open(encoding="utf-8-sig", newline="") as handle:
            written = list(csv.reader(handle))[1]
    finally:
        csv.field_size_limit(limit)
    sheet = load_workbook(folder / "s.xlsx").active
    assert sheet is not None
    from_xlsx = [c.value for c in sheet[2]]
    assert len(written) == len(from_xlsx) == len(COLUMNS)
    for value in [*written, *from_xlsx]:
        if isinstance(value, str):
            assert not value.startswith(("=", "+", "-", "@")), value
    assert all(sheet.cell(row=2, column=i + 1).data_type != "f" for i in range(len(COLUMNS)))


def test_a_huge_linkedin_cell_is_reported_with_its_line_not_a_crash() -> None:
    data = f"{LINKEDIN_HEADER}\r\nA,B,https://www.linkedin.com/in/ab,,{'x' * 200_000},Dev,\r\n"
    result = read_linkedin_connections(data.encode(), "employee@corp.example")
    assert result.profiles == [] and "line 2" in result.errors[0]


def test_decoded_entities_do_not_smuggle_a_script_into_plain_text() -> None:
    assert html_to_text("&lt;script&gt;alert(1)&lt;/script&gt; Lyon") == "alert(1) Lyon"
    assert "<script" not in html_to_text("<<script>script>alert(1)<</script>/script>")
    assert html_to_text("I &lt;3 Python, a &lt; b") == "I <3 Python, a < b"


def test_control_characters_do_not_break_the_xlsx_export(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    row = ShortlistRow(1, "Ana\x08 Lopez\x1b", "", "", "", 0.0, "", "", "", [], "", "")
    write_xlsx([row], tmp_path / "s.xlsx", "t")
    sheet = load_workbook(tmp_path / "s.xlsx").active
    assert sheet is not None and sheet["B2"].value == "Ana Lopez"


def test_a_broken_url_normalises_to_nothing_instead_of_crashing_the_ingest() -> None:
    assert normalise.normalise_url("http://[::1") == ""
    assert normalise.normalise_url("https://WWW.Example.com/Ana/") == "example.com/ana"


def test_a_formula_cell_is_neutralised_not_dropped(tmp_path: Path) -> None:
    row = ShortlistRow(1, "=1+1", "", "", "", 0.0, "", "", "", [], "", "")
    write_csv([row], tmp_path / "s.csv")
    assert "'=1+1" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


def test_a_bio_of_twenty_thousand_quotes_parses_in_bounded_time(
    shared_parser: ProfileParser,
) -> None:
    # spaCy strips affixes one at a time: before runs were broken up this took minutes.
    for run in ('"' * 20_000, "<" * 20_000, ".-" * 10_000):
        bounded(lambda run=run: shared_parser.parse(ProfileFields(text=f"Python {run} Lyon")))


def test_malformed_bracketed_hosts_are_no_url_rather_than_a_crash() -> None:
    from sourcing.snowball import is_public_https, link_key

    for url in ("http://[", "https://[::1", "https://[not-an-ip]/x"):
        assert normalise.normalise_url(url) == ""
        assert is_public_https(url) is False and link_key(url) is None


def test_thousands_of_compounds_and_listed_names_parse_in_bounded_time(
    shared_parser: ProfileParser,
) -> None:
    # Each nested tool and each listed bare name once looked at every other match.
    for piece in ("DBA PostgreSQL, Embedded Rust, Excel VBA. ", "Kotlin, Room, "):
        parsed = bounded(lambda piece=piece: shared_parser.parse(ProfileFields(text=piece * 4000)))
        assert parsed.skills
