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
        return fts5_available(), fts_table_exists()
    except Exception:  # an unmigrated or unreachable database: other checks report it
        return None


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
