"""Every feed parsed by `icalendar` and expanded by `recurring_ical_events`: the dates it yields
are exactly the sessions the HTML shows, cancelled and moved ones included."""

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events

from calendars.models import GroupPage, Session
from calendars.testing import make_calendar, make_group, make_place
from tests.factories import translate

ROME = zoneinfo.ZoneInfo("Europe/Rome")
START = datetime.datetime(2020, 1, 1, tzinfo=ROME)
END = datetime.datetime(2035, 1, 1, tzinfo=ROME)


def parse(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def expanded(calendar):
    """(local start, status) of every occurrence recurring_ical_events finds."""
    result = []
    for event in recurring_ical_events.of(calendar).between(START, END):
        start = event["DTSTART"].dt
        if isinstance(start, datetime.datetime):
            start = start.astimezone(ROME).replace(tzinfo=None)
        result.append((start, str(event.get("STATUS", "CONFIRMED")), str(event["UID"])))
    return sorted(result)


def stored(group):
    result = []
    for session in Session.objects.filter(group=group).order_by("start"):
        start = session.date if session.all_day else session.start.astimezone(ROME).replace(tzinfo=None)
        result.append((start, "CANCELLED" if session.status == "cancelled" else "CONFIRMED"))
    return sorted(result)


@pytest.fixture
def calendar(home):
    return make_calendar(home)


EXCEPTIONS = [
    {"kind": "cancelled", "date": datetime.date(2027, 3, 9), "reason": "Sciopero"},
    {"kind": "moved", "date": datetime.date(2027, 3, 30), "new_date": datetime.date(2027, 3, 31)},
    {"kind": "note", "date": datetime.date(2027, 4, 6), "reason": "Merenda insieme"},
    {"kind": "extra", "date": datetime.date(2027, 4, 20), "new_start_time": datetime.time(10)},
]


def test_group_feed_has_required_properties(client, calendar):
    group = make_group(calendar, exceptions=EXCEPTIONS, count=6)
    feed = parse(client.get(group.url + "calendar.ics"))
    assert feed["VERSION"] == "2.0"
    assert "P.I.P.P.I." in str(feed["PRODID"])
    timezones = feed.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Rome"]
    events = feed.walk("VEVENT")
    assert len({str(e["UID"]) for e in events}) == 1
    for event in events:
        assert "DTSTAMP" in event and "SEQUENCE" in event
        assert event["DTSTART"].params.get("TZID") == "Europe/Rome"
    master = [e for e in events if "RECURRENCE-ID" not in e][0]
    assert "RRULE" in master
    cancelled = [e for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 1 and "Sciopero" in str(cancelled[0]["DESCRIPTION"])
    assert cancelled[0]["RECURRENCE-ID"].dt == datetime.datetime(2027, 3, 9, 17, tzinfo=ROME)
    moved = [e for e in events if "RECURRENCE-ID" in e and e["RECURRENCE-ID"].dt.day == 30][0]
    assert moved["DTSTART"].dt == datetime.datetime(2027, 3, 31, 17, tzinfo=ROME)


def test_group_feed_expands_to_the_html_sessions(client, calendar):
    group = make_group(calendar, exceptions=EXCEPTIONS, count=6)
    feed = expanded(parse(client.get(group.url + "calendar.ics")))
    assert [(start, status) for start, status, _uid in feed] == stored(group)
    # The DST change of 28 March 2027: still 17:00 on both sides.
    starts = [start for start, _s, _u in feed]
    assert datetime.datetime(2027, 3, 23, 17) in starts and datetime.datetime(2027, 4, 6, 17) in starts
    assert datetime.datetime(2027, 4, 20, 10) in starts  # the extra session


@pytest.mark.parametrize(
    "fields",
    [
        {"pattern": "weekly", "count": None},  # capped at two years
        {"pattern": "every_3_weeks", "count": 6, "first_date": datetime.date(2026, 10, 6)},
        {"pattern": "monthly_nth", "count": None, "until": datetime.date(2027, 12, 31)},
        {"pattern": "custom", "custom_rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "count": 9},
        {"pattern": "custom", "custom_rule": "FREQ=MONTHLY;BYDAY=2SA;COUNT=5", "count": None},
        {"pattern": "once", "count": None},
        {"pattern": "weekly", "count": 5, "start_time": None},  # all day
        {"pattern": "weekly", "count": 5, "start_time": datetime.time(20, 30)},  # evening
        {"pattern": "dates", "count": None, "dates": [datetime.date(2027, 3, 26), datetime.date(2027, 4, 16)]},
    ],
)
def test_every_pattern_round_trips_through_recurring_ical_events(client, calendar, fields):
    group = make_group(calendar, **fields)
    feed = expanded(parse(client.get(group.url + "calendar.ics")))
    assert [(start, status) for start, status, _uid in feed] == stored(group)
    assert len(feed) >= 1


def test_all_day_feed_uses_dates(client, calendar):
    group = make_group(calendar, start_time=None, count=2)
    events = parse(client.get(group.url + "calendar.ics")).walk("VEVENT")
    assert events[0]["DTSTART"].dt == datetime.date(2027, 3, 2)
    assert events[0]["DTEND"].dt == datetime.date(2027, 3, 3)


def test_sequence_grows_when_the_series_changes(client, calendar):
    group = make_group(calendar)
    first = parse(client.get(group.url + "calendar.ics")).walk("VEVENT")[0]
    group.exceptions.create(kind="cancelled", date=datetime.date(2027, 3, 16), reason="Neve")
    group.save_revision().publish()
    second = parse(client.get(group.url + "calendar.ics")).walk("VEVENT")
    assert int(second[0]["SEQUENCE"]) == int(first["SEQUENCE"]) + 1
    assert str(second[0]["UID"]) == str(first["UID"])


def test_calendar_feed_lists_every_visible_group_and_filters(client, calendar):
    arabic = make_group(calendar, title="Gruppo arabo", languages=("ar", "it"), exceptions=EXCEPTIONS)
    make_group(calendar, title="Gruppo Prato", comune="Prato", languages=("ro",))
    feed = parse(client.get(calendar.url + "calendar.ics"))
    assert len({str(e["UID"]) for e in feed.walk("VEVENT")}) == 2
    filtered = parse(client.get(calendar.url + "calendar.ics?language=ar&comune=Bologna"))
    events = expanded(filtered)
    assert len({uid for _s, _st, uid in events}) == 1
    assert [(start, status) for start, status, _uid in events] == stored(arabic)


def test_calendar_feed_rejects_unknown_filter_values(client, calendar):
    make_group(calendar)
    response = client.get(calendar.url + "calendar.ics?language=xx")
    assert response.status_code == 400
    assert "xx" in response.content.decode()


def test_feed_leaves_out_unpublished_and_restricted_groups(client, calendar):
    from wagtail.models import PageViewRestriction

    make_group(calendar, title="Pubblico")
    private = make_group(calendar, title="Riservato")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = make_group(calendar, title="Bozza")
    draft.unpublish()
    feed = parse(client.get(calendar.url + "calendar.ics"))
    summaries = {str(e["SUMMARY"]) for e in feed.walk("VEVENT")}
    assert summaries == {"Pubblico"}
    assert client.get(private.url + "calendar.ics").status_code == 302


def test_session_ics_download(client, calendar, home):
    place = make_place(home)
    group = make_group(calendar, place=place)
    response = client.get(group.url + "session/2027-03-09.ics")
    feed = parse(response)
    (event,) = feed.walk("VEVENT")
    assert event["DTSTART"].dt == datetime.datetime(2027, 3, 9, 17, tzinfo=ROME)
    assert "Via Roma 1" in str(event["LOCATION"])
    assert "attachment" in response["Content-Disposition"]
    assert client.get(group.url + "session/2027-03-10.ics").status_code == 404
    assert client.get(group.url + "session/2027-13-10.ics").status_code == 404


def test_feed_texts_follow_the_url_language(client, calendar):
    group = make_group(calendar, exceptions=[{"kind": "cancelled", "date": datetime.date(2027, 3, 9)}])
    translate(calendar, "ar", title="مجموعات")
    arabic = translate(group, "ar", title="مجموعة الآباء")
    feed = parse(client.get(arabic.url + "calendar.ics"))
    cancelled = [e for e in feed.walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"][0]
    assert "مجموعة الآباء" in str(cancelled["SUMMARY"])
    assert arabic.url.startswith("/ar/")
    italian = parse(client.get(group.url + "calendar.ics"))
    assert str(italian.walk("VEVENT")[0]["UID"]) != str(feed.walk("VEVENT")[0]["UID"])


def test_arabic_feed_labels_are_arabic_and_caching_follows_the_visitor(client, calendar, django_user_model):
    group = make_group(calendar, exceptions=[{"kind": "cancelled", "date": datetime.date(2027, 3, 9)}])
    translate(calendar, "ar", title="مجموعات")
    arabic = translate(group, "ar", title="مجموعة الآباء")
    response = client.get(arabic.url + "calendar.ics")
    cancelled = [e for e in parse(response).walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"][0]
    assert str(cancelled["SUMMARY"]).startswith("ملغى")
    assert response["Cache-Control"] == "public, max-age=900"
    client.force_login(django_user_model.objects.create_user("operatrice", password="a-long-password-123"))
    assert client.get(arabic.url + "calendar.ics")["Cache-Control"] == "private, no-store"


def test_private_feed_token_shows_restricted_groups_and_is_revocable(client, calendar, django_user_model):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from calendars.models import FeedToken

    make_group(calendar, title="Pubblico")
    private = make_group(calendar, title="Riservato")
    members = Group.objects.create(name="Équipe Bologna")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(members)
    member = django_user_model.objects.create_user("membro", password="a-long-password-123")
    member.groups.add(members)
    outsider = django_user_model.objects.create_user("esterno", password="a-long-password-123")

    anonymous = parse(client.get(calendar.url + "calendar.ics"))
    private_uid = f"group-{private.translation_key}-it@pippi-portal.gruppi"
    assert private_uid not in {str(e["UID"]) for e in anonymous.walk("VEVENT")}

    client.force_login(member)
    html = client.get(calendar.url).content.decode()
    token = FeedToken.objects.get(user=member)
    assert f"private/{token.key}.ics" in html and "webcal://" in html
    client.logout()

    response = client.get(calendar.url + f"private/{token.key}.ics")  # a phone: no session cookie
    assert response["Cache-Control"] == "private, no-store"
    assert private_uid in {str(e["UID"]) for e in parse(response).walk("VEVENT")}
    outsider_token = FeedToken.for_user(outsider)
    outsider_feed = parse(client.get(calendar.url + f"private/{outsider_token.key}.ics"))
    assert private_uid not in {str(e["UID"]) for e in outsider_feed.walk("VEVENT")}

    client.force_login(member)
    assert client.post(calendar.url + "private/revoke/").status_code == 302
    client.logout()
    assert client.get(calendar.url + f"private/{token.key}.ics").status_code == 404
    assert client.get(calendar.url + "private/not-a-key.ics").status_code == 404


def test_editing_a_place_in_the_admin_moves_the_sequence_of_the_series_that_meet_there(
    client, calendar, home, django_user_model
):
    place = make_place(home, name="Centro per le famiglie", address="Via Roma 1, Bologna")
    elsewhere = make_place(home, name="Biblioteca", address="Piazza Maggiore 6, Bologna")
    weekly = make_group(calendar, title="Gruppo settimanale", place=place)
    party = make_group(
        calendar,
        title="Gruppo con festa",
        place=elsewhere,
        exceptions=[{"kind": "extra", "date": datetime.date(2027, 5, 8), "new_place": place}],
    )
    unrelated = make_group(calendar, title="Gruppo altrove", place=elsewhere)

    def events(group):
        return parse(client.get(group.url + "calendar.ics")).walk("VEVENT")

    before = {group.pk: events(group) for group in (weekly, party, unrelated)}
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "a-long-password-123"))
    form = {
        "name": "Centro per le famiglie",
        "address": "Via Saragozza 12, Bologna",
        "comune": "Bologna",
        "directions": "",
        "accessibility": "",
    }
    response = client.post(f"/admin/snippets/calendars/place/edit/{place.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()

    after = {group.pk: events(group) for group in (weekly, party, unrelated)}
    for group in (weekly, party):
        for old, new in zip(before[group.pk], after[group.pk], strict=True):
            assert int(new["SEQUENCE"]) == int(old["SEQUENCE"]) + 1
            assert str(new["UID"]) == str(old["UID"])
    assert str(after[weekly.pk][0]["LOCATION"]) == "Centro per le famiglie, Via Saragozza 12, Bologna"
    (extra,) = [e for e in after[party.pk] if "RECURRENCE-ID" in e]
    assert str(extra["LOCATION"]) == "Centro per le famiglie, Via Saragozza 12, Bologna"
    assert [e.to_ical() for e in after[unrelated.pk]] != [] and [int(e["SEQUENCE"]) for e in after[unrelated.pk]] == [
        int(e["SEQUENCE"]) for e in before[unrelated.pk]
    ]

    # Saving the place again without changing where it is leaves the sequence alone.
    place.refresh_from_db()
    place.accessibility = "Sala al piano terra."
    place.save()
    assert int(events(weekly)[0]["SEQUENCE"]) == int(after[weekly.pk][0]["SEQUENCE"])
    # A later publish of the group keeps the higher sequence.
    weekly = GroupPage.objects.get(pk=weekly.pk)
    weekly.save_revision().publish()
    assert int(events(weekly)[0]["SEQUENCE"]) == int(after[weekly.pk][0]["SEQUENCE"])


def test_deleting_a_place_moves_the_sequence_and_drops_the_location(client, calendar, home):
    place = make_place(home)
    group = make_group(calendar, place=place)
    (before,) = parse(client.get(group.url + "calendar.ics")).walk("VEVENT")
    assert "Via Roma 1" in str(before["LOCATION"])
    place.delete()
    (after,) = parse(client.get(group.url + "calendar.ics")).walk("VEVENT")
    assert "LOCATION" not in after
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
