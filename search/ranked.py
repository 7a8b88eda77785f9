"""Database search in a bounded number of queries, ranked in SQL (SQLite FTS5 and PostgreSQL).

modelsearch's database backends rank every hit in ways that grow with the hit count: on SQLite a
correlated subquery per hit (8 s for 5,000 hits out of 10,000 pages), on PostgreSQL `ts_rank` over
an unindexed `title || body` join through a text cast, repeated for the count and every facet
(0.7-1.8 s per request at 10,000 pages). Here the database answers from modelsearch's own index
table (`IndexEntry`), restricted to the visible pages *before* matching (privacy.md row 1):

- SQLite: one FTS5 query ranks with bm25; the page of results is cut from the ranked ids.
- PostgreSQL: the match, the rank, the order, LIMIT/OFFSET and the count all run in SQL; the
  matched set is one subquery, reused by the facet counts and the date order.

Both return objects the view paginates like a queryset (`count()`, slicing) and that expose
`get_queryset()` (the matched pages, for facet counts).
"""

from functools import reduce

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BigIntegerField, Case, F, FloatField, Func, Max, Q, When
from django.db.models.functions import Cast
from wagtail.models import Page


class RankedResults:
    """Hits ranked by SQLite FTS5's bm25, paginated over a list of ids.

    `get_queryset()` is the unranked hits (for counts and facets).
    """

    def __init__(self, unranked, ranked_ids):
        self.unranked = unranked
        self.ids = ranked_ids

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def get_queryset(self):
        return self.unranked.get_queryset()

    def __getitem__(self, key):
        ids = self.ids[key] if isinstance(key, slice) else [self.ids[key]]
        pages = Page.objects.in_bulk(ids)
        found = [pages[pk] for pk in ids if pk in pages]
        return found if isinstance(key, slice) else found[0]


# FTS5 column weights for bm25, in the table's column order (autocomplete, body, title): a word in
# the title counts five times one in the body, like the title boost on PostgreSQL. modelsearch's own
# expression calls bm25() without weights, which ranks title and body alike.
SQLITE_BM25_WEIGHTS = (0.0, 1.0, 5.0)


class WeightedBM25(Func):
    """bm25(<fts table>, weights...): lower is better."""

    output_field = FloatField()

    def __init__(self, table):
        super().__init__()
        self.table = table

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(float(weight)) for weight in SQLITE_BM25_WEIGHTS)
        return f"bm25({connection.ops.quote_name(self.table)}, {weights})", []


def sqlite_ranked(pages, query):
    """RankedResults for the SQLite FTS5 backend, or None when another backend is in use."""
    if connection.vendor != "sqlite":
        return None
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchResults
    from modelsearch.utils import get_descendants_content_types_pks

    unranked = pages.search(query, backend="default", order_by_relevance=False)
    if not isinstance(unranked, SQLiteSearchResults):
        return None
    compiler = unranked.query_compiler
    built = compiler.build_search_query(normalize(compiler.query), config=None)
    scores = (
        SQLiteFTSIndexEntry.objects.filter(MatchExpression(compiler.FTS_TABLE_FIELDS, built))
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(Page))
        .annotate(score=WeightedBM25(SQLiteFTSIndexEntry._meta.db_table))
        .order_by("score", "-index_entry__object_id")
        .values_list("index_entry__object_id", flat=True)
    )
    visible = set(unranked.get_queryset().order_by().values_list("pk", flat=True))
    ranked, seen = [], set()
    for object_id in scores:
        pk = int(object_id)
        if pk in visible and pk not in seen:
            ranked.append(pk)
            seen.add(pk)
    return RankedResults(unranked, ranked)


# --- PostgreSQL -------------------------------------------------------------------------------


def _tsquery(query, config):
    """A Django SearchQuery (plainto_tsquery / phraseto_tsquery, combined with && and ||).

    The words come from search.query's parsed query (operators already stripped) and reach
    PostgreSQL as parameters of plainto_tsquery and phraseto_tsquery: never as tsquery syntax.
    """
    from django.contrib.postgres.search import SearchQuery
    from modelsearch.query import And, Or, Phrase, PlainText

    if isinstance(query, PlainText):
        if query.operator == "or":
            words = query.query_string.split()
            return reduce(lambda a, b: a | b, (SearchQuery(w, config=config) for w in words))
        return SearchQuery(query.query_string, config=config, search_type="plain")
    if isinstance(query, Phrase):
        return SearchQuery(query.query_string, config=config, search_type="phrase")
    if isinstance(query, And):
        return reduce(lambda a, b: a & b, (_tsquery(sub, config) for sub in query.subqueries))
    if isinstance(query, Or):
        return reduce(lambda a, b: a | b, (_tsquery(sub, config) for sub in query.subqueries))
    raise NotImplementedError(f"{type(query).__name__} is not supported by the PostgreSQL ranking")


def _words(query):
    from modelsearch.query import And, Or

    if isinstance(query, And | Or):
        return [word for sub in query.subqueries for word in _words(sub)]
    return query.query_string.split()


