"""Demo indicators and published values for the landscape map, and the map page itself.

Only values we could check against a published table are included, each with its source and year; every
other value is left out and listed in the README ("Countries and the landscape map"). Never add a value
here without its source.
"""

from decimal import Decimal

from countries.models import Indicator, IndicatorValue, LandscapeMapPage
from portal.demo.tree import upsert_child

# code: (order, unit, {lang: name}, definition_en)
INDICATORS = {
    "migrant-stock": (
        1,
        "persons",
        {
            "en": "International migrant stock",
            "vi": "Số người di cư quốc tế đang sinh sống",
            "ko": "국제 이주민 수",
        },
        "People living in the country who were born in another country (or, where that is not recorded, "
        "who are foreign citizens), refugees included, at mid-year. Source series: UN DESA, International "
        "Migrant Stock.",
    ),
    "emigrant-stock": (
        2,
        "persons",
        {"en": "Emigrant stock", "vi": "Số người di cư ra nước ngoài", "ko": "해외 이주민 수"},
        "People born in the country who live in another country, at mid-year. Source series: UN DESA, "
        "International Migrant Stock (by origin).",
    ),
    "remittances-received": (
        3,
        "usd",
        {
            "en": "Personal remittances received",
            "vi": "Kiều hối cá nhân nhận được",
            "ko": "개인 송금 유입액",
        },
        "Money and goods sent home by people working abroad, plus the pay of residents working for "
        "non-resident employers, in current US dollars. Source series: World Bank, World Development "
        "Indicators (BX.TRF.PWKR.CD.DT), World Bank staff estimates based on IMF balance of payments data.",
    ),
    "women-share-migrants": (
        4,
        "percent",
        {
            "en": "Women among international migrants",
            "vi": "Tỷ lệ phụ nữ trong số người di cư quốc tế",
            "ko": "국제 이주민 중 여성 비율",
        },
        "Women as a share of the international migrant stock of the country, at mid-year. Source series: "
        "UN DESA, International Migrant Stock.",
    ),
}

WDI_REMITTANCES = {
    "source_name": "World Bank, World Development Indicators: Personal remittances, received (current US$)",
    "source_edition": "BX.TRF.PWKR.CD.DT, 2020 values as published in WDI (later editions may revise them)",
    "source_url": "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT",
    "licence": "CC BY 4.0",
    "note": "World Bank staff estimates based on IMF balance of payments data.",
}

# UN DESA's International Migrant Stock is the series behind the three migration indicators. The figures
# below are the 2019 edition's, read in copies of the UN DESA tables (named in each source's note). No table
# of the 2020 edition could be read: pages quoting it give a few countries, often rounded, and a map of one
# year must compare like with like, so the demo keeps to 2019 for all twelve countries.
IMS_2019_URL = "https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates19.asp"

UNDESA_IMS_2019_BY_DESTINATION = {
    "source_name": "UN DESA Population Division, International Migrant Stock 2019",
    "source_edition": "Table 1, international migrant stock at mid-year by sex (UN_MigrantStockTotal_2019.xlsx, "
    "POP/DB/MIG/Stock/Rev.2019), mid-2019, both sexes",
    "source_url": IMS_2019_URL,
    "licence": "CC BY 3.0 IGO",
    "note": "Read in a copy of the table stored in the GitHub repository igukusamuel/DATA-607-Project-2, file "
    "UN_MigrantStockBySexByDestination_2019.csv: the country's row, column 2019 under \"International migrant "
    'stock at mid-year (both sexes)". An editor should re-check it against the UN DESA workbook.',
}

UNDESA_IMS_2019_WOMEN_SHARE = {
    **UNDESA_IMS_2019_BY_DESTINATION,
    "source_edition": "Table 1, international migrant stock at mid-year by sex (UN_MigrantStockTotal_2019.xlsx, "
    "POP/DB/MIG/Stock/Rev.2019), mid-2019, female and both sexes",
    "note": "Computed by us as female / both sexes x 100, rounded to one decimal, from a copy of the table "
    "stored in the GitHub repository igukusamuel/DATA-607-Project-2, file "
    "UN_MigrantStockBySexByDestination_2019.csv: the country's row, columns 2019 under \"International migrant "
    'stock at mid-year (female)" and "(both sexes)". An editor should re-check it against the UN DESA workbook.',
}

UNDESA_IMS_2019_BY_ORIGIN = {
    "source_name": "UN DESA Population Division, International Migrant Stock 2019",
    "source_edition": "Table 1, total migrant stock at mid-year by origin and by destination "
    "(UN_MigrantStockByOriginAndDestination_2019.xlsx, POP/DB/MIG/Stock/Rev.2019), mid-2019",
    "source_url": IMS_2019_URL,
    "licence": "CC BY 3.0 IGO",
    "note": "Read in a copy of the table stored in the GitHub repository SmilodonCub/DATA607, file "
    "UN_MigrantStockByOriginAndDestination_2019.csv: the row 2019, WORLD (code 900), column of the country "
    "of origin (migrants born there, living in any country). An editor should re-check it against the UN "
    "DESA workbook.",
}

