"""Match weights learned from the pool itself (Fellegi-Sunter, EM, no labels): stored
with their training, used for every fuzzy pair, recorded in each merge's evidence."""

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.schemas import ParsedProfile, RawProfile, SkillMention
from models.tables import AuditEvent, Identity, IdentityKey, MatchLink, MatchModel, ReviewPair
from sourcing import pool
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.levels import ExactLevels, HandleLevels
from sourcing.dedupe.pool_model import (
    MIN_IDENTITIES_TO_FIT,
    SETTINGS_2026_11_28,
    SETTINGS_2026_11_29,
    SETTINGS_2026_11_29_CROSS_FIELD,
    SETTINGS_2026_11_29_ONE_EDIT,
    SKILL_TABLES_KEY,
    NotEnoughData,
    PoolModel,
    current_model,
    fit_pool_model,
    is_outdated,
    pool_settings,
)
from sourcing.parsing.pipeline import ProfileParser
from tests.test_pool import github, stackexchange

TRUTH = json.loads((Path(__file__).parent / "fixtures" / "sample_truth.json").read_text("utf-8"))
# A model fitted on the sample network by the code of 2026-11-28 (handles compared
# exactly, no short-form level), as ``match_model`` stored it.
MODEL_2026_11_28 = json.loads(
    (Path(__file__).parent / "fixtures" / "match_model_2026-11-28.json").read_text("utf-8")
)
# A model fitted on the sample network by the code of 2026-11-29 before the cross-field
# evidence (the handle's own number level, no e-mail or site column).
MODEL_2026_11_29 = json.loads(
    (Path(__file__).parent / "fixtures" / "match_model_2026-11-29.json").read_text("utf-8")
)
# A model fitted on the sample network by the code of 2026-11-29 with the cross-field
# evidence, before the surnames' one-typo level.
MODEL_2026_11_29_CROSS_FIELD = json.loads(
    (Path(__file__).parent / "fixtures" / "match_model_2026-11-29-cross-field.json").read_text(
        "utf-8"
    )
)
# A model fitted on the sample network by the code of 2026-11-29 with the one-typo level,
# before the skills' rarity levels (skills compared by how many are shared).
MODEL_2026_11_29_ONE_EDIT = json.loads(
    (Path(__file__).parent / "fixtures" / "match_model_2026-11-29-one-edit.json").read_text("utf-8")
)
PERSON = {
    (i["source"], i["external_id"]): p["person_id"]
    for p in TRUTH["people"]
    for i in p["identities"]
}


def partition(session: Session) -> dict[int, set[str]]:
    people: dict[int, set[str]] = defaultdict(set)
    for identity in session.scalars(select(Identity)):
        assert identity.candidate_id is not None
        people[identity.candidate_id].add(PERSON[(identity.source, identity.external_id)])
    return people


def test_a_fitted_model_is_stored_with_its_weights_and_training(sample_pool: Session) -> None:
    row = fit_pool_model(sample_pool, actor="test")
    sample_pool.commit()
    stored = sample_pool.scalar(select(MatchModel))
    assert stored is not None and stored.id == row.id
    assert stored.identities == sample_pool.query(Identity).count()
    comparisons = stored.model["comparisons"]
    assert set(comparisons) == {
        *("first", "last", "city", "handle", "skills", "schools", "employers"),
        *("numbers", "last_spelled"),
    }
    # Learned, not preset: agreeing on a name or a city is evidence for, disagreeing against.
    for name in ("first", "last", "city"):
        assert comparisons[name]["exact"]["weight"] > 0 > comparisons[name]["else"]["weight"]
    assert 0 < stored.model["prior"] < 0.5
    assert [s["rule"] for s in stored.model["training"]["em_sessions"]] == [
        "last",
        "first~canonical+city",
        "handle",
        "first~canonical+handle~numbers",
    ]
    audit = sample_pool.scalar(select(AuditEvent).where(AuditEvent.action == "fit-model"))
    assert audit is not None and audit.actor == "test" and audit.subject == f"match_model:{row.id}"


