"""The admin form to upload a CSV file of indicator values."""

from django import forms
from django.utils.translation import gettext_lazy as _


class IndicatorCsvUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with the columns of the export. Nothing is saved if any row has an error."),
    )
