"""Delete download and membership records older than TEAMSPACE_LOG_DAYS (default 365; run daily).

The audit names staff accounts: it is kept as long as the coordinators need it, not for ever.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from teamspace.models import DownloadEvent, MembershipChange


def log_days():
    return getattr(settings, "TEAMSPACE_LOG_DAYS", 365)


class Command(BaseCommand):
    help = "Delete team download and membership records older than TEAMSPACE_LOG_DAYS (default 365)."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=log_days())
        downloads, _detail = DownloadEvent.objects.filter(at__lt=cutoff).delete()
        changes, _detail = MembershipChange.objects.filter(at__lt=cutoff).delete()
        self.stdout.write(
            f"team logs: {downloads} download record(s) and {changes} membership change(s) "
            f"older than {log_days()} days deleted"
        )