def test_the_pool_resolved_with_the_fitted_model_still_finds_each_person(
    sample_pool: Session,
) -> None:
    report = pool.refit(sample_pool, DedupeConfig())
    sample_pool.commit()
    assert report.fitted and report.candidates_after == len(TRUTH["people"])
    people = partition(sample_pool)
    assert all(len(p) == 1 for p in people.values())
    assert len(people) == len(TRUTH["people"])
    links = sample_pool.scalars(select(MatchLink).where(MatchLink.rule == "model")).all()
    assert links, "no merge was decided by the model"
    evidence = links[0].evidence
    assert evidence["model"] == report.model_id
    assert evidence["match_weight"] >= 0 and 0.5 <= evidence["score"] <= 1
    assert evidence["levels"]  # per-field level and weight, for `vivier pool explain`


def test_refit_waits_until_the_pool_has_grown(sample_pool: Session) -> None:
    first = pool.refit(sample_pool, DedupeConfig())
    again = pool.refit(sample_pool, DedupeConfig())
    assert first.fitted and not again.fitted
    assert again.model_id == first.model_id and "growth" in again.reason
    assert sample_pool.query(MatchModel).count() == 1


def test_a_pool_too_small_to_learn_from_keeps_the_preset_weights(
    session: Session, parser: ProfileParser
) -> None:
    pool.ingest(
        session,
        [
            github("mlefevre", 1, "Marie Lefèvre", "Python, Django, PostgreSQL", "Lyon"),
            stackexchange(7, "Marie Lefevre", "<p>Python, Django, PostgreSQL</p>", "Lyon"),
        ],
        parser,
    )
    with pytest.raises(NotEnoughData, match=f"at least {MIN_IDENTITIES_TO_FIT}"):
        fit_pool_model(session)
    assert current_model(session) is None
    assert {link.rule for link in session.scalars(select(MatchLink))} == {"fuzzy"}


def test_the_model_weighs_more_agreement_higher(
    sample_pool: Session, parser: ProfileParser
) -> None:
    fit_pool_model(sample_pool)
    sample_pool.commit()
    model = current_model(sample_pool)
    assert model is not None
    pool.ingest(
        sample_pool,
        [
            github("zoe-quint", 900001, "Zoé Quintard", "Rust, Go, Kubernetes", "Nantes"),
            stackexchange(900002, "Zoe Quintard", "<p>Rust, Go, Kubernetes</p>", "Nantes"),
            stackexchange(900003, "Zoe Quintard", "<p>Excel, comptabilité</p>", "Lille"),
        ],
        parser,
    )
    by_external = {i.external_id: i for i in sample_pool.scalars(select(Identity))}
    a, same, other = by_external["900001"], by_external["900002"], by_external["900003"]
    (w_same, why_same), (w_other, _) = model.score(
        [a, same, other], [(a.id, same.id), (a.id, other.id)]
    )
    assert w_same >= 0 and w_same > w_other + 5
    assert "city" in why_same["levels"] and why_same["levels"]["city"].startswith("exact")


def test_no_agreeing_level_weighs_less_than_disagreeing(sample_pool: Session) -> None:
    """On the sample network (about a hundred matches) EM left m near zero for levels
    its matches never showed: a handle with the same number weighed -18 bits, first
    names at Jaro-Winkler 0.92 -19 bits, far below two unrelated handles or names."""
    row = fit_pool_model(sample_pool)
    for name, levels in row.model["comparisons"].items():
        weights = [level["weight"] for level in levels.values()]
        # the skills disagree at each of their "none shared" levels
        disagreeing = [v["weight"] for k, v in levels.items() if k.startswith("none shared")]
        agreeing = weights[: len(weights) - len(disagreeing)] if disagreeing else weights[:-1]
        assert min(agreeing) > max(disagreeing or weights[-1:]), (name, weights)
        assert min(weights) > -12, (name, weights)


