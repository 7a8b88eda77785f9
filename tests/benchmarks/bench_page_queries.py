"""Queries per page as content grows (run with `make bench`; not part of `make test`).

Prints a table: page, number of sibling pages in the tree, SQL queries for one request.
A page must render with a bounded number of queries whatever the amount of content.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_standard_page

pytestmark = [pytest.mark.benchmark, pytest.mark.django_db]

SIZES = (0, 50, 200)
URLS = ("/it/", "/en/", "/ar/", "/it/privacy/", "/it/pagina-inesistente/", "/it/search/?q=privacy")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return len(ctx.captured_queries)


def test_queries_per_page_stay_flat_as_content_grows(client, demo):
    rows = {url: [] for url in URLS}
    created = 0
    for size in SIZES:
        while created < size:
            make_standard_page(demo, f"Pagina {created}", show_in_menus=created % 10 == 0)
            created += 1
        for url in URLS:
            client.get(url)  # warm per-process caches (site root paths, content types)
            rows[url].append(count_queries(client, url))
    print("\nqueries per request, by number of extra pages in the tree:", SIZES)
    for url, counts in rows.items():
        print(f"  {url:32} {counts}")
    for url, counts in rows.items():
        assert max(counts) - min(counts) <= 1, (url, counts)
