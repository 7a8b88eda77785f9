from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock


class HomePage(Page):
    """The portal's home in each language: one section per audience."""

    intro = models.TextField(_("introduction"), blank=True)

    citizens_title = models.CharField(_("title"), max_length=120, default="Progetti nei territori")
    citizens_text = models.TextField(_("text"), blank=True)
    citizens_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    families_title = models.CharField(_("title"), max_length=120, default="Gruppi per genitori e bambini")
    families_text = models.TextField(_("text"), blank=True)
    families_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    operators_title = models.CharField(_("title"), max_length=120, default="Linee guida e formazione")
    operators_text = models.TextField(_("text"), blank=True)
    operators_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more content"))

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    search_fields = Page.search_fields + [index.SearchField("intro")]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("citizens_title"), FieldPanel("citizens_text"), PageChooserPanel("citizens_page")],
            heading=_("For citizens: the projects"),
        ),
        MultiFieldPanel(
            [FieldPanel("families_title"), FieldPanel("families_text"), PageChooserPanel("families_page")],
            heading=_("For families: groups and calendar"),
        ),
        MultiFieldPanel(
            [FieldPanel("operators_title"), FieldPanel("operators_text"), PageChooserPanel("operators_page")],
            heading=_("For operators: guidelines and training"),
        ),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from pages.models import ProjectPage, TrainingItemPage
        from pages.project_filters import project_totals
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        projects = visible_pages(request, ProjectPage.objects.filter(locale_id=self.locale_id))
        context["project_totals"] = project_totals(projects)
        training = visible_pages(request, TrainingItemPage.objects.filter(locale_id=self.locale_id))
        context["latest_training"] = list(training.order_by("-first_published_at")[:3])
        context["audience_sections"] = self.audience_sections(request)
        return context

    def audience_sections(self, request):
        """The three audience sections in display order, each with its link in the active language.

        One query for the three links: each linked page, or its translation into the active
        language, when the visitor may see it; no link when the page is private or unpublished.
        """
        from portal.locales import active_locale
        from portal.visibility import visible_pages

        locale = active_locale(request)
        keys = ("citizens", "families", "operators")
        ids = [getattr(self, f"{key}_page_id") for key in keys]
        linked = Page.objects.filter(pk__in=[pk for pk in ids if pk])
        candidates = (
            visible_pages(
                request,
                Page.objects.filter(translation_key__in=linked.values("translation_key"), locale=locale) | linked,
            )
            .select_related("locale")
            .specific(defer=True)
        )
        by_pk = {page.pk: page for page in candidates}
        translated = {page.translation_key: page for page in by_pk.values() if page.locale_id == locale.pk}
        sections = []
        for key, pk, icon in zip(keys, ids, ("it-pa", "it-calendar", "it-file"), strict=True):
            source = by_pk.get(pk)
            page = translated.get(source.translation_key, source) if source is not None else None
            sections.append(
                {
                    "key": key,
                    "icon": icon,
                    "title": getattr(self, f"{key}_title"),
                    "text": getattr(self, f"{key}_text"),
                    "page": page,
                    # Set when the link leads to a page in another language (the original).
                    "page_language": page.locale.language_code if page and page.locale_id != locale.pk else "",
                }
            )
        return sections
