"""Demo guides for twelve countries, written in our own words from public sources.

Emergency numbers are the published national numbers; where we were not sure of a number we left it out.
"""

import datetime

from countries.models import CountryGuidePage, CountryIndexPage, EmergencyContact
from countries.names import country_name
from portal.demo.tree import upsert_child

CHECKED = datetime.date(2026, 11, 1)


def p(*paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


def callout(tone, title, text):
    return [("callout", {"tone": tone, "title": title, "text": f"<p>{text}</p>"})]


# iso: (slug, contacts [(kind, label_en, number, note_en)], summary_en, sections {stage: en blocks})
GUIDES = {
    "VN": (
        "viet-nam",
        [
            ("police", "Police", "113", ""),
            ("fire", "Fire and rescue", "114", ""),
            ("ambulance", "Ambulance", "115", ""),
            ("hotline", "National child protection hotline", "111", "Free, 24 hours"),
        ],
        "Leaving Viet Nam to work, marry or study abroad, and coming home again: what to check and who can help.",
        {
            "before_you_go": p(
                "Go abroad to work only through a service company licensed by the Department of Overseas "
                "Labour (DOLAB), or through a programme run by the State. Ask to see the licence and the "
                "contract before you pay anything, and keep copies of every document.",
                "If you are marrying a foreigner, register the marriage in Viet Nam and abroad, and keep your "
                "own identity papers. Research by the Viet Nam Women's Union and IOM found that women without "
                "their own papers, or with an unfinished divorce, were the least protected abroad.",
            )
            + callout(
                "warning",
                "Tourist visas are not work visas",
                "Offers to travel on a tourist visa and work on arrival are a common route into forced labour "
                "and trafficking.",
            ),
            "rights_and_help": p(
                "Viet Nam's four ministries responsible for labour, public security, foreign affairs and "
                "defence coordinate the receipt, protection and support of trafficking victims under an "
                "inter-ministerial regulation signed with IOM's support. Victims are entitled to protection, "
                "health care, legal aid and help to return home."
            ),
            "coming_home": p(
                "One Stop Service Offices (OSSO), opened in pilot provinces with the Viet Nam Women's Union, "
                "KOICA and IOM, support returning migrant women with counselling, medical help, essential "
                "needs and temporary accommodation.",
                "Returning workers bring skills and savings, but many face debt, under-employment or family "
                "conflict. Local employment service centres offer job matching and vocational training.",
            ),
        },
    ),
    "KR": (
        "republic-of-korea",
        [
            ("police", "Police", "112", ""),
            ("ambulance", "Fire and ambulance", "119", ""),
            ("hotline", "Immigration contact centre", "1345", "Many languages"),
            (
                "hotline",
                "Emergency support for migrant women (Danuri)",
                "1577-1366",
                "24 hours, many languages",
            ),
        ],
        "Working, marrying and living in the Republic of Korea: your rights, health care and where to get help.",
        {
            "before_you_go": p(
                "Most workers from Asia come to Korea under the Employment Permit System (EPS), through a "
                "government-to-government agreement with their country. Apply only through your country's "
                "public EPS agency; the Korean language test and the job matching are run by public bodies.",
                "Marriage migrants need a marriage visa (F-6). Both spouses must register the marriage in "
                "both countries. Keep copies of your passport and alien registration card.",
            ),
            "working_and_living": p(
                "Workers under EPS have the same minimum wage, working-hours and industrial-accident "
                "insurance rights as Korean workers. You can ask to change workplace in cases of unpaid "
                "wages, assault or unsafe work."
            ),
            "rights_and_help": p(
                "Migrant women facing domestic violence can call the Danuri emergency line at any hour, in "
                "their own language, and ask for a place in a shelter. Multicultural family support centres "
                "offer Korean classes, counselling and interpreting."
            ),
        },
    ),
    "JP": (
        "japan",
        [("police", "Police", "110", ""), ("ambulance", "Fire and ambulance", "119", "")],
        "Technical intern training, specified skilled workers and daily life in Japan.",
        {
            "before_you_go": p(
                "Check that your sending organisation is approved by your government and that you will not "
                "pay a deposit or a penalty fee: these are forbidden under Japan's technical intern rules."
            ),
            "working_and_living": p(
                "Foreign workers are covered by Japan's labour laws, minimum wage and health insurance. "
                "Labour bureaus run consultation corners for foreign workers in several languages."
            ),
        },
    ),
    "TH": (
        "thailand",
        [
            ("police", "Police", "191", ""),
            ("ambulance", "Medical emergencies", "1669", ""),
            ("fire", "Fire", "199", ""),
            ("hotline", "Social assistance hotline (Prachabodi Centre)", "1300", "24 hours"),
        ],
        "Working in Thailand through legal channels, migrant health insurance and protection from forced labour.",
        {
            "before_you_go": p(
                "Workers from Cambodia, Lao PDR, Myanmar and Viet Nam can come to Thailand legally under "
                "bilateral memoranda of understanding (MoU). Going through the MoU channel costs more time "
                "but gives you a work permit and protection under Thai law."
            ),
            "working_and_living": p(
                "Keep your own passport and work permit: an employer may not hold them. Registered workers "
                "are covered by social security or by the migrant health insurance scheme.",
                "Since 28 March 2018 a change of employer, workplace or type of work is notified to the "
                "authorities instead of needing their permission first; ask the Department of Employment "
                "which conditions apply to your permit. Working without a work permit can be fined, but is "
                "no longer punished by prison.",
            ),
        },
    ),
    "MY": (
        "malaysia",
        [("police", "Police and ambulance", "999", ""), ("fire", "Fire", "994", "")],
        "Recruitment, work permits and your rights as a worker in Malaysia.",
        {
            "before_you_go": p(
                "Recruitment fees charged to workers are a main cause of debt bondage. Compare what you are "
                "asked to pay with the fees your own government allows, and ask for receipts."
            ),
            "rights_and_help": p(
                "Your employer must pay wages into your own bank account and may not keep your passport. "
                "Labour offices accept complaints about unpaid wages from migrant workers."
            ),
        },
    ),
    "KH": (
        "cambodia",
        [("police", "Police", "117", ""), ("fire", "Fire", "118", ""), ("ambulance", "Ambulance", "119", "")],
        "Working abroad from Cambodia, and coming home to Cambodia.",
        {
            "before_you_go": p(
                "Use a recruitment agency licensed by the Ministry of Labour and Vocational Training, and sign "
                "a written contract in Khmer that states your wage, hours and who pays for travel."
            ),
            "coming_home": p(
                "Returnees from Thailand can ask provincial job centres for skills training and job matching."
            ),
        },
    ),
    "NP": (
        "nepal",
        [
            ("police", "Police", "100", ""),
            ("fire", "Fire", "101", ""),
            ("ambulance", "Ambulance", "102", ""),
            ("hotline", "National Women Commission helpline", "1145", "Free, 24 hours"),
        ],
        "Foreign employment from Nepal: labour permits, fees and help for returnees.",
        {
            "before_you_go": p(
                "You need a labour permit from the Department of Foreign Employment before you leave. Go only "
                "through a licensed recruitment agency and attend the pre-departure orientation."
            ),
            "coming_home": p(
                "Women returning from the Gulf can ask women migrant workers' groups for counselling and "
                "skills training."
            ),
        },
    ),
    "PH": (
        "philippines",
        [
            ("police", "National emergency hotline", "911", ""),
            ("trafficking", "Actionline against human trafficking", "1343", ""),
            ("hotline", "OWWA hotline", "1348", "For overseas Filipino workers and their families"),
        ],
        "Overseas Filipino workers: deployment, protection abroad and reintegration.",
        {
            "before_you_go": p(
                "Deploy only through agencies licensed by the Department of Migrant Workers, and check the "
                "job order before you sign. Attend the pre-departure orientation seminar."
            ),
            "coming_home": p(
                "The Overseas Workers Welfare Administration (OWWA) runs reintegration programmes with "
                "livelihood support and business training for returning workers."
            ),
        },
    ),
    "ID": (
        "indonesia",
        [
            ("police", "Police", "110", ""),
            ("hotline", "Emergency call centre", "112", ""),
            ("ambulance", "Ambulance", "118", ""),
        ],
        "Indonesian migrant workers: placement, protection and the rights of your children abroad.",
        {
            "before_you_go": p(
                "Register as a prospective migrant worker with the government placement agency in your "
                "district. Ask which placement costs you may legally be charged before you pay."
            ),
            "working_and_living": p(
                "Register the births of children born abroad with the Indonesian consulate, so that they can "
                "get identity documents and go to school."
            ),
        },
    ),
    "MM": (
        "myanmar",
        [("police", "Police", "199", ""), ("fire", "Fire", "191", ""), ("ambulance", "Ambulance", "192", "")],
        "Migrating from Myanmar: legal channels, documents and risks on the way.",
        {
            "before_you_go": p(
                "Irregular journeys across borders expose you to brokers' debts, arrest and trafficking. Ask "
                "about legal channels, such as the MoU with Thailand, and keep copies of your documents."
            ),
        },
    ),
    "BD": (
        "bangladesh",
        [
            ("hotline", "National emergency service", "999", "Police, fire and ambulance"),
            ("hotline", "Helpline for violence against women and children", "109", "Free"),
        ],
        "Working abroad from Bangladesh: registration, smart cards and fees.",
        {
            "before_you_go": p(
                "Register with the Bureau of Manpower, Employment and Training (BMET) and get your emigration "
                "clearance card before you leave. Recruiting agencies must hold a government licence."
            ),
        },
    ),
    "LA": (
        "lao-pdr",
        [("police", "Police", "191", ""), ("fire", "Fire", "190", ""), ("ambulance", "Ambulance", "195", "")],
        "Working in Thailand and beyond from Lao PDR: legal channels and help on return.",
        {
            "before_you_go": p(
                "Workers can go to Thailand legally under the Lao–Thai memorandum of understanding on "
                "employment. A legal work permit protects you from arrest and deportation."
            ),
        },
    ),
}

# Vietnamese and Korean versions of the guides of Viet Nam and the Republic of Korea.
TRANSLATIONS = {
    "VN": {
        "vi": {
            "summary": "Rời Việt Nam để đi làm việc, kết hôn hay du học, và khi trở về: cần kiểm tra gì và ai có thể giúp.",
            "before_you_go": p(
                "Chỉ đi làm việc ở nước ngoài qua doanh nghiệp dịch vụ được Cục Quản lý lao động ngoài nước "
                "cấp phép, hoặc qua chương trình do Nhà nước thực hiện. Hãy yêu cầu xem giấy phép và hợp đồng "
                "trước khi trả bất kỳ khoản tiền nào, và giữ bản sao mọi giấy tờ.",
                "Nếu kết hôn với người nước ngoài, hãy đăng ký kết hôn ở Việt Nam và ở nước ngoài, và tự giữ "
                "giấy tờ tùy thân của mình. Nghiên cứu của Hội Liên hiệp Phụ nữ Việt Nam và IOM cho thấy phụ nữ "
                "không giữ giấy tờ hoặc chưa hoàn tất thủ tục ly hôn là những người ít được bảo vệ nhất.",
            )
            + callout(
                "warning",
                "Thị thực du lịch không phải thị thực lao động",
                "Lời mời đi du lịch rồi ở lại làm việc là con đường phổ biến dẫn tới lao động cưỡng bức và mua bán người.",
            ),
            "rights_and_help": p(
                "Bốn bộ phụ trách lao động, công an, ngoại giao và quốc phòng phối hợp tiếp nhận, bảo vệ và hỗ "
                "trợ nạn nhân bị mua bán theo quy chế phối hợp liên ngành được ký với sự hỗ trợ của IOM. Nạn nhân "
                "được bảo vệ, chăm sóc y tế, trợ giúp pháp lý và hỗ trợ trở về."
            ),
            "coming_home": p(
                "Các Văn phòng Dịch vụ Một cửa (OSSO) được mở tại các tỉnh thí điểm cùng Hội Liên hiệp Phụ nữ "
                "Việt Nam, KOICA và IOM, hỗ trợ phụ nữ di cư trở về bằng tư vấn tâm lý, hỗ trợ y tế, nhu cầu "
                "thiết yếu và chỗ ở tạm thời.",
            ),
            "contacts": ["Công an", "Cứu hỏa và cứu nạn", "Cấp cứu", "Tổng đài quốc gia bảo vệ trẻ em"],
        },
        "ko": {
            "summary": "해외 취업, 결혼, 유학을 위해 베트남을 떠날 때와 귀국할 때 확인할 것과 도움받을 곳.",
            "before_you_go": p(
                "해외 취업은 베트남 해외노동관리국의 허가를 받은 송출 회사나 국가 프로그램을 통해서만 하세요. "
                "돈을 내기 전에 허가증과 계약서를 확인하고 모든 서류의 사본을 보관하세요."
            ),
            "coming_home": p(
                "베트남여성연맹, KOICA, IOM이 시범 지역에 연 원스톱 서비스 사무소(OSSO)는 귀국한 이주 여성에게 "
                "심리 상담, 의료 지원, 생필품, 임시 숙소를 제공합니다."
            ),
            "contacts": ["경찰", "소방·구조", "구급", "국가 아동보호 상담전화"],
        },
    },
    "KR": {
        "ko": {
            "summary": "대한민국에서 일하고 결혼하고 생활할 때 알아야 할 권리, 의료, 도움받을 곳.",
            "before_you_go": p(
                "아시아에서 오는 노동자 대부분은 정부 간 협정에 따른 고용허가제(EPS)로 입국합니다. 반드시 "
                "본국의 공공 EPS 기관을 통해 신청하세요. 한국어 시험과 구직 알선은 공공기관이 운영합니다.",
                "결혼이민자는 결혼이민 비자(F-6)가 필요합니다. 두 나라 모두에 혼인신고를 하고 여권과 "
                "외국인등록증 사본을 보관하세요.",
            ),
            "working_and_living": p(
                "고용허가제 노동자도 한국인과 똑같이 최저임금, 근로시간, 산재보험의 보호를 받습니다. 임금 체불, "
                "폭행, 위험한 작업이 있으면 사업장 변경을 신청할 수 있습니다."
            ),
            "rights_and_help": p(
                "가정폭력을 겪는 이주 여성은 다누리 긴급지원센터에 언제든 모국어로 전화해 쉼터 입소를 요청할 수 "
                "있습니다. 가족센터는 한국어 교육, 상담, 통역을 제공합니다."
            ),
            "contacts": ["경찰", "소방·구급", "외국인종합안내센터", "이주여성 긴급지원 (다누리)"],
        },
        "vi": {
            "summary": "Làm việc, kết hôn và sinh sống tại Hàn Quốc: quyền của bạn, chăm sóc sức khỏe và nơi nhận hỗ trợ.",
            "before_you_go": p(
                "Phần lớn lao động châu Á sang Hàn Quốc theo Chương trình cấp phép việc làm (EPS) giữa hai chính "
                "phủ. Chỉ đăng ký qua cơ quan EPS nhà nước của nước bạn.",
                "Người di cư kết hôn cần thị thực F-6. Cả hai vợ chồng phải đăng ký kết hôn ở cả hai nước.",
            ),
            "rights_and_help": p(
                "Phụ nữ di cư bị bạo lực gia đình có thể gọi đường dây khẩn cấp Danuri bất kỳ lúc nào, bằng tiếng "
                "mẹ đẻ, và xin vào nhà tạm lánh."
            ),
            "contacts": [
                "Cảnh sát",
                "Cứu hỏa và cấp cứu",
                "Trung tâm thông tin người nước ngoài",
                "Hỗ trợ khẩn cấp phụ nữ di cư (Danuri)",
            ],
        },
    },
}

STAGE_FIELDS = ["before_you_go", "working_and_living", "rights_and_help", "emergencies", "coming_home"]
TITLE_LANGUAGES = ["en", "vi", "ko"]


def guide_values(iso, summary, sections):
    values = {
        "iso_code": iso,
        "title": {
            lang: country_name(iso, lang)
            for lang in TITLE_LANGUAGES
            if lang == "en" or lang in TRANSLATIONS.get(iso, {})
        },
        "summary": {"en": summary},
        "show_in_menus": False,
    }
    for stage in STAGE_FIELDS:
        values[stage] = {"en": sections.get(stage, [])}
        values[f"{stage}_updated"] = CHECKED if sections.get(stage) else None
    for lang, text in TRANSLATIONS.get(iso, {}).items():
        values["summary"][lang] = text["summary"]
        for stage in STAGE_FIELDS:
            if stage in text:
                values[stage][lang] = text[stage]
    return values


def load(home):
    index = upsert_child(
        home,
        CountryIndexPage,
        "countries",
        {
            "title": {"en": "Countries", "vi": "Các quốc gia", "ko": "국가"},
            "summary": {
                "en": "Guides for each country: before you go, while you are there, and when you come home.",
                "vi": "Hướng dẫn cho từng quốc gia: trước khi đi, khi ở đó và khi trở về.",
                "ko": "국가별 안내: 떠나기 전, 머무는 동안, 귀국할 때.",
            },
            "show_in_menus": True,
        },
    )
    guides = []
    for iso, (slug, contacts, summary, sections) in GUIDES.items():
        page = upsert_child(index, CountryGuidePage, slug, guide_values(iso, summary, sections))
        translated_labels = {lang: text["contacts"] for lang, text in TRANSLATIONS.get(iso, {}).items()}
        page.emergency_contacts.all().delete()
        for position, (kind, label, number, note) in enumerate(contacts):
            contact = EmergencyContact(
                page=page, sort_order=position, kind=kind, number=number, label_en=label, note_en=note
            )
            for lang, labels in translated_labels.items():
                setattr(contact, f"label_{lang}", labels[position])
            contact.save()
        guides.append(page)
    return index, guides