def test_reviews_the_new_model_settles_leave_the_queue(sample_pool: Session) -> None:
    def pending() -> list[ReviewPair]:
        return list(sample_pool.scalars(select(ReviewPair).where(ReviewPair.status == "pending")))

    assert any("model" not in p.evidence for p in pending()), "the preset queued nothing"
    pool.refit(sample_pool, DedupeConfig(), force=True)
    sample_pool.commit()
    candidate_of = dict(
        sample_pool.execute(select(Identity.id, Identity.candidate_id)).tuples().all()
    )
    queue = pending()
    assert queue and all(p.evidence.get("model") for p in queue)
    assert all(candidate_of[p.identity_a_id] != candidate_of[p.identity_b_id] for p in queue)
    assert all(-4.0 <= p.evidence["match_weight"] < 0 for p in queue)


def mastodon(acct: str, name: str, note: str = "") -> RawProfile:
    user, host = acct.split("@")
    return RawProfile(
        source="mastodon",
        external_id=acct,
        handle="@" + acct,
        url=f"https://{host}/@{user}",
        payload={
            "acct": acct,
            "display_name": name,
            "url": f"https://{host}/@{user}",
            "note": note,
        },
    )


def identities_of(session: Session, profiles: list[RawProfile]) -> list[Identity]:
    return [
        session.scalars(
            select(Identity).where(
                Identity.source == p.source, Identity.external_id == p.external_id
            )
        ).one()
        for p in profiles
    ]


def test_a_new_model_judges_handles_given_the_names_and_short_first_names(
    sample_pool: Session,
) -> None:
    fit_pool_model(sample_pool)
    sample_pool.commit()
    stored = sample_pool.scalars(select(MatchModel)).one()
    handle = stored.model["comparisons"]["handle"]
    # numbers are weighed across handle, e-mail and site by the numbers comparison
    assert list(handle) == ["exact", "exact_from_names", "both_from_names", "else"]
    assert list(stored.model["comparisons"]["numbers"]) == ["same_number", "different_numbers"]
    assert "short_form" in stored.model["comparisons"]["first"]
    assert stored.settings["training"]["term_frequencies_leave_one_out"] is True
    # the u of the handle levels made from the names is measured among namesake pairs
    conditional = stored.model["training"]["conditional_u"]["handle"]
    assert conditional["given"] == ["first", "last"] and conditional["pairs"] > 0
    assert set(conditional["u"]) == {"exact_from_names", "both_from_names"}
    # namesakes make the same handle from their names: it says less than another one
    assert handle["exact_from_names"]["weight"] < handle["exact"]["weight"]


def fitted_levels(
    session: Session,
    parser: ProfileParser,
    profiles: list[RawProfile],
    pairs: list[tuple[int, int]],
    field: str,
) -> list[str]:
    """The level of ``field`` in each pair of ``profiles`` (by position), weighed by a
    model fitted on the sample network, the profiles ingested after the fit."""
    fit_pool_model(session)
    session.commit()
    pool.ingest(session, profiles, parser)
    identities = identities_of(session, profiles)
    model = current_model(session)
    assert model is not None
    scored = model.score(identities, [(identities[a].id, identities[b].id) for a, b in pairs])
    return [why["levels"][field].split(" ")[0] for _, why in scored]


def test_handles_made_from_the_names_count_with_the_names_not_as_unrelated(
    sample_pool: Session, parser: ProfileParser
) -> None:
    profiles = [
        github("jdupont", 900001, "Jean Dupont", "Rust, Go", "Nantes"),
        mastodon("jeandupont@piaille.fr", "Jean Dupont"),
        stackexchange(900003, "Jean Dupont", "<p>Rust, Go</p>", "Nantes"),
        mastodon("rustacean@piaille.fr", "Jean Dupont"),
    ]
    levels = fitted_levels(
        sample_pool, parser, profiles, [(0, 1), (0, 2), (1, 2), (0, 3)], "handle"
    )
    assert levels == ["both_from_names", "both_from_names", "exact_from_names", "else"]


