"""Each network's terms are recorded and enforced: outreach only to addresses a source
allows using, attribution where content is shown, and no network without terms."""

from typer.testing import CliRunner

from sourcing.cli import app
from sourcing.sources import READERS, SEARCHABLE
from sourcing.sources.terms import TERMS, attribution_for, contact_addresses, terms_for


def test_every_network_vivier_reads_or_searches_has_its_terms() -> None:
    assert set(READERS) | set(SEARCHABLE) <= set(TERMS)


def test_an_address_only_github_gave_is_never_used_for_outreach() -> None:
    assert contact_addresses([("github", "marie@example.org")]) == []
    assert terms_for("github").outreach_email is False


def test_an_address_a_permissive_source_also_gave_may_be_used_once() -> None:
    found = [
        ("github", "Marie@Example.org"),
        ("hackernews", "marie@example.org"),
        ("linkedin", "m.lefevre@example.org"),
        ("mastodon", "other@example.org"),
    ]
    assert contact_addresses(found) == ["marie@example.org", "m.lefevre@example.org"]


def test_unknown_sources_get_the_strictest_rule() -> None:
    assert contact_addresses([("myspace", "a@example.org")]) == []


def test_stack_exchange_content_carries_its_attribution() -> None:
    assert attribution_for("stackexchange", "https://stackoverflow.com/users/7/x") == (
        "stackexchange: https://stackoverflow.com/users/7/x"
    )
    assert attribution_for("github", "https://github.com/x") is None


def test_vivier_sources_lists_the_terms_as_enforced(home: object) -> None:
    result = CliRunner().invoke(app, ["sources"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    terms = result.output.split("Terms, as Vivier enforces them", 1)[1]
    github_line = next(line for line in terms.splitlines() if "│ github " in line)
    assert "never" in github_line
