"""The deployments: `vivier serve` and deployments/prefect.yaml agree, and every
parameter form is typed, described and offers its choices."""

from pathlib import Path
from typing import Any

import yaml

from deployments.serve import deployments
from models.schemas import NETWORKS
from sourcing.sources import SEARCHABLE

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {
    "search-candidates",
    "refresh-talent-pool",
    "request-referrals",
    "export-shortlist",
    "erase-person",
    "access-report",
}


def _served() -> dict[str, Any]:
    return {d.name: d for d in deployments()}


def _yaml() -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "deployments" / "prefect.yaml").read_text("utf-8"))
    return spec


def test_serve_and_prefect_yaml_declare_the_same_deployments() -> None:
    served = _served()
    declared = {d["name"]: d for d in _yaml()["deployments"]}
    assert set(served) == set(declared) == EXPECTED
    for name, d in declared.items():
        s = served[name]
        assert d["entrypoint"] == s.entrypoint, name
        assert (ROOT / d["entrypoint"].split(":")[0]).is_file(), name
        assert " ".join(d["description"].split()) == " ".join(s.description.split()), name
        assert d.get("tags", []) == s.tags, name
        yaml_schedules = [(x["cron"], x["timezone"]) for x in d.get("schedules", [])]
        served_schedules = [(x.schedule.cron, x.schedule.timezone) for x in s.schedules]
        assert yaml_schedules == served_schedules, name
    assert served["refresh-talent-pool"].schedules[0].schedule.cron == "0 2 * * *"
    assert served["refresh-talent-pool"].schedules[0].schedule.timezone == "Europe/Paris"


def test_prefect_yaml_targets_one_process_pool_and_pulls_from_the_checkout() -> None:
    spec = _yaml()
    assert {d["work_pool"]["name"] for d in spec["deployments"]} == {"vivier"}
    assert spec["prefect-version"] == "3.8.8"
    (step,) = spec["pull"]
    assert "prefect.deployments.steps.set_working_directory" in step


def test_search_form_is_the_cli_query_with_networks_to_choose_from() -> None:
    schema = _served()["search-candidates"]._parameter_openapi_schema.model_dump()
    assert list(schema["properties"]) == ["query"]
    assert schema["required"] == ["query"]
    query = schema["definitions"]["SearchQuery"]["properties"]
    assert {"name", "skills", "keywords", "location", "sources", "limit"} <= set(query)
    assert query["sources"]["items"]["enum"] == list(NETWORKS)
    assert query["sources"]["default"] == ["sample"]
    assert (query["limit"]["default"], query["limit"]["minimum"], query["limit"]["maximum"]) == (
        50,
        1,
        1000,
    )
    assert all(query[f].get("title") and query[f].get("description") for f in query)


def test_form_networks_are_exactly_the_searchable_networks() -> None:
    assert set(NETWORKS) == set(SEARCHABLE)


def test_every_parameter_of_every_deployment_is_described() -> None:
    for name, d in _served().items():
        schema = d._parameter_openapi_schema.model_dump()
        for param, spec in schema["properties"].items():
            if name == "search-candidates":
                continue  # one model parameter, described field by field (above)
            assert spec.get("description"), f"{name}.{param}"


def test_export_form_offers_formats_and_separators_with_defaults() -> None:
    props = _served()["export-shortlist"]._parameter_openapi_schema.model_dump()["properties"]
    assert props["format"]["enum"] == ["csv", "xlsx", "json"]
    assert props["format"]["default"] == "xlsx"
    assert props["delimiter"]["enum"] == [",", ";"]
    refresh = _served()["refresh-talent-pool"]._parameter_openapi_schema.model_dump()
    assert refresh["properties"]["older_than_hours"]["default"] == 24 * 7


def test_compose_file_wires_postgres_server_and_workers_to_the_same_pool() -> None:
    """Structure only: Docker does not run on the development machine."""
    compose = yaml.safe_load((ROOT / "deployments" / "compose.yaml").read_text("utf-8"))
    services = compose["services"]
    assert set(services) == {"postgres", "prefect-server", "deploy", "worker"}
    server_env = services["prefect-server"]["environment"]
    assert server_env["PREFECT_SERVER_DATABASE_CONNECTION_URL"].startswith("postgresql+asyncpg://")
    assert server_env["PREFECT_SERVER_DATABASE_CONNECTION_URL"].endswith("@postgres:5432/prefect")
    worker = services["worker"]
    assert worker["command"][:5] == ["prefect", "worker", "start", "--pool", "vivier"]
    assert {d["work_pool"]["name"] for d in _yaml()["deployments"]} == {"vivier"}
    for name in ("deploy", "worker"):
        env = services[name]["environment"]
        assert env["PREFECT_API_URL"] == "http://prefect-server:4200/api"
        assert env["VIVIER_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert env["VIVIER_PROJECT_DIR"] == services[name]["working_dir"]
    assert "deployments/prefect.yaml" in " ".join(services["deploy"]["command"])
    assert worker["depends_on"]["deploy"]["condition"] == "service_completed_successfully"
    assert services["prefect-server"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    init = services["postgres"]["volumes"][1].split(":")[0]
    assert "CREATE DATABASE vivier" in (ROOT / "deployments" / init).read_text("utf-8")
    dockerfile = ROOT / services["prefect-server"]["build"]["dockerfile"]
    assert "pip install" in dockerfile.read_text("utf-8")
