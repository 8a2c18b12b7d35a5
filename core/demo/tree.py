"""Idempotent helpers to create or update demo pages by slug, with their translations."""

from django.db import transaction

from wagtail.models import Page, Site

from core.translated import localized_column


def set_translations(instance, values):
    """values: {"title": {"en": ..., "vi": ...}, "iso_code": "VN"}; a dict is per language, anything else plain."""
    for field, value in values.items():
        if isinstance(value, dict):
            for language, text in value.items():
                # modeltranslation's own names: "title_zh_hans", and "title_ind" for Indonesian ("id").
                setattr(instance, localized_column(field, language), text)
        else:
            setattr(instance, field, value)


def upsert_child(parent, model, slug, values, publish=True):
    """Create the child page with this slug under parent, or update it; publish a new revision if asked."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if not isinstance(page, model):
            raise TypeError(f"{existing.url_path} is a {type(page).__name__}, expected {model.__name__}")
        set_translations(page, values)
        page.save_revision().publish() if publish else page.save()
        return page
    page = model(slug=slug)
    set_translations(page, values)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


@transaction.atomic
def ensure_home(model, values):
    """The site's home page: replace Wagtail's placeholder 'Welcome' page on the first run."""
    root = Page.get_first_root_node()
    home = model.objects.first()
    if home is None:
        # Wagtail's own placeholder ("Welcome to your new Wagtail site!") holds the slug "home".
        for placeholder in root.get_children().filter(slug="home", content_type__model="page"):
            Site.objects.filter(root_page=placeholder).update(root_page=root)
            placeholder.delete()
        home = model(slug="home")
        set_translations(home, values)
        root.add_child(instance=home)
    else:
        set_translations(home, values)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Portal"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home
