"""The served deployments: names, schedule and the recruiter's parameter form."""

from prefect.utilities.callables import parameter_schema

from deployments.serve import deployments
from flows.search import search_candidates


def test_deployments_have_names_schedule_and_typed_search_form() -> None:
    by_name = {d.name: d for d in deployments()}
    assert set(by_name) == {
        "search-candidates",
        "refresh-talent-pool",
        "request-referrals",
        "export-shortlist",
        "erase-person",
        "access-report",
    }
    schedule = by_name["refresh-talent-pool"].schedules[0].schedule
    assert (schedule.cron, schedule.timezone) == ("0 2 * * *", "Europe/Paris")
    form = parameter_schema(search_candidates)
    query = form.definitions["SearchQuery"]["properties"]  # type: ignore[index]
    assert {"skills", "keywords", "location", "sources", "limit"} <= set(query)
    assert query["limit"]["maximum"] == 1000
    assert form.required == ["query"]
