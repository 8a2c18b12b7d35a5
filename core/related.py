"""The hooks through which one app shows what another publishes, without importing it.

`guide_related_content`: a country or corridor guide asks every app registered under this hook
(`wagtail.hooks.register`) for what it publishes about the guide's countries. A hook function takes a list of
ISO 3166-1 alpha-2 codes and returns a dict of template context names to bounded lists; the policies app
gives "policies" and the services app "services".
"""

GUIDE_RELATED_HOOK = "guide_related_content"
