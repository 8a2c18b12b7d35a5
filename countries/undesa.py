"""Import of UN DESA's International Migrant Stock into the landscape data, read from the published files.

Two files, in countries/data/undesa-ims/ (README there): the official 2020 workbook (destination, by sex,
1990-2020, Tables 1 to 6) and the 2019 origin x destination table as reshaped by a researcher. The UN's
location codes are M49 codes, which for countries are the ISO 3166-1 numeric codes: CLDR's territory aliases
(Babel) turn them into alpha-2 codes; the world and regional totals keep their UN code. Every value keeps its
edition, table, licence and "Type of data" code. The import reads and checks everything before it writes,
then replaces the values it owns in one transaction, so a second run changes nothing.
"""

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from babel.core import get_global

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.names import AGGREGATE_CLDR_CODES
from core.regions import ESCAP_REGION
from countries.indicator_definitions import upsert_indicators
from countries.models import CorridorStock, IndicatorValue

DATA_DIR = Path(__file__).resolve().parent / "data" / "undesa-ims"
WORKBOOK = DATA_DIR / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
ORIGIN_DESTINATION = DATA_DIR / "UN_MigrantStockByOriginAndDestination_2019_clean.csv"

YEARS = (1990, 1995, 2000, 2005, 2010, 2015, 2020)
LICENCE = "CC BY 3.0 IGO"
IMS_URL = "https://www.un.org/development/desa/pd/content/international-migrant-stock"
IMS_2020 = "UN DESA Population Division, International Migrant Stock 2020"
IMS_2019_OD = (
    "UN DESA Population Division, International Migrant Stock 2019: origin and destination (derived)"
)
OWNED_SOURCE_PREFIX = "UN DESA"

# The UN's symbols (Notes sheet): not available, protected for privacy (fewer than five), under half a unit.
NOT_AVAILABLE = {"..", "~"}
UNDER_HALF_A_UNIT = "—"
# The 2019 origin x destination table marks a nil corridor with a hyphen.
NIL_2019 = "-"
# The derived table's per-origin sums are not the UN's published totals: its sub-region rows (Caribbean,
# South America, Melanesia, Micronesia, Polynesia) are skipped, so nothing is counted twice, yet for some
# origins the sum of its country rows differs from the UN's figure (the Philippines: 6.0 million summed,
# 5.4 million in the UN's International Migration 2019 highlights). The value says so to whoever reads it.
EMIGRANT_NOTE = (
    "Sum over the destination countries of the derived 2019 origin x destination table, its sub-region rows "
    "left out; it can differ from the UN's published total for this country of origin."
)


@dataclass(frozen=True)
class Series:
    """One indicator read from one workbook table: where its columns start and how its values scale."""

    code: str
    sheet: str
    table: str
    both: int
    male: int | None = None
    female: int | None = None
    scale: int = 1


# Columns, counted from 0: names in column 1, location code in 3, type of data in 4, then 7 years per block.
SERIES = [
    Series("migrant-stock", "Table 1", "Table 1, international migrant stock at mid-year by sex", 5, 12, 19),
    Series(
        "population", "Table 2", "Table 2, total population at mid-year by sex (thousands)", 5, 12, 19, 1000
    ),
    Series(
        "migrant-share-population",
        "Table 3",
        "Table 3, international migrant stock as a percentage of the total population by sex",
        5,
        12,
        19,
    ),
    Series(
        "women-share-migrants", "Table 4", "Table 4, female migrants as a percentage of the migrant stock", 5
    ),
    Series("refugees", "Table 6", "Table 6, estimated refugee stock, including asylum seekers", 5),
    Series(
        "refugee-share-migrants",
        "Table 6",
        "Table 6, refugees and asylum seekers as a percentage of the international migrant stock",
        12,
    ),
]

