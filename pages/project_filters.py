"""The projects index filter form (GET, works without JavaScript) and its totals."""

from django import forms
from django.db.models import F, Sum
from django.utils.translation import gettext_lazy as _

from pages.filter_forms import ALL, FilterForm
from pages.models.projects import ProjectImplementation, ProjectStatus, project_date_q
from pages.snippets import REGIONS, Dispositivo, Territory


class ProjectFilterForm(FilterForm):
    region = forms.ChoiceField(label=_("Region"), required=False, choices=ALL + REGIONS)
    territory = forms.ChoiceField(label=_("Territory"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=ALL + list(ProjectStatus.choices))
    dispositivo = forms.ChoiceField(label=_("Support strand"), required=False)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        territories = Territory.objects.filter(locale=locale).order_by("name").values_list("slug", "name")
        dispositivi = Dispositivo.objects.filter(locale=locale).order_by("name").values_list("slug", "name")
        self.fields["territory"].choices = ALL + list(territories)
        self.fields["dispositivo"].choices = ALL + list(dispositivi)

    def apply(self, projects):
        data = self.cleaned_data
        if data.get("region"):
            projects = projects.filter(territory__region=data["region"])
        if data.get("territory"):
            projects = projects.filter(territory__slug=data["territory"])
        if data.get("status"):
            projects = projects.filter(project_date_q(data["status"]))
        if data.get("dispositivo"):
            projects = projects.filter(dispositivi__dispositivo__slug=data["dispositivo"]).distinct()
        return projects


def project_totals(projects):
    """Funding and families over a (filtered) project queryset: two aggregate queries."""
    ids = projects.order_by().values("pk")
    amount = projects.order_by().aggregate(total=Sum("amount"))["total"] or 0
    families = (
        ProjectImplementation.objects.filter(page_id__in=ids).aggregate(total=Sum(F("count") * F("families")))["total"]
        or 0
    )
    return {"count": projects.count(), "amount": amount, "families": families}
