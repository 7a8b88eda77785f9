"""Parent and child groups: a calendar page holding group pages, places, sessions.

A group page stores its schedule as wall-clock date and time plus an IANA zone, a recurrence
picked from common patterns (or a validated custom RRULE, or a cycle of listed dates) and
inline exceptions. Its sessions are materialised in `Session` rows each time the page is
published, so listings and the month grid never expand rules per request.
"""

import datetime
import hashlib
import json
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from calendars import recurrence

# Languages a group may be held in: their own names (autonyms), as the language switcher shows them.
GROUP_LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("ro", "Română"),
    ("ar", "العربية"),
    ("sq", "Shqip"),
    ("zh", "中文"),
    ("uk", "Українська"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ur", "اردو"),
    ("bn", "বাংলা"),
    ("pa", "ਪੰਜਾਬੀ"),
]
RTL_LANGUAGES = {"ar", "ur"}


class GroupKind(models.TextChoices):
    PARENTS = "parents", _("Parents' group")
    CHILDREN = "children", _("Children's group")
    TEENAGERS = "teenagers", _("Teenagers' group")
    FAMILIES = "families", _("Parents with children")


class Pattern(models.TextChoices):
    ONCE = recurrence.ONCE, _("Once")
    WEEKLY = recurrence.WEEKLY, _("Every week")
    EVERY_2_WEEKS = recurrence.EVERY_2_WEEKS, _("Every two weeks")
    EVERY_3_WEEKS = recurrence.EVERY_3_WEEKS, _("Every three weeks")
    MONTHLY_NTH = recurrence.MONTHLY_NTH, _("Every month on the same weekday (e.g. the second Tuesday)")
    CUSTOM = recurrence.CUSTOM, _("Custom rule (RFC 5545 RRULE)")
    DATES = recurrence.DATES, _("A cycle of listed dates")


class ExceptionKind(models.TextChoices):
    CANCELLED = recurrence.CANCELLED, _("Cancelled")
    MOVED = recurrence.MOVED, _("Moved")
    EXTRA = recurrence.EXTRA, _("Extra session")
    NOTE = recurrence.NOTE, _("Note for one date")


def validate_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(zone)s” is not a known time zone (for example Europe/Rome).") % {"zone": value}
        ) from error


@register_snippet
class Place(TranslatableMixin, index.Indexed, models.Model):
    """Where a group meets: translatable (address stays, directions and notes are translated)."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=255)
    comune = models.CharField(_("comune"), max_length=120, blank=True)
    directions = models.TextField(_("how to get there"), blank=True)
    accessibility = models.TextField(_("accessibility notes"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("comune"),
        FieldPanel("directions"),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("address"), index.FilterField("locale_id")]
    override_translatable_fields = [SynchronizedField("address"), SynchronizedField("comune")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self):
        return f"{self.name}, {self.address}"


class CalendarPage(RoutablePageMixin, Page):
    """Groups of one territory (or of the whole portal): list, month grid and iCalendar feed."""

    intro = models.TextField(_("introduction"), blank=True)

    subpage_types = ["calendars.GroupPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("group calendar")
        verbose_name_plural = _("group calendars")

    def groups(self, request):
        from portal.visibility import visible_pages

        return visible_pages(request, GroupPage.objects.descendant_of(self))

    def get_cached_paths(self):
        """What a front-end cache may hold under this page (purged on publish and privacy changes)."""
        return ["/", "month/", "calendar.ics"]

    @path("")
    def list_view(self, request):
        from calendars import views

        return views.calendar_list(request, self)

    @path("month/", name="month")
    def month_view(self, request):
        from calendars import views

        return views.calendar_month(request, self)

    @path("calendar.ics/", name="ics")
    def ics_view(self, request):
        from calendars import views

        return views.calendar_feed(request, self)

    @path("private/<str:key>.ics/", name="private_ics")
    def private_ics_view(self, request, key):
        from calendars import views

        return views.private_calendar_feed(request, self, key)

    @path("private/revoke/", name="revoke_private_ics")
    def revoke_view(self, request):
        from calendars import views

        return views.revoke_private_feed(request, self)


class GroupPageForm(WagtailAdminPageForm):
    """Validates the schedule together with the inline exceptions and listed dates."""

    def clean(self):
        cleaned = super().clean()
        if any(name in self.errors for name in ("first_date", "start_time", "timezone", "count", "until")):
            return cleaned
        if not cleaned.get("first_date"):
            return cleaned
        instance = GroupPage(**{name: cleaned.get(name) for name in SCHEDULE_FIELDS if name in cleaned})
        exceptions = [SessionException(**data) for data in self._inline("exceptions", EXCEPTION_FIELDS)]
        dates = [data["date"] for data in self._inline("listed_dates", ["date"]) if data.get("date")]
        errors = recurrence.validate(instance.schedule(dates=dates), exceptions)
        for name, messages in errors.items():
            target = name if name in self.fields else None
            for message in messages:
                self.add_error(target, message)
        return cleaned

    def _inline(self, name, fields):
        formset = self.formsets.get(name)
        if formset is None or not formset.is_valid():
            return []
        rows = []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            row = {field: data.get(field) for field in fields}
            if "new_place" in row:
                place = row.pop("new_place")
                row["new_place_id"] = place.pk if place else None
            rows.append(row)
        return rows


class ScheduleSummaryPanel(Panel):
    """The saved schedule explained back in words, with its number of sessions (for editors)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "calendars/admin/schedule_summary.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["summary"] = ""
            if getattr(instance, "first_date", None) and instance.pk:
                context["summary"] = instance.schedule_in_words()
                try:
                    starts = instance.schedule().starts()
                except (recurrence.RuleError, ValueError):
                    starts = []
                context["sessions"] = len(starts)
                context["last"] = starts[-1].date() if starts else None
            return context


SCHEDULE_FIELDS = [
    "first_date",
    "start_time",
    "duration_minutes",
    "timezone",
    "pattern",
    "custom_rule",
    "until",
    "count",
]
EXCEPTION_FIELDS = ["kind", "date", "new_date", "new_start_time", "new_place", "reason"]


class GroupPage(RoutablePageMixin, Page):
    """A parent or child group: who, where, in which languages, and its sessions."""

    kind = models.CharField(_("kind of group"), max_length=20, choices=GroupKind.choices, default=GroupKind.PARENTS)
    age_min = models.PositiveSmallIntegerField(_("children's age from"), default=0, validators=[MaxValueValidator(18)])
    age_max = models.PositiveSmallIntegerField(_("children's age to"), default=11, validators=[MaxValueValidator(18)])
    # PROTECT: deleting a territory that still has groups is refused, so no group silently drops out of
    # the territory filter (projects and agency pages protect their territory the same way).
    territory = models.ForeignKey(
        "pages.Territory",
        verbose_name=_("territory"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="groups",
        help_text=_("The social-service district (ambito)."),
    )
    comune = models.CharField(_("comune"), max_length=120)
    place = models.ForeignKey(
        Place, verbose_name=_("place"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    parallel_group = models.ForeignKey(
        "calendars.GroupPage",
        verbose_name=_("group running at the same time"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example the children's group that meets while the parents meet."),
    )
    run_by = models.TextField(_("who runs it"), blank=True, help_text=_("Roles, not names: e.g. two educators."))
    how_to_join = models.TextField(_("how to join"), blank=True)
    contact = models.CharField(_("contact"), max_length=255, blank=True)
    free_of_charge = models.BooleanField(_("free of charge"), default=True)
    registration_required = models.BooleanField(_("registration needed"), default=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    first_date = models.DateField(_("first date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for all-day sessions."))
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"), default=120, validators=[MinValueValidator(1), MaxValueValidator(24 * 60)]
    )
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Rome", validators=[validate_zone])
    pattern = models.CharField(_("repeats"), max_length=20, choices=Pattern.choices, default=Pattern.EVERY_3_WEEKS)
    custom_rule = models.CharField(
        _("custom rule"),
        max_length=255,
        blank=True,
        help_text=_("Only for a custom rule, e.g. FREQ=WEEKLY;INTERVAL=3;BYDAY=TU."),
    )
    until = models.DateField(_("last date"), null=True, blank=True)
    count = models.PositiveIntegerField(
        _("number of sessions"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1, message=_("The number of sessions must be at least 1."))],
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)
    schedule_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    base_form_class = GroupPageForm
    parent_page_types = ["calendars.CalendarPage"]
    subpage_types = []

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("comune"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("comune"),
        # The Italian choice is copied to every translation, then `localize_territory` points it at the
        # territory's translation in the page's language when one exists (see there).
        SynchronizedField("territory"),
        SynchronizedField("timezone"),
        SynchronizedField("custom_rule"),
        SynchronizedField("contact"),
        TranslatableField("run_by"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
                InlinePanel("languages", label=_("language"), min_num=1),
                FieldRowPanel([FieldPanel("comune"), FieldPanel("territory")]),
                FieldPanel("place"),
                FieldPanel("parallel_group"),
            ],
            heading=_("The group"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("run_by"),
                FieldPanel("how_to_join"),
                FieldPanel("contact"),
                FieldRowPanel([FieldPanel("free_of_charge"), FieldPanel("registration_required")]),
                FieldPanel("description"),
            ],
            heading=_("Who runs it and how to join"),
        ),
        MultiFieldPanel(
            [
                ScheduleSummaryPanel(),
                FieldRowPanel([FieldPanel("first_date"), FieldPanel("start_time"), FieldPanel("duration_minutes")]),
                FieldPanel("timezone"),
                FieldPanel("pattern", widget=forms.RadioSelect),
                FieldPanel("custom_rule"),
                FieldRowPanel([FieldPanel("until"), FieldPanel("count")]),
                InlinePanel("listed_dates", label=_("listed date")),
            ],
            heading=_("Schedule"),
            help_text=_(
                "Times are wall-clock times in the time zone: 17:00 stays 17:00 after a change to summer time."
            ),
        ),
        InlinePanel("exceptions", label=_("exception"), heading=_("Cancelled, moved and extra sessions")),
    ]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")

    # schedule

    def schedule(self, dates=None):
        return recurrence.Schedule(
            first_date=self.first_date,
            start_time=self.start_time,
            duration_minutes=self.duration_minutes or 120,
            timezone=self.timezone or "Europe/Rome",
            pattern=self.pattern,
            custom_rule=self.custom_rule,
            until=self.until,
            count=self.count,
            dates=list(dates) if dates is not None else [d.date for d in self.listed_dates.all()],
        )

    def occurrences(self):
        return recurrence.expand(self.schedule(), list(self.exceptions.all()), place_id=self.place_id)

    def schedule_in_words(self):
        return recurrence.describe(self.schedule())

    def language_list(self):
        names = dict(GROUP_LANGUAGES)
        return [
            {"code": item.language, "name": names.get(item.language, item.language)} for item in self.languages.all()
        ]

    def clean(self):
        super().clean()
        comune_errors = self.comune_errors()
        if not self.first_date:
            if comune_errors:
                raise ValidationError({"comune": comune_errors})
            return
        errors = recurrence.validate(self.schedule(), list(self.exceptions.all()))
        if comune_errors:
            errors.setdefault("comune", []).extend(comune_errors)
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            errors.setdefault("age_max", []).append(_("The upper age is below the lower age."))
        if errors:
            raise ValidationError({name or NON_FIELD_ERRORS: messages for name, messages in errors.items()})

    def comune_errors(self):
        """The comune must be one of the territory's comuni, when the territory lists any."""
        if not self.territory_id or not self.comune:
            return []
        allowed = [item.name for item in self.territory.comuni.all()]
        if not allowed or self.comune.strip().casefold() in {name.strip().casefold() for name in allowed}:
            return []
        return [
            _("“%(comune)s” is not a comune of %(territory)s. Choose one of: %(allowed)s.")
            % {"comune": self.comune, "territory": self.territory.name, "allowed": ", ".join(allowed)}
        ]

    def localize_territory(self):
        """Point the territory at its translation in this page's language, when there is one.

        wagtail-localize copies the original's territory (a synchronised field), which keeps every
        translation on the same territory as the original, also after the original changes it; here the
        copy moves to the territory's own translation, or stays on the original's when it has none.
        """
        territory = self.territory if self.territory_id else None
        if territory is None or not self.locale_id or territory.locale_id == self.locale_id:
            return
        translation = territory.get_translation_or_none(self.locale_id)
        if translation is not None:
            self.territory = translation

    def save_revision(self, *args, **kwargs):
        self.localize_territory()
        return super().save_revision(*args, **kwargs)

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        """A revision whose territory was deleted since (or that still holds the old free text) opens
        with no territory instead of failing: modelcluster only tolerates a missing SET_NULL target."""
        from pages.snippets import Territory

        value = data.get("territory")
        if value is not None and check_fks:
            try:
                exists = Territory.objects.filter(pk=int(value)).exists()
            except (TypeError, ValueError):
                exists = False
            if not exists:
                data = {**data, "territory": None}
        return super().from_serializable_data(data, check_fks, strict_fks)

    def fingerprint(self):
        data = {name: str(getattr(self, name)) for name in SCHEDULE_FIELDS}
        data["place"] = self.place_id
        data["dates"] = sorted(str(d.date) for d in self.listed_dates.all())
        data["exceptions"] = sorted(
            [str(e.kind), str(e.date), str(e.new_date), str(e.new_start_time), str(e.new_place_id), e.reason]
            for e in self.exceptions.all()
        )
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    def save(self, *args, **kwargs):
        if not kwargs.get("update_fields"):
            self.localize_territory()
        # SEQUENCE grows whenever the published schedule changes; counted from the database row, so
        # publishing an old revision (which carries an old number) still moves it forward.
        if not kwargs.get("update_fields") and self.first_date:
            fingerprint = self.fingerprint()
            stored = GroupPage.objects.filter(pk=self.pk).values("sequence", "schedule_fingerprint").first()
            if stored is None:
                self.schedule_fingerprint = fingerprint
            elif stored["schedule_fingerprint"] != fingerprint:
                self.sequence = stored["sequence"] + (1 if stored["schedule_fingerprint"] else 0)
                self.schedule_fingerprint = fingerprint
            else:
                self.sequence = stored["sequence"]
        return super().save(*args, **kwargs)

    # views

    def get_cached_paths(self):
        """The page, its feed and one .ics per materialised session (at most 500)."""
        days = self.sessions.order_by("date").values_list("date", flat=True).distinct() if self.pk else []
        return ["/", "calendar.ics", *(f"session/{day:%Y-%m-%d}.ics" for day in days)]

    @path("")
    def detail_view(self, request):
        from calendars import views

        return views.group_detail(request, self)

    @path("calendar.ics/", name="ics")
    def ics_view(self, request):
        from calendars import views

        return views.group_feed(request, self)

    @path("session/<str:day>.ics/", name="session_ics")
    def session_ics_view(self, request, day):
        from calendars import views

        return views.session_feed(request, self, day)


class GroupLanguage(Orderable):
    group = ParentalKey(GroupPage, related_name="languages", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=GROUP_LANGUAGES)

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("language spoken")


class ListedDate(Orderable):
    """One more date of a cycle of listed dates (besides the first date)."""

    group = ParentalKey(GroupPage, related_name="listed_dates", on_delete=models.CASCADE)
    date = models.DateField(_("date"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("listed date")


class SessionException(TranslatableMixin, Orderable):
    """A change to one session: cancelled, moved, an extra session, or a note for one date.

    Translatable, so wagtail-localize offers its reason for translation with the group's texts (and
    points a new place at the place's translation); dates and kinds follow the Italian original.
    """

    group = ParentalKey(GroupPage, related_name="exceptions", on_delete=models.CASCADE)
    kind = models.CharField(_("what happens"), max_length=12, choices=ExceptionKind.choices)
    date = models.DateField(_("session date"), help_text=_("For an extra session: its date."))
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_place = models.ForeignKey(
        Place, verbose_name=_("new place"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(_("reason or note shown to families"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_place")]),
        FieldPanel("reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("exception")


class Session(models.Model):
    """A materialised session of a published group (rebuilt on every publish)."""

    group = models.ForeignKey(GroupPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField()
    date = models.DateField(db_index=True)  # local date in the group's zone
    start_time = models.TimeField(null=True)  # local wall-clock time, None for all-day
    end_time = models.TimeField(null=True)
    all_day = models.BooleanField(default=False)
    status = models.CharField(max_length=12, default=recurrence.SCHEDULED)
    original_start = models.DateTimeField(null=True)
    original_date = models.DateField(null=True)
    place = models.ForeignKey(Place, null=True, on_delete=models.SET_NULL, related_name="+")
    note = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["start", "group_id"]
        indexes = [models.Index(fields=["group", "date"])]

    def __str__(self):
        return f"{self.date} {self.status}"

    @property
    def cancelled(self):
        return self.status == recurrence.CANCELLED

    @property
    def moved(self):
        return self.status == recurrence.MOVED


class FeedToken(models.Model):
    """A personal, revocable key for subscribing to the groups a signed-in member may see.

    Phones cannot sign in, so a member's feed URL carries this key instead; revoking it makes the
    URL answer 404 at once. Anonymous feeds never need one.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_tokens")
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.user} ({'revoked' if self.revoked_at else 'active'})"

    @classmethod
    def for_user(cls, user):
        import secrets

        token = cls.objects.filter(user=user, revoked_at__isnull=True).order_by("-created_at").first()
        return token or cls.objects.create(user=user, key=secrets.token_urlsafe(32))

    @classmethod
    def revoke_all(cls, user):
        from django.utils import timezone

        return cls.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


@transaction.atomic
def materialise(group):
    """Replace the stored sessions of `group` with its current (capped) expansion."""
    Session.objects.filter(group=group).delete()
    rows = []
    for occurrence in group.occurrences():
        rows.append(
            Session(
                group=group,
                start=occurrence.start,
                end=occurrence.end,
                date=occurrence.start.date(),
                start_time=None if occurrence.all_day else occurrence.start.time(),
                end_time=None if occurrence.all_day else occurrence.end.time(),
                all_day=occurrence.all_day,
                status=occurrence.status,
                original_start=occurrence.original_start,
                original_date=occurrence.original_start.date() if occurrence.original_start else None,
                place_id=occurrence.place_id,
                note=occurrence.note,
            )
        )
    Session.objects.bulk_create(rows, batch_size=500)
    return rows


def today_in(zone_name=None):
    return datetime.datetime.now(zoneinfo.ZoneInfo(zone_name or settings.TIME_ZONE)).date()
