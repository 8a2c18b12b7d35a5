"""Indonesia → Malaysia, labour migration: in English, Indonesian and Malay."""

from countries.demo.guides import callout, p
from countries.undesa import IMS_URL

SLUG = "indonesia-to-malaysia-labour"
ORIGIN, DESTINATION, KIND = "ID", "MY", "labour"

MOU_2022 = "https://theindonesia.id/news/2022/04/06/181500/after-malaysia-indonesia-works-with-taiwan-saudi-arabia-on-pmi-protection"
KP2MI = "https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran"
SOURCES = [
    (
        "UN DESA, International Migrant Stock 2019: 1,225,156 people born in Indonesia lived in Malaysia",
        IMS_URL,
    ),
    (
        "Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers",
        "https://123dok.com/id/docs/human-trafficking-and-migrant-workers-unnes-journal.12022471",
    ),
    (
        "Check with the local manpower office (Disnaker) or the ministry that a placement company is licensed",
        "https://kabarnusantara.id/bp2mi-buka-hotline-24-jam-untuk-terima-aduan-pekerja-migran-yang-tersandung-kasus/",
    ),
    (
        "2022 MoU on Indonesian domestic workers in Malaysia; the One Channel System the only legal way",
        MOU_2022,
    ),
    (
        "Irregular workers often in very poor conditions in domestic work, construction and agriculture",
        "https://indonesia.iom.int/news/strengthening-protection-indonesian-migrant-workers-malaysia",
    ),
    (
        "An employer may not keep a worker's passport (Passports Act 1966, section 12(1)(f))",
        "https://thesun.my/malaysia-news/illegal-for-employers-to-retain-staff-passports-AH11523344",
    ),
    (
        "Wages paid through the worker's bank account (Employment Act 1955, Act 265)",
        "https://www.businesstoday.com.my/2023/08/22/not-paying-salary-though-bank-account-is-an-offense/",
    ),
    ("Call centre 0800-1000, +62 21 2924 4800 from abroad; the embassy; BP3MI and P4MI offices", KP2MI),
    (
        "The call centre is free and answers 24 hours",
        "https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html",
    ),
    (
        "999 for police, fire and ambulance in Malaysia",
        "https://www.malaymail.com/news/malaysia/2025/11/20/tm-clarifies-saveme999-app-is-complementary-as-999-hotline-continues-as-primary-emergency-service/199132",
    ),
]