# code: (order, unit, name, definition). Names and definitions are interface strings, so every catalogue
# carries them and the import writes each language's column.
INDICATORS = {
    "migrant-stock": (
        1,
        "persons",
        _("International migrants"),
        _(
            "People living in a country other than the one where they were born (or whose citizenship they hold), refugees included, at mid-year."
        ),
    ),
    "migrant-share-population": (
        2,
        "percent",
        _("Migrants in the population"),
        _("International migrants as a percentage of everyone living in the country, at mid-year."),
    ),
    "women-share-migrants": (
        3,
        "percent",
        _("Women among migrants"),
        _("Women and girls as a percentage of the international migrants living in the country."),
    ),
    "refugees": (
        4,
        "persons",
        _("Refugees and asylum seekers"),
        _("Refugees and asylum seekers living in the country, as counted by UNHCR and UNRWA, at mid-year."),
    ),
    "refugee-share-migrants": (
        5,
        "percent",
        _("Refugees among migrants"),
        _("Refugees and asylum seekers as a percentage of the international migrants living in the country."),
    ),
    "emigrant-stock": (
        6,
        "persons",
        _("Emigrants"),
        _(
            "People born in the country who live in another country, at mid-year: the sum over every destination."
        ),
    ),
    "population": (
        7,
        "persons",
        _("Total population"),
        _("Everyone living in the country at mid-year, migrants included."),
    ),
}


class UndesaImportError(Exception):
    """The files could not be read as the UN published them; `problems` lists each one."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Area:
    name: str
    m49: int
    iso: str | None
    caveat: str
    is_country: bool


@dataclass
class ImportResult:
    values: list = field(default_factory=list)
    corridors: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    left_out: int = 0


def m49_to_alpha2(code):
    """The ISO alpha-2 code of an M49 country code, from CLDR's table; None for regions and for codes CLDR
    maps to several territories (the Channel Islands)."""
    replacement = get_global("territory_aliases").get(str(code).zfill(3))
    if replacement and len(replacement) == 1 and len(replacement[0]) == 2:
        return replacement[0]
    return None


def _clean_name(name):
    return str(name or "").strip().rstrip("*").strip()


def _header_row(rows):
    for index, row in enumerate(rows):
        if len(row) > 3 and row[3] == "Location code":
            return index
    return None


def _number(cell, where, problems):
    """(Decimal or None, note): the UN's symbols become None (left out) or a note; anything else is a problem."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return Decimal(str(cell)), ""
    text = str(cell or "").strip()
    if text in NOT_AVAILABLE or text == "":
        return None, ""
    if text == UNDER_HALF_A_UNIT:
        return Decimal(0), "Under half of the unit (UN symbol —): not zero, rounded to zero."
    problems.append(f"{where}: “{text}” is neither a number nor one of the UN's symbols (.. — ~).")
    return None, ""


def _wanted(area):
    return (area.iso in ESCAP_REGION) or (not area.is_country and str(area.m49) in AGGREGATE_CLDR_CODES)


def read_workbook(path, result):
    """Areas by cleaned name (all of them, for the origin x destination table) and the values of the region."""
    import openpyxl

    areas = {}
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as error:
        result.problems.append(f"{path.name}: cannot be read as a workbook ({error}).")
        return areas
    sheets = {}
    for sheet in {series.sheet for series in SERIES}:
        if sheet not in workbook.sheetnames:
            result.problems.append(f"{path.name}: the sheet “{sheet}” is missing.")
            continue
        sheets[sheet] = list(workbook[sheet].iter_rows(values_only=True))
    workbook.close()
    for series in SERIES:
        rows = sheets.get(series.sheet)
        if rows is None:
            continue
        header = _header_row(rows)
        if header is None:
            result.problems.append(f"{series.sheet}: no header row with “Location code”.")
            continue
        years = [rows[header][series.both + offset] for offset in range(len(YEARS))]
        if tuple(years) != YEARS:
            result.problems.append(f"{series.sheet}: the years in columns are {years}, not {list(YEARS)}.")
            continue
        for number, row in enumerate(rows[header + 1 :], start=header + 2):
            if len(row) < 5 or not isinstance(row[3], int):
                continue
            caveat = str(row[4] or "").strip()
            iso = m49_to_alpha2(row[3])
            area = Area(_clean_name(row[1]), row[3], iso, caveat, bool(iso or caveat))
            areas.setdefault(area.name, area)
            if not _wanted(area):
                continue
            code = area.iso or str(area.m49)
            for offset, year in enumerate(YEARS):
                where = f"{series.sheet}, row {number} ({area.name}), {year}"
                value, note = _number(row[series.both + offset], where, result.problems)
                if value is None:
                    result.left_out += 1
                    continue
                female = male = None
                if series.female is not None:
                    female, _note = _number(row[series.female + offset], where + ", women", result.problems)
                    male, _note = _number(row[series.male + offset], where + ", men", result.problems)
                result.values.append(
                    {
                        "indicator": series.code,
                        "iso_code": code,
                        "year": year,
                        "value": value * series.scale,
                        "value_female": None if female is None else female * series.scale,
                        "value_male": None if male is None else male * series.scale,
                        "source_name": IMS_2020,
                        "source_edition": f"POP/DB/MIG/Stock/Rev.2020, {series.table}",
                        "source_url": IMS_URL,
                        "licence": LICENCE,
                        "note": note,
                        "caveat": caveat,
                    }
                )
    return areas


