"""The admin's strings that come from libraries without our languages, as msgids the portal's catalogues own.

Django looks in the portal's catalogues (LOCALE_PATHS) before any app's, so a library string that passes
through gettext at run time is translated once its msgid is here (makemessages finds it in this module). A
string that never passes through gettext is given its translation where it is shown (the comments say where).
"""

from django.utils.translation import gettext_lazy as _

# wagtail-modeltranslation's language bar in the editor (its own gettext call).
VIEW_EDIT_FIELDS_FOR = _("View / edit fields for")
# wagtail-modeltranslation's copy buttons: English text in its copy_stream_fields.js, replaced by translator.js.
COPY_CONTENT_FROM = _("Copy content from")
# Wagtail's "Reports" menu: its catalogues for Thai, Vietnamese, Bengali and Burmese lack it.
REPORTS = _("Reports")
# django-otp's device model names itself in plain English; the two-factor screen's menu and headings use these.
TOTP_DEVICE = _("TOTP device")
TOTP_DEVICES = _("TOTP devices")

ADMIN_STRINGS = [VIEW_EDIT_FIELDS_FOR, COPY_CONTENT_FROM, REPORTS, TOTP_DEVICE, TOTP_DEVICES]
