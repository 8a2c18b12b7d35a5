"""The demo guides in each country's national language, and the Thailand and Malaysia guides in Burmese and Nepali.

Translations of the English texts in guides.py, written for the demo and not yet reviewed: readers see them as
drafts until a reviewer records a review. Same keys as guides.TRANSLATIONS: summary, stage blocks, and the
emergency numbers' labels and notes in the order of the guide's contacts.
"""


def p(*paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


NATIONAL = {
    "JP": {
        "ja": {
            "summary": "技能実習、特定技能、そして日本での暮らし。",
            "before_you_go": p(
                "送出機関が自国政府に認められているか、保証金や違約金を払わされないかを確かめてください。"
                "これらは日本の技能実習制度で禁止されています。"
            ),
            "working_and_living": p(
                "外国人労働者にも日本の労働法、最低賃金、健康保険が適用されます。労働局には、いくつかの言語で"
                "相談できる外国人労働者向けの相談コーナーがあります。"
            ),
            "contacts": ["警察", "消防・救急"],
        },
    },
    "TH": {
        "th": {
            "summary": "การทำงานในประเทศไทยผ่านช่องทางที่ถูกกฎหมาย ประกันสุขภาพแรงงานข้ามชาติ "
            "และการคุ้มครองจากการบังคับใช้แรงงาน",
            "before_you_go": p(
                "แรงงานจากกัมพูชา ลาว เมียนมา และเวียดนามสามารถมาทำงานในประเทศไทยได้อย่างถูกกฎหมายตามบันทึก"
                "ความเข้าใจ (MoU) ระหว่างรัฐบาล การมาผ่านช่องทาง MoU ใช้เวลามากกว่า แต่คุณจะได้ใบอนุญาตทำงาน"
                "และได้รับความคุ้มครองตามกฎหมายไทย"
            ),
            "working_and_living": p(
                "เก็บหนังสือเดินทางและใบอนุญาตทำงานไว้กับตัวเอง นายจ้างยึดไว้ไม่ได้ แรงงานที่ขึ้นทะเบียนแล้ว"
                "ได้รับความคุ้มครองจากประกันสังคมหรือระบบประกันสุขภาพแรงงานข้ามชาติ",
                "ตั้งแต่วันที่ 28 มีนาคม 2561 การเปลี่ยนนายจ้าง สถานที่ทำงาน หรือประเภทงาน ใช้การแจ้งต่อเจ้าหน้าที่"
                "แทนการขออนุญาตก่อน สอบถามกรมการจัดหางานว่าใบอนุญาตของคุณมีเงื่อนไขอย่างไร การทำงานโดยไม่มี"
                "ใบอนุญาตทำงานอาจถูกปรับ แต่ไม่มีโทษจำคุกแล้ว",
            ),
            "contacts": [
                "ตำรวจ",
                "เจ็บป่วยฉุกเฉิน",
                "ดับเพลิง",
                "ศูนย์ช่วยเหลือสังคม (ศูนย์ประชาบดี)",
                "สายด่วนกรมการจัดหางานสำหรับแรงงานข้ามชาติ",
            ],
            "notes": ["", "", "", "24 ชั่วโมง", "ภาษาเมียนมา เขมร และอังกฤษ"],
        },
        # Burmese: Myanmar's workers are the largest group of migrants in Thailand.
        "my": {
            "summary": "တရားဝင်လမ်းကြောင်းဖြင့် ထိုင်းနိုင်ငံတွင် အလုပ်လုပ်ခြင်း၊ ရွှေ့ပြောင်းလုပ်သား "
            "ကျန်းမာရေးအာမခံနှင့် အတင်းအကြပ် ခိုင်းစေမှုမှ ကာကွယ်ခြင်း။",
            "before_you_go": p(
                "ကမ္ဘောဒီးယား၊ လာအို၊ မြန်မာနှင့် ဗီယက်နမ်မှ အလုပ်သမားများသည် နှစ်နိုင်ငံ နားလည်မှုစာချွန်လွှာ "
                "(MoU) အရ ထိုင်းနိုင်ငံသို့ တရားဝင် လာရောက်နိုင်သည်။ MoU လမ်းကြောင်းသည် အချိန်ပိုကြာသော်လည်း "
                "အလုပ်လုပ်ခွင့်ပါမစ် ရရှိပြီး ထိုင်းဥပဒေ၏ အကာအကွယ်ကို ရစေသည်။"
            ),
            "working_and_living": p(
                "သင့်နိုင်ငံကူးလက်မှတ်နှင့် အလုပ်လုပ်ခွင့်ပါမစ်ကို ကိုယ်တိုင် သိမ်းထားပါ။ အလုပ်ရှင်က သိမ်းထား၍ "
                "မရပါ။ မှတ်ပုံတင်ထားသော အလုပ်သမားများသည် လူမှုဖူလုံရေး သို့မဟုတ် ရွှေ့ပြောင်းလုပ်သား "
                "ကျန်းမာရေးအာမခံ အစီအစဉ်ဖြင့် အကာအကွယ် ရသည်။",
                "၂၀၁၈ ခုနှစ် မတ်လ ၂၈ ရက်မှစ၍ အလုပ်ရှင်၊ အလုပ်နေရာ သို့မဟုတ် အလုပ်အမျိုးအစား ပြောင်းလဲခြင်းကို "
                "ကြိုတင်ခွင့်ပြုချက် မယူဘဲ အာဏာပိုင်များထံ အကြောင်းကြားရုံဖြင့် ပြုလုပ်နိုင်သည်။ သင့်ပါမစ်တွင် "
                "မည်သည့် စည်းကမ်းချက်များ သက်ဆိုင်သည်ကို အလုပ်အကိုင်ဦးစီးဌာနတွင် မေးမြန်းပါ။ "
                "အလုပ်လုပ်ခွင့်ပါမစ် မရှိဘဲ အလုပ်လုပ်ခြင်းအတွက် ဒဏ်ငွေ ချမှတ်ခံရနိုင်သော်လည်း ထောင်ဒဏ် "
                "မချမှတ်တော့ပါ။",
            ),
            "contacts": [
                "ရဲ",
                "ဆေးဘက်ဆိုင်ရာ အရေးပေါ်",
                "မီးသတ်",
                "လူမှုရေး အကူအညီ ဟော့လိုင်း (ပရာချာဘော်ဒီ စင်တာ)",
                "ရွှေ့ပြောင်းလုပ်သားများအတွက် အလုပ်အကိုင်ဦးစီးဌာန ဟော့လိုင်း",
            ],
            "notes": ["", "", "", "၂၄ နာရီ", "မြန်မာ၊ ခမာ နှင့် အင်္ဂလိပ် ဘာသာ"],
        },
    },
    "MY": {
        "ms": {
            "summary": "Pengambilan pekerja, permit kerja dan hak anda sebagai pekerja di Malaysia.",
            "before_you_go": p(
                "Yuran pengambilan yang dikenakan kepada pekerja ialah punca utama jeratan hutang. Bandingkan "
                "bayaran yang diminta dengan yuran yang dibenarkan oleh kerajaan negara anda sendiri, dan minta resit."
            ),
            "rights_and_help": p(
                "Majikan anda mesti membayar gaji ke dalam akaun bank anda sendiri dan tidak boleh menyimpan "
                "pasport anda. Pejabat tenaga kerja menerima aduan gaji tidak dibayar daripada pekerja migran."
            ),
            "contacts": ["Polis, bomba dan ambulans"],
        },
        # Nepali: Nepal → Malaysia is one of the demo's corridors.
        "ne": {
            "summary": "मलेसियामा भर्ती, कार्य अनुमति र कामदारका रूपमा तपाईंका अधिकार।",
            "before_you_go": p(
                "कामदारसँग लिइने भर्ती शुल्क ऋणको बन्धनको मुख्य कारण हो। तपाईंसँग माग गरिएको रकमलाई आफ्नै "
                "सरकारले तोकेको शुल्कसँग दाँज्नुहोस् र रसिद माग्नुहोस्।"
            ),
            "rights_and_help": p(
                "रोजगारदाताले तलब तपाईंकै बैंक खातामा जम्मा गर्नुपर्छ र तपाईंको राहदानी राख्न पाउँदैन। श्रम "
                "कार्यालयहरूले आप्रवासी कामदारबाट नपाएको तलबसम्बन्धी उजुरी लिन्छन्।"
            ),
            "contacts": ["प्रहरी, दमकल र एम्बुलेन्स"],
        },
    },
    "KH": {
        "km": {
            "summary": "ការទៅធ្វើការនៅបរទេសពីកម្ពុជា និងការត្រឡប់មកកម្ពុជាវិញ។",
            "before_you_go": p(
                "សូមប្រើទីភ្នាក់ងារជ្រើសរើសការងារដែលមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ "
                "ហើយចុះហត្ថលេខាលើកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរជាភាសាខ្មែរ ដែលបញ្ជាក់ពីប្រាក់ឈ្នួល ម៉ោងធ្វើការ "
                "និងអ្នកដែលចេញថ្លៃធ្វើដំណើរ។"
            ),
            "coming_home": p(
                "អ្នកដែលត្រឡប់មកពីប្រទេសថៃវិញ អាចស្នើសុំការបណ្តុះបណ្តាលជំនាញ និងការផ្គូផ្គងការងារ ពីមជ្ឈមណ្ឌលការងារខេត្ត។"
            ),
            "contacts": ["នគរបាល"],
            "notes": ["ឥតគិតថ្លៃ"],
        },
    },
    "NP": {
        "ne": {
            "summary": "नेपालबाट वैदेशिक रोजगारी: श्रम स्वीकृति, शुल्क र फर्केकाहरूका लागि सहयोग।",
            "before_you_go": p(
                "जानुअघि वैदेशिक रोजगार विभागबाट श्रम स्वीकृति लिनुपर्छ। इजाजतप्राप्त म्यानपावर कम्पनीमार्फत "
                "मात्र जानुहोस् र प्रस्थानपूर्व अभिमुखीकरणमा सहभागी हुनुहोस्।"
            ),
            "coming_home": p(
                "खाडी मुलुकबाट फर्केका महिलाले परामर्श र सीप तालिमका लागि महिला आप्रवासी कामदारका समूहहरूसँग "
                "सहयोग माग्न सक्छन्।"
            ),
            "contacts": ["प्रहरी", "दमकल", "एम्बुलेन्स", "राष्ट्रिय महिला आयोगको हेल्पलाइन"],
            "notes": ["", "", "", "निःशुल्क, २४ घण्टा"],
        },
    },
    "PH": {
        "tl": {
            "summary": "Mga overseas Filipino worker: pag-alis, proteksyon sa ibang bansa at reintegrasyon.",
            "before_you_go": p(
                "Umalis lamang sa pamamagitan ng mga ahensiyang lisensyado ng Department of Migrant Workers, at "
                "suriin ang job order bago pumirma. Dumalo sa pre-departure orientation seminar."
            ),
            "coming_home": p(
                "Ang Overseas Workers Welfare Administration (OWWA) ay may mga programang reintegrasyon na may "
                "tulong pangkabuhayan at pagsasanay sa negosyo para sa mga umuuwing manggagawa."
            ),
            "contacts": [
                "Pambansang emergency hotline",
                "Actionline laban sa human trafficking",
                "OWWA hotline",
            ],
            "notes": ["", "24 oras", "Para sa mga overseas Filipino worker at kanilang pamilya, 24 oras"],
        },
    },
    "ID": {
        "id": {
            "summary": "Pekerja migran Indonesia: penempatan, perlindungan, dan hak anak-anak Anda di luar negeri.",
            "before_you_go": p(
                "Daftarlah sebagai calon pekerja migran di instansi pemerintah yang menangani penempatan di "
                "kabupaten/kota Anda. Tanyakan biaya penempatan mana yang boleh dibebankan kepada Anda sebelum "
                "Anda membayar."
            ),
            "working_and_living": p(
                "Catatkan kelahiran anak yang lahir di luar negeri di konsulat Indonesia, agar mereka bisa "
                "mendapatkan dokumen identitas dan bersekolah."
            ),
            "contacts": [
                "Polisi",
                "Layanan panggilan darurat",
                "Ambulans",
                "Pusat panggilan Kementerian Pelindungan Pekerja Migran Indonesia",
            ],
            "notes": ["", "", "", "Bebas pulsa, 24 jam. Dari luar negeri: +62 21 2924 4800"],
        },
    },
    "MM": {
        "my": {
            "summary": "မြန်မာနိုင်ငံမှ ရွှေ့ပြောင်းသွားလာခြင်း - တရားဝင်လမ်းကြောင်းများ၊ စာရွက်စာတမ်းများနှင့် "
            "လမ်းခရီးရှိ အန္တရာယ်များ။",
            "before_you_go": p(
                "နယ်စပ်ကို တရားမဝင် ဖြတ်ကျော်သွားလာခြင်းသည် ပွဲစားများ၏ အကြွေးဝန်၊ ဖမ်းဆီးခံရခြင်းနှင့် "
                "လူကုန်ကူးခံရခြင်းတို့ကို ရင်ဆိုင်ရစေသည်။ ထိုင်းနိုင်ငံနှင့် MoU ကဲ့သို့သော တရားဝင်လမ်းကြောင်းများ "
                "အကြောင်း မေးမြန်းပြီး သင့်စာရွက်စာတမ်းများ၏ မိတ္တူများကို သိမ်းထားပါ။"
            ),
            "contacts": ["မီးသတ်"],
        },
    },
    "BD": {
        "bn": {
            "summary": "বাংলাদেশ থেকে বিদেশে কাজ: নিবন্ধন, স্মার্ট কার্ড ও খরচ।",
            "before_you_go": p(
                "যাওয়ার আগে জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরোতে (বিএমইটি) নিবন্ধন করুন এবং বহির্গমন "
                "ছাড়পত্র কার্ড নিন। রিক্রুটিং এজেন্সির সরকারি লাইসেন্স থাকতে হবে।"
            ),
            "contacts": ["জাতীয় জরুরি সেবা", "নারী ও শিশু নির্যাতন প্রতিরোধে হেল্পলাইন"],
            "notes": ["", "বিনামূল্যে, ২৪ ঘণ্টা"],
        },
    },
    "LA": {
        "lo": {
            "summary": "ການໄປເຮັດວຽກຢູ່ໄທ ແລະ ປະເທດອື່ນຈາກ ສປປ ລາວ: ຊ່ອງທາງທີ່ຖືກກົດໝາຍ ແລະ ການຊ່ວຍເຫຼືອເມື່ອກັບຄືນ.",
            "before_you_go": p(
                "ແຮງງານສາມາດໄປເຮັດວຽກຢູ່ໄທຢ່າງຖືກກົດໝາຍ ຕາມບົດບັນທຶກຄວາມເຂົ້າໃຈລາວ-ໄທ ວ່າດ້ວຍການຈ້າງງານ. "
                "ໃບອະນຸຍາດເຮັດວຽກທີ່ຖືກກົດໝາຍ ຈະປົກປ້ອງທ່ານຈາກການຖືກຈັບ ແລະ ຖືກສົ່ງກັບ."
            ),
            "contacts": ["ສາຍດ່ວນຕຳຫຼວດ"],
        },
    },
}
