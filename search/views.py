"""The portal's search page: `/<lang>/search/?q=...` (URL name "search").

Visible pages of the active language (or of every language with `lang=all`), facets with counts
(type, topic, territory, language spoken in groups), highlighted excerpts, pagination, relevance
or date order, editors' picks and, for team members, their own teams' documents. Bad input never
raises: it is cleaned, ignored with a message, or answered with an empty result.
"""

import logging
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modelsearch.utils import normalise_query_string
from wagtail.models import Page
from wagtail.search import index

from portal.locales import active_locale
from portal.visibility import visible_pages
from search import engine
from search.query import MAX_QUERY_LENGTH, highlight, parse_query
from search.ratelimit import over_limit
from search.teamdocs import search_team_documents

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10


FACET_TITLES = {
    "type": gettext_lazy("Type of content"),
    "topic": gettext_lazy("Topic"),
    "territory": gettext_lazy("Territory"),
    "language": gettext_lazy("Language spoken in the group"),
}


def page_text(page):
    """The searchable text of a page besides its title, as plain text (for the excerpt)."""
    parts = [page.search_description] if page.search_description else []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            value = search_field.get_value(page)
        except Exception:  # noqa: S112 - a field that cannot be read only loses its excerpt
            continue
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            parts.append(strip_tags(str(value)))
    return " ".join(parts)


def page_date(page):
    date = getattr(page, "date", None)
    if date:
        return date
    return page.first_published_at.date() if page.first_published_at else None


def editors_picks(request, text):
    """Promoted results for this exact query, each page only if the visitor may see it."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks = []
    promotions = SearchPromotion.objects.filter(query__query_string=normalise_query_string(text)).select_related("page")
    active = active_locale(request)
    for promotion in promotions.order_by("sort_order")[:5]:
        if promotion.page_id:
            page = promotion.page
            localized = page.get_translation_or_none(active) or page
            visible = visible_pages(request, Page.objects.filter(pk=localized.pk)).first()
            if visible is None:
                continue
            picks.append(
                {"title": visible.title, "url": visible.get_url(request), "description": promotion.description}
            )
        elif promotion.external_link_url:
            picks.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return picks


def log_query(text):
    """Count the search for the "Search terms" report (Reports menu of the Wagtail admin)."""
    from wagtail.contrib.search_promotions.models import Query

    try:
        Query.get(text).add_hit()
    except Exception:  # a failed count never breaks the search
        logger.warning("could not count the search", exc_info=True)


def page_number(raw, notices):
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        notices.append(_("That page number is not valid: showing the first page."))
        return 1
    if number < 1:
        notices.append(_("That page number is not valid: showing the first page."))
        return 1
    return number


def search(request):
    params = request.GET
    raw_query = params.get("q", "")
    parsed = parse_query(raw_query)
    all_languages = params.get("lang", "") == "all"
    notices = []
    order = params.get("order", "relevance")
    if order not in engine.ORDERS:
        notices.append(_("Unknown order ignored: results are sorted by relevance."))
        order = "relevance"
    facets = engine.read_facets(params)
    if facets.ignored:
        notices.append(_("Some filters were not recognised and have been ignored."))
    if parsed.truncated:
        notices.append(
            _("Your search was too long: only its first %(count)s characters were used.") % {"count": MAX_QUERY_LENGTH}
        )
    if raw_query.strip() and not parsed:
        notices.append(_("Your search has no words to look for: type one or more words, letters or digits."))

    context = {
        "query": parsed.text,
        "searched": bool(parsed),
        "all_languages": all_languages,
        "order": order,
        "orders": [("relevance", _("Relevance")), ("date", _("Newest first"))],
        "notices": notices,
        "facets": [],
        "results": [],
        "results_page": None,
        "count": 0,
        "degraded": False,
        "picks": [],
        "team_documents": [],
    }
    if parsed and (wait := over_limit(request)):
        # Too many searches from this address: no search, nothing counted in the search-terms report.
        context.update(
            {
                "searched": False,
                "facets": [],
                "notices": [_("You have searched many times in a short while: please wait a minute, then try again.")],
            }
        )
        response = render(request, "search/search.html", context, status=429)
        response["Retry-After"] = str(wait)
        return response
    if parsed:
        agencies = engine._agencies(request, all_languages)
        pages = engine.apply_facets(engine.scope_queryset(request, all_languages), facets, agencies)
        results, _backend, degraded = engine.run_search(
            pages, parsed.to_search_query(), order=order, backend=engine.backend_for_language()
        )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        count = paginator.count
        number = page_number(params.get("page", "1"), notices)
        if count and number > paginator.num_pages:
            notices.append(_("There is no page %(number)s: showing the last page.") % {"number": min(number, 10**9)})
            number = paginator.num_pages
        results_page = paginator.page(number if count else 1)
        hits = list(results_page.object_list)
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[hit.pk for hit in hits]).specific()}
        terms = parsed.terms
        items = []
        for hit in hits:
            page = specific.get(hit.pk, hit)
            items.append(
                {
                    "page": page,
                    "title": page.title,
                    "url": page.get_url(request),
                    "excerpt": highlight(page_text(page), terms),
                    "kind": page._meta.verbose_name,
                    "date": page_date(page),
                    "language": page.locale.get_display_name() if all_languages else "",
                    "language_code": page.locale.language_code if all_languages else "",
                }
            )
        base = {"q": parsed.text}
        if all_languages:
            base["lang"] = "all"
        if order != "relevance":
            base["order"] = order
        selected = facets.selected()
        counts, facet_limit = {}, None
        if count:
            ids, facet_limit = engine.matched_ids(results, count)
            counts = engine.facet_counts(request, ids, agencies, all_languages)
        facet_groups = []
        for name, values in counts.items():
            entries = []
            for value in values:
                params_for = {**base, **{k: v for k, v in selected.items() if k != name}, name: value["value"]}
                entry = {**value, "url": "?" + urlencode(params_for), "selected": selected.get(name) == value["value"]}
                if name == "language":  # a language's own name, in its own script: say which language it is
                    entry["lang"] = "zh-Hans" if value["value"] == "zh" else value["value"]
                entries.append(entry)
            if entries:
                remove = {**base, **{k: v for k, v in selected.items() if k != name}}
                facet_groups.append(
                    {
                        "name": name,
                        "title": FACET_TITLES[name],
                        "entries": entries,
                        "active": name in selected,
                        "remove_url": "?" + urlencode(remove),
                    }
                )
        context.update(
            {
                "results": items,
                "results_page": results_page,
                "count": count,
                "degraded": degraded,
                "facets": facet_groups,
                "facet_notice": (
                    _("Counts from the first %(count)s results.")
                    % {"count": number_format(facet_limit, force_grouping=True)}
                    if facet_limit and facet_groups
                    else ""
                ),
                "query_string": urlencode({**base, **selected}),
                "picks": editors_picks(request, parsed.text) if results_page.number == 1 else [],
                "team_documents": list(search_team_documents(request.user, parsed)),
            }
        )
        if results_page.number == 1:
            log_query(parsed.text)
    return render(request, "search/search.html", context)
