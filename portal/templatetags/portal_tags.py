"""Template tags of the base layout: language switcher, main menu, alternate links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_bidi, get_language_info
from wagtail.models import Page

from portal.locales import localized_home
from portal.visibility import visible_pages

register = template.Library()

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _language_entry(code, url, current):
    return {
        "code": code,
        "name": LANGUAGE_NAMES[code],
        "english_name": get_language_info(code)["name"],
        "url": url,
        "current": code == current,
        "direction": "rtl" if get_language_info(code)["bidi"] else "ltr",
        "exists": True,
    }


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages of the current page, then, for the others, the nearest page that exists in them.

    Each entry: code, local name, URL, current flag, direction, and `exists` (False when the URL is
    the nearest translated section or home instead of this page, with `target_title`).
    Non-page views (search, 404) get every language.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if isinstance(page, Page) and page.pk and request is not None:
        # The header's switcher and the head's alternate links both ask: compute once per request.
        cache = request.__dict__.setdefault("_portal_language_links", {})
        key = (page.pk, current)
        if key not in cache:
            cache[key] = _with_absolute_urls(request, _page_language_links(request, page, current))
        return cache[key]
    if request is not None:
        entries = [_language_entry(code, translate_url(request.path, code), current) for code in LANGUAGE_ORDER]
        return _with_absolute_urls(request, entries)
    return []


def _with_absolute_urls(request, entries):
    """hreflang alternates must be absolute addresses (search engines ignore relative ones).

    A page's translations use the site's address, as its canonical link does; other views the
    request's.
    """
    for entry in entries:
        entry.setdefault("absolute_url", request.build_absolute_uri(entry["url"]))
    return entries


def _page_language_links(request, page, current):
    translations = visible_pages(request, page.get_translations(inclusive=True)).select_related("locale")
    entries = [
        {
            **_language_entry(t.locale.language_code, t.get_url(request), current),
            "absolute_url": t.get_full_url(request),
        }
        for t in translations
        if t.locale.language_code in LANGUAGE_NAMES
    ]
    entries.sort(key=lambda entry: LANGUAGE_ORDER.index(entry["code"]))
    missing = [code for code in LANGUAGE_ORDER if code not in {entry["code"] for entry in entries}]
    return entries + _nearest_pages(request, page, missing, current)


def _nearest_pages(request, page, codes, current):
    """For each language code, the deepest ancestor of `page` translated into it (one query)."""
    if not codes:
        return []
    ancestors = page.get_ancestors().filter(depth__gte=2).values_list("translation_key", flat=True)
    candidates = visible_pages(
        request, Page.objects.filter(translation_key__in=list(ancestors), locale__language_code__in=codes)
    ).select_related("locale")
    nearest = {}
    for candidate in candidates.order_by("depth"):
        nearest[candidate.locale.language_code] = candidate
    entries = []
    for code in codes:
        if code in nearest:
            entry = _language_entry(code, nearest[code].get_url(request), current)
            entry.update(exists=False, target_title=nearest[code].title)
            entries.append(entry)
    return entries


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live public pages marked "show in menus" directly under the home of the active language."""
    request = context.get("request")
    if request is None:
        return []
    home = localized_home(request)
    if home is None:
        return []
    return list(visible_pages(request, home.get_children()).in_menu())


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    request = context.get("request")
    home = localized_home(request) if request is not None else None
    if home is None:
        return f"/{get_language()}/"
    return home.get_url(request)


@register.simple_tag
def content_direction(language_code):
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


@register.simple_tag
def page_direction():
    return "rtl" if get_language_bidi() else "ltr"


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data):
    """schema.org data as a <script type="application/ld+json"> block, escaped like json_script."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder
    from django.utils.safestring import mark_safe

    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


@register.simple_tag(takes_context=True)
def subpage_file_url(context, page, name):
    """URL of a routable sub-route that is a file (export.csv, rss.xml), without the trailing slash."""
    return page.get_url(context.get("request")) + page.reverse_subpage(name).rstrip("/")
