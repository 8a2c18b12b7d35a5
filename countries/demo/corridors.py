"""Demo corridor guides, written in our own words; only facts we are sure of, nothing we could not check."""

from core.demo.tree import upsert_child
from countries.demo.guides import CHECKED, callout, p
from countries.models import CORRIDOR_STAGES, CorridorGuidePage

STAGE_FIELDS = [prefix for prefix, _anchor, _heading in CORRIDOR_STAGES]

# slug: (origin, destination, kind, {lang: {"title", "summary", stage: blocks}})
CORRIDORS = {
    "viet-nam-to-republic-of-korea-marriage": (
        "VN",
        "KR",
        "marriage",
        {
            "en": {
                "title": "Viet Nam → Republic of Korea: marriage migration",
                "summary": "Marrying a Korean citizen and moving to Korea: papers, visa, language and help.",
                "before_you_go": p(
                    "Register the marriage in both countries: in Viet Nam with the competent authority and in "
                    "Korea, where the Korean spouse files the report. The visa for the foreign spouse of a "
                    "Korean citizen is the marriage-migrant visa (F-6).",
                    "Keep your own passport, marriage certificate and identity papers, and copies of them with "
                    "someone you trust at home. Never let a broker or your spouse's family keep them.",
                )
                + callout(
                    "warning",
                    "Be careful with marriage brokers",
                    "Ask for every promise in writing, in Vietnamese. Do not sign papers you cannot read.",
                ),
                "working_and_living": p(
                    "Family centres in every region of Korea offer Korean classes, counselling and "
                    "interpreting for marriage migrants and their children, free of charge.",
                ),
                "rights_and_help": p(
                    "If you face violence at home, call the Danuri emergency line (1577-1366) at any hour. "
                    "Counsellors speak Vietnamese and can find you a place in a shelter. The police number "
                    "is 112.",
                ),
                "coming_home": p(
                    "If you come home to Viet Nam with children born in Korea, register their births with the "
                    "Vietnamese authorities so that they can get identity papers and go to school.",
                ),
            },
            "vi": {
                "title": "Việt Nam → Hàn Quốc: di cư kết hôn",
                "summary": "Kết hôn với công dân Hàn Quốc và sang Hàn Quốc sinh sống: giấy tờ, thị thực, tiếng Hàn và nơi hỗ trợ.",
                "before_you_go": p(
                    "Hãy đăng ký kết hôn ở cả hai nước: tại Việt Nam với cơ quan có thẩm quyền và tại Hàn Quốc, "
                    "nơi người chồng hoặc vợ người Hàn nộp đăng ký. Thị thực cho vợ hoặc chồng nước ngoài của "
                    "công dân Hàn Quốc là thị thực kết hôn (F-6).",
                    "Tự giữ hộ chiếu, giấy chứng nhận kết hôn và giấy tờ tùy thân, và gửi bản sao cho người bạn tin "
                    "tưởng ở quê nhà. Không để môi giới hay gia đình nhà chồng giữ giấy tờ của bạn.",
                )
                + callout(
                    "warning",
                    "Cẩn thận với môi giới hôn nhân",
                    "Hãy yêu cầu mọi lời hứa được ghi bằng văn bản tiếng Việt. Không ký giấy tờ bạn không đọc được.",
                ),
                "working_and_living": p(
                    "Các trung tâm gia đình ở mọi địa phương của Hàn Quốc dạy tiếng Hàn, tư vấn và phiên dịch "
                    "miễn phí cho người di cư kết hôn và con cái họ.",
                ),
                "rights_and_help": p(
                    "Nếu bị bạo lực gia đình, hãy gọi đường dây khẩn cấp Danuri (1577-1366) bất kỳ lúc nào. Tư vấn "
                    "viên nói tiếng Việt và có thể tìm cho bạn chỗ ở tạm lánh. Số cảnh sát là 112.",
                ),
            },
            "ko": {
                "title": "베트남 → 대한민국: 결혼이민",
                "summary": "한국인과 결혼하여 한국으로 이주할 때: 서류, 비자, 한국어, 도움받을 곳.",
                "before_you_go": p(
                    "두 나라 모두에 혼인신고를 하세요. 베트남에서는 관할 기관에, 한국에서는 한국인 배우자가 "
                    "신고합니다. 한국인의 외국인 배우자가 받는 비자는 결혼이민 비자(F-6)입니다.",
                    "여권, 혼인증명서, 신분증은 본인이 보관하고 사본을 고향의 믿을 수 있는 사람에게 맡기세요. "
                    "중개업자나 배우자 가족에게 맡기지 마세요.",
                ),
                "working_and_living": p(
                    "전국의 가족센터는 결혼이민자와 자녀에게 한국어 교육, 상담, 통역을 무료로 제공합니다.",
                ),
                "rights_and_help": p(
                    "가정폭력을 겪고 있다면 언제든 다누리콜센터(1577-1366)에 전화하세요. 베트남어 상담원이 "
                    "쉼터를 찾아 드립니다. 경찰은 112입니다.",
                ),
            },
        },
    ),
    "nepal-to-malaysia-labour": (
        "NP",
        "MY",
        "labour",
        {
            "en": {
                "title": "Nepal → Malaysia: labour migration",
                "summary": "Going from Nepal to work in Malaysia: permits, fees, your passport and your wages.",
                "before_you_go": p(
                    "Get your labour permit from Nepal's Department of Foreign Employment and go only through "
                    "a licensed recruitment agency. Attend the pre-departure orientation before you leave.",
                    "Ask for a receipt for every payment and compare it with the fees Nepal allows. Loans "
                    "taken to pay recruiters are the most common cause of debt bondage in this corridor.",
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
        },
    ),
    "cambodia-to-thailand-labour": (
        "KH",
        "TH",
        "labour",
        {
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
        },
    ),
}


def corridor_values(origin, destination, kind, texts):
    values = {"origin_iso": origin, "destination_iso": destination, "kind": kind, "show_in_menus": False}
    values["title"] = {lang: text["title"] for lang, text in texts.items()}
    values["summary"] = {lang: text["summary"] for lang, text in texts.items()}
    for stage in STAGE_FIELDS:
        values[stage] = {lang: text.get(stage, []) for lang, text in texts.items()}
        values[f"{stage}_updated"] = CHECKED if texts["en"].get(stage) else None
    return values


def load(index):
    return [
        upsert_child(index, CorridorGuidePage, slug, corridor_values(origin, destination, kind, texts))
        for slug, (origin, destination, kind, texts) in CORRIDORS.items()
    ]
