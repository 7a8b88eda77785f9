"""What every GET filter form of the portal shares (projects, training): "All" and the query string."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

ALL = [("", _("All"))]


class FilterForm(forms.Form):
    """A GET form whose valid, non-empty values are carried into pagination and export links."""

    def query_string(self):
        """The active filters as a query string ("" when the form is unbound or invalid)."""
        if not self.is_bound or not self.is_valid():
            return ""
        return urlencode({name: value for name, value in self.cleaned_data.items() if value})
