"""The service page, with the items of the municipal model's Servizio in its order (C.SI.1.3)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES
from pages.models.topics import TopicLink


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    CLOSED = "closed", _("No longer active")


class ServicePage(Page):
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    status_reason = models.CharField(_("reason for the status"), max_length=250, blank=True)
    short_description = models.TextField(_("short description"), max_length=300)
    audience = RichTextField(_("who it is for"), features=RICH_TEXT_FEATURES)
    how_to = RichTextField(_("how to do it"), features=RICH_TEXT_FEATURES)
    requirements = RichTextField(_("what is needed"), blank=True, features=RICH_TEXT_FEATURES)
    outcome = RichTextField(_("what you get"), blank=True, features=RICH_TEXT_FEATURES)
    times = RichTextField(_("times and deadlines"), blank=True, features=RICH_TEXT_FEATURES)
    access = RichTextField(_("how to access the service"), features=RICH_TEXT_FEATURES)
    conditions = RichTextField(_("conditions of service"), blank=True, features=RICH_TEXT_FEATURES)
    contacts = RichTextField(_("contacts"), features=RICH_TEXT_FEATURES)

    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("short_description"),
        index.SearchField("audience"),
        index.SearchField("how_to"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], heading=_("Status")),
        FieldPanel("short_description"),
        FieldPanel("audience"),
        FieldPanel("how_to"),
        FieldPanel("requirements"),
        FieldPanel("outcome"),
        FieldPanel("times"),
        FieldPanel("access"),
        FieldPanel("conditions"),
        FieldPanel("contacts"),
        InlinePanel("dispositivi", label=_("Support strand"), heading=_("Support strands")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def jsonld_data(self):
        return {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.short_description,
            "url": self.full_url,
            "inLanguage": self.locale.language_code,
            "serviceType": "Sostegno alla genitorialità",
        }

    def sections(self):
        """The model's items in C.SI.1.3 order: (anchor, heading, html) for those filled in."""
        order = [
            ("a-chi-e-rivolto", _("Who it is for"), self.audience),
            ("come-fare", _("How to do it"), self.how_to),
            ("cosa-serve", _("What is needed"), self.requirements),
            ("cosa-si-ottiene", _("What you get"), self.outcome),
            ("tempi-e-scadenze", _("Times and deadlines"), self.times),
            ("accedi-al-servizio", _("How to access the service"), self.access),
            ("condizioni-di-servizio", _("Conditions of service"), self.conditions),
            ("contatti", _("Contacts"), self.contacts),
        ]
        return [(anchor, heading, html) for anchor, heading, html in order if html]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dispositivi"] = [link.dispositivo for link in self.dispositivi.select_related("dispositivo")]
        return context


class ServiceDispositivo(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="dispositivi")
    dispositivo = models.ForeignKey("pages.Dispositivo", verbose_name=_("support strand"), on_delete=models.CASCADE)

    panels = [FieldPanel("dispositivo")]


class ServiceTopic(TopicLink):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="topics")