def stored_model_in_use(
    sample_pool: Session, caplog: pytest.LogCaptureFixture, stored: dict[str, Any], day: str
) -> tuple[MatchModel, PoolModel]:
    """Store a model fitted with older settings: it is the one in use, with a warning
    naming its settings, and it weighs pairs."""
    sample_pool.add(MatchModel(**stored))
    sample_pool.commit()
    old = sample_pool.scalars(select(MatchModel)).one()
    caplog.set_level(logging.WARNING, logger="sourcing.dedupe.pool_model")
    model = current_model(sample_pool)
    assert model is not None and model.id == old.id
    assert f"match model {old.id} was fitted with the pool settings of {day}" in caplog.text
    a, b = sample_pool.scalars(select(Identity).order_by(Identity.id).limit(2))
    [(weight, why)] = model.score([a, b], [(a.id, b.id)])
    assert why["model"] == old.id and weight == pytest.approx(why["match_weight"], abs=1e-3)
    return old, model


def test_a_model_stored_before_handle_levels_still_weighs_pairs_until_refit(
    sample_pool: Session, caplog: pytest.LogCaptureFixture
) -> None:
    old, model = stored_model_in_use(sample_pool, caplog, MODEL_2026_11_28, "2026-11-28")
    assert model.settings == pool_settings(SETTINGS_2026_11_28)
    assert isinstance(model.settings.comparisons[3], ExactLevels)
    # the nightly refit replaces it without waiting for the pool to grow
    assert is_outdated(old)
    report = pool.refit(sample_pool, DedupeConfig())
    assert report.fitted and report.model_id != old.id
    new = current_model(sample_pool)
    assert new is not None and isinstance(new.settings.comparisons[3], HandleLevels)
    assert not is_outdated(sample_pool.get(MatchModel, report.model_id))  # type: ignore[arg-type]


def test_a_model_stored_before_the_cross_field_evidence_still_weighs_pairs_until_refit(
    sample_pool: Session, caplog: pytest.LogCaptureFixture
) -> None:
    old, model = stored_model_in_use(sample_pool, caplog, MODEL_2026_11_29, "2026-11-29")
    assert model.settings == pool_settings(SETTINGS_2026_11_29)
    assert "numbers" not in [c.name for c in model.settings.comparisons]
    assert is_outdated(old)
    # a pool indexed before the new blocking key: the refit stores it for every identity
    sample_pool.execute(delete(IdentityKey).where(IdentityKey.kind == "first_number"))
    sample_pool.commit()
    report = pool.refit(sample_pool, DedupeConfig())
    assert report.fitted and report.candidates_after == len(TRUTH["people"])
    new = current_model(sample_pool)
    assert new is not None and "numbers" in [c.name for c in new.settings.comparisons]
    assert not is_outdated(sample_pool.get(MatchModel, report.model_id))  # type: ignore[arg-type]
    indexed = sample_pool.scalar(
        select(func.count()).select_from(IdentityKey).where(IdentityKey.kind == "first_number")
    )
    assert indexed


def test_a_model_stored_before_the_one_typo_level_still_weighs_pairs_until_refit(
    sample_pool: Session, caplog: pytest.LogCaptureFixture
) -> None:
    old, model = stored_model_in_use(
        sample_pool, caplog, MODEL_2026_11_29_CROSS_FIELD, "2026-11-29-cross-field"
    )
    assert model.settings == pool_settings(SETTINGS_2026_11_29_CROSS_FIELD)
    last = model.settings.comparisons[1]
    assert last.name == "last" and "one_edit" not in last.level_names
    assert is_outdated(old)
    report = pool.refit(sample_pool, DedupeConfig())
    assert report.fitted and report.candidates_after == len(TRUTH["people"])
    new = current_model(sample_pool)
    assert new is not None and "one_edit" in new.settings.comparisons[1].level_names
    assert not is_outdated(sample_pool.get(MatchModel, report.model_id))  # type: ignore[arg-type]


