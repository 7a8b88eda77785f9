"""The news RSS feed of one language (one NewsIndexPage per language)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from pages.models.news import FEED_SIZE


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} · P.I.P.P.I."

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro or _("News from the P.I.P.P.I. projects")

    def items(self):
        return self.index_page.news(self.request)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
