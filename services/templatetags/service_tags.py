"""The service cards of the directory and its embed. A card shows nothing of the visitor, so its HTML is kept
per language, site and service address under the content generation (core.content_cache.remember_html);
"open now" changes by the minute, so it is worked out and put in on every request."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core import content_cache

register = template.Library()

# Where a kept card takes its "open now" line (an HTML comment no service text can hold: text is escaped).
OPEN_NOW_SLOT = mark_safe("<!--open-now-->")


def open_now_html(item):
    """The same bytes as services/includes/open_now.html (its last line break included), without a template
    render per card."""
    if item.get("open_now") is True:
        return format_html('<p class="open-now open-now--open">{}</p>\n', gettext("Open now"))
    if item.get("open_now") is False:
        return format_html('<p class="open-now open-now--closed">{}</p>\n', gettext("Closed now"))
    return "\n"


@register.simple_tag(takes_context=True)
def service_card(context, item):
    request = context.get("request")
    target_top = bool(context.get("target_top"))
    html = content_cache.remember_html(
        request,
        ("service-card", item["url"], target_top),
        lambda: render_to_string(
            "services/includes/service_card.html",
            {"item": item, "target_top": target_top, "open_now_slot": OPEN_NOW_SLOT},
        ),
    )
    return mark_safe(html.replace(OPEN_NOW_SLOT, open_now_html(item), 1))  # noqa: S308 (both parts are escaped HTML)
