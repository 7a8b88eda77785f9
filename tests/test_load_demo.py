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
    from teamspace.models import DocumentVersion

    first = run_demo()
    counts = (
        Page.objects.count(),
        StandardPage.objects.count(),
        HomePage.objects.count(),
        DocumentVersion.objects.count(),
    )
    assert counts[3] == 4  # the demo teams' working documents
    second = run_demo()
    assert (
        Page.objects.count(),
        StandardPage.objects.count(),
        HomePage.objects.count(),
        DocumentVersion.objects.count(),
    ) == counts
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
    prato = client.get("/it/territori/sds-area-pratese/progetto-pnrr-pippi/").content.decode()
    assert "211.500,00 €" in prato and "f.spighetti@comune.prato.it" in prato
    assert "Modulo base" in prato or "Base module" in prato
    unione = client.get("/it/territori/valli-reno-lavino-samoggia/progetto-pnrr-1-1-1/").content.decode()
    assert "211.000,00 €" in unione and "Casalecchio di Reno" in unione and "ASC InSieme" in unione
    ambito = client.get("/it/territori/ambito-5-milano/").content.decode()
    assert "83321" in ambito or "83.321" in ambito


def test_load_demo_publishes_the_publishing_core():
    from pages.models import GuidelinePage, NewsPage, ProjectPage, ServicePage, Territory, TrainingItemPage

    run_demo()
    assert Territory.objects.filter(locale__language_code="it").count() == 5
    # Bologna's seed is a service page, not a project card.
    assert ProjectPage.objects.live().filter(locale__language_code="it").count() == 4
    assert set(GuidelinePage.objects.values_list("version", flat=True)) == {"integral", "synthetic"}
    assert TrainingItemPage.objects.live().count() >= 12
    assert TrainingItemPage.objects.filter(operators_only=True).exists()
    assert ServicePage.objects.filter(slug="accompagnamento-e-sostegno-alle-famiglie").exists()
    assert NewsPage.objects.count() >= 3


def test_no_demo_fact_is_invented():
    """Seeds without a CUP or an amount leave those fields empty."""
    from pages.models import ProjectPage

    run_demo()
    assert not ProjectPage.objects.exclude(cup="").exists()
    assert ProjectPage.objects.get(slug="azione-pnrr-1-1-1").amount is None


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
