"""Purging a front-end cache (CDN, Varnish, nginx) when what anonymous visitors may see changes.

Wagtail's `frontend_cache` purges a page when it is published or unpublished, and nothing else
(privacy.md row 12). A cached copy of a page that has just become private, or of a child of a
section just unpublished, would stay public until it expires. These receivers purge, after the
transaction commits:

- when a page's view restriction is added, changed or lifted: the page's subtree, the same for
  every alias and translation of it, the ancestors that list them (sections, home teasers) and
  each site's sitemap;
- when a page is unpublished: its subtree and ancestors (Wagtail purges only the page itself);
- when a page is moved: its subtree at the old and at the new address, and both sets of ancestors.

With no `WAGTAILFRONTENDCACHE` backend configured (the default), nothing is sent. The CDN must
still bypass requests carrying a session cookie and never cache `/documents/`, `/<lang>/team/`
or `/accounts/` (README, "Front-end cache").
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move, pre_page_move

logger = logging.getLogger(__name__)


def affected_pages(page):
    """`page` and its aliases and translations, each with its subtree and its ancestors (not the root)."""
    from teamspace.privacy import linked_pages

    tops = [page, *linked_pages(page)]
    pages = {}
    for top in tops:
        for related in Page.objects.descendant_of(top, inclusive=True) | Page.objects.ancestor_of(top).filter(
            depth__gt=1
        ):
            pages[related.pk] = related
    return list(pages.values())


def page_urls(pages):
    batch = PurgeBatch()
    batch.add_pages(pages)
    return set(batch.urls)


def sitemap_urls():
    return {f"{site.root_url}/sitemap.xml" for site in Site.objects.all()}


def purge_after_commit(urls):
    urls = sorted(urls)
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def purge_page(page):
    """Purge everything a change of `page`'s visibility can have altered in a front-end cache."""
    purge_after_commit(page_urls(affected_pages(page)) | sitemap_urls())


def configured():
    return bool(get_backends())


def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw or not configured():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page)


def restriction_groups_changed(sender, instance, action, reverse=False, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        restriction_changed(sender, instance)


def page_was_unpublished(sender, instance, **kwargs):
    if configured():
        purge_page(instance)


_urls_before_move = {}  # page id -> its URLs before the move (pre and post signals get different objects)


def page_will_move(sender, instance, **kwargs):
    if configured():
        _urls_before_move[instance.pk] = page_urls(affected_pages(instance))


def page_was_moved(sender, instance, **kwargs):
    before = _urls_before_move.pop(instance.pk, set())
    if not configured():
        return
    purge_after_commit(before | page_urls(affected_pages(Page.objects.get(pk=instance.pk))) | sitemap_urls())


def connect():
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_purge_restriction_saved")
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_purge_restriction_deleted"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="portal_purge_restriction_groups",
    )
    page_unpublished.connect(page_was_unpublished, dispatch_uid="portal_purge_unpublished")
    pre_page_move.connect(page_will_move, dispatch_uid="portal_purge_before_move")
    post_page_move.connect(page_was_moved, dispatch_uid="portal_purge_moved")
