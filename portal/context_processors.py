"""Values every public template needs: direction, Bootstrap Italia paths, footer links."""

from django.conf import settings
from django.templatetags.static import static
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_bidi


def footer_links(request):
    """Live standard pages that hold a footer role in the active language, keyed by role."""
    from wagtail.models import Locale

    from pages.models import StandardPage
    from portal.locales import active_locale
    from portal.visibility import visible_pages

    try:
        locale = active_locale(request)
    except Locale.DoesNotExist:
        return {}
    pages = visible_pages(request, StandardPage.objects.filter(locale=locale).exclude(footer_role=""))
    return {page.footer_role: page for page in pages.select_related("locale")}


def portal(request):
    return {
        "PORTAL_NAME": settings.PORTAL_NAME,
        "LANGUAGE_DIRECTION": "rtl" if get_language_bidi() else "ltr",
        "BOOTSTRAP_ITALIA_SPRITES": static("bootstrap-italia/svg/sprites.svg"),
        "footer_links": SimpleLazyObject(lambda: footer_links(request)),
        "active_language": get_language(),
    }
