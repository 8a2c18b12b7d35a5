"""Document builders: what each kind of content contributes to the search index, one document per language.

A builder knows one source model: which of its objects are searchable, and the title, URL, countries and text
of each in every language the object really exists in. ``sync_object`` rewrites an object's documents
(called by the freshness signals), ``rebuild`` rewrites them all (``manage.py rebuild_search_documents``).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from modelsearch.backends import get_search_backends_with_name

from core.languages import LANGUAGE_CODES
from core.normalise import index_text
from core.translated import has_translation, localized_column, translated_fields
from search.mentions import country_names_text, mentioned_countries
from search.models import SearchDocument
from services.routing import service_path

# Translated page fields that are not prose.
_NOT_TEXT = {"title", "slug", "url_path", "seo_title"}


@dataclass
class DocumentData:
    language: str
    title: str
    url: str
    body: str
    countries: list = field(default_factory=list)
    hsds_id: str = ""


class DocumentBuilder:
    """Base builder; subclasses name the model (app label, model name) and kind."""

    model_label = ""
    kind = ""

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def source(self, obj):
        return f"{self.model_label.lower()}:{obj.pk}"

    def queryset(self):
        return self.model._default_manager.all()

    def is_searchable(self, obj):
        return True

    def documents(self, obj):
        raise NotImplementedError


def _languages():
    return list(LANGUAGE_CODES)


def _translated_fields(model):
    return translated_fields(model, include_non_text=True)


def _text_of(obj, field_name):
    """Plain text of a field (StreamField blocks flattened, HTML removed)."""
    value = getattr(obj, field_name, None)
    if not value:
        return ""
    model_field = obj._meta.get_field(field_name)
    if hasattr(model_field, "stream_block"):
        return " ".join(strip_tags(str(part)) for part in model_field.get_searchable_content(value))
    return strip_tags(str(value))


class PageBuilder(DocumentBuilder):
    """A Wagtail page in every language it has its own title in (English always)."""

    def queryset(self):
        return self.model._default_manager.live().public().specific()

    def is_searchable(self, obj):
        return obj.live and not obj.get_view_restrictions().exists()

    def countries_of(self, page):
        return []

    def documents(self, page):
        fields = [name for name in _translated_fields(type(page)) if name not in _NOT_TEXT]
        docs = []
        for language in _languages():
            if language != settings.LANGUAGE_CODE and not has_translation(page, "title", language):
                continue
            parts = [_text_of(page, localized_column(name, language)) for name in fields]
            with translation.override(language):
                url = page.get_url() or ""
            title = getattr(page, localized_column("title", language), None) or page.title
            docs.append(
                DocumentData(
                    language=language,
                    title=title,
                    url=url,
                    body=" ".join(part for part in parts if part),
                    countries=self.countries_of(page),
                )
            )
        return docs


class CountryGuideBuilder(PageBuilder):
    model_label = "countries.CountryGuidePage"
    kind = "guide"

    def countries_of(self, page):
        return [page.iso_code]


class CorridorGuideBuilder(PageBuilder):
    model_label = "countries.CorridorGuidePage"
    kind = "corridor"

    def countries_of(self, page):
        return [page.origin_iso, page.destination_iso]


class PolicyBuilder(PageBuilder):
    model_label = "policies.PolicyPage"
    kind = "policy"

    def countries_of(self, page):
        return list(page.country_codes)


class ServiceBuilder(DocumentBuilder):
    """An HSDS service in every language its name is given in."""

    model_label = "services.Service"
    kind = "service"
    text_fields = ["description", "eligibility_description", "application_process", "alternate_name"]

    def queryset(self):
        return (
            self.model._default_manager.filter(status="active", live=True)
            .select_related("organization")
            .prefetch_related("at_locations__location", "terms")
        )

    def is_searchable(self, obj):
        return obj.status == "active" and obj.live

    def url_of(self, service, language):
        return service_path(service.hsds_id, language)

    def documents(self, service):
        countries = sorted(
            {link.location.country for link in service.at_locations.all() if link.location.country}
        )
        languages = [code for code in _languages() if has_translation(service, "name", code)]
        if not languages:
            languages = [settings.LANGUAGE_CODE]
        docs = []
        for language in languages:
            with translation.override(language):
                # modeltranslation resolves plain attribute names in the active language.
                parts = [getattr(service, name, "") or "" for name in self.text_fields]
                parts.append(getattr(service.organization, "name", "") or "")
                parts.extend(term.name or "" for term in service.terms.all())
                title = service.name or service.alternate_name
            docs.append(
                DocumentData(
                    language=language,
                    title=title,
                    url=self.url_of(service, language),
                    body=" ".join(part for part in parts if part),
                    countries=countries,
                    hsds_id=service.hsds_id,
                )
            )
        return docs


BUILDERS = [CountryGuideBuilder(), CorridorGuideBuilder(), PolicyBuilder(), ServiceBuilder()]


def builders():
    """The builders whose model exists in this installation."""
    return [builder for builder in BUILDERS if builder.model is not None]


def builder_for(obj):
    for builder in builders():
        if isinstance(obj, builder.model):
            return builder
    return None


def make_document(builder, source, data):
    """An unsaved SearchDocument with its normalised terms.

    Beside the text, the names (English and the document's language) of the countries the document is
    about or mentions are indexed, so country names find documents across languages.
    """
    codes = {code.upper() for code in data.countries if code} | mentioned_countries(data.body, data.language)
    return SearchDocument(
        source=source,
        kind=builder.kind,
        language=data.language,
        title=data.title[:500],
        url=data.url[:500],
        countries=" ".join(code.upper() for code in data.countries if code)[:200],
        hsds_id=data.hsds_id,
        body=data.body,
        title_terms=index_text(data.title),
        text_terms=index_text(f"{data.body} {country_names_text(codes, data.language)}"),
    )


def replace_documents(source, documents):
    """Swap the stored documents of one source for these; Wagtail's save/delete signals update the engine."""
    with transaction.atomic():
        existing = {doc.language: doc for doc in SearchDocument.objects.filter(source=source)}
        for doc in documents:
            old = existing.pop(doc.language, None)
            if old is not None:
                doc.pk = old.pk
            doc.save()
        for stale in existing.values():
            stale.delete()


def sync_object(obj):
    """Bring an object's documents up to date (none if it is not searchable any more)."""
    builder = builder_for(obj)
    if builder is None:
        return
    source = builder.source(obj)
    docs = []
    if builder.is_searchable(obj):
        docs = [make_document(builder, source, data) for data in builder.documents(obj)]
    replace_documents(source, docs)


def sync_objects(objects, chunk_size=500):
    """``sync_object`` for many objects at once (an import): bulk writes and one engine call per chunk.

    Saving documents one by one costs a transaction and an engine round trip each (and, on SQLite, a pass
    over the whole index to refresh its title norms): 30 ms a service, minutes for a large import.
    """
    fresh, sources = [], []
    for obj in objects:
        builder = builder_for(obj)
        if builder is None:
            continue
        source = builder.source(obj)
        sources.append(source)
        if builder.is_searchable(obj):
            fresh.extend(make_document(builder, source, data) for data in builder.documents(obj))
    if not sources:
        return
    kept = {(doc.source, doc.language) for doc in fresh}
    written = []
    with transaction.atomic():
        stale = []
        for start in range(0, len(sources), chunk_size):
            rows = SearchDocument.objects.filter(source__in=sources[start : start + chunk_size])
            stale.extend(
                pk for pk, *key in rows.values_list("pk", "source", "language") if tuple(key) not in kept
            )
        if stale:
            # Through the ORM, so the engines' delete signals drop their entries too.
            SearchDocument.objects.filter(pk__in=stale).delete()
        SearchDocument.objects.bulk_create(
            fresh,
            batch_size=chunk_size,
            update_conflicts=True,
            unique_fields=["source", "language"],
            update_fields=[f.attname for f in SearchDocument._meta.concrete_fields if not f.primary_key],
        )
        for start in range(0, len(sources), chunk_size):
            written.extend(SearchDocument.objects.filter(source__in=sources[start : start + chunk_size]))
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        index = backend.get_index_for_model(SearchDocument)
        for start in range(0, len(written), chunk_size):
            index.add_items(SearchDocument, written[start : start + chunk_size])


def remove_object(obj):
    builder = builder_for(obj)
    if builder is not None:
        replace_documents(builder.source(obj), [])


REBUILD_CHUNK = 500  # objects read (and their relations prefetched) at a time by a rebuild


def rebuild_documents():
    """Rewrite every document row from the source models (not the engine); returns how many."""
    documents = []
    for builder in builders():
        # In chunks: one prefetch over every service (10,000 ids in one IN list) is more than SQLite takes.
        for obj in builder.queryset().iterator(chunk_size=REBUILD_CHUNK):
            source = builder.source(obj)
            documents.extend(make_document(builder, source, data) for data in builder.documents(obj))
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchDocument.objects.bulk_create(documents, batch_size=500)
    return len(documents)


def reindex_documents(chunk_size=1000):
    """Put every SearchDocument row into every search backend, dropping entries of deleted rows."""
    for _name, backend in get_search_backends_with_name():
        index = backend.get_index_for_model(SearchDocument)
        if hasattr(index, "delete_stale_model_entries"):
            # Database backends share one index with the pages: only touch our model's entries.
            index.delete_stale_model_entries(SearchDocument)
            rebuilder = None
        else:
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            index.add_model(SearchDocument)
        queryset = SearchDocument.objects.order_by("pk")
        last_pk = 0
        while True:
            chunk = list(queryset.filter(pk__gt=last_pk)[:chunk_size])
            if not chunk:
                break
            index.add_items(SearchDocument, chunk)
            last_pk = chunk[-1].pk
        if rebuilder is not None:
            rebuilder.finish()


def rebuild():
    """Rebuild the documents and their index entries; returns the number of documents."""
    count = rebuild_documents()
    reindex_documents()
    return count
