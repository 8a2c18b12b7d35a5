"""Demo guides for twelve countries, written in our own words from public sources.

Emergency numbers are the published national numbers, each with the public page it was checked against and the
day it was checked. A number no public page confirmed was left out rather than guessed: Myanmar's police (199)
and ambulance (192) numbers, Cambodia's fire (118) and ambulance (119) numbers and Lao PDR's fire (190) and
ambulance (195) numbers. Malaysia retired its separate fire number (994) for 999 in 2007-2008 (The Star,
1 October 2007, quoted at http://sensasi-blog.blogspot.com/2007/10/dial-999-for-all-emergency-services-by.html).
"""

import datetime

from core.demo.menu_translations import with_translations
from core.demo.tree import upsert_child
from core.names import country_name
from core.translated import localized_column
from countries.demo.corridor_labels import named_label_in
from countries.demo.emergency_labels import ORDER as EMERGENCY_LABEL_LANGUAGES
from countries.demo.emergency_labels import label_in
from countries.demo.guides_national import NATIONAL
from countries.models import CountryGuidePage, CountryIndexPage, EmergencyContact

CHECKED = datetime.date(2026, 11, 1)
# The day the emergency numbers below were last checked against their sources.
CONTACTS_CHECKED = datetime.date(2026, 12, 7)


# Sources shared by several numbers of one country.
VN_EMERGENCY = "https://eng.hochiminhcity.gov.vn/-/hcmc-connects-three-emergency-switchboards"
KR_EMERGENCY = "https://citiesinsider.com/country/south-korea/CountryWide/emergency-contact-numbers"
JP_EMERGENCY = "https://90days-kyoto.com/life/emergency-and-disaster/"
TH_EMERGENCY = "https://thailandsimple.com/emergency-numbers-in-thailand"
NP_EMERGENCY = "https://np.usembassy.gov/emergency-assistance/"
ID_EMERGENCY = "https://www.republika.co.id/berita/koran/kesra/16/04/29/o6dso610-hubungi-nomor-112-panggilan-darurat-versi-indonesia"


