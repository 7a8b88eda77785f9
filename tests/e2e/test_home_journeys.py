"""First journeys: the home page in Italian and Arabic, the language switcher, RTL, axe-core."""

import pytest

from tests.e2e.conftest import assert_axe_clean, screenshot


def test_italian_home(site, open_context):
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/")
    assert page.url == site.url + "/it/"
    assert page.locator("html").get_attribute("lang") == "it"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").inner_text().startswith("P.I.P.P.I.")
    for heading in ("Progetti nei territori", "Gruppi per genitori e bambini", "Linee guida e formazione"):
        assert page.get_by_role("heading", name=heading).is_visible()
    # Bootstrap Italia is applied: the header is the design system's blue, in Titillium Web.
    header_bg = page.locator(".it-header-center-wrapper").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header_bg == "rgb(0, 102, 204)"
    font = page.locator("body").evaluate("e => getComputedStyle(e).fontFamily")
    assert "Titillium Web" in font
    assert page.evaluate("document.fonts.check('16px \"Titillium Web\"')")
    emblem = page.locator("#footer img.pnrr-notice__emblem")
    assert emblem.is_visible()
    assert page.locator("#footer").get_by_text("Finanziato dall'Unione europea – NextGenerationEU").is_visible()
    assert_axe_clean(page)
    screenshot(page, "home-it")


def test_arabic_home_is_right_to_left(site, open_context):
    page = open_context(locale="ar").new_page()
    page.goto(site.url + "/")
    assert page.url == site.url + "/ar/"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("body").evaluate("e => getComputedStyle(e).direction") == "rtl"
    # The RTL stylesheet mirrors the layout: the brand sits in the right half of the header.
    brand = page.locator(".it-brand-wrapper").first.bounding_box()
    assert brand["x"] + brand["width"] > 1280 / 2
    assert brand["x"] > 1280 / 3
    assert page.locator("h1").inner_text().endswith("الأسرة في المركز")
    assert_axe_clean(page)
    screenshot(page, "home-ar")


def test_language_switcher_moves_to_the_same_page_in_another_language(site, open_context):
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/it/privacy/")
    switcher = page.locator("nav.language-switcher")
    switcher.locator("summary").click()
    links = switcher.locator(".language-switcher__available a")
    assert links.all_inner_texts() == ["Italiano", "English", "العربية"]
    switcher.get_by_role("link", name="العربية").click()
    page.wait_for_url(site.url + "/ar/privacy/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "إشعار الخصوصية"
    assert_axe_clean(page)
    screenshot(page, "privacy-ar")


def test_language_switcher_and_menu_work_without_javascript(site, open_context):
    page = open_context(locale="it-IT", java_script_enabled=False).new_page()
    page.goto(site.url + "/it/")
    page.locator("nav.language-switcher summary").click()
    page.get_by_role("link", name="English").click()
    page.wait_for_url(site.url + "/en/")
    menu_link = page.locator("#main-menu").get_by_role("link", name="The P.I.P.P.I. programme")
    assert menu_link.is_visible()


@pytest.mark.parametrize("language", ["it", "en", "ar"])
def test_standard_page_and_404_are_accessible(site, open_context, language):
    page = open_context(locale=language).new_page()
    page.goto(f"{site.url}/{language}/dichiarazione-di-accessibilita/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("#footer .pnrr-notice").is_visible()
    assert_axe_clean(page)
    screenshot(page, f"accessibility-statement-{language}")

    response = page.goto(f"{site.url}/{language}/pagina-che-non-esiste/")
    assert response.status == 404
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("h1").is_visible()
    assert_axe_clean(page)
    screenshot(page, f"404-{language}")
