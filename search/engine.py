"""Running a portal search: visibility and locale first, then facets, then the backend.

Order matters (../shared/privacy.md, row 1): the queryset is narrowed by
`portal.visibility.visible_pages` and by locale *before* `.search()`, so neither results nor
facet counts ever include a page the visitor may not see.
"""

import logging
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.utils.translation import get_language
from wagtail.models import Page, get_page_models

from portal.locales import active_locale
from portal.visibility import visible_pages
from search.backend_settings import engine_backend_name
from search.ranked import postgres_search, sqlite_ranked

logger = logging.getLogger(__name__)

# With a search engine, facets count the first hits only (settings.SEARCH_FACET_HIT_LIMIT): the
# engine's own aggregations (modelsearch's `.facet()`) cover plain filter fields such as the content
# type, not the topic, territory and group-language relations. The database counts every hit unless
# settings.SEARCH_DATABASE_FACET_HIT_LIMIT is set. The page says when counts are partial.
FACET_HIT_LIMIT = 1000
ORDERS = ("relevance", "date")


def topic_relations():
    """(model, field) pairs linking pages to topic pages (inline models)."""
    names = ["pages.ProjectTopic", "pages.NewsTopic", "pages.ServiceTopic", "pages.TrainingItemTopic"]
    return [apps.get_model(name) for name in names]


def page_kinds():
    """Searchable page types: model name -> model (the values of the "type" facet)."""
    return {model._meta.model_name: model for model in get_page_models() if model is not Page}


def group_languages():
    from calendars.models import GROUP_LANGUAGES

    return dict(GROUP_LANGUAGES)


@dataclass
class Facets:
    """The selected facet values (validated) and the unknown ones that were ignored."""

    type: str = ""
    topic: str = ""
    territory: str = ""
    language: str = ""
    ignored: list = field(default_factory=list)

    def selected(self):
        return {name: getattr(self, name) for name in ("type", "topic", "territory", "language") if getattr(self, name)}


def read_facets(params):
    facets = Facets()
    kind = params.get("type", "")[:60]
    if kind:
        if kind in page_kinds():
            facets.type = kind
        else:
            facets.ignored.append("type")
    topic = params.get("topic", "")[:60]
    if topic:
        try:
            facets.topic = str(uuid.UUID(topic))
        except ValueError:
            facets.ignored.append("topic")
    territory = params.get("territory", "")[:80]
    if territory:
        from pages.snippets import Territory

        if Territory.objects.filter(slug=territory).exists():
            facets.territory = territory
        else:
            facets.ignored.append("territory")
    language = params.get("language", "")[:10]
    if language:
        if language in group_languages():
            facets.language = language
        else:
            facets.ignored.append("language")
    return facets


def scope_queryset(request, all_languages):
    """Visible pages of the active locale (or of every locale), below the site roots."""
    pages = Page.objects.filter(depth__gt=1)
    if not all_languages:
        pages = pages.filter(locale=active_locale(request))
    return visible_pages(request, pages)


def _agencies(request, all_languages):
    from pages.models import AgencyPage

    agencies = AgencyPage.objects.select_related("territory")
    if not all_languages:
        agencies = agencies.filter(locale=active_locale(request))
    return list(visible_pages(request, agencies))


def _territory_pages_q(slug, agencies):
    """Pages of a territory: its projects, its parent and child groups, and its agency's section."""
    query = Q(projectpage__territory__slug=slug) | Q(grouppage__territory__slug=slug)
    for agency in agencies:
        if agency.territory.slug == slug:
            query |= Q(path__startswith=agency.path)
    return query


def apply_facets(pages, facets, agencies):
    if facets.type:
        model = page_kinds()[facets.type]
        pages = pages.filter(content_type=ContentType.objects.get_for_model(model))
    if facets.topic:
        ids = set()
        for relation in topic_relations():
            ids.update(relation.objects.filter(topic__translation_key=facets.topic).values_list("page_id", flat=True))
        pages = pages.filter(pk__in=sorted(ids))
    if facets.territory:
        ids = Page.objects.filter(_territory_pages_q(facets.territory, agencies)).values_list("pk", flat=True)
        pages = pages.filter(pk__in=list(ids))
    if facets.language:
        from calendars.models import GroupLanguage

        ids = GroupLanguage.objects.filter(language=facets.language).values_list("group_id", flat=True)
        pages = pages.filter(pk__in=list(ids))
    return pages


def facet_hit_limit(results):
    """How many hits the facets may count: None (all) on the database by default."""
    if hasattr(results, "matched_ids") or hasattr(results, "get_queryset"):
        return getattr(settings, "SEARCH_DATABASE_FACET_HIT_LIMIT", None)
    return getattr(settings, "SEARCH_FACET_HIT_LIMIT", FACET_HIT_LIMIT)


def matched_ids(results, count):
    """(ids of the hits the facets count, the limit if that is only the first hits else None).

    Every hit as a subquery (or one array parameter) on the database; the first hits otherwise.
    """
    limit = facet_hit_limit(results)
    if limit is not None and count > limit:
        return [page.pk for page in results[:limit]], limit
    if hasattr(results, "matched_ids"):  # search.ranked.PostgresResults: fetched once, one parameter
        return results.matched_ids(), None
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        return get_queryset().order_by().values("pk"), None
    return [page.pk for page in results[:limit]], None


