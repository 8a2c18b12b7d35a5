"""One URL per page type the portal serves, discovered from the demo content, for the axe and audit runs.

Every live page model counts as a type (home, country guide, corridor guide, policy index, policy, service,
standard page...), and so does every parameterless HTML view of the apps (directory list and map, landscape
map, search, embeds...): page types added later are covered without editing this file.
"""

SEARCH_QUERY = "work"


def page_type_urls(server, lang="en"):
    """[(label, absolute URL)] for every page type, in `lang`."""
    urls = [("home", server("/en/", lang=lang))]
    for label, paths in sorted(server.sitemap["pages"].items()):
        if label == "home.HomePage":
            continue
        urls.append((label, server(paths[0], lang=lang)))
    for name, path in sorted(server.sitemap["routes"].items()):
        url = server(path, lang=lang)
        if not path.startswith("/en/"):
            url += ("&" if "?" in url else "?") + f"lang={lang}"
        if "search" in name:  # the bare search page, then its results
            urls.append((f"view:{name} (no query)", url))
            url += ("&" if "?" in url else "?") + f"q={SEARCH_QUERY}"
        urls.append((f"view:{name}", url))
    urls.append(("offline", server(f"/offline/?lang={lang}")))
    return urls
