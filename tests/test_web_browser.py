"""A real browser (headless Chromium, driven by Playwright) opens an answer link, clicks
"I know them", and the answer is in the database.

Set VIVIER_UPDATE_SCREENSHOTS=1 to refresh docs/referral-answer.png (the README's image);
otherwise the screenshot goes to the test's temporary folder."""

import os
from pathlib import Path

import pytest
from sqlalchemy import update

from models.db import session_factory
from models.tables import Candidate, ReferralRequest
from sourcing.links import answer_url
from tests.conftest import WebServer
from tests.referral_world import build_world

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS = Path(__file__).parent.parent / "docs"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless Chromium is not installed (apt-get install chromium chromium-driver)",
)


def test_browser_answers_i_know_them(web_server: WebServer, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    sessions = session_factory(web_server.engine)
    with sessions() as session:
        world = build_world(session)
        session.execute(
            update(Candidate)
            .where(Candidate.id == world.candidate_id)
            .values(headline="Développeuse Python · Django, PostgreSQL")
        )
        session.commit()
        request = session.get(ReferralRequest, world.english_request_id)
        assert request is not None
        link = answer_url(request, web_server.settings)
    screenshot = (
        DOCS / "referral-answer.png"
        if os.environ.get("VIVIER_UPDATE_SCREENSHOTS") == "1"
        else tmp_path / "referral-answer.png"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = browser.new_page(viewport={"width": 820, "height": 640})
            page.goto(link)
            assert page.title() == "Do you know Hélène Dupré? · Vivier"
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
            page.get_by_role("button", name="I know them").click()
            page.wait_for_selector("#outcome")
            assert "The recruiting team will get back to you" in page.inner_text("#outcome")
            assert page.get_by_role("button", name="I've introduced them").is_visible()
        finally:
            browser.close()
    assert screenshot.stat().st_size > 10_000
    with sessions() as session:
        answered = session.get(ReferralRequest, world.english_request_id)
        other = session.get(ReferralRequest, world.french_request_id)
        assert answered is not None and other is not None
        assert answered.answer == "known" and answered.answered_at is not None
        assert other.answer is None
