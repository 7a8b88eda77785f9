"""The README's nginx configuration, run for real: team files reach members only through Django.

The `nginx` block of README.md ("Production: documents behind nginx") is taken as written, its
paths pointed at this run's media folder and live server, and served by a real nginx. A member's
download answers with the file streamed by nginx (X-Accel-Redirect); the file's own address, under
`/media/documents/` or `/protected-media/`, answers 404 to everyone. Needs nginx on the PATH (CI
installs Debian's nginx-light); skipped with that reason otherwise.
"""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from pages.site_setup import ensure_home
from teamspace.models import LibraryDocument
from teamspace.setup import ensure_team_space

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
if NGINX is None and os.environ.get("PORTAL_REQUIRE_SYSTEM_TOOLS"):  # CI: this test must run
    raise RuntimeError("nginx is not installed (apt-get install nginx-light)")
pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx-light)")

README = Path(__file__).resolve().parents[1] / "README.md"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"%" * 4000


def readme_locations():
    text = README.read_text(encoding="utf-8")
    section = text.split("### Production: documents behind nginx", 1)[1]
    return re.search(r"```nginx\n(.*?)```", section, re.S).group(1)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def nginx(tmp_path, live_server, settings):
    media_root = str(Path(settings.MEDIA_ROOT).resolve()) + "/"
    backend = live_server.url.removeprefix("http://")
    locations = readme_locations().replace("/srv/pippi/media/", media_root).replace("127.0.0.1:8000", backend)
    port = free_port()
    temp = tmp_path / "nginx"
    temp.mkdir()
    user = "user root root;\n" if os.geteuid() == 0 else ""  # workers must read the private media folder
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"""{user}daemon off;
pid {temp}/nginx.pid;
error_log {temp}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
{locations}
    }}
}}
"""
    )
    process = subprocess.Popen([NGINX, "-c", str(config), "-p", str(temp)], stderr=subprocess.PIPE)
    for _attempt in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    else:
        process.kill()
        pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
    settings.TEAMSPACE_SENDFILE_HEADER = "X-Accel-Redirect"
    settings.TEAMSPACE_SENDFILE_PREFIX = "/protected-media/"
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def team_file(transactional_db):
    home = ensure_home()
    team_a = ensure_team_space("Team A", "team-a", parent_page=home)
    team_b = ensure_team_space("Team B", "team-b", parent_page=home)
    member = User.objects.create_user("member-a", password="x-long-password-123")
    member.groups.set([team_a.group])
    outsider = User.objects.create_user("member-b", password="x-long-password-123")
    outsider.groups.set([team_b.group])
    client = Client()
    client.force_login(member)
    response = client.post(
        "/en/team/team-a/upload/",
        {
            "title": "Protocollo",
            "file": SimpleUploadedFile("protocollo.pdf", PDF, content_type="application/pdf"),
            "description": "",
            "tags": "",
            "folder": team_a.collection_id,
        },
    )
    assert response.status_code == 302
    entry = LibraryDocument.objects.get()
    return {"entry": entry, "member": member, "outsider": outsider}


def fetch(url, user=None):
    """(status, headers, body) of a GET through nginx, logged in as `user` when given."""
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    if user is not None:
        client = Client()
        client.force_login(user)
        request.add_header("Cookie", f"sessionid={client.cookies['sessionid'].value}")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_member_gets_the_file_streamed_by_nginx(nginx, team_file):
    entry = team_file["entry"]
    status, headers, body = fetch(f"{nginx}/it/team/team-a/documents/{entry.pk}/v1/download/", team_file["member"])
    assert status == 200
    assert body == PDF  # the bytes come from nginx: Django's answer has an empty body
    assert headers["Content-Disposition"] == 'attachment; filename="protocollo.pdf"'
    assert "no-store" in headers["Cache-Control"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in headers  # nginx consumes it


def test_the_file_address_is_never_served_directly(nginx, team_file):
    stored = team_file["entry"].current_version.file.file.name  # documents/<safe name>
    for user in (None, team_file["member"]):
        for url in (f"{nginx}/media/{stored}", f"{nginx}/protected-media/{stored}"):
            status, _headers, body = fetch(url, user)
            assert status == 404, url
            assert PDF not in body


def test_another_team_and_anonymous_visitors_get_no_bytes(nginx, team_file):
    url = f"{nginx}/it/team/team-a/documents/{team_file['entry'].pk}/v1/download/"
    status, _headers, body = fetch(url, team_file["outsider"])
    assert status in (403, 404) and PDF not in body
    status, headers, body = fetch(url)
    assert status == 302 and "/accounts/login/" in headers["Location"] and PDF not in body
