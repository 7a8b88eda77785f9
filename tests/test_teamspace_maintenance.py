"""Maintenance of the restricted area: trash purge, privacy parity check, no images in private collections."""

import datetime
import io
import os

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from teamspace.models import LibraryDocument
from teamspace.setup import ensure_team_space
from tests.factories import make_standard_page, translate

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def team(home):
    return ensure_team_space("Team A", "team-a", parent_page=home)


def test_purge_removes_old_trash_with_its_files(client, team, django_capture_on_commit_callbacks):
    member = User.objects.create_user("member", password="x-long-password-123")
    member.groups.add(team.group)
    client.force_login(member)
    for title in ("Old", "Recent"):
        client.post(
            "/en/team/team-a/upload/",
            {"title": title, "file": SimpleUploadedFile(f"{title}.pdf", PDF), "folder": team.collection_id},
        )
    old = LibraryDocument.objects.get(title="Old")
    path = old.current_version.file.file.path
    LibraryDocument.objects.filter(title="Old").update(deleted_at=timezone.now() - datetime.timedelta(days=31))
    LibraryDocument.objects.filter(title="Recent").update(deleted_at=timezone.now() - datetime.timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_team_trash", stdout=io.StringIO())
    assert list(LibraryDocument.objects.values_list("title", flat=True)) == ["Recent"]
    assert get_document_model().objects.count() == 1
    assert not os.path.exists(path)


def test_privacy_parity_check_finds_and_fixes_gaps(home):
    source = make_standard_page(home, "Source", slug="source")
    copy = translate(source, "en", title="Copy")
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=source, restriction_type="login")])
    with pytest.raises(CommandError, match="parity broken"):
        call_command("check_privacy_parity", stdout=io.StringIO())
    call_command("check_privacy_parity", "--fix", stdout=io.StringIO())
    assert PageViewRestriction.objects.filter(page=copy, restriction_type="login").exists()
    call_command("check_privacy_parity", stdout=io.StringIO())


def test_images_cannot_be_stored_in_a_team_collection(team):
    from PIL import Image
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    Image.new("RGB", (1, 1)).save(buffer, "PNG")
    png = buffer.getvalue()
    image = get_image_model()(title="Team photo", collection=team.collection, width=1, height=1)
    image.file = SimpleUploadedFile("photo.png", png)
    with pytest.raises(PermissionDenied):
        image.save()
    assert not get_image_model().objects.exists()


def test_403_page_is_the_portal_layout(client, team):
    outsider = User.objects.create_user("outsider", password="x-long-password-123")
    client.force_login(outsider)
    response = client.get(team.root_page.url, HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 403
    html = response.content.decode()
    assert "bootstrap-italia" in html and "Accesso non consentito" in html
    assert team.root_page.title not in html.split("<main", 1)[1]


def test_document_chooser_hides_team_documents_from_editors(client, team):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    from teamspace.library import create_document
    from teamspace.uploads import check_upload

    upload = SimpleUploadedFile("p.pdf", PDF)
    create_document(
        team, team.collection, upload, check_upload(upload), title="Team secret doc", description="", tags="", user=None
    )
    editors = Group.objects.create(name="Doc editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=editors,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(content_type__app_label="wagtaildocs", codename=codename),
        )
    editor = User.objects.create_user("editor", password="x-long-password-123", is_staff=True)
    editor.groups.add(editors)
    client.force_login(editor)
    response = client.get("/admin/documents/chooser/", {"q": "secret"})
    assert response.status_code == 200
    assert "Team secret doc" not in response.content.decode()


def test_old_audit_records_are_purged(team, settings):
    from teamspace.models import DownloadEvent, MembershipChange

    settings.TEAMSPACE_LOG_DAYS = 365
    long_ago = timezone.now() - datetime.timedelta(days=366)
    recently = timezone.now() - datetime.timedelta(days=364)
    for when, name in ((long_ago, "old"), (recently, "recent")):
        DownloadEvent.objects.create(team=team, document_title=f"{name} doc", version_number=1, username=name, at=when)
        MembershipChange.objects.create(
            team=team, action=MembershipChange.ADDED, member_username=name, by_username="coord", at=when
        )
    out = io.StringIO()
    call_command("purge_team_logs", stdout=out)
    assert list(DownloadEvent.objects.values_list("username", flat=True)) == ["recent"]
    assert list(MembershipChange.objects.values_list("member_username", flat=True)) == ["recent"]
    assert "1 download record(s) and 1 membership change(s) older than 365 days deleted" in out.getvalue()