TEXTS = {
    "en": {
        "title": "Indonesia → Malaysia: labour migration",
        "summary": "Going from Indonesia to work in Malaysia: the legal way, your papers, your wages and help.",
        "intro": "In 2019, 1,225,156 people born in Indonesia lived in Malaysia (UN DESA, International Migrant "
        "Stock 2019).",
        "before_you_go": p(
            "Indonesia's Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers is the law that "
            "protects you. Before you go, check with your local manpower office (Disnaker) or with the "
            "ministry that the placement company is licensed.",
            "Domestic workers: under the 2022 memorandum of understanding between Indonesia and Malaysia, the "
            "One Channel System is the only legal way to recruit, place and employ Indonesian domestic "
            "workers in Malaysia.",
        )
        + callout(
            "warning",
            "Do not go without the right papers",
            "Workers who go without the right papers often end up in very poor conditions, in domestic work, "
            "building sites and farms.",
        ),
        "working_and_living": p(
            "Your employer must pay your wages into your own bank account and may not keep your passport. "
            "Keep your payslips.",
        ),
        "rights_and_help": p(
            "The Ministry for the Protection of Indonesian Migrant Workers takes complaints at any hour: call "
            "0800-1000, free from Indonesia, or +62 21 2924 4800 from Malaysia. You can also go to the "
            "Indonesian Embassy. In an emergency in Malaysia call 999.",
        ),
        "coming_home": p(
            "Back in Indonesia, the nearest BP3MI or P4MI office of the ministry can help you with a problem "
            "from your work abroad.",
        ),
    },
    "id": {
        "title": "Indonesia → Malaysia: migrasi tenaga kerja",
        "summary": "Bekerja di Malaysia dari Indonesia: jalur resmi, dokumen, gaji Anda, dan tempat meminta bantuan.",
        "intro": "Pada tahun 2019, 1.225.156 orang kelahiran Indonesia tinggal di Malaysia (UN DESA, "
        "International Migrant Stock 2019).",
        "before_you_go": p(
            "Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia adalah undang-undang "
            "yang melindungi Anda. Sebelum berangkat, periksa ke Dinas Ketenagakerjaan (Disnaker) setempat atau "
            "ke kementerian bahwa perusahaan penempatan Anda resmi dan berizin.",
            "Pekerja rumah tangga: menurut nota kesepahaman Indonesia dan Malaysia tahun 2022, Sistem Satu "
            "Kanal (One Channel System) adalah satu-satunya cara resmi untuk merekrut, menempatkan, dan "
            "mempekerjakan pekerja rumah tangga Indonesia di Malaysia.",
        )
        + callout(
            "warning",
            "Jangan berangkat tanpa dokumen resmi",
            "Pekerja yang berangkat tanpa dokumen resmi sering bekerja dalam kondisi yang sangat buruk, di "
            "rumah tangga, proyek bangunan, dan pertanian.",
        ),
        "working_and_living": p(
            "Majikan harus membayar gaji ke rekening bank Anda sendiri dan tidak boleh menyimpan paspor Anda. "
            "Simpan slip gaji Anda.",
        ),
        "rights_and_help": p(
            "Kementerian Pelindungan Pekerja Migran Indonesia menerima pengaduan kapan saja: telepon 0800-1000, "
            "bebas pulsa dari Indonesia, atau +62 21 2924 4800 dari Malaysia. Anda juga bisa datang ke "
            "Kedutaan Besar Republik Indonesia (KBRI). Dalam keadaan darurat di Malaysia, telepon 999.",
        ),
        "coming_home": p(
            "Setelah pulang ke Indonesia, kantor BP3MI atau P4MI terdekat dapat membantu Anda dengan masalah "
            "dari masa kerja di luar negeri.",
        ),
    },
    "ms": {
        "title": "Indonesia → Malaysia: migrasi pekerja",
        "summary": "Dari Indonesia untuk bekerja di Malaysia: cara yang sah, dokumen, gaji anda dan tempat "
        "mendapatkan bantuan.",
        "intro": "Pada tahun 2019, 1,225,156 orang yang lahir di Indonesia tinggal di Malaysia (UN DESA, "
        "International Migrant Stock 2019).",
        "before_you_go": p(
            "Undang-Undang Indonesia No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia ialah "
            "undang-undang yang melindungi anda. Sebelum pergi, semak dengan pejabat tenaga kerja tempatan "
            "(Disnaker) atau kementerian bahawa syarikat penempatan anda berlesen.",
            "Pekerja domestik: di bawah memorandum persefahaman Indonesia dan Malaysia tahun 2022, Sistem "
            "Saluran Tunggal (One Channel System) ialah satu-satunya cara yang sah untuk mengambil, menempatkan "
            "dan menggaji pekerja domestik Indonesia di Malaysia.",
        )
        + callout(
            "warning",
            "Jangan pergi tanpa dokumen yang sah",
            "Pekerja yang datang tanpa dokumen yang sah sering bekerja dalam keadaan yang sangat teruk, dalam "
            "kerja domestik, tapak pembinaan dan pertanian.",
        ),
        "working_and_living": p(
            "Majikan anda mesti membayar gaji ke dalam akaun bank anda sendiri dan tidak boleh menyimpan "
            "pasport anda. Simpan slip gaji anda.",
        ),
        "rights_and_help": p(
            "Kementerian Pelindungan Pekerja Migran Indonesia menerima aduan pada bila-bila masa: telefon "
            "0800-1000, percuma dari Indonesia, atau +62 21 2924 4800 dari Malaysia. Anda juga boleh pergi ke "
            "Kedutaan Besar Republik Indonesia. Dalam kecemasan di Malaysia, telefon 999.",
        ),
        "coming_home": p(
            "Selepas pulang ke Indonesia, pejabat BP3MI atau P4MI kementerian yang terdekat boleh membantu "
            "anda dengan masalah semasa bekerja di luar negara.",
        ),
    },
}
