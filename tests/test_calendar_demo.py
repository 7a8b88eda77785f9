"""The demo calendar that `load_demo` builds: enough groups, languages, exceptions and DST crossings."""

import datetime
import io
import zoneinfo

import icalendar
from django.core.management import call_command
from wagtail.models import Locale

from calendars.models import CalendarPage, GroupLanguage, GroupPage, Session, today_in

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


def test_romanian_calendar_and_groups_are_romanian_pages_with_romanian_feeds(demo, client):
    romanian = Locale.objects.get(language_code="ro")
    calendar = CalendarPage.objects.get(locale__language_code="it").get_translation(romanian)
    assert calendar.live and calendar.url == "/ro/gruppi/"
    page = client.get(calendar.url).content.decode()
    assert '<html lang="ro"' in page and 'lang="it"' not in page.split("<main", 1)[1].split(">", 1)[0]
    assert "Grupuri pentru părinți și copii" in page

    groups = GroupPage.objects.filter(locale=romanian).live()
    assert groups.count() >= 4
    expected = {
        "casalecchio-genitori-autunno": (
            "Grup pentru părinți, Casalecchio di Reno",
            "Sediul este închis pentru lucrări.",
        ),
        "bologna-genitori-arabo": ("Grup pentru părinți în arabă și italiană, Bologna", "Întâlnirea se mută vineri"),
        "settala-genitori": ("Grup pentru părinți și copii, Settala", "Cinci întâlniri pentru părinți cu copii mici"),
        "prato-genitori-rumeno": ("Grup pentru părinți în română și italiană, Prato", "a doua sâmbătă"),
    }
    for slug, (title, words) in expected.items():
        group = groups.get(slug=slug)
        response = client.get(group.url)
        html = response.content.decode()
        assert response.status_code == 200 and group.url.startswith("/ro/gruppi/"), group.url
        assert '<html lang="ro"' in html and title in html and words in html
        feed = icalendar.Calendar.from_ical(client.get(group.url + "calendar.ics").content)
        events = feed.walk("VEVENT")
        assert events and {str(e["SUMMARY"]).split(": ")[-1] for e in events} == {title}
        descriptions = " ".join(str(e["DESCRIPTION"]) for e in events)
        assert words in descriptions and "Cum participați: Familiile participă" in descriptions
        assert "Gruppo" not in descriptions and "iscrizione" not in descriptions and "Chiusura" not in descriptions
        assert all(
            str(e["LOCATION"]).startswith(("Centrul pentru familii", "Casa de cartier", "Spațiul pentru familii"))
            for e in events
        )
        # Same sessions as the Italian original.
        italian = group.get_translation(Locale.objects.get(language_code="it"))
        assert list(Session.objects.filter(group=group).values_list("start", "status")) == list(
            Session.objects.filter(group=italian).values_list("start", "status")
        )
    cancelled = [
        e
        for e in icalendar.Calendar.from_ical(
            client.get(groups.get(slug="casalecchio-genitori-autunno").url + "calendar.ics").content
        ).walk("VEVENT")
        if str(e.get("STATUS")) == "CANCELLED"
    ]
    assert cancelled and str(cancelled[0]["SUMMARY"]).startswith("Anulată: ")

    feed = icalendar.Calendar.from_ical(client.get(calendar.url + "calendar.ics").content)
    assert str(feed["X-WR-CALNAME"]).startswith("Grupuri pentru părinți și copii")
    summaries = {str(e["SUMMARY"]).split(": ")[-1] for e in feed.walk("VEVENT")}
    assert summaries == {g.title for g in groups}


def test_romanian_home_lists_the_next_sessions_of_the_romanian_groups(demo, client):
    html = client.get("/ro/").content.decode()
    assert 'href="/ro/gruppi/"' in html
    today = today_in()
    upcoming = Session.objects.filter(
        group__locale__language_code="ro", date__gte=today, date__lt=today + datetime.timedelta(weeks=8)
    ).exclude(status="cancelled")
    if upcoming.exists():  # the demo's school year may have a summer gap
        assert "Următoarele întâlniri" in html
        assert 'href="/ro/gruppi/' in html.split("Următoarele întâlniri", 1)[1].split("</ul>", 1)[0]
        assert 'href="/it/gruppi/' not in html


def test_demo_family_pages_are_translated_into_english_arabic_and_romanian(demo, client):
    """Home, service page, the Prato project and the calendar, each in its own words in en, ar and ro."""
    from pages.models import ProjectPage, ServicePage

    calendar = CalendarPage.objects.get(locale__language_code="it")
    service = ServicePage.objects.get(locale__language_code="it", slug="accompagnamento-e-sostegno-alle-famiglie")
    project = ProjectPage.objects.get(locale__language_code="it", url_path__contains="/sds-area-pratese/progetto-pnrr")
    for code in ("en", "ar", "ro"):
        locale = Locale.objects.get(language_code=code)
        for original in (demo, service, project, calendar):
            translation = original.get_translation(locale)
            assert translation.live and translation.title != original.title, (code, original.title)
            html = client.get(translation.url).content.decode()
            assert f'<html lang="{code}"' in html and translation.title in html, translation.url


def test_demo_groups_belong_to_the_seed_territories_in_each_language(demo, client):
    italian = GroupPage.objects.filter(locale__language_code="it").select_related("territory")
    assert italian.count() == 10
    by_comune = {(g.comune, g.territory.slug) for g in italian}
    assert by_comune == {
        ("Casalecchio di Reno", "valli-reno-lavino-samoggia"),
        ("Bologna", "comune-di-bologna"),
        ("Settala", "ambito-5-milano"),
        ("Prato", "sds-area-pratese"),
    }
    assert all(g.territory.locale_id == g.locale_id for g in italian)
    # The demo translates the Prato and Bologna territories into Romanian: those groups point at the
    # Romanian territory; the others keep the Italian one.
    for group in GroupPage.objects.filter(locale__language_code="ro").select_related("territory", "territory__locale"):
        expected = "ro" if group.territory.slug in {"sds-area-pratese", "comune-di-bologna"} else "it"
        assert group.territory.locale.language_code == expected, group.slug
    calendar = CalendarPage.objects.get(locale__language_code="it")
    response = client.get(calendar.url + "month/?territory=sds-area-pratese")
    assert response.status_code == 200
    prato = GroupPage.objects.get(locale__language_code="it", slug="prato-genitori-rumeno")
    assert (
        'href="/it/territori/sds-area-pratese/">Società della Salute Area Pratese</a>'
        in client.get(prato.url).content.decode()
    )


def test_demo_territories_survive_a_second_run(demo):
    before = sorted(GroupPage.objects.values_list("pk", "territory_id"))
    call_command("load_demo", stdout=io.StringIO())
    assert sorted(GroupPage.objects.values_list("pk", "territory_id")) == before
