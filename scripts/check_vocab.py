"""Validate the hand-authored vocabularies (skills.jsonl, schools.jsonl).

Checks: one valid JSON object per line, ids are unique slugs sorted in file order,
required keys and allowed values, parents exist (and form no cycle), lowercase aliases
are lowercase and - together with the lowercased labels / name / full_name - never shared
by two entries, cased aliases are never shared (nor equal, lowercased, to another entry's
lowercase alias), and the entries the sample data relies on exist with their aliases.
Skills also: at least MIN_SKILLS entries, a parent of the same kind (hard/soft) as its child,
cased aliases that hold an uppercase letter, no company legal form ("SAS", "GmbH") as any
surface form, and no ordinary word, first name, place or date abbreviation from
AMBIGUOUS_SKILL_FORMS as a form matched case-blind (lowercase alias or unprotected label).

Run: .venv/bin/python scripts/check_vocab.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from sourcing.parsing.vocab import SKILL_CATEGORIES, load_redirects

DATA = Path(__file__).resolve().parent.parent / "sourcing" / "parsing" / "data"
SKILLS_PATH = DATA / "skills.jsonl"
SCHOOLS_PATH = DATA / "schools.jsonl"
REDIRECTS_PATH = DATA / "skill_redirects.jsonl"

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SKILL_KEYS = [
    "id",
    "label_en",
    "label_fr",
    "kind",
    "category",
    "parent",
    "aliases",
    "aliases_cased",
]
SCHOOL_KEYS = ["id", "name", "full_name", "kind", "city", "country", "aliases", "aliases_cased"]
SCHOOL_KINDS = {"engineering", "business", "university", "political_science", "art_design", "other"}

# id -> (lowercase forms that must be reachable, cased aliases that must be present)
REQUIRED_SKILLS: dict[str, tuple[list[str], list[str]]] = {
    "python": ([], []),
    "django": ([], []),
    "flask": ([], []),
    "fastapi": ([], []),
    "postgresql": (["postgres"], []),
    "java": ([], []),
    "spring-boot": (["spring boot"], []),
    "kotlin": ([], []),
    "go": (["golang"], ["Go"]),
    "rust": ([], []),
    "c": ([], ["C"]),
    "cpp": (["c++"], []),
    "csharp": (["c#"], []),
    "dotnet": ([".net"], []),
    "javascript": (["js"], []),
    "typescript": (["typescript"], []),
    "react": (["react.js", "reactjs"], []),
    "vuejs": (["vue", "vue.js"], []),
    "angular": ([], []),
    "nodejs": (["node.js", "node"], []),
    "svelte": ([], []),
    "html": (["html5"], []),
    "css": (["css3"], []),
    "php": ([], []),
    "symfony": ([], []),
    "laravel": ([], []),
    "ruby": ([], ["Ruby"]),
    "rails": (["ruby on rails"], ["Rails"]),
    "swift": ([], []),
    "ios": ([], []),
    "android": ([], []),
    "flutter": ([], []),
    "docker": ([], []),
    "kubernetes": (["k8s"], []),
    "terraform": ([], []),
    "ansible": ([], []),
    "aws": (["amazon web services"], []),
    "gcp": (["google cloud", "google cloud platform"], []),
    "azure": (["microsoft azure"], []),
    "linux": ([], []),
    "machine-learning": (["apprentissage automatique", "machine learning"], ["ML"]),
    "deep-learning": (["deep learning", "apprentissage profond"], []),
    "pytorch": ([], []),
    "tensorflow": ([], []),
    "scikit-learn": (["sklearn", "scikit learn"], []),
    "pandas": ([], []),
    "sql": ([], []),
    "apache-spark": (["pyspark", "apache spark"], ["Spark"]),
    "airflow": (["apache airflow"], []),
    "dbt": ([], []),
    "kafka": (["apache kafka"], []),
    "elasticsearch": ([], []),
    "redis": ([], []),
    "mongodb": (["mongo"], []),
    "graphql": ([], []),
    "embedded-systems": (["embedded", "systèmes embarqués", "embarqué"], []),
    "scala": ([], []),
    "elixir": ([], []),
    "data-engineering": (["data engineering", "ingénierie des données"], []),
    "devops": ([], []),
    "ci-cd": (["ci/cd", "intégration continue", "continuous integration"], []),
    "git": ([], []),
    "agile": (["méthodes agiles", "agilité"], []),
    "scrum": ([], []),
    "project-management": (["gestion de projet"], []),
    "product-management": (["product management", "gestion de produit"], []),
    "ux-design": (["ux", "ux design", "expérience utilisateur"], []),
    "figma": ([], []),
    "seo": (["référencement naturel"], []),
    "community-management": (["community management", "animation de communauté"], []),
    "sales": (["vente", "ventes", "business development"], []),
    "recruiting": (["recrutement", "talent acquisition"], []),
    "communication": ([], []),
    "leadership": ([], []),
    "data-science": (["data science", "science des données"], []),
    "nlp": (["natural language processing", "traitement automatique du langage"], ["NLP"]),
    "computer-vision": (["vision par ordinateur"], []),
    "mlops": ([], []),
    "power-bi": (["power bi"], []),
    "tableau": ([], ["Tableau"]),
    "excel": ([], ["Excel"]),
    "next-js": (["next.js", "nextjs"], []),
    "nestjs": ([], []),
    "tailwind": (["tailwind css", "tailwindcss"], []),
    "grafana": ([], []),
    "prometheus": ([], []),
    "gitlab-ci": (["gitlab ci"], []),
    "jenkins": ([], []),
    "microservices": (["micro-services", "microservice"], []),
    "api-rest": (["rest api", "api rest", "restful"], []),
    "fpga": ([], []),
    "vhdl": ([], []),
    "cuda": ([], []),
    "opencv": ([], []),
    "llm": (["llms", "large language models"], ["LLM"]),
    "artificial-intelligence": (
        ["intelligence artificielle", "artificial intelligence"],
        ["AI", "IA"],
    ),
}

# Coverage the taxonomy promises beyond the sample data (FR forms first-class).
REQUIRED_TAXONOMY: dict[str, tuple[list[str], list[str]]] = {
    "sas": (["sas programming", "langage sas"], []),
    "helm": ([], ["Helm"]),
    "prefect": ([], ["Prefect"]),
    "elm": ([], ["Elm"]),
    "zephyr": ([], ["Zephyr"]),
    "vite": ([], ["Vite"]),
    "great-expectations": ([], ["Great Expectations"]),
    "sap-s4hana": (["s/4hana"], []),
    "cqrs": (["cqrs"], []),
    "event-sourcing": (["event sourcing"], []),
    "hexagonal-architecture": (["architecture hexagonale", "hexagonal architecture"], []),
    "flux-cd": (["fluxcd"], []),
    "hashicorp-vault": (["hashicorp vault"], []),
    "tcp-ip": (["tcp/ip"], []),
    "sd-wan": (["sd-wan"], []),
    "react-native": (["react native"], []),
    "jetpack-compose": (["jetpack compose"], []),
    "gdpr": (["rgpd"], []),
    "field-sales": (["vente terrain"], []),
    "account-management": (["gestion grands comptes", "key account management"], []),
    "prospecting": (["prospection téléphonique", "cold calling"], []),
    "negotiation": (["négociation commerciale"], []),
    "pre-sales": (["avant-vente"], []),
    "sales-development": (["bdr"], []),
    "payroll": (["paie"], []),
    "labor-law": (["droit du travail"], []),
    "workforce-planning": (["gpec"], []),
    "employer-branding": (["marque employeur"], []),
    "contract-law": (["droit des contrats"], []),
    "business-law": (["droit des affaires"], []),
    "advanced-excel": (["excel avancé"], []),
    "financial-reporting": (["clôture mensuelle"], []),
    "treasury": (["trésorerie"], []),
    "copywriting": (["rédaction web"], []),
    "social-media": (["réseaux sociaux"], []),
    "customer-support": (["support client"], []),
    "helpdesk": (["support niveau 2"], []),
    "procurement": (["achats"], []),
    "teamwork": (["esprit d'équipe"], []),
    "self-learning": (["autodidacte"], []),
}

REQUIRED_SCHOOLS: dict[str, tuple[list[str], list[str]]] = {
    "polytechnique": (
        ["ecole polytechnique", "école polytechnique", "polytechnique", "l'x"],
        ["X"],
    ),
    "centralesupelec": (
        [
            "centralesupelec",
            "centrale supelec",
            "école centrale paris",
            "ecole centrale paris",
            "centrale paris",
            "supélec",
            "supelec",
        ],
        ["Centrale", "ECP"],
    ),
    "mines-paris": (
        ["mines paris", "mines paristech", "école des mines de paris", "ecole des mines de paris"],
        ["Mines"],
    ),
    "ens-paris": (
        [
            "ens ulm",
            "ens paris",
            "école normale supérieure",
            "ecole normale superieure",
            "normale sup",
        ],
        ["ENS"],
    ),
    "insa-lyon": (["insa lyon", "insa de lyon"], []),
    "insa-toulouse": ([], []),
    "insa-rennes": ([], []),
    "ensimag": (["ensimag", "grenoble inp ensimag", "grenoble inp - ensimag"], []),
    "telecom-paris": (
        ["télécom paris", "telecom paris", "télécom paristech", "telecom paristech", "enst"],
        [],
    ),
    "isae-supaero": (
        ["isae-supaero", "isae supaero", "supaéro", "supaero", "sup'aéro", "sup aero", "isae"],
        [],
    ),
    "epita": ([], []),
    "epitech": ([], []),
    "ecole-42": (["école 42", "ecole 42", "42 paris"], []),
    "utc-compiegne": (["utc compiègne", "utc compiegne"], ["UTC"]),
    "universite-paris-saclay": ([], []),
    "sorbonne-universite": (["upmc", "paris 6", "pierre et marie curie"], []),
    "paris-1-pantheon-sorbonne": (
        ["paris 1", "paris i", "panthéon-sorbonne", "pantheon sorbonne"],
        [],
    ),
    "lyon-1": (["université claude bernard lyon 1", "lyon 1", "ucbl", "université lyon 1"], []),
    "universite-de-bordeaux": ([], []),
    "nantes-universite": (["université de nantes", "nantes université"], []),
    "universite-grenoble-alpes": (["uga", "université grenoble alpes"], []),
    "universite-de-strasbourg": (["unistra"], []),
    "aix-marseille-universite": (["amu"], []),
    "universite-de-lille": ([], []),
    "universite-de-rennes": (["rennes 1", "université de rennes 1"], []),
    "toulouse-3-paul-sabatier": (["paul sabatier", "toulouse iii", "ups toulouse"], []),
    "sciences-po": (
        ["sciences po", "sciences po paris", "sciencespo", "iep de paris", "iep paris"],
        [],
    ),
    "hec-paris": (["hec paris", "hec"], []),
    "essec": ([], []),
    "escp": (["escp", "escp business school", "escp europe"], []),
    "em-lyon": (["em lyon", "emlyon", "emlyon business school"], []),
    "edhec": ([], []),
    "neoma": ([], []),
    "imt-atlantique": ([], []),
    "enseeiht": (["enseeiht", "n7", "inp-enseeiht"], []),
    "centrale-lyon": (["école centrale de lyon", "centrale lyon"], []),
    "centrale-nantes": (["centrale nantes", "école centrale de nantes"], []),
    "epfl": (["epfl", "école polytechnique fédérale de lausanne"], []),
    "eth-zurich": (["eth zurich", "eth zürich", "ethz", "eth"], []),
    "mit": (["massachusetts institute of technology"], ["MIT"]),
    "stanford": (["stanford", "stanford university"], []),
    "imperial-college": (["imperial college london", "imperial college"], []),
    "cambridge": (["university of cambridge", "cambridge university"], []),
    "oxford": (["university of oxford", "oxford university"], []),
    "tu-munich": (
        [
            "tu munich",
            "tum",
            "tu münchen",
            "technische universität münchen",
            "technical university of munich",
        ],
        [],
    ),
    "ucl": (["university college london"], ["UCL"]),
    "polimi": (["politecnico di milano", "polimi"], []),
    "kth": (["kth", "kth royal institute of technology"], []),
    "tu-delft": (["tu delft", "delft university of technology"], []),
    "ucd": (["university college dublin", "ucd"], []),
    "trinity-college-dublin": (["trinity college dublin", "tcd"], []),
}

# Lowercase forms that must never be a lowercase alias (ambiguous words / prefixes).
FORBIDDEN_SKILL_ALIASES = {
    "go",
    "c",
    "r",
    "ts",
    "ml",
    "ai",
    "ia",
    "d",
    "spring",
    "express",
    "chef",
    "puppet",
}
FORBIDDEN_SCHOOL_ALIASES = {
    "x",
    "centrale",
    "insa",
    "mines",
    "42",
    "ens",
    "utc",
    "mit",
    "ucl",
    "polytech",
}

MIN_SKILLS = 3600

# Company legal forms: never a skill form, lowercase or cased ("Vivier Demo SAS", "Foo PLC").
LEGAL_FORMS = {
    "sas", "sasu", "sa", "sarl", "eurl", "snc", "sci", "scop", "sca", "selarl",
    "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "bv", "nv",
    "spa", "s.p.a.", "srl", "corp", "corp.", "co",
}  # fmt: skip

# Forms that must never be matched case-blind (folded): ordinary French/English words,
# first names, places and date abbreviations that also name a skill or a tool. Where the
# skill matters, it is matched through a cased alias ("Helm", "Vite") or longer phrases.
AMBIGUOUS_SKILL_FORMS = {
    # French and English words
    "vite", "defi", "flux", "notion", "sage", "helm", "vault", "packer", "bubble", "unity",
    "prefect", "scheme", "electron", "capacitor", "razor", "remix", "expo", "sanity",
    "gymnasium", "lighthouse", "chakra", "consul", "nomad", "envoy", "concur", "sentinel",
    "fortify", "quark", "keynote", "cargo", "composer", "poetry", "brew", "grub", "squeak",
    "gawk", "run", "engage", "discrete", "reactive", "implique", "implication", "engagement",
    "travailleur", "ponctuel", "ponctuelle", "calme", "innovant", "innovative",
    "fabrication", "courtage", "exploitation", "supervision", "animation", "alternance",
    "interim", "handicap", "parquet", "sauvegarde", "localisation", "localization",
    "segmentation", "positionnement", "scoring", "options", "futures", "display", "print",
    "packaging", "hunting", "escalade", "correction", "blog", "luxe", "franchise",
    "marques", "crypto", "confidentiality", "networking", "staffing", "referrals",
    "reportage", "podcasts", "faq", "spa",
    "shiny", "combine", "triton", "embassy", "hotwire", "lean", "spark", "flask", "rocket",
    "pandas", "excel", "swift", "coq", "forth", "mumps", "occam", "halide", "typer", "rayon",
    "bevy", "wails", "dapper", "capybara", "sorbet", "pundit", "caddy", "calico", "hubble",
    "gatekeeper", "concourse", "samba", "beats", "husky", "cocoa", "reanimated", "voiceover",
    "talkback", "stripe", "ramp", "pigment", "mural", "coda", "obsidian", "loom", "linear",
    "temporal", "unleash", "postmark", "pusher", "canny", "dovetail", "ironclad", "luminance",
    "guava", "apollo", "polygon", "ganache", "canape", "shorts", "attribution", "quota",
    "setting", "sequences", "commissions", "talks", "tutorials", "forums", "maintainer",
    "screening", "indeed", "nids", "easily", "perplexity", "aider", "replicate", "firefly",
    "windsurf", "jersey", "mutiny", "panache", "reagent", "pistache", "drizzle", "stanza",
    "emcee", "darts", "requests", "click", "rich", "marshmallow", "flax", "lit", "parcel",
    "rollup", "recette", "maillage", "indexation", "parrainage", "tournage", "remboursement",
    "interpreting", "interpreter", "relocation", "mortgage", "lending", "settlement", "custody",
    "copyright", "divorce", "reach", "velox", "virtuoso", "gremlin", "vespa", "galera",
    "barman", "annoy", "pulp", "maple", "cura", "hiver", "wacom", "avid", "nuke", "decor",
    "pneumatique", "antennes", "capteurs", "instrumentation", "vibrations", "materiaux",
    "nucleaire", "ferroviaire", "satellites", "spacecraft", "agriculture", "ecologie",
    "ecology", "humanitaire", "humanitarian", "defense", "military", "militaire",
    "restauration", "boulangerie", "catering", "traiteur", "twitter", "facebook", "youtube",
    "reddit", "telegram", "twitch", "mastodon", "bluesky",
    # first names
    "ada", "julia", "pascal", "crystal", "hana", "aurora", "athena", "pam", "pia", "stan",
    "adam", "rasa", "amadeus", "lottie", "jasmine", "claude", "gemini", "mistral",
    "isabelle", "idris", "elisa", "gemma", "sora", "emir", "frida", "colbert", "seurat",
    "nielsen", "conan", "polly", "robyn", "huey", "marquez", "lyra", "gusto", "rippling",
    # places
    "aix", "tours", "nice", "lens", "san", "nas", "mes",
    # month abbreviations (LinkedIn-style dates: "avr. 2021", "déc. 2022")
    "jan", "fev", "mars", "avr", "mai", "juin", "juil", "sept", "oct", "nov", "dec",
    # acronyms with a more common other meaning in profiles
    "cnn", "emr", "pacs", "cfa", "cdc", "mfa", "dpo", "tms", "bpf", "opex", "pmi", "xai",
    "ioc", "gan", "ppm", "sdr", "cro", "csm", "tam", "gta", "cse", "qc", "msp", "plc",
    "cdi", "dsa", "dma", "ide", "tpm", "mdm", "pim", "cmp", "dam", "doe", "acm", "afc",
    "eds", "mmm", "cac", "arr", "dx", "bd", "kms", "sse", "rtk", "tcc", "ncr", "ooh",
}  # fmt: skip


def fold(text: str) -> str:
    """Same folding as sourcing.parsing.vocab.fold: casefold, then drop accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, message: str) -> None:
        self.errors.append(message)

    def load(self, path: Path, keys: list[str]) -> list[dict]:
        entries: list[dict] = []
        if not path.exists():
            self.fail(f"{path}: missing")
            return entries
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                where = f"{path.name}:{number}"
                if not line.strip():
                    self.fail(f"{where}: empty line")
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as error:
                    self.fail(f"{where}: invalid JSON ({error})")
                    continue
                if not isinstance(entry, dict):
                    self.fail(f"{where}: not an object")
                    continue
                missing = [k for k in keys if k not in entry]
                extra = [k for k in entry if k not in keys]
                if missing:
                    self.fail(f"{where}: missing keys {missing}")
                    continue
                if extra:
                    self.fail(f"{where}: unexpected keys {extra}")
                entry["_where"] = where
                entries.append(entry)
        ids = [e["id"] for e in entries]
        if ids != sorted(ids):
            self.fail(f"{path.name}: not sorted by id")
        seen: set[str] = set()
        for e in entries:
            if not isinstance(e["id"], str) or not ID_RE.match(e["id"]):
                self.fail(f"{e['_where']}: bad id {e['id']!r}")
            if e["id"] in seen:
                self.fail(f"{e['_where']}: duplicate id {e['id']!r}")
            seen.add(e["id"])
            for key in ("aliases", "aliases_cased"):
                value = e[key]
                if not isinstance(value, list) or not all(
                    isinstance(a, str) and a.strip() for a in value
                ):
                    self.fail(f"{e['_where']}: {key} must be a list of non-empty strings")
                    e[key] = []
                elif len(set(value)) != len(value):
                    self.fail(f"{e['_where']}: duplicate entries in {key}")
            for alias in e["aliases"]:
                if alias != alias.lower() or alias != alias.strip() or "  " in alias:
                    self.fail(f"{e['_where']}: alias {alias!r} is not a trimmed lowercase form")
        return entries

    def collisions(
        self, name: str, entries: list[dict], label_keys: list[str], forbidden: set[str]
    ) -> None:
        self.exact_collisions(name, entries, label_keys, forbidden)
        # The loader indexes forms folded (casefold, accents removed) and drops a label whose
        # folded form is one of the entry's cased aliases: mirror that here.
        folded_owner: dict[str, set[str]] = defaultdict(set)
        for e in entries:
            ambiguous = {fold(a) for a in e["aliases_cased"]}
            labels = [str(e[k]) for k in label_keys if fold(str(e[k])) not in ambiguous]
            for form in [*labels, *e["aliases"]]:
                folded_owner[fold(form)].add(e["id"])
            for alias in e["aliases"]:
                if fold(alias) in ambiguous:
                    self.fail(f"{name}: {e['id']}: {alias!r} is both a lowercase and a cased alias")
        for form, owners in sorted(folded_owner.items()):
            if len(owners) > 1:
                self.fail(f"{name}: folded form {form!r} shared by {sorted(owners)}")

    def exact_collisions(
        self, name: str, entries: list[dict], label_keys: list[str], forbidden: set[str]
    ) -> None:
        lower_owner: dict[str, set[str]] = defaultdict(set)
        cased_owner: dict[str, set[str]] = defaultdict(set)
        for e in entries:
            forms = set(e["aliases"]) | {str(e[k]).strip().lower() for k in label_keys}
            for form in forms:
                lower_owner[form].add(e["id"])
            for alias in e["aliases_cased"]:
                cased_owner[alias].add(e["id"])
            for alias in e["aliases"]:
                if alias in forbidden:
                    self.fail(f"{name}: {e['id']}: ambiguous lowercase alias {alias!r}")
        for form, owners in sorted(lower_owner.items()):
            if len(owners) > 1:
                self.fail(f"{name}: lowercase form {form!r} shared by {sorted(owners)}")
        for alias, owners in sorted(cased_owner.items()):
            if len(owners) > 1:
                self.fail(f"{name}: cased alias {alias!r} shared by {sorted(owners)}")
            other = lower_owner.get(alias.lower(), set()) - owners
            if other:
                self.fail(
                    f"{name}: cased alias {alias!r} of {sorted(owners)} "
                    f"is a lowercase form of {sorted(other)}"
                )

    def required(self, name: str, entries: list[dict], label_keys: list[str], table: dict) -> None:
        by_id = {e["id"]: e for e in entries}
        for rid, (lower, cased) in table.items():
            e = by_id.get(rid)
            if e is None:
                self.fail(f"{name}: required id {rid!r} missing")
                continue
            forms = set(e["aliases"]) | {str(e[k]).strip().lower() for k in label_keys}
            for form in lower:
                if form not in forms:
                    self.fail(f"{name}: {rid}: required alias {form!r} missing")
            for form in cased:
                if form not in e["aliases_cased"]:
                    self.fail(f"{name}: {rid}: required cased alias {form!r} missing")

    def check_skills(self) -> list[dict]:
        skills = self.load(SKILLS_PATH, SKILL_KEYS)
        ids = {s["id"] for s in skills}
        for s in skills:
            w = s["_where"]
            for key in ("label_en", "label_fr"):
                if not isinstance(s[key], str) or not s[key].strip():
                    self.fail(f"{w}: empty {key}")
            if s["kind"] not in ("hard", "soft"):
                self.fail(f"{w}: bad kind {s['kind']!r}")
            if s["category"] not in SKILL_CATEGORIES:
                self.fail(f"{w}: bad category {s['category']!r}")
            if (s["kind"] == "soft") != (s["category"] == "soft"):
                self.fail(f"{w}: kind and category disagree on 'soft'")
            if s["parent"] is not None and s["parent"] not in ids:
                self.fail(f"{w}: parent {s['parent']!r} does not exist")
            if s["parent"] == s["id"]:
                self.fail(f"{w}: is its own parent")
        parents = {s["id"]: s["parent"] for s in skills}
        for sid in parents:
            seen, node = set(), sid
            while node is not None and node in parents:
                if node in seen:
                    self.fail(f"skills: parent cycle through {sid!r}")
                    break
                seen.add(node)
                node = parents[node]
        self.collisions("skills", skills, ["label_en", "label_fr"], FORBIDDEN_SKILL_ALIASES)
        self.required("skills", skills, ["label_en", "label_fr"], REQUIRED_SKILLS)
        self.required("skills", skills, ["label_en", "label_fr"], REQUIRED_TAXONOMY)
        self.skill_quality(skills)
        self.check_redirects(ids)
        return skills

    def check_redirects(self, ids: set[str]) -> None:
        """A merged-away id is no entry any more and names one that is."""
        for old, survivor in load_redirects(REDIRECTS_PATH).items():
            if old in ids:
                self.fail(f"skill_redirects: {old!r} is merged away but still an entry")
            if survivor not in ids:
                self.fail(f"skill_redirects: {old!r} names {survivor!r}, which does not exist")

    def skill_quality(self, skills: list[dict]) -> None:
        if len(skills) < MIN_SKILLS:
            self.fail(f"skills: {len(skills)} entries, fewer than {MIN_SKILLS}")
        kinds = {s["id"]: s["kind"] for s in skills}
        legal = {fold(f) for f in LEGAL_FORMS}
        ambiguous_words = {fold(f) for f in AMBIGUOUS_SKILL_FORMS}
        for s in skills:
            w = s["_where"]
            parent = s["parent"]
            if parent in kinds and kinds[parent] != s["kind"]:
                self.fail(f"{w}: {s['id']} ({s['kind']}) has a {kinds[parent]} parent {parent!r}")
            for alias in s["aliases_cased"]:
                if alias == alias.lower():
                    self.fail(f"{w}: cased alias {alias!r} has no uppercase letter")
                if fold(alias) in legal:
                    self.fail(f"{w}: cased alias {alias!r} is a company legal form")
            # The forms matched case-blind: lowercase aliases and the labels the loader keeps.
            protected = {fold(a) for a in s["aliases_cased"]}
            labels = [
                str(s[k]) for k in ("label_en", "label_fr") if fold(str(s[k])) not in protected
            ]
            for form in {fold(f) for f in [*labels, *s["aliases"]]}:
                if form in legal:
                    self.fail(f"{w}: {s['id']}: {form!r} is a company legal form")
                elif form in ambiguous_words:
                    self.fail(f"{w}: {s['id']}: {form!r} is an ambiguous word matched case-blind")

    def check_schools(self) -> list[dict]:
        schools = self.load(SCHOOLS_PATH, SCHOOL_KEYS)
        for s in schools:
            w = s["_where"]
            for key in ("name", "full_name"):
                if not isinstance(s[key], str) or not s[key].strip():
                    self.fail(f"{w}: empty {key}")
            if s["kind"] not in SCHOOL_KINDS:
                self.fail(f"{w}: bad kind {s['kind']!r}")
            # "" = no single seat (multi-campus networks); the loader expects strings, not null.
            if not isinstance(s["city"], str) or s["city"] != s["city"].strip():
                self.fail(f'{w}: city must be a trimmed string ("" when there is no single seat)')
            country = s["country"]
            if not (isinstance(country, str) and re.fullmatch(r"(?:[A-Z]{2})?", country)):
                self.fail(f'{w}: country must be an ISO 3166-1 alpha-2 code (or "")')
        self.collisions("schools", schools, ["name", "full_name"], FORBIDDEN_SCHOOL_ALIASES)
        self.required("schools", schools, ["name", "full_name"], REQUIRED_SCHOOLS)
        return schools


def main() -> int:
    checker = Checker()
    skills = checker.check_skills()
    schools = checker.check_schools()
    if checker.errors:
        for error in checker.errors:
            print(f"ERROR {error}", file=sys.stderr)
        print(f"{len(checker.errors)} error(s)", file=sys.stderr)
        return 1
    hard = sum(1 for s in skills if s["kind"] == "hard")
    soft = sum(1 for s in skills if s["kind"] == "soft")
    print(f"skills: {len(skills)} (hard {hard}, soft {soft}), schools: {len(schools)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
