"""Build (or bring up to date) the demo portal from the seeds' facts. Safe to run again."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from calendars.demo import load_calendars
from pages.demo.home import HOME
from pages.demo.publishing import load_publishing, translate_family_pages, translated_page
from pages.demo.standard import PAGES
from pages.models import StandardPage
from pages.site_setup import ensure_home
from teamspace.demo import load_teamspaces

DEMO_PASSWORD = "pippi-demo-2026"  # noqa: S105 - dev settings only, printed by the command
DEMO_ACCOUNTS = [
    # username, first name, groups
    ("redazione.prato", "Redazione Prato", ["Editors"]),
    ("moderazione", "Moderazione portale", ["Moderators"]),
]


class Command(BaseCommand):
    help = "Create or update the demo content (idempotent): home page, standard pages, translations."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = self.build_home()
            self.build_standard_pages(home)
            self.stdout.write("publishing: territories, projects, guidelines, training, news, topics")
            published = load_publishing(self.stdout, home)
            self.translate_sections(published)
            translate_family_pages(self.stdout, home, published)
            self.link_home_sections(home, published)
            load_teamspaces(self.stdout, home)
            load_calendars(self.stdout, home)
        if settings.PORTAL_DEMO_ACCOUNTS:
            self.build_demo_accounts()
        else:
            self.stdout.write("demo accounts: skipped (these settings do not allow them)")
        self.stdout.write(self.style.SUCCESS("demo content ready"))

    def step(self, message):
        self.stdout.write(f"  {message}")

    def build_home(self):
        self.stdout.write("home page")
        home = ensure_home(title=HOME["it"]["title"])
        self.apply_fields(home, HOME["it"])
        self.step("it: ready")
        for code, fields in HOME.items():
            if code == "it":
                continue
            translation = translated_page(home, code)
            self.apply_fields(translation, fields)
            self.step(f"{code}: ready")
        return home

    def build_standard_pages(self, home):
        self.stdout.write("standard pages")
        built = {}
        for spec in PAGES:
            page = StandardPage.objects.filter(locale=home.locale, slug=spec["slug"]).first()
            if page is None:
                page = home.add_child(
                    instance=StandardPage(title=spec["it"]["title"], slug=spec["slug"], locale=home.locale)
                )
            self.apply_standard(page, spec, spec["it"])
            for code in ("en", "ar"):
                if code in spec:
                    translation = translated_page(page, code)
                    self.apply_standard(translation, spec, spec[code])
            built[spec["slug"]] = page
            self.step(f"{spec['slug']}: ready ({', '.join(c for c in ('it', 'en', 'ar') if c in spec)})")
        return built

    def translate_sections(self, published):
        """Section pages with an English title, so English readers land in their language."""
        for page, title in (
            (published["agencies_index"], "The territories"),
            (published["guidelines_section"], "Guidelines"),
        ):
            translation = translated_page(page, "en")
            translation.title = title
            self.publish(translation)

    def link_home_sections(self, home, published):
        """Every language's home links the same sections; each visitor gets them in their language."""
        for page in [home, *home.get_translations().specific()]:
            if (page.citizens_page_id, page.operators_page_id) != (
                published["project_index"].pk,
                published["guidelines_section"].pk,
            ):
                page.citizens_page = published["project_index"]
                page.operators_page = published["guidelines_section"]
                self.publish(page)

    def build_demo_accounts(self):
        self.stdout.write("demo accounts (development only)")
        user_model = get_user_model()
        for username, name, groups in DEMO_ACCOUNTS:
            user, created = user_model.objects.get_or_create(username=username, defaults={"first_name": name})
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            user.groups.set(Group.objects.filter(name__in=groups))
            self.step(f"{username} ({', '.join(groups)}), password: {DEMO_PASSWORD}")

    # helpers

    def apply_fields(self, page, fields):
        for name, value in fields.items():
            setattr(page, name, value)
        self.publish(page)

    def apply_standard(self, page, spec, text):
        page.title = text["title"]
        page.intro = text["intro"]
        page.body = [
            (kind, {"text": value, "level": "h2"} if kind == "heading" else value) for kind, value in text["body"]
        ]
        page.footer_role = spec.get("footer_role", "")
        page.show_in_menus = spec.get("show_in_menus", False)
        if spec.get("last_reviewed"):
            page.last_reviewed = datetime.date.fromisoformat(spec["last_reviewed"])
        self.publish(page)

    def publish(self, page):
        page.save_revision(log_action=False).publish(log_action=False)
