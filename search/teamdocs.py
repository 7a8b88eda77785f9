"""Team documents for team members: title, description and tags, own teams only.

Team documents never enter the public index (they are not Wagtail pages): this is a plain
database search over `teamspace.LibraryDocument`, scoped to the teams the user belongs to, so a
member never sees another team's documents and nobody else sees any. The team library and the
portal search page both call `search_team_documents`.
"""

from django.db.models import Q

from search.query import parse_query

MAX_RESULTS = 50


def search_team_documents(user, query, team=None, limit=MAX_RESULTS):
    """Active documents of `team` (or of every team of `user`) matching every word of `query`.

    Returns an empty queryset for anonymous users, for a team the user is not a member of and for
    an empty query. Each word must appear in the title, the description or the tags.
    """
    from teamspace.models import LibraryDocument, TeamSpace

    parsed = parse_query(query) if isinstance(query, str) else query
    documents = LibraryDocument.objects.none()
    if not parsed or not user.is_authenticated or not user.is_active:
        return documents
    teams = TeamSpace.for_user(user)
    if team is not None:
        if not team.is_member(user):
            return documents
        teams = teams.filter(pk=team.pk)
    matches = Q()
    for group in parsed.groups:
        words = Q()
        for _kind, value in group:
            words &= Q(title__icontains=value) | Q(description__icontains=value) | Q(tags__icontains=value)
        matches |= words
    documents = LibraryDocument.objects.active().filter(team__in=teams).filter(matches)
    return documents.select_related("team").order_by("-updated_at", "pk")[:limit]
