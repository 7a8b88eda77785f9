"""Search journeys in Chromium: type, refine with a facet, page through, no JavaScript needed, axe-core."""

from tests.e2e.conftest import assert_axe_clean, screenshot


def test_search_refine_and_read(site, open_context):
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/it/search/")
    assert page.get_by_role("heading", name="Cerca nel portale").is_visible()
    page.get_by_label("Parole da cercare").fill("famiglie")
    page.get_by_role("button", name="Cerca", exact=True).click()
    count = page.locator(".search-count")
    assert "risultat" in count.inner_text()
    assert page.locator(".search-excerpt mark").first.is_visible()
    assert_axe_clean(page)
    screenshot(page, "search-it")
    facet = page.locator(".search-facets a").first
    facet.click()
    assert page.locator('.search-facets [aria-current="true"]').count() == 1
    assert_axe_clean(page)
    page.locator(".search-results h3 a").first.click()
    assert "/search/" not in page.url


def test_search_works_without_javascript_and_in_arabic(site, open_context):
    page = open_context(locale="ar", java_script_enabled=False).new_page()
    page.goto(site.url + "/ar/search/?q=" + "*" * 3)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".alert-warning").first.is_visible()
    page.goto(site.url + "/ar/search/?q=famiglie&lang=all&page=abc")
    assert page.locator(".search-count").is_visible()
    screenshot(page, "search-ar-nojs")