def _any_word(query, config):
    """Every word of the query, OR-ed: a hit contains at least one (no query here negates a word).

    Matched against `title` and `body` separately, this condition can use modelsearch's GIN
    indexes on those columns; the exact condition (`title || body`) then checks the candidates.
    """
    from django.contrib.postgres.search import SearchQuery

    return reduce(lambda a, b: a | b, (SearchQuery(word, config=config) for word in _words(query)))


class PostgresResults:
    """Hits of one PostgreSQL full-text query over modelsearch's IndexEntry table.

    Relevance order: one query gives the hit count and every matched page id in rank order
    (`ts_rank` on the stored tsvectors: the title's, with modelsearch's field weights and title
    length norm, plus the body's); the page of results is cut from those ids, and the facet counts
    reuse them as one array parameter, so the full-text match runs once per request. Date order:
    one query for the count and ids, one for the page (ORDER BY date, LIMIT/OFFSET, by id).
    """

    def __init__(self, entries, rank, pages=None):
        self.entries = entries
        self.rank = rank
        self.pages = pages  # date order: the visible pages, ordered by date
        self._matched = None

    def _load(self):
        if self._matched is None:
            if self.pages is None:
                inner = self.entries.values("_page_id").annotate(_score=Max(self.rank)).order_by()
                ordered = 'ORDER BY hits."_score" DESC, hits."_page_id" DESC'
            else:
                inner = self.entries.values("_page_id").order_by().distinct()
                ordered = ""
            try:
                sql, params = inner.query.sql_with_params()
            except EmptyResultSet:  # e.g. a facet that leaves no page to search
                self._matched = (0, [])
                return self._matched
            with connection.cursor() as cursor:
                cursor.execute(f'SELECT COUNT(*), ARRAY_AGG(hits."_page_id" {ordered}) FROM ({sql}) hits', params)  # noqa: S608 - Django-compiled SQL, parameters apart
                count, ids = cursor.fetchone()
            self._matched = (count, ids or [])
        return self._matched

    def count(self):
        return self._load()[0]

    def __len__(self):
        return self.count()

    def matched_ids(self):
        """The matched page ids as an `IN (...)` right-hand side: one array parameter."""
        return ids_subquery(self._load()[1])

    def get_queryset(self):
        return Page.objects.filter(pk__in=self.matched_ids())

    def __getitem__(self, key):
        if self.pages is not None:
            rows = self.pages.filter(pk__in=self.matched_ids()).values_list("pk", flat=True)
            ids = list(rows[key] if isinstance(key, slice) else rows[key : key + 1])
        else:
            ranked = self._load()[1]
            ids = ranked[key] if isinstance(key, slice) else [ranked[key]]
        pages = Page.objects.in_bulk(ids)
        found = [pages[pk] for pk in ids if pk in pages]
        return found if isinstance(key, slice) else found[0]


def page_id():
    """IndexEntry.object_id as a bigint, and NULL for anything that is not a whole number.

    Only page entries reach this (content type filter), but PostgreSQL may evaluate conditions in
    any order, and other indexed models could have text primary keys: CASE keeps the cast safe.
    """
    return Case(
        When(object_id__regex=r"^[0-9]{1,18}$", then=Cast("object_id", BigIntegerField())),
        default=None,
        output_field=BigIntegerField(),
    )


def ids_subquery(ids):
    """`IN (SELECT unnest(%s::bigint[]))`: any number of ids in one query parameter."""
    from django.db.models.expressions import RawSQL

    return RawSQL("SELECT unnest(%s::bigint[])", (list(ids),))


def postgres_search(pages, query, *, relevance=True):
    """The hits of `query` among `pages` (already narrowed to what the visitor may see).

    Relevance order, or the order of `pages` (date) when `relevance` is false. Returns None when
    the default backend is not PostgreSQL's.
    """
    from django.contrib.postgres.search import SearchRank, SearchVectorField
    from modelsearch.backends import get_search_backend
    from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresSearchBackend
    from modelsearch.backends.database.postgres.weights import get_sql_weights
    from modelsearch.utils import get_descendants_content_types_pks

    if connection.vendor != "postgresql":
        return None
    backend = get_search_backend("default")
    if not isinstance(backend, PostgresSearchBackend):
        return None
    config = backend.config
    tsquery = _tsquery(query, config)
    any_word = _any_word(query, config)
    document = Func(
        F("title"), F("body"), template="(%(expressions)s)", arg_joiner=" || ", output_field=SearchVectorField()
    )
    entries = (
        IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(Page))
        .filter(Q(title=any_word) | Q(body=any_word))
        .annotate(_document=document)
        .filter(_document=tsquery)
        # The visible pages as a semi-join on their primary key: an index lookup per hit at worst,
        # whatever the planner estimates for the full-text conditions.
        .annotate(_page_id=page_id())
        .filter(_page_id__in=pages.order_by().values("pk"))
    )
    if not relevance:
        return PostgresResults(entries, None, pages=pages)
    weights = get_sql_weights()
    rank = SearchRank(F("title"), tsquery, weights=weights) * F("title_norm") + SearchRank(
        F("body"), tsquery, weights=weights
    )
    return PostgresResults(entries, rank)
