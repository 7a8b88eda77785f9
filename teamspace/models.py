"""Team spaces: a Django group, a private page subtree and a private Wagtail collection per team.

The document library keeps one `LibraryDocument` per working document and one
`DocumentVersion` per uploaded file; each version's file is a Wagtail document in the team's
collection (or one of its sub-collections, the folders), so Wagtail's own serve view applies its
collection restriction too. Nothing is ever overwritten; deletion is a soft delete into a trash.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import Collection


def trash_days():
    return getattr(settings, "TEAMSPACE_TRASH_DAYS", 30)


class TeamSpace(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="team_space", verbose_name=_("group"))
    collection = models.OneToOneField(
        Collection, on_delete=models.PROTECT, related_name="team_space", verbose_name=_("collection")
    )
    root_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("private pages"),
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="coordinated_team_spaces", verbose_name=_("coordinators")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team space")
        verbose_name_plural = _("team spaces")

    def __str__(self):
        return self.name

    def is_member(self, user):
        if not user.is_authenticated or not user.is_active:
            return False
        return user.is_superuser or user.groups.filter(pk=self.group_id).exists()

    def is_coordinator(self, user):
        if not user.is_authenticated or not user.is_active:
            return False
        return user.is_superuser or (self.is_member(user) and self.coordinators.filter(pk=user.pk).exists())

    def folders(self):
        """The team collection and its sub-collections, in tree order."""
        return Collection.objects.descendant_of(self.collection, inclusive=True).order_by("path")

    @classmethod
    def for_user(cls, user):
        if not user.is_authenticated:
            return cls.objects.none()
        if user.is_superuser:
            return cls.objects.all()
        return cls.objects.filter(group__in=user.groups.all())


class LibraryDocumentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(deleted_at__isnull=True)

    def in_trash(self):
        return self.filter(deleted_at__isnull=False, deleted_at__gte=timezone.now() - datetime.timedelta(trash_days()))


class LibraryDocument(models.Model):
    team = models.ForeignKey(TeamSpace, on_delete=models.CASCADE, related_name="documents", verbose_name=_("team"))
    folder = models.ForeignKey(Collection, on_delete=models.PROTECT, related_name="+", verbose_name=_("folder"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    tags = models.CharField(_("tags"), max_length=300, blank=True, help_text=_("Separated by commas."))
    kind = models.CharField(_("type"), max_length=20)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("uploader")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now_add=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = LibraryDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("library document")
        verbose_name_plural = _("library documents")

    def __str__(self):
        return self.title

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()

    def tag_list(self):
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]


class DocumentVersion(models.Model):
    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    file = models.OneToOneField(get_document_model_string(), on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField(_("file name"), max_length=150)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="teamspace_unique_version")]

    def __str__(self):
        return f"{self.document.title} v{self.number}"


class DownloadEvent(models.Model):
    """Who downloaded which version when (the coordinator reads and exports these)."""

    team = models.ForeignKey(TeamSpace, on_delete=models.CASCADE, related_name="downloads")
    version = models.ForeignKey(DocumentVersion, null=True, on_delete=models.SET_NULL, related_name="downloads")
    document_title = models.CharField(max_length=200)
    version_number = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(max_length=150)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.username} {self.document_title} v{self.version_number} {self.at:%Y-%m-%d %H:%M}"


class MembershipChange(models.Model):
    """Who added or removed whom from a team, and when (the coordinator reads these in the audit).

    Only staff accounts join teams; the usernames are copied so the record outlives the accounts.
    """

    ADDED = "added"
    REMOVED = "removed"
    ACTIONS = [(ADDED, _("added to the team")), (REMOVED, _("removed from the team"))]

    team = models.ForeignKey(TeamSpace, on_delete=models.CASCADE, related_name="membership_changes")
    action = models.CharField(max_length=10, choices=ACTIONS)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    member_username = models.CharField(max_length=150)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    by_username = models.CharField(max_length=150)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]

    @classmethod
    def of(cls, team, action, member, by=None):
        """An unsaved record; `by` is None for changes made outside the Members page."""
        return cls(
            team=team,
            action=action,
            member=member,
            member_username=member.get_username(),
            by=by,
            by_username=by.get_username() if by is not None else "",
        )

    def __str__(self):
        return f"{self.by_username} {self.action} {self.member_username} {self.at:%Y-%m-%d %H:%M}"
