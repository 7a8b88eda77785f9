"""The one place that decides which pages a request may see.

Every listing, menu, feed, sitemap, search and API queryset goes through `visible_pages`.
A page is visible when it is published (live, not past its expiry date, and no ancestor is
unpublished or expired) and not under a view restriction the request fails, and it is neither an
alias nor a translation (in any locale) of a page under such a restriction, nor a descendant of
one. `PageViewRestriction` rows are mirrored to aliases and translations by `teamspace.privacy`;
this helper does not rely on that mirror (defence in depth).

Wagtail's `Page.route` checks `live` on the requested page only, so the children of an
unpublished section would still be served (privacy.md row 13); and a page past `expire_at` stays
live until `publish_scheduled` runs. `unpublished_paths` covers both.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

# Aliases of aliases and translations of aliases: a few rounds reach the fixed point.
_MAX_ROUNDS = 5


def anonymous_request():
    """A request as an anonymous visitor makes it (for sitemaps, feeds and checks outside a view)."""
    request = HttpRequest()
    request.user = AnonymousUser()
    request.session = {}
    return request


def _outermost(paths):
    """Drop every path that lies inside another one of the list."""
    kept = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def _subtrees_q(paths):
    query = Q()
    for path in paths:
        query |= Q(path__startswith=path)
    return query


def restricted_paths(request):
    """Tree paths of every subtree this request may not enter (computed once per request).

    That is the subtree of each failed restriction, plus the subtree of every alias and every
    translation of a page inside one of those subtrees.
    """
    cached = getattr(request, "_portal_restricted_paths", None)
    if cached is not None:
        return cached
    restrictions = list(PageViewRestriction.objects.select_related("page").prefetch_related("groups"))
    request._portal_all_restriction_paths = _outermost(restriction.page.path for restriction in restrictions)
    paths = _outermost(restriction.page.path for restriction in restrictions if not restriction.accept_request(request))
    for _round in range(_MAX_ROUNDS):
        if not paths:
            break
        inside = Page.objects.filter(_subtrees_q(paths))
        linked = (
            Page.objects.filter(
                Q(translation_key__in=inside.values("translation_key")) | Q(alias_of__in=inside.values("pk"))
            )
            .exclude(_subtrees_q(paths))
            .values_list("path", flat=True)
        )
        linked = list(linked)
        if not linked:
            break
        paths = _outermost([*paths, *linked])
    request._portal_restricted_paths = paths
    return paths


def unpublished_paths(request):
    """Tree paths of every subtree that is not published: its top page is a draft or has expired.

    A childless draft is excluded by `.live()` already, so only drafts with children count; an
    expired page counts until `publish_scheduled` unpublishes it. One small query per request.
    """
    cached = getattr(request, "_portal_unpublished_paths", None)
    if cached is not None:
        return cached
    expired = Q(live=True, expire_at__isnull=False, expire_at__lte=timezone.now())
    paths = _outermost(
        Page.objects.filter(Q(live=False, numchild__gt=0) | expired, depth__gt=1).values_list("path", flat=True)
    )
    request._portal_unpublished_paths = paths
    return paths


def published_pages(request, queryset=None):
    """`queryset` (default: all pages) narrowed to published pages whose ancestors are all published."""
    pages = (queryset if queryset is not None else Page.objects.all()).live()
    for path in unpublished_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages


def page_is_published(request, page):
    """Whether `page` and every ancestor of it are live and not expired (a visitor may reach it at all)."""
    return published_pages(request, Page.objects.filter(pk=page.pk)).exists()


def page_is_restricted(request, page):
    """Whether `page` lies under a view restriction, one the request passes included (no query of its own).

    Restrictions are mirrored onto aliases and translations (`teamspace.privacy`), so the page's
    own ancestry is enough here; a copy whose mirror is missing is not served to anyone outside
    the group anyway (`restricted_paths`).
    """
    restricted_paths(request)
    return any(page.path.startswith(path) for path in request._portal_all_restriction_paths)


def exclude_restricted(request, queryset):
    """`queryset` minus everything `request` may not see because of a view restriction (drafts kept)."""
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def visible_pages(request, queryset=None):
    """`queryset` (default: all pages) narrowed to what `request` may see."""
    return exclude_restricted(request, published_pages(request, queryset))


def page_is_visible(request, page):
    """Whether `request` may see this page (published, not restricted, not a copy of a restricted page)."""
    return visible_pages(request, Page.objects.filter(pk=page.pk)).exists()
