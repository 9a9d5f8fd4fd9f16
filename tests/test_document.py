"""The document model: line/column mapping, UTF-16 columns, regions, paragraphs, newlines."""

from hypothesis import given, strategies as st

from checker.document import MASK, Document, Region, normalise_newlines


def test_line_and_column_are_one_based_code_points():
    doc = Document("第一行\n第二行XX\n")
    offset = doc.text.index("XX")
    assert doc.line_col(offset) == (2, 4)
    assert doc.line_text(2) == "第二行XX"
    assert doc.offset(2, 4) == offset
    assert doc.line_count == 3


def test_utf16_column_counts_astral_characters_twice():
    doc = Document("𠮷野家XX")
    offset = doc.text.index("XX")
    assert doc.line_col(offset) == (1, 4)
    assert doc.utf16_column(offset) == 5


def test_crlf_is_normalised_and_remembered():
    text, source = normalise_newlines("甲\r\n乙\n丙\r丁")
    assert text == "甲\n乙\n丙\n丁"
    assert source.crlf_at == (1,)
    doc = Document("甲\r\n乙\r\n")
    assert doc.text == "甲\n乙\n"
    assert doc.source.newline == "\r\n"
    assert doc.raw_offset(doc.text.index("乙")) == 3


def test_urls_and_emails_are_not_prose_but_keep_offsets():
    text = "访问www.gov.cn或写信至office@example.com，谢谢。"
    doc = Document(text)
    kinds = [(r.kind, text[r.start:r.end]) for r in doc.regions]
    assert kinds == [("url", "www.gov.cn"), ("email", "office@example.com")]
    assert len(doc.prose) == len(text)
    assert "www" not in doc.prose and MASK in doc.prose
    assert doc.prose.endswith("，谢谢。")
    assert not doc.is_prose(text.index("gov"))
    assert doc.is_prose(0, 2)


def test_url_does_not_swallow_following_chinese_or_full_stop():
    doc = Document("详见https://example.org/a/b.html。下一句")
    (region,) = doc.regions
    assert doc.text[region.start:region.end] == "https://example.org/a/b.html"


def test_paragraphs_are_non_blank_lines_in_text():
    doc = Document("一段\n\n  \n二段\n三段")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["一段", "二段", "三段"]
    assert doc.paragraph_of(doc.text.index("二")) == doc.paragraphs[1]


def test_nested_regions_merge():
    doc = Document("abcdefgh", regions=[Region(0, 5, "code"), Region(2, 3, "url"), Region(4, 7, "markup")])
    assert [(r.start, r.end, r.kind) for r in doc.regions] == [(0, 7, "code")]


def test_directive_lines_are_regions():
    doc = Document("正文\n<!-- checker-disable PH001 -->\n正文")
    assert [r.kind for r in doc.regions] == ["directive"]


@given(st.text(alphabet=st.sampled_from(list("甲乙a𠮷\n\r\t 。") ), max_size=60))
def test_offsets_round_trip(text):
    doc = Document(text)
    for offset in range(len(doc.text) + 1):
        line, column = doc.line_col(offset)
        assert doc.offset(line, column) == offset
        start, end = doc.line_span(line)
        assert start <= offset <= end + 1


def test_a_detached_copy_keeps_positions_and_drops_caches():
    doc = Document("第一行，见 https://a.cn/x 。\n第二行𠮷。", "a.txt", line_labels={2: "正文第2段"})
    assert doc.prose and doc.tokens and doc._astral_offsets
    copy = doc.detached()
    assert not {"prose", "tokens", "_astral_offsets"} & set(copy.__dict__)
    assert (copy.text, copy.path, copy.line_labels, copy.regions) == (doc.text, doc.path, doc.line_labels, doc.regions)
    for offset in range(len(doc.text)):
        assert copy.line_col(offset) == doc.line_col(offset)
        assert copy.utf16_column(offset) == doc.utf16_column(offset)
    assert copy.prose == doc.prose
