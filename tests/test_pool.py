"""Ingest into the pool: raw first, parse, resolve; idempotent; on SQLite and PostgreSQL."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.schemas import RawProfile, SearchQuery
from models.tables import Candidate, CandidateSkill, Education, Identity, MatchLink, Suppression
from sourcing import pool
from sourcing.parsing.pipeline import ProfileParser


def github(login: str, uid: int, name: str, bio: str, location: str, blog: str = "") -> RawProfile:
    return RawProfile(
        source="github",
        external_id=str(uid),
        handle=login,
        url=f"https://github.com/{login}",
        payload={
            "login": login,
            "id": uid,
            "name": name,
            "bio": bio,
            "location": location,
            "blog": blog,
            "html_url": f"https://github.com/{login}",
        },
    )


def stackexchange(uid: int, name: str, about: str, location: str, website: str = "") -> RawProfile:
    link = f"https://stackoverflow.com/users/{uid}/x"
    return RawProfile(
        source="stackexchange",
        external_id=str(uid),
        handle=name,
        url=link,
        payload={
            "user_id": uid,
            "display_name": name,
            "about_me": about,
            "location": location,
            "website_url": website,
            "link": link,
        },
    )


def candidates(session: Session) -> int:
    return session.scalar(select(func.count(Candidate.id))) or 0


def test_cross_linked_identities_become_one_candidate(
    session: Session, parser: ProfileParser
) -> None:
    profiles = [
        github(
            "hdupre",
            1,
            "Hélène Dupré",
            "Développeuse Python, Django. INSA Lyon (2014-2017)",
            "Lyon",
            blog="https://helene.example.dev",
        ),
        stackexchange(
            11, "Helene D.", "<p>Backend</p>", "Paris", website="https://helene.example.dev/"
        ),
    ]
    pool.ingest(session, profiles, parser)
    assert candidates(session) == 1
    link = session.scalars(select(MatchLink)).one()
    assert link.rule == "url"
    candidate = session.scalars(select(Candidate)).one()
    assert candidate.display_name == "Hélène Dupré"
    assert {s.skill_id for s in candidate.skills} >= {"python", "django"}
    education = session.scalars(select(Education)).one()
    assert (education.school_id, education.start_year, education.end_year) == (
        "insa-lyon",
        2014,
        2017,
    )


def test_fuzzy_match_without_shared_keys(session: Session, parser: ProfileParser) -> None:
    pool.ingest(
        session,
        [
            github("alexm", 2, "Alexandre Martin", "Rust and C++ developer", "Lyon, France"),
            stackexchange(22, "Alex Martin", "<p>Rust, C++, embedded</p>", "Lyon"),
        ],
        parser,
    )
    assert candidates(session) == 1
    assert session.scalars(select(MatchLink.rule)).one() == "fuzzy"


def test_namesakes_elsewhere_stay_apart(session: Session, parser: ProfileParser) -> None:
    pool.ingest(
        session,
        [
            github("tmartin", 3, "Thomas Martin", "Python, Django, Docker", "Paris"),
            stackexchange(33, "Thomas Martin", "<p>UX design, Figma</p>", "Bordeaux"),
        ],
        parser,
    )
    assert candidates(session) == 2


def test_ingesting_twice_changes_nothing(session: Session, parser: ProfileParser) -> None:
    profiles = [
        github("a1", 4, "Ana Lopez", "Go dev", "Nantes"),
        github("b1", 5, "Bea Roy", "Java dev", "Lille"),
    ]
    first = pool.ingest(session, profiles, parser)
    second = pool.ingest(session, profiles, parser)
    assert (first.new, second.new, second.unchanged) == (2, 0, 2)
    assert candidates(session) == 2
    assert session.scalar(select(func.count(Identity.id))) == 2


def test_changed_payload_is_reparsed(session: Session, parser: ProfileParser) -> None:
    pool.ingest(session, [github("a1", 4, "Ana Lopez", "Go dev", "Nantes")], parser)
    report = pool.ingest(
        session, [github("a1", 4, "Ana Lopez", "Go and Rust dev", "Nantes")], parser
    )
    assert report.updated == 1
    skills = set(session.scalars(select(CandidateSkill.skill_id)))
    assert {"go", "rust"} <= skills


def test_interrupted_ingest_is_finished_by_the_next_run(
    session: Session, parser: ProfileParser
) -> None:
    profiles = [github("c1", 6, "Chloé Petit", "Kotlin, Android", "Rennes")]
    pool.store_raw(session, profiles)  # the process died after storing raw profiles
    session.commit()
    assert candidates(session) == 0
    pool.ingest(session, profiles, parser)
    assert candidates(session) == 1
    assert session.scalars(select(Identity)).one().parsed is not None


def test_suppressed_people_are_not_reimported(session: Session, parser: ProfileParser) -> None:
    session.add(
        Suppression(
            identifier_hash=pool.identifier_hash("identity", "github:7", "vivier"), kind="identity"
        )
    )
    session.commit()
    report = pool.ingest(session, [github("gone", 7, "Gone Person", "Rust", "Paris")], parser)
    assert report.suppressed == 1 and candidates(session) == 0


def test_a_sector_is_searchable_though_not_a_skill(session: Session, parser: ProfileParser) -> None:
    from sourcing.ranking import rank_pool

    pool.ingest(
        session,
        [
            github("ana", 41, "Ana Lopez", "Python developer in a fintech", "Lyon"),
            github("bob", 42, "Bob Martin", "Python developer in retail", "Lyon"),
        ],
        parser,
    )
    identity = session.scalar(select(Identity).where(Identity.external_id == "41"))
    assert identity is not None and identity.parsed is not None
    assert [s["id"] for s in identity.parsed["sectors"]] == ["fintech"]
    assert "fintech" not in {s["id"] for s in identity.parsed["skills"]}
    ranked = rank_pool(session, SearchQuery(skills=["Fintech"]))
    assert [(r.name, r.matched_skills) for r in ranked if r.matched_skills] == [
        ("Ana Lopez", ["Fintech"])
    ]


def test_a_parse_stored_before_a_skill_merge_counts_as_the_surviving_skill(
    session: Session, parser: ProfileParser
) -> None:
    pool.ingest(session, [github("lea", 51, "Léa Roux", "Less CSS, Sass", "Nantes")], parser)
    identity = session.scalar(select(Identity).where(Identity.external_id == "51"))
    assert identity is not None and identity.parsed is not None and identity.candidate_id
    # As a parse written before less-css was merged into less reads.
    stored = dict(identity.parsed)
    stored["skills"] = [
        {**s, "id": "less-css", "label": "Less CSS"} if s["id"] == "less" else s
        for s in stored["skills"]
    ]
    assert any(s["id"] == "less-css" for s in stored["skills"])
    identity.parsed = stored
    session.flush()
    pool.refresh_candidates(session, [identity.candidate_id])
    session.commit()
    rows = session.scalars(
        select(CandidateSkill).where(CandidateSkill.candidate_id == identity.candidate_id)
    ).all()
    ids = {r.skill_id for r in rows}
    assert "less" in ids and "less-css" not in ids
