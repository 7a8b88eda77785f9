"""Template helpers of the group calendar (session labels, JSON-LD, the home page's next sessions)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

register = template.Library()

JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def calendar_jsonld(data):
    """schema.org data as <script type="application/ld+json">, escaped like json_script."""
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


@register.simple_tag(takes_context=True)
def session_ics_url(context, group, session):
    base = getattr(session, "group_url", None) or group.get_url(context.get("request"))
    return base + group.reverse_subpage("session_ics", args=[f"{session.date:%Y-%m-%d}"]).rstrip("/")


@register.simple_tag(takes_context=True)
def next_sessions(context, calendar_page, limit=4):
    """The next sessions of the visible groups under `calendar_page` (for the home page)."""
    import datetime

    from calendars.models import CalendarPage, GroupPage, Session, today_in
    from portal.visibility import visible_pages

    request = context.get("request")
    if calendar_page is None or request is None:
        return []
    calendar_page = calendar_page.specific
    if not isinstance(calendar_page, CalendarPage):
        return []
    groups = visible_pages(request, GroupPage.objects.descendant_of(calendar_page))
    today = today_in()
    sessions = list(
        Session.objects.filter(
            group__in=groups.values("pk"), date__gte=today, date__lt=today + datetime.timedelta(weeks=8)
        )
        .exclude(status="cancelled")
        .select_related("group")
        .order_by("start")[:limit]
    )
    for session in sessions:
        session.group_url = session.group.get_url(request)
    return sessions
