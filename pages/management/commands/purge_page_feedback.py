"""Blank the comments of "Was this page clear?" answers older than PAGE_FEEDBACK_COMMENT_DAYS (default 365).

Visitors are asked not to write personal details, but a comment is free text: it is kept only as
long as editors need it. The yes/no answer and the rating stay, for the report's figures.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from pages.models import PageFeedback


def comment_days():
    return getattr(settings, "PAGE_FEEDBACK_COMMENT_DAYS", 365)


class Command(BaseCommand):
    help = "Blank page-feedback comments older than PAGE_FEEDBACK_COMMENT_DAYS (default 365); keep the ratings."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=comment_days())
        blanked = PageFeedback.objects.filter(created_at__lt=cutoff).exclude(comment="").update(comment="")
        self.stdout.write(f"page feedback: {blanked} comment(s) older than {comment_days()} days blanked")
