"""Browser journeys: Playwright drives Debian's Chromium against pytest-django's live server.

Screenshots land in tests/e2e/screenshots/ (git-ignored) so a person can look at them.
"""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures
# here are ordinary synchronous calls, so Django's async-safety guard must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH"
        if os.environ.get("PORTAL_REQUIRE_SYSTEM_TOOLS"):  # CI: the browser journeys must run
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(transactional_db, live_server):
    """The demo portal served by the live server."""
    call_command("load_demo", stdout=io.StringIO())
    return live_server


@pytest.fixture
def open_context(browser):
    contexts = []

    def factory(locale="it-IT", **options):
        # bypass_csp lets the test inject axe-core; the portal's own CSP stays on for the page.
        context = browser.new_context(
            locale=locale, bypass_csp=True, viewport={"width": 1280, "height": 900}, **options
        )
        contexts.append(context)
        return context

    yield factory
    for context in contexts:
        context.close()


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def axe_violations(page):
    """Run axe-core with the WCAG 2.1 A/AA rules; return the violations in a readable form."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_axe_clean(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
