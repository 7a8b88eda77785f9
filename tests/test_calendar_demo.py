"""The demo calendar that `load_demo` builds: enough groups, languages, exceptions and DST crossings."""

import io
import zoneinfo

from django.core.management import call_command

from calendars.models import CalendarPage, GroupLanguage, GroupPage, Session

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def test_demo_groups_across_territories_languages_and_exceptions(demo, client):
    italian = GroupPage.objects.filter(locale__language_code="it").live()
    assert italian.count() >= 8
    assert {g.comune for g in italian} >= {"Casalecchio di Reno", "Bologna", "Settala", "Prato"}
    languages = set(GroupLanguage.objects.filter(group__in=italian).values_list("language", flat=True))
    assert len(languages) >= 3 and "ar" in languages
    sessions = Session.objects.filter(group__in=italian)
    assert sessions.filter(status="cancelled").exists()
    assert sessions.filter(status="moved").exists()
    # Some series cross a change of summer time and keep their wall-clock time.
    crossing = 0
    for group in italian:
        offsets = {s.start.astimezone(ROME).utcoffset() for s in sessions.filter(group=group, all_day=False)}
        times = {s.start_time for s in sessions.filter(group=group, status="scheduled", all_day=False)}
        if len(offsets) > 1 and len(times) == 1:
            crossing += 1
    assert crossing >= 2
    calendar = CalendarPage.objects.get(locale__language_code="it")
    assert demo.families_page_id == calendar.pk
    assert "مجموعات للآباء والأطفال" in client.get("/ar/").content.decode()
    for url in (calendar.url, calendar.url + "month/", calendar.url + "calendar.ics", "/it/"):
        assert client.get(url).status_code == 200, url
    for code in ("en", "ar"):
        translation = calendar.get_translation(calendar.locale.__class__.objects.get(language_code=code))
        assert client.get(translation.url).status_code == 200
        assert GroupPage.objects.filter(locale__language_code=code).live().count() == italian.count()


def test_demo_calendar_is_idempotent(demo):
    before = (GroupPage.objects.count(), Session.objects.count(), CalendarPage.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (GroupPage.objects.count(), Session.objects.count(), CalendarPage.objects.count()) == before
