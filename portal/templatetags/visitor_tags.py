"""Template tags for the visitor's tools on every page: quick exit, share links, save for offline."""

from urllib.parse import quote

from django import template

from portal import visitor

register = template.Library()


@register.inclusion_tag("portal/includes/quick_exit.html", takes_context=True)
def quick_exit(context):
    """The "Leave this site" button, on the pages that need it (see portal.visitor.wants_quick_exit)."""
    show = visitor.wants_quick_exit(
        page=context.get("page"), request=context.get("request"), context_flag=context.get("show_quick_exit")
    )
    return {"show": show, "url": visitor.quick_exit_url()}


def share_targets(url, title):
    """Share links of the messaging apps migrants in the region use; plain URLs, no third-party script.

    KakaoTalk has no web share URL that works without its JavaScript SDK and an app key, so it gets the
    Web Share API (which offers KakaoTalk on phones that have it) and the copy-link button instead."""
    text = f"{title} {url}"
    u, t = quote(url, safe=""), quote(text, safe="")
    return [
        {"key": "whatsapp", "name": "WhatsApp", "href": f"https://wa.me/?text={t}"},
        {"key": "viber", "name": "Viber", "href": f"viber://forward?text={t}"},
        {"key": "line", "name": "LINE", "href": f"https://line.me/R/share?text={t}"},
        {"key": "zalo", "name": "Zalo", "href": f"https://zalo.me/share?url={u}"},
        {
            "key": "telegram",
            "name": "Telegram",
            "href": f"https://t.me/share/url?url={u}&text={quote(title, safe='')}",
        },
        {"key": "messenger", "name": "Messenger", "href": f"fb-messenger://share/?link={u}"},
    ]


@register.inclusion_tag("portal/includes/share.html", takes_context=True)
def share_links(context):
    """Share and save-for-offline tools for content pages (any Wagtail page but the home page), or any view
    that sets `show_page_tools` in its context."""
    request = context.get("request")
    page = context.get("page")
    show = bool(context.get("show_page_tools")) or (
        page is not None and getattr(page, "depth", 0) > 2 and request is not None
    )
    if not show or request is None:
        return {"show": False}
    url = request.build_absolute_uri(request.path)
    title = context.get("share_title") or getattr(page, "title", "") or ""
    return {"show": True, "url": url, "title": title, "targets": share_targets(url, title)}
