"""Journeys through the publishing core: a citizen reads a project's funding, an operator filters training."""

import pytest
from django.contrib.auth.models import Group, User

from tests.e2e.conftest import assert_axe_clean, screenshot


def test_citizen_finds_the_prato_project_from_the_home_page(site, open_context):
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/it/")
    page.get_by_role("link", name="Attuazione misure PNRR").first.click()
    page.wait_for_url("**/attuazione-misure-pnrr/")
    assert_axe_clean(page)
    screenshot(page, "project-index-it")
    page.get_by_label("Regione").select_option("toscana")
    page.get_by_role("button", name="Applica i filtri").click()
    page.wait_for_url("**/attuazione-misure-pnrr/?*region=toscana*")
    page.get_by_role("link", name="P.I.P.P.I. nell'area pratese").click()
    page.wait_for_url("**/sds-area-pratese/progetto-pnrr-pippi/")
    notice = page.locator(".pnrr-notice--prominent")
    # The EU disclosure and the funding are visible without scrolling.
    box = notice.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"]
    assert notice.get_by_text("Finanziato dall'Unione europea – NextGenerationEU").is_visible()
    assert "211.500,00 €" in notice.inner_text()
    assert page.get_by_role("heading", name="P.I.P.P.I. nell'area pratese").is_visible()
    assert_axe_clean(page)
    screenshot(page, "project-prato-it")


def test_operator_filters_training_by_role(site, open_context):
    operator = User.objects.create_user("operatrice.e2e", password="una-password-lunga-2026")
    operator.groups.add(Group.objects.get(name="operators"))
    page = open_context(locale="it-IT").new_page()
    page.goto(site.url + "/it/formazione/")
    anonymous_titles = page.locator(".training-list h2").all_inner_texts()
    assert "Il ruolo del coach" not in " ".join(anonymous_titles)
    page.goto(site.url + "/accounts/login/?next=/it/formazione/")
    page.fill("input[name=username]", "operatrice.e2e")
    page.fill("input[name=password]", "una-password-lunga-2026")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/it/formazione/")
    page.get_by_label("Per chi").select_option("coach")
    page.get_by_role("button", name="Applica i filtri").click()
    page.wait_for_url("**role=coach*")
    titles = page.locator(".training-list h2 a").all_inner_texts()
    assert "Il ruolo del coach" in titles
    assert "Scuola e servizi insieme" not in titles
    assert_axe_clean(page)
    screenshot(page, "training-coach-it")


@pytest.mark.parametrize(
    "path",
    [
        "/it/linee-guida/linee-di-indirizzo-nazionali/",
        "/it/territori/comune-di-bologna/accompagnamento-e-sostegno-alle-famiglie/",
        "/it/territori/",
        "/it/notizie/",
        "/it/argomenti/pnrr/",
    ],
)
def test_publishing_pages_are_accessible(site, open_context, path):
    page = open_context(locale="it-IT").new_page()
    response = page.goto(site.url + path)
    assert response.status == 200
    assert_axe_clean(page)
    screenshot(page, "page" + path.replace("/", "-").rstrip("-"))
