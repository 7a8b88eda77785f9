"""'Was this page clear?' (Modello Comuni C.SI.2.5): a rating and an optional comment.

No personal data: no account, no IP address, no e-mail is stored with an answer.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    clear = models.BooleanField(_("clear"))
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.clear else '-'}"
