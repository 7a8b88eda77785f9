"""Guidelines: table of contents with stable anchors, linked versions, attachments, print stylesheet."""

import re

import pytest

from pages.models import GuidelineAttachment, GuidelinePage, StandardPage
from tests.factories import publish
from tests.test_training_library import document

pytestmark = pytest.mark.django_db

BODY = [
    ("heading", {"text": "Premessa", "level": "h2"}),
    ("paragraph", "<p>Testo.</p>"),
    ("heading", {"text": "La valutazione partecipata", "level": "h3"}),
    ("heading", {"text": "I dispositivi d'intervento", "level": "h2"}),
]


@pytest.fixture
def guidelines(home):
    section = StandardPage(title="Linee guida", slug="linee-guida")
    home.add_child(instance=section)
    publish(section)
    full = GuidelinePage(title="Linee di indirizzo", slug="integrale", version="integral", body=BODY)
    section.add_child(instance=full)
    short = GuidelinePage(title="Sintesi", slug="sintesi", version="synthetic", body=BODY[:2], other_version=full)
    section.add_child(instance=short)
    full.other_version = short
    full.attachments = [GuidelineAttachment(document=document("linee-di-indirizzo"), title="Testo integrale")]
    publish(full)
    publish(short)
    return full


def test_table_of_contents_links_to_the_heading_anchors(client, guidelines):
    html = client.get("/it/linee-guida/integrale/").content.decode()
    toc = re.search(r'<nav class="guideline-toc".*?</nav>', html, re.S).group(0)
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert anchors == ["premessa", "la-valutazione-partecipata", "i-dispositivi-dintervento"]
    for anchor in anchors:
        assert f'id="{anchor}"' in html


def test_versions_link_to_each_other(client, guidelines):
    assert 'href="/it/linee-guida/sintesi/"' in client.get("/it/linee-guida/integrale/").content.decode()
    assert 'href="/it/linee-guida/integrale/"' in client.get("/it/linee-guida/sintesi/").content.decode()


def test_attachments_show_format_and_size_and_a_print_stylesheet_is_linked(client, guidelines):
    html = client.get("/it/linee-guida/integrale/").content.decode()
    assert re.search(r'Testo integrale</a> <span class="text-muted small">\(PDF, \d+', html)
    assert 'portal/css/print.css" media="print"' in html


def test_guideline_toc_matches_the_model(guidelines):
    assert [entry["level"] for entry in GuidelinePage.objects.get(slug="integrale").table_of_contents()] == [
        "h2",
        "h3",
        "h2",
    ]
