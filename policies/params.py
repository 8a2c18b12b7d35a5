"""The query parameters of the policy index: facets and sort order, read by one lenient ParamsForm."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.params import CountryCodeField, ParamsForm, RepeatedField, WholeNumberField
from policies.models import POLICY_STATUSES, POLICY_TYPES

MAX_VALUES_PER_FACET = 10
SORT_CHOICES = ("newest", "oldest", "title", "updated")
DEFAULT_SORT = "newest"


class PolicyIndexParams(ParamsForm):
    """?country=&type=&status=&objective=&year= (each repeatable) and ?sort= of a policy index page."""

    country = RepeatedField(CountryCodeField(), MAX_VALUES_PER_FACET)
    type = RepeatedField(
        forms.ChoiceField(choices=POLICY_TYPES, help_text="Type of policy."), MAX_VALUES_PER_FACET
    )
    status = RepeatedField(
        forms.ChoiceField(choices=POLICY_STATUSES, help_text="Status of the policy."),
        MAX_VALUES_PER_FACET,
    )
    objective = RepeatedField(
        WholeNumberField(min_value=1, max_value=23, help_text="Objective of the Global Compact (1-23)."),
        MAX_VALUES_PER_FACET,
    )
    year = RepeatedField(
        WholeNumberField(min_value=1900, max_value=2100, help_text="Year of adoption."),
        MAX_VALUES_PER_FACET,
    )
    sort = forms.ChoiceField(
        choices=[(key, key) for key in SORT_CHOICES], required=False, help_text="Sort order."
    )

    def __init__(self, query, **kwargs):
        super().__init__(query, **kwargs)
        self.fields["sort"].ignored_notice = _(
            "The sort order “%(value)s” is not known; newest first is used."
        )
