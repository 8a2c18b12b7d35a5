"""The normalisation layer, script by script: what a visitor types must give the terms the text gave."""

import pytest

from core.normalise import (
    SEGMENTERS,
    decode_term,
    engine_term,
    fold,
    index_text,
    query_terms,
    tokens,
)


def shares_terms(query, text, segmenter=None):
    """True when every term of the query is a term of the text (what an AND search would need)."""
    return set(query_terms(query, segmenter)) <= set(index_text(text, segmenter).split())


class TestFold:
    def test_vietnamese_without_diacritics(self):
        assert fold("Hỗ trợ Đà Nẵng") == "ho tro da nang"
        assert fold("ĐÀO TẠO học nghề") == "dao tao hoc nghe"

    def test_stacked_tone_marks_in_either_unicode_form(self):
        composed = "Nhà tạm lánh, hỗ trợ"
        decomposed = "Nha\u0300 ta\u0323m la\u0301nh, ho\u0302\u0303 tro\u031b\u0323"
        assert fold(composed) == fold(decomposed) == "nha tam lanh, ho tro"

    @pytest.mark.parametrize(
        "text",
        [
            "ต่างด้าว",  # Thai tone marks and vowels
            "လူကုန်ကူး",  # Burmese medials, asat
            "ពលករ ស្វែងរក",  # Khmer coeng
            "ແຮງງານ ເຂົ້າ",  # Lao
            "がっこう ガイド",  # Japanese dakuten in kana
            "परामर्श केन्द्र",  # Devanagari virama, vowel signs
            "স্মার্ট কার্ড",  # Bengali
            "විදේශ රැකියා",  # Sinhala
        ],
    )
    def test_marks_that_are_letters_survive(self, text):
        assert fold(text) == text

    def test_arabic_script_variants_and_harakat(self):
        # Arabic yeh and kaf typed on an Arabic keyboard find the Urdu letters; short vowels are optional.
        assert fold("ملازمت كي") == fold("ملازمت کی")
        assert fold("مُلازمت") == fold("ملازمت")

    def test_sinhala_zero_width_joiner_is_optional(self):
        assert fold("ශ්‍රී ලංකා") == fold("ශ්රී ලංකා")

    def test_empty_and_none(self):
        assert fold(None) == "" and fold("") == ""
        assert tokens(None) == [] and index_text("") == ""


@pytest.mark.parametrize("segmenter", sorted(SEGMENTERS))
class TestUnspacedScripts:
    def test_japanese_word_inside_a_sentence(self, segmenter):
        text = "残業代の未払い、労災、解雇について無料相談ができます。"
        assert shares_terms("未払い", text, segmenter)
        assert shares_terms("相談", text, segmenter)
        assert not shares_terms("保険", text, segmenter)

    def test_chinese(self, segmenter):
        assert shares_terms("外籍家庭傭工", "協助外籍家庭傭工處理欠薪", segmenter)
        assert shares_terms("庇護", "台中移工庇護中心", segmenter)

    def test_thai(self, segmenter):
        text = "ตรวจสุขภาพแรงงานต่างด้าว ประกันสุขภาพ"
        assert shares_terms("แรงงานต่างด้าว", text, segmenter)
        assert not shares_terms("ตำรวจ", text, segmenter)

    def test_khmer(self, segmenter):
        assert shares_terms("ពលករ", "ការស្វែងរកការងារសម្រាប់ពលករដែលត្រឡប់មកពីប្រទេសថៃ", segmenter)

    def test_lao(self, segmenter):
        assert shares_terms("ແຮງງານ", "ສູນຊ່ວຍເຫຼືອແຮງງານລາວ", segmenter)

    def test_burmese(self, segmenter):
        assert shares_terms("လူကုန်ကူး", "လူကုန်ကူးခံရသူများနှင့် ပြည်ပအလုပ်အကိုင်", segmenter)


class TestSpacedScripts:
    def test_korean_particle_attached(self):
        assert shares_terms("상담소", "인천 이주노동자 상담소에서 통역을 지원합니다")
        assert shares_terms("이주노동자 상담", "인천 이주노동자 상담소")
        assert not shares_terms("병원", "인천 이주노동자 상담소")

    def test_vietnamese_query_without_marks(self):
        assert shares_terms("nha tam lanh", "Nhà tạm lánh cho nạn nhân")
        assert shares_terms("ho chieu", "Hướng dẫn làm hộ chiếu")

    def test_urdu(self):
        assert shares_terms("بیرون ملک", "بیرون ملک ملازمت کے لیے رہنمائی مرکز")

    def test_devanagari_sinhala_bengali_words_stay_whole(self):
        assert tokens("महिला आप्रवासी कामदार") == ["महिला", "आप्रवासी", "कामदार"]
        assert tokens("ශ්‍රී ලංකා විදේශ") == ["ශ්රී", "ලංකා", "විදේශ"]
        assert tokens("স্মার্ট কার্ড") == ["স্মার্ট", "কার্ড"]

    def test_punctuation_and_digits(self):
        assert tokens("24-hour helpline (OFW)!") == ["24", "hour", "helpline", "ofw"]


class TestEngineTerms:
    def test_ascii_words_stay_readable(self):
        assert engine_term("helpline") == "helpline"

    @pytest.mark.parametrize("word", ["ต่างด้าว", "परामर्श", "ශ්රී", "상담", "未払い", "bữa"])
    def test_other_words_become_one_ascii_word_that_decodes_back(self, word):
        term = engine_term(word)
        assert term.isascii() and term.isalnum()
        assert decode_term(term) == word

    def test_terms_are_unique_per_word(self):
        assert engine_term("ต่าง") != engine_term("ต่างด้าว")
        assert engine_term("ต่างด้าว").startswith(engine_term("ต่าง"))

    def test_none_is_not_a_word_of_empty_text(self):
        assert "none" not in index_text(None).split()
