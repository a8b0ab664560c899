"""Scale benchmark of Vivier's entity-resolution engine on synthetic identities (issue 5).

A seeded generator writes people and their public identities on several networks (at
most one per network and person) with what real profiles do: nicknames and short forms
(Alex / Alexandre, JB / Jean-Baptiste), "NOM Prénom" order, accents, typos, missing and
outdated fields, several handle styles, a personal website on some profiles. Identities
are normalised (the house's ``name_tokens`` / ``normalise_handle``), then:

1. ``resolve``: fit the weights on the first ``n`` identities (no labels) and resolve them;
2. ``add``: resolve a further batch of ``--batch`` identities against them;
3. pairwise precision / recall / F1 against the generator's people, and peak memory
   (``resource.getrusage(RUSAGE_SELF).ru_maxrss``: the peak resident set of the whole
   process, generator included).

Run::

    python benchmarks/dedupe_scale.py            # 1,000,000 identities + 10,000
    python benchmarks/dedupe_scale.py --n 50000  # while developing
"""

from __future__ import annotations

import argparse
import itertools
import math
import platform
import random
import resource
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version

import numpy as np

from sourcing.dedupe.blocking import block_on, block_on_affixes, pairs_within_groups
from sourcing.dedupe.engine import LINKAGES, EngineSettings, Records, Resolver, resolve
from sourcing.dedupe.fellegi_sunter import TrainingSettings
from sourcing.dedupe.levels import (
    Comparison,
    ExactLevels,
    HandleLevels,
    NameLevels,
    NumberLevels,
    SpelledNameLevels,
    StringLevels,
)
from sourcing.dedupe.normalise import (
    NICKNAMES,
    first_name_as_written,
    name_tokens,
    normalise_email,
    normalise_handle,
    normalise_url,
    surname_as_written,
)
from sourcing.dedupe.pool_model import (
    SKILL_BITS,
    SKILL_NONE_SHARED_FROM,
    SKILL_RELATED_BITS,
    SetLevels,
    id_affinity,
    id_shares,
)
from sourcing.parsing.vocab import fold

SEED = 20261128
NETWORKS = ["github", "gitlab", "x", "mastodon", "linkedin", "stackexchange", "bluesky", "hn"]
IDENTITIES_PER_PERSON = [1, 2, 3, 4, 5]
IDENTITIES_WEIGHTS = [0.35, 0.30, 0.20, 0.10, 0.05]

FIRST_NAMES = [
    "Alexandre",
    "Alexandra",
    "Jean-Baptiste",
    "Jean-Pierre",
    "Jean-Paul",
    "Pierre-Antoine",
    "Nicolas",
    "Thomas",
    "Christophe",
    "Christine",
    "Frédéric",
    "Maxime",
    "Catherine",
    "Mathieu",
    "Sébastien",
    "Stéphanie",
    "Stéphane",
    "Florian",
    "Florence",
    "Vincent",
    "Benjamin",
    "Benoît",
    "Grégoire",
    "Emmanuel",
    "Nathalie",
    "Valentin",
    "Valérie",
    "Caroline",
    "Julien",
    "Julie",
    "Patrick",
    "Philippe",
    "Dominique",
    "Gabriel",
    "Daniel",
    "Samuel",
    "William",
    "Robert",
    "Michael",
    "James",
    "Jonathan",
    "Elizabeth",
    "Guillaume",
    "Antoine",
    "Clément",
    "Laurent",
    "Olivier",
    "Quentin",
    "Romain",
    "Victor",
    "Isabelle",
    "Émilie",
    "Charles",
    "Charlotte",
    "Lucie",
    "Hugues",
    "Timothée",
    "Théo",
    "Xavier",
    "Gilles",
    "Marie",
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Emma",
    "Louise",
    "Jade",
    "Hugo",
    "Lucas",
    "Louis",
    "Arthur",
    "Jules",
    "Paul",
    "Adam",
    "Nathan",
    "Ethan",
    "Raphaël",
    "Mohamed",
    "Karim",
    "Yasmine",
    "Aïcha",
    "Fatou",
    "Moussa",
    "Mei",
    "Wei",
    "Anh",
    "Priya",
    "Arjun",
    "Olga",
    "Ivan",
    "Sofia",
    "Lars",
    "Ingrid",
    "Pablo",
    "Lucia",
    "Marco",
    "Giulia",
    "Hélène",
    "Sylvie",
    "Martine",
    "Bernard",
    "Alain",
    "Éric",
    "Pascal",
    "Thierry",
    "Didier",
    "Sandrine",
    "Aurélie",
    "Céline",
    "Élodie",
    "Laetitia",
    "Amandine",
]
CITIES = [
    "Paris",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Nice",
    "Nantes",
    "Strasbourg",
    "Montpellier",
    "Bordeaux",
    "Lille",
    "Rennes",
    "Reims",
    "Grenoble",
    "Dijon",
    "Angers",
    "Nîmes",
    "Brest",
    "Tours",
    "Limoges",
    "Amiens",
    "Metz",
    "Besançon",
    "Orléans",
    "Rouen",
    "Caen",
    "Nancy",
    "Clermont-Ferrand",
    "Saint-Étienne",
    "Le Mans",
    "Aix-en-Provence",
    "Bruxelles",
    "Genève",
    "Lausanne",
    "Montréal",
    "Québec",
    "London",
    "Berlin",
    "Amsterdam",
    "Madrid",
    "Barcelona",
    "Milano",
    "Lisboa",
    "Dublin",
    "München",
    "Zürich",
    "Luxembourg",
    "Dakar",
    "Casablanca",
    "Tunis",
    "Alger",
    "Abidjan",
    "Toronto",
    "New York",
    "San Francisco",
    "Singapore",
]
DOMAINS = ["gmail.com", "outlook.fr", "proton.me", "free.fr", "orange.fr", "yahoo.fr"]
SYLLABLES = [
    "ma",
    "mo",
    "re",
    "la",
    "ri",
    "du",
    "pon",
    "ber",
    "nard",
    "le",
    "fe",
    "vre",
    "rou",
    "sel",
    "gar",
    "cia",
    "fon",
    "taine",
    "bo",
    "nnet",
    "lam",
    "bert",
    "gi",
    "rard",
    "cha",
    "vin",
    "ro",
    "che",
    "mer",
    "cier",
    "dam",
    "ien",
    "fa",
    "ure",
    "an",
    "dre",
    "gau",
    "thier",
    "pe",
    "rrin",
    "ben",
    "ali",
    "di",
    "allo",
    "ngu",
    "yen",
    "tra",
    "ore",
    "vi",
    "dal",
    "ker",
    "zo",
]


