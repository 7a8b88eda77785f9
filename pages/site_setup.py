"""Idempotent set-up of the page tree: one Locale per language, the Italian home as the site root.

Used by `load_demo` and by tests; safe to run on a database that already holds content.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from pages.models import HomePage

HOME_SLUG = "home"


def ensure_locales():
    """Create a Locale for every language in WAGTAIL_CONTENT_LANGUAGES; return them by code."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)
    return locales


def ensure_root():
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    return root


def ensure_root_collection():
    """Wagtail's root collection (a flushed test database has none)."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@transaction.atomic
def ensure_home(title="P.I.P.P.I.", **fields):
    """The Italian HomePage at the site root, created (replacing Wagtail's welcome page) if needed."""
    locales = ensure_locales()
    root = ensure_root()
    home = HomePage.objects.filter(locale=locales["it"], depth=2).first()
    if home is None:
        # Wagtail's migrations leave a plain "Welcome" page at depth 2 with the slug we want.
        for page in root.get_children().filter(slug=HOME_SLUG, content_type__model="page"):
            page.delete()
        home = root.add_child(instance=HomePage(title=title, slug=HOME_SLUG, locale=locales["it"], **fields))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="P.I.P.P.I.")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home
