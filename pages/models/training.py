"""The training library for operators: items with audience, topic, format, language, duration.

An item is public or operators-only. Operators-only items carry a Wagtail page view restriction
to the "operators" group (kept in sync on save), and their files must sit in a collection
restricted to logged-in users or groups, so the restricted area's checks cover both.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from pages.models.topics import TopicLink

OPERATORS_GROUP = "operators"


class OperatorRole(models.TextChoices):
    SOCIAL_WORKER = "social-worker", _("Social workers")
    EDUCATOR = "educator", _("Educators")
    PSYCHOLOGIST = "psychologist", _("Psychologists")
    COACH = "coach", _("Coaches")
    REFERENT = "referent", _("Territorial referents")
    TEACHER = "teacher", _("Teachers")


class TrainingTopic(models.TextChoices):
    METHOD = "method", _("The P.I.P.P.I. method")
    CHILD_WORLD = "child-world", _("The Child's World (assessment)")
    DISPOSITIVI = "dispositivi", _("Support strands")
    TEAMWORK = "teamwork", _("Multidisciplinary teamwork")
    RPMONLINE = "rpmonline", _("RPMonline")
    EVALUATION = "evaluation", _("Evaluation and monitoring")


class TrainingFormat(models.TextChoices):
    PDF = "pdf", _("PDF document")
    SLIDES = "slides", _("Slides")
    VIDEO = "video", _("Video")
    RECORDING = "recording", _("Webinar recording")


class TrainingLibraryPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["pages.TrainingItemPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("training library")
        verbose_name_plural = _("training libraries")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from pages.training_filters import TrainingFilterForm
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        form = TrainingFilterForm(request.GET or None)
        items = visible_pages(request, TrainingItemPage.objects.child_of(self))
        if form.is_valid():
            items = form.apply(items)
        items = items.select_related("document").prefetch_related("audiences").order_by("title")
        context["form"] = form
        context["items"] = Paginator(items, 20).get_page(request.GET.get("page"))
        context["query_string"] = form.query_string()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400  # an unknown filter value: the page explains it
        return response


class TrainingItemPage(Page):
    summary = models.TextField(_("summary"))
    topic = models.CharField(_("topic"), max_length=20, choices=TrainingTopic.choices)
    format = models.CharField(_("format"), max_length=20, choices=TrainingFormat.choices)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="it")
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_url = models.URLField(_("video or recording link"), blank=True)
    operators_only = models.BooleanField(
        _("operators only"),
        default=False,
        help_text=_("Only logged-in operators see this item; put its file in a restricted collection."),
    )

    parent_page_types = ["pages.TrainingLibraryPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("locale_id")]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("audiences", label=_("Audience"), heading=_("For whom"), min_num=1),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("format")]),
        FieldRowPanel([FieldPanel("language"), FieldPanel("duration_minutes")]),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("video_url")], heading=_("Material")),
        FieldPanel("operators_only"),
    ]

    class Meta:
        verbose_name = _("training item")
        verbose_name_plural = _("training items")

    def clean(self):
        super().clean()
        if not self.document_id and not self.video_url:
            raise ValidationError(_("Give the item a file or a video link."))
        if self.operators_only and self.document_id:
            collection = self.document.collection
            if not any(c.get_view_restrictions().exists() for c in [collection, *collection.get_ancestors()]):
                raise ValidationError(
                    {"document": _("The file of an operators-only item must be in a restricted collection.")}
                )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        self.sync_view_restriction()
        return result

    def sync_view_restriction(self):
        """Operators-only ⇔ a group restriction to "operators" on this page."""
        restrictions = PageViewRestriction.objects.filter(page=self)
        if self.operators_only:
            if not restrictions.exists():
                group, _created = Group.objects.get_or_create(name=OPERATORS_GROUP)
                restriction = PageViewRestriction.objects.create(page=self, restriction_type=PageViewRestriction.GROUPS)
                restriction.groups.add(group)
        else:
            restrictions.filter(restriction_type=PageViewRestriction.GROUPS, groups__name=OPERATORS_GROUP).delete()


class TrainingAudience(Orderable):
    page = ParentalKey(TrainingItemPage, on_delete=models.CASCADE, related_name="audiences")
    role = models.CharField(_("role"), max_length=20, choices=OperatorRole.choices)

    panels = [FieldPanel("role")]


class TrainingItemTopic(TopicLink):
    """Portal topics (argomenti) an item is tagged with, besides its training topic."""

    page = ParentalKey(TrainingItemPage, on_delete=models.CASCADE, related_name="topics")
