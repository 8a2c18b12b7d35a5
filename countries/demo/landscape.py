"""Demo indicators and published values for the landscape map, and the map page itself.

Only values we could check against a published table are included, each with its source and year; every
other value is left out and listed in the README ("Countries and the landscape map"). Never add a value
here without its source.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from core.demo.tree import upsert_child
from countries.indicator_definitions import upsert_indicators
from countries.models import Indicator, IndicatorValue, LandscapeMapPage

# code: (order, unit, name, definition): interface strings, so every catalogue translates them.
INDICATORS = {
    "remittances-received": (
        8,
        "usd",
        _("Personal remittances received"),
        _(
            "Money and goods sent home by people working abroad, plus the pay of residents working for "
            "non-resident employers, in current US dollars."
        ),
    ),
}

WDI_REMITTANCES = {
    "source_name": "World Bank, World Development Indicators: Personal remittances, received (current US$)",
    "source_edition": "BX.TRF.PWKR.CD.DT, 2020 values as published in WDI (later editions may revise them)",
    "source_url": "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT",
    "licence": "CC BY 4.0",
    "note": "World Bank staff estimates based on IMF balance of payments data.",
}

# (indicator code, iso, year, value, source). WDI 2020 remittances of all but Lao PDR, whose figure we could
# not check. The UN DESA migration figures come from `manage.py import_undesa` (countries/undesa.py), which
# reads the published files themselves.
VALUES = [
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
]


def load_indicators():
    indicators = upsert_indicators(INDICATORS)
    for code, iso, year, value, source in VALUES:
        IndicatorValue.objects.update_or_create(
            indicator=indicators[code], iso_code=iso, year=year, defaults={"value": Decimal(value), **source}
        )
    return indicators


def load(home):
    from countries.undesa import import_undesa

    import_undesa()
    indicators = {**load_indicators(), **{i.code: i for i in Indicator.objects.filter(code="migrant-stock")}}
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
            "default_indicator": indicators["migrant-stock"],
            "show_in_menus": True,
        },
    )