def read_origin_destination(path, areas, result):
    """Corridors touching the region and each region country's emigrants (the sum over its destinations)."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
    except (OSError, UnicodeDecodeError) as error:
        result.problems.append(f"{path.name}: cannot be read ({error}).")
        return
    if not rows or rows[0][:2] != ["Year", "Dest"]:
        result.problems.append(f"{path.name}: the header does not start with Year, Dest.")
        return
    origins = []
    for column, name in enumerate(rows[0][2:], start=2):
        area = areas.get(_clean_name(name))
        if area is None:
            result.problems.append(f"{path.name}, column {column}: “{name}” is not an area of the workbook.")
        origins.append(area)
    edition = "POP/DB/MIG/Stock/Rev.2019, Table 1, migrant stock by origin and destination, reshaped"
    emigrants = {}
    for number, row in enumerate(rows[1:], start=2):
        destination = areas.get(_clean_name(row[1])) if len(row) > 1 else None
        if destination is None:
            result.problems.append(
                f"{path.name}, row {number}: “{row[1] if len(row) > 1 else ''}” is unknown."
            )
            continue
        if not destination.is_country or not row[0].isdigit():
            continue  # the table's regional rows: not a destination of their own
        year = int(row[0])
        for origin, cell in zip(origins, row[2:], strict=False):
            if origin is None or not origin.is_country:
                continue
            text = cell.strip()
            if text in NOT_AVAILABLE:
                result.left_out += 1
                continue
            if text == NIL_2019:
                continue
            try:
                value = int(float(text)) if text else 0
            except ValueError:
                result.problems.append(f"{path.name}, row {number}: “{text}” is not a number.")
                continue
            if value <= 0:
                continue
            if origin.iso in ESCAP_REGION:
                emigrants[(origin.iso, year)] = emigrants.get((origin.iso, year), 0) + value
            if (
                origin.iso
                and destination.iso
                and (origin.iso in ESCAP_REGION or destination.iso in ESCAP_REGION)
            ):
                result.corridors.append(
                    CorridorStock(
                        origin=origin.iso,
                        destination=destination.iso,
                        year=year,
                        value=value,
                        source_name=IMS_2019_OD,
                        source_edition=edition,
                        source_url=IMS_URL,
                        licence=LICENCE,
                    )
                )
    for (iso, year), total in sorted(emigrants.items()):
        result.values.append(
            {
                "indicator": "emigrant-stock",
                "iso_code": iso,
                "year": year,
                "value": Decimal(total),
                "value_female": None,
                "value_male": None,
                "source_name": IMS_2019_OD,
                "source_edition": edition,
                "source_url": IMS_URL,
                "licence": LICENCE,
                "note": EMIGRANT_NOTE,
                "caveat": "",
            }
        )


def read(workbook=WORKBOOK, origin_destination=ORIGIN_DESTINATION):
    """Everything both files hold for the portal, checked; nothing written."""
    result = ImportResult()
    areas = read_workbook(Path(workbook), result)
    if areas:
        read_origin_destination(Path(origin_destination), areas, result)
    return result


def import_undesa(workbook=WORKBOOK, origin_destination=ORIGIN_DESTINATION):
    """Read both files; on any problem raise UndesaImportError and write nothing. Else replace every value
    and corridor from UN DESA in one transaction and return the ImportResult."""
    result = read(workbook, origin_destination)
    if result.problems:
        raise UndesaImportError(result.problems)
    with transaction.atomic():
        indicators = upsert_indicators(INDICATORS)
        IndicatorValue.objects.filter(
            indicator__in=indicators.values(), source_name__startswith=OWNED_SOURCE_PREFIX
        ).delete()
        IndicatorValue.objects.bulk_create(
            [IndicatorValue(**{**row, "indicator": indicators[row["indicator"]]}) for row in result.values],
            batch_size=2000,
        )
        CorridorStock.objects.filter(source_name__startswith=OWNED_SOURCE_PREFIX).delete()
        CorridorStock.objects.bulk_create(result.corridors, batch_size=2000)
    return result
