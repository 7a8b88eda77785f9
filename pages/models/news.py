"""News: an index per language with an RSS feed, and the news pages themselves."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.models.topics import TopicLink

FEED_SIZE = 20


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    max_count_per_parent = 1
    subpage_types = ["pages.NewsPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self, request):
        """Every visible news page of this language, across agencies, newest first."""
        from portal.visibility import visible_pages

        return visible_pages(request, NewsPage.objects.filter(locale_id=self.locale_id)).order_by(
            "-date", "-first_published_at"
        )

    def get_cached_paths(self):
        """The index and its RSS feed (purged on publish and privacy changes)."""
        return ["/", "rss.xml"]

    @path("")
    def index_view(self, request):
        from django.core.paginator import Paginator

        items = Paginator(self.news(request), 12).get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"news_items": items})

    @path("rss.xml/", name="rss")
    def rss_view(self, request):
        from pages.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image; leave empty only if it is decorative. Never photograph families or children."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), use_json_field=True)

    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    @property
    def jsonld_data(self):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.intro,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.full_url,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def get_context(self, request, *args, **kwargs):
        from portal.visibility import visible_pages

        context = super().get_context(request, *args, **kwargs)
        context["og_type"] = "article"
        topic_ids = self.topics.values("topic_id")
        context["topics"] = list(visible_pages(request, Page.objects.filter(pk__in=topic_ids)).order_by("title"))
        return context


class NewsTopic(TopicLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topics")
