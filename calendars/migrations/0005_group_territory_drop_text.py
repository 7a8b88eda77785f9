"""The free-text territory is gone: the link made in 0004 takes its name."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("calendars", "0004_group_territory_snippet")]

    operations = [
        migrations.RemoveField(model_name="grouppage", name="territory"),
        migrations.RenameField(model_name="grouppage", old_name="territory_link", new_name="territory"),
    ]
