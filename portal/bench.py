"""Attach many policies and services to a country: for `make bench-countries` and for the query-count tests,
which must use the same setup. In the project layer, since it fills pages of several apps."""

import datetime

from django.test.utils import override_settings


def attach_policies(iso_code, count, home):
    """Publish `count` policies about the country under the policy index (created under home if missing)."""
    from policies.models import PolicyCountry, PolicyIndexPage, PolicyPage

    index = PolicyIndexPage.objects.first()
    if index is None:
        index = PolicyIndexPage(title="Laws and policies", slug="policies")
        home.add_child(instance=index)
        index.save_revision().publish()
    existing = PolicyPage.objects.filter(slug__startswith=f"bench-{iso_code.lower()}-").count()
    for number in range(existing, existing + count):
        page = PolicyPage(
            title=f"Benchmark policy {number} ({iso_code})",
            slug=f"bench-{iso_code.lower()}-{number}",
            policy_type="law",
            status="in_force",
            date_adopted=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            change_note="Benchmark.",
        )
        page.countries = [PolicyCountry(iso_code=iso_code)]
        index.add_child(instance=page)
        page.save_revision().publish()


def attach_services(iso_code, count, offset=0):
    """Import `count` active HSDS services located in the country."""
    from services.importers import import_services
    from tests.services.factories import hsds_service

    import_services(
        [
            hsds_service(f"bench-{iso_code}-{number}", name=f"Benchmark service {number}", country=iso_code)
            for number in range(offset, offset + count)
        ]
    )


# --- make bench-scale: the demo grown to issue 15's size, in a throwaway benchmark database only.

# Every generated text says what it is: nothing here is a fact about a real service, law or place.
GENERATED = "Generated benchmark data, not a real {what}"
SCALE_SERVICES = 10_000
SCALE_POLICIES = 500
# What a generated service of each type is about: the words a visitor searches for spread as in a real
# directory (only the documentation services mention visas).
KIND_TOPICS = {
    "counselling": "counselling and support after a difficult stay abroad",
    "health": "health care, medical check-ups and health insurance",
    "shelter": "temporary shelter and safe accommodation",
    "legal-aid": "legal advice on contracts, wages and complaints",
    "hotline": "answers by telephone and chat",
    "reintegration": "reintegration and finding work after return",
    "employment": "job matching and recruitment agency checks",
    "documentation": "passports, visa applications and work permit papers",
    "financial": "remittances, savings and debt advice",
    "education": "language classes and pre-departure training",
}


def _bench_countries():
    """(iso code, latitude, longitude) of the demo's country guides that the generated services can sit in:
    the service generator's cities, so the guides' lists, the directory's filters and search all see them."""
    from countries.models import CountryGuidePage
    from services.demo.generate import CITIES

    guides = set(CountryGuidePage.objects.live().values_list("iso_code", flat=True))
    places = [(code, lat, lng) for code, _city, lat, lng in CITIES if code in guides]
    return places or [(code, lat, lng) for code, _city, lat, lng in CITIES]


def _generated_service(number, country, lat, lng, kind):
    from services.demo.generate import hsds_service

    text = GENERATED.format(what="service")
    record = hsds_service(
        f"bench-scale-{number}",
        name=f"Benchmark service {number} ({country})",
        country=country,
        city=f"Benchmark city {country}",
        lat=lat,
        lng=lng,
        kind=kind,
        description=f"{text}. It stands for a service offering {KIND_TOPICS.get(kind, kind)} ({number}).",
        phone=None,
    )
    record["organization"]["name"] = f"Benchmark organisation {number % 400}"
    record["organization"]["description"] = text
    record["eligibility_description"] = text
    record["schedules"][0]["notes"] = text
    record["service_at_locations"][0]["location"]["addresses"][0]["address_1"] = text
    return record


