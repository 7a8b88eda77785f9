"""privacy.md's leak vectors, one test (or a few) per row: helper, aliases, translations, sitemap, API, hooks."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import RequestFactory
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from portal.visibility import anonymous_request, visible_pages
from tests.factories import make_standard_page, translate

SECRET = "Zebracorno"  # a word found only in the team's private page


def restrict(page, *groups):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(groups)
    return restriction


def user_in(username, *groups):
    user = User.objects.create_user(username, password="x-long-password-123")
    user.groups.set(groups)
    return user


@pytest.fixture
def world(home):
    team_a = Group.objects.create(name="Team A")
    team_b = Group.objects.create(name="Team B")
    operators = Group.objects.create(name="operators")
    public = make_standard_page(home, "Public page", slug="public-page")
    private = make_standard_page(home, f"Team A space {SECRET}", slug="team-a")
    child = make_standard_page(private, f"Minutes {SECRET}", slug="minutes")
    restrict(private, team_a)
    return {
        "home": home,
        "public": public,
        "private": private,
        "child": child,
        "team_a": team_a,
        "member_a": user_in("member-a", team_a),
        "member_b": user_in("member-b", team_b),
        "operator": user_in("operator", operators),
    }


def request_as(user=None):
    request = RequestFactory().get("/")
    if user is None:
        return anonymous_request()
    request.user = user
    request.session = {}
    return request


def final_status(client, url, **extra):
    """Status after redirects: outside i18n_patterns, LocaleMiddleware turns a 404 into /it/... (also 404)."""
    return client.get(url, follow=True, **extra).status_code


def titles(queryset):
    return set(queryset.values_list("title", flat=True))


# Row 2 and 11: the helper and the page itself.


def test_visible_pages_depends_on_the_request(world):
    anonymous = titles(visible_pages(request_as()))
    member = titles(visible_pages(request_as(world["member_a"])))
    assert world["public"].title in anonymous
    assert world["private"].title not in anonymous and world["child"].title not in anonymous
    assert {world["private"].title, world["child"].title} <= member
    assert world["private"].title not in titles(visible_pages(request_as(world["member_b"])))


def test_anonymous_is_sent_to_login_member_gets_200_outsider_403(client, world):
    url = world["child"].url
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert "no-store" in response["Cache-Control"]
    client.force_login(world["member_a"])
    response = client.get(url)
    assert response.status_code == 200 and SECRET in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    for outsider in ("member_b", "operator"):
        client.force_login(world[outsider])
        response = client.get(url)
        assert response.status_code == 403, outsider
        assert SECRET not in response.content.decode()


# Row 7: only on_serve_page hooks answer for a page.


def test_no_portal_before_serve_page_hook():
    modules = {fn.__module__ for fn in hooks.get_hooks("before_serve_page")}
    assert all(module.startswith("wagtail.") for module in modules), modules


def test_query_string_does_not_bypass_the_check(client, world):
    response = client.get(world["private"].url + "?format=ics")
    assert response.status_code == 302


# Rows 16 and 3: translations and aliases.


def test_restrict_after_translating_protects_every_locale(client, world):
    source = make_standard_page(world["home"], f"Protocol {SECRET}", slug="protocol")
    copies = [translate(source, code, title=f"Protocol {code} {SECRET}") for code in ("en", "ar", "fr")]
    restrict(source, world["team_a"])
    for page in [source, *copies]:
        response = client.get(page.url)
        assert response.status_code == 302, page.url
        assert response["Location"].startswith("/accounts/login/")
        assert PageViewRestriction.objects.filter(page=page).exists()
    assert not titles(visible_pages(request_as())) & {p.title for p in copies}
    # Absent from search, sitemap and the API in every locale.
    for code in ("it", "en", "ar", "fr"):
        response = client.get(f"/{code}/search/", {"q": SECRET})
        assert SECRET not in response.content.decode().split("</h1>", 1)[1].replace(f'value="{SECRET}"', "")
    assert "protocol" not in client.get("/sitemap.xml").content.decode()
    response = client.get("/api/v2/pages/", {"limit": 20})
    assert response.status_code == 200 and SECRET not in response.content.decode()
    client.force_login(world["member_a"])
    for page in copies:
        assert client.get(page.url).status_code == 200


def test_helper_hides_translations_even_without_the_mirror(client, world):
    """Defence in depth: a restriction written without signals (bulk) still hides the copies."""
    source = make_standard_page(world["home"], "Bulk source", slug="bulk-source")
    copy = translate(source, "en", title="Bulk copy")
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=source, restriction_type="login")])
    assert not PageViewRestriction.objects.filter(page=copy).exists()
    assert "Bulk copy" not in titles(visible_pages(request_as()))
    assert client.get(copy.url).status_code == 302


def test_changing_and_removing_the_restriction_follows_translations(world, django_capture_on_commit_callbacks):
    source = make_standard_page(world["home"], "Changing", slug="changing")
    copy = translate(source, "en", title="Changing en")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(source, world["team_a"])
    mirror = PageViewRestriction.objects.get(page=copy)
    assert list(mirror.groups.all()) == [world["team_a"]]
    team_c = Group.objects.create(name="Team C")
    with django_capture_on_commit_callbacks(execute=True):
        restriction.groups.add(team_c)
    assert set(PageViewRestriction.objects.get(page=copy).groups.all()) == {world["team_a"], team_c}
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert not PageViewRestriction.objects.filter(page=copy).exists()


def test_alias_restricted_later_then_converted_stays_private(client, world, admin_client):
    section = make_standard_page(world["home"], "Section", slug="section")
    make_standard_page(section, f"Section child {SECRET}", slug="section-child")
    alias = section.create_alias(parent=world["public"], update_slug="section-alias", recursive=True)
    alias_child = alias.get_children().get()
    restrict(section, world["team_a"])
    assert PageViewRestriction.objects.filter(page=alias).exists()
    response = admin_client.post(f"/admin/pages/{alias.pk}/convert_alias/")
    assert response.status_code in (200, 302)
    alias.refresh_from_db()
    assert alias.alias_of_id is None
    for page in (alias, alias_child):
        assert client.get(page.url).status_code == 302, page.url
    assert "section-alias" not in client.get("/sitemap.xml").content.decode()
    assert final_status(client, f"/api/v2/pages/{alias_child.pk}/") == 404
    assert final_status(client, f"/api/v2/pages/{alias.pk}/") == 404
    assert SECRET not in client.get("/it/search/", {"q": "Section"}).content.decode()


def test_converted_alias_keeps_privacy_through_the_hook(world, admin_client):
    """Even with no mirrored row (alias made by bulk), the after_convert hook copies the restriction."""
    section = make_standard_page(world["home"], "Section two", slug="section-two")
    alias = section.create_alias(parent=world["public"], update_slug="section-two-alias")
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=section, restriction_type="login")])
    admin_client.post(f"/admin/pages/{alias.pk}/convert_alias/")
    alias.refresh_from_db()
    assert alias.alias_of_id is None
    assert PageViewRestriction.objects.filter(page=alias).exists()


# Row 1: search.


def test_search_hides_private_pages_from_outsiders(client, world):
    response = client.get("/it/search/", {"q": SECRET})
    assert response.status_code == 200
    assert world["child"].url not in response.content.decode()
    client.force_login(world["member_a"])
    response = client.get("/it/search/", {"q": SECRET})
    assert world["child"].url in response.content.decode()


# Row 4: sitemap.


def test_sitemap_lists_every_public_locale_and_nothing_private(client, world):
    translate(world["public"], "en", title="Public page en")
    translate(world["public"], "ar", title="Public page ar")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", namespace)]  # noqa: S314
    paths = {loc.split("testserver", 1)[1] for loc in locations}
    assert {"/it/public-page/", "/en/public-page/", "/ar/public-page/"} <= paths
    assert not [path for path in paths if "team-a" in path]
    client.force_login(world["member_a"])
    assert "team-a" not in client.get("/sitemap.xml").content.decode()


# Row 5: API.


def test_api_v2_public_only_session_auth_only(client, world):
    response = client.get("/api/v2/pages/", {"limit": 20})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Public page" in body and SECRET not in body
    assert final_status(client, f"/api/v2/pages/{world['child'].pk}/") == 404
    # Basic authentication is not accepted: the password is never checked and nothing private shows.
    import base64

    credentials = base64.b64encode(b"member-a:x-long-password-123").decode()
    response = client.get("/api/v2/pages/", {"limit": 20}, HTTP_AUTHORIZATION=f"Basic {credentials}")
    assert SECRET not in response.content.decode()
    # A logged-in member sees the team's pages through the session.
    client.force_login(world["member_a"])
    assert client.get(f"/api/v2/pages/{world['child'].pk}/").status_code == 200


@pytest.mark.parametrize("url", ["/api/v3/", "/api/v3/pages/", "/api/v2/documents/", "/api/v2/images/"])
def test_other_api_endpoints_are_not_mounted(client, db, url):
    assert final_status(client, url) == 404


# Row 14: admin page chooser.


def test_page_chooser_hides_team_pages_from_editors(world):
    editors = Group.objects.create(name="Chooser editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = user_in("editor", editors)
    editor.is_staff = True
    editor.save()
    request = request_as(editor)
    pages = Page.objects.all()
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    assert SECRET not in " ".join(titles(pages))
    assert world["public"].title in titles(pages)


def test_page_chooser_view_search(client, world):
    editors = Group.objects.create(name="Chooser editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = user_in("editor", editors)
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    response = client.get("/admin/choose-page/search/", {"q": SECRET})
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


# Row 10: shared passwords are off.


def test_shared_password_privacy_is_off(settings):
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
