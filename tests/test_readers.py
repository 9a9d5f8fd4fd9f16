"""Decoding and the Markdown reader's idea of what is prose."""

import pytest

from checker.errors import InputError
from checker.readers import MarkdownReader, TextReader, decode


def test_utf8_bom_and_gb18030_are_decoded_and_remembered():
    text, source = decode("\ufeff同志们：".encode("utf-8"))
    assert text == "\ufeff同志们：".lstrip("\ufeff") or text == "同志们："
    data = "\ufeff同志们：".encode("utf-8")
    text, source = decode(data)
    assert text == "同志们：" and source.bom and source.encoding == "utf-8"
    text, source = decode("同志们：安臵".encode("gb18030"))
    assert text == "同志们：安臵" and source.encoding == "gb18030" and not source.bom


def test_utf16_with_bom_is_text():
    text, source = decode("同志们".encode("utf-16"))
    assert text == "同志们" and source.encoding == "utf-16"


@pytest.mark.parametrize("data", [b"abc\x00def", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 9)) * 50])
def test_binary_input_is_an_input_error(data):
    with pytest.raises(InputError):
        decode(data, "x.txt")


def test_undecodable_bom_file_is_an_input_error():
    with pytest.raises(InputError, match="BOM"):
        decode(b"\xef\xbb\xbf\xff\xfe\xfa")


def md(text):
    return MarkdownReader().read("a.md", text.encode("utf-8"))


def test_markdown_code_front_matter_and_comments_are_not_prose():
    doc = md("---\ntitle: 讲话:稿\n---\n# 标题\n\n正文,这里\n\n```\ncode, here\n```\n\n说明`a,b`结束\n<!-- 注释,XX -->\n")
    prose = doc.prose
    assert "title" not in prose and "code" not in prose and "a,b" not in prose and "注释" not in prose
    assert "正文,这里" in prose and "标题" in prose and "说明" in prose
    kinds = {r.kind for r in doc.regions}
    assert {"front-matter", "code", "html-comment", "markup"} <= kinds


def test_markdown_syntax_characters_are_masked():
    doc = md("1) 第一项\n- **重点**工作\n> 引用\n见[通知](https://example.org/a_(b))全文\n")
    prose = doc.prose
    for hidden in ("1)", "**", "](https", "> "):
        assert hidden not in prose
    assert "第一项" in prose and "重点" in prose and "通知" in prose and "全文" in prose
    markers = doc.regions_of("list-marker")
    assert [doc.text[r.start:r.end] for r in markers] == ["1)", "-"]


def test_markdown_paragraphs_join_soft_wraps_and_split_blocks():
    doc = md("# 标题\n第一段第一行\n第一段第二行\n\n- 列表一\n- 列表二\n")
    texts = [doc.text[s:e] for s, e in doc.paragraphs]
    assert texts == ["# 标题", "第一段第一行\n第一段第二行", "- 列表一", "- 列表二"]


def test_unclosed_fence_runs_to_end():
    doc = md("正文\n```\n代码,未闭合\n")
    assert "代码" not in doc.prose


def test_text_reader_keeps_every_line_a_paragraph():
    doc = TextReader().read("a.txt", "一\n二\n".encode())
    assert len(doc.paragraphs) == 2 and doc.kind == "text"


def test_markdown_headings_are_known_by_where_they_start():
    text = "# 工作简报\n\n正文。\n\n    # 缩进的代码\n\n```\n# 代码里的井号\n```\n\n## 第二篇\n#话题 不是标题\n"
    document = md(text)
    assert sorted(text[offset:text.index("\n", offset)] for offset in document.headings) == ["# 工作简报", "## 第二篇"]
    assert TextReader().read("a.txt", text.encode("utf-8")).headings == frozenset()