def grow_services(total=SCALE_SERVICES):
    """Import generated services until there are `total`, spread over the demo's countries and service
    types (within about 20 km of a city the generator knows); returns how many were added."""
    from services.demo.generate import KINDS
    from services.importers import import_services
    from services.models import Service

    places = _bench_countries()
    missing = total - Service.objects.count()
    records = []
    for number in range(max(missing, 0)):
        country, lat, lng = places[number % len(places)]
        jitter = ((number * 7919) % 400 - 200) / 1000
        records.append(
            _generated_service(
                number, country, round(lat + jitter, 6), round(lng - jitter, 6), KINDS[number % len(KINDS)]
            )
        )
    # The HSDS download is not part of any page measured: each import would rebuild it for every service in
    # 17 languages (five rebuilds, more than 20 minutes at 10,000 services), so the throwaway copy keeps the
    # demo's.
    with override_settings(HSDS_DOWNLOAD_AFTER_IMPORT=False):
        for start in range(0, len(records), 2000):
            import_services(records[start : start + 2000], language="en")
    return len(records)


def _generated_body(number):
    text = GENERATED.format(what="policy")
    subject = "visa and work permit rules" if number % 4 == 0 else "recruitment, contract and wage rules"
    return [
        {"type": "heading", "value": f"Benchmark section {number}"},
        {
            "type": "paragraph",
            "value": f"<p>{text}. It stands for a text on {subject} and complaint procedures, of the "
            "length a real summary has, so that pages listing, showing and searching policies carry "
            "realistic text.</p>",
        },
        {"type": "paragraph", "value": f"<p>{text}: a second paragraph of generated text ({number}).</p>"},
    ]


def grow_policies(total=SCALE_POLICIES):
    """Publish generated policies under the policy index until there are `total`, each about one or two of
    the demo's countries, with the demo's topics and objectives in turn (English; `fill_translations` adds
    the other languages)."""
    import datetime

    from policies.models import GCMObjective, PolicyCountry, PolicyIndexPage, PolicyPage, PolicyPageTag
    from policies.models.pages import POLICY_STATUSES, POLICY_TYPES

    index = PolicyIndexPage.objects.first()
    countries = [code for code, _lat, _lng in _bench_countries()]
    topics = sorted(set(PolicyPageTag.objects.values_list("tag__name", flat=True))) or ["benchmark"]
    objectives = list(GCMObjective.objects.order_by("number"))
    added = 0
    for number in range(PolicyPage.objects.count(), total):
        page = PolicyPage(
            title=f"Benchmark policy {number}",
            slug=f"bench-scale-policy-{number}",
            summary=f"{GENERATED.format(what='policy')}.",
            issuing_body="Benchmark issuing body",
            body=_generated_body(number),
            change_note="",
            policy_type=POLICY_TYPES[number % len(POLICY_TYPES)][0],
            status=POLICY_STATUSES[number % len(POLICY_STATUSES)][0],
            date_adopted=datetime.date(2000, 1, 1) + datetime.timedelta(days=number * 13),
        )
        codes = dict.fromkeys([countries[number % len(countries)], countries[(number * 5) % len(countries)]])
        page.countries = [PolicyCountry(iso_code=code, sort_order=n) for n, code in enumerate(codes)]
        if objectives:
            page.gcm_objectives = [
                objectives[number % len(objectives)],
                objectives[(number * 7) % len(objectives)],
            ]
        page.topics.set([topics[number % len(topics)], topics[(number * 3) % len(topics)]])
        index.add_child(instance=page)
        page.save_revision().publish()
        added += 1
    return added


# Languages written in Latin script get the English words (as loanwords like "visa" often are); the others a
# pseudo-translation in their own script, letter for letter, so an English query does not match them (as it
# would not match a real translation) while the text keeps its length.
_SCRIPT_LETTERS = {
    "ko": [0xAC00 + 400 * n for n in range(26)],
    "ja": list(range(0x3042, 0x305C)),
    "zh-hans": [0x4E00 + 7 * n for n in range(26)],
    "zh-hant": [0x4E01 + 7 * n for n in range(26)],
    "th": list(range(0x0E01, 0x0E1B)),
    "km": list(range(0x1780, 0x179A)),
    "lo": [*range(0x0E8C, 0x0EA4), 0x0EA5, 0x0EA7],
    "my": list(range(0x1000, 0x101A)),
    "ne": list(range(0x0915, 0x092F)),
    "bn": [*range(0x0995, 0x09A9), *range(0x09AA, 0x09B0)],
    "si": [*range(0x0D9A, 0x0DB2), *range(0x0DB3, 0x0DB5)],
    "ur": [*range(0x0628, 0x063B), *range(0x0641, 0x0648)],
}


