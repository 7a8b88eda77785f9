"""Team spaces: the document library, uploads checked by content, versions, trash, downloads, audit."""

import io
import os
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from teamspace.models import DocumentVersion, DownloadEvent, LibraryDocument
from teamspace.setup import ensure_team_space, operators_group

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def ooxml(main="word/document.xml", extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main, "<w:document/>")
        for name in extra:
            archive.writestr(name, "x")
    return buffer.getvalue()


def odt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def plain_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


def upload_file(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def teams(home):
    team_a = ensure_team_space("Team A", "team-a", parent_page=home, folders=["Minutes"])
    team_b = ensure_team_space("Team B", "team-b", parent_page=home)
    operators = operators_group()

    def user(name, *groups):
        account = User.objects.create_user(name, password="x-long-password-123")
        account.groups.set(groups)
        return account

    coordinator = user("coord-a", team_a.group, operators)
    team_a.coordinators.add(coordinator)
    return {
        "a": team_a,
        "b": team_b,
        "member_a": user("member-a", team_a.group, operators),
        "coord_a": coordinator,
        "member_b": user("member-b", team_b.group, operators),
        "operator": user("operator", operators),
    }


def stored_files():
    root = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(os.listdir(root)) if root.exists() else []


def upload(client, team, name, content, title="Protocol", **extra):
    data = {
        "title": title,
        "file": upload_file(name, content),
        "description": "",
        "tags": "",
        "folder": team.collection_id,
    }
    data.update(extra)
    return client.post(f"/en/team/{team.slug}/upload/", data)  # English: the messages are checked


def test_team_space_is_private_everywhere(teams):
    team = teams["a"]
    restriction = CollectionViewRestriction.objects.get(collection=team.collection)
    assert list(restriction.groups.all()) == [team.group]
    page_restriction = PageViewRestriction.objects.get(page=team.root_page)
    assert page_restriction.restriction_type == "groups" and list(page_restriction.groups.all()) == [team.group]
    assert team.collection.get_children().filter(name="Minutes").exists()
    # Idempotent.
    again = ensure_team_space("Team A", "team-a", parent_page=team.root_page.get_parent(), folders=["Minutes"])
    assert again.pk == team.pk and team.collection.get_children().count() == 1


def test_member_uploads_and_downloads_with_private_headers(client, teams):
    client.force_login(teams["member_a"])
    response = upload(client, teams["a"], "protocollo.pdf", PDF, title="Protocollo", tags="protocol, intake")
    assert response.status_code == 302
    entry = LibraryDocument.objects.get()
    version = entry.current_version
    assert version.original_name == "protocollo.pdf" and version.content_type == "application/pdf"
    stored = os.path.basename(version.file.file.name)
    assert stored != "protocollo.pdf" and stored.endswith(".pdf") and len(stored) == 36
    assert version.file.collection_id == teams["a"].collection_id
    response = client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert "protocollo.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    event = DownloadEvent.objects.get()
    assert (event.username, event.document_title, event.version_number) == ("member-a", "Protocollo", 1)


def test_library_lists_sorts_and_filters(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "b.pdf", PDF, title="Bravo")
    upload(client, teams["a"], "a.csv", b"name;count\nx;1\n", title="Alfa")
    page = client.get("/it/team/team-a/", {"sort": "title"}).content.decode()
    assert page.index("Alfa") < page.index("Bravo")
    page = client.get("/it/team/team-a/", {"type": "csv"}).content.decode()
    assert "Alfa" in page and "Bravo" not in page
    page = client.get("/it/team/team-a/", {"q": "brav"}).content.decode()
    assert "Bravo" in page and "Alfa" not in page
    page = client.get("/it/team/team-a/", {"uploader": "member-a", "sort": "bogus", "type": "exe"})
    assert page.status_code == 200


def test_library_search_matches_description_and_tags_of_this_team_only(client, teams):
    client.force_login(teams["member_b"])
    upload(client, teams["b"], "b.pdf", PDF, title="Other team", description="Quokka minutes", tags="wombat")
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "a.pdf", PDF, title="Alfa", description="Notes on the quokka visit", tags="intake")
    upload(client, teams["a"], "b.pdf", PDF, title="Bravo", description="Nothing special", tags="wombat, intake")
    upload(client, teams["a"], "c.pdf", PDF, title="Charlie quokka")

    def titles(**params):
        body = client.get("/en/team/team-a/", params).content.decode()
        found = [t for t in ("Alfa", "Bravo", "Charlie quokka", "Other team") if f">{t}</a>" in body]
        return sorted(found, key=lambda t: body.index(f">{t}</a>"))

    assert titles(q="quokka") == ["Charlie quokka", "Alfa"]  # description and title; newest first
    assert titles(q="quokka", sort="title") == ["Alfa", "Charlie quokka"]
    assert titles(q="wombat") == ["Bravo"]  # a tag; team B's "wombat" never appears
    assert titles(q="quokka visit") == ["Alfa"]  # every word must match
    assert titles(q="visit quokka") == ["Alfa"]  # in any order
    assert titles(q="intake", type="pdf", uploader="member-a") == ["Bravo", "Alfa"]
    assert titles(q="intake", uploader="member-b") == []
    assert titles(q="Other") == [] and titles(q="minutes") == []
    # Team B's folder in team A's URL falls back to team A's own root folder.
    assert titles(q="wombat", folder=teams["b"].collection_id) == ["Bravo"]
    body = client.get("/en/team/team-a/", {"q": "quokka"}).content.decode()
    assert "Words in title, description or tags" in body and 'value="quokka"' in body


