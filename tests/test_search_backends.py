"""Search backends: generated settings and mappings, the database fallback, the start-up check.

No search engine runs here: the engine tests use the settings and mappings the backends
generate, and an unreachable URL (http://127.0.0.1:9, nothing listens there) for the fallback.
tests/test_search_live.py runs against a real engine when ELASTICSEARCH_URL is set.
"""

import pytest
from django.core import checks
from django.test import override_settings

from search.backend_settings import (
    ENGINE_ANALYZERS,
    POSTGRES_SEARCH_CONFIG,
    engine_backend_name,
    engine_backends,
    search_backends,
)
from tests.factories import make_standard_page

UNREACHABLE = "http://127.0.0.1:9"


def test_database_only_by_default():
    assert search_backends({}, "django.db.backends.sqlite3") == {
        "default": {"BACKEND": "modelsearch.backends.database"}
    }


def test_postgresql_uses_one_italian_configuration_for_every_locale():
    backends = search_backends({}, "django.db.backends.postgresql")
    assert backends == {"default": {"BACKEND": "modelsearch.backends.database", "SEARCH_CONFIG": "italian_unaccent"}}
    assert POSTGRES_SEARCH_CONFIG == "italian_unaccent"


def test_elasticsearch_gives_one_backend_per_analyzer_plus_the_database():
    backends = search_backends({"ELASTICSEARCH_URL": "http://es:9200"}, "django.db.backends.postgresql")
    assert backends["default"]["BACKEND"] == "modelsearch.backends.database"
    engines = {name: config for name, config in backends.items() if name != "default"}
    assert set(engines) == {f"engine-{key}" for key, _analyzer in ENGINE_ANALYZERS.values()}
    prefixes = [config["INDEX_PREFIX"] for config in engines.values()]
    assert len(set(prefixes)) == len(prefixes)  # each language its own indexes
    italian = engines["engine-it"]
    assert italian["BACKEND"] == "modelsearch.backends.elasticsearch9"
    assert italian["URLS"] == ["http://es:9200"]
    assert italian["INDEX_PREFIX"] == "pippi_it_"
    assert italian["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {"type": "italian"}
    assert engines["engine-ar"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["type"] == "arabic"


def test_opensearch_and_backend_override():
    backends = search_backends({"OPENSEARCH_URL": "http://os:9200"}, "")
    assert backends["engine-it"]["BACKEND"] == "modelsearch.backends.opensearch3"
    assert backends["engine-it"]["HOSTS"] == ["http://os:9200"]
    backends = search_backends(
        {"ELASTICSEARCH_URL": "http://es:9200", "SEARCH_ENGINE_BACKEND": "modelsearch.backends.elasticsearch8"}, ""
    )
    assert backends["engine-fr"]["BACKEND"] == "modelsearch.backends.elasticsearch8"


def test_language_to_backend():
    assert engine_backend_name("it") == "engine-it"
    assert engine_backend_name("zh-hans") == "engine-cjk"
    assert engine_backend_name("uk") == engine_backend_name("sq") == "engine-std"
    assert engine_backend_name("xx") == "engine-std"


def test_generated_index_settings_and_mapping():
    from modelsearch.backends import get_search_backend

    from pages.models import NewsPage

    backend = get_search_backend(engine_backends(UNREACHABLE)["engine-it"]["BACKEND"], **_params("engine-it"))
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {"type": "italian"}
    assert "edgengram_analyzer" in analysis["analyzer"]  # modelsearch's own analyzers are kept (deep merge)
    index = backend.get_index_for_model(NewsPage)
    assert index.name == "pippi_it_wagtailcore_page"
    mapping = backend.mapping_class(NewsPage).get_mapping()
    properties = mapping["properties"]
    intro = next(value for key, value in properties.items() if key.endswith("intro"))
    assert intro["type"] == "text" and "analyzer" not in intro  # so the index's default (italian) applies
    assert "locale_id_filter" in properties and "path_filter" in properties  # locale and privacy filters
    assert "analyzer" not in properties["_all_text"]


def _params(name):
    params = dict(engine_backends(UNREACHABLE)[name])
    params.pop("BACKEND")
    return params


@pytest.mark.django_db
def test_unreachable_engine_falls_back_to_the_database(client, home):
    make_standard_page(home, "Affido familiare", slug="affido", intro="Sostegno alle famiglie")
    backends = {"default": {"BACKEND": "modelsearch.backends.database"}, **engine_backends(UNREACHABLE, timeout=1)}
    for config in backends.values():
        config["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/it/search/", {"q": "affido"})
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Affido familiare<" in html
    assert "search-degraded" in html


@pytest.mark.django_db
def test_no_warning_when_the_database_search_is_complete(settings):
    from search.checks import check_search_backend

    assert [m for m in check_search_backend() if m.id == "search.W001"] == []


@pytest.mark.django_db
def test_warning_when_sqlite_has_no_fts(monkeypatch):
    from django.db import connection

    from search import checks as search_checks

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    monkeypatch.setattr(search_checks, "sqlite_fts_status", lambda: (False, False))
    messages = search_checks.check_search_backend()
    assert [m.id for m in messages] == ["search.W001"]
    assert messages[0].level == checks.WARNING
    assert "titles" in messages[0].msg


@pytest.mark.django_db
def test_italian_stemming_on_postgresql(client, home):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's FTS5 does no stemming (see README, Search)")
    from django.core.management import call_command

    make_standard_page(home, "Sostegno", slug="sostegno", intro="Aiuti concreti alle famiglie fragili")
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends({}, connection.settings_dict["ENGINE"])):
        call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        html = client.get("/it/search/", {"q": "famiglia"}).content.decode()
    assert ">Sostegno<" in html


@pytest.mark.django_db
def test_accents_do_not_matter(client, home):
    """PostgreSQL: index and query share `italian_unaccent`; SQLite: FTS5's unicode61 folds accents."""
    from django.core.management import call_command
    from django.db import connection

    make_standard_page(home, "Città educante", slug="citta", intro="Perché le famiglie partecipano")
    make_standard_page(home, "Altro", slug="altro", intro="Nessuna parola in comune")
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends({}, connection.settings_dict["ENGINE"])):
        call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        for query in ("citta", "città", "CITTA", "perche", "Perché famiglie"):
            html = client.get("/it/search/", {"q": query}).content.decode()
            assert ">Città educante<" in html, query
            assert ">Altro<" not in html, query
        assert [m.id for m in checks.run_checks(tags=["search"]) if m.id.startswith("search.")] == []
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector('italian_unaccent', 'città perché famiglie')::text")
            assert cursor.fetchone()[0] == "'citt':1 'famigl':3 'perc':2"


