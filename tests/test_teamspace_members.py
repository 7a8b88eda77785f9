"""The coordinator's Members page: who may use it, adding and removing accounts, bad input, the audit."""

import html

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from teamspace.models import LibraryDocument, MembershipChange
from teamspace.setup import ensure_team_space, operators_group

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PASSWORD = "x-long-password-123"


def page_changes():
    """Membership changes recorded by the Members page (setting up accounts records others, with no author)."""
    return MembershipChange.objects.exclude(by_username="")


@pytest.fixture
def teams(home):
    team_a = ensure_team_space("Team A", "team-a", parent_page=home)
    team_b = ensure_team_space("Team B", "team-b", parent_page=home)
    operators = operators_group()

    def user(name, *groups, **fields):
        account = User.objects.create_user(name, password=PASSWORD, **fields)
        account.groups.set(groups)
        return account

    coord_a = user("coord-a", team_a.group, operators, first_name="Anna", last_name="Rossi", email="anna@example.org")
    team_a.coordinators.add(coord_a)
    coord_b = user("coord-b", team_b.group, operators)
    team_b.coordinators.add(coord_b)
    return {
        "a": team_a,
        "b": team_b,
        "coord_a": coord_a,
        "member_a": user("member-a", team_a.group, operators, email="member.a@example.org"),
        "coord_b": coord_b,
        "member_b": user("member-b", team_b.group, operators),
        "operator": user("operator", operators, first_name="Olga", last_name="Neri", email="Olga.Neri@example.org"),
        "family": user("family", Group.objects.create(name="families")),
        "admin": User.objects.create_superuser("admin", password=PASSWORD),
    }


def text(response):
    return html.unescape(response.content.decode())


def member_names(team):
    return sorted(team.group.user_set.values_list("username", flat=True))


def add(client, identifier, lang="en"):
    return client.post(f"/{lang}/team/team-a/members/", {"account": identifier})


# Who may use the page -------------------------------------------------------------------------


def urls(teams):
    member = teams["member_a"].pk
    return [
        ("get", "/en/team/team-a/members/", {}),
        ("post", "/en/team/team-a/members/", {"account": "operator"}),
        ("get", f"/en/team/team-a/members/{member}/remove/", {}),
        ("post", f"/en/team/team-a/members/{member}/remove/", {}),
    ]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("member_a", 403),  # a member of the team: it exists for them, but they do not manage it
        ("coord_b", 404),  # another team's coordinator: the space is not revealed
        ("member_b", 404),
        ("operator", 404),
        ("family", 404),
    ],
)
def test_only_the_team_coordinator_manages_members(client, teams, role, expected):
    client.force_login(teams[role])
    before = member_names(teams["a"])
    for method, url, data in urls(teams):
        response = getattr(client, method)(url, data)
        assert response.status_code == expected, (role, method, url)
        body = text(response)
        assert "member-a" not in body and "Add a member" not in body
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    if expected == 403:
        assert "Access not allowed" in body  # the portal's 403 page, not a bare error
        assert f"Only the coordinators of {teams['a'].name} manage its members." in body  # and why
    assert member_names(teams["a"]) == before and not page_changes().exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client, teams):
    for method, url, data in urls(teams):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    assert "operator" not in member_names(teams["a"]) and "member-a" in member_names(teams["a"])


