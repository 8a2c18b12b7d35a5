"""Latency of /api/search over generated multilingual documents (``manage.py bench_search``)."""

import random
import statistics
import time

from django.test import Client

from search.documents import DocumentData, ServiceBuilder, make_document, reindex_documents
from search.models import SearchDocument

# Words per language; unspaced scripts are joined without spaces, as they are written.
WORDS = {
    "en": "migrant worker shelter legal aid helpline wages passport visa contract employer training health "
    "insurance interpreter complaint dormitory injury recruitment agency fees return job family".split(),
    "vi": "người lao động hỗ trợ pháp lý hộ chiếu thị thực hợp đồng nhà tạm lánh việc làm học nghề "
    "bảo hiểm y tế khiếu nại tiền lương chủ sử dụng".split(),
    "ko": "이주노동자 상담소 통역 지원 사업장 변경 체류 기간 연장 쉼터 임금 체불 산재 보험 고용허가제".split(),
    "ja": "外国人 労働者 相談 未払い 残業代 労災 解雇 無料 技能実習 在留 資格 保険 通訳 窓口".split(),
    "zh-hant": "移工 法律 援助 熱線 欠薪 超時 工作 中介 費用 投訴 庇護 安置 醫療 協助".split(),
    "th": "แรงงาน ต่างด้าว สุขภาพ ประกัน ตรวจ ล่าม ค่าจ้าง นายจ้าง สัญญา ร้องเรียน ที่พัก ความช่วยเหลือ".split(),
    "km": "ពលករ ការងារ ជំនាញ បណ្តុះបណ្តាល សុខភាព ច្បាប់ ជំនួយ ប្រាក់ឈ្នួល".split(),
    "my": "အလုပ်သမား လူကုန်ကူး တိုင်ကြား ဖုန်းလိုင်း အကူအညီ လုပ်ခ ဥပဒေ".split(),
    "ne": "आप्रवासी कामदार परामर्श केन्द्र सीप तालिम महिला रोजगार श्रम सम्झौता".split(),
    "id": "pekerja migran pelatihan biaya penempatan akta kelahiran dokumen bantuan hukum gaji".split(),
}
UNSPACED = {"ja", "zh-hant", "th", "km", "my"}
COUNTRIES = ["VN", "KR", "JP", "TH", "KH", "MM", "NP", "ID", "MY", "SG", "PH", "HK", "TW"]


def _text(rng, language, length):
    words = rng.choices(WORDS[language], k=length)
    return ("" if language in UNSPACED else " ").join(words)


def generate(count, seed=1):
    """Write `count` service documents in the languages above, and index them."""
    rng = random.Random(seed)
    builder = ServiceBuilder()
    languages = sorted(WORDS)
    batch = []
    for i in range(count):
        language = languages[i % len(languages)]
        data = DocumentData(
            language=language,
            title=_text(rng, language, 4),
            url=f"/{language}/services/bench-{i}/",
            body=_text(rng, language, 40),
            countries=[rng.choice(COUNTRIES)],
            hsds_id=f"bench-{i}",
        )
        batch.append(make_document(builder, f"bench:{i}", data))
        if len(batch) == 1000:
            SearchDocument.objects.bulk_create(batch)
            batch = []
    SearchDocument.objects.bulk_create(batch)
    reindex_documents()


def queries(count, seed=2):
    rng = random.Random(seed)
    languages = sorted(WORDS)
    out = []
    for _ in range(count):
        language = rng.choice(languages)
        out.append((" ".join(rng.sample(WORDS[language], rng.randint(1, 3))), language))
    return out


def measure(requests, warmup=20):
    """(p50, p95, max) in milliseconds of /api/search for `requests` generated queries."""
    client = Client()
    timings = []
    for n, (query, language) in enumerate(queries(requests + warmup)):
        start = time.perf_counter()
        response = client.get("/api/search", {"q": query, "lang": language})
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"{query!r}: HTTP {response.status_code}")
        if n >= warmup:
            timings.append(elapsed)
    timings.sort()
    return (
        statistics.median(timings),
        timings[int(len(timings) * 0.95) - 1],
        timings[-1],
    )
