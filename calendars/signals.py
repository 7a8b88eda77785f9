"""Keep materialised sessions in step with what is published, and feeds' SEQUENCE with their places."""

from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.signals import page_published, page_unpublished


def on_published(sender, instance, **kwargs):
    from calendars.models import materialise

    materialise(instance)


def on_unpublished(sender, instance, **kwargs):
    from calendars.models import Session

    Session.objects.filter(group_id=instance.pk).delete()


def groups_meeting_at(place):
    """Groups whose feed names `place`: as their place or as the new place of one session."""
    from calendars.models import GroupPage, SessionException

    moved_there = SessionException.objects.filter(new_place=place).values("group_id")
    return GroupPage.objects.filter(Q(place=place) | Q(pk__in=moved_there))


def bump_sequence(groups):
    """A phone only takes a changed event when its SEQUENCE grows (RFC 5545, 3.8.7.4)."""
    return groups.update(sequence=F("sequence") + 1)


def remember_place_location(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    instance._stored_location = sender.objects.filter(pk=instance.pk).values_list("name", "address").first()


def on_place_saved(sender, instance, created, raw=False, **kwargs):
    """A renamed or moved place changes the LOCATION of every series that meets there."""
    stored = getattr(instance, "_stored_location", None)
    instance._stored_location = None
    if created or raw or stored is None or stored == (instance.name, instance.address):
        return
    bump_sequence(groups_meeting_at(instance))


def on_place_deleting(sender, instance, **kwargs):
    # Deleting a place empties the groups' place (SET_NULL): their LOCATION goes, so SEQUENCE grows.
    bump_sequence(groups_meeting_at(instance))


def connect():
    from calendars.models import GroupPage, Place

    page_published.connect(on_published, sender=GroupPage, dispatch_uid="calendars_materialise")
    page_unpublished.connect(on_unpublished, sender=GroupPage, dispatch_uid="calendars_unpublish")
    post_delete.connect(on_unpublished, sender=GroupPage, dispatch_uid="calendars_delete")
    pre_save.connect(remember_place_location, sender=Place, dispatch_uid="calendars_place_before")
    post_save.connect(on_place_saved, sender=Place, dispatch_uid="calendars_place_saved")
    pre_delete.connect(on_place_deleting, sender=Place, dispatch_uid="calendars_place_deleting")
