import datetime

import pytest
from django.core.exceptions import ValidationError

from pages.models import StandardPage
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db


def test_standard_page_renders_body_with_anchored_headings(client, home):
    make_standard_page(
        home,
        "Chi siamo",
        slug="chi-siamo",
        intro="Una pagina di prova.",
        body=[("heading", {"text": "Il gruppo di lavoro", "level": "h2"}), ("paragraph", "<p>Testo.</p>")],
        last_reviewed=datetime.date(2026, 9, 15),
    )
    html = client.get("/it/chi-siamo/").content.decode()
    assert "<h1>Chi siamo</h1>" in html
    assert '<h2 id="il-gruppo-di-lavoro" class="h3 mt-5">Il gruppo di lavoro</h2>' in html
    assert '<time datetime="2026-09-15">15 settembre 2026</time>' in html


def test_footer_role_is_unique_per_language(home):
    make_standard_page(home, "Privacy", slug="privacy", footer_role="privacy")
    with pytest.raises(ValidationError) as error:
        home.add_child(instance=StandardPage(title="Privacy bis", slug="privacy-bis", footer_role="privacy"))
    assert error.value.message_dict["footer_role"] == [
        "La pagina «Privacy» ha già questo collegamento nel piè di pagina in questa lingua."
    ]
    assert not StandardPage.objects.filter(slug="privacy-bis").exists()


def test_footer_role_may_repeat_across_languages(home):
    from tests.factories import translate

    page = make_standard_page(home, "Privacy", slug="privacy", footer_role="privacy")
    translation = translate(page, "en", title="Privacy notice")
    assert translation.footer_role == "privacy"
