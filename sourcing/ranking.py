"""Ranking the pool for a search, with a sentence per candidate saying why."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from models.schemas import RankedCandidate, SearchQuery
from models.tables import Candidate, Search, SearchResult
from sourcing.parsing.locations import resolve_place
from sourcing.parsing.vocab import Skill, Vocabulary, fold, load_skills

WEIGHT_SKILLS = 0.60
WEIGHT_KEYWORDS = 0.20
WEIGHT_LOCATION = 0.15
WEIGHT_OPEN = 0.05


@dataclass(frozen=True)
class WantedSkill:
    term: str
    label: str
    accepted: frozenset[str]  # the skill and everything that implies it (Django -> Python)


def wanted_skills(
    query: SearchQuery, skills: Vocabulary[Skill]
) -> tuple[list[WantedSkill], list[str]]:
    """Query skills resolved through the taxonomy; unknown ones become keywords."""
    children: dict[str, set[str]] = {}
    for skill in skills.entries.values():
        if skill.parent:
            children.setdefault(skill.parent, set()).add(skill.id)
    wanted, keywords = [], list(query.keywords)
    for term in query.skills:
        skill = skills.lookup(term)
        if skill is None:
            keywords.append(term)
            continue
        accepted, frontier = {skill.id}, [skill.id]
        while frontier:
            for child in children.get(frontier.pop(), ()):
                if child not in accepted:
                    accepted.add(child)
                    frontier.append(child)
        wanted.append(WantedSkill(term, skill.label_en, frozenset(accepted)))
    return wanted, keywords


def rank_pool(session: Session, query: SearchQuery) -> list[RankedCandidate]:
    """Score every candidate of the pool for ``query``; best first, at most ``limit``."""
    skills = load_skills()
    wanted, keywords = wanted_skills(query, skills)
    place = resolve_place(query.location) if query.location else None
    folded_keywords = [fold(k) for k in keywords]
    ranked: list[RankedCandidate] = []
    candidates = session.scalars(
        select(Candidate).options(
            selectinload(Candidate.skills),
            selectinload(Candidate.identities),
            selectinload(Candidate.education),
        )
    )
    for candidate in candidates:
        # Skills stored under an id since merged into another count as the survivor.
        have = {skills.canonical(s.skill_id) for s in candidate.skills}
        matched = [w for w in wanted if w.accepted & have]
        text = fold("\n".join(i.text for i in candidate.identities))
        hits = [k for k, fk in zip(keywords, folded_keywords, strict=True) if fk and fk in text]
        if not matched and not hits:
            continue
        skill_part = len(matched) / len(wanted) if wanted else 0.0
        keyword_part = len(hits) / len(keywords) if keywords else 0.0
        weights = (WEIGHT_SKILLS if wanted else 0) + (WEIGHT_KEYWORDS if keywords else 0)
        score = (
            (WEIGHT_SKILLS * skill_part + WEIGHT_KEYWORDS * keyword_part)
            / weights
            * (1 - WEIGHT_LOCATION - WEIGHT_OPEN)
        )
        why = []
        if wanted:
            why.append(
                f"skills {', '.join(w.label for w in matched) or 'none'} "
                f"({len(matched)}/{len(wanted)})"
            )
        if keywords:
            why.append(f"mentions {', '.join(repr(h) for h in hits) or 'no keyword'}")
        if place is not None and (place.city or place.country):
            if place.city and candidate.city == place.city:
                score += WEIGHT_LOCATION
                why.append(f"based in {candidate.city}")
            elif place.remote and candidate.city is None:
                score += WEIGHT_LOCATION / 2
            elif not place.city and place.country and candidate.country == place.country:
                score += WEIGHT_LOCATION
                why.append(f"in {candidate.country}")
            else:
                why.append(f"elsewhere ({candidate.city or 'unknown place'})")
        else:
            score += WEIGHT_LOCATION * (1.0 if candidate.city else 0.5)
        if candidate.open_to_work:
            score += WEIGHT_OPEN
            why.append("open to work")
        networks = sorted({i.source for i in candidate.identities})
        why.append(f"seen on {', '.join(networks)}")
        ranked.append(
            RankedCandidate(
                candidate_id=candidate.id,
                rank=0,
                score=round(score, 4),
                name=candidate.display_name,
                headline=candidate.headline,
                city=candidate.city,
                matched_skills=[w.label for w in matched],
                schools=[
                    _school_text(e.school_name, e.start_year, e.end_year)
                    for e in candidate.education
                ],
                urls=[i.url for i in candidate.identities if i.url],
                explanation="; ".join(why),
            )
        )
    ranked.sort(key=lambda r: (-r.score, r.name, r.candidate_id))
    return [r.model_copy(update={"rank": n}) for n, r in enumerate(ranked[: query.limit], 1)]


def years_text(start: int | None, end: int | None) -> str:
    """ " (2014–2017)", " (2017)", " (2014)" or "" — years as a recruiter reads them."""
    if start and end:
        return f" ({start}–{end})"
    if end or start:
        return f" ({end or start})"
    return ""


def _school_text(name: str, start: int | None, end: int | None) -> str:
    return name + years_text(start, end)


def _locked_search(session: Session, name: str) -> Search | None:
    return session.scalar(
        select(Search)
        .where(Search.name == name)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def save_search(session: Session, query: SearchQuery) -> Search:
    """The saved search for ``query`` (by name), created or updated.

    Two runs of the same search at once take turns: the row stays locked (PostgreSQL
    ``FOR UPDATE``; SQLite has one writer anyway) until the caller's transaction ends,
    so one run's results are stored whole before the other replaces them."""
    name = query.name or query.default_name()
    payload = query.model_dump(mode="json") | {"name": name}
    search = _locked_search(session, name)
    created = False
    if search is None:
        try:
            with session.begin_nested():
                search = Search(name=name, query=payload)
                session.add(search)
            created = True
        except IntegrityError:  # another run created it meanwhile: take turns on that row
            search = _locked_search(session, name)
            if search is None:
                raise
    if not created:
        # A re-run keeps the owner and alert settings it does not name (the CLI and a
        # Prefect form re-running a search need not repeat them).
        payload |= {
            "owner_email": query.owner_email or search.owner_email,
            "notify": query.notify or search.notify,
            "alert_language": query.alert_language or search.alert_language,
        }
    payload["notify"] = payload["notify"] or "email"
    search.query = payload
    search.owner_email = payload["owner_email"]
    search.notify = payload["notify"]
    search.alert_language = payload["alert_language"]
    session.flush()
    return search


def store_results(session: Session, search: Search, ranked: list[RankedCandidate]) -> None:
    """Replace the search's results with ``ranked``."""
    session.execute(delete(SearchResult).where(SearchResult.search_id == search.id))
    session.add_all(
        SearchResult(
            search_id=search.id,
            candidate_id=r.candidate_id,
            rank=r.rank,
            score=r.score,
            explanation=r.explanation,
            matched_skills=r.matched_skills,
        )
        for r in ranked
    )
    search.last_run_at = datetime.now(UTC)
    session.flush()
