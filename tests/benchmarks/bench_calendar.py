"""Group calendar figures (run with `make bench`; not part of `make test`).

- SQL queries of the month grid as groups grow (must stay flat: sessions are materialised).
- The feed of a weekly group over two years: build time, size, events, sessions expanded.
"""

import datetime
import time

import icalendar
import pytest
import recurring_ical_events
from django.db import connection
from django.test.utils import CaptureQueriesContext

from calendars.models import Session
from calendars.testing import make_calendar, make_group

pytestmark = [pytest.mark.benchmark, pytest.mark.django_db]

SIZES = (10, 50, 200)
COMUNI = ("Bologna", "Prato", "Settala", "Casalecchio di Reno")
MONTH = "2027-03"


def test_month_view_queries_stay_flat_with_200_groups(client, home):
    from pages.models import TerritoryComune
    from tests.factories import make_territory

    calendar = make_calendar(home)
    territories = []
    for comune in COMUNI:
        territory = make_territory(home.locale, slug=comune.lower().replace(" ", "-"), name=f"Ambito di {comune}")
        territory.comuni = [TerritoryComune(name=comune)]
        territory.save()
        territories.append(territory)
    created = 0
    rows = []
    for size in SIZES:
        while created < size:
            make_group(
                calendar,
                title=f"Gruppo {created}",
                comune=COMUNI[created % 4],
                territory=territories[created % 4],
                languages=(("it", "ar"), ("ro",), ("zh", "it"))[created % 3],
                first_date=datetime.date(2027, 3, 1) + datetime.timedelta(days=created % 7),
                pattern="every_3_weeks" if created % 2 else "weekly",
                count=6,
            )
            created += 1
        url = calendar.url + f"month/?month={MONTH}"
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200
        sessions = Session.objects.filter(date__year=2027, date__month=3).count()
        filtered = CaptureQueriesContext(connection)
        with filtered:
            client.get(url + "&language=ar&comune=Bologna")
        by_territory = CaptureQueriesContext(connection)
        with by_territory:
            assert client.get(url + "&territory=prato").status_code == 200
        rows.append(
            (
                size,
                sessions,
                len(ctx.captured_queries),
                len(filtered.captured_queries),
                len(by_territory.captured_queries),
                elapsed,
            )
        )
    print(
        "\nmonth grid",
        MONTH,
        "(groups in 4 territories, sessions in month, queries, with 2 filters, with the territory filter, seconds)",
    )
    for size, sessions, queries, filtered_queries, territory_queries, elapsed in rows:
        print(
            f"  {size:4} groups {sessions:5} sessions {queries:3} queries {filtered_queries:3} filtered "
            f"{territory_queries:3} by territory {elapsed:.3f}s"
        )
    for column in (2, 3, 4):
        counts = [row[column] for row in rows]
        assert max(counts) - min(counts) <= 1, counts


def test_feed_of_a_weekly_group_over_two_years(client, home):
    calendar = make_calendar(home)
    exceptions = [
        {"kind": "cancelled", "date": datetime.date(2027, 3, 2) + datetime.timedelta(weeks=w), "reason": "Chiuso"}
        for w in range(5, 100, 10)
    ]
    started = time.perf_counter()
    group = make_group(calendar, title="Settimanale", pattern="weekly", count=None, exceptions=exceptions)
    publish_seconds = time.perf_counter() - started
    url = group.url + "calendar.ics"
    client.get(url)
    timings = []
    for _round in range(5):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - started)
    feed = icalendar.Calendar.from_ical(response.content)
    expanded = recurring_ical_events.of(feed).between((2020, 1, 1), (2040, 1, 1))
    sessions = Session.objects.filter(group=group).count()
    print(
        f"\nweekly group over two years: {sessions} sessions, publish+materialise {publish_seconds:.3f}s, "
        f"feed {len(response.content)} bytes, {len(feed.walk('VEVENT'))} VEVENTs, "
        f"{len(ctx.captured_queries)} queries, best {min(timings) * 1000:.1f} ms, "
        f"median {sorted(timings)[2] * 1000:.1f} ms, expanded by recurring_ical_events: {len(expanded)}"
    )
    assert len(expanded) == sessions == 105
