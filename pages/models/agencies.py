"""Each agency (territory) has its own subtree, edited by its own editors group."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class AgencyIndexPage(Page):
    """The list of territories ("I territori")."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["pages.AgencyPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("territories index")
        verbose_name_plural = _("territories indexes")

    def get_context(self, request, *args, **kwargs):
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        agencies = visible_pages(request, AgencyPage.objects.child_of(self)).select_related("territory")
        context["agencies"] = agencies.order_by("title")
        return context


class AgencyPage(Page):
    """A territory's section: its project, services and news live below it."""

    territory = models.ForeignKey(
        "pages.Territory", verbose_name=_("territory"), on_delete=models.PROTECT, related_name="agency_pages"
    )
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["pages.AgencyIndexPage"]
    subpage_types = ["pages.ProjectPage", "pages.ServicePage", "pages.NewsPage", "pages.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("territory"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("agency section")
        verbose_name_plural = _("agency sections")

    def get_context(self, request, *args, **kwargs):
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        context["children"] = list(visible_pages(request, self.get_children()).specific())
        context["comuni"] = list(self.territory.comuni.all())
        return context
