"""The admin's screen for editors' two-factor devices: who has one, and removing a lost one.

An editor who lost their phone cannot sign in; an administrator deletes the device here and the editor sets
up a new one at the next sign-in (portal.twofactor). Devices are only made by their owner, with the QR code,
so the screen offers no "add" and no edit of the secret.
"""

from django_otp.plugins.otp_totp.models import TOTPDevice

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editorial.admin_strings import TOTP_DEVICES
from portal import twofactor


class DevicePermissionPolicy(ModelPermissionPolicy):
    """Superusers (or groups given the model's permissions) may list, rename and delete, never add."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action != "add"])


class TwoFactorDeviceViewSet(ModelViewSet):
    model = TOTPDevice
    icon = "key"
    menu_label = TOTP_DEVICES  # django-otp's own name is plain English (editorial.admin_strings)
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["user", "name", "confirmed", "last_used_at"]
    list_filter = ["confirmed"]
    search_fields = ["name", "user__username", "user__email"]
    form_fields = ["name"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(page_title=TOTP_DEVICES, **kwargs)


register_permission_policy(TOTPDevice, DevicePermissionPolicy(TOTPDevice))

# Pages and documents that only signed-in users may see need the second factor too, not only the admin.
hooks.register("before_serve_page", twofactor.require_second_factor_for_page, order=-10)
hooks.register("before_serve_document", twofactor.require_second_factor_for_document, order=-10)


@hooks.register("register_admin_viewset")
def register_two_factor_devices():
    return TwoFactorDeviceViewSet("two_factor_devices")
