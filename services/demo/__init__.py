"""Demo service directory: real organisations in the 12 foundation countries, loaded through import_hsds.

services_en.json holds every service; services_vi.json and services_ko.json add the Vietnamese and Korean
text of the services in Viet Nam and Korea. Every service has at least one way to reach it (phone, website or
e-mail), and contact_sources.json gives, for each, the public page it was checked against and the day. A
service whose contact no public page confirmed was taken out of the demo rather than listed unreachable (43 of
the 72 earlier entries, among them the One Stop Service Offices, DOLAB, the state legal aid centres, the
Nepali and Bangladeshi government offices and the North South Initiative); an editor can add them back with a
checked contact. Map positions are city centres (each location says so). No record carries a "verified on"
date: nobody has checked the whole of any entry for the portal yet, and the pages say so.
"""

import json
from pathlib import Path

from portal.demo.menu_translations import with_translations
from portal.demo.tree import upsert_child
from services.importers import import_services
from services.models import ServiceDirectoryPage

DEMO_DIR = Path(__file__).resolve().parent
FILES = [("services_en.json", "en"), ("services_vi.json", "vi"), ("services_ko.json", "ko")]


def load(home):
    """Import the demo services (idempotent: matched by HSDS id) and the directory page under home."""
    count = 0
    for name, language in FILES:
        data = json.loads((DEMO_DIR / name).read_text(encoding="utf-8"))
        count = max(count, len(import_services(data, language=language).service_ids))
    page = upsert_child(
        home,
        ServiceDirectoryPage,
        "services",
        with_translations(
            "services",
            {
                "title": {"en": "Find help near you", "vi": "Tìm hỗ trợ gần bạn", "ko": "가까운 지원 찾기"},
                "summary": {
                    "en": "Support services for migrants: hotlines, shelters, legal aid, health care and more.",
                    "vi": "Các dịch vụ hỗ trợ người di cư: đường dây nóng, nhà tạm lánh, trợ giúp pháp lý, y tế và nhiều hơn nữa.",
                    "ko": "이주민을 위한 지원 서비스: 핫라인, 쉼터, 법률 지원, 의료 등.",
                },
                "intro": {
                    "en": "Filter by country, type of help, language and who the service is for. Call a hotline in an emergency.",
                    "vi": "Lọc theo quốc gia, loại hỗ trợ, ngôn ngữ và đối tượng. Trong trường hợp khẩn cấp, hãy gọi đường dây nóng.",
                    "ko": "국가, 지원 유형, 언어, 대상별로 찾아보세요. 긴급한 경우 핫라인에 전화하세요.",
                },
                "show_in_menus": True,
            },
        ),
    )
    return page, count
