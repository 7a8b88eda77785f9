"""Snippets shared by pages: territories (social-service districts and agencies) and dispositivi.

Translatable (wagtail-localize): pages link to them by ForeignKey or inline models, never by
ParentalManyToMany, which does not follow translations.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

REGIONS = [
    ("abruzzo", "Abruzzo"),
    ("basilicata", "Basilicata"),
    ("calabria", "Calabria"),
    ("campania", "Campania"),
    ("emilia-romagna", "Emilia-Romagna"),
    ("friuli-venezia-giulia", "Friuli-Venezia Giulia"),
    ("lazio", "Lazio"),
    ("liguria", "Liguria"),
    ("lombardia", "Lombardia"),
    ("marche", "Marche"),
    ("molise", "Molise"),
    ("piemonte", "Piemonte"),
    ("puglia", "Puglia"),
    ("sardegna", "Sardegna"),
    ("sicilia", "Sicilia"),
    ("toscana", "Toscana"),
    ("trentino-alto-adige", "Trentino-Alto Adige"),
    ("umbria", "Umbria"),
    ("valle-d-aosta", "Valle d'Aosta"),
    ("veneto", "Veneto"),
]
REGION_NAMES = dict(REGIONS)

istat_code_validator = RegexValidator(
    r"^\d{6}$", _("An ISTAT municipality code has exactly 6 digits, for example 037011.")
)


class BodyKind(models.TextChoices):
    """Kinds of soggetto attuatore (implementing body) under Avviso 1/2022."""

    ATS = "ats", _("Social district (ATS)")
    LEAD_MUNICIPALITY = "comune-capofila", _("Lead municipality")
    UNION = "unione", _("Union of municipalities")
    HEALTH_SOCIETY = "sds", _("Società della Salute")
    CONSORTIUM = "consorzio", _("Social services consortium or agency")
    MUNICIPALITY = "comune", _("Municipality")


class Territory(TranslatableMixin, index.Indexed, ClusterableModel):
    """A social-service district (ambito) or agency: the territory a project belongs to."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter links; the same in every language."))
    kind = models.CharField(_("kind of body"), max_length=20, choices=BodyKind.choices, default=BodyKind.ATS)
    region = models.CharField(_("region"), max_length=30, choices=REGIONS, blank=True)
    lead_body = models.CharField(
        _("lead body"), max_length=200, blank=True, help_text=_("For example: Comune di Prato (ente capofila).")
    )
    population = models.PositiveIntegerField(_("inhabitants"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("lead_body"),
        FieldPanel("population"),
        FieldPanel("description"),
        InlinePanel("comuni", label=_("Municipalities"), heading=_("Municipalities")),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")], heading=_("Contacts")),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("territory")
        verbose_name_plural = _("territories")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def region_name(self):
        return REGION_NAMES.get(self.region, self.region)


class TerritoryComune(Orderable):
    territory = ParentalKey(Territory, on_delete=models.CASCADE, related_name="comuni")
    name = models.CharField(_("municipality"), max_length=120)
    istat_code = models.CharField(_("ISTAT code"), max_length=6, blank=True, validators=[istat_code_validator])

    panels = [FieldPanel("name"), FieldPanel("istat_code")]

    class Meta(Orderable.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


class Dispositivo(TranslatableMixin, index.Indexed, models.Model):
    """One of the P.I.P.P.I. support strands (dispositivi): a small translatable taxonomy."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter links; the same in every language."))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("support strand (dispositivo)")
        verbose_name_plural = _("support strands (dispositivi)")
        ordering = ["name"]

    def __str__(self):
        return self.name
