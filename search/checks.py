"""Start-up checks: say so when the database search would silently degrade.

modelsearch picks SQLite's FTS5 backend only when SQLite has FTS5 *and* the
`wagtailsearch_indexentry_fts` table exists (created by a migration only if FTS5 was there when
`migrate` ran). Otherwise it falls back to matching titles only, with no ranking: warn loudly.
"""

from django.conf import settings
from django.core import checks
from django.db import connection


def sqlite_fts_status():
    """(fts5 available, fts table present) for a SQLite default database, else None."""
    if connection.vendor != "sqlite":
        return None
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    try:
        if "modelsearch_indexentry" not in connection.introspection.table_names():
            return None  # not migrated yet (first `make setup`): migrate creates the FTS5 table
        return fts5_available(), fts_table_exists()
    except Exception:  # an unreachable database: other checks report it
        return None


def postgres_config_status(config):
    """(configuration exists, it folds accents) on PostgreSQL, else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = %s), "
            "EXISTS (SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg "
            "JOIN pg_ts_dict d ON d.oid = m.mapdict WHERE c.cfgname = %s AND d.dictname = 'unaccent')",
            [config, config],
        )
        exists, unaccent = cursor.fetchone()
    return exists, unaccent


def search_migration_applied():
    """Whether `migrate` has created the text-search configuration (search/migrations/0001) yet."""
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    return recorder.has_table() and recorder.migration_qs.filter(app="search", name="0001_italian_unaccent").exists()


def check_postgres_config(messages):
    if connection.vendor != "postgresql":
        return
    try:
        if not search_migration_applied():
            return  # a new or older database: `migrate` (which runs these checks first) creates it
    except Exception:  # an unreachable database: other checks report it
        return
    for name, config in settings.WAGTAILSEARCH_BACKENDS.items():
        search_config = config.get("SEARCH_CONFIG")
        if not search_config or not config.get("BACKEND", "").startswith("modelsearch.backends.database"):
            continue
        try:
            status = postgres_config_status(search_config)
        except Exception:  # an unmigrated or unreachable database: other checks report it
            return
        if status is None:
            return
        exists, unaccent = status
        if not exists:
            messages.append(
                checks.Error(
                    f"The text-search configuration {search_config!r} of search backend {name!r} does not exist.",
                    hint="Run manage.py migrate (search/migrations/0001 creates italian_unaccent), "
                    "then manage.py update_index.",
                    id="search.E001",
                )
            )
        elif search_config.endswith("_unaccent") and not unaccent:
            messages.append(
                checks.Warning(
                    f"The text-search configuration {search_config!r} does not fold accents: "
                    "the unaccent extension could not be created, so 'citta' does not find 'città'.",
                    hint="As the database owner or a superuser: CREATE EXTENSION unaccent; then "
                    "manage.py migrate search zero, manage.py migrate search, manage.py update_index.",
                    id="search.W002",
                )
            )


@checks.register(checks.Tags.database, "search")
def check_search_backend(app_configs=None, **kwargs):
    messages = []
    uses_database = any(
        config.get("BACKEND", "").startswith("modelsearch.backends.database")
        or config.get("BACKEND", "").startswith("wagtail.search.backends.database")
        for config in settings.WAGTAILSEARCH_BACKENDS.values()
    )
    if not uses_database:
        return messages
    check_postgres_config(messages)
    status = sqlite_fts_status()
    if status is not None and not all(status):
        fts5, table = status
        reason = "SQLite has no FTS5" if not fts5 else "the FTS5 index table is missing (run migrate with FTS5)"
        messages.append(
            checks.Warning(
                f"Search runs without full-text search: {reason}. Only page titles are matched, without ranking.",
                hint="Use a Python/SQLite build with FTS5, then run manage.py migrate and manage.py update_index; "
                "in production use PostgreSQL.",
                id="search.W001",
            )
        )
    return messages