def p(*paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


def callout(tone, title, text):
    return [("callout", {"tone": tone, "title": title, "text": f"<p>{text}</p>"})]


# iso: (slug, contacts [(kind, label_en, number, note_en, source URL)], summary_en, sections {stage: en blocks})
GUIDES = {
    "VN": (
        "viet-nam",
        [
            ("police", "Police", "113", "", VN_EMERGENCY),
            ("fire", "Fire and rescue", "114", "", VN_EMERGENCY),
            ("ambulance", "Ambulance", "115", "", VN_EMERGENCY),
            (
                "trafficking",
                "National hotline against human trafficking and for child protection",
                "111",
                "Free, 24 hours; for adults and children",
                "https://tienphong.vn/so-dien-thoai-111-them-chuc-nang-tiep-nhan-thong-tin-phong-chong-mua-ban-nguoi-post1779610.tpo",
            ),
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
                "inter-ministerial regulation signed in July 2022, developed with support from USAID's EpiC "
                "project. Victims are entitled to protection, health care, legal aid and help to return home.",
                "Call 111, free and at any hour, to report trafficking or to ask for help: since 2025 the "
                "national child protection hotline is also the national hotline against human trafficking, "
                "for adults as well as children.",
            ),
            "coming_home": p(
                "One Stop Service Offices (OSSO), opened in five pilot cities and provinces by the Viet Nam "
                "Women's Union with technical support from IOM and funding from KOICA, give returning migrant "
                "women and their families free counselling and information, and refer them to legal, "
                "psychological, training, job, loan and health services. They advise and refer; they do not "
                "offer a place to stay.",
                "Returning workers bring skills and savings, but many face debt, under-employment or family "
                "conflict. Local employment service centres offer job matching and vocational training.",
            ),
        },
    ),
    "KR": (
        "republic-of-korea",
        [
            ("police", "Police", "112", "", KR_EMERGENCY),
            ("ambulance", "Fire and ambulance", "119", "", KR_EMERGENCY),
            (
                "hotline",
                "Immigration contact centre",
                "1345",
                "Many languages",
                "https://citiesinsider.com/country/south-korea/busan/safety-and-emergency-services",
            ),
            (
                "hotline",
                "Emergency support for migrant women (Danuri)",
                "1577-1366",
                "24 hours, many languages",
                "https://mbn.co.kr/news/society/2290998",
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
        [
            ("police", "Police", "110", "", JP_EMERGENCY),
            ("ambulance", "Fire and ambulance", "119", "", JP_EMERGENCY),
        ],
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
            ("police", "Police", "191", "", TH_EMERGENCY),
            ("ambulance", "Medical emergencies", "1669", "", TH_EMERGENCY),
            ("fire", "Fire", "199", "", TH_EMERGENCY),
            (
                "hotline",
                "Social assistance hotline (Prachabodi Centre)",
                "1300",
                "24 hours",
                "https://news.thaipbs.or.th/content/183578",
            ),
            (
                "hotline",
                "Department of Employment hotline for migrant workers",
                "1694",
                "Burmese, Khmer and English",
                "https://mol.go.th/en/news/1694-hotline-launched-to-service-migrant-workers",
            ),
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
        [
            (
                "police",
                "Police, fire and ambulance",
                "999",
                "",
                "https://www.malaymail.com/news/malaysia/2025/11/20/tm-clarifies-saveme999-app-is-complementary-as-999-hotline-continues-as-primary-emergency-service/199132",
            ),
        ],
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
        [("police", "Police", "117", "Free", "https://starofcambodia.com/?p=16895")],
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
            ("police", "Police", "100", "", NP_EMERGENCY),
            ("fire", "Fire", "101", "", NP_EMERGENCY),
            ("ambulance", "Ambulance", "102", "", NP_EMERGENCY),
            (
                "hotline",
                "National Women Commission helpline",
                "1145",
                "Free, 24 hours",
                "http://nwc.gov.np/en/national-women-commission-launches-its-helpline-service-khabar-garaun-1145/",
            ),
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
            (
                "police",
                "National emergency hotline",
                "911",
                "",
                "https://coconuts.co/manila/news/911-phs-new-emergency-hotline-number",
            ),
            (
                "trafficking",
                "Actionline against human trafficking",
                "1343",
                "24 hours",
                "https://1343actionline.ph/874-21-more-ofws-home-from-syria",
            ),
            (
                "hotline",
                "OWWA hotline",
                "1348",
                "For overseas Filipino workers and their families, 24 hours",
                "https://www.expatreaders.com/2019/04/05/owwa-releases-hotline-that-distressed-ofws-can-call/",
            ),
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
            ("police", "Police", "110", "", ID_EMERGENCY),
            ("hotline", "Emergency call centre", "112", "", ID_EMERGENCY),
            ("ambulance", "Ambulance", "118", "", ID_EMERGENCY),
            (
                "hotline",
                "Call centre of the Ministry for the Protection of Indonesian Migrant Workers",
                "0800-1000",
                "Free, 24 hours. From abroad: +62 21 2924 4800",
                # The deputy minister gave both numbers in April 2025. Free and 24 hours:
                # https://www.lintasatlantik.com/2025/12/inilah-sanksi-bagi-pjtki-yang-salurkan.html (December 2025).
                "https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran",
            ),
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
        [
            (
                "fire",
                "Fire",
                "191",
                "",
                "https://www.gnlm.com.mm/enhanced-fire-safety-measures-implemented-in-yangon-region-with-cctv-surveillance/",
            )
        ],
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
            ("hotline", "National emergency service", "999", "", "https://bdnews24.com/society/93uzt307kg"),
            (
                "hotline",
                "Helpline for violence against women and children",
                "109",
                "Free, 24 hours",
                "https://banglanews24.com/national/news/bd/562633.details",
            ),
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
        [("police", "Police hotline", "1191", "", "http://en.chinagate.cn/2016-08/27/content_39174962.htm")],
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
                "trợ nạn nhân bị mua bán theo quy chế phối hợp liên ngành ký tháng 7 năm 2022, được xây dựng với "
                "sự hỗ trợ của dự án EpiC do USAID tài trợ. Nạn nhân được bảo vệ, chăm sóc y tế, trợ giúp pháp "
                "lý và hỗ trợ trở về.",
                "Hãy gọi 111, miễn phí và bất kỳ lúc nào, để tố giác mua bán người hoặc xin hỗ trợ: từ năm 2025, "
                "Tổng đài quốc gia bảo vệ trẻ em đồng thời là Tổng đài quốc gia về phòng, chống mua bán người, "
                "cho cả người lớn và trẻ em.",
            ),
            "coming_home": p(
                "Các Văn phòng Dịch vụ Một điểm đến (OSSO) do Hội Liên hiệp Phụ nữ Việt Nam mở tại năm tỉnh, "
                "thành phố thí điểm, với hỗ trợ kỹ thuật của IOM và tài trợ của KOICA, tư vấn miễn phí, cung cấp "
                "thông tin và kết nối phụ nữ di cư hồi hương và gia đình họ với các dịch vụ pháp lý, tâm lý, học "
                "nghề, việc làm, vay vốn và y tế. Văn phòng tư vấn và kết nối dịch vụ, không phải nơi ở tạm.",
            ),
            "contacts": [
                "Công an",
                "Cứu hỏa và cứu nạn",
                "Cấp cứu",
                "Tổng đài quốc gia về phòng, chống mua bán người và bảo vệ trẻ em",
            ],
            "notes": ["", "", "", "Miễn phí, 24 giờ; cho cả người lớn và trẻ em"],
        },
        "ko": {
            "summary": "해외 취업, 결혼, 유학을 위해 베트남을 떠날 때와 귀국할 때 확인할 것과 도움받을 곳.",
            "before_you_go": p(
                "해외 취업은 베트남 해외노동관리국의 허가를 받은 송출 회사나 국가 프로그램을 통해서만 하세요. "
                "돈을 내기 전에 허가증과 계약서를 확인하고 모든 서류의 사본을 보관하세요."
            ),
            "coming_home": p(
                "베트남여성연맹이 IOM의 기술 지원과 KOICA의 재정 지원으로 5개 시범 지역에 연 원스톱 서비스 "
                "사무소(OSSO)는 귀국한 이주 여성과 가족에게 무료 상담과 정보를 제공하고 법률, 심리, 직업훈련, "
                "취업, 대출, 의료 서비스로 연결해 줍니다. 숙소를 제공하는 곳은 아닙니다."
            ),
            "contacts": ["경찰", "소방·구조", "구급", "인신매매 방지 및 아동보호 국가 상담전화"],
            "notes": ["", "", "", "무료, 24시간, 성인과 아동 모두"],
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
            "notes": ["", "", "여러 언어", "24시간, 여러 언어"],
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
            "notes": ["", "", "Nhiều ngôn ngữ", "24 giờ, nhiều ngôn ngữ"],
        },
    },
}

