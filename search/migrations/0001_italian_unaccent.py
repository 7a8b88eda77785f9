"""PostgreSQL: the text-search configuration `italian_unaccent` (Italian stemming, accents folded).

"citta" finds "città" and "perche" finds "perché": index and queries both use this configuration
(search.backend_settings.POSTGRES_SEARCH_CONFIG), so they always agree. It needs the `unaccent`
extension: trusted since PostgreSQL 13, so the database owner may create it without superuser
rights. If it cannot be created, the configuration is a plain copy of `italian` (accents matter)
and the start-up check search.W002 says so. Other databases: nothing to do.
"""

import logging

from django.db import migrations, transaction

logger = logging.getLogger(__name__)

CONFIG = "italian_unaccent"


def create_configuration(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            unaccent = True
        except Exception:  # no rights, or the extension is not installed on the server
            logger.warning("could not create the unaccent extension: searches will be accent-sensitive", exc_info=True)
            unaccent = False
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.italian)")
        if unaccent:
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem"
            )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