# (indicator code, iso, year, value, source). The map shows one year at a time, the latest by default.
# Included: the UN DESA 2019 international migrant stock, share of women among international migrants and
# emigrant stock of all twelve countries; WDI 2020 remittances of all but Lao PDR. Still missing: the 2020
# edition of the UN DESA figures (no table we could read) and Lao PDR's 2020 remittances.
VALUES = [
    ("migrant-stock", "PH", 2019, "218530", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "BD", 2019, "2185613", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "VN", 2019, "76104", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "ID", 2019, "353135", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "TH", 2019, "3635085", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "NP", 2019, "490802", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "KR", 2019, "1163655", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "JP", 2019, "2498891", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "MM", 2019, "75998", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "MY", 2019, "3430380", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "KH", 2019, "78649", UNDESA_IMS_2019_BY_DESTINATION),
    ("migrant-stock", "LA", 2019, "48275", UNDESA_IMS_2019_BY_DESTINATION),
    ("emigrant-stock", "PH", 2019, "5377337", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "BD", 2019, "7835152", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "VN", 2019, "2683954", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "ID", 2019, "4532992", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "TH", 2019, "1020119", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "NP", 2019, "2285364", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "KR", 2019, "2176580", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "JP", 2019, "838852", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "MM", 2019, "3699472", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "MY", 2019, "1689222", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "KH", 2019, "1097884", UNDESA_IMS_2019_BY_ORIGIN),
    ("emigrant-stock", "LA", 2019, "1347034", UNDESA_IMS_2019_BY_ORIGIN),
    ("remittances-received", "PH", 2020, "34913340000", WDI_REMITTANCES),
    ("remittances-received", "BD", 2020, "21749700000", WDI_REMITTANCES),
    ("remittances-received", "VN", 2020, "17200000000", WDI_REMITTANCES),
    ("remittances-received", "ID", 2020, "9650927000", WDI_REMITTANCES),
    ("remittances-received", "TH", 2020, "8256962000", WDI_REMITTANCES),
    ("remittances-received", "NP", 2020, "8107745000", WDI_REMITTANCES),
    ("remittances-received", "KR", 2020, "7412800000", WDI_REMITTANCES),
    ("remittances-received", "JP", 2020, "4875181000", WDI_REMITTANCES),
    ("remittances-received", "MM", 2020, "2249552000", WDI_REMITTANCES),
    ("remittances-received", "MY", 2020, "1431608000", WDI_REMITTANCES),
    ("remittances-received", "KH", 2020, "1271951000", WDI_REMITTANCES),
    ("women-share-migrants", "PH", 2019, "48.2", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "BD", 2019, "48.6", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "VN", 2019, "42.1", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "ID", 2019, "41.8", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "TH", 2019, "49.8", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "NP", 2019, "69.7", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "KR", 2019, "43.9", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "JP", 2019, "51.7", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "MM", 2019, "45.2", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "MY", 2019, "38.9", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "KH", 2019, "46.1", UNDESA_IMS_2019_WOMEN_SHARE),
    ("women-share-migrants", "LA", 2019, "35.6", UNDESA_IMS_2019_WOMEN_SHARE),
]


def load_indicators():
    indicators = {}
    for code, (order, unit, names, definition) in INDICATORS.items():
        indicator, _created = Indicator.objects.get_or_create(
            code=code, defaults={"unit": unit, "name": names["en"]}
        )
        indicator.unit = unit
        indicator.sort_order = order
        for lang, name in names.items():
            setattr(indicator, f"name_{lang}", name)
        indicator.definition_en = definition
        indicator.save()
        indicators[code] = indicator
    for code, iso, year, value, source in VALUES:
        IndicatorValue.objects.update_or_create(
            indicator=indicators[code], iso_code=iso, year=year, defaults={"value": Decimal(value), **source}
        )
    return indicators


def load(home):
    indicators = load_indicators()
    return upsert_child(
        home,
        LandscapeMapPage,
        "migration-landscape",
        {
            "title": {"en": "Migration landscape", "vi": "Bức tranh di cư", "ko": "이주 현황 지도"},
            "summary": {
                "en": "Who migrates where, and how much money goes home: published figures by country, with sources.",
                "vi": "Ai di cư đi đâu và bao nhiêu tiền được gửi về: số liệu đã công bố theo quốc gia, kèm nguồn.",
                "ko": "누가 어디로 이주하고 얼마나 송금하는지: 출처가 있는 국가별 공식 수치.",
            },
            "default_indicator": indicators["remittances-received"],
            "show_in_menus": True,
        },
    )
