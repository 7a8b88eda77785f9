"""Admin integration: snippets for territories and support strands, the page-feedback report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages import feedback_report, translation_report
from pages.snippets import Dispositivo, Territory


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    menu_label = _("Territories")
    list_display = ["name", "region", "kind"]
    list_filter = ["region", "kind"]
    search_fields = ["name"]


class DispositivoViewSet(SnippetViewSet):
    model = Dispositivo
    icon = "tag"
    menu_label = _("Support strands")
    list_display = ["name", "slug"]


register_snippet(TerritoryViewSet)
register_snippet(DispositivoViewSet)


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [path("reports/page-feedback/", feedback_report.report_view, name="page_feedback_report")]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return MenuItem(_("Was this page clear?"), reverse("page_feedback_report"), icon_name="help", order=700)


@hooks.register("register_admin_urls")
def register_translation_report_url():
    return [path("reports/outdated-translations/", translation_report.report_view, name="outdated_translations_report")]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translations to update"), reverse("outdated_translations_report"), icon_name="globe", order=710)
