"""Wagtail hooks of the restricted area (privacy.md rows 3, 7, 9, 11, 14)."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from wagtail import hooks

from portal.visibility import exclude_restricted, page_is_published, page_is_restricted, page_is_visible

from . import privacy


@hooks.register("on_serve_page", order=-100)
def forbid_outside_group(callback):
    """Outermost on_serve_page hook (runs before Wagtail's own check).

    A page inside an unpublished or expired section, or past its own expiry date while
    `publish_scheduled` has not run yet, is not found (privacy.md row 13: `Page.route` checks
    `live` on the requested page only). A page the request may not see (restricted, or an alias
    or translation of a restricted page): an anonymous visitor is sent to the login page, a
    logged-in user outside the group gets a 403 (Wagtail would send them to the login page
    again: a loop, wagtail#4297).
    """

    def inner(page, request, serve_args, serve_kwargs):
        if not page_is_visible(request, page):
            if not page_is_published(request, page):
                raise Http404
            if request.user.is_authenticated:
                raise PermissionDenied
            response = redirect_to_login(request.get_full_path())
            add_never_cache_headers(response)
            return response
        response = callback(page, request, serve_args, serve_kwargs)
        if page_is_restricted(request, page):
            add_never_cache_headers(response)  # private, no-store
        return response

    return inner


@hooks.register("before_convert_alias_page")
def remember_alias_restrictions(request, page):
    stash = getattr(request, "_teamspace_alias_restrictions", {})
    stash[page.pk] = privacy.effective_restrictions(page)
    request._teamspace_alias_restrictions = stash


@hooks.register("after_convert_alias_page")
def keep_alias_restrictions(request, page):
    """An alias converted to an ordinary page keeps the privacy it had as an alias."""
    page.refresh_from_db()
    if page.get_view_restrictions().exists():
        return
    remembered = getattr(request, "_teamspace_alias_restrictions", {}).get(page.pk, [])
    if not remembered:
        # Fall back on the restrictions of its translations (same translation key).
        remembered = [r for linked in privacy.linked_pages(page) for r in privacy.effective_restrictions(linked)]
    privacy.keep_restrictions_after_conversion(page, remembered)


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_in_chooser(pages, request):
    """Editors outside a team do not see its pages' titles in the page chooser (privacy.md row 14)."""
    return exclude_restricted(request, pages)


@hooks.register("before_serve_document", order=-100)
def serve_restricted_documents_privately(document, request):
    """Documents in restricted collections, on Wagtail's /documents/ URL (runs before Wagtail's check).

    Logged in but outside the group: 403 (no login loop). A team document, for a member: a redirect
    to the library's download view (one audited path, the original file name). Anonymous visitors
    fall through to Wagtail's check (redirect to login). `teamspace.documents.serve` adds
    `private, no-store` to whatever Wagtail then serves from a restricted collection.
    """
    restrictions = list(document.collection.get_view_restrictions())
    if not restrictions:
        return None
    if not all(restriction.accept_request(request) for restriction in restrictions):
        if request.user.is_authenticated:
            raise PermissionDenied
        return None
    from .models import DocumentVersion

    version = DocumentVersion.objects.select_related("document__team").filter(file=document).first()
    if version is None:
        return None
    entry = version.document
    if entry.deleted_at or not entry.team.is_member(request.user):
        raise PermissionDenied
    response = redirect("teamspace:download", slug=entry.team.slug, pk=entry.pk, number=version.number)
    add_never_cache_headers(response)
    return response


@hooks.register("construct_document_chooser_queryset")
def hide_restricted_documents_in_chooser(documents, request):
    """Editors outside a group do not see (nor link to) documents of collections restricted to it."""
    from wagtail.models import Collection, CollectionViewRestriction

    hidden = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        if not restriction.accept_request(request):
            hidden |= set(
                Collection.objects.descendant_of(restriction.collection, inclusive=True).values_list("pk", flat=True)
            )
    # `collection` is a search filter field; its path is not, so exclude by ids.
    return documents.exclude(collection__in=sorted(hidden)) if hidden else documents
