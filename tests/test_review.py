"""The review queue and undo: decisions are applied, audited and remembered; a split
candidate keeps its id and is never merged back. On SQLite and PostgreSQL."""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from models.tables import AuditEvent, Candidate, Identity, ReviewPair
from sourcing import pool
from sourcing.cli import app
from sourcing.dedupe.compare import DedupeConfig
from sourcing.dedupe.resolve import resolve
from sourcing.dedupe.review import ReviewError, decide, pending_reviews, split
from sourcing.parsing.pipeline import ProfileParser
from tests.test_pool import github, stackexchange


def candidate_count(session: Session) -> int:
    return session.scalar(select(func.count(Candidate.id))) or 0


def uncertain_pair(session: Session, parser: ProfileParser) -> None:
    """Same name, one shared skill, no place: in the review band, not merged."""
    pool.ingest(
        session,
        [
            github("cmartin", 1, "Camille Martin", "Développeuse Python", ""),
            stackexchange(11, "Camille Martin", "<p>Python, FastAPI, Vue</p>", ""),
        ],
        parser,
    )


def test_an_uncertain_pair_is_queued_never_merged(session: Session, parser: ProfileParser) -> None:
    uncertain_pair(session, parser)
    assert candidate_count(session) == 2
    [item] = pending_reviews(session)
    assert DedupeConfig().review_threshold <= item.score < DedupeConfig().match_threshold
    assert {item.a.source, item.b.source} == {"github", "stackexchange"}
    assert item.levels["name"] == "exact"


def test_deciding_same_merges_and_is_audited(session: Session, parser: ProfileParser) -> None:
    uncertain_pair(session, parser)
    [item] = pending_reviews(session)
    report = decide(session, item.pair_id, "same", "rh.alice", DedupeConfig())
    session.commit()
    assert report.merged_candidates == 1 and candidate_count(session) == 1
    pair = session.get(ReviewPair, item.pair_id)
    assert pair is not None and (pair.status, pair.decided_by) == ("same", "rh.alice")
    assert pair.decided_at is not None
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "review")).one()
    assert event.actor == "rh.alice" and event.details["decision"] == "same"
    assert pending_reviews(session) == []


def test_deciding_different_is_remembered_by_later_runs(
    session: Session, parser: ProfileParser
) -> None:
    uncertain_pair(session, parser)
    [item] = pending_reviews(session)
    decide(session, item.pair_id, "different", "rh.alice", DedupeConfig())
    session.commit()
    identity_ids = list(session.scalars(select(Identity.id)))
    resolve(session, identity_ids, DedupeConfig())  # the nightly refresh resolves again
    session.commit()
    assert candidate_count(session) == 2
    assert session.scalar(select(func.count(ReviewPair.id))) == 1
    assert pending_reviews(session) == []


def test_a_split_keeps_the_candidate_id_and_is_not_merged_back(
    session: Session, parser: ProfileParser
) -> None:
    pool.ingest(
        session,
        [
            github("hdupre", 1, "Hélène Dupré", "Python", "Lyon", blog="https://hd.example.dev"),
            stackexchange(11, "Helene D.", "<p>Go</p>", "Paris", website="https://hd.example.dev"),
        ],
        parser,
    )
    candidate = session.scalars(select(Candidate)).one()
    original_id = candidate.id
    so = session.scalars(select(Identity).where(Identity.source == "stackexchange")).one()
    new_id = split(session, original_id, [so.id], "rh.bob")
    session.commit()
    assert new_id != original_id and candidate_count(session) == 2
    assert so.candidate_id == new_id
    kept = session.get(Candidate, original_id)
    assert kept is not None and kept.display_name == "Hélène Dupré"
    assert session.scalars(select(AuditEvent.action)).all()[-1] == "split"

    resolve(session, list(session.scalars(select(Identity.id))), DedupeConfig())
    session.commit()
    assert candidate_count(session) == 2, "the shared URL must not merge them back"
    assert so.candidate_id == new_id


def test_a_split_that_would_empty_or_miss_the_candidate_is_refused(
    session: Session, parser: ProfileParser
) -> None:
    pool.ingest(session, [github("solo", 1, "Solo Person", "Rust", "Nantes")], parser)
    candidate = session.scalars(select(Candidate)).one()
    only = candidate.identities[0].id
    with pytest.raises(ReviewError, match="leave at least one"):
        split(session, candidate.id, [only], "rh.bob")
    with pytest.raises(ReviewError, match="not part of candidate"):
        split(session, candidate.id, [only + 999], "rh.bob")


def test_review_commands(home: Path, parser: ProfileParser) -> None:
    runner = CliRunner()
    from models.db import transaction
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        uncertain_pair(session, parser)
    listed = runner.invoke(app, ["review"])
    assert listed.exit_code == 0, listed.output
    assert "Camille Martin" in listed.output and "decide with" in listed.output
    with transaction(open_pool()) as session:
        [item] = pending_reviews(session)
    wrong = runner.invoke(app, ["review", "decide", str(item.pair_id), "maybe"])
    assert wrong.exit_code == 2 and "same' or 'different" in wrong.output
    decided = runner.invoke(app, ["review", "decide", str(item.pair_id), "same", "--by", "rh"])
    assert decided.exit_code == 0, decided.output
    assert "1 candidates merged" in decided.output
    assert "no pair awaits review" in runner.invoke(app, ["review"]).output