def test_a_model_stored_before_the_skills_rarity_still_weighs_pairs_until_refit(
    sample_pool: Session, caplog: pytest.LogCaptureFixture
) -> None:
    old, model = stored_model_in_use(
        sample_pool, caplog, MODEL_2026_11_29_ONE_EDIT, "2026-11-29-one-edit"
    )
    assert model.settings == pool_settings(SETTINGS_2026_11_29_ONE_EDIT)
    skills = model.settings.comparisons[4]
    assert skills.name == "skills"
    assert skills.level_names == ("3+ shared", "1+ shared", "none shared")
    assert is_outdated(old)
    report = pool.refit(sample_pool, DedupeConfig())
    sample_pool.commit()
    assert report.fitted and report.candidates_after == len(TRUTH["people"])
    new = current_model(sample_pool)
    assert new is not None and "none shared, related" in new.settings.comparisons[4].level_names
    stored = sample_pool.get(MatchModel, report.model_id)
    assert stored is not None and not is_outdated(stored)
    assert stored.model[SKILL_TABLES_KEY]["shares"]
    # the evidence of the merges, which `vivier pool explain` prints, names the new levels
    said = {
        link.evidence["levels"]["skills"].split(" (")[0]
        for link in sample_pool.scalars(select(MatchLink).where(MatchLink.rule == "model"))
        if "skills" in link.evidence["levels"]
    }
    assert said and said <= set(new.settings.comparisons[4].level_names)


def with_skills(identity_id: int, name: str, skills: list[str]) -> Identity:
    parsed = ParsedProfile(name=name, skills=[SkillMention(id=s, label=s) for s in skills])
    return Identity(
        id=identity_id,
        source="stackexchange",
        external_id=str(identity_id),
        handle=None,
        url=f"https://stackoverflow.com/users/{identity_id}/x",
        display_name=name,
        content_hash="h",
        parsed=parsed.model_dump(mode="json"),
    )


def test_a_shared_rare_skill_weighs_more_than_a_shared_common_one(sample_pool: Session) -> None:
    row = fit_pool_model(sample_pool)
    sample_pool.commit()
    # the tables are counted on the pool's identities when fitted and stored with the model
    tables = row.model[SKILL_TABLES_KEY]
    shares: dict[str, float] = tables["shares"]
    assert shares and all(0 < share <= 1 for share in shares.values())
    assert tables["together"] and 0 < tables["rare_share"] < min(shares.values()) + 1e-12
    by_share = sorted(shares, key=lambda k: (shares[k], k))
    rare, common = by_share[:2], by_share[-2:]
    assert sum(shares[k] for k in rare) < sum(shares[k] for k in common)
    # read back from the stored row, not kept from the fit
    model = current_model(sample_pool)
    assert model is not None and model.id == row.id
    identities = [
        with_skills(900001, "Zoé Quintard", rare),
        with_skills(900002, "Zoe Quintard", rare),
        with_skills(900003, "Zoé Quintard", common),
        with_skills(900004, "Zoe Quintard", common),
    ]
    (w_rare, why_rare), (w_common, why_common) = model.score(
        identities, [(900001, 900002), (900003, 900004)]
    )
    levels = list(model.settings.comparisons[4].level_names)
    rare_level = why_rare["levels"]["skills"].split(" (")[0]
    common_level = why_common["levels"]["skills"].split(" (")[0]
    assert levels.index(rare_level) < levels.index(common_level)
    assert rare_level.endswith("bits shared")
    assert w_rare > w_common


