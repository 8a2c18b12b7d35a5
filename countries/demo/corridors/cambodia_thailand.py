"""Cambodia → Thailand, labour migration: in English, Khmer and Thai."""

from countries.demo.guides import TH_EMERGENCY, p

SLUG = "cambodia-to-thailand-labour"
ORIGIN, DESTINATION, KIND = "KH", "TH", "labour"

# The claims are those of the Cambodia and Thailand guides; the numbers are Thailand's emergency contacts.
SOURCES = [
    (
        "Holding a migrant worker's passport breaks Thailand's foreign labour management law",
        "https://www.bangkokpost.com/thailand/general/1545382/migrants-passports-held-over-unpaid-bill",
    ),
    (
        "Migrant workers covered by social security or by health insurance their employer must buy",
        "http://bangkokpost.com/print/359746/",
    ),
    ("Police 191 and medical emergencies 1669 in Thailand", TH_EMERGENCY),
    ("Social assistance hotline 1300, 24 hours", "https://news.thaipbs.or.th/content/183578"),
]

TEXTS = {
    "en": {
        "title": "Cambodia → Thailand: labour migration",
        "summary": "Working in Thailand legally from Cambodia, and coming home.",
        "before_you_go": p(
            "The memorandum of understanding (MoU) between Cambodia and Thailand is the legal channel: "
            "you travel with a passport, a visa and a work permit, and Thai labour law protects you. "
            "Use a recruitment agency licensed by Cambodia's Ministry of Labour and Vocational Training.",
        ),
        "working_and_living": p(
            "Keep your own passport and work permit: an employer may not hold them. Registered workers "
            "are covered by Thai social security or by the migrant health insurance scheme.",
        ),
        "rights_and_help": p(
            "In Thailand, call 191 for the police and 1669 for medical emergencies. The social "
            "assistance hotline 1300 answers 24 hours a day.",
        ),
        "coming_home": p(
            "Back in Cambodia, provincial job centres offer skills training and job matching.",
        ),
    },
    "km": {
        "title": "កម្ពុជា → ថៃ៖ ការធ្វើចំណាកស្រុកដើម្បីការងារ",
        "summary": "ការធ្វើការនៅប្រទេសថៃដោយស្របច្បាប់ពីកម្ពុជា និងការត្រឡប់មកផ្ទះវិញ។",
        "before_you_go": p(
            "អនុស្សរណៈនៃការយោគយល់គ្នា (MoU) រវាងកម្ពុជា និងថៃ គឺជាផ្លូវស្របច្បាប់៖ អ្នកធ្វើដំណើរដោយមាន"
            "លិខិតឆ្លងដែន ទិដ្ឋាការ និងប័ណ្ណការងារ ហើយច្បាប់ការងារថៃការពារអ្នក។ សូមប្រើទីភ្នាក់ងារជ្រើសរើស"
            "ការងារដែលមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ។",
        ),
        "working_and_living": p(
            "សូមរក្សាលិខិតឆ្លងដែន និងប័ណ្ណការងារដោយខ្លួនឯង៖ និយោជកមិនអាចរក្សាទុកបានទេ។ កម្មករដែលបាន"
            "ចុះឈ្មោះ ទទួលបានការគាំពារពីប្រព័ន្ធសន្តិសុខសង្គមថៃ ឬពីគម្រោងធានារ៉ាប់រងសុខភាពសម្រាប់ពលករ"
            "ចំណាកស្រុក។",
        ),
        "rights_and_help": p(
            "នៅប្រទេសថៃ សូមហៅលេខ 191 សម្រាប់ប៉ូលិស និងលេខ 1669 សម្រាប់ករណីសង្គ្រោះបន្ទាន់ផ្នែកសុខភាព។ "
            "ខ្សែទូរស័ព្ទជំនួយសង្គម 1300 ឆ្លើយតប 24 ម៉ោងក្នុងមួយថ្ងៃ។",
        ),
        "coming_home": p(
            "ពេលត្រឡប់មកកម្ពុជាវិញ មជ្ឈមណ្ឌលការងារខេត្តផ្តល់ការបណ្តុះបណ្តាលជំនាញ និងការផ្គូផ្គងការងារ។",
        ),
    },
    "th": {
        "title": "กัมพูชา → ไทย: การย้ายถิ่นเพื่อทำงาน",
        "summary": "การทำงานในประเทศไทยอย่างถูกกฎหมายจากกัมพูชา และการกลับบ้าน",
        "before_you_go": p(
            "บันทึกความเข้าใจ (MoU) ระหว่างกัมพูชาและไทยเป็นช่องทางที่ถูกกฎหมาย คุณเดินทางด้วยหนังสือเดินทาง "
            "วีซ่า และใบอนุญาตทำงาน และได้รับความคุ้มครองตามกฎหมายแรงงานไทย ใช้บริษัทจัดหางานที่ได้รับ"
            "ใบอนุญาตจากกระทรวงแรงงานและการฝึกอาชีพของกัมพูชา",
        ),
        "working_and_living": p(
            "เก็บหนังสือเดินทางและใบอนุญาตทำงานไว้กับตัวเอง นายจ้างยึดไว้ไม่ได้ แรงงานที่ขึ้นทะเบียนแล้ว"
            "ได้รับความคุ้มครองจากประกันสังคมไทยหรือระบบประกันสุขภาพแรงงานข้ามชาติ",
        ),
        "rights_and_help": p(
            "ในประเทศไทย โทร 191 แจ้งตำรวจ และโทร 1669 เมื่อเจ็บป่วยฉุกเฉิน สายด่วนศูนย์ช่วยเหลือสังคม 1300 "
            "รับสายตลอด 24 ชั่วโมง",
        ),
        "coming_home": p(
            "เมื่อกลับถึงกัมพูชา ศูนย์จัดหางานประจำจังหวัดมีการฝึกทักษะและช่วยหางาน",
        ),
    },
}