@pytest.mark.django_db
def test_warning_when_postgresql_search_config_is_missing_or_keeps_accents():
    from django.db import connection

    from search.checks import postgres_config_status

    if connection.vendor != "postgresql":
        assert postgres_config_status("italian_unaccent") is None
        return
    assert postgres_config_status("italian_unaccent") == (True, True)
    assert postgres_config_status("italian") == (True, False)
    assert postgres_config_status("no_such_config") == (False, False)
    backends = {"default": {"BACKEND": "modelsearch.backends.database", "SEARCH_CONFIG": "no_such_config"}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        assert [m.id for m in checks.run_checks(tags=["search"])] == ["search.E001"]


@pytest.fixture
def ranked_pages(home):
    make_standard_page(home, "Rete salute", slug="rete-salute", intro="Incontri aperti a tutti")
    make_standard_page(home, "Quaderno", slug="quaderno", intro="La salute della rete cittadina")
    make_standard_page(home, "Diario", slug="diario", intro="Una rete salute per il quartiere")
    return home


def _titles(client, query, **params):
    import re

    html = client.get("/it/search/", {"q": query, **params}).content.decode()
    block = html.split('class="list-unstyled search-results"', 1)
    if len(block) < 2:
        return []
    return re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', block[1].split("</ol>", 1)[0])


@pytest.mark.django_db
def test_database_search_ranks_in_one_query_phrases_or_groups_title_first(client, ranked_pages, caplog):
    """Both databases: ranked by the database itself (no fallback to modelsearch's slow ranking)."""
    from django.db import connection
    from wagtail.models import Page

    from search import engine
    from search.query import parse_query
    from search.ranked import PostgresResults, RankedResults

    results, _backend, _degraded = engine.run_search(
        Page.objects.live().filter(depth__gt=1), parse_query("rete salute").to_search_query()
    )
    assert isinstance(results, PostgresResults if connection.vendor == "postgresql" else RankedResults)
    assert results.count() == 3
    titles = _titles(client, "rete salute")
    assert titles[0] == "Rete salute" and sorted(titles) == ["Diario", "Quaderno", "Rete salute"]
    assert sorted(_titles(client, '"rete salute"')) == ["Diario", "Rete salute"]
    assert sorted(_titles(client, "quaderno OR diario")) == ["Diario", "Quaderno"]
    assert _titles(client, "quaderno diario") == []
    assert sorted(_titles(client, "rete salute", order="date")) == ["Diario", "Quaderno", "Rete salute"]
    assert "ranked database search failed" not in caplog.text


@pytest.mark.django_db
def test_database_search_sees_only_visible_pages_and_counts_them_once(client, ranked_pages):
    from wagtail.models import PageViewRestriction

    from pages.models import StandardPage

    hidden = StandardPage.objects.get(slug="diario")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/it/search/", {"q": "rete"}).content.decode()
    assert "Diario" not in html
    assert 'search-count">2 ' in html
    for order in ("relevance", "date"):
        assert sorted(_titles(client, "rete", order=order)) == ["Quaderno", "Rete salute"]
