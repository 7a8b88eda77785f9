"""A group translated through wagtail-localize's own workflow (translation source, string translations,
save_target) publishes a Romanian page whose feed carries the Romanian texts and the same sessions."""

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from calendars.models import GroupPage, Place, Session
from calendars.testing import make_calendar, make_group

ROME = zoneinfo.ZoneInfo("Europe/Rome")
WINDOW = (datetime.datetime(2026, 1, 1, tzinfo=ROME), datetime.datetime(2029, 1, 1, tzinfo=ROME))

# Every Italian text of the calendar, its places and the group, with its Romanian translation.
ROMANIAN = {
    "Gruppi": "Grupuri",
    "gruppi": "grupuri",
    "Centro per le famiglie": "Centrul pentru familii",
    "Biblioteca comunale": "Biblioteca municipală",
    "Ingresso dal cortile.": "Intrarea prin curte.",
    "Sala al piano terra.": "Sală la parter.",
    "Gruppo genitori": "Grup pentru părinți",
    "gruppo-genitori": "grup-pentru-parinti",
    "Due educatrici.": "Două educatoare.",
    "Chiedere al proprio servizio sociale.": "Întrebați la serviciul social.",
    "Sei incontri per parlare di regole e tempo insieme.": "Șase întâlniri despre reguli și timpul petrecut împreună.",
    "Chiusura per sciopero.": "Închis din cauza grevei.",
    "Merenda insieme.": "Gustare împreună.",
    "Festa di fine ciclo.": "Petrecere de sfârșit de ciclu.",
}
ITALIAN_ONLY = ["Gruppo genitori", "Centro per le famiglie", "Biblioteca comunale", "sciopero", "Merenda", "Chiedere"]


