"""CSV import and export of indicator values, validated as a whole file: one bad row and nothing is written.

Columns (the export writes them all, with the source in every row; the import needs the ones marked *):
indicator*, indicator_name, unit, iso_code*, country, year*, value*, value_female, value_male,
source_name*, source_edition, source_url, licence, note, caveat (the source's "type of data" code). iso_code
may also be one of the UN's world and regional totals (900 world, 935 Asia, 909 Oceania).
"""

import csv
import io
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from core.names import country_name, is_aggregate, is_known_country
from core.numbers import parse_whole_number
from core.spreadsheets import neutralise
from countries.models import Indicator, IndicatorValue

COLUMNS = [
    "indicator",
    "indicator_name",
    "unit",
    "iso_code",
    "country",
    "year",
    "value",
    "value_female",
    "value_male",
    "source_name",
    "source_edition",
    "source_url",
    "licence",
    "note",
    "caveat",
]
REQUIRED = ["indicator", "iso_code", "year", "value", "source_name"]
MAX_BYTES = 5 * 1024 * 1024


class CsvRowError:
    def __init__(self, row, field, message):
        self.row, self.field, self.message = row, field, message

    def __str__(self):
        return _("Row %(row)s, field “%(field)s”: %(message)s") % {
            "row": self.row,
            "field": self.field,
            "message": self.message,
        }


def export_rows(queryset=None):
    """Rows for the CSV export, English names, one row per value with its source."""
    values = (queryset if queryset is not None else IndicatorValue.objects.all()).select_related("indicator")
    for value in values.order_by("indicator__sort_order", "indicator__code", "iso_code", "year"):
        yield [
            value.indicator.code,
            value.indicator.name_en or value.indicator.name,
            value.indicator.unit,
            value.iso_code,
            country_name(value.iso_code, "en"),
            value.year,
            _plain(value.value),
            _plain(value.value_female),
            _plain(value.value_male),
            value.source_name,
            value.source_edition,
            value.source_url,
            value.licence,
            value.note,
            value.caveat,
        ]


NUMBER_COLUMNS = {"year", "value", "value_female", "value_male"}


def write_csv(stream, queryset=None):
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for row in export_rows(queryset):
        # Text cells only: the numbers (year, values) stay numbers even when negative.
        writer.writerow(
            [
                cell if column in NUMBER_COLUMNS else neutralise(cell)
                for column, cell in zip(COLUMNS, row, strict=True)
            ]
        )


def _plain(number):
    if number is None:
        return ""
    return format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))


def _decimal(text, row, field, errors, required=False):
    text = (text or "").strip().replace(",", "")
    if not text:
        if required:
            errors.append(CsvRowError(row, field, _("a value is required.")))
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        errors.append(CsvRowError(row, field, _("“%(text)s” is not a number.") % {"text": text}))
        return None
    if not number.is_finite() or abs(number) >= Decimal("1e16"):
        errors.append(CsvRowError(row, field, _("the number is out of range.")))
        return None
    return number


def parse(text):
    """(list of IndicatorValue-ready dicts, list of CsvRowError). Rows are numbered as in a spreadsheet."""
    errors = []
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        return [], [CsvRowError(1, ", ".join(missing), _("this column is missing from the header."))]
    reader.fieldnames = header
    indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
    url_validator = URLValidator(schemes=["http", "https"])
    parsed, seen = [], {}
    for row_number, raw in enumerate(reader, start=2):
        row = {key: (value or "").strip() for key, value in raw.items() if key}
        indicator = indicators.get(row.get("indicator", ""))
        if indicator is None:
            errors.append(CsvRowError(row_number, "indicator", _("no indicator has this code.")))
        iso = row.get("iso_code", "").upper()
        if not (is_known_country(iso) or is_aggregate(iso)):
            errors.append(CsvRowError(row_number, "iso_code", _("not an ISO 3166-1 alpha-2 country code.")))
        year_text = row.get("year", "")
        year = parse_whole_number(year_text, 1900, 2100)
        if year is None:
            errors.append(CsvRowError(row_number, "year", _("a year between 1900 and 2100 is required.")))
        value = _decimal(row.get("value"), row_number, "value", errors, required=True)
        female = _decimal(row.get("value_female"), row_number, "value_female", errors)
        male = _decimal(row.get("value_male"), row_number, "value_male", errors)
        if not row.get("source_name"):
            errors.append(CsvRowError(row_number, "source_name", _("every value needs its source.")))
        source_url = row.get("source_url", "")
        if source_url:
            try:
                url_validator(source_url)
            except ValidationError:
                errors.append(CsvRowError(row_number, "source_url", _("not a valid http or https address.")))
        for field, limit in (
            ("source_name", 300),
            ("source_edition", 200),
            ("source_url", 500),
            ("licence", 100),
        ):
            if len(row.get(field, "")) > limit:
                errors.append(
                    CsvRowError(row_number, field, _("longer than %(limit)s characters.") % {"limit": limit})
                )
        key = (row.get("indicator"), iso, year)
        if key in seen:
            errors.append(
                CsvRowError(
                    row_number, "year", _("the same value is already in row %(row)s.") % {"row": seen[key]}
                )
            )
        seen[key] = row_number
        parsed.append(
            {
                "indicator": indicator,
                "iso_code": iso,
                "year": year,
                "value": value,
                "value_female": female,
                "value_male": male,
                "source_name": row.get("source_name", ""),
                "source_edition": row.get("source_edition", ""),
                "source_url": source_url,
                "licence": row.get("licence", ""),
                "note": row.get("note", ""),
                "caveat": row.get("caveat", "")[:20],
            }
        )
    if not parsed and not errors:
        errors.append(CsvRowError(2, "indicator", _("the file has no rows.")))
    return parsed, errors


def decode(data):
    """Bytes of an uploaded file as text (UTF-8, with or without BOM); None when it is not UTF-8."""
    if len(data) > MAX_BYTES:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


@transaction.atomic
def import_csv(text):
    """Validate the whole file, then create or update every value; (count written, errors). Nothing is
    written when there is any error."""
    parsed, errors = parse(text)
    if errors:
        return 0, errors
    for row in parsed:
        IndicatorValue.objects.update_or_create(
            indicator=row["indicator"],
            iso_code=row["iso_code"],
            year=row["year"],
            defaults={key: row[key] for key in row if key not in ("indicator", "iso_code", "year")},
        )
    return len(parsed), []
