"""The directory's filters (GET parameters that work without JavaScript) and the values its templates read."""

from urllib.parse import urlencode

from django import forms
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import content_cache
from core.pagination import paginate
from core.params import ParamsForm
from core.ratelimit import check as check_rate_limit

from .items import language_name, service_item, service_items, with_details
from .models import SERVICE_TYPES, TARGET_GROUPS, Language, Service, ServiceAtLocation, TaxonomyTerm
from .routing import directory_path
from .selectors import country_choices, service_type_choices, text_match
from .text import localized
from .widgets import QuickCheckboxInput, QuickSelect, QuickTextInput

__all__ = [
    "DirectoryFilterForm",
    "directory_context",
    "filter_form_html",
    "filter_services",
    "service_item",
    "with_details",
]

PER_PAGE = 20


class DirectoryFilterForm(ParamsForm):
    """The directory's filters, lenient like every listing: a bad value is dropped with a notice, the others
    still apply."""

    known_extra = ("page", "view", "lang")  # lang: the embed's language
    q = forms.CharField(label=_("Search"), required=False, max_length=200, widget=QuickTextInput)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=QuickSelect)
    city = forms.CharField(label=_("City"), required=False, max_length=120, widget=QuickTextInput)
    type = forms.ChoiceField(label=_("Type of help"), required=False, widget=QuickSelect)
    language = forms.ChoiceField(label=_("Language spoken"), required=False, widget=QuickSelect)
    group = forms.ChoiceField(label=_("For"), required=False, widget=QuickSelect)
    free = forms.BooleanField(label=_("Free services only"), required=False, widget=QuickCheckboxInput)

    def __init__(self, data, language):
        super().__init__(data)
        self.language = language
        anyone = [("", _("Any"))]
        for name, choices in filter_choices(language).items():
            self.fields[name].choices = anyone + choices


def filter_choices(language):
    """The options of the filters that list what the services have (countries, types, groups, languages),
    named in the language: kept under the content generation (four queries when not kept)."""

    def build():
        groups = TaxonomyTerm.objects.filter(taxonomy__name=TARGET_GROUPS).order_by("sort_order")
        codes = sorted(Language.objects.order_by().values_list("code", flat=True).distinct())
        return {
            "country": country_choices(language),
            "type": service_type_choices(language),
            "group": [(t.code, localized(t, "name", language)) for t in groups],
            "language": [(c, language_name(c)) for c in codes],
        }

    return content_cache.remember(("services:filter-choices", language), build)


class KeptIds:
    """The ids of the services a filter combination lists, as the paginator reads them: their number and
    each page's slice kept under the content generation, so a page of the directory costs no query for
    them however many services there are. A text query (a visitor's own words) is never kept."""

    def __init__(self, queryset, parts):
        self.queryset, self.parts = queryset, parts

    def count(self):
        return content_cache.remember((*self.parts, "count"), self.queryset.count)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        return content_cache.remember(
            (*self.parts, index.start, index.stop), lambda: list(self.queryset[index])
        )


def listed_ids(filters, language):
    """The ids of the services the cleaned filters list, in the list's order (by name in the language)."""
    ids = filter_services(filters, language).values_list("pk", flat=True)
    if filters.get("q"):
        return ids
    active = sorted((name, str(value)) for name, value in filters.items() if value not in ("", None, False))
    return KeptIds(ids, ("services:ids", language, *(f"{name}={value}" for name, value in active)))


