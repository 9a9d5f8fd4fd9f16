"""The .docx reader: reading order, labels, Word numbering, what is and is not text, errors.

Word files are written at test time by ``fixtures/docx/factory.py`` (explicit WordprocessingML)
or by python-docx; no binary is committed.
"""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checker import InputError
from checker_plugins.docx.reader import DocxReader, LegacyDocReader
from checker_plugins.docx.numbering import chinese_counting, format_number

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("docx_factory", ROOT / "fixtures" / "docx" / "factory.py")
factory = sys.modules.setdefault("docx_factory", importlib.util.module_from_spec(_spec))
if not hasattr(factory, "Draft"):
    _spec.loader.exec_module(factory)
Draft, p, t = factory.Draft, factory.p, factory.t


def read(draft: "factory.Draft", tmp_path: Path, name: str = "draft.docx"):
    path = draft.write(tmp_path / name)
    return DocxReader().read(name, path.read_bytes())


def rows(document) -> list[tuple[str, str | None]]:
    return [(text, document.line_labels.get(number)) for number, _, _, text in document.lines()]


# --- reading order and labels ------------------------------------------------------------


def test_template_speech_is_read_in_order_with_labels(tmp_path):
    document = read(factory.template_speech(), tmp_path)
    assert rows(document) == [
        ("在全县秋季防汛工作会议上的讲话", "正文第1段"),
        ("同志们：", "正文第2段"),
        ("今天召开会议，主要是部署秋季防汛工作。我讲三点意见。", "正文第3段"),
        ("一、提高思想认识", "正文第4段"),
        ("今年汛期来得早、雨量大，各乡镇要克服麻痹思想。", "正文第5段"),
        ("二、压实防汛责任", "正文第6段"),
        ("（一）明确包保责任", "正文第7段"),
        ("县级领导包乡镇，乡镇干部包村组。", "正文第8段"),
        ("更多范文请关注某某文库", "文本框1"),  # once: the VML fallback repeats it
        ("（二）加强值班值守", "正文第9段"),
        ("三、做好应急准备", "正文第10段"),
        ("责任单位", "表格1第1行第1列"),
        ("联系人", "表格1第1行第2列"),
        ("县应急管理局", "表格1第2行第1列"),
        ("XX同志", "表格1第2行第2列"),
        ("以上讲话，请结合实际抓好落实。", "正文第11段"),  # deleted and hidden text left out
        ("防汛工作没有局外人。", "正文第12段"),
        ("", None),  # the header paragraph that anchors the watermark
        ("仅供学习 禁止外传", "页眉水印"),
        ("本文由某某范文网整理 第1页", "页脚"),  # the PAGE field's result, not its code
        ("见县防汛抗旱指挥部2024年第3号通知。", "脚注1"),
    ]
    assert document.kind == "docx" and document.fixable is False
    assert document.path == "draft.docx"
    # One paragraph per non-empty Word paragraph, each exactly its line.
    assert [document.text[s:e] for s, e in document.paragraphs][3] == "一、提高思想认识"


def test_clean_notice_keeps_urls_out_of_prose(tmp_path):
    document = read(factory.clean_notice(), tmp_path)
    line = document.line_text(8)
    assert line == "登录https://www.example.org/tijian填写信息。"
    assert [document.text[r.start:r.end] for r in document.regions_of("url")] == ["https://www.example.org/tijian"]
    assert document.line_labels[10] == "页眉"


def test_tracked_insertions_hyperlinks_and_content_controls_are_text(tmp_path):
    control = '<w:sdt><w:sdtPr/><w:sdtContent>' + t("（签发人）") + "</w:sdtContent></w:sdt>"
    document = read(Draft(body=[
        p("原定", factory.inserted("周五"), factory.deleted("周四"), "召开"),
        p("详见", factory.hyperlink("单位网站"), "。"),
        p("签发：", control),
        "<w:sdt><w:sdtPr/><w:sdtContent>" + p("块级控件中的段落") + "</w:sdtContent></w:sdt>",
    ]), tmp_path)
    assert [text for text, _ in rows(document)] == ["原定周五召开", "详见单位网站。", "签发：（签发人）", "块级控件中的段落"]


