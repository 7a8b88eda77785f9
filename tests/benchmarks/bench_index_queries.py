"""Queries per index page with 10 and 200 children (run with `make bench`).

Prints the figures for the projects index, its CSV export, the training library, the news index
and a topic page; fails if any grows with the number of children.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import (
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    TopicIndexPage,
    TopicPage,
    TrainingAudience,
    TrainingItemPage,
    TrainingLibraryPage,
)
from tests.factories import make_dispositivo, make_project, make_project_index, make_territory, publish

pytestmark = [pytest.mark.benchmark, pytest.mark.django_db]

URLS = [
    "/it/attuazione-misure-pnrr/",
    "/it/attuazione-misure-pnrr/export.csv",
    "/it/formazione/",
    "/it/notizie/",
    "/it/argomenti/genitorialita/",
]


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_index_pages_at_10_and_200_children(client, home):
    projects = make_project_index(home)
    territory = make_territory(home.locale)
    strand = make_dispositivo(home.locale, "vicinanza-solidale", "Vicinanza solidale")
    library = publish(home.add_child(instance=TrainingLibraryPage(title="Formazione", slug="formazione")))
    news_index = publish(home.add_child(instance=NewsIndexPage(title="Notizie", slug="notizie")))
    topics = publish(home.add_child(instance=TopicIndexPage(title="Argomenti", slug="argomenti")))
    topic = publish(topics.add_child(instance=TopicPage(title="Genitorialità", slug="genitorialita")))

    def grow(start, stop):
        for n in range(start, stop):
            make_project(projects, territory, f"p{n}", implementations=[("base", 1, 10)], dispositivi=[strand])
            item = TrainingItemPage(
                title=f"Materiale {n}",
                slug=f"m{n}",
                summary="x",
                topic="method",
                format="video",
                language="it",
                video_url="https://video.example.org/x",
            )
            item.audiences = [TrainingAudience(role="educator")]
            publish(library.add_child(instance=item))
            news = NewsPage(
                title=f"Notizia {n}",
                slug=f"n{n}",
                intro="x",
                body=[],
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
            )
            news.topics = [NewsTopic(topic=topic)]
            publish(news_index.add_child(instance=news))

    figures = {}
    grow(0, 10)
    figures[10] = {url: count(client, url) for url in URLS}
    grow(10, 200)
    figures[200] = {url: count(client, url) for url in URLS}
    print("\nqueries per request with 10 and 200 children:")
    for url in URLS:
        print(f"  {url:42} {figures[10][url]:4} {figures[200][url]:4}")
    for url in URLS:
        assert figures[200][url] == figures[10][url], url