@pytest.mark.parametrize("role", ["coord_a", "admin"])
def test_coordinator_and_administrator_see_the_members(client, teams, role):
    client.force_login(teams[role])
    response = client.get("/en/team/team-a/members/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    body = text(response)
    assert "Anna Rossi" in body and "anna@example.org" in body and "member.a@example.org" in body
    assert body.count(">coordinator<") == 1 and body.count(">member<") == 1
    assert "Accounts are created by the portal's administrators" in body
    assert "member-b" not in body and "coord-b" not in body


def test_library_links_the_members_page_for_the_coordinator_only(client, teams):
    client.force_login(teams["coord_a"])
    assert 'href="/en/team/team-a/members/"' in text(client.get("/en/team/team-a/"))
    client.force_login(teams["member_a"])
    assert "/members/" not in text(client.get("/en/team/team-a/"))


# Adding ---------------------------------------------------------------------------------------


def test_coordinator_adds_an_operator_by_username_and_it_is_audited(client, teams):
    client.force_login(teams["coord_a"])
    response = add(client, "operator")
    assert response.status_code == 302 and response["Location"] == "/en/team/team-a/members/"
    assert "operator" in member_names(teams["a"])
    page = text(client.get(response["Location"]))
    assert "Olga Neri has been added to the team" in page
    assert page.count(">member<") == 2 and "<time datetime=" in page  # the date added
    change = page_changes().get()
    assert (change.team, change.action, change.member_username, change.by_username) == (
        teams["a"],
        "added",
        "operator",
        "coord-a",
    )
    audit = text(client.get("/en/team/team-a/audit/"))
    assert "Membership changes" in audit and "added to the team" in audit and "operator" in audit


def test_coordinator_adds_by_email_in_any_case(client, teams):
    client.force_login(teams["coord_a"])
    assert add(client, "  olga.neri@EXAMPLE.org ").status_code == 302
    assert "operator" in member_names(teams["a"])


def test_new_member_immediately_sees_the_library(client, teams):
    newcomer = Client()
    newcomer.force_login(teams["operator"])
    assert newcomer.get("/en/team/team-a/").status_code == 404
    client.force_login(teams["coord_a"])
    add(client, "operator")
    assert newcomer.get("/en/team/team-a/").status_code == 200


BAD_INPUT = [
    ("nobody-by-that-name", "No account has this username or email address"),
    ("nobody@example.org", "No account has this username or email address"),
    ("Operator", "No account has this username"),  # usernames match exactly
    ("operat", "No account has this username"),  # no partial matches
    ("", "Enter the username or email address of an existing account."),
    ("   ", "Enter the username or email address of an existing account."),
    ("x" * 10_000, "at most 254 characters"),
    ("member-a", "is already a member of this team"),
    ("member-b", "Only operators"),  # not an operator (the test takes them out of "operators")
    ("family", "Only operators' accounts can join a team space"),
]


@pytest.mark.parametrize(("identifier", "message"), BAD_INPUT, ids=lambda value: value[:20])
def test_bad_input_changes_nothing_and_says_why(client, teams, identifier, message):
    if identifier == "member-b":
        teams["member_b"].groups.remove(operators_group())
    client.force_login(teams["coord_a"])
    before = member_names(teams["a"])
    response = add(client, identifier)
    assert response.status_code == 400
    body = text(response)
    assert message in body
    assert 'role="alert"' in body and 'aria-invalid="true"' in body  # error summary and the field marked
    assert "x" * 300 not in body  # an oversized input is not echoed back whole
    assert member_names(teams["a"]) == before and not page_changes().exists()


def test_a_member_of_another_team_can_join_a_second_team(client, teams):
    client.force_login(teams["coord_a"])
    assert add(client, "member-b").status_code == 302
    assert teams["member_b"].groups.filter(pk=teams["b"].group_id).exists()  # still in their own team


def test_disabled_and_ambiguous_accounts_are_refused(client, teams):
    User.objects.filter(username="operator").update(is_active=False)
    client.force_login(teams["coord_a"])
    assert "This account is disabled" in text(add(client, "operator"))
    twin = User.objects.create_user("twin", email="same@example.org", password=PASSWORD)
    other = User.objects.create_user("twin2", email="SAME@example.org", password=PASSWORD)
    for account in (twin, other):
        account.groups.add(operators_group())
    response = add(client, "same@example.org")
    assert response.status_code == 400 and "enter the username instead" in text(response)
    assert member_names(teams["a"]) == ["coord-a", "member-a"]


def test_unknown_account_message_is_in_the_visitors_language(client, teams):
    client.force_login(teams["coord_a"])
    body = text(add(client, "nessuno", lang="it"))
    assert "Nessun account ha questo nome utente o indirizzo email" in body
    body = text(client.get("/it/team/team-a/members/"))
    assert "Aggiungi un membro" in body


def test_wrong_csrf_token_is_refused_and_nothing_changes(teams):
    client = Client(enforce_csrf_checks=True)
    client.force_login(teams["coord_a"])
    response = client.post("/en/team/team-a/members/", {"account": "operator", "csrfmiddlewaretoken": "bad"})
    assert response.status_code == 403
    member = teams["member_a"].pk
    response = client.post(f"/en/team/team-a/members/{member}/remove/", {"csrfmiddlewaretoken": "bad"})
    assert response.status_code == 403
    assert member_names(teams["a"]) == ["coord-a", "member-a"] and not page_changes().exists()


# Removing -------------------------------------------------------------------------------------


def upload_document(team, user):
    client = Client()
    client.force_login(user)
    client.post(
        f"/en/team/{team.slug}/upload/",
        {"title": "Minutes", "file": SimpleUploadedFile("m.pdf", PDF), "folder": team.collection_id},
    )
    return LibraryDocument.objects.get(team=team)


def test_removal_asks_for_confirmation_then_the_member_loses_access_at_once(client, teams):
    entry = upload_document(teams["a"], teams["member_a"])
    member = Client()
    member.force_login(teams["member_a"])
    download = f"/en/team/team-a/documents/{entry.pk}/v1/download/"
    assert member.get("/en/team/team-a/").status_code == 200
    assert member.get(download).status_code == 200
    assert member.get(teams["a"].root_page.url).status_code == 200

    client.force_login(teams["coord_a"])
    url = f"/en/team/team-a/members/{teams['member_a'].pk}/remove/"
    confirm = client.get(url)
    assert confirm.status_code == 200 and "no-store" in confirm["Cache-Control"]
    assert "Remove member-a from Team A?" in text(confirm)
    assert "member-a" in member_names(teams["a"])  # a GET changes nothing
    response = client.post(url)
    assert response.status_code == 302
    assert "member-a has been removed from the team" in text(client.get(response["Location"]))
    assert member_names(teams["a"]) == ["coord-a"]
    assert teams["member_a"].groups.filter(name="operators").exists()  # the account itself stays

    # The same session, without logging in again.
    assert member.get("/en/team/team-a/").status_code == 404
    assert member.get(download).status_code == 404
    assert member.get(entry.current_version.file.url).status_code == 403
    assert member.get(teams["a"].root_page.url).status_code == 403
    assert member.get("/en/team/").status_code == 200
    assert "Minutes" not in text(member.get("/en/team/"))
    # Their document stays in the library; the change is in the audit.
    assert LibraryDocument.objects.active().filter(pk=entry.pk).exists()
    change = page_changes().get()
    assert (change.action, change.member_username, change.by_username) == ("removed", "member-a", "coord-a")


@pytest.mark.parametrize("who", ["member_b", "operator", "admin"])
def test_another_teams_user_id_in_the_remove_url_is_not_found(client, teams, who):
    client.force_login(teams["coord_a"])
    url = f"/en/team/team-a/members/{teams[who].pk}/remove/"
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert client.post("/en/team/team-a/members/999999/remove/").status_code == 404
    assert teams["member_b"].groups.filter(pk=teams["b"].group_id).exists()
    assert member_names(teams["a"]) == ["coord-a", "member-a"] and not page_changes().exists()
    # Team B's coordinator cannot use team B's URL to remove team A's member either.
    client.force_login(teams["coord_b"])
    assert client.post(f"/en/team/team-b/members/{teams['member_a'].pk}/remove/").status_code == 404
    assert member_names(teams["a"]) == ["coord-a", "member-a"]


def test_the_last_coordinator_cannot_remove_themselves(client, teams):
    client.force_login(teams["coord_a"])
    url = f"/en/team/team-a/members/{teams['coord_a'].pk}/remove/"
    assert "your own account" in text(client.get(url))
    response = client.post(url, follow=True)
    body = text(response)
    assert "Anna Rossi is the team's last coordinator and cannot be removed" in body
    assert member_names(teams["a"]) == ["coord-a", "member-a"] and teams["a"].coordinators.count() == 1
    assert not page_changes().exists()
    # With a second coordinator, leaving is allowed.
    teams["a"].coordinators.add(teams["member_a"])
    client.post(url)
    assert member_names(teams["a"]) == ["member-a"] and list(teams["a"].coordinators.all()) == [teams["member_a"]]
    assert client.get("/en/team/team-a/members/").status_code == 404  # no longer in the team


def test_removing_a_coordinator_removes_the_role_too(client, teams):
    teams["a"].coordinators.add(teams["member_a"])
    client.force_login(teams["coord_a"])
    client.post(f"/en/team/team-a/members/{teams['member_a'].pk}/remove/")
    assert list(teams["a"].coordinators.all()) == [teams["coord_a"]]
    # Added back later, they are an ordinary member.
    add(client, "member-a")
    client.force_login(teams["member_a"])
    assert client.get("/en/team/team-a/members/").status_code == 403


def test_members_page_query_count_does_not_grow_with_the_team(client, teams):
    client.force_login(teams["coord_a"])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/team/team-a/members/").status_code == 200
        return len(queries)

    small = count()
    operators = operators_group()
    for number in range(15):
        account = User.objects.create_user(f"extra-{number}", password=PASSWORD)
        account.groups.set([operators])
        add(client, account.username)
    assert count() == small


def test_changes_made_outside_the_members_page_are_audited_without_an_author(client, teams):
    """Wagtail's user editor, a shell or a script: the coordinator still sees who joined or left, and when."""
    team = teams["a"]
    newcomer = teams["operator"]
    MembershipChange.objects.all().delete()
    newcomer.groups.add(team.group)  # as Wagtail's user form does
    team.group.user_set.remove(teams["member_a"])  # from the group's side
    teams["member_b"].groups.add(teams["b"].group)  # already in team B: no change, nothing recorded
    changes = MembershipChange.objects.order_by("pk")
    assert [(c.team, c.action, c.member_username, c.by_username) for c in changes] == [
        (team, MembershipChange.ADDED, newcomer.username, ""),
        (team, MembershipChange.REMOVED, "member-a", ""),
    ]
    client.force_login(teams["coord_a"])
    html = client.get(f"/en/team/{team.slug}/audit/").content.decode()
    assert "portal administration" in html and newcomer.username in html
    # The Members page records its own change once, with the coordinator's name.
    client.post(f"/en/team/{team.slug}/members/", {"account": "member-b"})
    assert MembershipChange.objects.filter(member_username="member-b").values_list("by_username", flat=True).get() == (
        "coord-a"
    )


def test_clearing_an_accounts_groups_is_audited(teams):
    MembershipChange.objects.all().delete()
    teams["member_a"].groups.clear()
    assert list(MembershipChange.objects.values_list("action", "member_username")) == [
        (MembershipChange.REMOVED, "member-a")
    ]


def test_changes_to_groups_that_are_not_teams_are_not_recorded(teams):
    from django.contrib.auth.models import Group

    MembershipChange.objects.all().delete()
    teams["member_a"].groups.add(Group.objects.create(name="Redazione"))
    assert not MembershipChange.objects.exists()