def filter_services(filters, language):
    """Active services matching the cleaned filters of DirectoryFilterForm.

    Filters on related rows are ``pk IN (subquery)``, never joins: a join needs DISTINCT, and a DISTINCT
    over every translated column of 10,000 services was most of the directory's time.
    """
    queryset = Service.objects.filter(status="active", live=True)
    places = ServiceAtLocation.objects.all()
    if filters.get("country"):
        places = places.filter(location__country=filters["country"])
    if filters.get("city"):
        places = places.filter(location__city__iexact=filters["city"])
    if filters.get("country") or filters.get("city"):
        queryset = queryset.filter(pk__in=places.values("service_id"))
    terms = Service.terms.through.objects
    if filters.get("type"):
        queryset = queryset.filter(
            pk__in=terms.filter(
                taxonomyterm__code=filters["type"], taxonomyterm__taxonomy__name=SERVICE_TYPES
            ).values("service_id")
        )
    if filters.get("group"):
        queryset = queryset.filter(
            pk__in=terms.filter(
                taxonomyterm__code=filters["group"], taxonomyterm__taxonomy__name=TARGET_GROUPS
            ).values("service_id")
        )
    if filters.get("language"):
        queryset = queryset.filter(
            pk__in=Language.objects.filter(code=filters["language"]).values("service_id")
        )
    if filters.get("free"):
        queryset = queryset.filter(is_free=True)
    if filters.get("q"):
        queryset = queryset.filter(text_match(filters["q"], language))
    return queryset.order_by("name", "pk")


def directory_context(request, page=None, per_page=PER_PAGE):
    """Filters, one page of prepared results, and the map and embed settings for the current filters."""
    language = get_language()
    if request.GET.get("q", "").strip():
        # A text query costs what a search costs (the page and the embed), and is limited like one.
        check_rate_limit(request, "search")
    form = DirectoryFilterForm(request.GET or None, language)
    filters, notices = form.lenient() if form.is_bound else ({}, [])
    # Page through ids only; the twenty services of the page are then read with everything they show.
    results, page_notices = paginate(listed_ids(filters, language), request.GET.get("page"), per_page)
    items = service_items(list(results.object_list), language, directory_path(language))
    active = {k: v for k, v in (filters or {}).items() if v not in ("", None, False)}
    map_params = {"lang": language, **{k: active[k] for k in ("country", "type") if k in active}}
    if "q" in active:
        map_params["q"] = active["q"]
    query_without_page = urlencode({k: ("true" if v is True else v) for k, v in active.items()})
    return {
        "filter_form": form,
        "notices": notices + page_notices,
        "results": results,
        "items": items,
        "view": "map" if request.GET.get("view") == "map" else "list",
        "filters_query": query_without_page,
        "active_filter_count": len(active),
        "geojson_params": urlencode(map_params),
        "embed_query": urlencode(
            {"lang": language, **{k: active[k] for k in ("country", "type") if k in active}}
        ),
        **_embed_panel(request, language, active),
    }


def _embed_panel(request, language, active):
    """The "Embed this map" panel: the same code as the open data page's builder, and a link to it."""
    from .models import OpenDataPage
    from .open_data import EMBED_HEIGHTS, embed_code

    query = urlencode({"lang": language, **{k: active[k] for k in ("country", "type") if k in active}})
    src = request.build_absolute_uri(f"{reverse('services_embed')}?{query}")
    origin = request.build_absolute_uri("/").rstrip("/")

    def open_data_url():
        page = OpenDataPage.objects.live().public().first()
        return page.get_url(request) if page else ""

    return {
        "embed_code": embed_code(src, EMBED_HEIGHTS[2], str(_("Support services for migrants")), origin),
        # Kept per site and language (get_url is relative to the request's site).
        "open_data_url": content_cache.remember(
            ("services:open-data-url", request.get_host(), language), open_data_url
        ),
    }


def filter_form_html(request, context):
    """The directory's filter form (services/includes/filters.html) as HTML, kept per language and site for
    each valid choice of its lists and checkbox (core.content_cache.remember_html): Django renders a form
    field by field. Rendered afresh, and never kept, when it would show anything the visitor typed (a text
    query, a city, anything ignored) or the request is not on the directory's own path (the form's action)."""
    form = context["filter_form"]

    def render():
        return render_to_string("services/includes/filters.html", {**context, "request": request})

    if context["notices"] or form.errors or request.path != directory_path():
        return render()
    shown = []
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            value = field.widget.check_test(value)  # as the box is drawn: checked or not
        elif isinstance(field, forms.CharField):
            if value not in (None, ""):
                return render()  # the visitor's own words
        shown.append((name, value))
    return content_cache.remember_html(
        request, ("directory-filters", form.is_bound, context["view"], tuple(shown)), render
    )
