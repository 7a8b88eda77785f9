"""Storing, serving and auditing team documents."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.http import FileResponse, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model

from .models import DocumentVersion, DownloadEvent, LibraryDocument
from .uploads import stored_name

logger = logging.getLogger(__name__)


def _save_file(upload, checked, folder, title, user):
    """A Wagtail document in the team's folder, stored under a random name."""
    document_model = get_document_model()
    document = document_model(title=title[:255], collection=folder, uploaded_by_user=user)
    upload.seek(0)
    document.file.save(stored_name(checked.extension), upload, save=False)
    try:
        document._set_document_file_metadata()
        document.save()
    except Exception:
        document.file.delete(save=False)
        raise
    return document


def _with_cleanup(work, saved):
    """Run `work` in a transaction; if anything fails, delete the files already written."""
    try:
        with transaction.atomic():
            return work()
    except Exception:
        for document in saved:
            try:
                document.file.storage.delete(document.file.name)
            except Exception:  # pragma: no cover - best effort, logged
                logger.exception("could not remove a half-stored upload")
        raise


def create_document(team, folder, upload, checked, *, title, description, tags, user):
    saved = []

    def work():
        entry = LibraryDocument.objects.create(
            team=team,
            folder=folder,
            title=title,
            description=description,
            tags=tags,
            kind=checked.kind,
            created_by=user,
        )
        document = _save_file(upload, checked, folder, title, user)
        saved.append(document)
        DocumentVersion.objects.create(
            document=entry,
            number=1,
            file=document,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=document.file_size or upload.size,
            uploaded_by=user,
        )
        return entry

    return _with_cleanup(work, saved)


def add_version(entry, upload, checked, *, user):
    saved = []

    def work():
        locked = LibraryDocument.objects.select_for_update().get(pk=entry.pk)
        number = (locked.versions.aggregate(top=Max("number"))["top"] or 0) + 1
        document = _save_file(upload, checked, locked.folder, locked.title, user)
        saved.append(document)
        version = DocumentVersion.objects.create(
            document=locked,
            number=number,
            file=document,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=document.file_size or upload.size,
            uploaded_by=user,
        )
        locked.kind = checked.kind
        locked.updated_at = timezone.now()
        locked.save(update_fields=["kind", "updated_at"])
        return version

    return _with_cleanup(work, saved)


def protect(response):
    """Headers of every private download."""
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0, must_revalidate=True)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Referrer-Policy"] = "no-referrer"
    return response


def file_response(version):
    """The file as an attachment; through nginx's internal location when configured (X-Accel-Redirect)."""
    document = version.file
    header = getattr(settings, "TEAMSPACE_SENDFILE_HEADER", "")
    if header:
        response = HttpResponse(content_type=version.content_type)
        prefix = getattr(settings, "TEAMSPACE_SENDFILE_PREFIX", "/protected-media/")
        response[header] = prefix.rstrip("/") + "/" + document.file.name
        from django.utils.http import content_disposition_header

        response["Content-Disposition"] = content_disposition_header(True, version.original_name)
    else:
        response = FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=version.original_name,
            content_type=version.content_type,
        )
    return protect(response)


def record_download(team, version, user):
    DownloadEvent.objects.create(
        team=team,
        version=version,
        document_title=version.document.title,
        version_number=version.number,
        user=user,
        username=user.get_username(),
    )
