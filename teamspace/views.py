"""The team document library (front end, for team members who are not Wagtail editors).

Every view checks membership: a user outside the team gets a 404 (the space's existence is not
revealed), an anonymous visitor the login page. Every response is private and never cached.
"""

import csv
import datetime
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.handlers.exception import response_for_exception
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from search.teamdocs import search_team_documents

from . import library
from .forms import FolderForm, UploadForm, VersionForm
from .models import DocumentVersion, DownloadEvent, LibraryDocument, MembershipChange, TeamSpace, trash_days
from .uploads import KINDS, max_upload_size

MEMBERSHIP_CHANGES_SHOWN = 100
SORTS = {
    "title": ("title", gettext_lazy("Title")),
    "-updated": ("-updated_at", gettext_lazy("Newest first")),
    "updated": ("updated_at", gettext_lazy("Oldest first")),
    "type": ("kind", gettext_lazy("Type")),
    "uploader": ("created_by__username", gettext_lazy("Uploader")),
}


def search_limit():
    """At most this many documents match a library search (the most recently updated win)."""
    return getattr(settings, "TEAMSPACE_SEARCH_LIMIT", 500)


def private(view):
    """Logged-in users only; every answer, a 403 or 404 included, is private and never stored."""

    @wraps(view)
    def answered(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except (Http404, PermissionDenied) as error:
            return response_for_exception(request, error)

    return never_cache(login_required(answered))


def member_team(request, slug):
    team = get_object_or_404(TeamSpace, slug=slug)
    if not team.is_member(request.user):
        raise Http404
    return team


def coordinator_team(request, slug):
    team = member_team(request, slug)
    if not team.is_coordinator(request.user):
        raise Http404
    return team


def managing_coordinator(request, slug):
    """The team, if the visitor coordinates it: outsiders get a 404, members of the team a 403."""
    team = member_team(request, slug)
    if not team.is_coordinator(request.user):
        # The 403 page says why (a member, not an outsider: the team's name is no secret to them).
        request.portal_denied_reason = _("Only the coordinators of %(team)s manage its members.") % {"team": team.name}
        raise PermissionDenied
    return team


def team_entry(team, pk, *, deleted=False):
    queryset = LibraryDocument.objects.filter(team=team)
    queryset = queryset.in_trash() if deleted else queryset.active()
    return get_object_or_404(queryset, pk=pk)


@private
def index(request):
    teams = TeamSpace.for_user(request.user)
    if len(teams) == 1:
        return redirect("teamspace:library", slug=teams[0].slug)
    return render(request, "teamspace/index.html", {"teams": teams})


@private
def library_view(request, slug):
    team = member_team(request, slug)
    folders = list(team.folders())
    folder = team.collection
    folder_id = request.GET.get("folder", "")
    if folder_id.isdigit():
        folder = next((f for f in folders if f.pk == int(folder_id)), None) or folder
    documents = (
        LibraryDocument.objects.active()
        .filter(team=team, folder=folder)
        .select_related("created_by")
        .prefetch_related("versions")
    )
    query = request.GET.get("q", "").strip()[:100]
    search_capped = False
    if query:
        # The portal's team-document search (title, description, tags; this team only), capped.
        limit = search_limit()
        matches = list(search_team_documents(request.user, query, team=team, limit=limit).values_list("pk", flat=True))
        search_capped = len(matches) >= limit
        documents = documents.filter(pk__in=matches)
    kind = request.GET.get("type", "")
    if kind in KINDS:
        documents = documents.filter(kind=kind)
    uploader = request.GET.get("uploader", "")[:150]
    if uploader:
        documents = documents.filter(created_by__username=uploader)
    sort = request.GET.get("sort", "-updated")
    if sort not in SORTS:
        sort = "-updated"
    documents = documents.order_by(SORTS[sort][0], "pk")
    page = Paginator(documents, 25).get_page(request.GET.get("page"))
    uploaders = (
        LibraryDocument.objects.active()
        .filter(team=team)
        .exclude(created_by=None)
        .values_list("created_by__username", flat=True)
        .distinct()
        .order_by("created_by__username")
    )
    return render(
        request,
        "teamspace/library.html",
        {
            "team": team,
            "folder": folder,
            "subfolders": [f for f in folders if f.depth == folder.depth + 1 and f.path.startswith(folder.path)],
            "parent_folder": next(
                (f for f in folders if folder.path.startswith(f.path) and f.depth == folder.depth - 1), None
            ),
            "documents": page,
            "query": query,
            "search_capped": search_capped,
            "kind": kind,
            "kinds": [(key, value[0]) for key, value in KINDS.items()],
            "uploader": uploader,
            "uploaders": uploaders,
            "sort": sort,
            "sorts": [(key, value[1]) for key, value in SORTS.items()],
            "is_coordinator": team.is_coordinator(request.user),
            "folder_form": FolderForm(),
        },
    )


@private
def upload(request, slug):
    team = member_team(request, slug)
    folders = list(team.folders())
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES, folders=folders)
        if form.is_valid():
            data = form.cleaned_data
            try:
                entry = library.create_document(
                    team,
                    data["folder"],
                    data["file"],
                    form.fields["file"].checked,
                    title=data["title"],
                    description=data["description"],
                    tags=data["tags"],
                    user=request.user,
                )
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(request, _("Document uploaded."))
                return redirect("teamspace:document", slug=team.slug, pk=entry.pk)
        status = 400
    else:
        initial_folder = request.GET.get("folder", "")
        form = UploadForm(folders=folders, initial={"folder": initial_folder or team.collection_id})
        status = 200
    context = {"team": team, "form": form, "max_size": max_upload_size()}
    return render(request, "teamspace/upload.html", context, status=status)


