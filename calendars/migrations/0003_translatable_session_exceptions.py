"""Session exceptions become translatable: each gets the locale of its group and a translation key,
shared by the same exception in the group's translations (same kind, date and position)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_locale_and_keys(apps, schema_editor):
    SessionException = apps.get_model("calendars", "SessionException")
    GroupPage = apps.get_model("calendars", "GroupPage")
    groups = {row["pk"]: row for row in GroupPage.objects.values("pk", "locale_id", "translation_key")}
    keys = {}
    seen = {}
    for exception in SessionException.objects.order_by("group_id", "sort_order", "pk"):
        group = groups[exception.group_id]
        identity = (group["translation_key"], exception.kind, exception.date)
        position = seen.get((exception.group_id, identity), 0)
        seen[(exception.group_id, identity)] = position + 1
        key = keys.setdefault((*identity, position), uuid.uuid4())
        exception.locale_id = group["locale_id"]
        exception.translation_key = key
        exception.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("calendars", "0002_feed_tokens"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="sessionexception",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="sessionexception",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill_locale_and_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="sessionexception",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="sessionexception",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="sessionexception",
            unique_together={("translation_key", "locale")},
        ),
    ]
