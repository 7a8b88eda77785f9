"""`load_demo` builds a realistic portal, is idempotent and creates demo accounts only in dev."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site

from pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def run_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_is_idempotent_and_reports_progress():
    first = run_demo()
    counts = (Page.objects.count(), StandardPage.objects.count(), HomePage.objects.count())
    second = run_demo()
    assert (Page.objects.count(), StandardPage.objects.count(), HomePage.objects.count()) == counts
    for output in (first, second):
        assert "home page" in output and "standard pages" in output and "demo content ready" in output


def test_load_demo_sets_the_italian_home_as_site_root():
    run_demo()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "it"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_load_demo_uses_the_seed_facts(client):
    run_demo()
    html = client.get("/it/territori/").content.decode()
    assert "211.000,00 euro" in html and "211.500 euro" in html
    assert "Casalecchio di Reno" in html and "83.321 abitanti" in html


def test_every_footer_page_exists_in_italian_english_and_arabic():
    run_demo()
    for role in ("accessibility", "privacy", "legal", "contacts", "about"):
        languages = set(
            StandardPage.objects.live().filter(footer_role=role).values_list("locale__language_code", flat=True)
        )
        assert languages == {"it", "en", "ar"}, role


def test_no_demo_accounts_without_the_dev_setting():
    output = run_demo()
    assert not get_user_model().objects.exists()
    assert "demo accounts: skipped" in output


@override_settings(PORTAL_DEMO_ACCOUNTS=True)
def test_demo_accounts_in_dev():
    run_demo()
    run_demo()
    editor = get_user_model().objects.get(username="redazione.prato")
    assert editor.groups.filter(name="Editors").exists()
    assert editor.check_password("pippi-demo-2026")
