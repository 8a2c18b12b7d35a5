"""The licence and attribution every data response carries (site settings; CC BY 4.0 by default)."""

DEFAULT_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
DEFAULT_ORGANISATION = "Regional Network on Migration for Asia and the Pacific"


def data_licence(request):
    """{"name", "url", "attribution"}: the licence editors set in the site settings, with the organisation."""
    from wagtail.models import Site

    from core.models import PortalSettings

    site = Site.find_for_request(request)
    # One query, and no row created on a read (for_site would get_or_create).
    portal_settings = PortalSettings.objects.filter(site=site).first() if site else None
    name, url = DEFAULT_LICENCE
    organisation = DEFAULT_ORGANISATION
    if portal_settings is not None:
        name = portal_settings.data_licence_name or name
        url = portal_settings.data_licence_url or url
        organisation = portal_settings.organisation_name or organisation
    return {"name": name, "url": url, "attribution": f"{organisation}, {request.build_absolute_uri('/')}"}


def add_licence_link(response, licence):
    """`Link: <licence>; rel="license"` (RFC 4946's relation): any client finds the terms in the headers."""
    response["Link"] = f'<{licence["url"]}>; rel="license"'
    return response
