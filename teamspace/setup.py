"""Create (idempotently) a team space: group, private collection, private page subtree."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission, PageViewRestriction

from .models import TeamSpace

OPERATORS_GROUP = "operators"
TEAM_DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]


def operators_group():
    group, _created = Group.objects.get_or_create(name=OPERATORS_GROUP)
    return group


def restrict_collection(collection, groups):
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.restriction_type = CollectionViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set(groups)
    return restriction


def restrict_page(page, groups):
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction(page=page)
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set(groups)
    return restriction


@transaction.atomic
def ensure_team_space(name, slug, *, parent_page=None, folders=()):
    """The team space `slug` with its group, restricted collection (and sub-collection folders) and pages."""
    group, _created = Group.objects.get_or_create(name=name)
    team = TeamSpace.objects.filter(slug=slug).first()
    if team is None:
        # A flushed database (transactional tests) has lost the root collection Wagtail's migration made.
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
        team = TeamSpace.objects.create(name=name, slug=slug, group=group, collection=collection)
    restrict_collection(team.collection, [group])
    for codename in TEAM_DOCUMENT_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=team.collection,
            permission=Permission.objects.get(content_type__app_label="wagtaildocs", codename=codename),
        )
    for folder in folders:
        if not team.collection.get_children().filter(name=folder).exists():
            team.collection.add_child(name=folder)
    if parent_page is not None and team.root_page is None:
        from pages.models import StandardPage

        page = parent_page.get_children().filter(slug=slug).first()
        if page is None:
            page = parent_page.add_child(
                instance=StandardPage(title=name, slug=slug, intro="", show_in_menus=False, locale=parent_page.locale)
            )
            page.save_revision(log_action=False).publish(log_action=False)
        team.root_page = page
        team.save(update_fields=["root_page"])
    if team.root_page is not None:
        restrict_page(team.root_page, [group])
    return team
