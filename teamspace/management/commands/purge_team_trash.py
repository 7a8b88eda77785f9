"""Remove for good the team documents that have been in the trash longer than TEAMSPACE_TRASH_DAYS (run daily)."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from teamspace.models import LibraryDocument, trash_days


class Command(BaseCommand):
    help = "Delete team documents (all versions and files) that have been in the trash for more than 30 days."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=trash_days())
        removed = 0
        for entry in LibraryDocument.objects.filter(deleted_at__lt=cutoff):
            with transaction.atomic():
                files = [version.file for version in entry.versions.select_related("file")]
                entry.delete()
                for document in files:
                    name, storage = document.file.name, document.file.storage
                    document.delete()
                    transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
            removed += 1
        self.stdout.write(f"purged {removed} document(s) from the team trash")
