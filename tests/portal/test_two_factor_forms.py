"""The two-factor forms are valid HTML: they post to their own address (with ?next=), not to action=""."""

import html5lib
import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("confirmed, path", [(False, "/admin/2fa/setup/"), (True, "/admin/2fa/verify/")])
def test_two_factor_forms_post_to_their_own_address(client, settings, confirmed, path):
    settings.ADMIN_2FA_REQUIRED = True
    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "correct horse battery 42"
    )
    if confirmed:
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    response = client.get(f"{path}?next=/admin/pages/")
    assert response.status_code == 200
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(response.content)
    html = response.content.decode()
    assert 'action=""' not in html
    assert f'action="{path}?next=/admin/pages/"' in html
