"""The active language's Locale and home page, looked up once per request.

`Locale.get_active()` and `Page.localized` run a query each time they are called; the base
layout needs them in the header, the menu, the footer and the page itself.
"""

from django.utils.translation import get_language
from wagtail.models import Locale, Site


def active_locale(request):
    """The Locale of the active language (Locale.DoesNotExist when it has none)."""
    if request is None:
        return Locale.get_active()
    cached = request.__dict__.setdefault("_portal_locales", {})
    code = get_language()
    if code not in cached:
        cached[code] = Locale.get_active()
    return cached[code]


def localized_home(request):
    """The site's home page in the active language (the original when it has no live translation)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    cached = request.__dict__.setdefault("_portal_homes", {})
    code = get_language()
    if code not in cached:
        home = site.root_page
        try:
            translation = home.get_translation_or_none(active_locale(request))
        except Locale.DoesNotExist:
            translation = None
        cached[code] = translation if translation is not None and translation.live else home
    return cached[code]