# The guides in each country's national language (and Thailand's in Burmese, Malaysia's in Nepali).
for _iso, _languages in NATIONAL.items():
    TRANSLATIONS.setdefault(_iso, {}).update(_languages)

STAGE_FIELDS = ["before_you_go", "working_and_living", "rights_and_help", "emergencies", "coming_home"]


def guide_values(iso, summary, sections):
    values = {
        "iso_code": iso,
        "title": {lang: country_name(iso, lang) for lang in ["en", *TRANSLATIONS.get(iso, {})]},
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
        with_translations(
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
        ),
    )
    guides = []
    for iso, (slug, contacts, summary, sections) in GUIDES.items():
        page = upsert_child(index, CountryGuidePage, slug, guide_values(iso, summary, sections))
        translations = TRANSLATIONS.get(iso, {})
        page.emergency_contacts.all().delete()
        for position, (kind, label, number, note, source) in enumerate(contacts):
            contact = EmergencyContact(
                page=page,
                sort_order=position,
                kind=kind,
                number=number,
                label_en=label,
                note_en=note,
                source_url=source,
                checked_on=CONTACTS_CHECKED,
            )
            for lang, text in translations.items():
                setattr(contact, localized_column("label", lang), text["contacts"][position])
                if text.get("notes", [""] * len(contacts))[position]:
                    setattr(contact, localized_column("note", lang), text["notes"][position])
            for lang in EMERGENCY_LABEL_LANGUAGES:
                field = localized_column("label", lang)
                if not getattr(contact, field, "") and label_in(label, lang):
                    setattr(contact, field, label_in(label, lang))
                named, named_note = named_label_in(label, lang)
                if named and not getattr(contact, field, ""):
                    setattr(contact, field, named)
                    setattr(contact, localized_column("note", lang), named_note)
            contact.save()
        guides.append(page)
    return index, guides