def _zipf_weights(n: int, offset: float) -> list[float]:
    return [1.0 / (rank + offset) for rank in range(n)]


def _surnames(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct made-up surnames in random order (their rank sets how common)."""
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3, 3, 4])))
        names.add(word.capitalize())
    ordered = sorted(names)
    rng.shuffle(ordered)
    return ordered


def _companies(rng: random.Random, count: int) -> list[str]:
    suffixes = ["", " SAS", " SA", " Labs", " Technologies", " Conseil", " Group", " Studio"]
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3])))
        names.add(word.capitalize() + rng.choice(suffixes))
    ordered = sorted(names)
    rng.shuffle(ordered)
    return ordered


# Skills as the networks show them (GitHub repository languages and topics, Stack Exchange
# tags, a LinkedIn skills section, hashtags in a short bio), added late on
# 2026-11-29 because the pool compares them (``pool_settings``: ``SetLevels("skills")``)
# and the generator had none. Fixed before the first run that used them: skills have a
# popularity over the whole market; a role draws its usual skills by that popularity;
# a person has 3 to 12 of their role's, the first ones their main ones; each identity
# shows, or not, a few of them depending on its network, and now and then one the
# person has not listed elsewhere. Namesakes in one role share its common skills.
SKILL_COUNT = 600
ROLE_COUNT = 24
ROLE_POOL = 40
# network -> (chance of showing skills at all, fewest shown, most shown)
SKILLS_SHOWN = {
    "github": (0.6, 1, 4),
    "gitlab": (0.5, 1, 4),
    "stackexchange": (0.7, 2, 6),
    "linkedin": (0.8, 3, 10),
    "hn": (0.7, 2, 6),
    "mastodon": (0.3, 1, 3),
    "bluesky": (0.3, 1, 3),
    "x": (0.3, 1, 3),
}
SKILL_OUTSIDE_LIST = 0.15


def _weighted_sample(
    rng: random.Random, items: list[str], weights: list[float], k: int
) -> list[str]:
    """``k`` distinct items drawn by weight (Efraimidis–Spirakis keys)."""
    keyed = sorted(
        ((rng.random() ** (1.0 / w), item) for item, w in zip(items, weights, strict=True)),
        reverse=True,
    )
    return [item for _, item in keyed[:k]]


class SkillModel:
    """Roles, their usual skills, and which of a person's skills each network shows."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        skills = [f"skill{k:03d}" for k in range(SKILL_COUNT)]
        popularity = _zipf_weights(SKILL_COUNT, 10)
        self.roles = [
            _weighted_sample(self.rng, skills, popularity, ROLE_POOL) for _ in range(ROLE_COUNT)
        ]
        self.role_weights = _zipf_weights(ROLE_COUNT, 3)
        self.in_role = _zipf_weights(ROLE_POOL, 3)

    def person(self) -> tuple[list[str], list[str]]:
        """A person's skills, main ones first, and their role's usual skills."""
        role = self.rng.choices(self.roles, self.role_weights)[0]
        count = self.rng.randint(3, 12)
        return _weighted_sample(self.rng, role, self.in_role, count), role

    def shown(self, network: str, skills: list[str], role: list[str]) -> str | None:
        """The ``|``-joined skills one identity shows, or None."""
        chance, fewest, most = SKILLS_SHOWN[network]
        if self.rng.random() >= chance:
            return None
        count = self.rng.randint(min(fewest, len(skills)), min(most, len(skills)))
        out = set(_weighted_sample(self.rng, skills, _zipf_weights(len(skills), 2), count))
        if self.rng.random() < SKILL_OUTSIDE_LIST:
            out.add(self.rng.choice([s for s in role if s not in skills] or skills))
        return "|".join(sorted(out))


SHORT_FORMS: dict[str, list[str]] = {}
for _short, _forms in NICKNAMES.items():
    for _form in _forms:
        SHORT_FORMS.setdefault(_form, []).append(_short)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    k = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:  # substitution
        return word[:k] + rng.choice("aeioulnrst") + word[k + 1 :]
    if kind < 0.7:  # deletion
        return word[:k] + word[k + 1 :]
    if kind < 0.85:  # transposition
        return word[: k - 1] + word[k] + word[k - 1] + word[k + 1 :]
    return word[:k] + rng.choice("aeioulnrst") + word[k:]  # insertion


@dataclass
class Identities:
    """Raw identities as a network shows them, and the person each one belongs to."""

    ids: list[int]
    network: list[str]
    display_name: list[str]
    handle: list[str]
    city: list[str | None]
    employer: list[str | None]
    email: list[str | None]
    website: list[str | None]
    person: list[int]
    # ``|``-joined skill ids; empty when generated without skills
    skills: list[str | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


def generate(n: int, seed: int = SEED, skills: bool = True) -> Identities:
    """``n`` identities of synthetic people with known clusters; with ``skills``, the
    skills each shows, drawn from a generator of their own so that every other field is
    the same with and without them."""
    rng = random.Random(seed)
    skill_model = SkillModel(seed + 7) if skills else None
    surnames = _surnames(rng, 200_000)
    surname_weights = _zipf_weights(len(surnames), 2_000)
    companies = _companies(rng, 8_000)
    company_weights = _zipf_weights(len(companies), 20)
    city_weights = _zipf_weights(len(CITIES), 3)
    first_weights = _zipf_weights(len(FIRST_NAMES), 25)
    out = Identities([], [], [], [], [], [], [], [], [])
    person = 0
    batch = 4096  # draw weighted choices in bulk: much faster than one by one
    while len(out) < n:
        firsts = rng.choices(FIRST_NAMES, first_weights, k=batch)
        lasts = rng.choices(surnames, surname_weights, k=batch)
        cities = rng.choices(CITIES, city_weights, k=2 * batch)
        employers = rng.choices(companies, company_weights, k=2 * batch)
        counts = rng.choices(IDENTITIES_PER_PERSON, IDENTITIES_WEIGHTS, k=batch)
        for p in range(batch):
            if len(out) >= n:
                break
            first, last, count = firsts[p], lasts[p], counts[p]
            city, employer = cities[2 * p], employers[2 * p]
            plain_first, plain_last = fold(first).replace("-", ""), fold(last)
            number = rng.randint(1, 999)
            handles = [
                f"{plain_first}{plain_last}",
                f"{plain_first[0]}{plain_last}",
                f"{plain_first}-{plain_last}",
                f"{plain_last}{number}",
                f"{plain_first}{plain_last[:3]}{number}",
            ]
            base_handle = rng.choice(handles)
            email = rng.choice(
                [
                    f"{plain_first}.{plain_last}@{rng.choice(DOMAINS)}",
                    f"{plain_first[0]}{plain_last}{number}@{rng.choice(DOMAINS)}",
                ]
            )
            website = (
                rng.choice(
                    [
                        f"https://{plain_first}{plain_last}.dev/",
                        f"http://www.{plain_last}{number}.fr",
                        f"https://{plain_first[0]}{plain_last}.github.io/",
                        f"https://medium.com/@{plain_first}.{plain_last}",
                    ]
                )
                if rng.random() < 0.3
                else None
            )
            shorts = SHORT_FORMS.get(fold(first).replace("-", " "), [])
            own, role = skill_model.person() if skill_model else ([], [])
            for network in rng.sample(NETWORKS, min(count, n - len(out))):
                shown_first = first
                if shorts and rng.random() < 0.3:
                    shown_first = (
                        rng.choice(shorts).upper()
                        if len(shorts[0]) == 2
                        else (rng.choice(shorts).capitalize())
                    )
                shown_last = _typo(rng, last) if rng.random() < 0.05 else last
                if rng.random() < 0.1:
                    shown_first = fold(shown_first)  # accents dropped
                display = (
                    f"{shown_last.upper()} {shown_first}"
                    if rng.random() < 0.05
                    else f"{shown_first} {shown_last}"
                )
                out.ids.append(len(out))
                out.network.append(network)
                out.display_name.append(display)
                out.handle.append(base_handle if rng.random() < 0.7 else rng.choice(handles))
                roll = rng.random()
                out.city.append(
                    None if roll < 0.3 else (cities[2 * p + 1] if roll < 0.35 else city)
                )
                roll = rng.random()
                out.employer.append(
                    None if roll < 0.4 else (employers[2 * p + 1] if roll < 0.5 else employer)
                )
                out.email.append(email if rng.random() < 0.35 else None)
                out.website.append(website if website and rng.random() < 0.6 else None)
                out.person.append(person)
                if skill_model:
                    out.skills.append(skill_model.shown(network, own, role))
            person += 1
    return out


def normalise(
    identities: Identities, rows: Sequence[int], names_as_written: bool = True
) -> Records:
    """Normalise -> the engine's records: folded name parts, folded city and employer,
    normalised e-mail and handle; with ``names_as_written`` (since 2026-11-29, later)
    a surname one typo away from what the record's own handle, e-mail or website write
    takes that spelling, and a short first name the long form they write."""
    first, last, city, employer, email, handle, website = [], [], [], [], [], [], []
    for r in rows:
        tokens = name_tokens(identities.display_name[r])
        given = " ".join(tokens[:-1]) if len(tokens) > 1 else ""
        c, e, m = identities.city[r], identities.employer[r], identities.email[r]
        city.append(fold(c) if c else None)
        employer.append(fold(e) if e else None)
        email.append(normalise_email(m) if m else None)
        handle.append(normalise_handle(identities.handle[r]))
        site = identities.website[r]
        website.append(normalise_url(site) if site else None)
        surname = tokens[-1] if tokens else ""
        if names_as_written:
            written = [handle[-1], email[-1] or "", website[-1] or ""]
            surname = surname_as_written(surname, written)
            given = first_name_as_written(given, written)
        first.append(given)
        last.append(surname)
    skills = {"skills": [identities.skills[r] for r in rows]} if identities.skills else {}
    return Records(
        ids=[identities.ids[r] for r in rows],
        columns={
            "first": first,
            "last": last,
            "city": city,
            "employer": employer,
            "email": email,
            "handle": handle,
            "website": website,
            **skills,
        },
        sources=[identities.network[r] for r in rows],
    )


def settings(
    leave_one_out: bool = True,
    cross_field: bool = True,
    one_edit: bool = True,
    linkage: str = "mean_first",
    skills: bool = False,
    skill_shares: tuple[dict[str, float], float] | None = None,
    skill_none_split: bool = True,
    skill_affinity: dict[str, dict[str, float]] | None = None,
    handles_both_from_names: bool = True,
) -> EngineSettings:
    """Comparisons and blocking for person identities, fixed before any run;
    ``leave_one_out``: term frequencies without the record itself (since 2026-11-29);
    ``cross_field``: handle, e-mail and website compared across fields, for the numbers
    in them and the surname they spell, and blocking on the numbers (since 2026-11-29,
    later); ``one_edit``: a surname one typo away is a level of its own, above the
    Jaro-Winkler ones (since the afternoon of 2026-11-29); ``linkage``: the engine's
    (``mean_first`` since the evening of 2026-11-29, ``average`` before); ``skills``: the
    skill sets compared as the pool compares them (since late on 2026-11-29; the identities must
    have been generated with skills); ``skill_shares`` (``id_shares`` of the resolved
    records' skills, no labels): the skills compared by how rare the shared ones are
    (``SKILL_BITS``, since 2026-11-29, night) rather than how many, and with
    ``skill_none_split`` none shared between two identities showing several skills apart
    (``SKILL_NONE_SHARED_FROM``), and with ``skill_affinity`` (``id_affinity`` of the
    same skills) disjoint skills that records often show together apart
    (``SKILL_RELATED_BITS``); ``handles_both_from_names``: the handle level the pool has
    for two different handles each made from its record's names (since the night of
    2026-11-29)."""
    first = NameLevels("first", swapped_with="last", term_frequencies=True, short_forms=True)
    number = NumberLevels("numbers")
    across: tuple[Comparison, ...] = (
        (number, SpelledNameLevels("last_spelled")) if cross_field else ()
    )
    by_number = (block_on(first.canonical_column, number.numbers_column),) if cross_field else ()
    return EngineSettings(
        comparisons=(
            first,
            NameLevels(
                "last",
                swapped_with="first",
                use_nicknames=False,
                term_frequencies=True,
                one_edit=one_edit,
            ),
            ExactLevels("city", term_frequencies=True),
            StringLevels("employer", thresholds=(0.9,), term_frequencies=True),
            ExactLevels("email"),
            HandleLevels(
                "handle",
                term_frequencies=True,
                same_number=not cross_field,
                different_from_names=handles_both_from_names,
                either_surname=cross_field,
            ),
            ExactLevels("website", term_frequencies=True),
            *(
                (_skills_comparison(skill_shares, skill_none_split, skill_affinity),)
                if skills
                else ()
            ),
            *across,
        ),
        blocking_rules=(
            block_on("email"),
            block_on("handle"),
            block_on("website"),
            block_on(first.canonical_column, "last"),
            block_on("last", "city"),
            block_on(first.canonical_column, "employer"),
            # typos and ambiguous short forms (JP: Jean-Pierre or Jean-Paul?)
            block_on_affixes("last+first[:1]", ["last"], first=1),
            block_on_affixes("first~canonical+last[:6]", [first.canonical_column], last=6),
            block_on_affixes("first~canonical+last[-6:]", [first.canonical_column], last=-6),
            *by_number,
        ),
        max_block_size=200,
        match_weight_threshold=0.0,
        linkage=linkage,
        training=TrainingSettings(term_frequencies_leave_one_out=leave_one_out),
    )


def _skills_comparison(
    shares: tuple[dict[str, float], float] | None,
    none_split: bool = True,
    affinity: dict[str, dict[str, float]] | None = None,
) -> SetLevels:
    if shares is None:
        return SetLevels("skills", at_least=(3, 1))
    table, rare = shares
    return SetLevels(
        "skills",
        shares=table,
        bits_at_least=SKILL_BITS,
        rare_share=rare,
        none_shared_from=SKILL_NONE_SHARED_FROM if none_split else None,
        together=affinity,
        related_bits=SKILL_RELATED_BITS,
    )


def pairwise_scores(clusters: np.ndarray, people: np.ndarray) -> dict[str, float]:
    """Pairwise precision / recall / F1 of a clustering against the true people."""

    def pairs(counts: np.ndarray) -> int:
        return int((counts * (counts - 1) // 2).sum())

    predicted = pairs(np.unique(clusters, return_counts=True)[1])
    true = pairs(np.unique(people, return_counts=True)[1])
    cells = np.unique(np.stack([clusters, people], axis=1), axis=0, return_counts=True)[1]
    tp = pairs(cells)
    precision = tp / predicted if predicted else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "true_pairs": true,
        "predicted_pairs": predicted,
        "tp": tp,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _peak_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2  # KiB on Linux


def _scores(resolver: Resolver, identities: Identities, upto: int) -> dict[str, float]:
    ids = resolver.cluster_ids()
    clusters = np.array([ids[i] for i in identities.ids[:upto]], dtype=np.int64)
    return pairwise_scores(clusters, np.array(identities.person[:upto], dtype=np.int64))


def _comparable_pairs(sources: np.ndarray) -> int:
    """Pairs of records from different sources (the pairs the prior is a share of)."""
    n = len(sources)
    per_source = Counter(s for s in sources.tolist() if s)
    return (n * (n - 1) - sum(k * (k - 1) for k in per_source.values())) // 2


def person_of_row(store: object, rows: np.ndarray, people: np.ndarray) -> np.ndarray:
    """The true person of each row of the engine's store (-1 for rows not labelled)."""
    person = np.full(len(store), -1, dtype=np.int64)  # type: ignore[arg-type]
    person[rows] = people
    return person


def labelled_candidates(
    resolver: Resolver, person: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every labelled candidate pair of different sources: ``(levels, weights, match,
    left)``, the pairs' comparison levels, match weights and true labels."""
    model = resolver.model
    assert model is not None
    store, index = resolver._store, resolver._index
    codes = [np.zeros(0, dtype=np.int64)]
    for rule in index.rules:
        left, right = index.rule_pairs(rule.name)
        codes.append((left << 32) | right)
    unique = np.unique(np.concatenate(codes))
    left, right = unique >> 32, unique & 0xFFFFFFFF
    keep = (
        (store.sources[left] != store.sources[right]) & (person[left] >= 0) & (person[right] >= 0)
    )
    left, right = left[keep], right[keep]
    weights = np.empty(len(left), dtype=np.float64)
    levels = np.empty((len(left), len(model.comparisons)), dtype=np.int8)
    step = 500_000
    for k in range(0, len(left), step):
        a, b = left[k : k + step], right[k : k + step]
        levels[k : k + step] = store.levels(a, b)
        weights[k : k + step] = model.match_weights(
            levels[k : k + step], store.exact_values(model, a)
        )
    return levels, weights, person[left] == person[right], left


def best_f1_per_group(groups: np.ndarray, match: np.ndarray, true_pairs: int) -> float:
    """The best pairwise F1 of any rule that decides per group (all pairs of a group
    matched or none): groups taken purest first, the best prefix (``true_pairs``: every
    true pair, candidates or not, so missed candidates count against recall)."""
    _, inverse = np.unique(groups, return_inverse=True)
    inverse = inverse.ravel()
    size = np.bincount(inverse).astype(np.float64)
    hits = np.bincount(inverse, weights=match.astype(np.float64))
    order = np.argsort(-(hits / size), kind="stable")
    tp, predicted = np.cumsum(hits[order]), np.cumsum(size[order])
    return float((2 * tp / (predicted + true_pairs)).max())


def ceiling(resolver: Resolver, person: np.ndarray, true_pairs: int) -> None:
    """How far the comparison levels can go: the best pairwise F1 of a decision per
    level vector (every comparison's level), beside the engine's own pairwise decision
    (weight >= threshold) on the same candidate pairs (a diagnostic; reads labels)."""
    model = resolver.model
    assert model is not None
    levels, weights, match, _ = labelled_candidates(resolver, person)
    vectors = np.unique(levels, axis=0, return_inverse=True)[1].ravel()
    decided = weights >= model.match_weight_threshold
    tp = int((decided & match).sum())
    engine = 2 * tp / (int(decided.sum()) + true_pairs)
    # the level vector plus the weight to 1/4 bit: adds what term frequencies know
    with_tf = vectors.astype(np.int64) * 4096 + np.round(weights * 4).astype(np.int64) % 4096
    print(
        f"\nceiling over {len(match):,} candidate pairs ({int(match.sum()):,} true;"
        f" {true_pairs:,} true pairs in all), {vectors.max() + 1:,} level vectors:"
        "\n  best F1 deciding per level vector"
        f" {best_f1_per_group(vectors, match, true_pairs):.4f};"
        f" per level vector and weight to 1/4 bit"
        f" {best_f1_per_group(with_tf, match, true_pairs):.4f};"
        f" the engine's pairwise decision (weight >= {model.match_weight_threshold})"
        f" {engine:.4f}"
    )


def calibration(resolver: Resolver, person: np.ndarray) -> None:
    """Match weights against the labels over every candidate pair, band by band: the
    share of true matches beside the probability the weight stands for (a diagnostic)."""
    _, weights, match, _ = labelled_candidates(resolver, person)
    print(f"\ncalibration over {len(match):,} candidate pairs (true matches {int(match.sum()):,}):")
    print("  band            pairs    true share  P(match) of the band's mean weight")
    edges = (-np.inf, -10, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10, np.inf)
    for lo, hi in itertools.pairwise(edges):
        band = (weights >= lo) & (weights < hi)
        if not band.any():
            continue
        mean = float(weights[band].mean())
        print(
            f"  [{lo:>5}, {hi:>5}) {int(band.sum()):>10,}    {float(match[band].mean()):.3f}"
            f"       {1 / (1 + 2**-mean):.3f}"
        )


def analyse(resolver: Resolver, identities: Identities, upto: int, sample: int = 6) -> None:
    """Where the pairwise F1 is lost (a diagnostic that reads the labels; nothing in the
    engine or its settings is tuned on it): false and missed pairs by cause, and the
    commonest comparison patterns of each."""
    model = resolver.model
    assert model is not None
    store = resolver._store  # a diagnostic of the engine's own state
    ids = resolver.cluster_ids()
    row_of = store.row_of
    clusters = np.array([ids[i] for i in identities.ids[:upto]], dtype=np.int64)
    people = np.array(identities.person[:upto], dtype=np.int64)
    rows = np.array([row_of[i] for i in identities.ids[:upto]], dtype=np.int64)

    def grouped_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        order = np.argsort(keys, kind="stable")
        _, starts, sizes = np.unique(keys[order], return_index=True, return_counts=True)
        left, right = pairs_within_groups(rows[order], starts, sizes)
        return left, right

    names = model.comparisons
    # The prior against the labels: the engine's expected matches (and its prior) beside
    # the true pairs and the true pairs that blocking made candidates
    true_left, true_right = grouped_pairs(people)
    true_candidates = int(resolver._index.supported(true_left, true_right).sum())
    training = model.training
    comparable = _comparable_pairs(store.sources[rows])
    expected = float(training.get("expected_matches", 0.0))  # type: ignore[arg-type]
    candidate_pairs = int(training.get("candidate_pairs", 0))  # type: ignore[call-overload]
    print(
        f"\nprior: expected matches {expected:,.0f} (prior weight {model.prior_weight:.2f});"
        f" true pairs {len(true_left):,} (prior weight"
        f" {math.log2(len(true_left) / max(comparable - len(true_left), 1)):.2f}),"
        f" of them candidates {true_candidates:,}"
        f" ({true_candidates / max(len(true_left), 1):.4f});"
        f" true share of matches among the {candidate_pairs:,} candidate pairs"
        f" {true_candidates / max(candidate_pairs, 1):.4f}"
        f" (EM over all candidates:"
        f" {float(training.get('share_of_matches_among_candidates', 0.0)):.4f})"  # type: ignore[arg-type]
    )
    calibration(resolver, person_of_row(store, rows, people))
    for label, (left, right) in (
        ("false pairs (same cluster, different people)", grouped_pairs(clusters)),
        ("missed pairs (same person, different clusters)", grouped_pairs(people)),
    ):
        person_of = np.empty(len(store), dtype=np.int64)
        person_of[rows] = people
        cluster_of = np.empty(len(store), dtype=np.int64)
        cluster_of[rows] = clusters
        if label.startswith("false"):
            wrong = person_of[left] != person_of[right]
        else:
            wrong = cluster_of[left] != cluster_of[right]
        left, right = left[wrong], right[wrong]
        levels = store.levels(left, right)
        weights = model.match_weights(levels, store.exact_values(model, left))
        candidate = resolver._index.supported(left, right)
        print(f"\n{label}: {len(left):,}")
        limit = resolver.settings.cannot_link_weight
        bands = {
            "weight >= 0": weights >= 0,
            f"{limit} <= weight < 0": (weights < 0) & (weights >= (limit or -1e9)),
            f"weight < {limit}": weights < (limit or -1e9),
        }
        for band, mask in bands.items():
            print(
                f"  {band:<22} {int(mask.sum()):>8,}"
                f"  (candidates {int((mask & candidate).sum()):,})"
            )
        patterns = Counter(
            tuple(
                "-" if code == -1 else model.level_names[c][code][:7] for c, code in enumerate(row)
            )
            for row in levels.tolist()
        )
        print("  commonest level patterns (" + ", ".join(names) + "):")
        for pattern, count in patterns.most_common(12):
            print(f"    {count:>7,}  {' '.join(f'{p:<7}' for p in pattern)}")
        for k in range(min(sample, len(left))):
            a, b = int(left[k * len(left) // sample]), int(right[k * len(left) // sample])
            values = [
                f"{n}={store.columns[n][a]!r}/{store.columns[n][b]!r}"
                for n in ("first", "last", "city", "employer", "handle")
            ]
            w = float(
                model.match_weights(
                    store.levels(np.array([a]), np.array([b])),
                    store.exact_values(model, np.array([a])),
                )[0]
            )
            print(f"    e.g. w={w:.1f} {store.sources[a]}/{store.sources[b]} " + " ".join(values))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="identities to resolve")
    parser.add_argument("--batch", type=int, default=10_000, help="identities added after")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--analyse",
        action="store_true",
        help="after resolving, break the false and missed pairs down by cause (reads labels)",
    )
    parser.add_argument(
        "--ceiling",
        action="store_true",
        help="after resolving, the best F1 a decision per level vector could reach (reads labels)",
    )
    parser.add_argument(
        "--without-cross-field",
        action="store_true",
        help="no cross-field evidence (numbers, spelled surnames): the settings before",
    )
    parser.add_argument(
        "--without-one-edit",
        action="store_true",
        help="no one_edit level for surnames: the settings before the afternoon of 2026-11-29",
    )
    parser.add_argument(
        "--linkage",
        choices=LINKAGES,
        default="mean_first",
        help="how clusters are joined (average: edges strongest first, the setting before"
        " the evening of 2026-11-29)",
    )
    parser.add_argument(
        "--without-skills",
        action="store_true",
        help="identities without skills and no skills comparison (the benchmark before"
        " late on 2026-11-29; every other field is the same)",
    )
    parser.add_argument(
        "--skills-by-count",
        action="store_true",
        help="skills compared by how many are shared (the setting before the night of"
        " 2026-11-29), not by how rare they are",
    )
    parser.add_argument(
        "--skills-without-none-split",
        action="store_true",
        help="skills by rarity, but one 'none shared' level whatever the sizes",
    )
    parser.add_argument(
        "--skills-without-affinity",
        action="store_true",
        help="skills by rarity, without the level for disjoint skills that go together",
    )
    parser.add_argument(
        "--handles-without-both-from-names",
        action="store_true",
        help="no handle level for two different handles both made from the names (the"
        " pool has it; the benchmark since the night of 2026-11-29)",
    )
    parser.add_argument(
        "--tf-with-self",
        action="store_true",
        help="term frequencies counting the record itself (the behaviour before 2026-11-29)",
    )
    args = parser.parse_args()
    print(
        f"python {platform.python_version()}, numpy {version('numpy')}, "
        f"rapidfuzz {version('rapidfuzz')}; n={args.n:,} + batch={args.batch:,}, seed={args.seed}"
    )
    t0 = time.perf_counter()
    identities = generate(args.n + args.batch, args.seed, skills=not args.without_skills)
    # the last batch arrives later: identities of people already seen and of new people
    order = list(range(len(identities)))
    random.Random(args.seed + 1).shuffle(order)
    keep = sorted(order[: args.n])
    later = sorted(order[args.n :])
    identities = _reorder(identities, keep + later)
    as_written = not args.without_cross_field
    first_records = normalise(identities, range(args.n), as_written)
    later_records = normalise(identities, range(args.n, args.n + args.batch), as_written)
    people = len(set(identities.person))
    print(
        f"generated {len(identities):,} identities of {people:,} people "
        f"and normalised them in {time.perf_counter() - t0:.1f}s"
    )

    t1 = time.perf_counter()
    resolver, model, result = resolve(
        first_records,
        settings(
            not args.tf_with_self,
            cross_field=not args.without_cross_field,
            one_edit=not args.without_one_edit,
            linkage=args.linkage,
            skills=not args.without_skills,
            skill_shares=None
            if args.without_skills or args.skills_by_count
            else id_shares(first_records.columns["skills"]),
            skill_none_split=not args.skills_without_none_split,
            skill_affinity=None
            if args.without_skills or args.skills_by_count or args.skills_without_affinity
            else id_affinity(first_records.columns["skills"]),
            handles_both_from_names=not args.handles_without_both_from_names,
        ),
    )
    resolve_secs = time.perf_counter() - t1
    print(f"\nresolve {args.n:,} identities (fit + block + compare + cluster): {resolve_secs:.1f}s")
    print(f"  fit {model.training['seconds']}s; steps {result.seconds}")
    print(
        f"  candidate pairs {result.candidate_pairs:,}, edges {result.edges_added:,}, "
        f"prior weight {model.prior_weight:.2f}"
    )
    weights = dict(zip(model.comparisons, model.level_weights(), strict=True))
    for name in ("first", "last", "handle", "numbers", "last_spelled", "skills"):
        if name not in model.comparisons:
            continue
        levels = model.level_names[model.comparisons.index(name)]
        shown = ", ".join(f"{n} {w:+.1f}" for n, w in zip(levels, weights[name], strict=False))
        print(f"  {name} level weights (bits, before term frequencies): {shown}")
    for rule, report in result.blocking.items():
        print(f"  block {rule:<20} {report}")
    s = _scores(resolver, identities, args.n)
    print(
        f"  pairwise precision {s['precision']:.4f} recall {s['recall']:.4f} "
        f"F1 {s['f1']:.4f} ({s['true_pairs']:,} true pairs)"
    )
    if args.analyse:
        analyse(resolver, identities, args.n)
    if args.ceiling:
        row_of = resolver._store.row_of
        rows = np.array([row_of[i] for i in identities.ids[: args.n]], dtype=np.int64)
        people = np.array(identities.person[: args.n], dtype=np.int64)
        ceiling(resolver, person_of_row(resolver._store, rows, people), int(s["true_pairs"]))

    t2 = time.perf_counter()
    added = resolver.add(later_records)
    add_secs = time.perf_counter() - t2
    print(f"\nadd {args.batch:,} new identities to the resolved set: {add_secs:.2f}s")
    print(
        f"  steps {added.seconds}; candidate pairs {added.candidate_pairs:,}, "
        f"edges {added.edges_added:,}, records re-clustered {added.records_reclustered:,}, "
        f"new clusters {len(added.new_cluster_ids):,}, merges {len(added.merged):,}"
    )
    s = _scores(resolver, identities, len(identities))
    print(
        f"  pairwise precision {s['precision']:.4f} recall {s['recall']:.4f} "
        f"F1 {s['f1']:.4f} ({s['true_pairs']:,} true pairs)"
    )
    print(f"\npeak memory (ru_maxrss, whole process): {_peak_gib():.2f} GiB")
    print(f"total wall time {time.perf_counter() - t0:.1f}s")


def _reorder(identities: Identities, rows: list[int]) -> Identities:
    """The same identities in the order ``rows``, renumbered 0..n-1 in that order."""
    return Identities(
        ids=list(range(len(rows))),
        network=[identities.network[r] for r in rows],
        display_name=[identities.display_name[r] for r in rows],
        handle=[identities.handle[r] for r in rows],
        city=[identities.city[r] for r in rows],
        employer=[identities.employer[r] for r in rows],
        email=[identities.email[r] for r in rows],
        website=[identities.website[r] for r in rows],
        person=[identities.person[r] for r in rows],
        skills=[identities.skills[r] for r in rows] if identities.skills else [],
    )


if __name__ == "__main__":
    main()
