"""The editors' desk in a browser (issue 22): an editor submits a policy update and a moderator approves it, on
SQLite with Wagtail's autosave on, without a single 5xx; a translator works in Burmese beside the English.

Users sign in as they would in production: password, then a code from their authenticator (computed here
from the device's key). The users are added to the shared browser-test portal's database once.
"""

import json
import re

import pytest
from django_otp.oath import TOTP

KEY = (
    "3132333435363738393031323334353637383930"  # RFC 6238's test key; the devices exist only in this database
)
PASSWORD = "browser-test-password-" + "x" * 8
DESKTOP = {"width": 1280, "height": 900}

SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from policies.models import PolicyPage
User = get_user_model()
for name, group in (("desk-editor", "Editors"), ("desk-moderator", "Moderators"), ("desk-translator", "Translators")):
    user, _ = User.objects.get_or_create(username=name, defaults={{"email": name + "@example.org"}})
    user.set_password({PASSWORD!r}); user.save()
    user.groups.add(Group.objects.get(name=group))
    TOTPDevice.objects.get_or_create(user=user, name="phone", defaults={{"key": {KEY!r}, "confirmed": True}})
policies = PolicyPage.objects.live().order_by("-pk")
print(json.dumps({{"walk": policies[0].pk, "translate": policies[1].pk, "walk_url": policies[0].url}}))
"""


@pytest.fixture(scope="module")
def desk(portal_server):
    output = portal_server.manage("shell", "-c", SETUP)
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def desktop(browser):
    contexts = []

    def open_page():
        context = browser.new_context(viewport=DESKTOP)
        contexts.append(context)
        page = context.new_page()
        page.server_errors = []
        page.background_saves = []  # autosave: the edit form posted by fetch while the editor types
        page.on(
            "request",
            lambda r: (
                r.method == "POST"
                and "/edit/" in r.url
                and r.resource_type in ("fetch", "xhr")
                and page.background_saves.append(r.url)
            ),
        )
        page.on("response", lambda r: r.status >= 500 and page.server_errors.append(f"{r.status} {r.url}"))
        page.on("dialog", lambda dialog: dialog.accept())
        # Wagtail's unsaved-changes controller, which starts autosave, takes its first look at the form a moment
        # after the page loads, and on start-up it can take it twice (two timers, some 150 ms apart): a change
        # typed before the last look counts as the form's first state, and autosave never starts.
        page.add_init_script(
            "document.addEventListener('w-unsaved:watch-edits',"
            " () => { window.formWatchedAt = performance.now(); });"
        )
        return page

    yield open_page
    for context in contexts:
        context.close()


def sign_in(page, portal_server, username):
    page.goto(portal_server("/admin/login/"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/2fa/verify/"))
    page.fill("input[name=token]", str(TOTP(bytes.fromhex(KEY)).token()).zfill(6))
    page.click("main form button[type=submit] >> nth=0")
    page.wait_for_url(re.compile(r"/admin/$"))


def edit_url(portal_server, pk):
    return portal_server(f"/admin/pages/{pk}/edit/")


def open_edit_form(page, url, settled_ms=1500):
    """The edit form, once Wagtail watches it for changes and has not taken a new first look for a while."""
    page.goto(url)
    for _ in range(120):  # polled from here: the admin's CSP does not let Playwright's wait_for_function eval
        if page.evaluate(
            f"window.formWatchedAt !== undefined && performance.now() - window.formWatchedAt > {settled_ms}"
        ):
            return
        page.wait_for_timeout(250)
    raise AssertionError("Wagtail never started watching the edit form")


def wait_for_autosave(page, seconds=20):
    """Autosave writes while the editor goes on; on a loaded machine it can take a few seconds to post."""
    for _ in range(seconds * 4):
        if page.background_saves:
            return
        page.wait_for_timeout(250)


def run_menu_action(page, name):
    """Click a button of the editor's footer action menu (some sit in its dropdown)."""
    button = page.locator(f"footer button[name='{name}']").first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def test_an_editor_submits_and_a_moderator_approves_without_a_5xx(desktop, portal_server, desk):
    editor = desktop()
    sign_in(editor, portal_server, "desk-editor")
    open_edit_form(editor, edit_url(portal_server, desk["walk"]))
    editor.fill("#id_summary_en", "Recruitment fees are capped (browser walk).")
    editor.fill("#id_change_note_en", "Summary rewritten in the browser walk.")
    wait_for_autosave(editor)
    assert editor.background_saves, "autosave did not run"
    run_menu_action(editor, "action-submit")
    editor.wait_for_load_state()
    assert "/edit/" not in editor.url or editor.locator(".messages .success").count()

    moderator = desktop()
    sign_in(moderator, portal_server, "desk-moderator")
    moderator.goto(edit_url(portal_server, desk["walk"]))
    approve = moderator.locator("footer button[data-workflow-action-name='approve']").first
    if not approve.is_visible():
        moderator.locator("footer [data-w-dropdown-target='toggle']").first.click()
    approve.click()
    modal = moderator.locator(".modal [data-editorial-confirm='approve']")
    modal.wait_for()
    assert "published now" in modal.inner_text()
    with moderator.expect_navigation(timeout=30000):
        moderator.locator(".modal form button[type=submit]").click()
    moderator.wait_for_load_state()

    public = moderator.context.new_page()
    public.goto(portal_server(desk["walk_url"].replace(portal_server.url, "")))
    for _ in range(20):  # the approval's publish may still be committing on a loaded machine
        if "Summary rewritten in the browser walk." in public.content():
            break
        public.wait_for_timeout(500)
        public.reload()
    assert "Summary rewritten in the browser walk." in public.content()
    assert editor.server_errors == [] and moderator.server_errors == []


