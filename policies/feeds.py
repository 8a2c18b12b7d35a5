"""Atom feeds of public policy updates: site-wide, or for one country, GCM objective or type of policy.

Ids are `urn:uuid:` names derived from the update (and the feed's filter and language), never from a host
name: correcting the Site record or moving the portal to another domain leaves every entry's id as it was,
so feed readers do not show old entries as new.
"""

import uuid

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.names import country_name, is_known_country
from core.numbers import parse_whole_number
from policies.models import POLICY_TYPES, GCMObjective
from policies.selectors import updates_for

FEED_SIZE = 50
ID_NAMESPACE = uuid.UUID("0b6f3c1e-8d4a-5f7b-9c2e-4a1d6e8f0b37")


def stable_id(*parts):
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, '/'.join(str(part) for part in parts))}"


class PolicyUpdatesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, kind=None, value=None):
        """The filter this feed is for; an unknown country, objective or type is a 404, not a 500."""
        if kind is None:
            return {}
        if kind == "country" and is_known_country(value):
            return {"country": value.upper()}
        if kind == "objective":
            number = parse_whole_number(str(value), 1, 23)
            objective = GCMObjective.objects.filter(number=number).first() if number else None
            if objective is not None:
                return {"objective": objective}
        if kind == "type" and value in dict(POLICY_TYPES):
            return {"policy_type": value}
        raise Http404(_("No such feed."))

    def title(self, obj):
        if "country" in obj:
            subject = country_name(obj["country"], get_language())
        elif "objective" in obj:
            subject = _("GCM objective %(number)s") % {"number": obj["objective"].number}
        elif "policy_type" in obj:
            subject = str(dict(POLICY_TYPES)[obj["policy_type"]])
        else:
            return _("Policy updates · Asia-Pacific Migrant Portal")
        return _("Policy updates: %(subject)s · Asia-Pacific Migrant Portal") % {"subject": subject}

    def link(self, obj):
        return reverse("policies:updates")

    def subtitle(self, obj):
        return _("Changes to laws, regulations and agreements that matter to migrants, newest first.")

    def feed_guid(self, obj):
        key = next(iter(obj.items()), ("all", ""))
        value = key[1].number if key[0] == "objective" else key[1]
        return stable_id("policy-updates-feed", get_language(), key[0], value)

    def author_name(self, obj):
        """RFC 4287 asks for an author of the feed (or of every entry): the organisation that runs the portal."""
        from core.models import PortalSettings

        site_settings = PortalSettings.objects.filter(site__is_default_site=True).first()
        return site_settings.organisation_name if site_settings else _("Asia-Pacific Migrant Portal")

    def items(self, obj):
        objective = obj.get("objective")
        return updates_for(
            country=obj.get("country"),
            objective=objective.number if objective else None,
            policy_type=obj.get("policy_type"),
        )[:FEED_SIZE]

    def item_title(self, item):
        return item.page.title

    def item_description(self, item):
        return item.note

    def item_link(self, item):
        return item.page.url

    def item_guid(self, item):
        return stable_id("policy-update", item.pk, get_language())

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.date
