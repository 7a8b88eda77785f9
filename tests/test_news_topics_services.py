"""News with an RSS feed per language, topic pages listing what is tagged, the service page."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User

from pages.models import (
    AgencyIndexPage,
    AgencyPage,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    ServicePage,
    TopicIndexPage,
    TopicPage,
)
from tests.factories import make_territory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(home):
    territories = publish(home.add_child(instance=AgencyIndexPage(title="I territori", slug="territori")))
    agency = publish(
        territories.add_child(
            instance=AgencyPage(title="SdS Area Pratese", slug="prato", territory=make_territory(home.locale))
        )
    )
    topics_index = publish(home.add_child(instance=TopicIndexPage(title="Argomenti", slug="argomenti")))
    topic = publish(topics_index.add_child(instance=TopicPage(title="Genitorialità", slug="genitorialita")))
    publish(home.add_child(instance=NewsIndexPage(title="Notizie", slug="notizie")))
    for day, title in ((1, "Prima notizia"), (20, "Seconda notizia")):
        news = NewsPage(
            title=title,
            slug=f"n{day}",
            intro=f"Intro {day}",
            date=datetime.date(2026, 10, day),
            body=[("paragraph", "<p>Testo</p>")],
        )
        news.topics = [NewsTopic(topic=topic)]
        publish(agency.add_child(instance=news))
    draft = NewsPage(title="Bozza segreta", slug="bozza", intro="x", body=[], live=False)
    agency.add_child(instance=draft)
    return agency


def test_news_index_lists_news_of_every_agency_newest_first(client, site_content):
    html = client.get("/it/notizie/").content.decode()
    assert html.index("Seconda notizia") < html.index("Prima notizia")
    assert "Bozza segreta" not in html
    assert 'type="application/rss+xml"' in html and 'href="/it/notizie/rss.xml"' in html


def test_rss_feed_is_valid_and_in_the_page_language(client, site_content):
    response = client.get("/it/notizie/rss.xml")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    assert channel.findtext("language") == "it"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Seconda notizia", "Prima notizia"]
    assert all(item.findtext("link").startswith("http") for item in channel.findall("item"))


def test_news_page_has_article_metadata(client, site_content):
    html = client.get("/it/territori/prato/n1/").content.decode()
    assert '<meta property="og:type" content="article">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2026-10-01"


def test_topic_page_lists_everything_tagged(client, site_content):
    html = client.get("/it/argomenti/genitorialita/").content.decode()
    assert "Prima notizia" in html and "Seconda notizia" in html and "Bozza segreta" not in html


def test_service_page_follows_the_municipal_model_order(client, site_content):
    service = ServicePage(
        title="Accompagnamento alle famiglie",
        slug="servizio",
        short_description="In breve.",
        audience="<p>Famiglie.</p>",
        how_to="<p>Chiedi.</p>",
        requirements="<p>Niente.</p>",
        outcome="<p>Un progetto.</p>",
        times="<p>Due settimane.</p>",
        access="<p>Sportello.</p>",
        conditions="<p>Gratuito.</p>",
        contacts="<p>Telefono.</p>",
    )
    publish(site_content.add_child(instance=service))
    html = client.get("/it/territori/prato/servizio/").content.decode()
    order = [
        "a-chi-e-rivolto",
        "come-fare",
        "cosa-serve",
        "cosa-si-ottiene",
        "tempi-e-scadenze",
        "accedi-al-servizio",
        "condizioni-di-servizio",
        "contatti",
    ]
    positions = [html.index(f'<h2 class="h3 mt-5" id="{anchor}">') for anchor in order]
    assert positions == sorted(positions)
    assert html.index("In breve.") < positions[0]
    assert '"@type": "GovernmentService"' in html


def test_agency_editor_cannot_edit_another_agencys_pages(site_content, home):
    from django.contrib.auth.models import Group

    from pages.demo.publishing import build_agency_editing

    unione = make_territory(home.locale, "unione", "Unione")
    other = publish(
        site_content.get_parent().add_child(instance=AgencyPage(title="Unione", slug="unione", territory=unione))
    )
    build_agency_editing({"prato": site_content.specific, "unione": other})
    editor = User.objects.create_user("redattrice", password="x")
    editor.groups.add(Group.objects.get(name="Redazione – SdS Area Pratese"))
    moderator = User.objects.create_user("moderatrice", password="x")
    moderator.groups.add(Group.objects.get(name="Moderazione – SdS Area Pratese"))
    news = NewsPage.objects.get(slug="n1")
    assert news.permissions_for_user(editor).can_edit()
    assert not news.permissions_for_user(editor).can_publish()
    assert news.permissions_for_user(moderator).can_publish()
    assert not other.permissions_for_user(editor).can_edit()
    assert not other.permissions_for_user(moderator).can_publish()
    assert news.get_workflow().name == "Approvazione – SdS Area Pratese"