def test_library_search_is_capped(client, teams, settings):
    settings.TEAMSPACE_SEARCH_LIMIT = 2
    client.force_login(teams["member_a"])
    for title in ("Uno", "Due", "Tre"):
        upload(client, teams["a"], "x.pdf", PDF, title=f"Verbale {title}")
    body = client.get("/en/team/team-a/", {"q": "verbale"}).content.decode()
    assert body.count(">Verbale ") == 2 and "Many documents match" in body
    body = client.get("/en/team/team-a/", {"q": "verbale uno"}).content.decode()
    assert body.count(">Verbale ") == 1 and "Many documents match" not in body


def test_library_query_count_does_not_grow_with_the_library(client, teams):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(teams["member_a"])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/team/team-a/", {"q": "protocol", "sort": "title"}).status_code == 200
        return len(queries)

    upload(client, teams["a"], "x.pdf", PDF, title="Protocol 0")
    small = count()
    for number in range(1, 12):
        upload(client, teams["a"], "x.pdf", PDF, title=f"Protocol {number}", tags="protocol")
    assert count() == small


def test_folders_are_sub_collections(client, teams):
    client.force_login(teams["member_a"])
    minutes = teams["a"].collection.get_children().get(name="Minutes")
    upload(client, teams["a"], "verbale.pdf", PDF, title="Verbale", folder=minutes.pk)
    assert "Verbale" not in client.get("/it/team/team-a/").content.decode()
    assert "Verbale" in client.get("/it/team/team-a/", {"folder": minutes.pk}).content.decode()
    # Another team's collection is not a folder of this team.
    response = upload(client, teams["a"], "x.pdf", PDF, folder=teams["b"].collection_id)
    assert response.status_code == 400 and not LibraryDocument.objects.filter(title="Protocol").exists()


def test_new_version_keeps_the_old_one(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "v1.pdf", PDF)
    entry = LibraryDocument.objects.get()
    second = PDF.replace(b"1.4", b"1.7")
    response = client.post(f"/it/team/team-a/documents/{entry.pk}/", {"file": upload_file("v2.pdf", second)})
    assert response.status_code == 302
    assert [v.number for v in entry.versions.all()] == [2, 1]
    old = client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/")
    new = client.get(f"/it/team/team-a/documents/{entry.pk}/v2/download/")
    assert b"".join(old.streaming_content) == PDF and b"".join(new.streaming_content) == second
    assert len(stored_files()) >= 2


