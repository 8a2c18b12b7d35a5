"""Each demo policy's title and summary in the national language of its country (drafts, not yet reviewed).

Merged into policies.POLICIES by slug; a language a policy already has there is never overwritten. Where the
law has an official title in that language, the title is that one and SOURCES names the page it was read on;
every other text is a faithful translation of the English written for the demo. Nobody has reviewed these
translations yet, so readers see them with the "not yet reviewed" notice (editorial.PageTranslationState)
until a reviewer records a review. ASEAN's Consensus applies to ten countries: it is given in the national
language of each (Malay serves Brunei, Malaysia and Singapore).
"""

# Where an official title in the national language was read: (slug, language) -> public page.
SOURCES = {
    # The ordinance's own heading in its promulgated text.
    ("thailand-royal-ordinance-on-managing-the-employment-of-foreign-workers", "th"): (
        "https://drthawip.com/laborlaw/088"
    ),
    # Section 1 of the act, in Malay and English: "Akta ini bolehlah dinamakan Akta Antipemerdagangan Orang
    # dan Antipenyeludupan Migran 2007."
    ("malaysia-anti-trafficking-in-persons-and-anti-smuggling-of-migrants-act", "ms"): (
        "https://mzbcmimi.blogspot.com/2010"
    ),
    # The cover of the revised Malay text: "Undang-Undang Malaysia, Akta 796, Akta Kerja (Sekatan) 1968".
    ("malaysia-employment-restriction-act-1968", "ms"): (
        "https://vdokumen.net/undang-undang-malaysia-8butir-butir-mengenai-pekerjaan-baharu-bukan-apa-apa.html"
    ),
    # The Nepal Law Commission's pages of the act and the rules (the policies' source links) are named by
    # their Nepali titles: "वैदेशिक रोजगार ऐन २०६४" and "वैदेशिक रोजगार नियमावली".
    ("nepal-foreign-employment-act-2007", "ne"): (
        "https://www.lawcommission.gov.np/np/archives/category/documents/prevailing-law/statutes-acts/%E0%A4%B5%E0%A5%88%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A4%BF%E0%A4%95-%E0%A4%B0%E0%A5%8B%E0%A4%9C%E0%A4%97%E0%A4%BE%E0%A4%B0-%E0%A4%90%E0%A4%A8-%E0%A5%A8%E0%A5%A6%E0%A5%AC%E0%A5%AA"
    ),
    ("nepal-foreign-employment-rules-2008", "ne"): (
        "https://www.lawcommission.gov.np/np/archives/category/documents/prevailing-law/rules-and-regulations/%E0%A4%B5%E0%A5%88%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A4%BF%E0%A4%95-%E0%A4%B0%E0%A5%8B%E0%A4%9C%E0%A4%97%E0%A4%BE%E0%A4%B0-%E0%A4%A8%E0%A4%BF%E0%A4%AF%E0%A4%AE%E0%A4%BE%E0%A4%B5%E0%A4%B2%E0%A5%80"
    ),
}

