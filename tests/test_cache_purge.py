"""privacy.md row 12: a privacy change purges the front-end cache (a real HTTP server receives PURGE)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories import make_standard_page, translate


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purges(settings, tree):
    """A cache server listening on a free port; the portal configured to purge through it (after `tree`)."""
    PurgeRecorder.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


@pytest.fixture
def tree(home):
    section = make_standard_page(home, "Equipe", slug="equipe")
    child = make_standard_page(section, "Verbali", slug="verbali")
    other = make_standard_page(home, "Altro", slug="altro")
    english = translate(section, "en", title="Team")
    return {"home": home, "section": section, "child": child, "other": other, "english": english}


def paths(received):
    return {path for _host, path in received}


def test_restricting_a_page_purges_its_subtree_translations_listings_and_sitemap(
    purges, tree, django_capture_on_commit_callbacks
):
    team = Group.objects.create(name="Team")
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=tree["section"], restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([team])
    purged = paths(purges)
    assert {"/it/equipe/", "/it/equipe/verbali/", "/en/equipe/", "/it/", "/en/", "/sitemap.xml"} <= purged
    assert "/it/altro/" not in purged  # unrelated pages stay cached
    assert {host for host, _path in purges} == {"localhost"}  # the site's host, for the cache to match


def test_lifting_a_restriction_purges_too(purges, tree, django_capture_on_commit_callbacks):
    restriction = PageViewRestriction.objects.create(page=tree["section"], restriction_type=PageViewRestriction.LOGIN)
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert {"/it/equipe/", "/it/equipe/verbali/"} <= paths(purges)


def test_unpublishing_a_section_purges_its_children(purges, tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree["section"].unpublish()
    assert {"/it/equipe/", "/it/equipe/verbali/", "/it/"} <= paths(purges)


def test_moving_a_page_purges_old_and_new_addresses(purges, tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tree["child"].move(tree["other"], pos="last-child")
    assert {"/it/equipe/verbali/", "/it/altro/verbali/", "/it/equipe/", "/it/altro/"} <= paths(purges)


def test_nothing_is_sent_before_the_transaction_commits(purges, tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        PageViewRestriction.objects.create(page=tree["section"], restriction_type=PageViewRestriction.LOGIN)
    assert purges == []
    assert callbacks  # queued for the commit


def test_without_a_cache_configured_nothing_is_queued(settings, tree, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        PageViewRestriction.objects.create(page=tree["section"], restriction_type=PageViewRestriction.LOGIN)
    assert not [callback for callback in callbacks if "purge" in repr(callback)]


def test_feeds_and_exports_under_a_page_are_purged_with_it(purges, home, django_capture_on_commit_callbacks):
    from pages.models import NewsIndexPage
    from tests.factories import make_project_index

    news = home.add_child(instance=NewsIndexPage(title="Notizie", slug="notizie"))
    news.save_revision().publish()
    make_project_index(home)
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    assert {
        "/it/notizie/rss.xml",
        "/it/attuazione-misure-pnrr/export.csv",
        "/it/attuazione-misure-pnrr/export.json",
    } <= (paths(purges))


def test_a_group_is_purged_with_its_feed_and_session_files(purges, home, django_capture_on_commit_callbacks):
    from calendars.testing import make_calendar, make_group

    calendar = make_calendar(home)
    group = make_group(calendar)
    days = list(group.sessions.values_list("date", flat=True))
    assert days
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=group, restriction_type=PageViewRestriction.LOGIN)
    purged = paths(purges)
    assert {group.url, group.url + "calendar.ics", f"{group.url}session/{days[0]:%Y-%m-%d}.ics"} <= purged
    assert calendar.url + "calendar.ics" in purged  # the calendar's feed lists the group's sessions