@private
def document_view(request, slug, pk):
    team = member_team(request, slug)
    entry = team_entry(team, pk)
    form = VersionForm()
    status = 200
    if request.method == "POST":
        form = VersionForm(request.POST, request.FILES)
        if form.is_valid():
            library.add_version(entry, form.cleaned_data["file"], form.fields["file"].checked, user=request.user)
            messages.success(request, _("New version uploaded. Earlier versions stay available below."))
            return redirect("teamspace:document", slug=team.slug, pk=entry.pk)
        status = 400
    versions = entry.versions.select_related("uploaded_by").order_by("-number")
    return render(
        request,
        "teamspace/document.html",
        {"team": team, "entry": entry, "versions": versions, "form": form},
        status=status,
    )


@private
def download(request, slug, pk, number):
    team = member_team(request, slug)
    entry = LibraryDocument.objects.filter(team=team, pk=pk).first()
    if entry is None or (entry.deleted_at and not team.is_coordinator(request.user)):
        raise Http404
    version = get_object_or_404(
        DocumentVersion.objects.select_related("file", "document"), document=entry, number=number
    )
    library.record_download(team, version, request.user)
    return library.file_response(version)


@private
@require_POST
def delete(request, slug, pk):
    team = member_team(request, slug)
    entry = team_entry(team, pk)
    entry.deleted_at = timezone.now()
    entry.deleted_by = request.user
    entry.save(update_fields=["deleted_at", "deleted_by"])
    messages.success(
        request,
        _("Moved to the trash. The coordinator can restore it for %(days)s days.") % {"days": trash_days()},
    )
    return redirect("teamspace:library", slug=team.slug)


@private
def trash(request, slug):
    team = coordinator_team(request, slug)
    entries = LibraryDocument.objects.in_trash().filter(team=team).select_related("deleted_by").order_by("-deleted_at")
    return render(request, "teamspace/trash.html", {"team": team, "entries": entries, "days": trash_days()})


@private
@require_POST
def restore(request, slug, pk):
    team = coordinator_team(request, slug)
    entry = team_entry(team, pk, deleted=True)
    entry.deleted_at = None
    entry.deleted_by = None
    entry.save(update_fields=["deleted_at", "deleted_by"])
    messages.success(request, _("Document restored."))
    return redirect("teamspace:trash", slug=team.slug)


@private
@require_POST
def create_folder(request, slug):
    team = coordinator_team(request, slug)
    form = FolderForm(request.POST)
    parent = team.collection
    parent_id = request.POST.get("parent", "")
    if parent_id.isdigit():
        parent = team.folders().filter(pk=int(parent_id)).first() or parent
    if form.is_valid() and not parent.get_children().filter(name=form.cleaned_data["name"]).exists():
        folder = parent.add_child(name=form.cleaned_data["name"])
        messages.success(request, _("Folder created."))
        return redirect(reverse("teamspace:library", kwargs={"slug": team.slug}) + f"?folder={folder.pk}")
    messages.error(request, _("The folder could not be created: check its name."))
    return redirect("teamspace:library", slug=team.slug)


@private
def audit(request, slug):
    team = coordinator_team(request, slug)
    events = DownloadEvent.objects.filter(team=team).order_by("-at")
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    changes = list(MembershipChange.objects.filter(team=team).order_by("-at", "-pk")[:MEMBERSHIP_CHANGES_SHOWN])
    context = {
        "team": team,
        "events": page,
        "membership_changes": changes,
        "membership_limit": MEMBERSHIP_CHANGES_SHOWN,
    }
    return render(request, "teamspace/audit.html", context)


def _cell(value):
    """CSV cells that a spreadsheet would run as formulas are quoted."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@private
def audit_csv(request, slug):
    team = coordinator_team(request, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="downloads-{team.slug}-{datetime.date.today()}.csv"'
    writer = csv.writer(response)
    writer.writerow(["when", "user", "document", "version"])
    for event in DownloadEvent.objects.filter(team=team).order_by("-at").iterator():
        writer.writerow(
            [event.at.isoformat(), _cell(event.username), _cell(event.document_title), event.version_number]
        )
    return library.protect(response)