NATIONAL = {
    "philippines-department-of-migrant-workers-act": {
        "tl": {
            "title": "Batas sa Kagawaran ng mga Manggagawang Migrante (Batas Republika Blg. 11641)",
            "summary": "Nilikha ang Kagawaran ng mga Manggagawang Migrante (Department of Migrant Workers), na "
            "nagbubuklod sa mga tanggapan ng pamahalaan na naglilingkod sa mga manggagawang Pilipino sa ibang "
            "bansa.",
        },
    },
    "philippines-migrant-workers-and-overseas-filipinos-act": {
        "tl": {
            "title": "Batas sa mga Manggagawang Migrante at mga Pilipino sa Ibayong-Dagat ng 1995 "
            "(Batas Republika Blg. 8042)",
            "summary": "Ang pangunahing batas sa proteksyon ng mga manggagawang migranteng Pilipino, ng kanilang "
            "mga pamilya at ng mga Pilipino sa ibang bansa na nasa kagipitan; inamyendahan noong 2010.",
        },
    },
    "philippines-amendment-of-the-migrant-workers-act": {
        "tl": {
            "title": "Pag-amyenda sa Batas sa mga Manggagawang Migrante (Batas Republika Blg. 10022)",
            "summary": "Inamyendahan ang Batas Republika Blg. 8042 upang palakasin ang proteksyon ng mga "
            "manggagawang migrante.",
        },
    },
    "philippines-anti-trafficking-in-persons-act": {
        "tl": {
            "title": "Batas Laban sa Trafficking in Persons ng 2003 (Batas Republika Blg. 9208)",
            "summary": "Binibigyang-kahulugan at pinarurusahan ang trafficking in persons (pangangalakal ng tao), "
            "at nagtatatag ng tulong para sa mga biktima.",
        },
    },
    "korea-immigration-act": {
        "ko": {"summary": "대한민국 출입국, 비자, 체류 및 외국인 등록에 관한 규정입니다."},
    },
    "korea-framework-act-on-treatment-of-foreigners": {
        "ko": {
            "summary": "재한외국인의 사회 적응을 돕고 차별을 방지하기 위한 국가와 지방자치단체의 책무를 정합니다."
        },
    },
    "korea-multicultural-families-support-act": {
        "ko": {"summary": "결혼이민으로 이루어진 가족을 위한 한국어 교육, 상담 등의 지원을 정합니다."},
    },
    "thailand-royal-ordinance-on-managing-the-employment-of-foreign-workers": {
        "th": {
            "title": "พระราชกำหนดการบริหารจัดการการทำงานของคนต่างด้าว พ.ศ. 2560 (2017)",
            "summary": "วิธีการนำคนต่างด้าวมาทำงานกับนายจ้างในประเทศไทย และคณะกรรมการที่กำหนดนโยบายเกี่ยวกับ"
            "การทำงานของคนต่างด้าว แก้ไขเพิ่มเติมในปี 2561 (2018)",
        },
    },
    "nepal-foreign-employment-act-2007": {
        "ne": {
            "title": "वैदेशिक रोजगार ऐन, २०६४ (2007)",
            "summary": "नेपालबाट हुने श्रम आप्रवासनलाई नियमन गर्छ: म्यानपावर कम्पनीको इजाजतपत्र, कल्याणकारी कोष "
            "र प्रस्थानअघि अनिवार्य अभिमुखीकरण।",
        },
    },
    "nepal-foreign-employment-rules-2008": {
        "ne": {
            "title": "वैदेशिक रोजगार नियमावली, २०६४ (2008)",
            "summary": "वैदेशिक रोजगार ऐनअन्तर्गतका नियम: म्यानपावर कम्पनीको इजाजतपत्र, रोजगारीको विज्ञापन, "
            "प्रस्थानअघिको अभिमुखीकरण र कल्याणकारी कोष।",
        },
    },
    "malaysia-anti-trafficking-in-persons-and-anti-smuggling-of-migrants-act": {
        "ms": {
            "title": "Akta Antipemerdagangan Orang dan Antipenyeludupan Migran 2007 (Akta 670)",
            "summary": "Undang-undang Malaysia menentang pemerdagangan orang dan penyeludupan migran, serta "
            "mengenai penjagaan dan perlindungan orang yang diperdagangkan.",
        },
    },
    "malaysia-employment-restriction-act-1968": {
        "ms": {
            "title": "Akta Kerja (Sekatan) 1968 (Akta 796)",
            "summary": "Mewajibkan permit untuk mengambil bekerja orang yang bukan warganegara Malaysia.",
        },
    },
    "asean-consensus-on-the-rights-of-migrant-workers": {
        "th": {
            "title": "ฉันทามติอาเซียนว่าด้วยการคุ้มครองและส่งเสริมสิทธิของแรงงานข้ามชาติ",
            "summary": "ผู้นำอาเซียนทั้งสิบประเทศลงนามที่กรุงมะนิลา: สิทธิของแรงงานข้ามชาติและครอบครัว "
            "และหน้าที่ของประเทศต้นทางและประเทศปลายทาง",
        },
        "ms": {
            "title": "Konsensus ASEAN mengenai Perlindungan dan Promosi Hak Pekerja Migran",
            "summary": "Ditandatangani oleh sepuluh pemimpin ASEAN di Manila: hak pekerja migran dan keluarga "
            "mereka, serta tanggungjawab negara asal dan negara destinasi.",
        },
        "id": {
            "title": "Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran",
            "summary": "Ditandatangani oleh sepuluh pemimpin ASEAN di Manila: hak-hak pekerja migran dan "
            "keluarganya, serta kewajiban negara asal dan negara tujuan.",
        },
        "tl": {
            "title": "Konsensus ng ASEAN sa Proteksyon at Pagtataguyod ng mga Karapatan ng mga Manggagawang "
            "Migrante",
            "summary": "Nilagdaan ng sampung pinuno ng ASEAN sa Maynila: ang mga karapatan ng mga manggagawang "
            "migrante at ng kanilang mga pamilya, at ang mga tungkulin ng mga bansang pinanggagalingan at "
            "pinupuntahan nila.",
        },
        "km": {
            "title": "ការឯកភាពអាស៊ានស្តីពីការការពារ និងការលើកកម្ពស់សិទ្ធិរបស់ពលករចំណាកស្រុក",
            "summary": "ចុះហត្ថលេខាដោយមេដឹកនាំអាស៊ានទាំងដប់ នៅទីក្រុងម៉ានីល៖ សិទ្ធិរបស់ពលករចំណាកស្រុក "
            "និងគ្រួសាររបស់ពួកគេ ព្រមទាំងកាតព្វកិច្ចរបស់ប្រទេសដើម និងប្រទេសទទួល។",
        },
        "lo": {
            "title": "ຄວາມເປັນເອກະພາບອາຊຽນ ວ່າດ້ວຍການປົກປ້ອງ ແລະ ສົ່ງເສີມສິດຂອງແຮງງານເຄື່ອນຍ້າຍ",
            "summary": "ລົງນາມໂດຍຜູ້ນຳອາຊຽນທັງສິບປະເທດ ທີ່ນະຄອນມະນີລາ: ສິດຂອງແຮງງານເຄື່ອນຍ້າຍ ແລະ "
            "ຄອບຄົວຂອງເຂົາເຈົ້າ, ແລະ ພັນທະຂອງປະເທດຕົ້ນທາງ ແລະ ປະເທດປາຍທາງ.",
        },
        "my": {
            "title": "ရွှေ့ပြောင်းအလုပ်သမားများ၏ အခွင့်အရေးများကို ကာကွယ်မြှင့်တင်ရေးဆိုင်ရာ အာဆီယံ သဘောတူညီချက်",
            "summary": "အာဆီယံ ခေါင်းဆောင် ဆယ်ဦးက မနီလာမြို့တွင် လက်မှတ်ရေးထိုးခဲ့သည်- ရွှေ့ပြောင်းအလုပ်သမားများနှင့် "
            "၎င်းတို့၏ မိသားစုများ၏ အခွင့်အရေးများ၊ မူရင်းနိုင်ငံနှင့် လက်ခံနိုင်ငံများ၏ တာဝန်များ။",
        },
    },
}


def with_national(spec):
    """The policy spec with its national-language title and summary added (a language it has is kept)."""
    extra = NATIONAL.get(spec["slug"], {})
    if not extra:
        return spec
    spec = dict(spec)
    for field in ("title", "summary"):
        texts = {code: fields[field] for code, fields in extra.items() if field in fields}
        spec[field] = {**texts, **spec.get(field, {})}
    return spec
