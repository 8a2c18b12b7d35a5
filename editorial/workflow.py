"""The editorial groups and the "Moderator approval" workflow, set up idempotently after every migrate.

- Editors: add and edit pages and save drafts, submit them for approval; cannot publish.
- Moderators: everything editors do, plus publish, approve or reject in the workflow, lock and unlock, and
  correct published change notes and GCM objective titles (snippets).
- Translators: edit existing pages (the translated fields) and submit them; cannot add or publish pages;
  translate the GCM objectives' titles and published change notes (snippets).
- The service directory: editors add and edit services (drafts, submitted for approval) and choose
  organisations and locations; moderators also publish services, lock and unlock them, manage organisations
  and locations, import the CSV and see the feed dashboard. Translators have no directory permissions.
The workflow is assigned to the root of the page tree, so it covers the home page and every page below it,
whichever home page the site has (the demo loader replaces Wagtail's placeholder home page).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import (
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from editorial.models import ModeratorApprovalTask

WORKFLOW_NAME = "Moderator approval"
PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Translators": ["change_page"],
}
# The service directory (snippets). A service is a draft until published; organisations and locations have
# no drafts (they are public as soon as saved), so only moderators change them.
DIRECTORY_EDITORS = [
    ("services", "service", "add_service"),
    ("services", "service", "change_service"),
    ("services", "service", "view_service"),
    ("services", "organization", "view_organization"),
    ("services", "location", "view_location"),
    ("services", "taxonomyterm", "view_taxonomyterm"),
    ("services", "servicereport", "view_servicereport"),
]
DIRECTORY_MODERATORS = [
    *DIRECTORY_EDITORS,
    ("services", "service", "delete_service"),
    ("services", "service", "publish_service"),
    ("services", "service", "lock_service"),
    ("services", "service", "unlock_service"),
    ("services", "organization", "add_organization"),
    ("services", "organization", "change_organization"),
    ("services", "location", "add_location"),
    ("services", "location", "change_location"),
    ("services", "servicereport", "change_servicereport"),
    ("services", "directorysource", "view_directorysource"),
]
# Snippets that go through the "Moderator approval" workflow (app label, model).
WORKFLOW_SNIPPETS = [("services", "service")]
# Model permissions beyond the page tree: reaching the admin, and correcting snippets.
MODEL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "admin", "access_admin"), *DIRECTORY_EDITORS],
    "Moderators": [
        ("wagtailadmin", "admin", "access_admin"),
        *DIRECTORY_MODERATORS,
        ("policies", "policyupdate", "change_policyupdate"),
        ("policies", "gcmobjective", "change_gcmobjective"),
    ],
    "Translators": [
        ("wagtailadmin", "admin", "access_admin"),
        ("policies", "policyupdate", "change_policyupdate"),
        ("policies", "gcmobjective", "change_gcmobjective"),
    ],
}
# Documents and images, on the root collection (so in every collection). A file replaced in the admin is
# public at once, without moderation, so only moderators may change or delete any file. With "add", Wagtail
# lets editors change or delete the files they uploaded themselves (its ownership rule), not others'.
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
    ],
    "Moderators": [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
    ],
    "Translators": [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
}


def _permission(app_label, model, codename):
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if model is not None:
        permissions = permissions.filter(content_type__model=model)
    return permissions.first()


def _set_collection_permissions(group, specs):
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    wanted = {_permission(app_label, None, codename) for app_label, codename in specs} - {None}
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=wanted
    ).delete()
    if root is not None:
        for permission in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def _moderator_task(moderators):
    task = ModeratorApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task_type = ContentType.objects.get_for_model(ModeratorApprovalTask)
        task = ModeratorApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
    task.groups.set([moderators])
    return task


def setup_editorial_workflow():
    """Create or correct the three groups, their permissions and the moderation workflow. Safe to rerun."""
    # Only the id: this runs inside migrate, before wagtail-modeltranslation adds the page title columns.
    root = Page.objects.filter(depth=1).order_by("path").values_list("pk", flat=True).first()
    if root is None:
        return None
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        wanted = set(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))
        GroupPagePermission.objects.filter(group=group, page_id=root).exclude(permission__in=wanted).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page_id=root, permission=permission)
        # Exactly the documented set: Wagtail's own migrations gave Editors and Moderators more (change and
        # delete any document or image), which adding permissions alone would leave in place.
        group.permissions.set([p for p in (_permission(*spec) for spec in MODEL_PERMISSIONS[name]) if p])
        _set_collection_permissions(group, COLLECTION_PERMISSIONS[name])

    task = _moderator_task(groups["Moderators"])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    # A database set up before the confirmation step has Wagtail's plain group task here: it leaves the
    # workflow (its running reviews finish as they started) and is deactivated without cancelling them.
    replaced = WorkflowTask.objects.filter(workflow=workflow).exclude(task=task)
    Task.objects.filter(pk__in=replaced.values("task_id")).update(active=False)
    replaced.delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page_id=root, defaults={"workflow": workflow})
    for app_label, model in WORKFLOW_SNIPPETS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )
    # Wagtail's own default ("Moderators approval") would otherwise sit unused beside ours.
    Workflow.objects.exclude(pk=workflow.pk).filter(name="Moderators approval", workflow_pages=None).update(
        active=False
    )
    return workflow
