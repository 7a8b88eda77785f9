"""A family looks for a group in Arabic near home, opens it and takes its sessions to the phone."""

import icalendar
import recurring_ical_events

from calendars.models import GroupPage, Session
from tests.e2e.conftest import assert_axe_clean, screenshot


def test_family_filters_by_arabic_and_comune_opens_a_group_and_downloads_its_ics(site, open_context):
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/it/")
    page.get_by_role("link", name="Gruppi per genitori e bambini").last.click()
    page.wait_for_url(site.url + "/it/gruppi/")
    assert_axe_clean(page)
    page.get_by_role("combobox", name="Lingua").select_option("ar")
    page.get_by_role("combobox", name="Comune").select_option("Bologna")
    page.get_by_role("button", name="Mostra i gruppi").click()
    page.wait_for_url("**/it/gruppi/?*")
    assert "language=ar" in page.url and "comune=Bologna" in page.url
    listed = page.locator(".session-list .session-title").all_inner_texts()
    assert listed, "no sessions listed"
    assert all("Bologna" in title for title in listed)
    assert "Gruppo genitori in arabo e italiano, Bologna" in listed
    assert_axe_clean(page)
    screenshot(page, "calendar-list-filtered")

    page.locator(".session-title", has_text="Gruppo genitori in arabo e italiano").first.click()
    page.wait_for_url(site.url + "/it/gruppi/bologna-genitori-arabo/")
    assert page.locator("h1").inner_text() == "Gruppo genitori in arabo e italiano, Bologna"
    assert page.locator('span[lang="ar"]').first.inner_text() == "العربية"
    assert page.locator('a[href^="webcal://"]').count() == 1
    assert_axe_clean(page)
    screenshot(page, "calendar-group")

    with page.expect_download() as info:
        page.get_by_role("link", name="Scarica il calendario (.ics)").click()
    download = info.value
    assert download.suggested_filename == "bologna-genitori-arabo.ics"
    feed = icalendar.Calendar.from_ical(open(download.path(), "rb").read())  # noqa: SIM115
    group = GroupPage.objects.get(locale__language_code="it", slug="bologna-genitori-arabo")
    assert {str(e["UID"]) for e in feed.walk("VEVENT")} == {f"group-{group.translation_key}-it@pippi-portal.gruppi"}
    expanded = recurring_ical_events.of(feed).between((2000, 1, 1), (2100, 1, 1))
    assert len(expanded) == Session.objects.filter(group=group).count()
    assert any(str(e.get("STATUS")) == "CONFIRMED" and "RECURRENCE-ID" in e for e in feed.walk("VEVENT"))


def test_month_grid_without_javascript_and_bad_month(site, open_context):
    context = open_context(locale="it-IT", java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/it/gruppi/month/")
    table = page.locator("table.month-grid")
    assert table.locator("caption").inner_text().startswith("Incontri di")
    assert table.locator('th[scope="col"]').count() == 7
    page.locator('a[rel="next"]').click()
    assert "month=" in page.url
    response = page.goto(site.url + "/it/gruppi/month/?month=2026-13")
    assert response.status == 400
    assert "non è un mese" in page.locator("#filter-errors").inner_text()
    page.close()
    js_page = open_context(locale="it-IT").new_page()
    js_page.goto(site.url + "/it/gruppi/month/?language=ar")
    assert_axe_clean(js_page)
    screenshot(js_page, "calendar-month")


def test_arabic_calendar_is_right_to_left_and_axe_clean(site, open_context):
    page = open_context(locale="ar").new_page()
    page.goto(site.url + "/ar/gruppi/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "مجموعات للآباء والأطفال"
    assert_axe_clean(page)
    page.goto(site.url + "/ar/gruppi/bologna-genitori-arabo/")
    assert_axe_clean(page)
    screenshot(page, "calendar-group-ar")
