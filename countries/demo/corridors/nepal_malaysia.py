"""Nepal → Malaysia, labour migration: in English, Nepali and Malay."""

from countries.demo.guides import p

SLUG = "nepal-to-malaysia-labour"
ORIGIN, DESTINATION, KIND = "NP", "MY", "labour"

# The claims are those of the Nepal and Malaysia guides; 999 is Malaysia's emergency contact there.
SOURCES = [
    (
        "An employer may not keep a worker's passport (Passports Act 1966, section 12(1)(f))",
        "https://thesun.my/malaysia-news/illegal-for-employers-to-retain-staff-passports-AH11523344",
    ),
    (
        "Wages paid through the worker's bank account (Employment Act 1955, Act 265)",
        "https://www.businesstoday.com.my/2023/08/22/not-paying-salary-though-bank-account-is-an-offense/",
    ),
    (
        "999 for police, fire and ambulance in Malaysia",
        "https://www.malaymail.com/news/malaysia/2025/11/20/tm-clarifies-saveme999-app-is-complementary-as-999-hotline-continues-as-primary-emergency-service/199132",
    ),
]

TEXTS = {
    "en": {
        "title": "Nepal → Malaysia: labour migration",
        "summary": "Going from Nepal to work in Malaysia: permits, fees, your passport and your wages.",
        "before_you_go": p(
            "Get your labour permit from Nepal's Department of Foreign Employment and go only through "
            "a licensed recruitment agency. Attend the pre-departure orientation before you leave.",
            "Ask for a receipt for every payment and compare it with the fees Nepal allows.",
        ),
        "working_and_living": p(
            "Your employer may not keep your passport. Wages must be paid into your own bank account; "
            "keep your payslips.",
        ),
        "rights_and_help": p(
            "You can complain about unpaid wages to the Malaysian labour office. The Embassy of Nepal "
            "in Kuala Lumpur helps workers in trouble. In an emergency in Malaysia call 999.",
        ),
        "coming_home": p(
            "Women returning from work abroad can ask women migrant workers' groups in Nepal for "
            "counselling and skills training.",
        ),
    },
    "ne": {
        "title": "नेपाल → मलेसिया: श्रम आप्रवासन",
        "summary": "काम गर्न नेपालबाट मलेसिया जाँदा: श्रम स्वीकृति, शुल्क, तपाईंको राहदानी र तलब।",
        "before_you_go": p(
            "नेपालको वैदेशिक रोजगार विभागबाट श्रम स्वीकृति लिनुहोस् र इजाजतप्राप्त म्यानपावर कम्पनीमार्फत "
            "मात्र जानुहोस्। जानुअघि प्रस्थानपूर्व अभिमुखीकरणमा सहभागी हुनुहोस्।",
            "हरेक भुक्तानीको रसिद माग्नुहोस् र नेपालले तोकेको शुल्कसँग दाँज्नुहोस्।",
        ),
        "working_and_living": p(
            "रोजगारदाताले तपाईंको राहदानी राख्न पाउँदैन। तलब तपाईंकै बैंक खातामा जम्मा हुनुपर्छ; तलबको "
            "पर्ची (पेस्लिप) सुरक्षित राख्नुहोस्।",
        ),
        "rights_and_help": p(
            "नपाएको तलबबारे मलेसियाको श्रम कार्यालयमा उजुरी दिन सक्नुहुन्छ। क्वालालम्पुरस्थित नेपाली "
            "दूतावासले समस्यामा परेका कामदारलाई सहयोग गर्छ। मलेसियामा आपत्कालमा 999 मा फोन गर्नुहोस्।",
        ),
        "coming_home": p(
            "विदेशमा काम गरेर फर्केका महिलाले परामर्श र सीप तालिमका लागि नेपालका महिला आप्रवासी "
            "कामदारका समूहहरूसँग सहयोग माग्न सक्छन्।",
        ),
    },
    "ms": {
        "title": "Nepal → Malaysia: migrasi pekerja",
        "summary": "Dari Nepal untuk bekerja di Malaysia: permit, yuran, pasport dan gaji anda.",
        "before_you_go": p(
            "Dapatkan permit buruh daripada Jabatan Pekerjaan Luar Negeri Nepal dan pergi hanya melalui agensi "
            "pengambilan yang berlesen. Hadiri taklimat sebelum berlepas sebelum anda pergi.",
            "Minta resit bagi setiap bayaran dan bandingkan dengan yuran yang dibenarkan oleh Nepal.",
        ),
        "working_and_living": p(
            "Majikan anda tidak boleh menyimpan pasport anda. Gaji mesti dibayar ke dalam akaun bank anda "
            "sendiri; simpan slip gaji anda.",
        ),
        "rights_and_help": p(
            "Anda boleh membuat aduan tentang gaji tidak dibayar kepada pejabat tenaga kerja Malaysia. Kedutaan "
            "Nepal di Kuala Lumpur membantu pekerja yang menghadapi masalah. Dalam kecemasan di Malaysia, "
            "telefon 999.",
        ),
        "coming_home": p(
            "Wanita yang pulang dari bekerja di luar negara boleh meminta kaunseling dan latihan kemahiran "
            "daripada kumpulan pekerja migran wanita di Nepal.",
        ),
    },
}
