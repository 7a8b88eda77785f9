"""Small page factories: real pages in the real tree, published through revisions."""

from wagtail.models import Locale

from pages.models import StandardPage


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_standard_page(parent, title, slug=None, **fields):
    page = StandardPage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
    parent.add_child(instance=page)
    return publish(page)


def translate(page, language_code, **fields):
    """Copy a page into another locale and publish it with the given fields."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)
