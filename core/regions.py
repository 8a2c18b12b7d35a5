"""UN M49 sub-regions of the countries the portal covers, used to group the country index."""

from django.utils.translation import gettext_lazy as _

SUB_REGIONS = {
    "south-eastern-asia": _("South-Eastern Asia"),
    "eastern-asia": _("Eastern Asia"),
    "southern-asia": _("Southern Asia"),
    "central-asia": _("Central Asia"),
    "western-asia": _("Western Asia"),
    "oceania": _("Oceania"),
}

# ISO 3166-1 alpha-2 -> M49 sub-region key.
COUNTRY_SUB_REGION = {
    **dict.fromkeys(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"], "south-eastern-asia"),
    **dict.fromkeys(["CN", "HK", "MO", "JP", "KP", "KR", "MN", "TW"], "eastern-asia"),
    **dict.fromkeys(["AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK"], "southern-asia"),
    **dict.fromkeys(["KZ", "KG", "TJ", "TM", "UZ"], "central-asia"),
    **dict.fromkeys(["AE", "BH", "KW", "OM", "QA", "SA", "JO", "LB", "IL", "TR"], "western-asia"),
    **dict.fromkeys(
        ["AU", "NZ", "FJ", "PG", "SB", "VU", "WS", "TO", "KI", "FM", "MH", "NR", "PW", "TV"], "oceania"
    ),
}


def sub_region_of(iso_code):
    return COUNTRY_SUB_REGION.get((iso_code or "").upper(), "other")


# The region of the landscape data: the 49 regional members and 9 associate members of the UN Economic and
# Social Commission for Asia and the Pacific (ESCAP, https://www.unescap.org/about/member-states), as ISO
# 3166-1 alpha-2 codes. France, the Netherlands, the United Kingdom and the United States are members from
# outside the region and are left out.
ESCAP_REGION = frozenset(
    [
        *["KZ", "KG", "TJ", "TM", "UZ"],
        *["CN", "HK", "MO", "KP", "JP", "MN", "KR"],
        *["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        *["AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK"],
        *["AM", "AZ", "GE", "TR", "RU"],
        *["AU", "NZ", "FJ", "NC", "PG", "SB", "VU", "GU", "KI", "MH", "FM", "NR", "MP", "PW"],
        *["AS", "CK", "PF", "NU", "WS", "TO", "TV"],
    ]
)
