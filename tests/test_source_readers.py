"""Each network's payload shape is read into the same ProfileFields."""

import pytest

from sourcing.sources import UnknownSourceError, get_source, read_fields
from sourcing.sources.base import MalformedPayloadError

GITHUB_USER = {
    "login": "mira-kowal",
    "id": 48213377,
    "html_url": "https://github.com/mira-kowal",
    "type": "User",
    "name": "Mira Kowal",
    "company": "@tidewater-labs",
    "blog": "https://mira.example.dev",
    "location": "Lyon, France",
    "email": None,
    "hireable": True,
    "bio": "Rust, embedded, and the occasional compiler bug.",
    "twitter_username": "mirakowal",
    "repos": [
        {
            "name": "canbus-rs",
            "fork": False,
            "language": "Rust",
            "topics": ["embedded", "can-bus"],
            "description": "CAN bus in Rust",
        },
        {"name": "forked", "fork": True, "language": "Haskell", "topics": []},
    ],
    "social_accounts": [{"provider": "mastodon", "url": "https://fosstodon.org/@mira"}],
}
SE_USER = {
    "user_id": 4471120,
    "display_name": "Camille R&#39;",
    "location": "Lyon, France",
    "website_url": "https://camille.example.dev",
    "link": "https://stackoverflow.com/users/4471120/camille-r",
    "about_me": "<p>Backend dev, mostly Python &amp; Postgres.</p><script>x()</script>",
    "top_tags": [{"tag_name": "python"}, {"tag_name": "postgresql"}],
}
MASTODON_ACCOUNT = {
    "id": "109384712230011",
    "username": "mira",
    "acct": "mira@fosstodon.org",
    "display_name": "Mira Kowal :ferris:",
    "url": "https://fosstodon.org/@mira",
    "note": '<p>Rustacean. <a href="https://fosstodon.org/tags/rust" class="mention hashtag" '
    'rel="tag">#<span>rust</span></a></p>',
    "fields": [
        {
            "name": "Web",
            "value": '<a href="https://mira.example.dev" rel="me">mira.example.dev</a>',
            "verified_at": "2024-03-14T10:22:05.123+00:00",
        },
        {"name": "Lieu", "value": "Lyon", "verified_at": None},
    ],
}


def test_github_user_reads_links_company_and_repo_languages() -> None:
    fields = read_fields("github", GITHUB_USER)
    assert fields.name == "Mira Kowal"
    assert fields.location_text == "Lyon, France"
    assert "https://mira.example.dev" in fields.urls
    assert "https://x.com/mirakowal" in fields.urls
    assert "https://fosstodon.org/@mira" in fields.urls
    assert fields.skill_hints == ["Rust", "embedded", "can-bus"]  # forks are not evidence
    assert fields.hireable


def test_stackexchange_strings_are_unescaped_and_scripts_dropped() -> None:
    fields = read_fields("stackexchange", SE_USER)
    assert fields.name == "Camille R'"
    assert fields.text == "Backend dev, mostly Python & Postgres."
    assert fields.skill_hints == ["python", "postgresql"]


def test_mastodon_fields_give_links_location_and_hashtags() -> None:
    fields = read_fields("mastodon", MASTODON_ACCOUNT)
    assert fields.name == "Mira Kowal"
    assert fields.location_text == "Lyon"
    assert "https://mira.example.dev" in fields.urls
    assert fields.skill_hints == ["rust"]


def test_unknown_source_without_text_is_refused_clearly() -> None:
    with pytest.raises(UnknownSourceError, match="unknown source 'myspace'"):
        read_fields("myspace", {"bio": "x"})


def test_payload_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(MalformedPayloadError, match="must be a JSON object"):
        read_fields("github", ["not", "a", "user"])  # type: ignore[arg-type]


def test_networks_without_lawful_search_say_why() -> None:
    with pytest.raises(UnknownSourceError, match=r"Connections\.csv"):
        get_source("linkedin")
    with pytest.raises(UnknownSourceError, match=r"searchable networks: .*sample"):
        get_source("friendster")
