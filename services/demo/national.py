"""Each demo service's name and description in the language of the country it serves (drafts, not reviewed).

services_vi.json and services_ko.json give the services in Viet Nam and Korea in Vietnamese and Korean; these
are the others, by HSDS id, in their country's national language, and in the language of the migrants they
serve where that differs (Nepali at Tenaganita in Kuala Lumpur, Burmese at the two Thai services for migrants
from Myanmar). Official names are kept where the service has one (Yorisoi Hotline, Talian Kasih 15999); the
rest are translations of the English written for the demo. Services carry no translation state (only pages
do, in editorial.PageTranslationState), so nothing on a service page says these are drafts: an editor should
review them before the demo is used as real content.
"""

from services.models import Service
from services.signals import services_imported
from services.text import column

NATIONAL = {
    # Japan
    "b78c7137-e702-5344-ae70-7ebe619b43a2": {
        "ja": {
            "name": "よりそいホットライン",
            "description": "どんな悩みでも、24時間、無料・匿名で電話相談ができます。外国語の相談回線もあります。",
        },
    },
    "6e039f9d-c6d4-53c8-a7d3-f399a7d8c89b": {
        "ja": {
            "name": "多言語の医療情報",
            "description": "外国語が通じる医療機関や日本の医療制度について、いくつかの言語で電話で案内します。",
        },
    },
    # Thailand
    "f37b05c4-f811-5824-9fe3-002ca5b1a6ee": {
        "th": {
            "name": "ศูนย์ช่วยเหลือสังคม สายด่วน 1300 (ศูนย์ประชาบดี)",
            "description": "สายด่วนช่วยเหลือสังคม เปิด 24 ชั่วโมง รับแจ้งเรื่องการค้ามนุษย์ ความรุนแรง "
            "และผู้ที่ต้องการความคุ้มครอง",
        },
    },
    "0f198d68-b42c-5e37-b65e-aa5f9ca70957": {
        "th": {
            "name": "ช่วยเหลือแรงงานข้ามชาติและผู้หญิง",
            "description": "ให้ความรู้เรื่องสิทธิ มีวิทยุชุมชนของแรงงานข้ามชาติ และช่วยเหลือด้านสิทธิแรงงานและสิทธิ"
            "ผู้หญิงแก่ผู้ย้ายถิ่นจากเมียนมา",
        },
        "my": {
            "name": "ရွှေ့ပြောင်းအလုပ်သမားများနှင့် အမျိုးသမီးများအတွက် အကူအညီ",
            "description": "မြန်မာနိုင်ငံမှ ရွှေ့ပြောင်းသူများအတွက် အခွင့်အရေး ပညာပေးခြင်း၊ ရွှေ့ပြောင်းလုပ်သား "
            "ရပ်ရွာ ရေဒီယိုနှင့် အလုပ်သမား အခွင့်အရေး၊ အမျိုးသမီး အခွင့်အရေးဆိုင်ရာ အကူအညီ။",
        },
    },
    "746f0c0b-b62f-5aff-8890-d2629c216094": {
        "th": {
            "name": "การดูแลสุขภาพผู้ย้ายถิ่นบริเวณชายแดน",
            "description": "คลินิกที่ให้บริการด้านสุขภาพแก่ผู้ย้ายถิ่นและผู้พลัดถิ่นจากเมียนมาตามแนวชายแดนไทย",
        },
        "my": {
            "name": "နယ်စပ်ရှိ ရွှေ့ပြောင်းသူများအတွက် ကျန်းမာရေး စောင့်ရှောက်မှု",
            "description": "ထိုင်းနယ်စပ်တစ်လျှောက်ရှိ မြန်မာနိုင်ငံမှ ရွှေ့ပြောင်းသူများနှင့် နေရပ်စွန့်ခွာသူများကို "
            "ကျန်းမာရေး စောင့်ရှောက်မှု ပေးသော ဆေးခန်း။",
        },
    },
    # Malaysia
    "aab4f74b-841d-5f24-a460-2ba474991be1": {
        "ms": {
            "name": "Talian Kasih 15999",
            "description": "Talian bantuan 24 jam bagi mereka yang menghadapi keganasan rumah tangga, penderaan "
            "kanak-kanak, pemerdagangan orang atau krisis keluarga yang lain.",
        },
    },
    "8178cfde-11b4-5928-b979-2fb2a64e4163": {
        "ms": {
            "name": "Bantuan untuk pekerja migran dan mangsa pemerdagangan orang",
            "description": "Sebuah NGO Malaysia yang melindungi pekerja migran, pelarian dan mangsa pemerdagangan "
            "orang: sokongan kes, bantuan guaman dan tempat perlindungan.",
        },
        "ne": {
            "name": "आप्रवासी कामदार र मानव बेचबिखनमा परेकाहरूलाई सहयोग",
            "description": "आप्रवासी कामदार, शरणार्थी र मानव बेचबिखनमा परेका व्यक्तिहरूको संरक्षण गर्ने मलेसियाली "
            "गैरसरकारी संस्था: मुद्दामा सहयोग, कानुनी सहायता र आश्रय।",
        },
    },
    "390aae6f-783b-513c-89dc-df7a7eac1896": {
        "ms": {
            "name": "Bantuan konsular untuk warganegara Nepal di Malaysia",
            "description": "Kedutaan Nepal di Kuala Lumpur. Warganegara yang tiada pasport, contohnya kerana hilang, "
            "boleh mendapatkan dokumen perjalanan sehala untuk pulang ke Nepal. Pekerja boleh menghantar aduan "
            "kepada kedutaan melalui borang dalam talian: gaji tidak dibayar, tiada rawatan kesihatan, atau tidak "
            "dibenarkan pulang apabila kontrak tamat.",
        },
        "ne": {
            "name": "मलेसियामा रहेका नेपाली नागरिकका लागि कन्सुलर सहयोग",
            "description": "क्वालालम्पुरस्थित नेपाली दूतावास। राहदानी नभएका (जस्तै हराएका) नागरिकले नेपाल फर्कन "
            "एकतर्फी यात्रा अनुमतिपत्र लिन सक्छन्। श्रमिकले अनलाइन फारममार्फत दूतावासमा गुनासो पठाउन सक्छन्: "
            "तलब नपाएको, स्वास्थ्य उपचार नपाएको, वा करार सकिँदा घर फर्कन नदिएको।",
        },
    },
    "0ce6b8c2-4762-5828-ac0b-70e92683dcce": {
        "ms": {
            "name": "Tempat perlindungan dan sokongan untuk wanita",
            "description": "Tempat perlindungan, kaunseling dan sokongan kes untuk wanita dan kanak-kanak yang "
            "terselamat daripada keganasan rumah tangga atau penderaan lain.",
        },
    },
    # Cambodia
    "a7084daf-58a5-53eb-b35d-e6ebb1fbb1bb": {
        "km": {
            "name": "ខ្សែទូរស័ព្ទជំនួយកុមារ 1280",
            "description": "ខ្សែទូរស័ព្ទជំនួយឥតគិតថ្លៃសម្រាប់កុមារ និងយុវជន៖ ការប្រឹក្សា និងការបញ្ជូនទៅសេវាការពារ។",
        },
    },
    "48b6e85f-457b-5fcf-83ae-975c00e692e2": {
        "km": {
            "name": "ការតាមដានសិទ្ធិមនុស្ស និងជំនួយផ្លូវច្បាប់",
            "description": "អង្គការសិទ្ធិមនុស្សកម្ពុជាមួយ ដែលជួយជនរងគ្រោះពីការរំលោភសិទ្ធិ រួមទាំងករណីការងារ និងដីធ្លី។",
        },
    },
    # Nepal
    "8e2f5459-55ee-546c-9a32-fe085423a3c2": {
        "ne": {
            "name": "महिला आप्रवासी कामदार र फर्केकाहरूका लागि सहयोग",
            "description": "वैदेशिक रोजगारीबाट फर्केका महिला कामदारहरूले स्थापना गरेको संस्था: आश्रय, परामर्श र "
            "पुनःएकीकरणमा सहयोग।",
        },
    },
    "d6504c74-674e-5520-b649-ecd9d61a9d17": {
        "ne": {
            "name": "मानव बेचबिखनबाट बचेकाहरूको संरक्षण",
            "description": "मानव बेचबिखनबाट बचेका महिला तथा बालबालिकाका लागि उद्धार, आश्रय, कानुनी सहायता र "
            "पुनर्स्थापना; सीमामा निगरानी केन्द्रहरू।",
        },
    },
    # Philippines
    "684d379b-fe02-5f90-bc25-961ca9a3053a": {
        "tl": {
            "name": "1343 Actionline laban sa Human Trafficking",
            "description": "Iulat ang hinihinalang human trafficking at humingi ng tulong para sa mga biktima.",
        },
    },
    "34ebfac3-02e1-52ae-9b5a-c63eaf3863ff": {
        "tl": {
            "name": "Mga serbisyo para sa mga Overseas Filipino Worker",
            "description": "Ang kagawaran ng pamahalaan para sa mga manggagawang Pilipino sa ibang bansa: mga "
            "lisensyadong ahensya, job order, kontrata at tulong sa mga reklamo.",
        },
    },
    "359b700a-906c-5187-a124-211473ff0c32": {
        "tl": {
            "name": "Kapakanan at reintegrasyon ng mga OFW",
            "description": "Tulong pangkapakanan para sa mga OFW at kanilang pamilya, kabilang ang mga iskolarsip "
            "at mga programang reintegrasyon para sa mga umuuwi.",
        },
    },
    # Indonesia
    "80a01f4c-231f-541e-a4a8-8453507eebc5": {
        "id": {
            "name": "Advokasi dan pendampingan kasus bagi pekerja migran",
            "description": "Pendampingan kasus dan bantuan hukum bagi pekerja migran Indonesia dan keluarganya.",
        },
    },
    # Myanmar
    "c376cd57-7417-5188-8490-41cf11260dd5": {
        "my": {
            "name": "ကျန်းမာရေးနှင့် ရှေးဦးသူနာပြုစုခြင်း ဝန်ဆောင်မှုများ",
            "description": "မြန်မာနိုင်ငံတစ်ဝန်းတွင် ရှေးဦးသူနာပြုစုခြင်း၊ ကျန်းမာရေးနှင့် အရေးပေါ် ကယ်ဆယ်ရေး ဝန်ဆောင်မှုများ။",
        },
    },
    # Bangladesh
    "01b0a8f7-6b6b-59b7-9ebd-be3ffaa76d1c": {
        "bn": {
            "name": "নারী ও শিশু নির্যাতন প্রতিরোধে জাতীয় হেল্পলাইন ১০৯",
            "description": "সহিংসতার শিকার নারী ও শিশুদের জন্য ২৪ ঘণ্টা খোলা বিনামূল্যের হেল্পলাইন; পুলিশ, "
            "চিকিৎসা ও আইনি সহায়তার সঙ্গে যোগাযোগ করিয়ে দেয়।",
        },
    },
    "a6b20847-0268-54e8-a4f2-dc7dbae32863": {
        "bn": {
            "name": "অভিবাসন কর্মসূচি",
            "description": "নিরাপদ অভিবাসন সম্পর্কে তথ্য, এবং দেশে ফেরা অভিবাসী ও মানবপাচারের শিকার হয়ে ফিরে আসা "
            "মানুষদের পুনর্বাসনে সহায়তা।",
        },
    },
    # Lao PDR
    "f8dd80ae-2fa3-53e1-bb3e-f87042832e3e": {
        "lo": {
            "name": "ການຊ່ວຍເຫຼືອຜູ້ລອດຊີວິດໃຫ້ກັບຄືນສູ່ຊຸມຊົນ",
            "description": "ຊ່ວຍເຫຼືອຜູ້ຖືກຄ້າມະນຸດໃຫ້ກັບຄືນສູ່ຊຸມຊົນຂອງຕົນ: ການໃຫ້ຄຳປຶກສາ, ການຝຶກອົບຮົມ ແລະ ການຕິດຕາມ.",
        },
    },
}


def load_national():
    """Write the translated names and descriptions (idempotent) and reindex the services they belong to."""
    written = []
    for hsds_id, languages in NATIONAL.items():
        values = {
            column(field, code): text for code, fields in languages.items() for field, text in fields.items()
        }
        if Service.objects.filter(hsds_id=hsds_id).update(**values):
            written.append(hsds_id)
    services_imported.send_robust(sender=load_national, service_ids=written)
    return written
