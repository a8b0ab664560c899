"""A small referral world for the web and metrics tests: one search, one candidate with
a hostile profile, a French and an English employee, a request sent to each."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from models.tables import (
    Candidate,
    Education,
    Employee,
    Identity,
    IdentityKey,
    ReferralRequest,
    Search,
    SearchResult,
)

HOSTILE_HEADLINE = 'Dév Python <script>alert("x")</script> <img src=x onerror=alert(1)>'


@dataclass
class World:
    search_id: int
    candidate_id: int
    french_request_id: int
    english_request_id: int
    french_employee_id: int
    english_employee_id: int


def employee(ref: str, name: str, language: str, school: str = "insa-lyon") -> Employee:
    return Employee(
        employee_ref=ref,
        email=f"{ref}@corp.example",
        full_name=name,
        language=language,
        education=[
            Education(school_id=school, school_name="INSA Lyon", start_year=2013, end_year=2016)
        ],
    )


def build_world(session: Session, sent_hours_ago: float = 5.0) -> World:
    search = Search(name="Python Lyon", query={"skills": ["Python"]})
    candidate = Candidate(display_name="Hélène Dupré", headline=HOSTILE_HEADLINE)
    session.add_all([search, candidate])
    session.flush()
    identity = Identity(
        candidate_id=candidate.id,
        source="github",
        external_id="4242",
        url="javascript:alert(document.cookie)",
        content_hash="x",
    )
    identity.keys = [IdentityKey(kind="email", value="helene@example.org")]
    second = Identity(
        candidate_id=candidate.id,
        source="gitlab",
        external_id="77",
        url="https://gitlab.com/hdupre",
        content_hash="y",
    )
    session.add_all([identity, second])
    session.add(
        Education(
            candidate_id=candidate.id,
            school_id="insa-lyon",
            school_name="INSA Lyon",
            start_year=2014,
            end_year=2017,
        )
    )
    session.add(
        SearchResult(
            search_id=search.id,
            candidate_id=candidate.id,
            rank=1,
            score=0.9,
            explanation="",
            matched_skills=[],
        )
    )
    ana = employee("ana", "Ana Lopez", "fr")
    bob = employee("bob", "Bob Smith", "en")
    session.add_all([ana, bob])
    session.flush()
    sent_at = datetime.now(UTC) - timedelta(hours=sent_hours_ago)
    requests = []
    for who, reason in (
        (ana, "Vous avez tous deux étudié à INSA Lyon, en même temps"),
        (bob, "You both studied at INSA Lyon at the same time"),
    ):
        request = ReferralRequest(
            employee_id=who.id,
            candidate_id=candidate.id,
            search_id=search.id,
            school_id="insa-lyon",
            score=2.0,
            reason=reason,
            status="sent",
            token=f"tok-{who.employee_ref}",
            sent_at=sent_at,
        )
        session.add(request)
        requests.append(request)
    session.commit()
    return World(search.id, candidate.id, requests[0].id, requests[1].id, ana.id, bob.id)
