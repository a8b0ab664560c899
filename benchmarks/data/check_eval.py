"""Validate the hand-labelled profile-parsing evaluation sets.

    python benchmarks/data/check_eval.py [FILE ...]

With no argument, checks ``parsing_dev.jsonl`` and ``parsing_test.jsonl`` beside this
script. Standard library only. Checks: every line is valid JSON, ids are unique (also
across files), required keys and types are present, every skill and school id exists in
``sourcing/parsing/data/{skills,schools}.jsonl`` or starts with ``new:``, years are
plausible, no profile text is shared between dev and test. A further set given alone
(e.g. ``parsing_dev2.jsonl``, ``parsing_dev4.jsonl``) is also checked against the ids and
texts of ``parsing_dev.jsonl``. Then prints counts per network, language, kind of role and hard
case. Exits 1 on any error.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOCAB = HERE.parents[1] / "sourcing" / "parsing" / "data"
NETWORKS = {
    "github",
    "gitlab",
    "bluesky",
    "stackexchange",
    "mastodon",
    "hackernews",
    "linkedin",
    "text",
}
LANGUAGES = {"fr", "en"}
GOLD_KEYS = {
    "skills": list,
    "schools": list,
    "titles": list,
    "employers": list,
    "location": dict,
    "languages": list,
    "open_to_work": bool,
}
TECH_CATEGORIES = {
    "programming_language",
    "backend",
    "frontend",
    "devops",
    "data",
    "database",
    "ai_ml",
    "embedded",
    "cloud",
    "mobile",
    "security",
    "testing",
    "library",
}

# Hard cases, each a test on (text, gold); the counts show the sets cover them.
HARD_CASES = {
    "skill C": lambda t, g: "c" in g["skills"],
    "skill C++": lambda t, g: "cpp" in g["skills"],
    "skill C#": lambda t, g: "csharp" in g["skills"],
    "skill .NET": lambda t, g: "dotnet" in g["skills"],
    "skill Go (language)": lambda t, g: "go" in g["skills"],
    "'go' not the language": lambda t, g: (
        "go" not in g["skills"] and re.search(r"\bgo\b|\bgo-|on the go", t, re.I) is not None
    ),
    "skill R (language)": lambda t, g: "r" in g["skills"],
    "'R' not the language": lambda t, g: (
        "r" not in g["skills"] and re.search(r"\bR\b|R&(amp;)?D", t) is not None
    ),
    "skill Node.js": lambda t, g: "nodejs" in g["skills"],
    "'JS' written": lambda t, g: re.search(r"\bJS\b", t) is not None,
    "'ML' written": lambda t, g: re.search(r"\bML\b", t) is not None,
    "'k8s' written": lambda t, g: "k8s" in t.lower(),
    "'TS' written": lambda t, g: re.search(r"\bTS\b", t) is not None,
    "'TS' written, not TypeScript": lambda t, g: (
        re.search(r"\bTS\b", t) is not None and "typescript" not in g["skills"]
    ),
    "French skill phrasing": lambda t, g: (
        re.search(
            r"apprentissage automatique|gestion de projets?|développement web|"
            r"contrôle de gestion|traitement du signal|vision par ordinateur",
            t,
            re.I,
        )
        is not None
    ),
    "soft skill in gold": lambda t, g: bool(set(g["skills"]) & SOFT),
    "new: skill in gold": lambda t, g: any(s.startswith("new:") for s in g["skills"]),
    "school X<year> entry": lambda t, g: re.search(r"\bX ?(19|20)\d\d\b", t) is not None,
    "school 'promo <year>'": lambda t, g: (
        re.search(r"promo(tion)? (19|20)\d\d", t, re.I) is not None
    ),
    "school '<name> '<yy>'": lambda t, g: re.search(r"[’'‘]\d\d\b", t) is not None,
    "school start-end years": lambda t, g: any(
        s["start_year"] and s["end_year"] for s in g["schools"]
    ),
    "school 'diplômé(e) en'": lambda t, g: re.search(r"diplômée? (en|de)", t, re.I) is not None,
    "school 'class of'": lambda t, g: re.search(r"class of", t, re.I) is not None,
    "school unknown (new:)": lambda t, g: any(s["id"].startswith("new:") for s in g["schools"]),
    "school without year": lambda t, g: any(
        s["start_year"] is None and s["end_year"] is None for s in g["schools"]
    ),
    "employer 'ex-'/'formerly'/'previously'": lambda t, g: (
        re.search(r"\bex-|formerly|previously|anciennement|passée? par", t, re.I) is not None
    ),
    "employer '@handle'": lambda t, g: re.search(r"@\w", t) is not None and bool(g["employers"]),
    "freelance / indépendant": lambda t, g: (
        re.search(r"freelance|indépendant", t, re.I) is not None
    ),
    "location city": lambda t, g: g["location"]["city"] is not None,
    "location country only": lambda t, g: (
        g["location"]["city"] is None and g["location"]["country"] is not None
    ),
    "location none": lambda t, g: g["location"]["country"] is None,
    "location outside FR": lambda t, g: g["location"]["country"] not in (None, "FR"),
    "'remote only'": lambda t, g: (
        re.search(r"remote only|full remote|100 ?% (remote|télétravail)", t, re.I) is not None
    ),
    "spoken languages": lambda t, g: bool(g["languages"]),
    "open to work": lambda t, g: g["open_to_work"],
    "explicitly not looking": lambda t, g: (
        re.search(
            r"not (actively |currently )?looking|pas (en recherche|à l'écoute)|not on the market|"
            r"no recruiters|pas de recruteurs|not open to",
            t,
            re.I,
        )
        is not None
    ),
    "hostile: <script>": lambda t, g: "<script" in t.lower() or "&lt;script" in t.lower(),
    "hostile: zero-width chars": lambda t, g: (
        re.search("[\u200b\u200c\u200d\u2060\ufeff]", t) is not None
    ),
    "hostile: very long (>4000 chars)": lambda t, g: len(t) > 4000,
    "hostile: non-Latin script": lambda t, g: any(
        unicodedata.category(c).startswith("L")
        and ord(c) > 0x24F
        and not 0x1E00 <= ord(c) <= 0x1EFF
        for c in t
    ),
    "hostile: emoji-only line": lambda t, g: any(
        line.strip() and not any(c.isalnum() for c in line) and any(ord(c) > 0x2000 for c in line)
        for line in re.split(r"\n|<br\s*/?>", t)
    ),
}

SOFT: set[str] = set()


def load_vocab() -> tuple[dict[str, dict], set[str]]:
    skills = {}
    with open(VOCAB / "skills.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            skills[row["id"]] = row
    # A merged-away id still names its survivor (labels written before the merge).
    redirects = VOCAB / "skill_redirects.jsonl"
    if redirects.exists():
        with open(redirects, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                skills.setdefault(row["id"], skills[row["replaced_by"]])
    with open(VOCAB / "schools.jsonl", encoding="utf-8") as f:
        schools = {json.loads(line)["id"] for line in f}
    return skills, schools


def check_row(row: dict, skills: dict, schools: set[str]) -> list[str]:
    errors = []
    for key, kind in (
        ("id", str),
        ("network", str),
        ("language", str),
        ("text", str),
        ("gold", dict),
    ):
        if not isinstance(row.get(key), kind):
            errors.append(f"missing or bad {key!r}")
    if errors:
        return errors
    if set(row) - {"id", "network", "language", "text", "gold"}:
        errors.append(
            f"unexpected keys {sorted(set(row) - {'id', 'network', 'language', 'text', 'gold'})}"
        )
    if row["network"] not in NETWORKS:
        errors.append(f"bad network {row['network']!r}")
    if row["language"] not in LANGUAGES:
        errors.append(f"bad language {row['language']!r}")
    if not row["text"].strip():
        errors.append("empty text")
    if row["network"] == "github" and len(row["text"]) > 160:
        errors.append(f"github bio longer than 160 chars ({len(row['text'])})")
    gold = row["gold"]
    for key, kind in GOLD_KEYS.items():
        if not isinstance(gold.get(key), kind):
            errors.append(f"gold.{key} missing or not {kind.__name__}")
    if set(gold) - set(GOLD_KEYS):
        errors.append(f"unexpected gold keys {sorted(set(gold) - set(GOLD_KEYS))}")
    if errors:
        return errors
    if len(set(gold["skills"])) != len(gold["skills"]):
        errors.append("duplicate skills")
    for skill in gold["skills"]:
        if not (skill in skills or re.fullmatch(r"new:[a-z0-9][a-z0-9+#.-]*", skill)):
            errors.append(f"unknown skill {skill!r}")
    for school in gold["schools"]:
        if set(school) != {"id", "start_year", "end_year"}:
            errors.append(f"school keys {sorted(school)}")
            continue
        if not (school["id"] in schools or re.fullmatch(r"new:[a-z0-9-]+", school["id"])):
            errors.append(f"unknown school {school['id']!r}")
        for key in ("start_year", "end_year"):
            year = school[key]
            if year is not None and not (isinstance(year, int) and 1950 <= year <= 2035):
                errors.append(f"school {school['id']} bad {key} {year!r}")
        if (
            school["start_year"]
            and school["end_year"]
            and school["start_year"] > school["end_year"]
        ):
            errors.append(f"school {school['id']} start after end")
    if len(gold["titles"]) > 2:
        errors.append("more than 2 titles")
    for value in gold["titles"] + gold["employers"]:
        if not isinstance(value, str) or value != value.strip() or not value:
            errors.append(f"title/employer not a trimmed string: {value!r}")
    for employer in gold["employers"]:
        if employer.startswith("@") or re.match(r"(?i)(chez|ex-)\s*", employer):
            errors.append(f"employer keeps a prefix: {employer!r}")
    location = gold["location"]
    if set(location) != {"city", "country"}:
        errors.append(f"location keys {sorted(location)}")
    else:
        if location["country"] is not None and not re.fullmatch(r"[A-Z]{2}", location["country"]):
            errors.append(f"bad country {location['country']!r}")
        if location["city"] is not None and location["country"] is None:
            errors.append("city without country")
    for code in gold["languages"]:
        if not re.fullmatch(r"[a-z]{2}", code):
            errors.append(f"bad language code {code!r}")
    if len(set(gold["languages"])) != len(gold["languages"]):
        errors.append("duplicate languages")
    return errors


def is_non_technical(gold: dict, skills: dict) -> bool:
    known = [skills[s] for s in gold["skills"] if s in skills]
    return bool(known) and not any(s["category"] in TECH_CATEGORIES for s in known)


def main(paths: list[Path]) -> int:
    skills, schools = load_vocab()
    SOFT.update(s for s, row in skills.items() if row["kind"] == "soft")
    failures = 0
    seen_ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    dev = HERE / "parsing_dev.jsonl"
    if dev.exists() and all(p.resolve() != dev for p in paths):
        # A further set (dev2, ...) must not reuse a dev text or id: seed them, unreported.
        with open(dev, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(row, dict):
                    continue
                where = f"{dev.name}:{number}"
                if isinstance(row.get("id"), str):
                    seen_ids[row["id"]] = where
                if isinstance(row.get("text"), str):
                    texts[" ".join(row["text"].split()).lower()] = where
    for path in paths:
        rows = []
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                where = f"{path.name}:{number}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    print(f"ERROR {where}: invalid JSON ({error})")
                    failures += 1
                    continue
                if not isinstance(row, dict):
                    print(f"ERROR {where}: not an object")
                    failures += 1
                    continue
                errors = check_row(row, skills, schools)
                rid = row.get("id")
                if isinstance(rid, str):
                    if rid in seen_ids:
                        errors.append(f"id {rid} already used in {seen_ids[rid]}")
                    seen_ids[rid] = where
                    where = f"{where} ({rid})"
                text = row.get("text")
                if isinstance(text, str):
                    key = " ".join(text.split()).lower()
                    if key in texts:
                        errors.append(f"same text as {texts[key]}")
                    texts[key] = where
                for error in errors:
                    print(f"ERROR {where}: {error}")
                failures += len(errors)
                if not errors:
                    rows.append(row)
        report(path, rows, skills)
    print(f"\n{'OK' if not failures else f'{failures} error(s)'}")
    return 1 if failures else 0


def report(path: Path, rows: list[dict], skills: dict) -> None:
    n = len(rows) or 1
    print(f"\n== {path.name}: {len(rows)} valid profiles")
    for field in ("language", "network"):
        counts = Counter(row[field] for row in rows)
        print(
            f"  {field}: "
            + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in counts.most_common())
        )
    non_tech = sum(is_non_technical(row["gold"], skills) for row in rows)
    print(f"  non-technical roles (no tech skill in gold): {non_tech} ({100 * non_tech / n:.0f}%)")
    gold_counts = Counter()
    for row in rows:
        gold = row["gold"]
        gold_counts["skills"] += len(gold["skills"])
        gold_counts["new: skills"] += sum(s.startswith("new:") for s in gold["skills"])
        gold_counts["schools"] += len(gold["schools"])
        gold_counts["school years"] += sum(
            (s["start_year"] is not None) + (s["end_year"] is not None) for s in gold["schools"]
        )
        gold_counts["titles"] += len(gold["titles"])
        gold_counts["employers"] += len(gold["employers"])
        gold_counts["languages"] += len(gold["languages"])
    print("  gold items: " + ", ".join(f"{k} {v}" for k, v in gold_counts.items()))
    print("  hard cases (profiles):")
    for name, test in HARD_CASES.items():
        count = sum(bool(test(row["text"], row["gold"])) for row in rows)
        print(f"    {name:<40} {count}")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    sys.exit(main(args or [HERE / "parsing_dev.jsonl", HERE / "parsing_test.jsonl"]))
