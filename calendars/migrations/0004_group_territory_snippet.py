"""Groups link the territory snippet instead of naming their territory in free text.

Each old text is matched to a territory by name or short name (calendars/territory_matching.py):
unmatched texts are printed and left empty, no group is lost. Saved revisions are rewritten the
same way, so the editor and "publish this revision" keep working. Reverse writes the territory's
name back into the text field. The text column goes in 0005: PostgreSQL refuses to alter a table
with pending foreign-key checks in the transaction that wrote them.
"""

import django.db.models.deletion
from django.db import migrations, models

from calendars.territory_matching import Candidate, match_territory, normalise


def group_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="calendars", model="grouppage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def link_territories(apps, schema_editor):
    GroupPage = apps.get_model("calendars", "GroupPage")
    Territory = apps.get_model("pages", "Territory")
    candidates = [
        Candidate(pk, name, short_name, locale_id, str(key))
        for pk, name, short_name, locale_id, key in Territory.objects.values_list(
            "pk", "name", "short_name", "locale_id", "translation_key"
        )
    ]
    unmatched = []
    for pk, title, text, locale_id in GroupPage.objects.values_list("pk", "title", "territory", "locale_id"):
        if not normalise(text):
            continue
        match = match_territory(text, locale_id, candidates)
        if match is None:
            unmatched.append(f"  group {pk} “{title}”: “{text}”")
        else:
            GroupPage.objects.filter(pk=pk).update(territory_link_id=match.pk)
    for revision in group_revisions(apps).iterator():
        content = revision.content or {}
        text = content.get("territory")
        if text is None or isinstance(text, int):
            continue
        match = match_territory(text, content.get("locale"), candidates)
        content["territory"] = match.pk if match else None
        revision.content = content
        revision.save(update_fields=["content"])
    if unmatched:
        print(
            "\ncalendars 0004: these groups name a territory that matches no territory snippet "
            "(left empty; choose it in the editor):\n" + "\n".join(unmatched)
        )


def unlink_territories(apps, schema_editor):
    GroupPage = apps.get_model("calendars", "GroupPage")
    Territory = apps.get_model("pages", "Territory")
    names = dict(Territory.objects.values_list("pk", "name"))
    for pk, territory_id in GroupPage.objects.exclude(territory_link=None).values_list("pk", "territory_link_id"):
        GroupPage.objects.filter(pk=pk).update(territory=names.get(territory_id, ""))
    for revision in group_revisions(apps).iterator():
        content = revision.content or {}
        value = content.get("territory")
        if isinstance(value, str):
            continue
        content["territory"] = names.get(value, "") if value is not None else ""
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("calendars", "0003_translatable_session_exceptions"),
        ("pages", "0002_publishing_core"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="grouppage",
            name="territory_link",
            field=models.ForeignKey(
                blank=True,
                help_text="The social-service district (ambito).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="groups",
                to="pages.territory",
                verbose_name="territory",
            ),
        ),
        migrations.RunPython(link_territories, unlink_territories),
    ]
