"""Myanmar → Thailand, labour migration: in English, Burmese and Thai.

Left out for want of a public source: a current hotline of Myanmar's embassy in Bangkok, and help for
returning workers in Myanmar.
"""

from countries.demo.guides import TH_EMERGENCY, callout, p
from countries.undesa import IMS_URL

SLUG = "myanmar-to-thailand-labour"
ORIGIN, DESTINATION, KIND = "MM", "TH", "labour"

LEGAL_MIGRATION = "https://www.consult-myanmar.com/2022/05/13/information-released-on-legal-migration-risk-of-illegal-migration-to-thailand/"
SOURCES = [
    (
        "UN DESA, International Migrant Stock 2019: 1,858,735 people born in Myanmar lived in Thailand",
        IMS_URL,
    ),
    ("Labour cooperation MoU of 21 June 2003 and employment agreement of 24 June 2016", LEGAL_MIGRATION),
    ("Licensed overseas employment agencies listed by Myanmar's Ministry of Labour", LEGAL_MIGRATION),
    (
        "Irregular migration through brokers: high fees, arrests in Thailand, risk of trafficking",
        LEGAL_MIGRATION,
    ),
    (
        "Holding a migrant worker's passport breaks Thailand's foreign labour management law",
        "https://www.bangkokpost.com/thailand/general/1545382/migrants-passports-held-over-unpaid-bill",
    ),
    (
        "Migrant workers covered by social security or by health insurance their employer must buy",
        "http://bangkokpost.com/print/359746/",
    ),
    (
        "Since 28 March 2018 a change of employer, workplace or type of work is notified",
        "https://www.doe.go.th/prd/download/download_by_pool_file/62222",
    ),
    (
        "Department of Employment hotline 1694 with Burmese, Khmer and English speakers",
        "https://mol.go.th/en/news/1694-hotline-launched-to-service-migrant-workers",
    ),
    ("Police 191, medical emergencies 1669", TH_EMERGENCY),
    ("Social assistance hotline 1300, 24 hours", "https://news.thaipbs.or.th/content/183578"),
    (
        "Under the 2016 agreement, at least 30 days in Myanmar before working in Thailand again",
        "https://en.vietnamplus.vn/thailand-myanmar-to-sign-two-mous-on-labour-cooperation/95177.vnp",
    ),
]

