"""privacy.md row 13: drafts, unpublished sections and expiry dates.

`Page.route` checks `live` on the requested page only, so a live child of an unpublished section
would be served; a page past `expire_at` stays live until `publish_scheduled` runs. The portal
treats both as gone: the page answers 404, and it leaves listings, search and the sitemap.
"""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.visibility import anonymous_request, visible_pages
from tests.factories import make_standard_page

WORD = "Ornitorinco"  # a word found only in the child page


@pytest.fixture
def section(home):
    section = make_standard_page(home, "Sezione", slug="sezione")
    child = make_standard_page(section, f"Verbale {WORD}", slug="verbale")
    grandchild = make_standard_page(child, "Allegato", slug="allegato")
    return {"section": section, "child": child, "grandchild": grandchild}


def sitemap(client):
    return client.get("/sitemap.xml").content.decode()


def search_results(client):
    return client.get("/it/search/", {"q": WORD}).content.decode()


def test_children_of_a_published_section_are_served(client, section):
    assert client.get("/it/sezione/verbale/").status_code == 200
    assert section["child"].url in search_results(client)
    assert "/it/sezione/verbale/allegato/" in sitemap(client)


def test_unpublishing_a_section_hides_its_whole_subtree(client, admin_client, section):
    section["section"].get_latest_revision().publish()  # still live
    section["section"].unpublish()
    # The children themselves are still live rows: Wagtail would serve them.
    section["child"].refresh_from_db()
    assert section["child"].live

    for url in ("/it/sezione/", "/it/sezione/verbale/", "/it/sezione/verbale/allegato/"):
        assert client.get(url).status_code == 404, url
        # Logged-in users (even administrators) see the public site as published: 404 too.
        assert admin_client.get(url).status_code == 404, url
    assert "sezione" not in sitemap(client)
    assert "/it/sezione/verbale/" not in search_results(client)
    visible = visible_pages(anonymous_request()).values_list("slug", flat=True)
    assert not {"sezione", "verbale", "allegato"} & set(visible)
    api = client.get("/api/v2/pages/", {"limit": 20})
    assert api.status_code == 200 and WORD not in api.content.decode()
    assert client.get(f"/api/v2/pages/{section['child'].pk}/", follow=True).status_code == 404


def test_republishing_the_section_brings_the_subtree_back(client, section):
    section["section"].unpublish()
    assert client.get("/it/sezione/verbale/").status_code == 404
    section["section"].get_latest_revision().publish()
    assert client.get("/it/sezione/verbale/").status_code == 200
    assert section["child"].url in search_results(client)


def test_a_page_past_its_expiry_date_is_gone_before_publish_scheduled_runs(client, section):
    child = section["child"]
    child.expire_at = timezone.now() - timedelta(minutes=1)
    child.save(update_fields=["expire_at"])
    child.refresh_from_db()
    assert child.live  # `publish_scheduled` has not run yet

    assert client.get("/it/sezione/verbale/").status_code == 404
    assert client.get("/it/sezione/verbale/allegato/").status_code == 404  # its subtree goes with it
    assert client.get("/it/sezione/").status_code == 200
    assert "/it/sezione/verbale/" not in search_results(client)
    assert "verbale" not in sitemap(client)

    call_command("publish_scheduled", stdout=io.StringIO())
    child.refresh_from_db()
    assert not child.live and child.expired
    assert client.get("/it/sezione/verbale/").status_code == 404


def test_a_future_expiry_date_changes_nothing_yet(client, section):
    child = section["child"]
    child.expire_at = timezone.now() + timedelta(days=1)
    child.save(update_fields=["expire_at"])
    assert client.get("/it/sezione/verbale/").status_code == 200
    assert section["child"].url in search_results(client)


def test_a_never_published_draft_is_neither_served_nor_listed(client, home):
    from pages.models import StandardPage

    draft = StandardPage(title=f"Bozza {WORD}", slug="bozza", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    assert client.get("/it/bozza/").status_code == 404
    assert "/it/bozza/" not in search_results(client)
    assert "bozza" not in sitemap(client)
