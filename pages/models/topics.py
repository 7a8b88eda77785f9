"""Topic pages (argomenti): each lists everything tagged with it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index


class TopicIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    max_count_per_parent = 1
    subpage_types = ["pages.TopicPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("topics index")
        verbose_name_plural = _("topics indexes")

    def get_context(self, request, *args, **kwargs):
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = visible_pages(request, TopicPage.objects.child_of(self)).order_by("title")
        return context


class TopicPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["pages.TopicIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def tagged(self, request):
        """Visible pages tagged with this topic, by kind: one query per kind, whatever their number."""
        from pages.models import NewsPage, ProjectPage, ServicePage, TrainingItemPage
        from portal.visibility import visible_pages

        kinds = [
            ("projects", _("Projects"), ProjectPage),
            ("services", _("Services"), ServicePage),
            ("training", _("Training"), TrainingItemPage),
            ("news", _("News"), NewsPage),
        ]
        groups = []
        for key, label, model in kinds:
            pages = list(visible_pages(request, model.objects.filter(topics__topic=self)).distinct().order_by("title"))
            if pages:
                groups.append({"key": key, "label": label, "pages": pages})
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = self.tagged(request)
        return context


class TopicLink(Orderable):
    """A page's link to a topic (argomento). Each page family subclasses it with its own `page` key."""

    topic = models.ForeignKey("pages.TopicPage", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True
