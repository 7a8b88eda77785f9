"""'Was this page clear?': works without JavaScript, stores no personal data, refuses floods."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from pages.models import PageFeedback
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    cache.clear()
    return make_standard_page(home, "Chi siamo", slug="chi-siamo")


def test_every_public_page_has_the_form(client, page):
    html = client.get("/it/chi-siamo/").content.decode()
    assert f'action="/it/feedback/{page.pk}/"' in html
    assert "Questa pagina è stata chiara?" in html or "Was this page clear?" in html


def test_an_answer_is_stored_without_personal_data_and_thanks_the_visitor(client, page):
    response = client.post(f"/it/feedback/{page.pk}/", {"clear": "no", "comment": " Manca l'orario. "}, follow=True)
    assert response.redirect_chain[-1][0] == "/it/chi-siamo/#page-feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.clear, feedback.comment, feedback.language) == (False, "Manca l'orario.", "it")
    stored = {field.name for field in PageFeedback._meta.get_fields()}
    assert stored == {"id", "page", "clear", "rating", "comment", "language", "created_at"}
    assert "alert-success" in response.content.decode()


def test_an_incomplete_answer_saves_nothing_and_says_why(client, page):
    response = client.post(f"/it/feedback/{page.pk}/", {"comment": "boh"}, follow=True)
    assert not PageFeedback.objects.exists()
    assert "alert-danger" in response.content.decode()


def test_floods_are_refused(page):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        client.post(f"/it/feedback/{page.pk}/", {"clear": "yes"})
    client.post(f"/it/feedback/{page.pk}/", {"clear": "yes"})
    assert PageFeedback.objects.count() == 5
    assert Client(REMOTE_ADDR="203.0.113.8").post(f"/it/feedback/{page.pk}/", {"clear": "yes"}).status_code == 302
    assert PageFeedback.objects.count() == 6


def test_bots_filling_the_honeypot_are_refused(client, page):
    response = client.post(f"/it/feedback/{page.pk}/", {"clear": "yes", "website": "http://spam"})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_feedback_needs_a_post_and_a_visible_page(client, page):
    assert client.get(f"/it/feedback/{page.pk}/").status_code == 405
    page.unpublish()
    assert client.post(f"/it/feedback/{page.pk}/", {"clear": "yes"}).status_code == 404


def test_editors_read_the_report(client, page):
    client.post(f"/it/feedback/{page.pk}/", {"clear": "no", "comment": "Poco chiaro"})
    admin = User.objects.create_superuser("admin", password="x")
    client.force_login(admin)
    response = client.get("/admin/reports/page-feedback/")
    assert response.status_code == 200
    assert "Poco chiaro" in response.content.decode()
    csv_text = client.get("/admin/reports/page-feedback/?export=csv").content.decode()
    assert "Poco chiaro" in csv_text
    anonymous = Client()
    assert anonymous.get("/admin/reports/page-feedback/").status_code in (302, 403)


def test_old_comments_are_blanked_and_the_ratings_kept(home, settings):
    import datetime
    import io

    from django.core.management import call_command
    from django.utils import timezone

    settings.PAGE_FEEDBACK_COMMENT_DAYS = 365
    old = PageFeedback.objects.create(page=home, clear=False, rating=2, comment="Manca l'orario", language="it")
    recent = PageFeedback.objects.create(page=home, clear=True, rating=5, comment="Chiaro", language="it")
    PageFeedback.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    out = io.StringIO()
    call_command("purge_page_feedback", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.comment, old.clear, old.rating) == ("", False, 2)
    assert recent.comment == "Chiaro"
    assert "1 comment(s) older than 365 days blanked" in out.getvalue()
