"""A dated public change to a policy, as GOV.UK's travel advice shows them: the page's change history."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PolicyUpdate(models.Model):
    page = models.ForeignKey(
        "policies.PolicyPage", on_delete=models.CASCADE, related_name="updates", verbose_name=_("policy")
    )
    revision = models.OneToOneField(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The published revision that made this change, if it was published in the portal."),
    )
    date = models.DateTimeField(_("date"), db_index=True)
    note = models.TextField(_("change note"))

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("policy update")
        verbose_name_plural = _("policy updates")

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.note[:60]}"

    # What lists of updates read (the home page and the updates page); select_related("page") first.
    @property
    def title(self):
        return self.page.title

    @property
    def url(self):
        return self.page.url
