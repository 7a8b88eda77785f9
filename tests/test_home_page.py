"""The home page speaks to citizens, families and operators, in every language."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import HomePage
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db


def test_home_has_one_section_per_audience(client, demo):
    html = client.get("/it/").content.decode()
    for label in ("Per i cittadini", "Per le famiglie", "Per gli operatori"):
        assert label in html
    assert "Progetti nei territori" in html
    assert "Gruppi per genitori e bambini" in html
    assert "Linee guida e formazione" in html


def test_home_section_links_follow_the_language(client, demo):
    html = client.get("/en/").content.decode()
    # The operators' section links to the English page, the citizens' one to the Italian index
    # (not translated into English in the demo).
    assert '<a class="read-more" href="/en/linee-guida/">' in html
    assert '<a class="read-more" href="/it/attuazione-misure-pnrr/" hreflang="it"><span class="text" lang="it">' in html
    assert '<a class="read-more" href="/en/gruppi/">' in html


def test_home_exists_in_every_language(demo):
    assert HomePage.objects.live().count() == 9


def test_home_query_count_does_not_grow_with_content(client, demo):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/it/").status_code == 200
        return len(ctx.captured_queries)

    before = count()
    for index in range(15):
        make_standard_page(demo, f"Extra page {index}", show_in_menus=True)
    assert count() <= before + 1  # menu pages are fetched in one query, whatever their number


def test_home_fills_the_citizens_and_operators_sections_from_real_content(client, demo):
    html = client.get("/it/").content.decode()
    figures = re.search(r'<p class="card-text small home-figures">([^<]+)</p>', html).group(1)
    assert figures.startswith("4 ") and "422.500" in figures and "40" in figures
    assert '<ul class="small home-training">' in html
    assert "Il ruolo del coach" not in html  # operators-only training stays out for anonymous visitors


def test_a_section_whose_page_becomes_private_or_unpublished_loses_its_link(
    client, demo, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    guidelines = demo.operators_page
    restriction = PageViewRestriction.objects.create(page=guidelines, restriction_type=PageViewRestriction.GROUPS)
    with django_capture_on_commit_callbacks(execute=True):  # mirrored onto the translations on commit
        restriction.groups.set([Group.objects.create(name="Solo redazione")])
    html = client.get("/it/").content.decode()
    assert "Per gli operatori" in html  # the section stays, its link goes
    assert guidelines.url not in html
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert guidelines.url in client.get("/it/").content.decode()
    guidelines.unpublish()
    assert guidelines.url not in client.get("/it/").content.decode()


def test_home_renders_with_a_bounded_number_of_queries(client, demo):
    client.get("/en/")
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/en/").status_code == 200
    assert len(ctx.captured_queries) <= 30  # 38 before the per-request locale and one-query sections