TEXTS = {
    "en": {
        "title": "Myanmar → Thailand: labour migration",
        "summary": "Going from Myanmar to work in Thailand: the legal channel, your papers, your rights and help.",
        "intro": "In 2019, 1,858,735 people born in Myanmar lived in Thailand (UN DESA, International Migrant "
        "Stock 2019).",
        "before_you_go": p(
            "Myanmar and Thailand signed a memorandum of understanding (MoU) on labour cooperation in 2003 and "
            "an agreement on employing workers in 2016. Under the MoU you go with a passport, a visa and a "
            "work permit, and Thai labour law protects you.",
            "Go only through an overseas employment agency licensed by Myanmar's Ministry of Labour. The "
            "ministry publishes the list of licensed agencies.",
        )
        + callout(
            "warning",
            "Going without papers is dangerous",
            "Workers who go through illegal brokers pay very high fees, can be arrested in Thailand and are "
            "more likely to be trafficked.",
        ),
        "working_and_living": p(
            "Keep your own passport and work permit: an employer may not hold them. Registered workers are "
            "covered by social security or by the migrant health insurance scheme.",
            "Since 28 March 2018 a change of employer, workplace or type of work is notified to the "
            "authorities; you no longer need their permission first.",
        ),
        "rights_and_help": p(
            "The Department of Employment's hotline 1694 has staff who speak Burmese. In an emergency in "
            "Thailand call 191 for the police and 1669 for medical help. The social assistance hotline 1300 "
            "answers 24 hours a day.",
        ),
        "coming_home": p(
            "Under the 2016 agreement, a worker whose contract has ended stays in Myanmar for at least 30 days "
            "before working in Thailand again.",
            "Before you leave Thailand, make sure you have all your wages. Keep your payslips and copies of "
            "your papers.",
        ),
    },
    "my": {
        "title": "မြန်မာ → ထိုင်း - အလုပ်သမား ရွှေ့ပြောင်းသွားလာခြင်း",
        "summary": "မြန်မာနိုင်ငံမှ ထိုင်းနိုင်ငံသို့ အလုပ်သွားလုပ်ခြင်း - တရားဝင်လမ်းကြောင်း၊ စာရွက်စာတမ်းများ၊ သင့်အခွင့်အရေးများနှင့် အကူအညီ။",
        "intro": "၂၀၁၉ ခုနှစ်တွင် မြန်မာနိုင်ငံ၌ မွေးဖွားသူ ၁,၈၅၈,၇၃၅ ဦး ထိုင်းနိုင်ငံတွင် နေထိုင်ခဲ့သည် "
        "(UN DESA, International Migrant Stock 2019)။",
        "before_you_go": p(
            "မြန်မာနှင့် ထိုင်းနိုင်ငံတို့သည် ၂၀၀၃ ခုနှစ်တွင် အလုပ်သမားရေးရာ ပူးပေါင်းဆောင်ရွက်မှု "
            "နားလည်မှုစာချွန်လွှာ (MoU) ကို လက်မှတ်ရေးထိုးခဲ့ပြီး ၂၀၁၆ ခုနှစ်တွင် အလုပ်သမား ခန့်ထားရေး "
            "သဘောတူညီချက်ကို လက်မှတ်ရေးထိုးခဲ့သည်။ MoU ဖြင့် သွားလျှင် နိုင်ငံကူးလက်မှတ်၊ ဗီဇာနှင့် "
            "အလုပ်လုပ်ခွင့်ပါမစ် ရှိပြီး ထိုင်းအလုပ်သမားဥပဒေက သင့်ကို ကာကွယ်သည်။",
            "မြန်မာနိုင်ငံ အလုပ်သမားဝန်ကြီးဌာနက လိုင်စင်ပေးထားသော ပြည်ပအလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီမှတစ်ဆင့်သာ "
            "သွားပါ။ လိုင်စင်ရ အေဂျင်စီစာရင်းကို ဝန်ကြီးဌာနက ထုတ်ပြန်ထားသည်။",
        )
        + callout(
            "warning",
            "စာရွက်စာတမ်းမရှိဘဲ သွားခြင်းသည် အန္တရာယ်ရှိသည်",
            "တရားမဝင် ပွဲစားများမှတစ်ဆင့် သွားသော အလုပ်သမားများသည် အလွန်များသော ကြေးငွေ ပေးရပြီး ထိုင်း"
            "နိုင်ငံတွင် ဖမ်းဆီးခံရနိုင်ကာ လူကုန်ကူးခံရနိုင်ခြေ ပိုများသည်။",
        ),
        "working_and_living": p(
            "သင့်နိုင်ငံကူးလက်မှတ်နှင့် အလုပ်လုပ်ခွင့်ပါမစ်ကို ကိုယ်တိုင် သိမ်းထားပါ။ အလုပ်ရှင်က သိမ်းထား၍ "
            "မရပါ။ မှတ်ပုံတင်ထားသော အလုပ်သမားများသည် လူမှုဖူလုံရေး သို့မဟုတ် ရွှေ့ပြောင်းလုပ်သား "
            "ကျန်းမာရေးအာမခံ အစီအစဉ်ဖြင့် အကာအကွယ် ရသည်။",
            "၂၀၁၈ ခုနှစ် မတ်လ ၂၈ ရက်မှစ၍ အလုပ်ရှင်၊ အလုပ်နေရာ သို့မဟုတ် အလုပ်အမျိုးအစား ပြောင်းလဲခြင်းကို "
            "အာဏာပိုင်များထံ အကြောင်းကြားရုံသာ လိုသည်။ ကြိုတင်ခွင့်ပြုချက် မလိုတော့ပါ။",
        ),
        "rights_and_help": p(
            "အလုပ်အကိုင်ဦးစီးဌာန၏ ဟော့လိုင်း 1694 တွင် မြန်မာစကား ပြောတတ်သော ဝန်ထမ်းများ ရှိသည်။ ထိုင်း"
            "နိုင်ငံတွင် အရေးပေါ်အခြေအနေ၌ ရဲအတွက် 191 နှင့် ဆေးဘက်ဆိုင်ရာ အကူအညီအတွက် 1669 ကို ခေါ်ပါ။ "
            "လူမှုရေး အကူအညီ ဟော့လိုင်း 1300 သည် ၂၄ နာရီ ဖြေကြားသည်။",
        ),
        "coming_home": p(
            "၂၀၁၆ သဘောတူညီချက်အရ စာချုပ်ကုန်ဆုံးသော အလုပ်သမားသည် ထိုင်းနိုင်ငံတွင် ထပ်မံ အလုပ်မလုပ်မီ မြန်မာနိုင်ငံတွင် အနည်းဆုံး ရက် ၃၀ နေရသည်။",
            "ထိုင်းနိုင်ငံမှ မပြန်မီ သင့်လုပ်ခ အားလုံး ရပြီးကြောင်း သေချာပါစေ။ လုပ်ခစာရွက်များနှင့် စာရွက်စာတမ်း မိတ္တူများကို သိမ်းထားပါ။",
        ),
    },
    "th": {
        "title": "เมียนมา → ไทย: การย้ายถิ่นเพื่อทำงาน",
        "summary": "การไปทำงานในประเทศไทยจากเมียนมา: ช่องทางที่ถูกกฎหมาย เอกสาร สิทธิของคุณ และการขอความช่วยเหลือ",
        "intro": "ในปี 2019 (พ.ศ. 2562) มีผู้ที่เกิดในเมียนมา 1,858,735 คน อาศัยอยู่ในประเทศไทย (UN DESA, "
        "International Migrant Stock 2019)",
        "before_you_go": p(
            "เมียนมาและไทยลงนามบันทึกความเข้าใจ (MoU) ว่าด้วยความร่วมมือด้านแรงงานในปี 2003 (พ.ศ. 2546) "
            "และความตกลงว่าด้วยการจ้างแรงงานในปี 2016 (พ.ศ. 2559) เมื่อมาตาม MoU คุณจะมีหนังสือเดินทาง วีซ่า "
            "และใบอนุญาตทำงาน และได้รับความคุ้มครองตามกฎหมายแรงงานไทย",
            "ไปผ่านบริษัทจัดหางานไปต่างประเทศที่ได้รับใบอนุญาตจากกระทรวงแรงงานของเมียนมาเท่านั้น "
            "กระทรวงเผยแพร่รายชื่อบริษัทที่ได้รับใบอนุญาต",
        )
        + callout(
            "warning",
            "การเดินทางโดยไม่มีเอกสารเป็นอันตราย",
            "แรงงานที่มาผ่านนายหน้าผิดกฎหมายต้องจ่ายค่าใช้จ่ายสูงมาก อาจถูกจับในประเทศไทย และเสี่ยงต่อการถูกค้ามนุษย์มากกว่า",
        ),
        "working_and_living": p(
            "เก็บหนังสือเดินทางและใบอนุญาตทำงานไว้กับตัวเอง นายจ้างยึดไว้ไม่ได้ แรงงานที่ขึ้นทะเบียนแล้ว"
            "ได้รับความคุ้มครองจากประกันสังคมหรือระบบประกันสุขภาพแรงงานข้ามชาติ",
            "ตั้งแต่วันที่ 28 มีนาคม 2018 (พ.ศ. 2561) การเปลี่ยนนายจ้าง สถานที่ทำงาน หรือประเภทงาน "
            "ใช้การแจ้งต่อเจ้าหน้าที่ ไม่ต้องขออนุญาตก่อนแล้ว",
        ),
        "rights_and_help": p(
            "สายด่วน 1694 ของกรมการจัดหางานมีเจ้าหน้าที่ที่พูดภาษาเมียนมาได้ ในกรณีฉุกเฉินในประเทศไทย "
            "โทร 191 แจ้งตำรวจ และโทร 1669 เมื่อเจ็บป่วยฉุกเฉิน สายด่วนศูนย์ช่วยเหลือสังคม 1300 "
            "รับสายตลอด 24 ชั่วโมง",
        ),
        "coming_home": p(
            "ตามความตกลงปี 2016 (พ.ศ. 2559) แรงงานที่ครบสัญญาแล้วต้องอยู่ในเมียนมาอย่างน้อย 30 วัน "
            "ก่อนกลับมาทำงานในประเทศไทยอีกครั้ง",
            "ก่อนออกจากประเทศไทย ตรวจสอบว่าได้รับค่าจ้างครบแล้ว เก็บสลิปเงินเดือนและสำเนาเอกสารไว้",
        ),
    },
}
