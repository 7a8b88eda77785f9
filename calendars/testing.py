"""Builders for the calendar tests and benchmarks: a calendar page and published groups."""

import datetime

from calendars.models import CalendarPage, GroupLanguage, GroupPage, ListedDate, Place, SessionException


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_calendar(home, title="Gruppi", slug="gruppi"):
    page = CalendarPage(title=title, slug=slug)
    home.add_child(instance=page)
    return publish(page)


def make_place(home, name="Centro per le famiglie", address="Via Roma 1, Bologna"):
    return Place.objects.create(locale=home.locale, name=name, address=address, comune="Bologna")


def make_group(calendar, title="Gruppo genitori", languages=("it",), exceptions=(), dates=(), **fields):
    values = {
        "kind": "parents",
        "age_min": 0,
        "age_max": 11,
        "comune": "Bologna",
        "first_date": datetime.date(2027, 3, 2),
        "start_time": datetime.time(17, 0),
        "duration_minutes": 120,
        "pattern": "weekly",
        "count": 6,
    }
    values.update(fields)
    group = GroupPage(title=title, slug=fields.pop("slug", None) or title.lower().replace(" ", "-"), **values)
    group.languages = [GroupLanguage(language=code) for code in languages]
    group.exceptions = [SessionException(**item) for item in exceptions]
    group.listed_dates = [ListedDate(date=day) for day in dates]
    calendar.add_child(instance=group)
    return publish(group)
