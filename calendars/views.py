"""Calendar list, month grid, group page and iCalendar feeds (served through the page routes)."""

import calendar as pycalendar
import datetime
import re

from django import forms
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.dates import MONTHS, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from calendars import ical, recurrence
from calendars.models import GROUP_LANGUAGES, RTL_LANGUAGES, GroupKind, GroupLanguage, GroupPage, Session, today_in

LIST_WEEKS = 8
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


class GroupFilterForm(forms.Form):
    """Filters of the list, month grid and feed: plain GET parameters, no JavaScript needed."""

    comune = forms.ChoiceField(label=gettext_lazy("Comune"), required=False)
    territory = forms.ChoiceField(label=gettext_lazy("Territory"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    age = forms.IntegerField(label=gettext_lazy("Child's age"), required=False, min_value=0, max_value=18)
    kind = forms.ChoiceField(label=gettext_lazy("Kind of group"), required=False)

    def __init__(self, data, comuni, territories=()):
        super().__init__(data)
        self.fields["comune"].choices = [("", _("Any comune"))] + [(c, c) for c in comuni]
        self.fields["territory"].choices = [("", _("Any territory"))] + list(territories)
        self.fields["language"].choices = [("", _("Any language"))] + GROUP_LANGUAGES
        self.fields["kind"].choices = [("", _("Any kind"))] + list(GroupKind.choices)
        self.fields["age"].widget.attrs.update({"min": 0, "max": 18, "inputmode": "numeric"})

    def apply(self, groups):
        data = self.cleaned_data
        if data.get("comune"):
            groups = groups.filter(comune=data["comune"])
        if data.get("territory"):
            groups = groups.filter(territory__slug=data["territory"])
        if data.get("language"):
            groups = groups.filter(pk__in=GroupLanguage.objects.filter(language=data["language"]).values("group_id"))
        if data.get("age") is not None:
            groups = groups.filter(age_min__lte=data["age"], age_max__gte=data["age"])
        if data.get("kind"):
            groups = groups.filter(kind=data["kind"])
        return groups

    def error_messages(self):
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                messages.append(f"{label}: {error}" if label else error)
        return messages

    def query(self, **extra):
        from django.http import QueryDict

        params = QueryDict(mutable=True)
        for name in self.fields:
            value = self.data.get(name)
            if value not in (None, ""):
                params[name] = value
        for name, value in extra.items():
            params[name] = value
        return params.urlencode()


def filtered_groups(request, calendar_page, visitor=None):
    """(form, groups queryset or None when a filter value is invalid)."""
    groups = calendar_page.groups(visitor or request)
    comuni = sorted(set(groups.exclude(comune="").values_list("comune", flat=True)))
    form = GroupFilterForm(request.GET, comuni, territory_choices(groups))
    if not form.is_valid():
        return form, None
    return form, form.apply(groups)


def territory_choices(groups):
    """(slug, name) of the territories that `groups` belong to, named in the active language when the
    territory is translated into it (two queries, however many groups)."""
    from pages.snippets import Territory

    linked = list(
        Territory.objects.filter(pk__in=groups.exclude(territory=None).values("territory_id")).values_list(
            "slug", "name", "translation_key"
        )
    )
    if not linked:
        return []
    localized = dict(
        Territory.objects.filter(
            translation_key__in={key for _slug, _name, key in linked}, locale__language_code=active_language()
        ).values_list("translation_key", "name")
    )
    names = {}
    for slug, name, key in linked:
        names.setdefault(slug, localized.get(key, name))
    return sorted(names.items(), key=lambda item: item[1].casefold())


def active_language():
    """The content language code of the request (as Locale.get_active finds it, without a query)."""
    from django.utils.translation import get_language
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return Locale.get_default().language_code


def sessions_of(groups, start, end):
    """Materialised sessions of `groups` between two dates (inclusive start, exclusive end)."""
    return (
        Session.objects.filter(group__in=groups.values("pk"), date__gte=start, date__lt=end)
        .select_related("group", "place")
        .prefetch_related(Prefetch("group__languages", queryset=GroupLanguage.objects.order_by("sort_order")))
        .order_by("start", "group__title")
    )


def with_urls(request, sessions):
    """Give each session its group's URL, computed once per group (not once per session)."""
    urls = {}
    for session in sessions:
        if session.group_id not in urls:
            urls[session.group_id] = session.group.get_url(request)
        session.group_url = urls[session.group_id]
    return sessions


def language_names():
    return dict(GROUP_LANGUAGES)


def base_context(request, page, form, view):
    return {
        "page": page,
        "self": page,
        "filter_form": form,
        "filter_errors": form.error_messages() if form.is_bound and form.errors else [],
        "view": view,
        "query": form.query() if not form.errors else "",
        "language_names": language_names(),
        "rtl_languages": RTL_LANGUAGES,
        "feed_url": feed_urls(request, page, "ics", form.query() if not form.errors else ""),
        "private_feed_url": private_feed_urls(request, page),
        "revoke_url": page.get_url(request) + page.reverse_subpage("revoke_private_ics"),
    }


def feed_urls(request, page, name, query="", subpage_args=None):
    path = page.get_url(request) + page.reverse_subpage(name, args=subpage_args or []).rstrip("/")
    if query:
        path = f"{path}?{query}"
    absolute = request.build_absolute_uri(path)
    return {"path": path, "https": absolute, "webcal": "webcal://" + absolute.split("://", 1)[1]}


def calendar_list(request, page):
    form, groups = filtered_groups(request, page)
    context = base_context(request, page, form, "list")
    status = 200
    if groups is None:
        context["sessions"] = []
        status = 400
    else:
        start = today_in()
        end = start + datetime.timedelta(weeks=LIST_WEEKS)
        sessions = with_urls(request, list(sessions_of(groups, start, end)))
        context["sessions"] = sessions
        context["days"] = group_by_day(sessions)
        context["period"] = (start, end - datetime.timedelta(days=1))
    return TemplateResponse(request, "calendars/calendar_page.html", context, status=status)


def group_by_day(sessions):
    days = []
    for session in sessions:
        if not days or days[-1]["date"] != session.date:
            days.append({"date": session.date, "sessions": []})
        days[-1]["sessions"].append(session)
    return days


def parse_month(value):
    """(year, month) from "YYYY-MM"; None for a value that is not a month."""
    match = MONTH_RE.match(value or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    return year, month


def calendar_month(request, page):
    form, groups = filtered_groups(request, page)
    context = base_context(request, page, form, "month")
    status = 200
    raw = request.GET.get("month", "")
    today = today_in()
    if raw:
        parsed = parse_month(raw)
        if parsed is None:
            context["filter_errors"] = context["filter_errors"] + [
                _("“%(value)s” is not a month: use the form YYYY-MM, for example %(example)s.")
                % {"value": raw, "example": f"{today:%Y-%m}"}
            ]
            parsed = (today.year, today.month)
            status = 400
    else:
        parsed = (today.year, today.month)
    year, month = parsed
    first = datetime.date(year, month, 1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    if groups is None:
        status = 400
        sessions = []
    else:
        sessions = with_urls(request, list(sessions_of(groups, first, following))) if status == 200 else []
    by_day = {}
    for session in sessions:
        by_day.setdefault(session.date, []).append(session)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append([{"date": day, "in_month": day.month == month, "sessions": by_day.get(day, [])} for day in week])
    query = context["query"]
    context.update(
        {
            "month_title": f"{MONTHS[month]} {year}",
            "weeks": weeks,
            "weekdays": [{"name": WEEKDAYS[i], "abbr": WEEKDAYS_ABBR[i]} for i in range(7)],
            "previous_query": form.query(month=f"{previous:%Y-%m}") if not form.errors else f"month={previous:%Y-%m}",
            "next_query": form.query(month=f"{following:%Y-%m}") if not form.errors else f"month={following:%Y-%m}",
            "previous_title": f"{MONTHS[previous.month]} {previous.year}",
            "next_title": f"{MONTHS[following.month]} {following.year}",
            "month_value": f"{year:04d}-{month:02d}",
            "sessions": sessions,
            "query": query,
        }
    )
    return TemplateResponse(request, "calendars/calendar_month.html", context, status=status)


def group_detail(request, page):
    today = today_in(page.timezone)
    upcoming = list(Session.objects.filter(group=page, date__gte=today).select_related("place").order_by("start")[:12])
    changes = list(
        Session.objects.filter(group=page, date__gte=today - datetime.timedelta(days=30))
        .exclude(status=recurrence.SCHEDULED, note="")
        .select_related("place")
        .order_by("start")[:20]
    )
    url = page.get_url(request)
    for session in upcoming + changes:
        session.group = page
        session.group_url = url
    context = {
        "page": page,
        "self": page,
        "upcoming": upcoming,
        "changes": changes,
        "languages": page.language_list(),
        "rtl_languages": RTL_LANGUAGES,
        "feed_url": feed_urls(request, page, "ics"),
        "place": page.place.localized if page.place else None,
        "parallel": visible_parallel(request, page),
        "territory": group_territory(request, page),
        "calendar_page": page.get_parent().specific,
    }
    context["jsonld"] = event_jsonld(request, page, upcoming, context["territory"])
    return TemplateResponse(request, "calendars/group_page.html", context)


def group_territory(request, page):
    """The group's territory named in the active language, with the link to its agency section when
    a visitor may see one (the section in the active language first), or None."""
    if not page.territory_id:
        return None
    from pages.models import AgencyPage
    from portal.locales import active_locale
    from portal.visibility import visible_pages

    active = active_locale(request)
    territory = page.territory.get_translation_or_none(active) or page.territory
    agencies = list(
        visible_pages(request, AgencyPage.objects.filter(territory__translation_key=territory.translation_key))
    )
    preferred = [active.pk, page.locale_id]
    agencies.sort(key=lambda agency: preferred.index(agency.locale_id) if agency.locale_id in preferred else 2)
    return {
        "name": territory.name,
        "region": territory.region_name if territory.region else "",
        "url": agencies[0].get_url(request) if agencies else None,
    }


def visible_parallel(request, page):
    if not page.parallel_group_id:
        return None
    from portal.visibility import visible_pages

    return visible_pages(request, GroupPage.objects.filter(pk=page.parallel_group_id)).first()


EVENT_STATUS = {
    recurrence.SCHEDULED: "https://schema.org/EventScheduled",
    recurrence.EXTRA: "https://schema.org/EventScheduled",
    recurrence.CANCELLED: "https://schema.org/EventCancelled",
    recurrence.MOVED: "https://schema.org/EventRescheduled",
}


def event_jsonld(request, page, sessions, territory=None):
    url = request.build_absolute_uri(page.url)
    region = territory["region"] if territory else ""
    events = []
    for session in sessions:
        place = session.place or page.place
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "url": url,
            "eventStatus": EVENT_STATUS.get(session.status, EVENT_STATUS[recurrence.SCHEDULED]),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "startDate": session.date.isoformat()
            if session.all_day
            else session.start.astimezone(page.schedule().zone).isoformat(),
            "endDate": session.date.isoformat()
            if session.all_day
            else session.end.astimezone(page.schedule().zone).isoformat(),
            "inLanguage": [item["code"] for item in page.language_list()],
            "isAccessibleForFree": page.free_of_charge,
        }
        if session.original_start:
            event["previousStartDate"] = session.original_start.astimezone(page.schedule().zone).isoformat()
        address = {"@type": "PostalAddress", "addressLocality": page.comune or (place.comune if place else "")}
        if region:
            address["addressRegion"] = region
        address["addressCountry"] = "IT"
        if place:
            address["streetAddress"] = place.address
            event["location"] = {"@type": "Place", "name": place.name, "address": address}
        elif page.comune:
            event["location"] = {"@type": "Place", "name": page.comune, "address": address}
        events.append(event)
    return events


# Feeds


def ics_response(body, request, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if request.user.is_authenticated:
        response["Cache-Control"] = "private, no-store"
    else:
        response["Cache-Control"] = "public, max-age=900"
    return response


def calendar_feed(request, page):
    form, groups = filtered_groups(request, page)
    if groups is None:
        return HttpResponse("\n".join(form.error_messages()), status=400, content_type="text/plain; charset=utf-8")
    return build_calendar_feed(request, page, groups)


def build_calendar_feed(request, page, groups):
    groups = list(
        groups.select_related("place", "locale")
        .prefetch_related(
            Prefetch("sessions", queryset=Session.objects.select_related("place").order_by("start")),
            "listed_dates",
        )
        .order_by("path")
    )
    calendar = ical.new_calendar(page.title)
    stamp = None
    for group in groups:
        url = request.build_absolute_uri(group.url)
        for event in ical.group_events(group, group.sessions.all(), url=url, stamp=stamp):
            calendar.add_component(event)
    return ics_response(ical.finish(calendar), request, f"{page.slug}.ics")


def private_calendar_feed(request, page, key):
    """The calendar feed as the key's owner sees it (restricted groups included); 404 once revoked."""
    from django.http import HttpRequest

    from calendars.models import FeedToken

    token = FeedToken.objects.filter(key=key, revoked_at__isnull=True).select_related("user").first()
    if token is None or not token.user.is_active:
        raise Http404(_("This subscription link is not valid any more."))
    visitor = HttpRequest()
    visitor.user = token.user
    visitor.session = {}
    form, groups = filtered_groups(request, page, visitor=visitor)
    if groups is None:
        return HttpResponse("\n".join(form.error_messages()), status=400, content_type="text/plain; charset=utf-8")
    response = build_calendar_feed(request, page, groups)
    response["Cache-Control"] = "private, no-store"
    return response


def revoke_private_feed(request, page):
    from django.shortcuts import redirect

    from calendars.models import FeedToken

    if request.method != "POST" or not request.user.is_authenticated:
        return HttpResponse(status=405 if request.method != "POST" else 403)
    FeedToken.revoke_all(request.user)
    return redirect(page.get_url(request))


def private_feed_urls(request, page):
    """The signed-in visitor's personal subscription links (None for anonymous visitors)."""
    from calendars.models import FeedToken

    if not request.user.is_authenticated:
        return None
    token = FeedToken.for_user(request.user)
    return feed_urls(request, page, "private_ics", subpage_args=[token.key])


def group_feed(request, page):
    sessions = Session.objects.filter(group=page).select_related("place").order_by("start")
    calendar = ical.new_calendar(page.title)
    for event in ical.group_events(page, sessions, url=request.build_absolute_uri(page.url)):
        calendar.add_component(event)
    return ics_response(ical.finish(calendar), request, f"{page.slug}.ics")


def session_feed(request, page, day):
    try:
        date = datetime.date.fromisoformat(day)
    except ValueError as error:
        raise Http404(_("No session on this date.")) from error
    session = Session.objects.filter(group=page, date=date).select_related("place").order_by("start").first()
    if session is None:
        raise Http404(_("No session on this date."))
    calendar = ical.new_calendar(page.title)
    calendar.add_component(ical.session_event(page, session, url=request.build_absolute_uri(page.url)))
    return ics_response(ical.finish(calendar), request, f"{page.slug}-{date:%Y-%m-%d}.ics")


def session_label(session):
    return formats.date_format(session.date, "DATE_FORMAT")