def _letter_table(code):
    letters = _SCRIPT_LETTERS.get(code)
    if not letters:
        return None
    table = {ord("a") + n: chr(point) for n, point in enumerate(letters)}
    table.update({ord("A") + n: chr(point) for n, point in enumerate(letters)})
    return table


def _pseudo(text, code, table, html=False):
    """The text marked "[code] ", in the language's script when it has its own (outside HTML tags)."""
    import re

    if table is not None:
        if html:
            text = "".join(
                part if part.startswith(("<", "&")) else part.translate(table)
                for part in re.split(r"(<[^>]*>|&[#a-zA-Z0-9]+;)", text)
            )
        else:
            text = text.translate(table)
    if html and text.startswith("<p>"):
        return f"<p>[{code}] {text[3:]}"
    return f"[{code}] {text}"


def _pseudo_stream(blocks, code, table):
    filled = []
    for block in blocks:
        value = block.get("value")
        if block.get("type") in ("paragraph", "heading") and isinstance(value, str):
            value = _pseudo(value, code, table, html=block["type"] == "paragraph")
        filled.append({"type": block["type"], "value": value})
    if filled and filled[0].get("type") != "paragraph":
        filled.insert(0, {"type": "paragraph", "value": f"<p>[{code}] Generated benchmark translation.</p>"})
    return filled


def fill_translations(languages=None):
    """Fill every empty translated column of every row from its English text, in every language, marked
    "[xx]" (see _SCRIPT_LETTERS), so pages, lists and search carry 17 languages of text; returns how many
    values were written. Slugs and URL paths stay as they are (the pages keep their addresses)."""
    import json

    from django.db import connection

    from modeltranslation.translator import translator
    from wagtail.fields import StreamField

    from core.languages import LANGUAGE_CODES
    from core.translated import NOT_TEXT, localized_column

    languages = [code for code in (languages or LANGUAGE_CODES) if code != "en"]
    tables = {code: _letter_table(code) for code in languages}
    quote = connection.ops.quote_name
    written = 0
    for model in translator.get_registered_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        options = translator.get_options_for_model(model)
        for name in sorted(options.local_fields):
            if name in NOT_TEXT:
                continue
            english = model._meta.get_field(localized_column(name, "en"))
            stream = isinstance(english, StreamField)
            html = not stream and "RichText" in type(english).__name__
            table = quote(english.model._meta.db_table)
            pk = quote(english.model._meta.pk.column)
            columns = [
                english.model._meta.get_field(localized_column(name, code)).column for code in languages
            ]
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {pk}, {quote(english.column)}, {', '.join(map(quote, columns))} FROM {table}"  # noqa: S608
                )
                rows = cursor.fetchall()
            updates = []
            for row_pk, source, *targets in rows:
                if source in (None, "", "[]"):
                    continue
                blocks = json.loads(source) if stream else None
                for code, column, target in zip(languages, columns, targets, strict=True):
                    if target not in (None, "", "[]"):
                        continue
                    if stream:
                        value = json.dumps(_pseudo_stream(blocks, code, tables[code]))
                    else:
                        value = _pseudo(source, code, tables[code], html=html)
                        if getattr(english, "max_length", None):
                            value = value[: english.max_length]
                    updates.append((column, value, row_pk))
            by_column = {}
            for column, value, row_pk in updates:
                by_column.setdefault(column, []).append((value, row_pk))
            with connection.cursor() as cursor:
                for column, params in by_column.items():
                    cursor.executemany(f"UPDATE {table} SET {quote(column)} = %s WHERE {pk} = %s", params)  # noqa: S608
            written += len(updates)
    return written


def grow_for_scale_bench(services=SCALE_SERVICES, policies=SCALE_POLICIES):
    """The demo grown for `make bench-scale`; returns {what: how many added or written}."""
    from search.documents import rebuild

    grown = {
        "services": grow_services(services),
        "policies": grow_policies(policies),
        "translated values": fill_translations(),
    }
    grown["search documents"] = rebuild()
    return grown
