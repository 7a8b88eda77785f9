"""iCalendar feeds of groups, built with `icalendar` from the materialised sessions.

One series per group: a master VEVENT with a stable UID, DTSTART with TZID (and a VTIMEZONE),
the RRULE capped with an UNTIL at the last materialised session (so a subscribed phone shows
exactly the sessions the portal shows), RDATE for listed dates and extra sessions, and
RECURRENCE-ID overrides for cancelled (STATUS:CANCELLED), moved and annotated sessions.
SEQUENCE is the group's, which grows each time its published schedule changes.
"""

import datetime

from django.utils import timezone as dj_timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vRecur

from calendars import recurrence

PRODID = "-//P.I.P.P.I. portal//Parent and child groups//EN"
UID_DOMAIN = "pippi-portal.gruppi"


def series_uid(group):
    return f"group-{group.translation_key}-{group.locale.language_code}@{UID_DOMAIN}"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def finish(calendar):
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _value(session, attribute):
    """The start (or recurrence id) of a session as iCalendar wants it: a date for all-day ones."""
    value = getattr(session, attribute)
    if value is None:
        return None
    local = dj_timezone.localtime(value, session.zone)
    return local.date() if session.all_day else local


def _plain(text):
    return normalize_newlines(strip_tags(text or "")).strip()


def _location(place):
    if place is None:
        return ""
    return f"{place.name}, {place.address}"


def _description(group, url, extra=""):
    lines = []
    if extra:
        lines.append(extra)
    if group.description:
        lines.append(_plain(group.description))
    lines.append(group.schedule_in_words())
    if group.how_to_join:
        lines.append(_("How to join: %(text)s") % {"text": group.how_to_join})
    if url:
        lines.append(url)
    return "\n\n".join(lines)


def _common(event, group, url, stamp):
    event.add("uid", series_uid(group))
    event.add("dtstamp", stamp)
    event.add("sequence", group.sequence)
    if url:
        event.add("url", url)
    event.add("categories", [str(group.get_kind_display())])


def prepare(group, sessions):
    """Give each session its zone and the group's place (sessions come from the database)."""
    zone = group.schedule().zone
    for session in sessions:
        session.zone = zone
    return sessions


def group_events(group, sessions, url="", stamp=None):
    """The master VEVENT and its overrides for one group, from its materialised sessions."""
    stamp = stamp or dj_timezone.now()
    sessions = prepare(group, list(sessions))
    series = [s for s in sessions if s.status != recurrence.EXTRA]
    if not sessions:
        return []
    first = series[0] if series else sessions[0]
    master = Event()
    _common(master, group, url, stamp)
    master.add("summary", group.title)
    start = _value(first, "original_start") or _value(first, "start")
    duration = first.end - first.start
    master.add("dtstart", start)
    if first.all_day:
        master.add("dtend", start + datetime.timedelta(days=1))
    else:
        master.add("duration", duration)
    master.add("status", "CONFIRMED")
    master.add("description", _description(group, url))
    if group.place:
        master.add("location", _location(group.place))
    rule = group.schedule().rule_text()
    if rule and len(series) > 1:
        recur = vRecur.from_ical(rule)
        recur.pop("COUNT", None)
        last = series[-1].original_start or series[-1].start
        recur["UNTIL"] = [
            dj_timezone.localtime(last, first.zone).date() if first.all_day else last.astimezone(datetime.UTC)
        ]
        master.add("rrule", recur)
    elif len(series) > 1:
        # A cycle of listed dates: every date after the first is an RDATE.
        master.add("rdate", [_value(s, "original_start") or _value(s, "start") for s in series[1:]])
    extras = [s for s in sessions if s.status == recurrence.EXTRA]
    if extras:
        master.add("rdate", [_value(s, "start") for s in extras])
    events = [master]
    for session in sessions:
        changed_place = session.place_id != group.place_id
        if session.status == recurrence.SCHEDULED and not session.note and not changed_place:
            continue
        if session.status == recurrence.EXTRA and not session.note and not changed_place:
            continue
        events.append(override(group, session, url, stamp))
    return events


def override(group, session, url, stamp):
    event = Event()
    _common(event, group, url, stamp)
    recurrence_id = _value(session, "original_start") or _value(session, "start")
    start = _value(session, "start")
    event.add("recurrence-id", recurrence_id)
    event.add("dtstart", start)
    if session.all_day:
        event.add("dtend", start + datetime.timedelta(days=1))
    else:
        event.add("duration", session.end - session.start)
    extra = ""
    if session.status == recurrence.CANCELLED:
        event.add("status", "CANCELLED")
        event.add("summary", _("Cancelled: %(title)s") % {"title": group.title})
        extra = _("This session is cancelled.")
    elif session.status == recurrence.MOVED:
        event.add("status", "CONFIRMED")
        event.add("summary", _("Moved: %(title)s") % {"title": group.title})
        extra = _("This session has been moved.")
    else:
        event.add("status", "CONFIRMED")
        event.add("summary", group.title)
    if session.note:
        extra = f"{extra} {session.note}".strip()
    event.add("description", _description(group, url, extra))
    place = session.place if session.place_id else None
    if place or group.place:
        event.add("location", _location(place or group.place))
    return event


def session_event(group, session, url="", stamp=None):
    """A single session on its own (the per-session download)."""
    stamp = stamp or dj_timezone.now()
    prepare(group, [session])
    event = override(group, session, url, stamp)
    del event["recurrence-id"]
    del event["uid"]
    event.add("uid", f"{session.date:%Y%m%d}-{series_uid(group)}")
    return event


def calendar_name(title):
    return f"{title} ({get_language()})"
