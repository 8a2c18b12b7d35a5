"""Admin integration: the GCM objectives and policy updates as snippets; the policies a guide lists."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.related import GUIDE_RELATED_HOOK
from policies.models import GCMObjective, PolicyUpdate
from policies.selectors import policies_for_countries


class GCMObjectiveViewSet(SnippetViewSet):
    """Editors translate the objectives' titles here; the numbers and English titles come from the migration."""

    model = GCMObjective
    icon = "list-ol"
    menu_label = _("GCM objectives")
    list_display = ["number", "title"]
    ordering = ["number"]
    panels = [FieldPanel("title"), FieldPanel("description")]


class PolicyUpdateViewSet(SnippetViewSet):
    """Moderators correct a published change note here (a typo, a translation)."""

    model = PolicyUpdate
    icon = "history"
    menu_label = _("Policy updates")
    list_display = ["date", "page", "note"]
    panels = [FieldPanel("date"), FieldPanel("note")]


register_snippet(GCMObjectiveViewSet)
register_snippet(PolicyUpdateViewSet)


RELATED_POLICIES = 10


@hooks.register(GUIDE_RELATED_HOOK)
def policies_for_guide(iso_codes):
    """A country or corridor guide lists the newest live policies about its countries (one query)."""
    return {"policies": list(policies_for_countries(iso_codes)[:RELATED_POLICIES])}
