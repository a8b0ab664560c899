"""Reading raw profiles from JSON lines, reporting each bad line by its number."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from models.schemas import RawProfile


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _explain(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "; ".join(parts)


def read_profiles(lines: Iterable[str]) -> Iterator[RawProfile | LineError]:
    """One ``RawProfile`` per valid line, a ``LineError`` (with its number) per bad one.
    Blank lines are skipped. A line without ``external_id`` gets its line number as id."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield LineError(number, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(data, dict):
            yield LineError(number, f"expected a JSON object, got {type(data).__name__}")
            continue
        data.setdefault("source", "text")
        if "external_id" not in data:
            data["external_id"] = f"line-{number}"
        data["external_id"] = str(data["external_id"])
        try:
            yield RawProfile.model_validate(data)
        except ValidationError as error:
            yield LineError(number, _explain(error))
