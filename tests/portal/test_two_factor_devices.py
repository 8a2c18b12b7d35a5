"""The admin screen for two-factor devices: superusers list and delete a lost device, nobody adds one."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def lost_device(django_user_model):
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 20)
    return TOTPDevice.objects.create(user=editor, name="Editor's old phone", confirmed=True)


def test_a_superuser_removes_a_lost_device(client, django_user_model, lost_device):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 20)
    client.force_login(admin)
    listing = client.get(reverse("two_factor_devices:index"))
    assert listing.status_code == 200
    assert "Editor&#x27;s old phone" in listing.content.decode()
    delete_url = reverse("two_factor_devices:delete", args=[lost_device.pk])
    assert client.get(delete_url).status_code == 200
    client.post(delete_url)
    assert not TOTPDevice.objects.filter(pk=lost_device.pk).exists()
    # Devices are made by their owner with the QR code, never here.
    assert client.get(reverse("two_factor_devices:add")).status_code in {302, 403}


def test_an_editor_cannot_see_or_delete_devices(client, django_user_model, lost_device):
    from django.contrib.auth.models import Group, Permission

    other = django_user_model.objects.create_user("other", "other@example.org", "x" * 20)
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    other.groups.add(group)
    client.force_login(other)
    assert client.get(reverse("two_factor_devices:index")).status_code in {302, 403}
    client.post(reverse("two_factor_devices:delete", args=[lost_device.pk]))
    assert TOTPDevice.objects.filter(pk=lost_device.pk).exists()
