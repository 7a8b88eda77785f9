"""Front-end accounts: login, throttling, logout, password reset, session expiry, admin only for staff."""

import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core import mail
from django.core.cache import cache

from teamspace.setup import ensure_team_space, operators_group

PASSWORD = "x-long-password-123"


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operator(db):
    user = User.objects.create_user("operator", email="operator@example.org", password=PASSWORD)
    user.groups.add(operators_group())
    return user


def test_login_page_is_translated_and_styled(client, db):
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="it")
    html = response.content.decode()
    assert response.status_code == 200
    assert "bootstrap-italia" in html and 'class="form-control"' in html
    assert 'href="/accounts/password-reset/"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_login_page_speaks_the_language_of_the_page_that_sent_the_visitor(client, db):
    # A browser set to English, sent to log in from an Italian team page: Italian.
    response = client.get("/accounts/login/", {"next": "/it/team/"}, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert '<html lang="it"' in html and "Accedi" in html
    response = client.get("/accounts/login/", {"next": "/ar/team/"}, HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="ar" dir="rtl"' in response.content.decode()
    # No language in `next` (or a foreign address): the browser's language.
    for following in ("/team/", "https://example.org/it/", ""):
        response = client.get("/accounts/login/", {"next": following}, HTTP_ACCEPT_LANGUAGE="en")
        assert '<html lang="en"' in response.content.decode()
    # A failed attempt keeps the language (the form posts `next`).
    response = client.post(
        "/accounts/login/", {"username": "x", "password": "y", "next": "/ro/team/"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert '<html lang="ro"' in response.content.decode()


def test_login_and_logout(client, operator):
    response = client.post("/accounts/login/", {"username": "operator", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(operator.pk)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and "_auth_user_id" not in client.session


def test_failed_logins_are_throttled(client, operator, settings):
    for _attempt in range(settings.PORTAL_LOGIN_MAX_FAILURES):
        response = client.post("/accounts/login/", {"username": "operator", "password": "wrong"})
        assert response.status_code == 200
    # The right password is refused too while the lock lasts: 429 with a clear message.
    response = client.post("/accounts/login/", {"username": "operator", "password": PASSWORD})
    assert response.status_code == 429
    assert "15" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_throttle_also_covers_the_wagtail_admin_login(client, operator, settings):
    for _attempt in range(settings.PORTAL_LOGIN_MAX_FAILURES):
        client.post("/admin/login/", {"username": "operator", "password": "wrong"})
    from django.contrib.auth import authenticate

    assert authenticate(None, username="operator", password=PASSWORD) is None


def test_throttle_per_address_catches_spraying(client, db, settings):
    for index in range(settings.PORTAL_LOGIN_MAX_FAILURES * 4):
        client.post("/accounts/login/", {"username": f"someone{index}", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "fresh-name", "password": "wrong"})
    assert response.status_code == 429


def test_success_resets_the_counter(client, operator, settings):
    for _attempt in range(settings.PORTAL_LOGIN_MAX_FAILURES - 1):
        client.post("/accounts/login/", {"username": "operator", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "operator", "password": PASSWORD}).status_code == 302
    client.logout()
    client.post("/accounts/login/", {"username": "operator", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "operator", "password": PASSWORD}).status_code == 302


def test_oversized_username_is_a_clean_error(client, db):
    response = client.post("/accounts/login/", {"username": "u" * 5000, "password": "x" * 5000})
    assert response.status_code in (200, 429)


def test_wrong_csrf_token_on_login(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "a", "password": "b", "csrfmiddlewaretoken": "bad"})
    assert response.status_code == 403


def test_password_reset_flow(client, operator):
    response = client.get("/accounts/password-reset/")
    assert response.status_code == 200
    response = client.post("/accounts/password-reset/", {"email": "operator@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password-reset/[^\s]+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    new_password = "a-brand-new-pass-2026"
    response = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert response.status_code == 302
    assert client.login(username="operator", password=new_password)
    # An unknown address says the same thing and sends nothing.
    client.logout()
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and len(mail.outbox) == 1


def test_sessions_expire(settings, client, operator):
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_HTTPONLY is True
    client.post("/accounts/login/", {"username": "operator", "password": PASSWORD})
    assert client.session.get_expire_at_browser_close()


def test_admin_only_for_staff(client, home, operator):
    team = ensure_team_space("Team A", "team-a", parent_page=home)
    member = User.objects.create_user("member", password=PASSWORD)
    member.groups.add(team.group)
    # Even if someone grants admin access to the team group by mistake, members stay out.
    team.group.permissions.add(Permission.objects.get(codename="access_admin"))
    operator.groups.first().permissions.add(Permission.objects.get(codename="access_admin"))
    for user in (operator, member):
        client.force_login(user)
        response = client.get("/admin/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    # Staff editors reach the admin.
    editors = Group.objects.create(name="Staff editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    editor.groups.set([editors, team.group])
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_private_page_login_uses_the_portal_login(settings):
    assert settings.WAGTAIL_FRONTEND_LOGIN_URL == "/accounts/login/"


def test_password_reset_requests_are_limited(client, operator):
    from teamspace.accounts import RESET_LIMIT

    for _attempt in range(RESET_LIMIT):
        assert client.post("/accounts/password-reset/", {"email": "operator@example.org"}).status_code == 302
    assert client.post("/accounts/password-reset/", {"email": "operator@example.org"}).status_code == 429
    assert len(mail.outbox) == RESET_LIMIT
