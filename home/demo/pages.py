"""Demo home page and the about, privacy and accessibility pages, in English, Vietnamese and Korean."""

from core.demo.menu_translations import with_translations
from core.demo.tree import ensure_home, upsert_child
from home.models import HomePage, StandardPage


def p(text):
    return [("paragraph", f"<p>{text}</p>")]


HOME = {
    "title": {
        "en": "Safe migration information for Asia and the Pacific",
        "vi": "Thông tin di cư an toàn cho châu Á - Thái Bình Dương",
        "ko": "아시아·태평양 안전 이주 정보",
    },
    "summary": {
        "en": "Reliable information in your language before you leave, while you live abroad and when you come home.",
        "vi": "Thông tin đáng tin cậy bằng ngôn ngữ của bạn trước khi đi, khi sống ở nước ngoài và khi trở về.",
        "ko": "떠나기 전, 해외에서 생활하는 동안, 그리고 귀국할 때 필요한 믿을 수 있는 정보를 여러분의 언어로 제공합니다.",
    },
    "intro": {
        "en": "Country guides, laws and policies, and support services for migrants, brought together by the "
        "Regional Network on Migration for Asia and the Pacific. Choose your country or search for what you need.",
        "vi": "Hướng dẫn theo quốc gia, luật và chính sách, và các dịch vụ hỗ trợ người di cư, do Mạng lưới Khu vực "
        "về Di cư châu Á - Thái Bình Dương tập hợp. Hãy chọn quốc gia hoặc tìm kiếm thông tin bạn cần.",
        "ko": "아시아·태평양 지역 이주 네트워크가 모은 국가별 안내, 법과 정책, 이주민 지원 서비스입니다. "
        "국가를 고르거나 필요한 정보를 검색하세요.",
    },
}

PAGES = [
    (
        "about",
        {
            "title": {"en": "About this portal", "vi": "Giới thiệu cổng thông tin", "ko": "포털 소개"},
            "summary": {
                "en": "Who runs the portal, where its information comes from, and how to tell us about a mistake.",
                "vi": "Ai vận hành cổng thông tin, thông tin lấy từ đâu và cách báo cho chúng tôi khi có sai sót.",
                "ko": "포털 운영 주체, 정보의 출처, 오류를 알리는 방법을 설명합니다.",
            },
            "body": {
                "en": p(
                    "Migrants in Asia and the Pacific often cannot find reliable information in their own "
                    "language. Governments, UN agencies and civil society publish it in many scattered places. "
                    "This portal brings that information together: country guides for each stage of migration, "
                    "the laws and agreements that protect migrants, and a directory of support services."
                )
                + p(
                    "Every guide and service shows when it was last checked. Policies link to their official "
                    "source. Figures on the migration landscape always name their source and year."
                ),
                "vi": p(
                    "Người di cư ở châu Á - Thái Bình Dương thường không tìm được thông tin đáng tin cậy bằng "
                    "ngôn ngữ của mình. Cổng thông tin này tập hợp hướng dẫn theo từng giai đoạn di cư, các luật "
                    "và hiệp định bảo vệ người di cư, và danh bạ các dịch vụ hỗ trợ."
                ),
                "ko": p(
                    "아시아·태평양의 이주민은 자신의 언어로 된 믿을 수 있는 정보를 찾기 어렵습니다. 이 포털은 이주 "
                    "단계별 국가 안내, 이주민을 보호하는 법과 협정, 지원 서비스 목록을 한곳에 모았습니다."
                ),
            },
            "show_in_menus": True,
        },
    ),
    (
        "privacy",
        {
            "title": {"en": "Privacy", "vi": "Quyền riêng tư", "ko": "개인정보 보호"},
            "summary": {
                "en": "We do not track you. No analytics, no third-party scripts, no advertising.",
                "vi": "Chúng tôi không theo dõi bạn. Không có công cụ phân tích, không có mã của bên thứ ba.",
                "ko": "우리는 여러분을 추적하지 않습니다. 분석 도구도, 제3자 스크립트도 없습니다.",
            },
            "body": {
                "en": p(
                    "This portal uses no analytics and loads nothing from other websites, except map images "
                    "from the map tile server named on each map. Your location, when you ask for services near "
                    "you, is used only inside your browser and is never sent to us."
                )
                + p(
                    "Search queries are not stored with anything that identifies you. Our server logs do not "
                    "keep your IP address unless the operator of this installation configures them to."
                ),
                "vi": p(
                    "Cổng thông tin không dùng công cụ phân tích và không tải nội dung từ trang web khác, trừ "
                    "hình ảnh bản đồ. Vị trí của bạn chỉ được dùng trong trình duyệt và không bao giờ gửi cho chúng tôi."
                ),
                "ko": p(
                    "이 포털은 분석 도구를 사용하지 않으며 지도 이미지 외에는 다른 웹사이트에서 아무것도 불러오지 "
                    "않습니다. 위치 정보는 브라우저 안에서만 쓰이고 서버로 보내지지 않습니다."
                ),
            },
            "show_in_menus": True,
        },
    ),
    (
        "accessibility",
        {
            "title": {
                "en": "Accessibility statement",
                "vi": "Tuyên bố về khả năng tiếp cận",
                "ko": "접근성 정책",
            },
            "summary": {
                "en": "We aim to meet WCAG 2.1 level AA on every page, on any phone, with or without JavaScript.",
                "vi": "Chúng tôi hướng tới chuẩn WCAG 2.1 mức AA trên mọi trang, mọi điện thoại.",
                "ko": "모든 페이지가 WCAG 2.1 AA 수준을 충족하도록 노력합니다.",
            },
            "body": {
                "en": p(
                    "Every page can be used with a keyboard alone, works without JavaScript except the maps, "
                    "and reads right to left in Urdu. Maps always have a list or a table with the same "
                    "information. If something does not work for you, please tell us."
                ),
            },
            "show_in_menus": True,
        },
    ),
]


def load():
    home = ensure_home(HomePage, with_translations("home", HOME))
    for slug, values in PAGES:
        upsert_child(home, StandardPage, slug, values)
    return home
