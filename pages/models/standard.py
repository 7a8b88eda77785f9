from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock


class FooterRole(models.TextChoices):
    """Pages the footer links to, as the Italian municipal model's footer has them."""

    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    PRIVACY = "privacy", _("Privacy notice")
    LEGAL = "legal", _("Legal notes")
    CONTACTS = "contacts", _("Contacts")
    ABOUT = "about", _("About the portal")


class StandardPage(Page):
    """A plain content page: accessibility statement, privacy notice, legal notes, about."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("Shown to readers. The accessibility statement must be reviewed every year by 23 September."),
    )
    footer_role = models.CharField(
        _("link from the footer as"),
        max_length=20,
        choices=FooterRole.choices,
        blank=True,
        help_text=_("At most one page per language may hold each role."),
    )

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("footer_role"), FieldPanel("last_reviewed")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def clean(self):
        super().clean()
        if not self.footer_role:
            return
        others = StandardPage.objects.filter(locale_id=self.locale_id, footer_role=self.footer_role)
        if self.pk:
            others = others.exclude(pk=self.pk)
        other = others.first()
        if other:
            raise ValidationError(
                {
                    "footer_role": _("The page “%(title)s” already holds this footer link in this language.")
                    % {"title": other.title}
                }
            )
