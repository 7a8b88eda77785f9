"""National guidelines: long structured documents with a table of contents and versions."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import BodyBlock


class GuidelineVersion(models.TextChoices):
    INTEGRAL = "integral", _("Full version")
    SYNTHETIC = "synthetic", _("Summary version")
    EASY = "easy-read", _("Easy-to-read version")


class GuidelinePage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    version = models.CharField(
        _("version"), max_length=20, choices=GuidelineVersion.choices, default=GuidelineVersion.INTEGRAL
    )
    other_version = models.ForeignKey(
        "pages.GuidelinePage",
        verbose_name=_("other version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full or summary version of the same guidelines; link both ways."),
    )
    approved = models.CharField(
        _("approval"), max_length=200, blank=True, help_text=_("For example: Conferenza Unificata, 21/12/2017.")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), use_json_field=True)

    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("version"),
        PageChooserPanel("other_version", "pages.GuidelinePage"),
        FieldPanel("approved"),
        FieldPanel("last_reviewed"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachment"), heading=_("Attachments")),
    ]

    class Meta:
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")

    def table_of_contents(self):
        """(anchor, text, level) for every heading block, in order: the same anchors the blocks render."""
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append(
                    {
                        "anchor": slugify(block.value["text"], allow_unicode=True),
                        "text": block.value["text"],
                        "level": block.value["level"],
                    }
                )
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = self.table_of_contents()
        context["attachments"] = list(self.attachments.select_related("document"))
        other = self.other_version
        context["other_version"] = other.localized if other and other.live else None
        return context


class GuidelineAttachment(Orderable):
    page = ParentalKey(GuidelinePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]
