"""Search snippets mark only the words that matched the query after normalisation."""

from search.highlight import snippet_html, snippet_parts


def marked(text, query):
    return [part for part, match in snippet_parts(text, query) if match]


def test_vietnamese_marks_whole_words_only():
    text = "Hội Liên hiệp Phụ nữ hỗ trợ hỏi đáp, học nghề trong tỉnh; Hỗ Trợ pháp lý"
    assert marked(text, "hỗ trợ") == ["hỗ", "trợ", "Hỗ", "Trợ"]


def test_diacritics_and_case_fold_as_the_index_does():
    assert marked("Ho tro nguoi lao dong", "HỖ TRỢ") == ["Ho", "tro"]
    assert marked("Đà Nẵng", "da nang") == ["Đà", "Nẵng"]


def test_english_prefixes_are_not_marked():
    assert marked("Workers and work permits", "work") == ["work"]


def test_unspaced_scripts_still_mark_inside_words():
    assert marked("แรงงานต่างด้าว", "ต่างด้าว") == ["ต่างด้าว"]


def test_snippet_is_escaped():
    assert (
        str(snippet_html("<b>hỗ trợ</b>", "hỗ trợ")) == "&lt;b&gt;<mark>hỗ</mark> <mark>trợ</mark>&lt;/b&gt;"
    )
