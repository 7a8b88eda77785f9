"""Recurrence in local wall-clock time: DST, all-day and evening sessions, the cap, exceptions."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from calendars import recurrence
from calendars.models import GroupLanguage, GroupPage, Session, SessionException
from calendars.recurrence import Schedule, expand, validate
from calendars.testing import make_calendar, make_group, make_place

ROME = zoneinfo.ZoneInfo("Europe/Rome")
UTC = datetime.UTC


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the msgids) unless a test asks for another language."""
    with translation.override("en"):
        yield


def ex(kind, date, **fields):
    return SessionException(kind=kind, date=date, **fields)


def local_times(sessions):
    return {s.start.astimezone(ROME).strftime("%H:%M") for s in sessions}


def test_weekly_series_stays_at_17_across_the_march_change():
    # The last Sunday of March 2027 is 28 March: Tuesdays before and after it.
    schedule = Schedule(first_date=datetime.date(2027, 3, 16), start_time=datetime.time(17), pattern="weekly", count=4)
    sessions = expand(schedule)
    assert [s.start.date() for s in sessions] == [
        datetime.date(2027, 3, 16),
        datetime.date(2027, 3, 23),
        datetime.date(2027, 3, 30),
        datetime.date(2027, 4, 6),
    ]
    assert local_times(sessions) == {"17:00"}
    # In UTC the clock moves: 16:00 in winter, 15:00 in summer.
    assert sessions[1].start.astimezone(UTC).hour == 16
    assert sessions[2].start.astimezone(UTC).hour == 15


def test_every_three_weeks_stays_at_17_across_the_october_change():
    # The last Sunday of October 2026 is 25 October.
    schedule = Schedule(
        first_date=datetime.date(2026, 10, 6), start_time=datetime.time(17), pattern="every_3_weeks", count=6
    )
    sessions = expand(schedule)
    assert len(sessions) == 6
    assert all(b.start - a.start >= datetime.timedelta(days=21) for a, b in zip(sessions, sessions[1:], strict=False))
    assert local_times(sessions) == {"17:00"}
    assert {s.start.astimezone(UTC).hour for s in sessions} == {15, 16}
    assert {s.end.astimezone(ROME).strftime("%H:%M") for s in sessions} == {"19:00"}


def test_monthly_nth_weekday_and_last_weekday():
    schedule = Schedule(first_date=datetime.date(2027, 1, 12), start_time=datetime.time(18), pattern="monthly_nth")
    schedule.count = 3
    assert [s.start.date() for s in expand(schedule)] == [
        datetime.date(2027, 1, 12),
        datetime.date(2027, 2, 9),
        datetime.date(2027, 3, 9),
    ]
    last = Schedule(first_date=datetime.date(2027, 1, 29), start_time=datetime.time(18), pattern="monthly_nth", count=2)
    assert [s.start.date() for s in expand(last)] == [datetime.date(2027, 1, 29), datetime.date(2027, 2, 26)]


def test_all_day_sessions_end_at_the_next_midnight():
    schedule = Schedule(first_date=datetime.date(2027, 3, 27), start_time=None, pattern="weekly", count=2)
    sessions = expand(schedule)
    assert all(s.all_day for s in sessions)
    # 28 March has 23 hours; the end is still the next local midnight.
    assert sessions[0].end == datetime.datetime(2027, 3, 28, tzinfo=ROME)
    assert sessions[1].start == datetime.datetime(2027, 4, 3, tzinfo=ROME)


def test_evening_session_crossing_midnight():
    schedule = Schedule(first_date=datetime.date(2027, 3, 5), start_time=datetime.time(22, 30), duration_minutes=120)
    (session,) = expand(schedule)
    assert session.end == datetime.datetime(2027, 3, 6, 0, 30, tzinfo=ROME)


def test_cap_two_years_and_five_hundred_sessions():
    weekly = Schedule(first_date=datetime.date(2027, 1, 4), start_time=datetime.time(17), pattern="weekly")
    sessions = expand(weekly)
    assert sessions[-1].start.date() <= datetime.date(2029, 1, 4)
    assert len(sessions) == 105
    daily = Schedule(
        first_date=datetime.date(2027, 1, 4), start_time=datetime.time(17), pattern="custom", custom_rule="FREQ=DAILY"
    )
    assert len(expand(daily)) == recurrence.MAX_SESSIONS


