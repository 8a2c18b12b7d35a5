"""Build the POST data of Wagtail's page editor for a PolicyPage, and users in the editorial groups."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from modeltranslation.utils import build_localized_fieldname
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def policy_form_data(page=None, action="action-publish", **fields):
    data = {
        "title_en": page.title if page else "A new policy",
        "slug": page.slug if page else "a-new-policy",
        "policy_type": page.policy_type if page else "law",
        "status": page.status if page else "in_force",
        # As the browser posts them: the saved countries as initial forms, ordered from 1 like Django's initial.
        "countries": inline_formset(
            [
                {"id": c.pk, "iso_code": c.iso_code, "ORDER": str(n)}
                for n, c in enumerate(page.countries.all(), 1)
            ]
            if page
            else [{"iso_code": "VN"}],
            initial=page.countries.count() if page else 0,
            min=1,
        ),
        "date_adopted": page.date_adopted.isoformat() if page and page.date_adopted else "",
        "comments": inline_formset([]),
        "topics": "",
        "minor_change": "",
    }
    for code, _name in settings.LANGUAGES:
        data[build_localized_fieldname("body", code)] = streamfield([])
    data.update(fields)
    data = nested_form_data(data)
    if not data.get("minor_change"):
        data.pop("minor_change")
    if action:
        data[action] = action
    return data


def user_in(group_name, username=None):
    user = get_user_model().objects.create_user(
        username=username or group_name.lower(), email=f"{group_name.lower()}@example.org", password="x" * 16
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user
