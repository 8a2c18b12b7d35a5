"""Demo service directory: real organisations in the 12 foundation countries, loaded through import_hsds.

services_en.json holds every service; services_vi.json and services_ko.json add the Vietnamese and Korean
text of the services in Viet Nam and Korea. Phone numbers are given only for well-known national hotlines;
map positions are city centres (each location says so). No record carries a "verified on" date: nobody has
checked these entries for the portal yet, and the pages say so.
"""

import json
from pathlib import Path

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
    )
    return page, count
