"""The calendar list, the month grid, the group page and the home page's next sessions."""

import datetime
import json
import re

import pytest
from django.test.utils import CaptureQueriesContext

from calendars.models import Session, today_in
from calendars.testing import make_calendar, make_group, make_place


@pytest.fixture
def calendar(home):
    return make_calendar(home)


def soon(weeks=1):
    day = today_in() + datetime.timedelta(weeks=weeks)
    return day - datetime.timedelta(days=day.weekday()) + datetime.timedelta(days=1)  # a Tuesday


def test_list_shows_next_eight_weeks_with_filters(client, calendar):
    start = soon()
    make_group(calendar, title="Gruppo arabo", languages=("ar",), first_date=start, count=20, comune="Bologna")
    make_group(calendar, title="Gruppo Prato", languages=("ro",), first_date=start, count=3, comune="Prato")
    response = client.get(calendar.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Gruppo arabo" in html and "Gruppo Prato" in html
    # Only eight weeks ahead: 20 weekly sessions, at most 8 or 9 listed.
    assert html.count('href="/it/gruppi/gruppo-arabo/"') <= 9
    filtered = client.get(calendar.url, {"language": "ar", "comune": "Bologna"}).content.decode()
    assert "Gruppo arabo" in filtered and "Gruppo Prato" not in filtered
    by_age = client.get(calendar.url, {"age": "14"}).content.decode()
    assert "Gruppo arabo" not in by_age
    by_kind = client.get(calendar.url, {"kind": "children"}).content.decode()
    assert "Gruppo arabo" not in by_kind


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"language": "klingon"}, "klingon"),
        ({"comune": "Atlantide"}, "Atlantide"),
        ({"age": "old"}, "Età"),
        ({"kind": "grandparents"}, "grandparents"),
    ],
)
def test_unknown_filter_values_give_a_clear_message(client, calendar, params, text):
    make_group(calendar, first_date=soon())
    response = client.get(calendar.url, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert text in html
    assert "Alcuni filtri non si possono usare" in html


def test_month_grid_is_an_accessible_table(client, calendar):
    make_group(
        calendar,
        title="Gruppo marzo",
        first_date=datetime.date(2027, 3, 2),
        exceptions=[
            {"kind": "cancelled", "date": datetime.date(2027, 3, 9), "reason": "Sciopero"},
            {"kind": "moved", "date": datetime.date(2027, 3, 16), "new_date": datetime.date(2027, 3, 17)},
        ],
    )
    response = client.get(calendar.url + "month/", {"month": "2027-03"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<table" in html and "<caption>" in html
    assert html.count('<th scope="col">') == 7
    assert "marzo 2027" in html.lower()
    assert "Annullato" in html and "Spostato" in html
    assert html.count("Gruppo marzo") >= 5


@pytest.mark.parametrize("month", ["2026-13", "2026-00", "marzo", "2026-3"])
def test_bad_month_gives_a_clear_message(client, calendar, month):
    response = client.get(calendar.url + "month/", {"month": month})
    assert response.status_code == 400
    html = response.content.decode()
    assert "non è un mese" in html
    assert month in html


def test_month_view_in_english_and_arabic_labels(client, calendar):
    make_group(calendar, first_date=datetime.date(2027, 3, 2))
    html = client.get(calendar.url + "month/", {"month": "2026-13"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "is not a month" in html or "non è un mese" in html  # the URL's language (/it/) wins


def test_group_page_lists_sessions_exceptions_and_json_ld(client, calendar, home):
    start = soon()
    place = make_place(home)
    other = make_place(home, name="Biblioteca", address="Piazza Grande 2")
    group = make_group(
        calendar,
        title="Gruppo genitori",
        languages=("ar", "it"),
        first_date=start,
        place=place,
        exceptions=[
            {"kind": "cancelled", "date": start + datetime.timedelta(weeks=1), "reason": "Sciopero dei trasporti"},
            {"kind": "moved", "date": start + datetime.timedelta(weeks=2), "new_place": other},
        ],
    )
    response = client.get(group.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sciopero dei trasporti" in html
    assert "Piazza Grande 2" in html
    assert 'lang="ar"' in html
    assert "webcal://" in html
    assert 'href="/it/gruppi/gruppo-genitori/calendar.ics"' in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    events = json.loads(blocks[0])
    statuses = {event["eventStatus"] for event in events}
    assert "https://schema.org/EventCancelled" in statuses
    assert "https://schema.org/EventRescheduled" in statuses
    assert "https://schema.org/EventScheduled" in statuses


def test_group_page_sessions_equal_the_stored_ones(client, calendar):
    group = make_group(calendar, first_date=soon(), count=5)
    html = client.get(group.url).content.decode()
    for session in Session.objects.filter(group=group):
        assert f'datetime="{session.date:%Y-%m-%d}"' in html


def test_home_page_shows_next_sessions(client, calendar, home):
    make_group(calendar, title="Gruppo vicino", first_date=soon())
    home.families_page = calendar
    home.save_revision().publish()
    html = client.get("/it/").content.decode()
    assert "Gruppo vicino" in html


def test_month_view_queries_do_not_grow_with_groups(client, calendar, django_assert_max_num_queries):
    from django.db import connection

    counts = []
    for batch in range(2):
        for index in range(5):
            make_group(calendar, title=f"G{batch}-{index}", first_date=datetime.date(2027, 3, 2))
        client.get(calendar.url + "month/?month=2027-03")
        with CaptureQueriesContext(connection) as ctx:
            client.get(calendar.url + "month/?month=2027-03")
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts
