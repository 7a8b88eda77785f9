"""Uploads are checked by content (magic bytes), never by name alone.

Allowed: PDF, office formats (OOXML without macros, OpenDocument, legacy OLE, RTF), images (PNG,
JPEG, GIF, WebP, SVG without script), plain text and CSV. Refused with a clear message: HTML,
SVG with script, executables (whatever their name), archives, unknown binaries, files whose name
does not match their content, files over the size limit.
"""

import os
import re
import unicodedata
import uuid
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

HEAD_BYTES = 8192

# kind: (label, content type, extensions accepted in the original name)
KINDS = {
    "pdf": ("PDF", "application/pdf", {"pdf"}),
    "docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", {"docx"}),
    "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {"xlsx"}),
    "pptx": ("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", {"pptx"}),
    "odt": ("OpenDocument text", "application/vnd.oasis.opendocument.text", {"odt"}),
    "ods": ("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", {"ods"}),
    "odp": ("OpenDocument presentation", "application/vnd.oasis.opendocument.presentation", {"odp"}),
    "ole": ("Office 97-2003", "application/octet-stream", {"doc", "xls", "ppt"}),
    "rtf": ("RTF", "application/rtf", {"rtf"}),
    "png": ("PNG", "image/png", {"png"}),
    "jpg": ("JPEG", "image/jpeg", {"jpg", "jpeg"}),
    "gif": ("GIF", "image/gif", {"gif"}),
    "webp": ("WebP", "image/webp", {"webp"}),
    "svg": ("SVG", "image/svg+xml", {"svg"}),
    "txt": ("Text", "text/plain", {"txt", "md"}),
    "csv": ("CSV", "text/csv", {"csv"}),
}
OLE_CONTENT_TYPES = {
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
}
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
ARCHIVE_MAGIC = (
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"MSCF",
    b"\x28\xb5\x2f\xfd",
)
MARKUP = re.compile(rb"<\s*(!doctype\s+html|html|head|body|script|iframe|object|embed|meta|svg|\?xml)\b", re.I)
SVG_DANGER = re.compile(
    rb"<\s*script|<\s*foreignObject|\bon[a-z]+\s*=|javascript:|<!ENTITY|xlink:href\s*=\s*[\"']?(?!#)", re.I
)
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}
OOXML_PARTS = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}


def max_upload_size():
    return getattr(settings, "TEAMSPACE_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)


class CheckedFile:
    def __init__(self, kind, extension, content_type, original_name):
        self.kind = kind
        self.extension = extension
        self.content_type = content_type
        self.original_name = original_name

    @property
    def label(self):
        return KINDS[self.kind][0]


def safe_original_name(name):
    """The name shown to people: no folders, no control characters, at most 120 characters."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    name = re.sub(r"[<>:\"|?*;]", "_", name)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = stem[: 120 - len(extension) - 1] or "document"
    return f"{stem}.{extension.lower()}" if extension else stem


def stored_name(extension):
    """A random stored name: nothing personal, nothing guessable, no path from the client."""
    return f"{uuid.uuid4().hex}.{extension}"


def _extension(name):
    return os.path.splitext(name)[1].lower().lstrip(".")


def _read_head(upload):
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    return head


def _zip_kind(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                kind = ODF_MIMETYPES.get(archive.read("mimetype").strip())
                if kind:
                    return kind
            if "[Content_Types].xml" in names:
                if any(name.lower().endswith("vbaproject.bin") for name in names):
                    raise ValidationError(_("Documents with macros are not accepted. Save it without macros."))
                for prefix, kind in OOXML_PARTS.items():
                    if any(name.startswith(prefix) for name in names):
                        return kind
    except zipfile.BadZipFile:
        return None
    finally:
        upload.seek(0)
    return None


CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _is_text(head):
    if CONTROL_BYTES.search(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the end of the sample is still text.
        if error.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def detect_kind(upload, name):
    head = _read_head(upload)
    if not head:
        raise ValidationError(_("The file is empty."))
    if head.startswith(EXECUTABLE_MAGIC) or head.startswith(b"#!"):
        raise ValidationError(_("Programs and scripts are not accepted, whatever their name."))
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        kind = _zip_kind(upload)
        if kind:
            return kind
        raise ValidationError(_("Archives (ZIP and similar) are not accepted. Upload the documents one by one."))
    if head.startswith(ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        raise ValidationError(_("Archives (ZIP and similar) are not accepted. Upload the documents one by one."))
    if _is_text(head):
        sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if re.match(
            rb"<\?xml[^>]*>\s*(<!--.*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg\b", sample, re.I | re.S
        ) or re.match(rb"<svg\b", sample, re.I):
            upload.seek(0)
            content = upload.read()
            upload.seek(0)
            if SVG_DANGER.search(content):
                raise ValidationError(_("SVG images with scripts or external links are not accepted."))
            return "svg"
        if MARKUP.search(head):
            raise ValidationError(_("Web pages (HTML) and markup files are not accepted."))
        return "csv" if _extension(name) == "csv" else "txt"
    raise ValidationError(_("This type of file is not accepted. Upload PDF, office documents, images, text or CSV."))


def check_upload(upload):
    """Validate an uploaded file; return a CheckedFile or raise ValidationError (nothing is stored here)."""
    limit = max_upload_size()
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    original = safe_original_name(upload.name)
    kind = detect_kind(upload, original)
    label, content_type, extensions = KINDS[kind]
    extension = _extension(original)
    if extension not in extensions:
        raise ValidationError(
            _("The file's name does not match its content: it contains %(kind)s. Rename it and try again.")
            % {"kind": label}
        )
    if kind == "ole":
        content_type = OLE_CONTENT_TYPES[extension]
    return CheckedFile(kind, extension, content_type, original)