def test_until_is_inclusive_and_count_limits():
    schedule = Schedule(
        first_date=datetime.date(2027, 3, 2),
        start_time=datetime.time(17),
        pattern="every_2_weeks",
        until=datetime.date(2027, 3, 30),
    )
    assert [s.start.day for s in expand(schedule)] == [2, 16, 30]


def test_listed_dates_cycle():
    schedule = Schedule(
        first_date=datetime.date(2027, 2, 5),
        start_time=datetime.time(18),
        pattern="dates",
        dates=[datetime.date(2027, 3, 19), datetime.date(2027, 2, 26)],
    )
    assert [s.start.date() for s in expand(schedule)] == [
        datetime.date(2027, 2, 5),
        datetime.date(2027, 2, 26),
        datetime.date(2027, 3, 19),
    ]


def test_every_exception_kind():
    schedule = Schedule(first_date=datetime.date(2027, 3, 2), start_time=datetime.time(17), pattern="weekly", count=4)
    place = 99
    sessions = expand(
        schedule,
        [
            ex("cancelled", datetime.date(2027, 3, 9), reason="Sciopero"),
            ex(
                "moved",
                datetime.date(2027, 3, 16),
                new_date=datetime.date(2027, 3, 17),
                new_start_time=datetime.time(16),
            ),
            ex("note", datetime.date(2027, 3, 23), reason="Portate una merenda"),
            ex("extra", datetime.date(2027, 4, 1), new_start_time=datetime.time(10), new_place_id=place),
        ],
        place_id=1,
    )
    by_status = {s.status: s for s in sessions}
    assert by_status["cancelled"].note == "Sciopero"
    moved = by_status["moved"]
    assert moved.start == datetime.datetime(2027, 3, 17, 16, tzinfo=ROME)
    assert moved.original_start == datetime.datetime(2027, 3, 16, 17, tzinfo=ROME)
    assert moved.end == datetime.datetime(2027, 3, 17, 18, tzinfo=ROME)
    noted = [s for s in sessions if s.note == "Portate una merenda"][0]
    assert noted.status == "scheduled"
    extra = by_status["extra"]
    assert extra.start == datetime.datetime(2027, 4, 1, 10, tzinfo=ROME)
    assert extra.place_id == place and not extra.in_series
    assert len(sessions) == 5


def test_moved_place_only_keeps_date():
    schedule = Schedule(first_date=datetime.date(2027, 3, 2), start_time=datetime.time(17), pattern="weekly", count=2)
    sessions = expand(schedule, [ex("moved", datetime.date(2027, 3, 9), new_place_id=7)], place_id=1)
    assert sessions[1].start == datetime.datetime(2027, 3, 9, 17, tzinfo=ROME)
    assert sessions[1].place_id == 7 and sessions[1].status == "moved"


@pytest.mark.parametrize(
    ("schedule", "exceptions", "field", "text"),
    [
        ({"pattern": "custom", "custom_rule": "FREQ=SOMETIMES"}, [], "custom_rule", "not a valid repeat rule"),
        ({"pattern": "custom", "custom_rule": "BYDAY=TU"}, [], "custom_rule", "not a valid repeat rule"),
        ({"pattern": "custom", "custom_rule": ""}, [], "custom_rule", "Write the repeat rule"),
        ({"until": datetime.date(2027, 2, 1)}, [], "until", "before the first date"),
        ({"count": 0}, [], "count", "at least 1"),
        ({"count": 3, "until": datetime.date(2027, 4, 1)}, [], "count", "not both"),
        ({"timezone": "Europe/Atlantis"}, [], "timezone", "not a known time zone"),
        (
            {},
            [
                ex("cancelled", datetime.date(2027, 3, 9)),
                ex("moved", datetime.date(2027, 3, 16), new_date=datetime.date(2027, 3, 9)),
            ],
            None,
            "that session is cancelled",
        ),
        ({}, [ex("cancelled", datetime.date(2027, 3, 10))], None, "There is no session on"),
        ({}, [ex("moved", datetime.date(2027, 3, 9))], None, "needs a new date, time or place"),
    ],
)
def test_bad_input_gives_clear_messages(schedule, exceptions, field, text):
    values = {"first_date": datetime.date(2027, 3, 2), "start_time": datetime.time(17), "pattern": "weekly", "count": 6}
    values.update(schedule)
    errors = validate(Schedule(**values), exceptions)
    assert field in errors, errors
    assert any(text in message for message in errors[field]), errors


