"""Named hotlines' labels and notes in the languages of the corridors that show them (drafts, not yet reviewed).

A corridor page shows the emergency numbers of both its countries. Where a corridor is written in a language
its country guide is not (the Thailand guide in Khmer, the Viet Nam guide in Japanese, the Indonesia and Nepal
guides in Malay), a named hotline would keep its English label there; these give it one. Keyed by the English
label in countries.demo.guides: {language: (label, note)}.
"""

NAMED_LABELS = {
    # Cambodia → Thailand, in Khmer
    "Social assistance hotline (Prachabodi Centre)": {
        "km": ("ខ្សែទូរស័ព្ទជំនួយសង្គម (មជ្ឈមណ្ឌលប្រាជាបឌី)", "24 ម៉ោង"),
    },
    "Department of Employment hotline for migrant workers": {
        "km": ("ខ្សែទូរស័ព្ទនាយកដ្ឋានការងារថៃ សម្រាប់ពលករចំណាកស្រុក", "ភាសាភូមា ខ្មែរ និងអង់គ្លេស"),
    },
    # Viet Nam → Japan, in Japanese
    "National hotline against human trafficking and for child protection": {
        "ja": ("人身売買防止・子ども保護の全国ホットライン", "無料・24時間、大人も子どもも"),
    },
    # Indonesia → Malaysia and Nepal → Malaysia, in Malay
    "Call centre of the Ministry for the Protection of Indonesian Migrant Workers": {
        "ms": (
            "Pusat panggilan Kementerian Pelindungan Pekerja Migran Indonesia",
            "Percuma, 24 jam. Dari luar negara: +62 21 2924 4800",
        ),
    },
    "National Women Commission helpline": {
        "ms": ("Talian bantuan Suruhanjaya Wanita Kebangsaan Nepal", "Percuma, 24 jam"),
    },
}


def named_label_in(english, language):
    """(label, note) of a named hotline in a corridor's language, or ("", "") when there is none."""
    return NAMED_LABELS.get(english, {}).get(language, ("", ""))
