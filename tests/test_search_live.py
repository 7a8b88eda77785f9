"""Against a real search engine: runs only when ELASTICSEARCH_URL (or OPENSEARCH_URL) is set.

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python -m pytest tests/test_search_live.py

The client's major version must match the server's (elasticsearch-py 9 needs Elasticsearch 9).
"""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings

from search.backend_settings import search_backends
from tests.factories import make_standard_page, translate

URL = os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL")
pytestmark = [
    pytest.mark.skipif(not URL, reason="ELASTICSEARCH_URL (or OPENSEARCH_URL) is not set: no search engine to test"),
    pytest.mark.django_db,
]


@pytest.fixture
def engine_settings():
    env = {key: value for key, value in os.environ.items() if key in ("ELASTICSEARCH_URL", "OPENSEARCH_URL")}
    env["SEARCH_INDEX_PREFIX"] = "pippi_test_"
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends(env)):
        yield


def test_italian_analyzer_stems_and_results_are_not_degraded(client, home, engine_settings):
    page = make_standard_page(home, "Sostegno", slug="sostegno", intro="Aiuti concreti alle famiglie fragili")
    translate(page, "en", title="Support", intro="Help for families")
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    html = client.get("/it/search/", {"q": "famiglia"}).content.decode()
    assert ">Sostegno<" in html and "search-degraded" not in html
    html = client.get("/en/search/", {"q": "family"}).content.decode()
    assert ">Support<" in html