def test_manual_line_break_is_a_new_line_of_the_same_paragraph(tmp_path):
    document = read(Draft(body=[p("第一行", factory.line_break(), "第二行"), p("下一段")]), tmp_path)
    assert rows(document) == [
        ("第一行", "正文第1段（第1行）"), ("第二行", "正文第1段（第2行）"), ("下一段", "正文第2段")]
    assert [document.text[s:e] for s, e in document.paragraphs] == ["第一行\n第二行", "下一段"]


def test_tabs_symbols_and_empty_paragraphs(tmp_path):
    document = read(Draft(body=[p("姓名", factory.tab(), "张三"), p(), p("勾选", factory.symbol("F0FC"), "是")]), tmp_path)
    assert rows(document) == [("姓名\t张三", "正文第1段"), ("", None), ("勾选\ufffc是", "正文第2段")]
    # The symbol-font glyph is not a character of the text: never prose.
    assert document.prose.splitlines()[2] == "勾选\0是"


def test_merged_cells_and_multi_paragraph_cells_are_labelled_by_grid_column(tmp_path):
    cell = p("第一段") + p("第二段")
    document = read(Draft(body=[factory.table([["合并的表头", "备注"], ["甲", "乙", cell]], spans={(0, 0): 2})]), tmp_path)
    assert rows(document) == [
        ("合并的表头", "表格1第1行第1列"),
        ("备注", "表格1第1行第3列"),
        ("甲", "表格1第2行第1列"),
        ("乙", "表格1第2行第2列"),
        ("第一段", "表格1第2行第3列第1段"),
        ("第二段", "表格1第2行第3列第2段"),
    ]


def test_nested_tables_and_second_table_are_numbered(tmp_path):
    inner = factory.table([["内层"]])
    document = read(Draft(body=[factory.table([[p("外层") + inner]]), p("正文"), factory.table([["第二个表"]])]), tmp_path)
    assert rows(document) == [
        ("外层", "表格1第1行第1列"),
        ("内层", "表格1第1行第1列中的表格2第1行第1列"),
        ("正文", "正文第1段"),
        ("第二个表", "表格3第1行第1列"),
    ]


def test_first_page_and_default_headers_are_both_read(tmp_path):
    document = read(Draft(
        body=[p("正文")],
        headers=[("first", [p("内部资料 注意保存")]), ("default", [p("某某文库"), p("整理：某某")])],
        footers=[("default", [p("第", factory.field_result("PAGE", "2"), "页")])],
        title_page=True,
    ), tmp_path)
    assert rows(document) == [
        ("正文", "正文第1段"),
        ("内部资料 注意保存", "首页页眉"),
        ("某某文库", "页眉第1段"),
        ("整理：某某", "页眉第2段"),
        ("第2页", "页脚"),
    ]


def test_page_number_fields_of_a_footer_are_not_a_web_pager(tmp_path):
    from checker.testing import make_engine

    body = [p("在全县工作会议上的讲话"), p("同志们："), p("今天召开全县工作会议。"), p("谢谢大家！")]
    pager = p("第 ", factory.field_result("PAGE", "1"), " 页　共 ", factory.field_result("NUMPAGES", "3"), " 页")
    dashed = p("— ", factory.field_result("PAGE", "1"), " —")  # GB/T 9704-2012 7.5
    for footers in ([("default", [pager])], [("default", [p("县委办公室"), pager])], [("default", [dashed])]):
        document = read(Draft(body=body, footers=footers), tmp_path)
        assert [f.rule.id for f in make_engine(["AD"]).check(document)] == []
    # the same words in the body are what a scraper leaves
    document = read(Draft(body=body + [pager]), tmp_path)
    assert [f.rule.id for f in make_engine(["AD"]).check(document)] == ["AD002"]
    document = read(Draft(body=body[:3] + [dashed] + body[3:]), tmp_path)
    assert [f.rule.id for f in make_engine(["AD"]).check(document)] == ["AD002"]


def test_a_footers_page_of_pages_below_a_sites_line_stays(tmp_path):
    from checker.testing import make_engine

    body = [p("在全县工作会议上的讲话"), p("同志们："), p("今天召开全县工作会议。"), p("谢谢大家！"),
            p("本文来源于网络，仅供学习交流使用，如有侵权请联系删除。")]
    pager = p("第 ", factory.field_result("PAGE", "1"), " 页 共 ", factory.field_result("NUMPAGES", "3"), " 页")
    document = read(Draft(body=body, footers=[("default", [pager])]), tmp_path)
    findings = make_engine(["AD"]).check(document)
    assert {document.line_labels.get(f.line, "") for f in findings} == {"正文第5段"}