def translate(instance, locale, django_capture_on_commit_callbacks):
    """Translate `instance` as an editor does in wagtail-localize's editor, then publish it."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    assert segments, instance
    for segment in segments:
        text = segment.string.data
        assert text in ROMANIAN, f"no Romanian for {text!r} ({segment.context.path})"
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": ROMANIAN[text]},
        )
    # wagtail-localize publishes a page once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return instance.get_translation(locale)


def feed(client, page):
    response = client.get(page.url + "calendar.ics")
    assert response.status_code == 200, response.content[:300]
    return icalendar.Calendar.from_ical(response.content)


def texts(calendar):
    """What a phone shows of each event (everything but the time stamp)."""
    return sorted(
        tuple(str(event.get(name, "")) for name in ("UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE"))
        + (event["DTSTART"].to_ical(),)
        for event in calendar.walk("VEVENT")
    )


def occurrences(calendar):
    return sorted(
        (event["DTSTART"].dt.astimezone(ROME), str(event.get("STATUS")))
        for event in recurring_ical_events.of(calendar).between(*WINDOW)
    )


@pytest.fixture
def italian(home):
    calendar = make_calendar(home)
    centre = Place.objects.create(
        locale=home.locale,
        name="Centro per le famiglie",
        address="Via Roma 1, Bologna",
        comune="Bologna",
        directions="Ingresso dal cortile.",
        accessibility="Sala al piano terra.",
    )
    library = Place.objects.create(
        locale=home.locale, name="Biblioteca comunale", address="Piazza Maggiore 6, Bologna", comune="Bologna"
    )
    group = make_group(
        calendar,
        place=centre,
        run_by="Due educatrici.",
        how_to_join="Chiedere al proprio servizio sociale.",
        description="<p>Sei incontri per parlare di regole e tempo insieme.</p>",
        first_date=datetime.date(2027, 3, 2),
        count=8,
        exceptions=[
            {"kind": "cancelled", "date": datetime.date(2027, 3, 9), "reason": "Chiusura per sciopero."},
            {"kind": "note", "date": datetime.date(2027, 3, 23), "reason": "Merenda insieme."},
            {
                "kind": "extra",
                "date": datetime.date(2027, 5, 8),
                "new_start_time": datetime.time(10),
                "new_place": library,
                "reason": "Festa di fine ciclo.",
            },
        ],
    )
    return {"calendar": calendar, "places": [centre, library], "group": group}


def test_group_translated_in_wagtail_localize_has_a_romanian_feed_with_the_same_sessions(
    client, italian, django_capture_on_commit_callbacks
):
    group = italian["group"]
    before = feed(client, group)
    romanian = Locale.objects.get(language_code="ro")
    for instance in [italian["calendar"], *italian["places"], group]:
        translate(instance, romanian, django_capture_on_commit_callbacks)

    translated = GroupPage.objects.get(translation_key=group.translation_key, locale=romanian)
    assert translated.live and translated.url == "/ro/grupuri/grup-pentru-parinti/"
    # Publishing the translation materialised its own sessions, the same as the original's.
    assert Session.objects.filter(group=translated).count() == Session.objects.filter(group=group).count() == 9
    page = client.get(translated.url).content.decode()
    assert '<html lang="ro"' in page and "Închis din cauza grevei." in page and "Biblioteca municipală" in page

    ics = feed(client, translated)
    events = ics.walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} == {"Grup pentru părinți", "Anulată: Grup pentru părinți"}
    assert str(ics["X-WR-CALNAME"]).startswith("Grup pentru părinți")
    descriptions = [str(e["DESCRIPTION"]) for e in events]
    assert all("Șase întâlniri despre reguli și timpul petrecut împreună." in d for d in descriptions)
    assert all("Cum participați: Întrebați la serviciul social." in d for d in descriptions)
    by_status = {str(e.get("RECURRENCE-ID").dt.date()): e for e in events if "RECURRENCE-ID" in e}
    assert "Închis din cauza grevei." in str(by_status["2027-03-09"]["DESCRIPTION"])
    assert "Gustare împreună." in str(by_status["2027-03-23"]["DESCRIPTION"])
    assert "Petrecere de sfârșit de ciclu." in str(by_status["2027-05-08"]["DESCRIPTION"])
    assert str(by_status["2027-05-08"]["LOCATION"]) == "Biblioteca municipală, Piazza Maggiore 6, Bologna"
    master = next(e for e in events if "RECURRENCE-ID" not in e)
    assert str(master["LOCATION"]) == "Centrul pentru familii, Via Roma 1, Bologna"
    everything = ics.to_ical().decode()
    for word in ITALIAN_ONLY:
        assert word not in everything, word

    # A phone expands both feeds to the same sessions; the Italian feed did not change.
    assert occurrences(ics) == occurrences(before)
    assert len(occurrences(ics)) == 9
    assert texts(feed(client, group)) == texts(before)
    assert str(events[0]["UID"]) != str(before.walk("VEVENT")[0]["UID"])


def test_updating_the_translation_after_the_source_changes_updates_the_romanian_feed(
    client, italian, django_capture_on_commit_callbacks
):
    group = italian["group"]
    romanian = Locale.objects.get(language_code="ro")
    for instance in [italian["calendar"], *italian["places"], group]:
        translate(instance, romanian, django_capture_on_commit_callbacks)
    translated = group.get_translation(romanian)
    sequence = int(feed(client, translated).walk("VEVENT")[0]["SEQUENCE"])

    # The Italian editor cancels one more session and publishes; the Romanian page is out of date.
    group = GroupPage.objects.get(pk=group.pk)
    group.exceptions.create(kind="cancelled", date=datetime.date(2027, 4, 13), reason="Merenda insieme.")
    group.save_revision().publish()
    outdated = feed(client, translated)
    assert len([e for e in outdated.walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"]) == 1

    translate(group, romanian, django_capture_on_commit_callbacks)
    after = feed(client, translated)
    cancelled = {
        str(e["RECURRENCE-ID"].dt.date()): str(e["DESCRIPTION"])
        for e in after.walk("VEVENT")
        if str(e.get("STATUS")) == "CANCELLED"
    }
    assert set(cancelled) == {"2027-03-09", "2027-04-13"}
    assert "Gustare împreună." in cancelled["2027-04-13"]
    assert int(after.walk("VEVENT")[0]["SEQUENCE"]) == sequence + 1
    assert Session.objects.filter(group=translated, status="cancelled").count() == 2
    assert occurrences(after) == occurrences(feed(client, group))