def facet_counts(request, ids, agencies, all_languages):
    """Counts per content type, topic, territory and group language among the hits `ids`."""
    matched = Page.objects.filter(pk__in=ids)
    kinds = page_kinds()
    types = []
    for row in matched.values("content_type").annotate(count=Count("pk")).order_by("-count"):
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        if model is not None and model._meta.model_name in kinds:
            types.append(
                {"value": model._meta.model_name, "label": model._meta.verbose_name_plural, "count": row["count"]}
            )

    topic_totals = {}
    for relation in topic_relations():
        rows = (
            relation.objects.filter(page_id__in=ids)
            .values("topic__translation_key")
            .annotate(count=Count("page_id", distinct=True))
        )
        for row in rows:
            key = str(row["topic__translation_key"])
            topic_totals[key] = topic_totals.get(key, 0) + row["count"]
    topics = []
    if topic_totals:
        from pages.models import TopicPage

        labels = {}
        active = active_locale(request)
        candidates = visible_pages(request, TopicPage.objects.filter(translation_key__in=list(topic_totals)))
        for topic in candidates.select_related("locale").order_by("translation_key"):
            key = str(topic.translation_key)
            if key not in labels or topic.locale_id == active.pk:
                labels[key] = topic.title
        topics = sorted(
            (
                {"value": key, "label": labels[key], "count": count}
                for key, count in topic_totals.items()
                if key in labels
            ),
            key=lambda item: (-item["count"], item["label"]),
        )

    territory_totals, territory_names = {}, {}
    for kind in ("projectpage", "grouppage"):  # groups sit under the calendar, never under an agency
        rows = matched.filter(**{f"{kind}__territory__isnull": False}).values(
            f"{kind}__territory__slug", f"{kind}__territory__name"
        )
        for row in rows.annotate(count=Count("pk")):
            slug = row[f"{kind}__territory__slug"]
            territory_totals[slug] = territory_totals.get(slug, 0) + row["count"]
            territory_names.setdefault(slug, row[f"{kind}__territory__name"])
    if agencies:
        aggregates = {
            f"a{index}": Count("pk", filter=Q(path__startswith=agency.path)) for index, agency in enumerate(agencies)
        }
        counted = matched.filter(projectpage__isnull=True).aggregate(**aggregates)
        for index, agency in enumerate(agencies):
            count = counted[f"a{index}"]
            if count:
                slug = agency.territory.slug
                territory_totals[slug] = territory_totals.get(slug, 0) + count
                if agency.locale_id == active_locale(request).pk or slug not in territory_names:
                    territory_names[slug] = agency.territory.name
    territories = sorted(
        ({"value": slug, "label": territory_names[slug], "count": count} for slug, count in territory_totals.items()),
        key=lambda item: (-item["count"], item["label"]),
    )

    from calendars.models import GroupLanguage

    names = group_languages()
    languages = [
        {"value": row["language"], "label": names.get(row["language"], row["language"]), "count": row["count"]}
        for row in GroupLanguage.objects.filter(group_id__in=ids)
        .exclude(language="")
        .values("language")
        .annotate(count=Count("group_id", distinct=True))
        .order_by("-count", "language")
    ]
    return {"type": types, "topic": topics, "territory": territories, "language": languages}


def engine_configured():
    return any(name.startswith("engine-") for name in settings.WAGTAILSEARCH_BACKENDS)


def backend_for_language(language_code=None):
    """The engine backend of the language when an engine is configured, else the database ("default")."""
    if not engine_configured():
        return "default"
    name = engine_backend_name(language_code or get_language())
    return name if name in settings.WAGTAILSEARCH_BACKENDS else "default"


def run_search(pages, query, *, order="relevance", backend="default"):
    """(results, backend used, degraded): the engine first, the database when it does not answer.

    The hit count is taken here, so an engine that is down fails now rather than in the template.
    """
    if order == "date":
        pages = pages.order_by("-first_published_at", "-id")
    relevance = order != "date"
    if backend != "default":
        try:
            results = pages.search(query, backend=backend, order_by_relevance=relevance)
            results.count()
            return results, backend, False
        except Exception:  # the engine is down, times out or refuses: the database answers
            logger.warning("search backend %s did not answer; using the database", backend, exc_info=True)
            return _database_search(pages, query, relevance), "default", True
    return _database_search(pages, query, relevance), "default", False


def _database_search(pages, query, relevance):
    """One ranked SQL query per page of hits (search.ranked); modelsearch's own search otherwise."""
    try:
        results = postgres_search(pages, query, relevance=relevance)
        if results is None and relevance:
            results = sqlite_ranked(pages, query)
    except Exception:  # anything unexpected: modelsearch's own (slower) search
        logger.warning("ranked database search failed; using modelsearch's", exc_info=True)
        results = None
    if results is not None:
        return results
    return pages.search(query, backend="default", order_by_relevance=relevance)
