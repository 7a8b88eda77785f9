"""Search latency and queries per search request over 10,000 pages (`make bench`).

    make bench PYTEST_ARGS=...        # or: .venv/bin/python -m pytest tests/benchmarks/bench_search.py -m benchmark -s
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pippi_bench .venv/bin/python -m pytest \
        tests/benchmarks/bench_search.py -m benchmark -s --create-db

Pages are StandardPages bulk-inserted under one section (tree paths computed directly, child
rows inserted in bulk, index entries added in batches through the search backend), so the set-up
takes seconds, not the hours that 10,000 `add_child` + publish calls would. Prints p50/p95
latency of the whole search request (view, facets, template) and its SQL query count.
"""

import random
import statistics
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from pages.models import StandardPage
from tests.factories import make_standard_page

pytestmark = [pytest.mark.benchmark, pytest.mark.django_db]

PAGES = 10_000
BATCH = 1_000
RUNS = 8
WORDS = [
    "sostegno",
    "genitori",
    "bambini",
    "scuola",
    "servizi",
    "territorio",
    "comune",
    "incontri",
    "educatori",
    "operatori",
    "valutazione",
    "progetto",
    "percorso",
    "rete",
    "salute",
    "casa",
    "lavoro",
    "gioco",
    "tempo",
    "laboratorio",
    "quartiere",
    "volontari",
    "accoglienza",
    "ascolto",
    "bisogni",
    "risorse",
    "comunità",
    "formazione",
    "équipe",
    "incontro",
    "mediazione",
    "quaderno",
    "diario",
]
QUERIES = ("famiglie", "affido", "genitori bambini", '"rete salute"', "Prato OR Firenze", "parolainesistente")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(number):
    text = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        text = ALPHABET[digit] + text
    return text.rjust(Page.steplen, "0")


def text_for(rng, number):
    words = rng.choices(WORDS, k=40)
    if number % 2 == 0:
        words.append("famiglie")
    if number % 50 == 0:
        words.append("affido")
    words.append("Prato" if number % 3 == 0 else "Firenze" if number % 3 == 1 else "Lucca")
    rng.shuffle(words)
    return " ".join(words)


def bulk_pages(parent, count):
    """Insert `count` live StandardPages below `parent` in bulk and index them."""
    rng = random.Random(7)
    content_type = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    backend = get_search_backend("default")
    start = parent.numchild + 1
    for offset in range(0, count, BATCH):
        rows = []
        for number in range(offset, min(count, offset + BATCH)):
            rows.append(
                Page(
                    title=f"Pagina {number} {rng.choice(WORDS)}",
                    slug=f"bench-{number}",
                    path=parent.path + step(start + number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}bench-{number}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    draft_title=f"Pagina {number}",
                )
            )
        created = Page.objects.bulk_create(rows)
        table = StandardPage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, intro, body, footer_role) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [(page.pk, text_for(rng, offset + i), "[]", "") for i, page in enumerate(created)],
            )
        backend.add_bulk(StandardPage, list(StandardPage.objects.filter(pk__in=[p.pk for p in created])))
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # planner statistics, as autovacuum keeps them on a live site
            cursor.execute("ANALYZE")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def test_search_latency_over_10000_pages(client, home):
    section = make_standard_page(home, "Sezione benchmark", slug="sezione-benchmark")
    started = time.perf_counter()
    bulk_pages(section, PAGES)
    setup_seconds = time.perf_counter() - started
    assert StandardPage.objects.live().count() >= PAGES

    print(f"\nsearch benchmark on {connection.vendor}: {PAGES} pages created and indexed in {setup_seconds:.1f} s")
    print(f"  {'query':24} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    all_times = []
    for query in QUERIES:
        url = "/it/search/"
        client.get(url, {"q": query})  # warm caches
        times = []
        for _run in range(RUNS):
            began = time.perf_counter()
            response = client.get(url, {"q": query})
            times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, {"q": query})
        html = response.content.decode()
        hits = html.split('search-count">', 1)[1].split(" ", 1)[0] if 'search-count">' in html else "0"
        all_times.extend(times)
        print(
            f"  {query:24} {hits:>6} {percentile(times, 0.5):8.1f} {percentile(times, 0.95):8.1f} "
            f"{len(ctx.captured_queries):8d}"
        )
        assert len(ctx.captured_queries) < 60, query
    print(
        f"  all queries: p50 {statistics.median(all_times):.1f} ms, p95 {percentile(all_times, 0.95):.1f} ms "
        f"({len(all_times)} requests)"
    )
