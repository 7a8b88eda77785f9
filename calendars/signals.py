"""Keep materialised sessions in step with what is published."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished


def on_published(sender, instance, **kwargs):
    from calendars.models import materialise

    materialise(instance)


def on_unpublished(sender, instance, **kwargs):
    from calendars.models import Session

    Session.objects.filter(group_id=instance.pk).delete()


def connect():
    from calendars.models import GroupPage

    page_published.connect(on_published, sender=GroupPage, dispatch_uid="calendars_materialise")
    page_unpublished.connect(on_unpublished, sender=GroupPage, dispatch_uid="calendars_unpublish")
    post_delete.connect(on_unpublished, sender=GroupPage, dispatch_uid="calendars_delete")
