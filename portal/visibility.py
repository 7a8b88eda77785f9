"""The one place that decides which pages a request may see.

Every listing, menu, feed, sitemap, search and API queryset goes through `visible_pages`.
A page is visible when it is live and not under a view restriction the request fails.
(The restricted-area work hardens this: aliases and translations of restricted pages.)
"""

from wagtail.models import Page, PageViewRestriction


def restricted_paths(request):
    """Tree paths of every restricted subtree this request may not enter (computed once per request)."""
    cached = getattr(request, "_portal_restricted_paths", None)
    if cached is not None:
        return cached
    paths = [
        restriction.page.path
        for restriction in PageViewRestriction.objects.select_related("page")
        if not restriction.accept_request(request)
    ]
    request._portal_restricted_paths = paths
    return paths


def visible_pages(request, queryset=None):
    """`queryset` (default: all pages) narrowed to what `request` may see."""
    pages = (queryset if queryset is not None else Page.objects.all()).live()
    for path in restricted_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages
