"""Public views of the pages app that are not pages themselves: the page-feedback form."""

import hashlib

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from pages.models.feedback import PageFeedback
from portal.client_address import client_address
from portal.visibility import visible_pages

FLOOD_LIMIT = 5  # answers per client
FLOOD_WINDOW = 10 * 60  # seconds


class FeedbackForm(forms.Form):
    clear = forms.TypedChoiceField(
        label=gettext_lazy("Was this page clear?"),
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    rating = forms.TypedChoiceField(
        label=gettext_lazy("How would you rate it?"),
        choices=[("", "")] + [(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    comment = forms.CharField(
        label=gettext_lazy("What could we improve? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )
    website = forms.CharField(required=False)  # honeypot: people leave it empty


def client_key(request):
    """A short-lived, non-reversible key for flood control (kept in the cache only, never stored)."""
    source = client_address(request)
    return "feedback-flood:" + hashlib.sha256(source.encode()).hexdigest()[:32]


@require_POST
def page_feedback(request, page_id):
    page = get_object_or_404(visible_pages(request, Page.objects.all()), pk=page_id)
    back = page.get_url(request) or "/"
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please answer “Was this page clear?” with yes or no. Nothing was saved."))
        return HttpResponseRedirect(back + "#page-feedback")
    if form.cleaned_data["website"]:
        return HttpResponseBadRequest(_("Your answer could not be accepted."))
    key = client_key(request)
    count = cache.get_or_set(key, 0, FLOOD_WINDOW)
    if count >= FLOOD_LIMIT:
        messages.error(request, _("You have sent many answers in a short time. Please try again later."))
        return HttpResponseRedirect(back + "#page-feedback")
    cache.set(key, count + 1, FLOOD_WINDOW)
    PageFeedback.objects.create(
        page=page,
        clear=form.cleaned_data["clear"],
        rating=form.cleaned_data["rating"],
        comment=form.cleaned_data["comment"].strip(),
        language=get_language(),
    )
    messages.success(request, _("Thank you: your answer helps us improve this page."))
    return HttpResponseRedirect(back + "#page-feedback")
