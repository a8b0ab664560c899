"""GitHub: reading the REST API's user payload (``GET /users/{username}``, plus the
``repos`` and ``social_accounts`` lists the connector attaches)."""

from typing import Any

from models.schemas import ProfileFields
from sourcing.sources.base import as_str, require_mapping
from sourcing.text import html_to_text, plain

NAME = "github"


def read_fields(payload: dict[str, Any]) -> ProfileFields:
    user = require_mapping(payload, NAME)
    urls = [as_str(user.get("html_url")), as_str(user.get("blog"))]
    if twitter := as_str(user.get("twitter_username")):
        urls.append(f"https://x.com/{twitter}")
    for account in user.get("social_accounts") or []:
        if isinstance(account, dict):
            urls.append(as_str(account.get("url")))
    hints: list[str] = []
    repo_text: list[str] = []
    for repo in user.get("repos") or []:
        if not isinstance(repo, dict) or repo.get("fork"):
            continue
        if language := as_str(repo.get("language")):
            hints.append(language)
        hints.extend(t for t in repo.get("topics") or [] if isinstance(t, str))
        if description := as_str(repo.get("description")):
            repo_text.append(description)
    company = plain(as_str(user.get("company")))
    bio = html_to_text(as_str(user.get("bio")))
    text = bio
    if company and company.lstrip("@").lower() not in bio.lower():
        text = f"{bio}\n{company}" if bio else company
    email = as_str(user.get("email"))
    return ProfileFields(
        name=plain(as_str(user.get("name"))),
        handle=as_str(user.get("login")),
        text=text,
        location_text=plain(as_str(user.get("location"))),
        company=company,
        emails=[email] if email else [],
        urls=[u for u in urls if u],
        skill_hints=hints,
        hireable=bool(user.get("hireable")),
    )
