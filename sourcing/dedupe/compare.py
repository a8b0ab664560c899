"""Comparing two identities field by field, at ordered levels (Splink's vocabulary:
exact, Jaro-Winkler >= t1, >= t2, else), into a score with its evidence."""

from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from sourcing.dedupe.normalise import first_name_forms, name_tokens, normalise_handle


@dataclass(frozen=True)
class DedupeConfig:
    """Thresholds and level weights, recorded with every decision they produce."""

    match_threshold: float = 0.80
    review_threshold: float = 0.60
    name_jw_high: float = 0.94
    name_jw_low: float = 0.88
    # With a model fitted on the pool (``pool_model``), in match-weight bits: a pair
    # from this weight up to the model's threshold (0, probability 0.5) goes to review;
    # a pair under ``cannot_link_weight`` is never put in one cluster through others.
    review_match_weight: float = -4.0
    cannot_link_weight: float = -10.0
    weights: dict[str, float] = field(
        default_factory=lambda: {
            "name_exact": 0.50,
            "name_jw_high": 0.40,
            "name_jw_low": 0.25,
            "name_initial": 0.30,
            "name_else": -0.40,
            "city_same": 0.20,
            "city_different": -0.30,
            "skills_2plus": 0.20,
            "skills_1": 0.10,
            "skills_none": -0.15,
            "school_shared": 0.15,
            "employer_shared": 0.10,
            "handle_similar": 0.15,
        }
    )

    def as_dict(self) -> dict[str, object]:
        return {
            "match_threshold": self.match_threshold,
            "review_threshold": self.review_threshold,
            "name_jw_high": self.name_jw_high,
            "name_jw_low": self.name_jw_low,
            "review_match_weight": self.review_match_weight,
            "cannot_link_weight": self.cannot_link_weight,
            "weights": dict(self.weights),
        }


@dataclass(frozen=True)
class PersonRecord:
    """What dedupe knows of one identity."""

    identity_id: int
    source: str
    name: str
    handle: str
    city: str | None
    skills: frozenset[str]
    schools: frozenset[str]
    employers: frozenset[str]


@dataclass(frozen=True)
class Comparison:
    score: float
    levels: dict[str, str]

    def evidence(self) -> dict[str, object]:
        return {"score": round(self.score, 4), "levels": self.levels}


def _first_names_compatible(a: str, b: str) -> bool:
    forms_a, forms_b = first_name_forms(a), first_name_forms(b)
    return bool(forms_a & forms_b)


def name_level(a: str, b: str, config: DedupeConfig) -> str:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return "missing"
    first_ok = (
        _first_names_compatible(ta[0], tb[0])
        or (
            # "JB Morel" vs "Jean-Baptiste Morel": initials of a compound first name
            len(ta[0]) == 2 and len(tb) > 2 and ta[0] == tb[0][0] + tb[1][0]
        )
        or (len(tb[0]) == 2 and len(ta) > 2 and tb[0] == ta[0][0] + ta[1][0])
    )
    last_a, last_b = ta[-1], tb[-1]
    if first_ok and last_a == last_b:
        return "exact"
    if (
        first_ok
        and len(ta) > 1
        and len(tb) > 1
        and (
            (len(last_a) == 1 and last_b.startswith(last_a))
            or (len(last_b) == 1 and last_a.startswith(last_b))
        )
    ):
        return "initial"
    similarity = JaroWinkler.normalized_similarity(" ".join(ta), " ".join(tb))
    if first_ok:
        similarity = max(similarity, JaroWinkler.normalized_similarity(last_a, last_b))
    if similarity >= config.name_jw_high:
        return "jw_high"
    if similarity >= config.name_jw_low:
        return "jw_low"
    return "else"


def compare(a: PersonRecord, b: PersonRecord, config: DedupeConfig) -> Comparison:
    """Score how likely two identities are one person, with the level of each field."""
    w = config.weights
    levels: dict[str, str] = {}
    score = 0.0

    levels["name"] = name_level(a.name or a.handle, b.name or b.handle, config)
    score += {
        "exact": w["name_exact"],
        "jw_high": w["name_jw_high"],
        "jw_low": w["name_jw_low"],
        "initial": w["name_initial"],
        "else": w["name_else"],
        "missing": 0.0,
    }[levels["name"]]

    if a.city and b.city:
        levels["city"] = "same" if a.city == b.city else "different"
        score += w["city_same"] if a.city == b.city else w["city_different"]
    else:
        levels["city"] = "missing"

    shared_skills = a.skills & b.skills
    if a.skills and b.skills:
        if len(shared_skills) >= 2:
            levels["skills"], score = f"{len(shared_skills)} shared", score + w["skills_2plus"]
        elif shared_skills:
            levels["skills"], score = "1 shared", score + w["skills_1"]
        elif len(a.skills) >= 3 and len(b.skills) >= 3:
            levels["skills"], score = "none shared", score + w["skills_none"]
        else:
            levels["skills"] = "none shared (few)"
    else:
        levels["skills"] = "missing"

    if a.schools & b.schools:
        levels["school"] = "shared"
        score += w["school_shared"]
    if a.employers & b.employers:
        levels["employer"] = "shared"
        score += w["employer_shared"]

    ha, hb = normalise_handle(a.handle), normalise_handle(b.handle)
    if ha and hb and len(ha) >= 4 and JaroWinkler.normalized_similarity(ha, hb) >= 0.92:
        levels["handle"] = "similar"
        score += w["handle_similar"]

    # Rounded: 0.5 + 0.2 + 0.1 must reach a 0.8 threshold despite binary fractions.
    return Comparison(score=round(max(0.0, min(1.0, score)), 6), levels=levels)
