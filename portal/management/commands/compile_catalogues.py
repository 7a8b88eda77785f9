"""Compile locale/*/LC_MESSAGES/*.po into .mo files with polib (no GNU gettext needed).

Runs at every `make setup`; only catalogues whose .po is newer than the .mo are rewritten.
Fuzzy entries are left out, as msgfmt does.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    requires_system_checks = []  # runs at setup, before migrate; needs no database
    help = "Compile the portal's gettext catalogues (.po -> .mo) without GNU gettext."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue = polib.pofile(str(po_path))
                for entry in catalogue.fuzzy_entries():
                    catalogue.remove(entry)
                tmp_path = mo_path.with_suffix(".mo.tmp")
                catalogue.save_as_mofile(str(tmp_path))
                tmp_path.replace(mo_path)
                compiled += 1
        self.stdout.write(f"translations: {compiled} catalogue(s) compiled")
