"""Access matrix: every role × every surface that can show content, for a team page, its translation,
a team document and an operators-only page. Each cell asserts the status and that no private
title or text leaks where it must not.
"""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from teamspace.models import LibraryDocument
from teamspace.setup import ensure_team_space, operators_group, restrict_page
from tests.factories import make_standard_page, translate

TEAM_SECRET = "Quokkaverbale"  # only in team A's pages and document title
OPS_SECRET = "Ornitorincoformazione"  # only in the operators-only page
PDF = b"%PDF-1.4\n%%EOF\n"

ROLES = ["anonymous", "family", "operator", "member_a", "coordinator_a", "member_b", "editor", "admin"]
# Who may see what.
SEES_TEAM = {"member_a", "coordinator_a", "admin"}
SEES_OPS = {"operator", "member_a", "coordinator_a", "member_b", "admin"}


@pytest.fixture
def matrix(home, client):
    team_a = ensure_team_space("Team A", "team-a", parent_page=home)
    team_b = ensure_team_space("Team B", "team-b", parent_page=home)
    team_page = team_a.root_page
    team_page.title = f"Team A {TEAM_SECRET}"
    team_page.save_revision().publish()
    child = make_standard_page(team_page, f"Minutes {TEAM_SECRET}", slug="minutes", intro=TEAM_SECRET)
    translated = translate(child, "en", title=f"Minutes en {TEAM_SECRET}")
    ops_page = make_standard_page(home, f"Training {OPS_SECRET}", slug="ops-training", intro=OPS_SECRET)
    restrict_page(ops_page, [operators_group()])
    public = make_standard_page(home, "Public page", slug="public-page")

    users = {}

    def user(name, *groups, **flags):
        account = User.objects.create_user(name, password="x-long-password-123", **flags)
        account.groups.set(groups)
        users[name] = account
        return account

    operators = operators_group()
    user("family", Group.objects.create(name="families"))
    user("operator", operators)
    user("member_a", team_a.group, operators)
    team_a.coordinators.add(user("coordinator_a", team_a.group, operators))
    user("member_b", team_b.group, operators)
    editors = Group.objects.create(name="Matrix editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user("editor", editors, is_staff=True)
    users["admin"] = User.objects.create_superuser("admin", password="x-long-password-123")

    client.force_login(users["member_a"])
    client.post(
        "/en/team/team-a/upload/",
        {"title": f"Doc {TEAM_SECRET}", "file": SimpleUploadedFile("d.pdf", PDF), "folder": team_a.collection_id},
    )
    client.logout()
    entry = LibraryDocument.objects.get()
    return {
        "users": users,
        "team_page": team_page,
        "child": child,
        "translated": translated,
        "ops_page": ops_page,
        "public": public,
        "entry": entry,
        "document": entry.current_version.file,
    }


def login(client, matrix, role):
    client.logout()
    if role != "anonymous":
        client.force_login(matrix["users"][role])


def expect_page(response, role, allowed, secret):
    body = response.content.decode()
    if allowed:
        assert response.status_code == 200, (role, response.status_code)
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    else:
        expected = 302 if role == "anonymous" else 403
        assert response.status_code == expected, (role, response.status_code)
        assert secret not in body
        assert "no-store" in response.get("Cache-Control", "no-store") or response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(client, matrix, role):
    cache.clear()
    login(client, matrix, role)
    sees_team = role in SEES_TEAM
    sees_ops = role in SEES_OPS

    # The pages themselves, and the translated copy.
    for page in (matrix["team_page"], matrix["child"], matrix["translated"]):
        expect_page(client.get(page.url), role, sees_team, TEAM_SECRET)
    expect_page(client.get(matrix["ops_page"].url), role, sees_ops, OPS_SECRET)
    # A query string does not change the answer (no before_serve_page shortcuts).
    expect_page(client.get(matrix["child"].url + "?format=ics"), role, sees_team, TEAM_SECRET)

    # Listings: home page (teasers, menu), a public page (menus, footer), search in two locales.
    for url in ("/it/", "/en/", matrix["public"].url):
        body = client.get(url, follow=True).content.decode()
        assert (TEAM_SECRET in body) is False or sees_team, (role, url)
        assert (OPS_SECRET in body) is False or sees_ops, (role, url)
    for code in ("it", "en"):
        body = client.get(f"/{code}/search/", {"q": TEAM_SECRET}).content.decode()
        hits = body.count(f">Minutes {'en ' if code == 'en' else ''}{TEAM_SECRET}<")
        assert hits == (1 if sees_team else 0), (role, code, hits)
    body = client.get("/it/search/", {"q": OPS_SECRET}).content.decode()
    assert body.count(f">Training {OPS_SECRET}<") == (1 if sees_ops else 0), role

    # Sitemap: never anything private, whoever asks.
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "team-a" not in sitemap and "ops-training" not in sitemap and "public-page" in sitemap

    # API v2: listing and detail.
    listing = client.get("/api/v2/pages/", {"limit": 20, "search": TEAM_SECRET})
    assert listing.status_code == 200
    assert (TEAM_SECRET in listing.content.decode()) == sees_team, role
    detail = client.get(f"/api/v2/pages/{matrix['child'].pk}/", follow=True)
    assert detail.status_code == (200 if sees_team else 404), role
    detail = client.get(f"/api/v2/pages/{matrix['translated'].pk}/", follow=True)
    assert detail.status_code == (200 if sees_team else 404), role

    # Documents: the library download and Wagtail's URL.
    entry = matrix["entry"]
    response = client.get(f"/it/team/team-a/documents/{entry.pk}/v1/download/")
    if sees_team:
        assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    else:
        assert response.status_code == (302 if role == "anonymous" else 404), role
    response = client.get(matrix["document"].url)
    if sees_team:
        assert response.status_code == 302 and "/team/team-a/documents/" in response["Location"]
    else:
        assert response.status_code == (302 if role == "anonymous" else 403), role
        if role == "anonymous":
            assert "login" in response["Location"]
    library = client.get("/it/team/team-a/")
    assert library.status_code == (200 if sees_team else 302 if role == "anonymous" else 404), role
    assert (TEAM_SECRET in library.content.decode()) == sees_team
    # The coordinator's Members page and its removal URL: coordinator and administrator only; the
    # team's members get a 403; everyone else a 404 (the space is not revealed).
    manages = role in {"coordinator_a", "admin"}
    member_id = matrix["users"]["member_a"].pk
    for url in ("/it/team/team-a/members/", f"/it/team/team-a/members/{member_id}/remove/"):
        response = client.get(url)
        expected = 200 if manages else 302 if role == "anonymous" else 403 if role == "member_a" else 404
        assert response.status_code == expected, (role, url, response.status_code)
        if role != "anonymous":
            assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"], (role, url)

    # Previews and revisions live in the admin: only staff with page permissions, never families/operators.
    for url in (
        f"/admin/pages/{matrix['child'].pk}/edit/preview/",
        f"/admin/pages/{matrix['child'].pk}/history/",
        f"/admin/pages/{matrix['child'].pk}/revisions/{matrix['child'].latest_revision_id}/view/",
    ):
        response = client.get(url)
        if role == "admin":
            assert response.status_code in (200, 405), (url, response.status_code)
        else:
            assert response.status_code in (302, 403, 404), (role, url, response.status_code)
            assert TEAM_SECRET not in response.content.decode()


def test_private_responses_are_never_cached_for_logged_in_users(client, matrix):
    login(client, matrix, "member_a")
    for url in (matrix["child"].url, "/it/team/team-a/", matrix["translated"].url):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


@pytest.mark.parametrize("role", ["anonymous", "operator", "member_b", "member_a"])
def test_rss_feed_and_news_listing_hide_private_news(client, matrix, role):
    import datetime

    from pages.models import NewsIndexPage, NewsPage
    from tests.factories import publish

    home = matrix["public"].get_parent()
    index = publish(home.add_child(instance=NewsIndexPage(title="Notizie", slug="notizie")))
    for slug, title in (("public-news", "Public news"), ("team-news", f"Team news {TEAM_SECRET}")):
        publish(
            index.add_child(instance=NewsPage(title=title, slug=slug, intro=title, date=datetime.date(2026, 11, 1)))
        )
    restrict_page(NewsPage.objects.get(slug="team-news"), [matrix["team_page"].view_restrictions.get().groups.get()])
    login(client, matrix, role)
    for url in ("/it/notizie/rss.xml", "/it/notizie/"):
        body = client.get(url).content.decode()
        assert "Public news" in body, url
        assert (TEAM_SECRET in body) == (role == "member_a"), (role, url)


@pytest.mark.parametrize("role", ["anonymous", "operator", "member_a"])
def test_ical_feeds_hide_private_groups(client, matrix, role):
    from calendars.testing import make_calendar, make_group

    home = matrix["public"].get_parent()
    calendar = make_calendar(home)
    make_group(calendar, title="Open group", count=3)
    private = make_group(calendar, title=f"Team group {TEAM_SECRET}", count=3)
    restrict_page(private, [matrix["team_page"].view_restrictions.get().groups.get()])
    login(client, matrix, role)
    response = client.get(private.url + "calendar.ics")
    if role == "member_a":
        assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert TEAM_SECRET not in response.content.decode()
    feed = client.get(calendar.url + "calendar.ics").content.decode()
    assert "Open group" in feed
    assert (TEAM_SECRET in feed) == (role == "member_a"), role
