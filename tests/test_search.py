"""The search page: locale, visibility, facets, highlights, pagination, order, picks, bad input."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from pages.models import NewsPage, ProjectPage, StandardPage
from search.query import highlight, parse_query
from tests.factories import make_standard_page, translate

pytestmark = pytest.mark.django_db


def result_titles(html):
    block = html.split('class="list-unstyled search-results"', 1)
    if len(block) < 2:
        return []
    return re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', block[1].split("</ol>", 1)[0])


def count_of(html):
    match = re.search(r'class="h4 search-count">(\d+) ', html)
    return int(match.group(1)) if match else None


@pytest.fixture
def pages(home):
    first = make_standard_page(
        home, "Gruppi genitori a Prato", slug="gruppi-prato", intro="Incontri per famiglie e bambini."
    )
    second = make_standard_page(
        home, "Affido familiare", slug="affido", intro="L'affido aiuta le famiglie in difficoltà."
    )
    english = translate(first, "en", title="Parent groups in Prato", intro="Meetings for families and children.")
    return {"first": first, "second": second, "english": english}


def test_active_locale_only_and_switch_to_every_language(client, pages):
    html = client.get("/it/search/", {"q": "Prato"}).content.decode()
    assert result_titles(html) == ["Gruppi genitori a Prato"]
    html = client.get("/it/search/", {"q": "Prato", "lang": "all"}).content.decode()
    assert sorted(result_titles(html)) == ["Gruppi genitori a Prato", "Parent groups in Prato"]
    assert 'lang="en"' in html
    html = client.get("/en/search/", {"q": "Prato"}).content.decode()
    assert result_titles(html) == ["Parent groups in Prato"]


def test_highlighted_excerpt_is_escaped(client, home):
    make_standard_page(home, "Pagina", slug="pagina", intro="<script>alert(1)</script> 5 < 6 & famiglie fragili")
    html = client.get("/it/search/", {"q": "famiglie"}).content.decode()
    assert "5 &lt; 6 &amp; <mark>famiglie</mark> fragili" in html
    assert "<script>alert(1)</script>" not in html


def test_highlight_marks_word_variants_and_escapes():
    html = highlight("Una famiglia & due famiglie <b>", ["famiglia"])
    assert html == "Una <mark>famiglia</mark> &amp; due <mark>famiglie</mark> &lt;b&gt;"


def test_private_pages_are_not_found_and_do_not_count(client, home):
    public = make_standard_page(home, "Verbale pubblico", slug="pubblico", intro="Quaderno")
    private = make_standard_page(home, "Verbale riservato", slug="riservato", intro="Quaderno")
    team = Group.objects.create(name="Team search")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(team)
    html = client.get("/it/search/", {"q": "Quaderno"}).content.decode()
    assert result_titles(html) == ["Verbale pubblico"]
    assert count_of(html) == 1
    assert "(2)" not in html  # facet counts
    member = User.objects.create_user("member", password="x" * 12)
    member.groups.add(team)
    client.force_login(member)
    html = client.get("/it/search/", {"q": "Quaderno"}).content.decode()
    assert sorted(result_titles(html)) == ["Verbale pubblico", "Verbale riservato"]
    assert public.live


def test_drafts_are_not_found(client, home):
    draft = StandardPage(title="Bozza segreta", slug="bozza", live=False)
    home.add_child(instance=draft)
    html = client.get("/it/search/", {"q": "Bozza"}).content.decode()
    assert count_of(html) == 0


def test_facets_on_demo(client, demo):
    html = client.get("/it/search/", {"q": "famiglie"}).content.decode()
    assert count_of(html) > 0
    assert "Tipo di contenuto" in html or "Type of content" in html
    facet_links = re.findall(r'href="\?([^"]*type=[^"]+)"', html)
    assert facet_links
    filtered = client.get("/it/search/?" + facet_links[0].replace("&amp;", "&")).content.decode()
    assert 0 < count_of(filtered) <= count_of(html)
    assert 'aria-current="true"' in filtered


def test_territory_and_topic_facets(client, demo):
    project = ProjectPage.objects.filter(locale__language_code="it").live().first()
    assert project is not None
    word = project.title.split()[0]
    html = client.get("/it/search/", {"q": word}).content.decode()
    assert f"territory={project.territory.slug}" in html
    response = client.get("/it/search/", {"q": word, "territory": project.territory.slug})
    assert response.status_code == 200 and count_of(response.content.decode()) >= 1
    topics = re.findall(r"topic=([0-9a-f-]{36})", client.get("/it/search/", {"q": "famiglie"}).content.decode())
    if topics:
        response = client.get("/it/search/", {"q": "famiglie", "topic": topics[0]})
        assert count_of(response.content.decode()) >= 1


def test_group_language_facet(client, demo):
    from calendars.models import GroupPage

    group = GroupPage.objects.live().filter(locale__language_code="it").first()
    if group is None:
        pytest.skip("the demo has no groups yet")
    word = group.title.split()[-1]
    html = client.get("/it/search/", {"q": word, "type": "grouppage"}).content.decode()
    codes = [language.language for language in group.languages.all()]
    assert any(f"language={code}" in html for code in codes)
    # Each language's name is marked with its language (WCAG 3.1.2), e.g. <bdi lang="ar">العربية</bdi>.
    assert any(f'<bdi lang="{code}">' in html for code in codes if code != "zh")


def test_date_order(client, home):
    import datetime

    from django.utils import timezone

    older = make_standard_page(home, "Ordine vecchio", slug="vecchio", intro="ordinamento")
    newer = make_standard_page(home, "Ordine nuovo", slug="nuovo", intro="ordinamento ordinamento")
    StandardPage.objects.filter(pk=older.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=30))
    html = client.get("/it/search/", {"q": "ordinamento", "order": "date"}).content.decode()
    assert result_titles(html) == ["Ordine nuovo", "Ordine vecchio"]
    assert newer.live


def test_pagination(client, home):
    for number in range(23):
        make_standard_page(home, f"Pagina numerata {number}", slug=f"numerata-{number}", intro="impaginazione")
    first = client.get("/it/search/", {"q": "impaginazione"}).content.decode()
    assert count_of(first) == 23 and len(result_titles(first)) == 10
    assert "page=2" in first
    third = client.get("/it/search/", {"q": "impaginazione", "page": "3"}).content.decode()
    assert len(result_titles(third)) == 3
    titles = set()
    for page in (1, 2, 3):
        titles |= set(result_titles(client.get("/it/search/", {"q": "impaginazione", "page": page}).content.decode()))
    assert len(titles) == 23


def test_editors_picks_respect_visibility(client, home):
    target = make_standard_page(home, "Pagina consigliata", slug="consigliata", intro="nulla")
    hidden = make_standard_page(home, "Pagina nascosta", slug="nascosta", intro="nulla")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    query = Query.get("affido")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="Da leggere")
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    html = client.get("/it/search/", {"q": "Affido"}).content.decode()
    assert "Pagina consigliata" in html and "Da leggere" in html
    assert "Pagina nascosta" not in html


def test_queries_are_logged_for_the_search_terms_report(client, home, admin_client):
    client.get("/it/search/", {"q": "Linee   guida"})
    client.get("/it/search/", {"q": "linee guida"})
    assert Query.objects.get(query_string="linee guida").hits == 2
    response = admin_client.get("/admin/searchpicks/reports/search-terms/")
    assert response.status_code == 200 and "linee guida" in response.content.decode()


def test_team_documents_for_members_only(client, demo):
    from search.teamdocs import search_team_documents
    from teamspace.models import LibraryDocument, TeamSpace

    documents = LibraryDocument.objects.active().select_related("team")
    if not documents.exists():
        pytest.skip("the demo has no team documents")
    document = documents.first()
    team = document.team
    word = max(re.findall(r"\w+", document.title), key=len)
    member = User.objects.create_user("teamsearch", password="x" * 12)
    member.groups.add(team.group)
    outsider = User.objects.create_user("outsider", password="x" * 12)
    assert document in search_team_documents(member, word)
    assert document in search_team_documents(member, word, team=team)
    assert list(search_team_documents(outsider, word)) == []
    assert list(search_team_documents(outsider, word, team=team)) == []
    other = TeamSpace.objects.exclude(pk=team.pk).first()
    if other is not None:
        assert list(search_team_documents(member, word, team=other)) == []
    client.force_login(member)
    assert document.title in client.get("/it/search/", {"q": word}).content.decode()
    client.force_login(outsider)
    html = client.get("/it/search/", {"q": word}).content.decode()
    assert "search-team-documents" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": "famiglie " * 2000},
        {"q": '"unbalanced quote'},
        {"q": '""'},
        {"q": "*"},
        {"q": "famigl*"},
        {"q": "-famiglie"},
        {"q": "- -- ---"},
        {"q": "famiglie NEAR affido"},
        {"q": "NEAR(famiglie affido, 2)"},
        {"q": "famiglie OR affido"},
        {"q": "OR"},
        {"q": "AND OR NOT"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "1' OR '1'='1"},
        {"q": "title:famiglie"},
        {"q": "body:(a OR b) ^ {x} [y] ~z %s %% \\"},
        {"q": "\x00\x01famiglie\x7f"},
        {"q": "العائلات"},
        {"q": "家庭"},
        {"q": "famiglie", "type": "nonexistent"},
        {"q": "famiglie", "topic": "not-a-uuid"},
        {"q": "famiglie", "topic": "00000000-0000-0000-0000-000000000000"},
        {"q": "famiglie", "territory": "atlantide"},
        {"q": "famiglie", "language": "klingon"},
        {"q": "famiglie", "order": "sideways"},
        {"q": "famiglie", "page": "-1"},
        {"q": "famiglie", "page": "abc"},
        {"q": "famiglie", "page": "99999"},
        {"q": "famiglie", "page": "9" * 50},
        {"q": "famiglie", "page": ""},
        {"q": "famiglie", "lang": "xx"},
    ],
)
def test_bad_input_never_fails(client, pages, params):
    response = client.get("/it/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" in html


def test_bad_input_messages(client, pages):
    html = client.get("/it/search/", {"q": "famiglie", "page": "abc"}).content.decode()
    assert "numero di pagina" in html.lower() or "page number" in html.lower()
    html = client.get("/it/search/", {"q": "famiglie", "page": "99999"}).content.decode()
    assert "99999" in html
    html = client.get("/it/search/", {"q": "famiglie", "territory": "atlantide"}).content.decode()
    assert 'role="status"' in html
    html = client.get("/it/search/", {"q": "*"}).content.decode()
    assert count_of(html) is None and 'class="alert alert-warning"' in html
    html = client.get("/it/search/", {"q": "x" * 10_000}).content.decode()
    assert "200" in html


def test_parse_query():
    assert parse_query("").groups == []
    assert parse_query("* - NEAR").groups == [[("word", "NEAR")]]
    parsed = parse_query('affido "gruppi genitori" OR Prato')
    assert parsed.groups == [[("word", "affido"), ("phrase", "gruppi genitori")], [("word", "Prato")]]
    assert parse_query("a" * 500).truncated


def test_no_javascript_needed_and_accessible_markup(client, pages):
    html = client.get("/it/search/", {"q": "famiglie"}).content.decode()
    assert count_of(html) >= 1
    assert '<label for="search-q"' in html and 'aria-live="polite"' in html
    assert 'role="search"' in html and "<h1>" in html and "<h2" in html
    assert 'method="get"' in html


def test_news_found_by_intro(client, demo):
    news = NewsPage.objects.live().filter(locale=Locale.objects.get(language_code="it")).first()
    if news is None:
        pytest.skip("no demo news")
    word = max(re.findall(r"\w+", news.intro), key=len)
    html = client.get("/it/search/", {"q": word}).content.decode()
    assert escape(news.title) in html


def test_facet_counts_say_when_they_cover_only_the_first_hits(client, home, settings):
    for number in range(3):
        make_standard_page(home, f"Pagina contata {number}", slug=f"contata-{number}", intro="conteggio")
    html = client.get("/it/search/", {"q": "conteggio"}).content.decode()
    assert count_of(html) == 3 and "search-facet-notice" not in html
    assert "(3)" in html  # every hit counted
    settings.SEARCH_DATABASE_FACET_HIT_LIMIT = 2
    html = client.get("/it/search/", {"q": "conteggio"}).content.decode()
    assert count_of(html) == 3
    assert '<p class="small text-muted search-facet-notice">Conteggi sui primi 2 risultati.</p>' in html
    assert "(2)" in html and "(3)" not in html
    html = client.get("/en/search/", {"q": "conteggio", "lang": "all"}).content.decode()
    assert "Counts from the first 2 results." in html


def test_search_rate_limit_per_client_address(client, home, settings):
    from django.core.cache import cache

    from search.ratelimit import DEFAULT_RATE_LIMIT

    del settings.SEARCH_RATE_LIMIT  # the real default (the test settings raise it for the other tests)
    cache.clear()
    make_standard_page(home, "Affido familiare", slug="affido", intro="Sostegno")
    limit, seconds = DEFAULT_RATE_LIMIT
    assert (limit, seconds) == (30, 60)
    for _number in range(limit):
        assert client.get("/it/search/", {"q": "affido"}).status_code == 200
    response = client.get("/it/search/", {"q": "affido"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= seconds
    html = response.content.decode()
    assert "<h1>Cerca nel portale</h1>" in html and 'id="search-q"' in html  # the normal search page
    assert "attendi un minuto" in html and count_of(html) is None
    assert Query.objects.get(query_string="affido").hits == limit  # refused searches are not reported
    # The address is REMOTE_ADDR: a forged X-Forwarded-For does not reset the count.
    forged = client.get("/en/search/", {"q": "affido"}, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert forged.status_code == 429 and "wait a minute" in forged.content.decode()
    assert client.get("/it/search/", {"q": "affido"}, REMOTE_ADDR="10.0.0.2").status_code == 200
    assert client.get("/it/search/").status_code == 200  # the empty search page is not a search
    cache.clear()


def test_groups_count_under_their_territory(client, demo):
    from calendars.models import GroupPage

    groups = GroupPage.objects.live().filter(locale__language_code="it", territory__slug="comune-di-bologna")
    assert groups.exists()
    html = client.get("/it/search/", {"q": "Bologna", "type": "grouppage"}).content.decode()
    facet = re.search(r'territory=comune-di-bologna"[^>]*>[^<]*<[^(]*\((\d+)\)', html)
    assert facet is not None, "the territory facet lists Bologna for groups"
    filtered = client.get("/it/search/", {"q": "Bologna", "type": "grouppage", "territory": "comune-di-bologna"})
    titles = result_titles(filtered.content.decode())
    assert titles and set(titles) <= set(groups.values_list("title", flat=True))
    assert count_of(filtered.content.decode()) == int(facet.group(1))  # the facet's count is what it finds
