"""The search backends the portal configures (pure Python: imported by the settings).

- Default: Wagtail's database backend. On PostgreSQL it uses one text-search configuration for
  every locale, ``italian_unaccent`` (search/migrations/0001: the built-in ``italian`` one, Italian
  stemming, "famiglia" finds "famiglie", with accents folded, "citta" finds "città"): every
  database backend writes the same ``IndexEntry`` rows, so one configuration per language is
  impossible there; pages are filtered by locale instead. Index and queries use the same
  configuration. SQLite's FTS5 does no stemming.
- With ``ELASTICSEARCH_URL`` (or ``OPENSEARCH_URL``): one engine backend per analyzer, each with
  its own index prefix and ``INDEX_SETTINGS`` (default analyzer = the language's), named
  ``engine-<key>``. The database backend stays ``default`` and is kept up to date too: it answers
  the Wagtail admin, and the public search falls back to it when the engine does not answer.
"""

# Language code (settings.LANGUAGES) -> key of the engine backend and its Elasticsearch analyzer.
# Albanian and Ukrainian have no built-in analyzer: they share the "standard" one.
ENGINE_ANALYZERS = {
    "it": ("it", "italian"),
    "en": ("en", "english"),
    "ro": ("ro", "romanian"),
    "ar": ("ar", "arabic"),
    "fr": ("fr", "french"),
    "es": ("es", "spanish"),
    "zh-hans": ("cjk", "cjk"),
    "sq": ("std", "standard"),
    "uk": ("std", "standard"),
}

DATABASE_BACKEND = "modelsearch.backends.database"
ELASTICSEARCH_BACKEND = "modelsearch.backends.elasticsearch9"
OPENSEARCH_BACKEND = "modelsearch.backends.opensearch3"
POSTGRES_SEARCH_CONFIG = "italian_unaccent"  # created by search/migrations/0001_italian_unaccent.py


def engine_backend_name(language_code):
    """The WAGTAILSEARCH_BACKENDS key that serves `language_code` when an engine is configured."""
    key, _analyzer = ENGINE_ANALYZERS.get(language_code, ENGINE_ANALYZERS["sq"])
    return f"engine-{key}"


def database_backend(database_engine=""):
    backend = {"BACKEND": DATABASE_BACKEND}
    if "postgres" in database_engine:
        backend["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
    return backend


def engine_backends(url, *, opensearch=False, prefix="pippi_", timeout=5, backend_path=""):
    """One backend per analyzer, each with its own index prefix (pippi_it_, pippi_en_, ...).

    `backend_path` overrides the module (e.g. modelsearch.backends.elasticsearch8 for an ES 8
    server, with elasticsearch>=8,<9 installed): the client's major version must match the server's.
    """
    backends = {}
    for key, analyzer in sorted(set(ENGINE_ANALYZERS.values())):
        backends[f"engine-{key}"] = {
            "BACKEND": backend_path or (OPENSEARCH_BACKEND if opensearch else ELASTICSEARCH_BACKEND),
            "HOSTS" if opensearch else "URLS": [url],
            "INDEX_PREFIX": f"{prefix}{key}_",
            "TIMEOUT": timeout,
            # Fail fast: the page falls back to the database when the engine is down.
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {"analyzer": {"default": {"type": analyzer}}},
                }
            },
        }
    return backends


def search_backends(environ, database_engine=""):
    """WAGTAILSEARCH_BACKENDS for this environment (see the module docstring)."""
    backends = {"default": database_backend(database_engine)}
    elasticsearch_url = environ.get("ELASTICSEARCH_URL", "").strip()
    opensearch_url = environ.get("OPENSEARCH_URL", "").strip()
    prefix = environ.get("SEARCH_INDEX_PREFIX", "pippi_")
    timeout = int(environ.get("SEARCH_TIMEOUT", "5"))
    backend_path = environ.get("SEARCH_ENGINE_BACKEND", "").strip()
    if elasticsearch_url:
        backends.update(engine_backends(elasticsearch_url, prefix=prefix, timeout=timeout, backend_path=backend_path))
    elif opensearch_url:
        backends.update(
            engine_backends(opensearch_url, opensearch=True, prefix=prefix, timeout=timeout, backend_path=backend_path)
        )
    return backends
