"""Two recruiters running the same saved search at once: one search, whole results."""

import threading
import time
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from models.db import session_factory
from models.schemas import SearchQuery
from models.tables import Search, SearchResult
from sourcing import pool, ranking
from sourcing.parsing.pipeline import ProfileParser
from tests.test_pool import github


def slow_result_writes(engine: Engine) -> None:
    """Hold each run's transaction open a moment after it wrote its results, so that
    without coordination the other run would write over a half-finished one."""

    def pause(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO SEARCH_RESULT"):
            time.sleep(0.3)

    event.listen(engine, "after_cursor_execute", pause)


@pytest.mark.parametrize("saved_before", [False, True], ids=["new-search", "saved-search"])
def test_the_same_saved_search_run_twice_at_once_ends_as_one_search_with_whole_results(
    pool_engine: Engine, parser: ProfileParser, saved_before: bool
) -> None:
    people = [
        github(f"dev{n}", 900 + n, f"Dev Number{n}", "Python et Django", "Lyon") for n in range(4)
    ]
    with session_factory(pool_engine)() as session:
        pool.ingest(session, people, parser)
        session.commit()
    query = SearchQuery(name="Python à Lyon", skills=["Python"], sources=["sample"])
    if saved_before:
        with session_factory(pool_engine)() as session:
            search = ranking.save_search(session, query)
            ranking.store_results(session, search, ranking.rank_pool(session, query))
            session.commit()
    slow_result_writes(pool_engine)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            with session_factory(pool_engine)() as session:
                start.wait()
                search = ranking.save_search(session, query)
                ranking.store_results(session, search, ranking.rank_pool(session, query))
                session.commit()
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    runs = [threading.Thread(target=run) for _ in range(2)]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join(timeout=60)

    assert failures == []
    with session_factory(pool_engine)() as session:
        assert session.scalar(select(func.count(Search.id))) == 1
        ranks = list(session.scalars(select(SearchResult.rank).order_by(SearchResult.rank)))
    assert ranks == [1, 2, 3, 4]
