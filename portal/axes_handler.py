"""django-axes without the visitor's address: failed sign-ins are counted per account and nothing else.

Axes records the client's IP address, User-Agent and Accept header with every failed sign-in. The lockout
here is by username only (settings.AXES_LOCKOUT_PARAMETERS), so none of them is needed: the address is a
constant (settings.AXES_CLIENT_IP_CALLABLE) and this handler blanks the browser's headers before axes
stores the attempt.
"""

from axes.handlers.database import AxesDatabaseHandler

NO_ADDRESS = "0.0.0.0"  # noqa: S104 (a placeholder stored instead of the address, not a bind address)


def no_client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the same placeholder for everyone."""
    return NO_ADDRESS


def _forget_the_visitor(request):
    if request is not None:
        request.axes_ip_address = NO_ADDRESS
        request.axes_user_agent = ""
        request.axes_http_accept = ""


class PrivateAxesHandler(AxesDatabaseHandler):
    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        _forget_the_visitor(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        _forget_the_visitor(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        _forget_the_visitor(request)
        return super().user_logged_out(sender, request, user, **kwargs)
