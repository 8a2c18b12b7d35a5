"""Web addresses and e-mail addresses from imported data: only what is safe to put in a link.

HSDS's `uri` format accepts any scheme, so an imported file could carry `javascript:` or `data:` links that
the service page would render and the HSDS API would pass on. Only http and https web addresses and valid
e-mail addresses are accepted at import (services.validation), in the admin (the models' validators) and
when a page or the API shows a stored value (anything else shows as nothing).
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

WEB_SCHEMES = ["http", "https"]
validate_web_url = URLValidator(schemes=WEB_SCHEMES)


def is_web_url(value):
    if not isinstance(value, str) or urlsplit(value.strip()).scheme.lower() not in WEB_SCHEMES:
        return False
    try:
        validate_web_url(value)
    except ValidationError:
        return False
    return True


def is_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return False
    return isinstance(value, str)


def web_url(value):
    """The value if it is an http(s) address, else ""."""
    return value if value and is_web_url(value) else ""


def email_address(value):
    """The value if it is an e-mail address, else ""."""
    return value if value and is_email(value) else ""