def test_a_word_tables_total_row_is_summed(tmp_path):
    import docx

    from checker.testing import make_engine

    def report(cells):
        word = docx.Document()
        word.add_paragraph("全县重点项目投资情况")
        table = word.add_table(rows=len(cells), cols=3)
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        buffer = io.BytesIO()
        word.save(buffer)
        return DocxReader().read("汇报.docx", buffer.getvalue())

    cells = [["项目类别", "项目数（个）", "总投资（亿元）"], ["产业项目", "20", "112.6"],
             ["基础设施项目", "9", "46.3"], ["合计", "29", "158.9"]]
    assert make_engine(["NU007"]).check(report(cells)) == []
    cells[3][2] = "168.9"
    document = report(cells)
    (finding,) = make_engine(["NU007"]).check(document)
    assert (finding.text, finding.suggestion) == ("168.9", "158.9")
    assert document.line_labels[finding.line] == "表格1第4行第3列"


def test_the_rows_of_a_word_table_are_no_part_of_the_outline():
    import docx

    from checker.testing import make_engine

    word = docx.Document()
    word.add_paragraph("一、预算收入执行情况")
    word.add_paragraph("（一）一般公共预算收入。全年完成22.39亿元。")
    table = word.add_table(rows=3, cols=2)
    for r, row in enumerate([["项目", "执行数"], ["一、税收收入", "17.31"], ["二、非税收入", "4.98"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.add_paragraph("（二）政府性基金预算收入。全年完成5.2亿元。")
    word.add_paragraph("二、财政主要工作")
    buffer = io.BytesIO()
    word.save(buffer)
    document = DocxReader().read("报告.docx", buffer.getvalue())
    assert make_engine(["NU001"]).check(document) == []


def _ad_places_around_a_table(before: list[str], rows: list[list[str]], after: str) -> set[str]:
    """The places of the AD findings in a Word draft of paragraphs, a table, and one paragraph
    after it (written by python-docx)."""
    import docx

    from checker.testing import make_engine

    word = docx.Document()
    for text in before:
        word.add_paragraph(text)
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.add_paragraph(after)
    buffer = io.BytesIO()
    word.save(buffer)
    document = DocxReader().read("draft.docx", buffer.getvalue())
    return {document.line_labels.get(f.line, "") for f in make_engine(["AD"]).check(document)}


def test_a_roster_table_above_a_sites_line_stays():
    flagged = _ad_places_around_a_table(
        ["关于表彰不动产登记工作先进个人的决定", "经研究，决定对以下同志予以表彰。"],
        [["序号", "姓名", "单位及职务"], ["1", "吕振华", "市不动产登记中心副科长"], ["2", "施雨桐", "青河县自然资源局科员"]],
        "【责任编辑：李明】　点击复制")
    assert flagged == {"正文第3段"}


def test_a_schedule_table_after_the_last_sentence_is_the_drafts_own():
    """A cell that names a counselling stand (集中宣传咨询活动) stands in the tail when the table
    follows the last sentence; a site's block after it is still reported."""
    flagged = _ad_places_around_a_table(
        ["3·15消费者权益日活动方案", "为做好今年的宣传活动，制定本方案。", "六、活动安排表"],
        [["序号", "活动名称", "地点"], ["1", "集中宣传咨询活动", "县城人民广场"], ["2", "消费维权进社区", "各社区"]],
        "下载后可编辑修改　点击复制全文　更多活动方案请访问文秘范文网")
    assert flagged == {"正文第4段"}


def test_text_box_in_a_header_is_labelled_by_its_story(tmp_path):
    document = read(Draft(body=[p("正文")], headers=[("default", [p(factory.text_box(p("扫码关注公众号")))])]), tmp_path)
    assert ("扫码关注公众号", "页眉文本框1") in rows(document)


def test_python_docx_document_with_list_style_header_and_table(tmp_path):
    import docx

    word = docx.Document()
    word.add_paragraph("工作要点")
    word.add_paragraph("加强学习", style="List Number")
    word.add_paragraph("改进作风", style="List Number")
    word.add_paragraph("注意事项", style="List Bullet")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "负责人"
    table.cell(0, 1).text = "办公室"
    word.sections[0].header.paragraphs[0].text = "仅供内部学习"
    buffer = io.BytesIO()
    word.save(buffer)
    document = DocxReader().read("要点.docx", buffer.getvalue())
    assert rows(document) == [
        ("工作要点", "正文第1段"),
        ("1. 加强学习", "正文第2段"),
        ("2. 改进作风", "正文第3段"),
        ("• 注意事项", "正文第4段"),
        ("负责人", "表格1第1行第1列"),
        ("办公室", "表格1第1行第2列"),
        ("仅供内部学习", "页眉"),
    ]
    # The gap after a Latin marker and the bullet are layout, not prose; "1." stays visible.
    prose = document.prose.splitlines()
    assert prose[1] == "1.\0加强学习" and prose[3] == "\0\0注意事项"


# --- Word numbering ------------------------------------------------------------------------


@pytest.mark.parametrize("n, expected", [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1005, "一千零五"),
])
def test_chinese_counting(n, expected):
    assert chinese_counting(n) == expected


@pytest.mark.parametrize("n, fmt, expected", [
    (3, "chineseCounting", "三"), (12, "chineseCountingThousand", "十二"), (10, "ideographDigital", "一〇"),
    (3, "chineseLegalSimplified", "叁"), (12, "chineseLegalSimplified", "壹拾贰"), (105, "chineseLegalSimplified", "壹佰零伍"), (2, "ideographTraditional", "乙"),
    (3, "ideographZodiac", "寅"), (1, "decimalEnclosedCircle", "①"), (21, "decimalEnclosedCircleChinese", "㉑"),
    (51, "decimalEnclosedCircle", "51"), (2, "decimalEnclosedParen", "⑵"), (3, "decimalEnclosedFullstop", "⒊"),
    (12, "decimalFullWidth", "１２"), (7, "decimalZero", "07"), (28, "upperLetter", "BB"), (4, "lowerRoman", "iv"),
    (1994, "upperRoman", "MCMXCIV"), (5, "none", ""), (5, "someFutureFormat", "5"),
])
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def numbered(*items: tuple[str, int, int], numbering: list[str], styles: list[str] = ()) -> Draft:
    return Draft(body=[p(text, num=(num_id, ilvl)) for text, num_id, ilvl in items],
                 numbering=numbering, styles=list(styles))


def texts(document) -> list[str]:
    return [text for _, _, _, text in document.lines()]


def test_lower_levels_restart_after_a_higher_level(tmp_path):
    document = read(numbered(
        ("甲", 1, 0), ("子", 1, 1), ("丑", 1, 1), ("乙", 1, 0), ("寅", 1, 1), ("小", 1, 2), ("项", 1, 3),
        numbering=[factory.CHINESE_OUTLINE, factory.num(1, 1)]), tmp_path)
    assert texts(document) == ["一、甲", "（一）子", "（二）丑", "二、乙", "（一）寅", "1. 小", "（1）项"]
    # "1." has a space after it in Word (suffix "space"); the space is not prose.
    assert document.prose.splitlines()[5] == "1.\0小"


def test_lists_sharing_a_definition_continue_unless_restarted(tmp_path):
    document = read(numbered(
        ("甲", 1, 0), ("乙", 1, 0), ("丙", 2, 0), ("丁", 3, 0), ("戊", 3, 0),
        numbering=[factory.CHINESE_OUTLINE, factory.num(1, 1), factory.num(2, 1), factory.num(3, 1, {0: 1})]),
        tmp_path)
    assert texts(document) == ["一、甲", "二、乙", "三、丙", "一、丁", "二、戊"]


def test_start_values_multi_level_text_legal_numbering_and_never_restart(tmp_path):
    outline = factory.abstract_num(
        4,
        factory.level(0, "chineseCounting", "第%1章", start=3, suffix="space"),
        factory.level(1, "decimal", "%1.%2", suffix="space", legal=True),
        factory.level(2, "decimalEnclosedCircle", "%3", suffix="nothing", restart=0),
    )
    document = read(numbered(
        ("总则", 4, 0), ("范围", 4, 1), ("甲", 4, 2), ("定义", 4, 1), ("附则", 4, 0), ("施行", 4, 1), ("乙", 4, 2),
        numbering=[outline, factory.num(4, 4)]), tmp_path)
    assert texts(document) == ["第三章总则", "3.1 范围", "①甲", "3.2 定义", "第四章附则", "4.1 施行", "②乙"]


def test_numbering_from_paragraph_style_and_its_base_style(tmp_path):
    styles = [factory.style("Heading1", "heading 1", num_id=1, ilvl=0),
              factory.style("MyHeading", "我的标题", based_on="Heading1"),
              factory.style("Heading2", "heading 2", num_id=1, ilvl=1)]
    document = read(Draft(
        body=[p("总体要求", style="Heading1"), p("指导思想", style="Heading2"), p("重点任务", style="MyHeading"),
              p("不编号", style="Heading1", num=(0, 0))],
        numbering=[factory.CHINESE_OUTLINE, factory.num(1, 1)], styles=styles), tmp_path)
    assert texts(document) == ["一、总体要求", "（一）指导思想", "二、重点任务", "不编号"]


def test_style_numbering_without_level_uses_the_level_that_names_the_style(tmp_path):
    outline = factory.abstract_num(
        6,
        factory.level(0, "chineseCounting", "%1、", suffix="nothing", style="Title1"),
        factory.level(1, "chineseCounting", "（%2）", suffix="nothing", style="Title2"),
    )
    styles = [factory.style("Title1", "一级标题", num_id=6), factory.style("Title2", "二级标题", num_id=6)]
    document = read(Draft(body=[p("甲", style="Title1"), p("乙", style="Title2"), p("丙", style="Title2")],
                          numbering=[outline, factory.num(6, 6)], styles=styles), tmp_path)
    assert texts(document) == ["一、甲", "（一）乙", "（二）丙"]


def test_unknown_list_or_level_leaves_the_paragraph_as_written(tmp_path):
    document = read(numbered(("甲", 9, 0), ("乙", 1, 7), numbering=[factory.CHINESE_OUTLINE, factory.num(1, 1)]),
                    tmp_path)
    assert texts(document) == ["甲", "乙"]


# --- errors --------------------------------------------------------------------------------


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@pytest.mark.parametrize("data, message", [
    (OLE, "old binary Word format (.doc) or a password-protected document"),
    (b"", "empty file"),
    ("{\\rtf1\\ansi 通知}".encode("utf-8"), "an RTF file"),
    ("<html><body>通知</body></html>".encode("utf-8"), "a web page"),
    ("只是文字".encode("utf-8"), "not a .docx package"),
    (b"PK\x03\x04" + b"\0" * 40, "broken ZIP archive"),
    (zipped({"readme.txt": "x"}), "a ZIP archive but not a Word document"),
])
def test_files_that_are_not_docx_are_clear_input_errors(data, message):
    with pytest.raises(InputError, match=r"^bad\.docx: ") as caught:
        DocxReader().read("bad.docx", data)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_truncated_and_malformed_packages_are_input_errors(tmp_path):
    good = factory.template_speech().write(tmp_path / "good.docx").read_bytes()
    with pytest.raises(InputError, match="damaged"):
        DocxReader().read("cut.docx", good[: len(good) // 2])
    parts = factory.Draft(body=[p("正文")]).parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace("</w:body>", "")
    with pytest.raises(InputError, match="damaged .docx"):
        DocxReader().read("broken.docx", zipped(parts))


@pytest.mark.parametrize("part", ["word/numbering.xml", "word/styles.xml", "word/header1.xml", "word/footnotes.xml"])
def test_a_malformed_secondary_part_is_an_input_error(part):
    parts = factory.template_speech().parts()
    parts[part] = parts[part][: len(parts[part]) // 2]
    with pytest.raises(InputError, match=r"^x\.docx: damaged"):
        DocxReader().read("x.docx", zipped(parts))


def test_random_damage_is_always_an_input_error_or_a_document(tmp_path):
    import random

    data = factory.template_speech().write(tmp_path / "x.docx").read_bytes()
    rnd = random.Random(2024)
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(rnd.randrange(1, 8)):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        try:
            DocxReader().read("x.docx", bytes(damaged))
        except InputError as error:
            assert str(error).startswith("x.docx: ") and "\n" not in str(error)


def test_legacy_doc_reader(tmp_path):
    with pytest.raises(InputError, match=r"old\.doc: old binary Word format \(\.doc\) is not read; open it in Word"):
        LegacyDocReader().read("old.doc", OLE)
    # A .docx saved under a .doc name is still read.
    data = factory.Draft(body=[p("正文")]).write(tmp_path / "x.docx").read_bytes()
    assert LegacyDocReader().read("misnamed.doc", data).text == "正文"


# --- through the command line ------------------------------------------------------------------

RULES = '''
import re
from checker import Finding, Fix, hookimpl, rule

@rule("ZD001", "placeholder-x", "placeholder", "error", "占位符", bad=["XX同志"], good=["X线片"])
def placeholder(doc, ctx):
    """Test rule."""
    for m in re.finditer(r"(?<![A-Za-z])XX(?![A-Za-z])", doc.prose):
        yield Finding(m.start(), m.end(), f"未填写的占位符“{m.group()}”")

@rule("ZD002", "watermark", "ad", "error", "水印", bad=["仅供学习"], good=["学习"], fixable=True)
def watermark(doc, ctx):
    """Test rule with an (unsafe) fix."""
    for m in re.finditer("仅供学习|范文网", doc.prose):
        yield Finding(m.start(), m.end(), f"广告语“{m.group()}”", fix=Fix.replace(m.start(), m.end(), "", "unsafe"))

@rule("ZD003", "enumeration", "numbering", "info", "序号", bad=["一、甲"], good=["甲"])
def enumeration(doc, ctx):
    """Test rule: reports Chinese list markers at paragraph starts."""
    for start, end in doc.paragraphs:
        m = re.match("[一二三四五六七八九十]+、", doc.prose[start:end])
        if m:
            yield Finding(start, start + m.end(), f"序号“{m.group()}”")

@hookimpl
def checker_rules():
    return [placeholder, watermark, enumeration]
'''


@pytest.fixture
def word_project(tmp_path):
    (tmp_path / "rules.py").write_text(RULES, encoding="utf-8")
    (tmp_path / "checker.toml").write_text('plugins = ["rules.py"]\nselect = ["ZD"]\n', encoding="utf-8")
    factory.template_speech().write(tmp_path / "讲话.docx")
    return tmp_path


def test_terminal_and_json_name_the_place_in_word(cli, word_project):
    result = cli(["讲话.docx", "--no-color"], cwd=word_project)
    assert result.code == 1
    assert "15:1 (表格1第2行第2列)" in result.out
    assert "19:1 (页眉水印)" in result.out
    result = cli(["讲话.docx", "--format", "json"], cwd=word_project)
    found = [(f["rule"], f["text"], f["line"], f["column"], f.get("location"))
             for f in json.loads(result.out)["findings"]]
    assert found == [
        ("ZD003", "一、", 4, 1, "正文第4段"),
        ("ZD003", "二、", 6, 1, "正文第6段"),
        ("ZD003", "三、", 11, 1, "正文第10段"),
        ("ZD001", "XX", 15, 1, "表格1第2行第2列"),
        ("ZD002", "仅供学习", 19, 1, "页眉水印"),
        ("ZD002", "范文网", 20, 6, "页脚"),
    ]


def test_fix_never_rewrites_a_word_file(cli, word_project):
    path = word_project / "讲话.docx"
    before = path.read_bytes()
    result = cli(["讲话.docx", "--fix", "--unsafe-fixes", "--no-color"], cwd=word_project)
    assert path.read_bytes() == before
    assert result.code == 1
    assert "讲话.docx: not changed; fixes are never written into this kind of file" in result.out + result.err
    assert "rule -" not in result.out + result.err
    strict = cli(["讲话.docx", "--fix", "--strict-plugins", "--no-color"], cwd=word_project)
    assert strict.code == 1 and path.read_bytes() == before  # a note, not a plugin failure


def test_fix_with_jobs_leaves_word_files_alone_too(cli, word_project):
    path = word_project / "讲话.docx"
    factory.template_speech().write(word_project / "副本.docx")
    before = path.read_bytes()
    result = cli([".", "--fix", "-j", "2", "--no-color"], cwd=word_project)
    assert path.read_bytes() == before
    assert "讲话.docx: not changed" in result.out + result.err
    assert "副本.docx: not changed" in result.out + result.err


@pytest.mark.parametrize("name, data", [("old.doc", OLE), ("broken.docx", b"PK\x03\x04broken")])
def test_unreadable_word_files_exit_2_with_one_line(cli, tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    result = cli([name, "--no-color"], cwd=tmp_path)
    assert result.code == 2
    assert "Traceback" not in result.out + result.err
    assert "save it as .docx" in result.out or "broken ZIP archive" in result.out


def test_python_docx_is_imported_only_when_a_docx_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("同志们：\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from checker.cli import main\n"
        "import checker_plugins.docx\n"
        "main(['a.txt', '--no-color', '--select', 'PH'])\n"
        "assert 'docx' not in sys.modules, 'python-docx imported for a .txt run'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_a_page_header_read_after_the_bodys_navigation_is_no_list_entry(tmp_path):
    from checker.testing import make_engine

    body = [p("茶产业发展调研报告"), p("今年以来，我们围绕茶产业开展专题调研。"), p("上一篇：关于茶产业的调研报告")]
    document = read(Draft(body=body, headers=[("default", [p("中共云溪县委政策研究室")])]), tmp_path)
    flagged = {document.line_labels.get(f.line, "") for f in make_engine(["AD"]).check(document)}
    assert flagged == {"正文第3段"}


def test_a_page_header_read_after_the_bodys_ad_block_is_no_brand_of_it(tmp_path):
    from checker.testing import make_engine

    body = [p("三八红旗手表彰决定"), p("经研究，决定授予李红等同志“三八红旗手”称号，希望再接再厉。"),
            p("抄送：省妇联。"), p("上一篇：2024年度先进事迹材料\u3000下一篇：表彰大会主持词")]
    document = read(Draft(body=body, headers=[("default", [p("临江市妇女联合会")])]), tmp_path)
    flagged = {document.line_labels.get(f.line, "") for f in make_engine(["AD"]).check(document)}
    assert flagged == {"正文第4段"}


# --- headings --------------------------------------------------------------------------


def _bulletin(heading_style: str | None) -> bytes:
    import docx

    word = docx.Document()
    word.add_paragraph("党建工作简报", style="Title")
    for title in ("抓党建促振兴，绘就乡村新画卷", "强堡垒优服务，群众满意度提升"):
        if heading_style is None:
            word.add_paragraph(title)
        else:
            word.add_paragraph(title, style=heading_style)
        word.add_paragraph("今年以来，各支部扎实开展工作。")
        for item in ("一、健全机制。", "二、压实责任。"):
            word.add_paragraph(item)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_paragraphs_in_heading_styles_are_the_documents_headings():
    document = DocxReader().read("简报.docx", _bulletin("Heading 1"))
    starts = {start: text for _, start, _, text in document.lines()}
    assert sorted(starts[offset] for offset in document.headings) == [
        "党建工作简报", "强堡垒优服务，群众满意度提升", "抓党建促振兴，绘就乡村新画卷"]
    plain = DocxReader().read("简报.docx", _bulletin(None))
    assert [starts_text for offset, starts_text in starts.items() if offset in plain.headings] == ["党建工作简报"]


def test_a_word_heading_opens_a_part_that_numbers_from_one_again():
    from checker.testing import make_engine

    engine = make_engine(["NU001"])
    assert engine.check(DocxReader().read("简报.docx", _bulletin("Heading 1"))) == []
    # the same titles in body text hold a comma: read as sentences, and 一、 repeats
    repeated = engine.check(DocxReader().read("简报.docx", _bulletin(None)))
    assert [f.text for f in repeated] == ["一、"]


def test_a_roster_in_a_word_draft_is_counted_paragraph_by_paragraph():
    import docx
    from checker.testing import make_engine

    word = docx.Document()
    word.add_paragraph("关于表彰先进基层党组织的决定", style="Title")
    word.add_paragraph("一、先进基层党组织（4个）")
    for name in ("县财政局机关党委", "县税务局党委", "城关镇东门社区党支部"):
        word.add_paragraph(name)
    buffer = io.BytesIO()
    word.save(buffer)
    (finding,) = make_engine(["NU002"]).check(DocxReader().read("表彰.docx", buffer.getvalue()))
    assert (finding.text, finding.suggestion) == ("4个", "3个")
