"""Filters of the training library (GET form, works without JavaScript)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from pages.filter_forms import ALL, FilterForm
from pages.models.training import OperatorRole, TrainingFormat, TrainingTopic


class TrainingFilterForm(FilterForm):
    role = forms.ChoiceField(label=_("For whom"), required=False, choices=ALL + list(OperatorRole.choices))
    topic = forms.ChoiceField(label=_("Topic"), required=False, choices=ALL + list(TrainingTopic.choices))
    format = forms.ChoiceField(label=_("Format"), required=False, choices=ALL + list(TrainingFormat.choices))
    language = forms.ChoiceField(label=_("Language"), required=False, choices=ALL + list(settings.LANGUAGES))

    def apply(self, items):
        data = self.cleaned_data
        if data.get("role"):
            items = items.filter(audiences__role=data["role"]).distinct()
        for name in ("topic", "format", "language"):
            if data.get(name):
                items = items.filter(**{name: data[name]})
        return items