BAD_FILES = [
    ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "HTML"),
    ("page.txt", b"<html><body>hi</body></html>", "HTML"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "SVG"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', "SVG"),
    ("invoice.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100, "Programs"),
    ("report.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "Programs"),
    ("run.txt", b"#!/bin/sh\nrm -rf /\n", "Programs"),
    ("docs.zip", plain_zip(), "Archives"),
    ("docs.pdf", plain_zip(), "Archives"),
    ("macro.docx", ooxml(extra=["word/vbaProject.bin"]), "macros"),
    ("photo.pdf", PNG, "name"),
    ("blob.bin", bytes(range(256)) * 4, "type of file"),
    ("empty.pdf", b"", "empty"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_bad_uploads_are_refused_and_nothing_is_stored(client, teams, name, content, message):
    client.force_login(teams["member_a"])
    before = stored_files()
    response = upload(client, teams["a"], name, content)
    assert response.status_code == 400
    assert message.lower() in response.content.decode().lower()
    assert not LibraryDocument.objects.exists() and not get_document_model().objects.exists()
    assert stored_files() == before


GOOD_FILES = [
    ("protocol.pdf", PDF, "pdf"),
    ("minutes.docx", ooxml(), "docx"),
    ("budget.xlsx", ooxml("xl/workbook.xml"), "xlsx"),
    ("slides.pptx", ooxml("ppt/presentation.xml"), "pptx"),
    ("minutes.odt", odt(), "odt"),
    ("photo.png", PNG, "png"),
    ("notes.txt", "Verbale dell'équipe, città".encode(), "txt"),
    ("list.csv", b"a,b\n1,2\n", "csv"),
    ("icon.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', "svg"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "ole"),
]


@pytest.mark.parametrize(("name", "content", "kind"), GOOD_FILES)
def test_allowed_formats(client, teams, name, content, kind):
    client.force_login(teams["member_a"])
    assert upload(client, teams["a"], name, content).status_code == 302
    assert LibraryDocument.objects.get().kind == kind


def test_size_limit_is_configurable(client, teams, settings):
    settings.TEAMSPACE_MAX_UPLOAD_SIZE = 1024
    client.force_login(teams["member_a"])
    response = upload(client, teams["a"], "big.pdf", PDF + b"0" * 2048)
    assert response.status_code == 400 and "too large" in response.content.decode()
    assert not LibraryDocument.objects.exists()


def test_path_traversal_and_oversized_fields(client, teams):
    client.force_login(teams["member_a"])
    response = upload(client, teams["a"], "../../etc/passwd.pdf", PDF)
    assert response.status_code == 302
    version = DocumentVersion.objects.get()
    assert version.original_name == "passwd.pdf" and ".." not in version.file.file.name
    response = upload(client, teams["a"], "x.pdf", PDF, title="T" * 500, description="d" * 5000)
    assert response.status_code == 400 and DocumentVersion.objects.count() == 1


def test_failed_database_write_leaves_no_file(client, teams, monkeypatch):
    from teamspace import library

    def boom(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(library.DocumentVersion.objects, "create", boom)
    client.force_login(teams["member_a"])
    before = stored_files()
    client.raise_request_exception = False
    response = upload(client, teams["a"], "protocol.pdf", PDF)
    assert response.status_code == 500
    assert stored_files() == before and not LibraryDocument.objects.exists()


def test_wrong_csrf_token_is_refused(teams):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(teams["member_a"])
    response = client.post(
        "/it/team/team-a/upload/",
        {
            "title": "x",
            "file": upload_file("x.pdf", PDF),
            "folder": teams["a"].collection_id,
            "csrfmiddlewaretoken": "bad",
        },
    )
    assert response.status_code == 403 and not LibraryDocument.objects.exists()


def test_other_team_and_outsiders_cannot_reach_anything(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "secret.pdf", PDF, title="Secret minutes")
    entry = LibraryDocument.objects.get()
    document = entry.current_version.file
    urls = [
        "/it/team/team-a/",
        "/it/team/team-a/upload/",
        f"/it/team/team-a/documents/{entry.pk}/",
        f"/it/team/team-a/documents/{entry.pk}/v1/download/",
        "/it/team/team-a/trash/",
        "/it/team/team-a/audit/",
        "/it/team/team-a/audit.csv",
    ]
    for who in ("member_b", "operator"):
        client.force_login(teams[who])
        for url in urls:
            response = client.get(url)
            assert response.status_code == 404, (who, url)
            assert "Secret minutes" not in response.content.decode()
        # Another team's id in this team's URL.
        assert client.get(f"/it/team/team-b/documents/{entry.pk}/v1/download/").status_code in (403, 404)
        # Wagtail's own document URL: 403, not a login loop.
        assert client.get(document.url).status_code == 403
    client.logout()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert DownloadEvent.objects.count() == 0


def test_wagtail_document_url_for_a_member_is_private_and_audited(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "secret.pdf", PDF)
    document = LibraryDocument.objects.get().current_version.file
    response = client.get(document.url)
    assert response.status_code == 302 and "/team/team-a/documents/" in response["Location"]
    response = client.get(document.url, follow=True)
    assert response.status_code == 200 and 'filename="secret.pdf"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"] and response["X-Content-Type-Options"] == "nosniff"
    assert DownloadEvent.objects.count() == 1


def test_other_restricted_collections_are_served_private(client, teams):
    """An operators-only collection (training material): members of "operators" get no-store files."""
    from django.core.files.base import ContentFile
    from wagtail.models import Collection

    from teamspace.setup import restrict_collection

    training = Collection.get_first_root_node().add_child(name="Operators training")
    restrict_collection(training, [operators_group()])
    document = get_document_model()(title="Slides", collection=training)
    document.file.save("slides.pdf", ContentFile(PDF))
    assert client.get(document.url).status_code == 302
    client.force_login(teams["operator"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    from django.contrib.auth.models import Group

    outsider = User.objects.create_user("citizen-account", password="x-long-password-123")
    outsider.groups.set([Group.objects.create(name="Families")])
    client.force_login(outsider)
    assert client.get(document.url).status_code == 403


def test_trash_and_restore_by_the_coordinator(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "old.pdf", PDF, title="Old protocol")
    entry = LibraryDocument.objects.get()
    assert client.post(f"/it/team/team-a/documents/{entry.pk}/delete/").status_code == 302
    assert "Old protocol" not in client.get("/it/team/team-a/").content.decode()
    assert client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/").status_code == 404
    assert client.get("/it/team/team-a/trash/").status_code == 404  # members do not manage the trash
    client.force_login(teams["coord_a"])
    assert "Old protocol" in client.get("/it/team/team-a/trash/").content.decode()
    assert client.post(f"/it/team/team-a/trash/{entry.pk}/restore/").status_code == 302
    client.force_login(teams["member_a"])
    assert "Old protocol" in client.get("/it/team/team-a/").content.decode()


def test_trash_keeps_thirty_days(client, teams):
    import datetime

    from django.utils import timezone

    client.force_login(teams["member_a"])
    upload(client, teams["a"], "old.pdf", PDF, title="Ancient")
    LibraryDocument.objects.update(deleted_at=timezone.now() - datetime.timedelta(days=31))
    client.force_login(teams["coord_a"])
    assert "Ancient" not in client.get("/it/team/team-a/trash/").content.decode()
    entry = LibraryDocument.objects.get()
    assert client.post(f"/it/team/team-a/trash/{entry.pk}/restore/").status_code == 404


def test_coordinator_reads_and_exports_the_audit(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "p.pdf", PDF, title="=HYPERLINK(1)")
    entry = LibraryDocument.objects.get()
    client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/")
    assert client.get("/it/team/team-a/audit/").status_code == 404
    client.force_login(teams["coord_a"])
    page = client.get("/it/team/team-a/audit/").content.decode()
    assert "member-a" in page
    response = client.get("/it/team/team-a/audit.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert body.splitlines()[0] == "when,user,document,version"
    assert "member-a,'=HYPERLINK(1),1" in body
    assert "no-store" in response["Cache-Control"]


def test_upload_form_warns_about_families(client, teams):
    client.force_login(teams["member_a"])
    page = client.get("/it/team/team-a/upload/").content.decode()
    assert 'enctype="multipart/form-data"' in page
    with_translation = client.get("/en/team/team-a/upload/").content.decode()
    assert "individual families" in with_translation


def test_coordinator_creates_folders(client, teams):
    client.force_login(teams["coord_a"])
    response = client.post("/it/team/team-a/folders/", {"name": "Templates", "parent": teams["a"].collection_id})
    assert response.status_code == 302
    assert teams["a"].collection.get_children().filter(name="Templates").exists()
    client.force_login(teams["member_a"])
    assert client.post("/it/team/team-a/folders/", {"name": "Mine"}).status_code == 404


def test_images_have_no_privacy_so_teams_store_pictures_as_documents(client, teams):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "photo.png", PNG, title="Group photo")
    from wagtail.images import get_image_model

    assert not get_image_model().objects.exists()
    assert LibraryDocument.objects.get().kind == "png"


def test_x_accel_redirect_hands_the_file_to_nginx(client, teams, settings):
    client.force_login(teams["member_a"])
    upload(client, teams["a"], "protocollo.pdf", PDF)
    entry = LibraryDocument.objects.get()
    settings.TEAMSPACE_SENDFILE_HEADER = "X-Accel-Redirect"
    response = client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/")
    assert response.status_code == 200 and response.content == b""
    stored = entry.current_version.file.file.name
    assert response["X-Accel-Redirect"] == f"/protected-media/{stored}"
    assert response["Content-Disposition"] == 'attachment; filename="protocollo.pdf"'
    assert "no-store" in response["Cache-Control"] and response["X-Content-Type-Options"] == "nosniff"


def test_names_with_control_and_bidi_characters_are_cleaned(client, teams):
    client.force_login(teams["member_a"])
    response = upload(client, teams["a"], "verbale\u202efdp.exe\x00.pdf", PDF)
    assert response.status_code == 302
    name = DocumentVersion.objects.get().original_name
    assert "\u202e" not in name and "\x00" not in name and name.endswith(".pdf")


def test_every_team_url_answers_private_no_store_whoever_asks(client, teams):
    """Each teamspace URL (the list comes from teamspace.urls, so a new page cannot be forgotten), for a
    member, the coordinator and a member of another team: whatever the status, never stored."""
    from django.urls import reverse

    from teamspace.urls import urlpatterns

    client.force_login(teams["member_a"])
    upload(client, teams["a"], "p.pdf", PDF, title="Protocol")
    entry = LibraryDocument.objects.get()
    kwargs = {"slug": "team-a", "pk": entry.pk, "number": 1, "user_id": teams["member_a"].pk}
    urls = {}
    for pattern in urlpatterns:
        names = set(pattern.pattern.regex.groupindex)
        urls[pattern.name] = reverse(f"teamspace:{pattern.name}", kwargs={k: kwargs[k] for k in names})
    assert {"members", "remove_member", "library", "download", "audit_csv"} <= set(urls)
    for who in ("member_a", "coord_a", "member_b"):
        client.force_login(teams[who])
        for name, url in urls.items():
            if name in ("delete", "restore", "create_folder"):
                continue  # POST only: a GET is refused (below), a POST changes things
            response = client.get(url)
            assert response.status_code in (200, 302, 403, 404), (who, name, response.status_code)
            cache_control = response.get("Cache-Control", "")
            assert "private" in cache_control and "no-store" in cache_control, (who, name, response.status_code)
        response = client.get(urls["delete"])
        assert response.status_code in (404, 405)
        assert "no-store" in response["Cache-Control"], who
    client.force_login(teams["member_a"])
    response = client.post(urls["delete"])
    assert response.status_code == 302 and "no-store" in response["Cache-Control"]
