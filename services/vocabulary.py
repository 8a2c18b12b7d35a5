"""Our two controlled vocabularies: service types and target groups, with their English and local names.

Other languages' names are filled by editors in the admin (taxonomy terms are translatable).
"""

import uuid

from django.db import transaction

from .models import SERVICE_TYPES, TARGET_GROUPS, Taxonomy, TaxonomyTerm
from .text import column

NAMESPACE = uuid.UUID("6f1f8a52-3b0e-4c47-9d8e-2f5b8f0c1a11")


def vocabulary_id(*parts):
    """A stable UUID for a vocabulary record, the same on every installation."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


TAXONOMIES = {
    SERVICE_TYPES: "Types of support service offered to migrants (Asia-Pacific Migrant Portal).",
    TARGET_GROUPS: "Groups of people a service is meant for (Asia-Pacific Migrant Portal).",
}

# code: {language: name}
TERMS = {
    SERVICE_TYPES: {
        "counselling": {"en": "Counselling", "vi": "Tư vấn", "ko": "상담"},
        "health": {"en": "Health", "vi": "Y tế", "ko": "건강"},
        "shelter": {"en": "Shelter", "vi": "Nhà tạm lánh", "ko": "쉼터"},
        "legal-aid": {"en": "Legal aid", "vi": "Trợ giúp pháp lý", "ko": "법률 지원"},
        "hotline": {"en": "Hotline", "vi": "Đường dây nóng", "ko": "핫라인"},
        "reintegration": {"en": "Reintegration", "vi": "Tái hòa nhập", "ko": "재통합"},
        "employment": {"en": "Employment", "vi": "Việc làm", "ko": "고용"},
        "documentation": {"en": "Documents and visas", "vi": "Giấy tờ và thị thực", "ko": "서류 및 비자"},
        "financial": {"en": "Financial help", "vi": "Hỗ trợ tài chính", "ko": "재정 지원"},
        "education": {"en": "Education and training", "vi": "Giáo dục và đào tạo", "ko": "교육 및 훈련"},
    },
    TARGET_GROUPS: {
        "women": {"en": "Women", "vi": "Phụ nữ", "ko": "여성"},
        "children": {"en": "Children", "vi": "Trẻ em", "ko": "아동"},
        "workers": {"en": "Migrant workers", "vi": "Người lao động di cư", "ko": "이주노동자"},
        "trafficking-survivors": {
            "en": "Trafficking survivors",
            "vi": "Nạn nhân bị mua bán người",
            "ko": "인신매매 피해자",
        },
        "returnees": {"en": "Returnees", "vi": "Người di cư trở về", "ko": "귀환자"},
        "marriage-migrants": {"en": "Marriage migrants", "vi": "Người di cư kết hôn", "ko": "결혼이민자"},
        "students": {"en": "Students", "vi": "Du học sinh", "ko": "유학생"},
        "families": {"en": "Families of migrants", "vi": "Gia đình người di cư", "ko": "이주민 가족"},
    },
}


@transaction.atomic
def ensure_vocabulary():
    """Create the two taxonomies and their terms if missing; never overwrite an editor's wording."""
    for taxonomy_name, description in TAXONOMIES.items():
        taxonomy, _created = Taxonomy.objects.get_or_create(
            name=taxonomy_name,
            defaults={"description": description, "hsds_id": vocabulary_id("taxonomy", taxonomy_name)},
        )
        existing = set(taxonomy.terms.values_list("code", flat=True))
        for order, (code, names) in enumerate(TERMS[taxonomy_name].items()):
            if code in existing:
                continue
            term = TaxonomyTerm(
                taxonomy=taxonomy, code=code, sort_order=order, hsds_id=vocabulary_id("term", code)
            )
            for language, text in names.items():
                setattr(term, column("name", language), text)
            term.save()
