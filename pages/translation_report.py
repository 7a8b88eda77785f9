"""Translations older than their Italian source: what translators should update next."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from wagtail.models import Page


def outdated_translations():
    """Rows (source, translation) where the source was published after the translation. Two queries."""
    sources = {
        page.translation_key: page
        for page in Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, live=True)
        .exclude(last_published_at=None)
        .only("id", "title", "translation_key", "last_published_at", "url_path")
    }
    rows = []
    translations = (
        Page.objects.filter(translation_key__in=list(sources))
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .only("id", "title", "translation_key", "last_published_at", "locale__language_code", "live")
    )
    for translation in translations:
        source = sources[translation.translation_key]
        if translation.last_published_at is None or translation.last_published_at < source.last_published_at:
            rows.append({"source": source, "translation": translation, "language": translation.locale.language_code})
    rows.sort(key=lambda row: (row["source"].title, row["language"]))
    return rows


def report_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    return render(request, "pages/admin/outdated_translations.html", {"rows": outdated_translations()})