def test_explain_shows_why_identities_were_merged(home: Path, parser: ProfileParser) -> None:
    from models.db import transaction
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        pool.ingest(
            session,
            [
                github("alexm", 2, "Alexandre Martin", "Rust and C++ developer", "Lyon, France"),
                stackexchange(22, "Alex Martin", "<p>Rust, C++, embedded</p>", "Lyon"),
            ],
            parser,
        )
        candidate_id = session.scalars(select(Candidate.id)).one()
    result = CliRunner().invoke(app, ["pool", "explain", str(candidate_id)])
    assert result.exit_code == 0, result.output
    assert "fuzzy" in result.output and "name: exact" in result.output
    assert "city: same" in result.output
    missing = CliRunner().invoke(app, ["pool", "explain", "999999"])
    assert missing.exit_code == 2 and "no candidate 999999" in missing.output


def test_a_split_holds_when_a_third_identity_links_both_sides(
    session: Session, parser: ProfileParser
) -> None:
    site = "https://hd.example.dev"
    pool.ingest(
        session,
        [
            github("hdupre", 1, "Hélène Dupré", "Python", "Lyon", blog=site),
            stackexchange(11, "Helene D.", "<p>Go</p>", "Paris", website=site),
        ],
        parser,
    )
    candidate = session.scalars(select(Candidate)).one()
    so = session.scalars(select(Identity).where(Identity.source == "stackexchange")).one()
    split(session, candidate.id, [so.id], "rh.bob")
    session.commit()
    # A Mastodon profile linking the same site would join both sides, were it not split.
    mastodon = github("ignored", 0, "", "", "").model_copy(
        update={
            "source": "mastodon",
            "external_id": "m1",
            "handle": "hd@piaille.fr",
            "url": "https://piaille.fr/@hd",
            "payload": {
                "id": "m1",
                "username": "hd",
                "acct": "hd@piaille.fr",
                "display_name": "Hélène Dupré",
                "note": f"<p>Python et Go. {site}</p>",
                "url": "https://piaille.fr/@hd",
                "fields": [{"name": "Site", "value": site}],
            },
        }
    )
    pool.ingest(session, [mastodon], parser)
    session.commit()
    owners = {i.source: i.candidate_id for i in session.scalars(select(Identity))}
    assert owners["github"] != owners["stackexchange"]
    assert owners["mastodon"] in {owners["github"], owners["stackexchange"]}


def test_with_preset_weights_matches_a_network_keeps_apart_are_queued(
    session: Session, parser: ProfileParser
) -> None:
    """A matches B, C matches B better, A and C are two GitHub accounts: B goes with C,
    and the matches left apart, A~B and A~C, are shown to a recruiter, each with why."""
    a = github("amartin", 1, "Alex Martin", "Rust developer", "Lyon")
    c = github("alexandre-martin", 2, "Alexandre Martin", "Rust, C++, embedded, Linux", "Lyon")
    b = stackexchange(11, "Alexandre Martin", "<p>Rust, C++, embedded, Linux</p>", "Lyon")
    pool.ingest(session, [a, b, c], parser)
    items = pending_reviews(session)
    assert all(item.score >= DedupeConfig().match_threshold for item in items)
    assert {(frozenset({item.a.url, item.b.url}), item.not_merged) for item in items} == {
        (frozenset({a.url, b.url}), "one candidate would hold two accounts on github"),
        (frozenset({a.url, c.url}), "both are github accounts"),
    }


def test_review_lists_why_a_match_was_not_merged(
    home: Path, parser: ProfileParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models.db import transaction
    from sourcing.runtime import open_pool

    with transaction(open_pool()) as session:
        pool.ingest(
            session,
            [
                github("amartin", 1, "Alex Martin", "Rust developer", "Lyon"),
                github("alexandre-martin", 2, "Alexandre Martin", "Rust, C++, Linux", "Lyon"),
                stackexchange(11, "Alexandre Martin", "<p>Rust, C++, Linux</p>", "Lyon"),
            ],
            parser,
        )
    from sourcing.cli import out

    monkeypatch.setattr(out, "_width", 400)  # one line per row
    listed = CliRunner().invoke(app, ["review"])
    assert listed.exit_code == 0, listed.output
    assert "match, not merged: one candidate would hold two accounts on github" in listed.output
    with transaction(open_pool()) as session:
        twins = next(i for i in pending_reviews(session) if i.a.source == i.b.source)
    decided = CliRunner().invoke(app, ["review", "decide", str(twins.pair_id), "same"])
    assert decided.exit_code == 0, decided.output
    assert "still not merged: both are github accounts" in decided.output
