"""Copy only the ``id`` and ``text`` of an evaluation set, so that a second annotator can
label it without seeing its gold.

    python benchmarks/blind_texts.py benchmarks/data/parsing_dev4.jsonl OUT.jsonl [--first N]
"""

import argparse
import json
from pathlib import Path


def blind_rows(source: Path, first: int | None) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            rows.append({"id": row["id"], "text": row["text"]})
            if first is not None and len(rows) == first:
                break
    return rows


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("source", type=Path)
    args.add_argument("out", type=Path)
    args.add_argument("--first", type=int, default=None)
    options = args.parse_args()
    rows = blind_rows(options.source, options.first)
    with options.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} profiles, ids and texts only, written to {options.out}")


if __name__ == "__main__":
    main()
