"""Editors' side: every page type and snippet opens in the Wagtail admin, in Italian, with help texts."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, demo):
    client.force_login(User.objects.create_superuser("amministrazione", password="x"))
    return client


def test_every_page_type_opens_in_the_editor(admin_client):
    seen = set()
    for page in Page.objects.filter(locale__language_code="it", depth__gt=1).specific():
        model = type(page).__name__
        if model in seen:
            continue
        seen.add(model)
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, model
    assert {
        "HomePage",
        "StandardPage",
        "ProjectPage",
        "ProjectIndexPage",
        "GuidelinePage",
        "TrainingItemPage",
        "TrainingLibraryPage",
        "ServicePage",
        "NewsPage",
        "NewsIndexPage",
        "TopicPage",
        "AgencyPage",
    } <= seen


def test_project_editor_is_in_italian_with_help_texts(admin_client):
    from pages.models import ProjectPage

    project = ProjectPage.objects.get(
        slug="progetto-pnrr-pippi", territory__slug="sds-area-pratese", locale__language_code="it"
    )
    html = admin_client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "Codice Unico di Progetto" in html
    assert "Finanziamento PNRR" in html or "Finanziamento" in html


def test_snippets_open_in_the_admin(admin_client):
    for url in ("/admin/snippets/pages/territory/", "/admin/snippets/pages/dispositivo/"):
        assert admin_client.get(url).status_code == 200, url
