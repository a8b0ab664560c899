"""Each network's terms, as Vivier enforces them.

Two rules are enforced in code, not left to good will:

* **Outreach**: an e-mail address is used to contact a person (the GDPR Art. 14 notice,
  any message to a candidate) only if a network whose terms allow it gave that address.
  GitHub's Acceptable Use Policies forbid using its data for unsolicited e-mail, so an
  address that only GitHub gave is never used (``contact_addresses``).
* **Attribution**: content from Stack Exchange is CC BY-SA; wherever Vivier shows it
  (rankings, exports), the author's profile link goes with it (``attribution_for``).

No source's data is ever resold: Vivier has no feature that could do it.
"""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceTerms:
    source: str
    terms_url: str
    outreach_email: bool  # may an address this source gave be used to contact the person?
    attribution: str | None  # what must go with the content wherever it is shown
    summary: str  # the terms as the code applies them


_GITHUB = SourceTerms(
    "github",
    "https://docs.github.com/en/site-policy/acceptable-use-policies",
    outreach_email=False,
    attribution=None,
    summary="No unsolicited e-mail from GitHub data and no resale to recruiters: a "
    "GitHub-only address is never used for outreach.",
)

TERMS: dict[str, SourceTerms] = {
    t.source: t
    for t in (
        _GITHUB,
        SourceTerms(
            "stackexchange",
            "https://stackoverflow.com/legal/api-terms-of-use",
            outreach_email=False,
            attribution="CC BY-SA: name the author and link to their Stack Exchange profile",
            summary="Profiles and posts are CC BY-SA: shown with the author's profile link. "
            "The API gives no e-mail.",
        ),
        SourceTerms(
            "mastodon",
            "https://docs.joinmastodon.org/",
            outreach_email=False,
            attribution="show the full handle (user@server)",
            summary="Each server has its own rules: accounts that opted out of discovery, "
            "indexing or are bots are never fetched; handles shown as user@server; "
            "addresses found in notes are not used for outreach.",
        ),
        SourceTerms(
            "bluesky",
            "https://docs.bsky.app/docs/support/developer-guidelines",
            outreach_email=False,
            attribution=None,
            summary="Accounts labelled !no-unauthenticated are never fetched; search is for "
            "human-directed queries only.",
        ),
        SourceTerms(
            "gitlab",
            "https://handbook.gitlab.com/handbook/legal/policies/website-terms-of-use/",
            outreach_email=False,
            attribution=None,
            summary="API only, no scraping; profile data treated as personal data; a "
            "public e-mail is not used for unsolicited outreach.",
        ),
        SourceTerms(
            "hackernews",
            "https://www.ycombinator.com/legal/",
            outreach_email=True,
            attribution="link to the author's post",
            summary="Content belongs to its authors. People who post in 'Who wants to be "
            "hired?' ask to be contacted: the address they wrote there may be used.",
        ),
        SourceTerms(
            "x",
            "https://developer.x.com/en/developer-terms/policy",
            outreach_email=False,
            attribution=None,
            summary="Needs a paid token; no surveillance or sensitive inferences; data "
            "deleted or updated when users delete or protect it.",
        ),
        SourceTerms(
            "linkedin",
            "https://www.linkedin.com/legal/user-agreement",
            outreach_email=True,
            attribution=None,
            summary="Never scraped: only an employee's own export, whose e-mails are those "
            "the connections chose to share with them.",
        ),
        SourceTerms(
            "jsonresume",
            "https://jsonresume.org/",
            outreach_email=True,
            attribution=None,
            summary="A résumé the person gave: its address may be used.",
        ),
        SourceTerms(
            "text",
            "",
            outreach_email=True,
            attribution=None,
            summary="Imported by the user (CV, notes): its address may be used.",
        ),
        SourceTerms(
            "sample",
            "",
            outreach_email=False,
            attribution=None,
            summary="Invented people for the demo.",
        ),
    )
}


def terms_for(source: str) -> SourceTerms:
    """A source's terms; an unknown source gets the strictest (GitHub's) outreach rule."""
    return TERMS.get(source) or SourceTerms(
        source, "", outreach_email=False, attribution=None, summary="unknown source: no outreach"
    )


def contact_addresses(found: Iterable[tuple[str, str]]) -> list[str]:
    """The addresses that may be used to contact a person, from ``(source, e-mail)``
    pairs: an address counts if at least one source whose terms allow outreach gave it."""
    allowed: dict[str, None] = {}
    for source, email in found:
        address = email.strip().lower()
        if "@" in address and terms_for(source).outreach_email:
            allowed.setdefault(address, None)
    return list(allowed)


def attribution_for(source: str, url: str) -> str | None:
    """The attribution to show beside content from ``source`` (None if none is needed)."""
    terms = terms_for(source)
    if terms.attribution is None:
        return None
    return f"{source}: {url}" if url else source
