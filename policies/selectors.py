"""Bounded queries for policies: the faceted index, a page's history, latest updates, policies per country."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Prefetch
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import content_cache
from core.names import country_name, is_known_country
from core.pagination import paginate
from core.translated import localized_column, stream_columns
from policies.models import (
    POLICY_STATUSES,
    POLICY_TYPES,
    GCMObjective,
    PolicyCountry,
    PolicyPage,
    PolicyUpdate,
)
from policies.params import DEFAULT_SORT, PolicyIndexParams

PAGE_SIZE = 20
# Undated policies go last in both directions, on SQLite and PostgreSQL alike (their NULL orders differ).
SORTS = {
    "newest": (F("date_adopted").desc(nulls_last=True), "title"),
    "oldest": (F("date_adopted").asc(nulls_last=True), "title"),
    "title": ("title",),
    "updated": ("-last_published_at",),
}
FACETS = ("country", "type", "status", "objective", "year")


def live_policies():
    return PolicyPage.objects.live().public()


def _with_list_data(queryset):
    """What a list of policies shows: countries and objectives in two extra queries, not one per policy, and
    no text (the body in every language, whose parsing would cost most of reading the list)."""
    return queryset.defer(*stream_columns(PolicyPage)).prefetch_related(
        "countries", Prefetch("gcm_objectives", queryset=GCMObjective.objects.order_by("number"))
    )


@dataclass
class PolicyFilters:
    """Validated filters read from query parameters; `notices` says what was ignored and why."""

    country: list = field(default_factory=list)
    type: list = field(default_factory=list)
    status: list = field(default_factory=list)
    objective: list = field(default_factory=list)
    year: list = field(default_factory=list)
    sort: str = DEFAULT_SORT
    notices: list = field(default_factory=list)

    def is_active(self):
        return any(getattr(self, name) for name in FACETS)

    def key(self):
        """The chosen values, in a fixed order: what the listing depends on, to keep it in the content cache."""
        return tuple((name, tuple(sorted(getattr(self, name)))) for name in FACETS)

    def active_count(self):
        """How many facet values are chosen (shown as "Filters (n)")."""
        return sum(len(getattr(self, name)) for name in FACETS)


def parse_filters(params):
    """Read the facets from a QueryDict (`PolicyIndexParams`, lenient); never raises: anything unknown or
    malformed becomes a notice."""
    values, notices = PolicyIndexParams(params).lenient()
    return PolicyFilters(
        **{facet: values.get(facet) or [] for facet in FACETS},
        sort=values.get("sort") or DEFAULT_SORT,
        notices=notices,
    )


def _apply(queryset, filters, skip=None):
    if filters.country and skip != "country":
        queryset = queryset.filter(
            pk__in=PolicyCountry.objects.filter(iso_code__in=filters.country).values("page_id")
        )
    if filters.type and skip != "type":
        queryset = queryset.filter(policy_type__in=filters.type)
    if filters.status and skip != "status":
        queryset = queryset.filter(status__in=filters.status)
    if filters.objective and skip != "objective":
        queryset = queryset.filter(
            pk__in=PolicyPage.gcm_objectives.through.objects.filter(
                gcmobjective__number__in=filters.objective
            ).values("policypage_id")
        )
    if filters.year and skip != "year":
        queryset = queryset.filter(date_adopted__year__in=filters.year)
    return queryset


def facet_counts(base, filters):
    """Counts per facet value, each facet counted with the other facets applied (one query per facet)."""
    language = get_language()
    counts = {}
    ids = _apply(base, filters, skip="country").values("pk")
    rows = (
        PolicyCountry.objects.filter(page_id__in=ids)
        .values("iso_code")
        .annotate(n=Count("page_id", distinct=True))
    )
    counts["country"] = sorted(
        (
            {"value": r["iso_code"], "label": country_name(r["iso_code"], language), "count": r["n"]}
            for r in rows
        ),
        key=lambda item: item["label"],
    )
    for facet, column, choices in (
        ("type", "policy_type", POLICY_TYPES),
        ("status", "status", POLICY_STATUSES),
    ):
        rows = dict(
            _apply(base, filters, skip=facet)
            .order_by()
            .values_list(column)
            .annotate(n=Count("pk"))
            .values_list(column, "n")
        )
        # str(label): a lazy translation, kept, unpickles by building a class of its own (0.1 ms each).
        counts[facet] = [
            {"value": key, "label": str(label), "count": rows[key]} for key, label in choices if key in rows
        ]
    ids = _apply(base, filters, skip="objective").values("pk")
    counts["objective"] = [
        {"value": o.number, "label": f"{o.number}. {o.title}", "count": o.n}
        for o in GCMObjective.objects.filter(policies__in=ids)
        .annotate(n=Count("policies", distinct=True))
        .order_by("number")
    ]
    rows = (
        _apply(base, filters, skip="year")
        .exclude(date_adopted=None)
        .annotate(year=ExtractYear("date_adopted"))
        .order_by()
        .values("year")
        .annotate(n=Count("pk"))
    )
    counts["year"] = sorted(
        ({"value": r["year"], "label": str(r["year"]), "count": r["n"]} for r in rows),
        key=lambda item: -item["value"],
    )
    for facet in FACETS:
        chosen = getattr(filters, facet)
        for item in counts[facet]:
            item["selected"] = item["value"] in chosen
    return counts


def policy_listing(index_page, params):
    """Everything the policy index shows for these query parameters: results, facets, notices, feeds."""
    filters = parse_filters(params)

    def base():  # built only when a kept piece is: `.public()` reads the view restrictions as it is called
        return live_policies().descendant_of(index_page)

    page, notices = _results_page(index_page, base, filters, params.get("page"))
    filters.notices.extend(notices)
    facets = content_cache.remember(
        ("policy-facets", get_language(), index_page.pk, filters.key()), lambda: facet_counts(base(), filters)
    )
    query = params.copy()
    query.pop("page", None)
    return {
        "filters": filters,
        "facets": facets,
        "facet_groups": [
            ("country", _("Country"), facets["country"]),
            ("type", _("Type"), facets["type"]),
            ("status", _("Status"), facets["status"]),
            ("objective", _("GCM objective"), facets["objective"]),
            ("year", _("Year adopted"), facets["year"]),
        ],
        "policies": page,
        "paginator": page.paginator,
        "query_without_page": query.urlencode(),
        "sorts": [
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
            ("updated", _("Recently updated")),
        ],
        "feed_url": feed_url_for(filters),
    }


def _results_page(index_page, base, filters, raw_page):
    """(page, notices) of the matching policies (`base()`: the index's live public policies): their ids in order, then the cards of the page shown, each
    kept in the content cache (ids per filters and sort; cards per page of ids)."""
    ids = content_cache.remember(  # per language: titles sort in the active language's column
        ("policy-ids", get_language(), index_page.pk, filters.key(), filters.sort),
        lambda: list(_apply(base(), filters).order_by(*SORTS[filters.sort]).values_list("pk", flat=True)),
    )
    page, notices = paginate(ids, raw_page, PAGE_SIZE)
    page.object_list = PolicyCards(list(page.object_list))
    return page, notices


class PolicyCards(Sequence):
    """The policies of one page of results, in the order of `ids`, read (kept in the content cache per page of
    ids) only when something shows them: not when the page's rendered list is kept (policies/index_fragments)."""

    def __init__(self, ids):
        self.ids = ids
        self._cards = None

    def _load(self):
        if self._cards is None:
            self._cards = content_cache.remember(("policy-cards", *self.ids), self._build) if self.ids else []
        return self._cards

    def _build(self):
        by_id = {policy.pk: policy for policy in _with_list_data(PolicyPage.objects.filter(pk__in=self.ids))}
        return [by_id[pk] for pk in self.ids if pk in by_id]

    def __getitem__(self, index):
        return self._load()[index]

    def __len__(self):
        return len(self._load())


def feed_url_for(filters):
    """The most specific Atom feed matching the filters: a single country, objective or type, else site-wide."""
    from django.urls import reverse

    if len(filters.country) == 1 and not filters.objective and not filters.type:
        return reverse("policies:feed_country", args=[filters.country[0]])
    if len(filters.objective) == 1 and not filters.country and not filters.type:
        return reverse("policies:feed_objective", args=[filters.objective[0]])
    if len(filters.type) == 1 and not filters.country and not filters.objective:
        return reverse("policies:feed_type", args=[filters.type[0]])
    return reverse("policies:feed")


def policy_history(page):
    """The page's dated public changes, newest first."""
    return list(PolicyUpdate.objects.filter(page_id=page.pk).order_by("-date", "-pk"))


def policy_page_details(page, preview=False):
    """What a policy page shows beside its fields: its history, countries and objectives, and its feeds."""
    from django.urls import reverse

    language = get_language()

    def build():
        countries = [
            {
                "code": code,
                "name": country_name(code, language),
                "feed_url": reverse("policies:feed_country", args=[code]),
            }
            for code in page.countries.values_list("iso_code", flat=True)
        ]
        return {
            "history": policy_history(page),
            "policy_countries": countries,
            "objectives": list(page.gcm_objectives.order_by("number")),
            "topics": list(page.topics.all()),
        }

    if preview:  # a draft's own countries, objectives and topics, never the live page's kept ones
        return build()
    return content_cache.remember(("policy-details", language, page.pk), build)


def public_updates():
    """Updates of live, public policies, with their page (one join), newest first."""
    live_ids = live_policies().values("pk")
    return PolicyUpdate.objects.filter(page_id__in=live_ids).select_related("page").order_by("-date", "-pk")


def updates_for(country=None, objective=None, policy_type=None):
    updates = public_updates()
    if country:
        updates = updates.filter(page__countries__iso_code=country)
    if objective:
        updates = updates.filter(page__gcm_objectives__number=objective)
    if policy_type:
        updates = updates.filter(page__policy_type=policy_type)
    return updates.distinct()


def latest_updates(limit=5, language=None):
    """The newest public policy updates, for the home page: each has .date, .url, .title and .note.

    With a language other than the default, only updates whose note is written in it: the home page shows
    no English note to a Burmese reader. Untranslated notes stay on each policy's own page.
    """
    updates = public_updates()
    if language and language != settings.LANGUAGE_CODE:
        field = localized_column("note", language)
        updates = updates.exclude(**{f"{field}__isnull": True}).exclude(**{field: ""})
    return list(updates[:limit])


def policies_for_countries(iso_codes):
    """Live policies relevant to any of these countries, with what a list needs prefetched."""
    codes = sorted({(code or "").upper() for code in iso_codes if is_known_country(code)})
    if not codes:
        return PolicyPage.objects.none()
    ids = PolicyCountry.objects.filter(iso_code__in=codes).values("page_id")
    return _with_list_data(live_policies().filter(pk__in=ids).order_by(*SORTS[DEFAULT_SORT]))
