"""The PNRR project card (one per territory) and the "Attuazione misure PNRR" index."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES
from pages.models.topics import TopicLink
from pages.snippets import BodyKind

cup_validator = RegexValidator(
    r"^[A-Z0-9]{15}$",
    _("A CUP has exactly 15 capital letters or digits, for example E29I22000150006."),
)


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Not started yet")
    ONGOING = "ongoing", _("In progress")
    COMPLETED = "completed", _("Completed")


def status_for(start_date, end_date, today=None):
    today = today or timezone.localdate()
    if start_date and today < start_date:
        return ProjectStatus.PLANNED
    if end_date and today > end_date:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING


class GovernanceLevelBlock(blocks.StructBlock):
    level = blocks.CharBlock(label=_("Level"), max_length=120, help_text=_("For example: Cabina di Regia."))
    composition = blocks.TextBlock(label=_("Who takes part"))
    role = blocks.TextBlock(label=_("What it does"))

    class Meta:
        icon = "group"
        label = _("Governance level")


class ProjectPage(Page):
    """A PNRR project card (Modello Comuni "Progetto PNRR"), one per territory."""

    territory = models.ForeignKey(
        "pages.Territory", verbose_name=_("territory"), on_delete=models.PROTECT, related_name="projects"
    )
    summary = models.TextField(_("description and purpose"), help_text=_("Two or three sentences for the listing."))
    funding_owner = models.CharField(
        _("owner (titolare)"), max_length=200, default="Ministero del Lavoro e delle Politiche Sociali"
    )
    implementing_body = models.CharField(_("implementing body (soggetto attuatore)"), max_length=200)
    implementing_body_kind = models.CharField(
        _("kind of implementing body"), max_length=20, choices=BodyKind.choices, default=BodyKind.ATS
    )
    cup = models.CharField(
        _("CUP"),
        max_length=15,
        blank=True,
        validators=[cup_validator],
        help_text=_("Codice Unico di Progetto: 15 capital letters or digits."),
    )
    amount = models.DecimalField(
        _("amount (euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, _("The amount cannot be negative."))],
        help_text=_("The financed amount in euro, for example 211500.00."),
    )
    mission = models.CharField(_("mission"), max_length=120, default="Missione 5 – Inclusione e coesione")
    component = models.CharField(
        _("component"),
        max_length=200,
        default="Componente 2 – Infrastrutture sociali, famiglie, comunità e terzo settore",
    )
    investment = models.CharField(
        _("investment"),
        max_length=200,
        default="Investimento 1.1 – Sostegno alle persone vulnerabili e prevenzione dell'istituzionalizzazione",
    )
    sub_investment = models.CharField(
        _("sub-investment"),
        max_length=250,
        default="1.1.1 – Sostegno alle capacità genitoriali e prevenzione della vulnerabilità delle famiglie "
        "e dei bambini",
    )
    funding_notice = models.CharField(
        _("funding notice (avviso)"), max_length=200, default="Avviso 1/2022 (Decreto Direttoriale n. 5 del 15/02/2022)"
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    periods = models.CharField(
        _("periods"), max_length=200, blank=True, help_text=_("For example: three periods of 18 months.")
    )
    context_analysis = RichTextField(_("context analysis"), blank=True, features=RICH_TEXT_FEATURES)
    objectives = RichTextField(_("objectives"), blank=True, features=RICH_TEXT_FEATURES)
    method = RichTextField(_("method and actions"), blank=True, features=RICH_TEXT_FEATURES)
    governance = StreamField(
        [("level", GovernanceLevelBlock())], blank=True, verbose_name=_("governance"), use_json_field=True
    )
    expected_results = RichTextField(_("expected results"), blank=True, features=RICH_TEXT_FEATURES)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_notes = models.CharField(_("contact notes"), max_length=250, blank=True)

    parent_page_types = ["pages.AgencyPage", "pages.ProjectIndexPage"]
    subpage_types = []

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("context_analysis"),
        index.SearchField("cup"),
        index.FilterField("locale_id"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("territory"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("funding_owner"),
                FieldRowPanel([FieldPanel("implementing_body"), FieldPanel("implementing_body_kind")]),
                InlinePanel("partners", label=_("Partner (third-sector body)")),
            ],
            heading=_("Who runs it"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cup"), FieldPanel("amount")]),
                FieldPanel("mission"),
                FieldPanel("component"),
                FieldPanel("investment"),
                FieldPanel("sub_investment"),
                FieldPanel("funding_notice"),
            ],
            heading=_("PNRR funding"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("periods")],
            heading=_("Dates"),
        ),
        InlinePanel("implementations", label=_("Implementation"), heading=_("Implementations (modules)")),
        InlinePanel("dispositivi", label=_("Support strand"), heading=_("Support strands offered")),
        FieldPanel("context_analysis"),
        FieldPanel("objectives"),
        FieldPanel("method"),
        FieldPanel("governance"),
        FieldPanel("expected_results"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_notes")],
            heading=_("Contacts"),
        ),
        InlinePanel("attachments", label=_("Attachment"), heading=_("Attachments")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
    ]

    class Meta:
        verbose_name = _("PNRR project")
        verbose_name_plural = _("PNRR projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be earlier than the start date.")})

    @property
    def status(self):
        return status_for(self.start_date, self.end_date)

    @property
    def status_label(self):
        return ProjectStatus(self.status).label

    @property
    def jsonld_data(self):
        return project_jsonld(self)

    @property
    def families(self):
        return sum(item.total_families for item in self.implementations.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["implementations"] = list(self.implementations.all())
        context["dispositivi"] = [link.dispositivo for link in self.dispositivi.select_related("dispositivo")]
        context["partners"] = list(self.partners.all())
        context["attachments"] = list(self.attachments.select_related("document"))
        context["comuni"] = list(self.territory.comuni.all())
        return context


class ImplementationLevel(models.TextChoices):
    BASE = "base", _("Base module")
    ADVANCED = "advanced", _("Advanced module")


class ProjectImplementation(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="implementations")
    level = models.CharField(_("level"), max_length=10, choices=ImplementationLevel.choices)
    count = models.PositiveSmallIntegerField(_("number of implementations"), default=1)
    families = models.PositiveSmallIntegerField(_("families per implementation"), default=10)

    panels = [FieldRowPanel([FieldPanel("level"), FieldPanel("count"), FieldPanel("families")])]

    @property
    def total_families(self):
        return self.count * self.families


class ProjectDispositivo(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="dispositivi")
    dispositivo = models.ForeignKey("pages.Dispositivo", verbose_name=_("support strand"), on_delete=models.CASCADE)

    panels = [FieldPanel("dispositivo")]


class ProjectPartner(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]


class ProjectAttachment(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Defaults to the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]


class ProjectTopic(TopicLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="topics")


def project_date_q(status, today=None):
    """A Q object selecting projects whose dates put them in `status` today."""
    today = today or timezone.localdate()
    if status == ProjectStatus.PLANNED:
        return models.Q(start_date__gt=today)
    if status == ProjectStatus.COMPLETED:
        return models.Q(end_date__lt=today)
    return (models.Q(start_date__isnull=True) | models.Q(start_date__lte=today)) & (
        models.Q(end_date__isnull=True) | models.Q(end_date__gte=today)
    )


class ProjectIndexPage(RoutablePageMixin, Page):
    """Every project across territories ("Attuazione misure PNRR"), filterable, with open-data exports."""

    intro = models.TextField(_("introduction"), blank=True)

    max_count_per_parent = 1
    subpage_types = ["pages.ProjectPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def filtered_projects(self, request):
        """The filter form bound to the request, and the projects it selects (visible ones only)."""
        from pages.project_filters import ProjectFilterForm
        from portal.visibility import visible_pages

        form = ProjectFilterForm(request.GET or None, locale=self.locale)
        projects = visible_pages(request, ProjectPage.objects.filter(locale_id=self.locale_id))
        if form.is_valid():
            projects = form.apply(projects)
        return form, projects.select_related("territory").order_by("territory__name", "title")

    def get_cached_paths(self):
        """The index and its exports (purged on publish and privacy changes)."""
        return ["/", "export.csv", "export.json"]

    @path("")
    def index_view(self, request):
        from django.core.paginator import Paginator

        from pages.project_filters import project_totals

        form, projects = self.filtered_projects(request)
        paginator = Paginator(projects.prefetch_related("implementations"), self.PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context = {
            "form": form,
            "projects": page_obj,
            "totals": project_totals(projects),
            "query_string": form.query_string(),
        }
        response = self.render(request, context_overrides=context)
        if form.is_bound and not form.is_valid():
            response.status_code = 400
        return response

    @path("export.csv/", name="export_csv")
    def export_csv(self, request):
        from pages.project_exports import projects_csv_response

        form, projects = self.filtered_projects(request)
        if form.is_bound and not form.is_valid():
            return self.index_view(request)
        return projects_csv_response(request, projects)

    @path("export.json/", name="export_json")
    def export_json(self, request):
        from pages.project_exports import projects_json_response

        form, projects = self.filtered_projects(request)
        if form.is_bound and not form.is_valid():
            return projects_json_response(request, projects.none(), errors=form.errors)
        return projects_json_response(request, projects)

    PER_PAGE = 20


def project_jsonld(project, request=None):
    """schema.org description of a project card (a funded Project)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": project.title,
        "description": project.summary,
        "url": project.full_url,
        "areaServed": project.territory.name,
        "funder": {"@type": "GovernmentOrganization", "name": "European Union – NextGenerationEU"},
        "sponsor": {"@type": "GovernmentOrganization", "name": project.funding_owner},
        "parentOrganization": {"@type": "GovernmentOrganization", "name": project.implementing_body},
        "identifier": project.cup or None,
        "foundingDate": project.start_date.isoformat() if project.start_date else None,
        "dissolutionDate": project.end_date.isoformat() if project.end_date else None,
    }
    return {key: value for key, value in data.items() if value}
