"""/sitemap.xml: every public page of every locale, through `visible_pages` as an anonymous visitor."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.views.decorators.cache import cache_control
from wagtail.models import Page, Site

from portal.visibility import anonymous_request, visible_pages


class PortalPagesSitemap(Sitemap):
    """Pages under the roots of every site and every locale (Wagtail's own lists one locale, privacy.md row 4)."""

    def items(self):
        roots = Site.objects.values_list("root_page__translation_key", flat=True)
        locale_roots = Page.objects.filter(translation_key__in=list(roots))
        pages = Page.objects.none()
        for root in locale_roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        pages = visible_pages(anonymous_request(), pages).order_by("path").specific()
        return [page for page in pages if page.get_url_parts()]

    def location(self, page):
        return page.get_url_parts()[2]

    def lastmod(self, page):
        return page.last_published_at


SITEMAPS = {"pages": PortalPagesSitemap}


@cache_control(public=True, max_age=600)
def sitemap(request):
    return django_sitemap(request, sitemaps=SITEMAPS)
