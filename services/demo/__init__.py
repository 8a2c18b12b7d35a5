"""Demo service directory: real organisations in the 12 foundation countries, loaded through import_hsds.

services_en.json holds every service; services_vi.json and services_ko.json add the Vietnamese and Korean
text of the services in Viet Nam and Korea, and national.py every other service's name and description in the
language of the country it serves. Every service has at least one way to reach it (phone, website or
e-mail), and contact_sources.json gives, for each, the public page it was checked against and the day. A
service whose contact no public page confirmed was taken out of the demo rather than listed unreachable (43 of
the 72 earlier entries, among them the One Stop Service Offices, DOLAB, the state legal aid centres, the
Nepali and Bangladeshi government offices and the North South Initiative); an editor can add them back with a
checked contact. The Embassy of Nepal in Kuala Lumpur came back that way, with its website and the phone its
own visa page gives ("kindly call at 0320201899"); no public page gave one for Tenaganita. Map positions are
city centres (each location says so). No record carries a "verified on" date: nobody has checked the whole of
any entry for the portal yet, and the pages say so.
"""

import json
from pathlib import Path

from core.demo.menu_translations import with_translations
from core.demo.tree import upsert_child
from services.importers import import_services
from services.models import OpenDataPage, ServiceDirectoryPage

from .national import load_national

DEMO_DIR = Path(__file__).resolve().parent
FILES = [("services_en.json", "en"), ("services_vi.json", "vi"), ("services_ko.json", "ko")]


def load(home):
    """Import the demo services (idempotent: matched by HSDS id) and the directory page under home."""
    count = 0
    for name, language in FILES:
        data = json.loads((DEMO_DIR / name).read_text(encoding="utf-8"))
        count = max(count, len(import_services(data, language=language).service_ids))
    load_national()
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
    load_open_data_page(home)
    return page, count


def load_open_data_page(home):
    """The "Open data and embeds" page for partners, in English and Vietnamese (the lists come from code)."""
    return upsert_child(
        home,
        OpenDataPage,
        "open-data",
        {
            "title": {"en": "Open data and embeds", "vi": "Dữ liệu mở và mã nhúng"},
            "summary": {
                "en": "For partners: the portal's data, its APIs and feeds, and a map of services to put on your own website.",
                "vi": "Dành cho đối tác: dữ liệu, API và nguồn cấp tin của cổng thông tin, và bản đồ dịch vụ để đặt trên trang web của bạn.",
            },
            "intro": {
                "en": "Everything the portal publishes as data can be reused: the service directory in the Open "
                "Referral Human Services Data Specification (HSDS 3.0), the services and the migration figures "
                "as GeoJSON and CSV, and the policy updates as Atom feeds. Below you can also build the code "
                "that shows the map of services on your own website.",
                "vi": "Mọi dữ liệu cổng thông tin công bố đều có thể được sử dụng lại: danh bạ dịch vụ theo Đặc tả "
                "Dữ liệu Dịch vụ Nhân sinh của Open Referral (HSDS 3.0), các dịch vụ và số liệu di cư dưới dạng "
                "GeoJSON và CSV, và các cập nhật chính sách dưới dạng nguồn cấp Atom. Bên dưới, bạn cũng có thể "
                "tạo mã để hiển thị bản đồ dịch vụ trên trang web của mình.",
            },
            "show_in_menus": False,
        },
    )
