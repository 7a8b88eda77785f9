"""Recurrence of a group's sessions, expanded in local wall-clock time and capped.

A schedule is stored as a first date, a wall-clock start time (none for all-day sessions), a
duration and an IANA time zone. Occurrences are computed as naive local datetimes by dateutil
and only then given their zone, so a session at 17:00 stays at 17:00 across a DST change.
The expansion stops after `MAX_YEARS` years from the first date or `MAX_SESSIONS` sessions.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language
from django.utils.translation import gettext as _

MAX_YEARS = 2
MAX_SESSIONS = 500

ONCE = "once"
WEEKLY = "weekly"
EVERY_2_WEEKS = "every_2_weeks"
EVERY_3_WEEKS = "every_3_weeks"
MONTHLY_NTH = "monthly_nth"
CUSTOM = "custom"
DATES = "dates"

CANCELLED = "cancelled"
MOVED = "moved"
EXTRA = "extra"
NOTE = "note"

SCHEDULED = "scheduled"

ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class RuleError(ValueError):
    """A custom rule that is not a valid RFC 5545 RRULE (or one this portal does not accept)."""


@dataclass
class Schedule:
    """Everything the expansion needs, independent of the database."""

    first_date: datetime.date
    start_time: datetime.time | None = None  # None: all-day sessions
    duration_minutes: int = 120
    timezone: str = "Europe/Rome"
    pattern: str = ONCE
    custom_rule: str = ""
    until: datetime.date | None = None
    count: int | None = None
    dates: list = field(default_factory=list)  # extra dates of a listed cycle (pattern DATES)

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.timezone)

    def local_start(self, day, time=None):
        """A naive local datetime (midnight for all-day sessions)."""
        return datetime.datetime.combine(day, (time or self.start_time) if not self.all_day else datetime.time())

    def horizon(self):
        return self.local_start(self.first_date) + relativedelta(years=MAX_YEARS)

    def rule_text(self):
        """The RRULE value (without COUNT/UNTIL) for the pattern, or "" for a single date or listed dates."""
        weekday = ICAL_DAYS[self.first_date.weekday()]
        if self.pattern == WEEKLY:
            return f"FREQ=WEEKLY;BYDAY={weekday}"
        if self.pattern == EVERY_2_WEEKS:
            return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}"
        if self.pattern == EVERY_3_WEEKS:
            return f"FREQ=WEEKLY;INTERVAL=3;BYDAY={weekday}"
        if self.pattern == MONTHLY_NTH:
            nth = nth_of_month(self.first_date)
            return f"FREQ=MONTHLY;BYDAY={nth}{weekday}"
        if self.pattern == CUSTOM:
            return normalise_rule(self.custom_rule)
        return ""

    def starts(self):
        """Naive local start datetimes of the series (before exceptions), capped."""
        first = self.local_start(self.first_date)
        horizon = self.horizon()
        if self.pattern == DATES:
            days = sorted({self.first_date, *self.dates})
            return [self.local_start(day) for day in days if self.local_start(day) <= horizon][:MAX_SESSIONS]
        rule_text = self.rule_text()
        if not rule_text:
            return [first]
        ending = ""
        if self.count:
            ending = f";COUNT={int(self.count)}"
        elif self.until:
            ending = f";UNTIL={self.until:%Y%m%d}T235959"
        rule = parse_rule(rule_text + ending, first)
        starts = []
        for start in rule:
            if start > horizon or len(starts) >= MAX_SESSIONS:
                break
            starts.append(start)
        return starts


def nth_of_month(day):
    """1..4 for the n-th weekday of its month, -1 when it is the fifth (so: the last)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def normalise_rule(text):
    text = (text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    return text.strip().upper().rstrip(";")


def parse_rule(text, dtstart):
    """A dateutil rrule for an RRULE value and a naive local start; RuleError if it is not valid."""
    text = normalise_rule(text)
    if not text.startswith("FREQ=") and ";FREQ=" not in text:
        raise RuleError("FREQ is required")
    parts = dict(part.partition("=")[::2] for part in text.split(";") if part)
    if "DTSTART" in parts or "TZID" in parts:
        raise RuleError("DTSTART and TZID are not allowed in a rule")
    if parts.get("FREQ") in {"SECONDLY", "MINUTELY", "HOURLY"}:
        raise RuleError("sessions cannot repeat more than once a day")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError("COUNT and UNTIL together")
    if "UNTIL" in parts:
        # Compare in local wall-clock time: a trailing Z would make dateutil refuse a naive start.
        parts["UNTIL"] = parts["UNTIL"].rstrip("Z")
        text = ";".join(f"{key}={value}" for key, value in parts.items())
    try:
        return rrulestr("RRULE:" + text, dtstart=dtstart, cache=False)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RuleError(str(error)) from error


def check_rule(text, first_date):
    """Validate a custom rule: parse it and make sure it yields at least its first session."""
    rule = parse_rule(text, datetime.datetime.combine(first_date, datetime.time()))
    try:
        first = next(iter(rule), None)
    except (ValueError, TypeError) as error:
        raise RuleError(str(error)) from error
    if first is None:
        raise RuleError("no sessions")


@dataclass
class Occurrence:
    """One session as families see it: local times in the group's zone, status and notes."""

    start: datetime.datetime  # aware, in the schedule's zone
    end: datetime.datetime  # aware; for all-day sessions the next midnight (exclusive end)
    all_day: bool
    status: str = SCHEDULED
    original_start: datetime.datetime | None = None  # aware: the RECURRENCE-ID of a moved session
    note: str = ""
    place_id: int | None = None
    in_series: bool = True  # False for extra sessions (RDATE)

    @property
    def date(self):
        return self.start.date()

    @property
    def recurrence_id(self):
        return self.original_start or self.start


def aware(schedule, naive):
    return naive.replace(tzinfo=schedule.zone)


def session_end(schedule, start):
    if schedule.all_day:
        day = start.date() + datetime.timedelta(days=1)
        return datetime.datetime.combine(day, datetime.time(), tzinfo=schedule.zone)
    # Wall-clock arithmetic: a 2-hour session ends 2 hours later on the clock.
    return (start.replace(tzinfo=None) + datetime.timedelta(minutes=schedule.duration_minutes)).replace(
        tzinfo=schedule.zone
    )


def expand(schedule, exceptions=(), place_id=None):
    """Sessions of the series with its exceptions applied, in time order.

    `exceptions` are objects with `kind`, `date`, `new_date`, `new_start_time`, `new_place_id`
    and `reason` (SessionException rows, or anything shaped like them).
    """
    by_date = {}
    for naive in schedule.starts():
        start = aware(schedule, naive)
        by_date.setdefault(naive.date(), []).append(
            Occurrence(start=start, end=session_end(schedule, start), all_day=schedule.all_day, place_id=place_id)
        )
    extras = []
    for exception in exceptions:
        sessions = by_date.get(exception.date, [])
        if exception.kind == CANCELLED:
            for session in sessions:
                session.status = CANCELLED
                session.note = exception.reason
        elif exception.kind == NOTE:
            for session in sessions:
                session.note = exception.reason
        elif exception.kind == MOVED:
            for session in sessions:
                day = exception.new_date or session.start.date()
                time = exception.new_start_time or (None if schedule.all_day else session.start.timetz())
                new_start = aware(schedule, schedule.local_start(day, time and time.replace(tzinfo=None)))
                session.original_start = session.start
                session.start = new_start
                session.end = session_end(schedule, new_start)
                session.status = MOVED
                session.note = exception.reason
                session.place_id = exception.new_place_id or session.place_id
        elif exception.kind == EXTRA:
            start = aware(schedule, schedule.local_start(exception.date, exception.new_start_time))
            extras.append(
                Occurrence(
                    start=start,
                    end=session_end(schedule, start),
                    all_day=schedule.all_day,
                    status=EXTRA,
                    note=exception.reason,
                    place_id=exception.new_place_id or place_id,
                    in_series=False,
                )
            )
    sessions = [session for day_sessions in by_date.values() for session in day_sessions] + extras
    return sorted(sessions, key=lambda s: s.start)


def validate(schedule, exceptions=()):
    """Every problem with a schedule and its exceptions, as {field name or None: [messages]}."""
    errors = {}

    def add(name, message):
        errors.setdefault(name, []).append(message)

    if schedule.count is not None and schedule.count < 1:
        add("count", _("The number of sessions must be at least 1."))
    if schedule.until and schedule.until < schedule.first_date:
        add("until", _("The end date is before the first date."))
    if schedule.until and schedule.count:
        add("count", _("Give either an end date or a number of sessions, not both."))
    try:
        zoneinfo.ZoneInfo(schedule.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        add(
            "timezone",
            _("“%(zone)s” is not a known time zone (for example Europe/Rome).") % {"zone": schedule.timezone},
        )
        return errors
    if schedule.pattern == CUSTOM:
        if not normalise_rule(schedule.custom_rule):
            add("custom_rule", _("Write the repeat rule, or choose one of the common patterns."))
        else:
            try:
                check_rule(schedule.custom_rule, schedule.first_date)
            except RuleError:
                add(
                    "custom_rule",
                    _("This is not a valid repeat rule (RFC 5545), for example FREQ=WEEKLY;INTERVAL=3;BYDAY=TU."),
                )
            rule = normalise_rule(schedule.custom_rule)
            if ("COUNT=" in rule or "UNTIL=" in rule) and (schedule.until or schedule.count):
                add("custom_rule", _("The rule already has an end: leave the end date and number empty."))
    if schedule.pattern == DATES and schedule.dates and min(schedule.dates) < schedule.first_date:
        add("dates", _("Listed dates cannot come before the first date."))
    if errors:
        return errors

    starts = {naive.date() for naive in schedule.starts()}
    cancelled = {e.date for e in exceptions if e.kind == CANCELLED}
    seen = {}
    for exception in exceptions:
        when = formats.date_format(exception.date, "DATE_FORMAT")
        if exception.kind in (CANCELLED, MOVED, NOTE) and exception.date not in starts:
            add(None, _("There is no session on %(date)s: check the date of the exception.") % {"date": when})
        if exception.kind in (CANCELLED, MOVED) and seen.get(exception.date) in (CANCELLED, MOVED):
            add(None, _("The session on %(date)s is cancelled or moved twice.") % {"date": when})
        if exception.kind in (CANCELLED, MOVED):
            seen[exception.date] = exception.kind
        if exception.kind == MOVED:
            if not (exception.new_date or exception.new_start_time or exception.new_place_id):
                add(None, _("The session moved from %(date)s needs a new date, time or place.") % {"date": when})
            if exception.new_date and exception.new_date in cancelled:
                add(
                    None,
                    _("The session of %(date)s cannot be moved onto %(new)s: that session is cancelled.")
                    % {"date": when, "new": formats.date_format(exception.new_date, "DATE_FORMAT")},
                )
        if exception.kind == EXTRA and exception.date in cancelled:
            add(None, _("An extra session cannot be on %(date)s: that session is cancelled.") % {"date": when})
    return errors


# The schedule in words


def weekday_name(index):
    name = str(WEEKDAYS[index])
    # Inside a sentence only English keeps the capital ("on Tuesday", "il martedì", "le mardi").
    return name if (get_language() or "en").startswith("en") else name.lower()


def ordinal(nth):
    return {
        1: _("first"),
        2: _("second"),
        3: _("third"),
        4: _("fourth"),
        -1: _("last"),
    }.get(nth, str(nth))


def describe(schedule):
    """The schedule in a sentence in the active language: what editors and families read."""
    if schedule.pattern == ONCE:
        return _("Once, on %(date)s") % {"date": formats.date_format(schedule.first_date, "DATE_FORMAT")}
    if schedule.pattern == DATES:
        days = sorted({schedule.first_date, *schedule.dates})
        return _("On %(count)s dates: %(dates)s") % {
            "count": len(days),
            "dates": ", ".join(formats.date_format(day, "SHORT_DATE_FORMAT") for day in days),
        }
    try:
        text = describe_rule(schedule.rule_text())
    except RuleError:
        return _("Repeat rule not valid")
    rule = normalise_rule(schedule.custom_rule) if schedule.pattern == CUSTOM else ""
    parts = dict(part.partition("=")[::2] for part in rule.split(";") if part)
    count = schedule.count or (int(parts["COUNT"]) if parts.get("COUNT", "").isdigit() else None)
    until = schedule.until
    if not until and parts.get("UNTIL"):
        try:
            until = datetime.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        except ValueError:
            until = None
    if count:
        text = _("%(rule)s, %(count)s times") % {"rule": text, "count": count}
    elif until:
        text = _("%(rule)s, until %(date)s") % {"rule": text, "date": formats.date_format(until, "DATE_FORMAT")}
    return text


def describe_rule(rule):
    parts = dict(part.partition("=")[::2] for part in normalise_rule(rule).split(";") if part)
    freq = parts.get("FREQ")
    try:
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError as error:
        raise RuleError("INTERVAL") from error
    days = []
    nth = None
    for item in filter(None, parts.get("BYDAY", "").split(",")):
        code = item[-2:]
        if code not in ICAL_DAYS:
            raise RuleError("BYDAY")
        if item[:-2]:
            nth = int(item[:-2])
        days.append(weekday_name(ICAL_DAYS.index(code)))
    day_list = ", ".join(days)
    if freq == "DAILY":
        if interval == 1:
            return _("Every day")
        return _("Every %(n)s days") % {"n": interval}
    if freq == "WEEKLY":
        if interval == 1:
            return _("Every week on %(days)s") % {"days": day_list} if days else _("Every week")
        if days:
            return _("Every %(n)s weeks on %(days)s") % {"n": interval, "days": day_list}
        return _("Every %(n)s weeks") % {"n": interval}
    if freq == "MONTHLY":
        if nth is None and parts.get("BYSETPOS", "").lstrip("-").isdigit():
            nth = int(parts["BYSETPOS"])
        if days and nth is not None:
            text = _("Every month on the %(nth)s %(day)s") % {"nth": ordinal(nth), "day": day_list}
        elif parts.get("BYMONTHDAY"):
            text = _("Every month on day %(day)s") % {"day": parts["BYMONTHDAY"]}
        else:
            text = _("Every month")
        if interval > 1:
            text = _("%(rule)s (every %(n)s months)") % {"rule": text, "n": interval}
        return text
    if freq == "YEARLY":
        return _("Every year")
    raise RuleError("FREQ")
