"""Arabic, right to left: the home page, a group page and the calendar mirror correctly and pass axe-core."""

from tests.e2e.conftest import assert_axe_clean, screenshot


def is_rtl(page):
    return (
        page.locator("html").get_attribute("dir") == "rtl"
        and page.locator("body").evaluate("e => getComputedStyle(e).direction") == "rtl"
    )


def test_arabic_home_group_and_calendar(site, open_context):
    page = open_context(locale="ar").new_page()
    page.goto(site.url + "/ar/")
    assert is_rtl(page)
    # The "read more" arrows point left in Arabic.
    arrow = page.locator(".read-more .icon-directional").first
    assert arrow.evaluate("e => getComputedStyle(e).transform") == "matrix(-1, 0, 0, 1, 0, 0)"
    screenshot(page, "ar-home")

    page.goto(site.url + "/ar/gruppi/month/")
    assert is_rtl(page)
    grid = page.locator("table.month-grid")
    headers = grid.locator("thead th")
    first, last = headers.first.bounding_box(), headers.last.bounding_box()
    assert first["x"] > last["x"]  # the week starts on the right
    assert_axe_clean(page)
    screenshot(page, "ar-calendar-month")

    page.goto(site.url + "/ar/gruppi/")
    assert is_rtl(page)
    assert_axe_clean(page)
    screenshot(page, "ar-calendar-list")

    page.goto(site.url + "/ar/gruppi/bologna-genitori-arabo/")
    assert is_rtl(page)
    assert page.locator("h1").inner_text().strip()
    assert_axe_clean(page)
    screenshot(page, "ar-group")


def test_arabic_service_page(site, open_context):
    page = open_context(locale="ar").new_page()
    page.goto(site.url + "/ar/territori/comune-di-bologna/accompagnamento-e-sostegno-alle-famiglie/")
    assert is_rtl(page)
    assert page.locator("h1").inner_text() == "مرافقة الأسر ودعمها في رعاية الأطفال"
    assert_axe_clean(page)
    screenshot(page, "ar-service")
