"""Viet Nam → Republic of Korea, marriage migration: in English, Vietnamese and Korean."""

from countries.demo.guides import callout, p

SLUG = "viet-nam-to-republic-of-korea-marriage"
ORIGIN, DESTINATION, KIND = "VN", "KR", "marriage"

# The claims are those of the Viet Nam and Korea guides; the numbers are their emergency contacts.
SOURCES = [
    ("Danuri emergency line 1577-1366, 24 hours, many languages", "https://mbn.co.kr/news/society/2290998"),
    (
        "Police 112 in Korea",
        "https://citiesinsider.com/country/south-korea/CountryWide/emergency-contact-numbers",
    ),
]

TEXTS = {
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
        "coming_home": p(
            "Nếu bạn về Việt Nam cùng con sinh ra ở Hàn Quốc, hãy đăng ký khai sinh cho con với cơ quan Việt "
            "Nam để con có giấy tờ tùy thân và được đi học.",
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
        )
        + callout(
            "warning",
            "결혼중개업자를 조심하세요",
            "모든 약속을 베트남어 문서로 받으세요. 읽을 수 없는 서류에는 서명하지 마세요.",
        ),
        "working_and_living": p(
            "전국의 가족센터는 결혼이민자와 자녀에게 한국어 교육, 상담, 통역을 무료로 제공합니다.",
        ),
        "rights_and_help": p(
            "가정폭력을 겪고 있다면 언제든 다누리콜센터(1577-1366)에 전화하세요. 베트남어 상담원이 "
            "쉼터를 찾아 드립니다. 경찰은 112입니다.",
        ),
        "coming_home": p(
            "한국에서 태어난 자녀와 함께 베트남으로 돌아간다면, 자녀가 신분증을 받고 학교에 다닐 수 "
            "있도록 베트남 당국에 출생을 등록하세요.",
        ),
    },
}