def test_messages_are_translated():
    with translation.override("it"):
        errors = validate(
            Schedule(first_date=datetime.date(2027, 3, 2), start_time=datetime.time(17), count=0, pattern="weekly")
        )
    assert "almeno 1" in errors["count"][0]


def test_custom_rule_explained_in_words():
    schedule = Schedule(
        first_date=datetime.date(2027, 3, 2),
        start_time=datetime.time(17),
        pattern="custom",
        custom_rule="FREQ=WEEKLY;INTERVAL=3;BYDAY=TU",
        count=6,
    )
    with translation.override("en"):
        assert recurrence.describe(schedule) == "Every 3 weeks on Tuesday, 6 times"
    with translation.override("it"):
        assert recurrence.describe(schedule) == "Ogni 3 settimane il martedì, 6 volte"
    monthly = Schedule(first_date=datetime.date(2027, 1, 12), start_time=datetime.time(17), pattern="monthly_nth")
    with translation.override("en"):
        assert recurrence.describe(monthly) == "Every month on the second Tuesday"


# The model: validation, materialised sessions, SEQUENCE


@pytest.fixture
def calendar(home):
    return make_calendar(home)


def test_group_clean_rejects_bad_schedule(calendar):
    group = GroupPage(
        title="G",
        slug="g",
        comune="Bologna",
        first_date=datetime.date(2027, 3, 2),
        start_time=datetime.time(17),
        pattern="custom",
        custom_rule="FREQ=WEEKLY;BYDAY=XX",
    )
    group.languages = [GroupLanguage(language="ar")]
    with pytest.raises(ValidationError) as error:
        group.clean()
    assert "custom_rule" in error.value.message_dict


def test_group_clean_rejects_move_onto_cancelled_date(calendar):
    group = GroupPage(
        title="G", slug="g", comune="Bologna", first_date=datetime.date(2027, 3, 2), start_time=datetime.time(17)
    )
    group.pattern, group.count = "weekly", 4
    group.exceptions = [
        SessionException(kind="cancelled", date=datetime.date(2027, 3, 9)),
        SessionException(kind="moved", date=datetime.date(2027, 3, 16), new_date=datetime.date(2027, 3, 9)),
    ]
    with pytest.raises(ValidationError) as error:
        group.clean()
    assert "cancelled" in str(error.value)


def test_publishing_materialises_sessions_and_sequence_grows(calendar):
    group = make_group(calendar, exceptions=[{"kind": "cancelled", "date": datetime.date(2027, 3, 9), "reason": "x"}])
    sessions = list(Session.objects.filter(group=group))
    assert len(sessions) == 6
    assert [s.status for s in sessions].count("cancelled") == 1
    assert {s.start_time for s in sessions} == {datetime.time(17)}
    sequence = group.sequence
    group.count = 8
    group.save_revision().publish()
    group.refresh_from_db()
    assert Session.objects.filter(group=group).count() == 8
    assert group.sequence == sequence + 1
    # Publishing again without changes keeps the number.
    group.save_revision().publish()
    group.refresh_from_db()
    assert group.sequence == sequence + 1


def test_unpublishing_removes_sessions(calendar):
    group = make_group(calendar)
    group.unpublish()
    assert not Session.objects.filter(group=group).exists()


def test_place_is_used_for_sessions(calendar, home):
    place = make_place(home)
    group = make_group(calendar, place=place)
    assert set(Session.objects.filter(group=group).values_list("place_id", flat=True)) == {place.pk}
