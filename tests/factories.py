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


def make_territory(locale, slug="prato", name="Società della Salute Area Pratese", region="toscana", **fields):
    from pages.models import Territory

    territory, _created = Territory.objects.update_or_create(
        slug=slug, locale=locale, defaults={"name": name, "region": region, **fields}
    )
    return territory


def make_dispositivo(locale, slug, name):
    from pages.models import Dispositivo

    return Dispositivo.objects.update_or_create(slug=slug, locale=locale, defaults={"name": name})[0]


def make_project_index(home):
    from pages.models import ProjectIndexPage

    index = ProjectIndexPage(title="Attuazione misure PNRR", slug="attuazione-misure-pnrr")
    home.add_child(instance=index)
    return publish(index)


def make_project(parent, territory, slug, title=None, implementations=(), dispositivi=(), **fields):
    from pages.models import ProjectDispositivo, ProjectImplementation, ProjectPage

    defaults = {"summary": "Un progetto P.I.P.P.I.", "implementing_body": territory.name}
    defaults.update(fields)
    project = ProjectPage(title=title or slug, slug=slug, territory=territory, **defaults)
    project.implementations = [ProjectImplementation(level=lv, count=c, families=f) for lv, c, f in implementations]
    project.dispositivi = [ProjectDispositivo(dispositivo=d) for d in dispositivi]
    parent.add_child(instance=project)
    return publish(project)
