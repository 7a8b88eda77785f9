"""Page privacy follows its page into aliases and translations, whenever it changes.

Wagtail copies a restriction only when an alias is created; wagtail-localize only when a
translation is created or synced (privacy.md rows 3 and 16). These receivers mirror every save,
group change and deletion of a `PageViewRestriction` to all aliases and translations of its page.
"""

import contextvars

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

_mirroring = contextvars.ContextVar("teamspace_mirroring", default=False)


def linked_pages(page):
    """Every alias and translation of `page`, transitively (aliases of translations, ...), without `page`."""
    seen = {page.pk}
    frontier = [page]
    found = []
    while frontier:
        keys = {p.translation_key for p in frontier}
        ids = {p.pk for p in frontier} | {p.alias_of_id for p in frontier if p.alias_of_id}
        batch = list(
            Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of_id__in=ids) | Q(pk__in=ids)).exclude(
                pk__in=seen
            )
        )
        seen.update(p.pk for p in batch)
        found.extend(batch)
        frontier = batch
    return found


def copy_restrictions(source_restrictions, target, full=True):
    """Make `target`'s own restrictions equal to `source_restrictions` (type and groups).

    With `full=False` (right after a save, before the groups are written) only missing mirrors
    are added and existing ones get the type: nothing is lifted or emptied on the way.
    """
    existing = list(PageViewRestriction.objects.filter(page=target))
    wanted = list(source_restrictions)
    for index, restriction in enumerate(wanted):
        created = index >= len(existing)
        mirror = PageViewRestriction(page=target) if created else existing[index]
        mirror.restriction_type = restriction.restriction_type
        mirror.password = restriction.password
        mirror.save()
        if full or created:
            mirror.groups.set(restriction.groups.all())
    if full:
        for extra in existing[len(wanted) :]:
            extra.delete()


def mirror_page_restrictions(page, full=True):
    """Copy `page`'s own restrictions onto every alias and translation of it."""
    if _mirroring.get():
        return
    token = _mirroring.set(True)
    try:
        restrictions = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
        for target in linked_pages(page):
            copy_restrictions(restrictions, target, full=full)
    finally:
        _mirroring.reset(token)


def _schedule(page_id, now=True, full=False):
    def run(full=True):
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            mirror_page_restrictions(page, full=full)

    if _mirroring.get():
        return
    # Now (so that code reading right after the save sees the mirror; after a plain save only
    # additions, since the groups come later) and fully again at commit, when all is written.
    if now:
        run(full=full)
    transaction.on_commit(run)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="teamspace_mirror_restriction_saved")
def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _schedule(instance.page_id)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="teamspace_mirror_restriction_deleted")
def restriction_deleted(sender, instance, **kwargs):
    # Only at commit, and only if the page survives: deleting a restricted page must not
    # lift the restriction from its translations.
    _schedule(instance.page_id, now=False)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="teamspace_mirror_restriction_groups")
def restriction_groups_changed(sender, instance, action, reverse=False, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        _schedule(instance.page_id, full=True)


def effective_restrictions(page):
    """The restrictions that apply to `page`: its own and its ancestors' (and, for an alias, its source's)."""
    return list(page.get_view_restrictions())


def keep_restrictions_after_conversion(page, restrictions):
    """After "Convert to ordinary page", give the page the restrictions it had as an alias."""
    own = PageViewRestriction.objects.filter(page=page)
    if restrictions and not own.exists():
        strictest = restrictions[0]
        mirror = PageViewRestriction.objects.create(
            page=page, restriction_type=strictest.restriction_type, password=strictest.password
        )
        mirror.groups.set(strictest.groups.all())


def refuse_images_in_restricted_collections(sender, instance, raw=False, **kwargs):
    """Wagtail images have no privacy (privacy.md row 8): none may be stored in a restricted collection."""
    from django.core.exceptions import PermissionDenied

    if not raw and instance.collection_id and instance.collection.get_view_restrictions().exists():
        raise PermissionDenied("Images cannot be stored in a restricted collection: upload pictures as documents.")


def connect_image_guard():
    from django.db.models.signals import pre_save
    from wagtail.images import get_image_model

    pre_save.connect(
        refuse_images_in_restricted_collections, sender=get_image_model(), dispatch_uid="teamspace_no_private_images"
    )