def test_a_number_seen_twice_weighs_for_a_match_and_another_number_against_it(
    sample_pool: Session, parser: ProfileParser
) -> None:
    """Three Marie Quintavalle on three networks: the GitHub handle's number reappears in
    a Stack Exchange e-mail (one person); the Mastodon handle shows another number. On a
    model fitted on the small sample, with EM smoothed, a different number weighs only a
    few bits against, not enough to part namesakes who share city and skills: the
    weights, not the merge, are what this pool can show (the 30,000-identity benchmark
    measures the separation)."""
    pool.refit(sample_pool, DedupeConfig())
    sample_pool.commit()
    about = "<p>Rust, Go, Kubernetes. Contact: {}</p>"
    profiles = [
        github("mquintavalle74", 900001, "Marie Quintavalle", "Rust, Go, Kubernetes", "Nantes"),
        stackexchange(900002, "Marie Quintavalle", about.format("marie.q74@free.fr"), "Nantes"),
        mastodon("mquintavalle31@piaille.fr", "Marie Quintavalle", "Rust, Go, Kubernetes"),
    ]
    pool.ingest(sample_pool, profiles, parser)
    same, also_same, other = identities_of(sample_pool, profiles)
    assert same.candidate_id == also_same.candidate_id
    model = current_model(sample_pool)
    assert model is not None
    scored = model.score([same, also_same, other], [(same.id, also_same.id), (same.id, other.id)])
    assert [why["levels"]["numbers"].split(" ")[0] for _, why in scored] == [
        "same_number",
        "different_numbers",
    ]
    numbers = model.model.as_dict()["comparisons"]["numbers"]  # type: ignore[index]
    assert numbers["same_number"]["weight"] > 0 > numbers["different_numbers"]["weight"]


def test_a_stored_model_of_unknown_comparisons_is_ignored_with_a_warning(
    sample_pool: Session, parser: ProfileParser, caplog: pytest.LogCaptureFixture
) -> None:
    unknown = json.loads(json.dumps(MODEL_2026_11_28))
    unknown["model"]["comparisons"]["handle"]["typo"] = {"m": 0.1, "u": 0.1, "weight": 0.0}
    sample_pool.add(MatchModel(**unknown))
    sample_pool.commit()
    caplog.set_level(logging.WARNING, logger="sourcing.dedupe.pool_model")
    assert current_model(sample_pool) is None
    assert "cannot weigh" in caplog.text and "preset weights apply" in caplog.text
    profiles = [
        github("zoe-quint", 900001, "Zoé Quintard", "Rust, Go, Kubernetes", "Nantes"),
        stackexchange(900002, "Zoe Quintard", "<p>Rust, Go, Kubernetes</p>", "Nantes"),
    ]
    pool.ingest(sample_pool, profiles, parser)
    a, b = identities_of(sample_pool, profiles)
    link = sample_pool.scalars(
        select(MatchLink).where(MatchLink.identity_a_id == a.id, MatchLink.identity_b_id == b.id)
    ).one()
    assert link.rule == "fuzzy" and "model" not in link.evidence  # the preset weights


def test_a_stored_model_of_the_current_levels_without_its_skill_tables_is_ignored(
    sample_pool: Session, caplog: pytest.LogCaptureFixture
) -> None:
    fitted = fit_pool_model(sample_pool)
    sample_pool.commit()
    assert current_model(sample_pool) is not None
    model = {k: v for k, v in fitted.model.items() if k != SKILL_TABLES_KEY}
    sample_pool.add(
        MatchModel(
            identities=fitted.identities,
            candidate_pairs=fitted.candidate_pairs,
            settings=fitted.settings,
            model=model,
        )
    )
    sample_pool.commit()
    caplog.set_level(logging.WARNING, logger="sourcing.dedupe.pool_model")
    assert current_model(sample_pool) is None
    assert "has no skill tables" in caplog.text and "preset weights apply" in caplog.text


def test_a_short_form_meets_its_compound_first_name_at_the_short_form_level(
    sample_pool: Session, parser: ProfileParser
) -> None:
    """JP stands for Jean-Paul or Jean-Pierre: "JP Nardanure" and "Jean-Paul Nardanure"
    are compared as short form and compound first name, not as "jp" against "jean"."""
    profiles = [
        github("jnardanure", 900001, "Jean-Paul Nardanure", "Rust, Go", "Nantes"),
        mastodon("jnardanure@piaille.fr", "JP Nardanure"),
        stackexchange(900003, "Jean-Pierre Nardanure", "<p>Rust, Go</p>", "Nantes"),
    ]
    levels = fitted_levels(sample_pool, parser, profiles, [(0, 1), (1, 2), (0, 2)], "first")
    assert levels[:2] == ["short_form", "alias"]  # JP's canonical form is Jean-Pierre
    assert levels[2] not in ("exact", "alias", "short_form")
