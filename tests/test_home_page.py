"""The home page speaks to citizens, families and operators, in every language."""

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
    assert 'href="/en/il-programma/"' in html  # the operators' section links to the English page


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