def toggle(page, code):
    page.locator(f"button.locale-toggle[lang='{code}']").click()


def shown(page, code):
    return page.locator(f"button.locale-toggle[lang='{code}']").get_attribute("aria-pressed") == "true"


def test_a_translator_sees_the_english_beside_burmese_and_keeps_the_choice(desktop, portal_server, desk):
    page = desktop()
    sign_in(page, portal_server, "desk-translator")
    page.goto(edit_url(portal_server, desk["translate"]))
    page.evaluate("localStorage.clear()")
    page.reload()
    # Only English shown: every other language's fields, Indonesian's "[id]" ones included, are hidden.
    assert shown(page, "en") and not shown(page, "id")
    assert page.locator("#id_summary_en").is_visible()
    assert not page.locator("#id_summary_ind").is_visible()
    assert not page.locator("#id_summary_vi").is_visible()

    toggle(page, "my")
    toggle(page, "en")
    assert shown(page, "my") and not shown(page, "en")
    burmese = page.locator("#id_summary_my")
    assert burmese.is_visible()
    # No panel vanishes with Burmese alone: "About this policy" (issuing body) and the change note stay.
    assert page.locator("#id_issuing_body_my").is_visible()
    assert page.locator("#id_change_note_my").is_visible()
    assert page.locator("button.locale-toggle[lang='my']").get_attribute("data-name") == "မြန်မာဘာသာ"
    wrapper = burmese.locator("xpath=ancestor::*[contains(@class,'w-field__wrapper')][1]")
    english = page.locator("#id_summary_en").input_value()
    box = wrapper.locator(".l10n-source")
    assert box.is_visible() and english.strip()[:40] in box.inner_text()

    burmese.fill("မူဝါဒ အကျဉ်းချုပ် (browser)")
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state()
    page.locator("button.locale-toggle[lang='my']").wait_for()
    assert shown(page, "my") and not shown(page, "en")
    assert page.locator("#id_summary_my").is_visible()
    assert not page.locator("#id_summary_vi").is_visible()
    assert page.server_errors == []
