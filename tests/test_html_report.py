"""The HTML report: self-contained, every finding highlighted in place, filters that work.

The structural tests parse the page with the standard library. The browser test loads a report
of a .txt, a .md and a .docx draft in headless Chromium (Debian packages ``chromium`` and
``chromium-driver``, driven by Selenium), checks colours, hover, jumping and filtering, and saves
a screenshot in the test's temporary directory. It fails, never skips, when Chromium is missing.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine
from checker.formats import FileReport, Report
from checker.formats.html import render
from checker.plugin_host import PluginHost
from checker.testing import read_text

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("docx_factory", ROOT / "fixtures" / "docx" / "factory.py")
factory = sys.modules.setdefault("docx_factory", importlib.util.module_from_spec(_spec))
if not hasattr(factory, "Draft"):
    _spec.loader.exec_module(factory)

RULES = '''
import re
from checker import Finding, Fix, Related, hookimpl, rule

@rule("ZH001", "ascii-comma", "punctuation", "warning", "中文里的半角逗号", bad=["好,的"], good=["好，的"],
      fixable=True)
def ascii_comma(doc, ctx):
    """Test rule."""
    for m in re.finditer(r"(?<=[\\u4e00-\\u9fff]),(?=[\\u4e00-\\u9fff])", doc.prose):
        yield Finding(m.start(), m.end(), "中文里的半角逗号“,”", suggestion="，",
                      fix=Fix.replace(m.start(), m.end(), "，"))

@rule("ZH002", "placeholder-x", "placeholder", "error", "占位符", bad=["XX同志"], good=["X线片"])
def placeholder(doc, ctx):
    """Test rule."""
    for m in re.finditer(r"(?<![A-Za-z])XX(?![A-Za-z])", doc.prose):
        yield Finding(m.start(), m.end(), f"未填写的占位符“{m.group()}”")

@rule("ZH003", "ad-phrase", "ad", "error", "广告语", bad=["仅供学习"], good=["学习"])
def ad_phrase(doc, ctx):
    """Test rule."""
    for m in re.finditer("仅供学习|禁止外传|范文网", doc.prose):
        yield Finding(m.start(), m.end(), f"模板网站的广告语“{m.group()}”")

@rule("ZH004", "missing-full-stop", "punctuation", "info", "段末缺句号", bad=["好"], good=["好。"])
def missing_stop(doc, ctx):
    """Test rule: a zero-width finding at the end of a long line."""
    for number, start, end, text in doc.lines():
        if len(text) > 14 and text[-1] not in "。：！？”；":
            yield Finding(end, end, "段末缺少句号", suggestion="。")

@rule("ZH005", "confusion", "typo", "warning", "易混词", bad=["弛而不息"], good=["驰而不息"])
def confusion(doc, ctx):
    """Test rule: overlapping and related spans."""
    for m in re.finditer("弛而不息", doc.prose):
        yield Finding(m.start(), m.end(), "“弛而不息”应为“驰而不息”", suggestion="驰而不息",
                      related=(Related(0, 2, "标题"),))
    for m in re.finditer("而不息抓", doc.prose):
        yield Finding(m.start(), m.end(), "重叠的发现")

@hookimpl
def checker_rules():
    return [ascii_comma, placeholder, ad_phrase, missing_stop, confusion]
'''

SPEECH = (
    "关于做好防汛工作的讲话\n"
    "同志们：\n"
    "我们要弛而不息抓落实,XX同志要带头\n"
    "仅供学习 禁止外传\n"
    "<script>alert('不是代码')</script>网址https://www.example.org/a,b照常。\n"
)
NOTES = "# 会议纪要\n\n正文,这里有`代码,不算`和XX。\n"


@pytest.fixture
def html_project(tmp_path: Path) -> Path:
    (tmp_path / "rules.py").write_text(RULES, encoding="utf-8")
    (tmp_path / "checker.toml").write_text('plugins = ["rules.py"]\nselect = ["ZH"]\n', encoding="utf-8")
    (tmp_path / "speech.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("同志们：\n会议到此结束。\n", encoding="utf-8")
    factory.template_speech().write(tmp_path / "讲话.docx")
    return tmp_path


def build_report(cli, project: Path, *names: str) -> str:
    out = project / "report.html"
    result = cli([*names, "--format", "html", "--output", out], cwd=project)
    assert result.code == 1, result.err
    return out.read_text(encoding="utf-8")


class Page(HTMLParser):
    """Elements with their attributes and the text inside each ``mark``."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.marks: list[tuple[dict[str, str], str]] = []
        self._stack: list[list] = []
        self.scripts: list[str] = []
        self._script: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attributes))
        if tag == "mark":
            self._stack.append([attributes, ""])
        if tag == "script":
            self._script = []

    def handle_endtag(self, tag):
        if tag == "mark" and self._stack:
            attributes, text = self._stack.pop()
            self.marks.append((attributes, text))
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        for entry in self._stack:
            entry[1] += data
        if self._script is not None:
            self._script.append(data)

    def find(self, tag: str, **wanted: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and all(
            wanted_value in a.get(key.replace("_", "-"), "").split() or a.get(key.replace("_", "-")) == wanted_value
            for key, wanted_value in wanted.items())]


def test_report_highlights_every_finding_in_place(cli, html_project):
    html = build_report(cli, html_project, "speech.txt", "notes.md", "讲话.docx", "clean.txt")
    page = Page(html)
    data = json.loads(page.scripts[0])
    findings = json.loads(cli(["speech.txt", "notes.md", "讲话.docx", "clean.txt", "--format", "json"],
                              cwd=html_project).out)["findings"]
    assert len(data) == len(findings) == 13
    # Every finding is anchored on a highlight, and the highlight holds exactly its text.
    anchored = {a["id"]: text for a, text in page.marks if a.get("id")}
    anchored.update({a["id"]: None for a in page.find("a", **{"class": "anchor"})})
    assert set(anchored) == set(data)
    for fid, entry in data.items():
        if anchored[fid] is not None and entry["text"]:
            assert anchored[fid].startswith(entry["text"][:1])
    by_text = {text: a for a, text in page.marks}
    assert by_text["XX"]["data-cat"] == "placeholder" and by_text["XX"]["data-sev"] == "error"
    assert by_text[","]["data-cat"] == "punctuation"
    assert by_text["仅供学习"]["data-cat"] == "ad"
    # Overlap: "而不息" is covered by two findings, "弛" by one; the error-free typo colour wins.
    assert len(by_text["而不息"]["data-f"].split()) == 2
    assert by_text["抓"]["data-f"].count("f") == 1
    # A zero-width finding is an empty point mark.
    points = [a for a, text in page.marks if "pt" in a["class"].split()]
    assert len(points) == 2 and all(text == "" for a, text in page.marks if a in points)
    # Word locations are shown for the .docx draft, with the line number.
    assert "表格1第2行第2列" in html and "页眉水印" in html
    assert "讲话.docx · 表格1第2行第2列" in html
    # The clean file is listed, not rendered.
    assert "没有发现问题的文件（1）" in html and "clean.txt" in html


def test_report_is_self_contained_and_escapes_the_draft(cli, html_project):
    html = build_report(cli, html_project, "speech.txt", "notes.md", "讲话.docx")
    page = Page(html)
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    assert all("src" not in attributes for tag, attributes in page.elements)
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    # The draft's own markup is text, not markup; a URL in the draft is text, not a link.
    assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html
    assert not [a for a in page.find("a") if a.get("href", "").startswith("http")]
    # The embedded data cannot close its script element.
    assert "</script>" not in page.scripts[0]
    assert html.count("<script") == 2


def test_report_without_findings_and_with_unreadable_files(tmp_path):
    document = read_text("同志们：\n会议到此结束。\n", "a.txt")
    html = render(Report(files=[FileReport("a.txt", document, [])], rules=[]))
    assert "共 1 个文件，没有发现问题。" in html and 'id="filters"' not in html
    html = render(Report(files=[FileReport("a.docx", None, [], error="damaged .docx (broken ZIP archive)")],
                         rules=[]))
    assert "无法读取：damaged .docx (broken ZIP archive)" in html and "1 个文件无法读取" in html


def test_report_is_deterministic_and_shares_highlights_between_findings():
    host = PluginHost(local_files=[ROOT / "tests" / "data" / "sample_plugin.py"])
    engine = Engine(host, Config(select=["ZZ001", "ZZ002"]))
    document = read_text("第一行\n广告行！！\n尾行\n", "a.txt")
    findings = engine.check(document)
    report = Report(files=[FileReport("a.txt", document, findings)], rules=list(engine.rules))
    first, second = render(report), render(report)
    assert first == second
    page = Page(first)
    line_marks = [(a["data-f"], text) for a, text in page.marks]
    # ZZ002 covers the whole line, ZZ001 the "！！" inside it: the shared part lists both.
    assert line_marks == [("f1-1", "广告行"), ("f1-1 f1-2", "！！")]
    assert "可自动修复：<code>checker --fix</code>" in first
    assert "可自动修复：<code>checker --fix --unsafe-fixes</code>" in first


# --- in a real browser -------------------------------------------------------------------------


def _browser_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    missing = [p for p in (browser, driver) if not Path(p).exists()]
    if missing:
        pytest.fail(f"headless browser test needs Debian packages chromium and chromium-driver (missing {missing})")
    return browser, driver


@pytest.fixture
def browser(tmp_path, monkeypatch):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1300,1000", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium fetch a driver or browser
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _shown(driver, selector: str) -> list:
    return [e for e in driver.find_elements("css selector", selector) if e.is_displayed()]


def test_report_in_headless_chromium(cli, html_project, browser, tmp_path):
    build_report(cli, html_project, "speech.txt", "notes.md", "讲话.docx", "clean.txt")
    browser.get((html_project / "report.html").as_uri())
    css = "css selector"

    marks = browser.find_elements(css, "mark.hl")
    assert len(marks) >= 13
    placeholder = browser.find_element(css, 'mark.hl[data-cat="placeholder"]')
    assert placeholder.text == "XX"
    assert placeholder.value_of_css_property("background-color") == "rgba(255, 171, 145, 1)"
    assert browser.find_element(css, 'mark.hl[data-cat="ad"]').value_of_css_property(
        "background-color") == "rgba(246, 184, 200, 1)"
    assert browser.find_element(css, "#shown").text == "显示 13 / 13 个问题"
    groups = {g.get_attribute("data-cat"): g.find_element(css, "h2 .count").text
              for g in browser.find_elements(css, "section.group")}
    assert groups == {"ad": "5", "placeholder": "3", "punctuation": "3", "typo": "2"}

    # Hover shows the message and the suggestion.
    comma = browser.find_element(css, 'mark.hl[data-cat="punctuation"]:not(.pt)')
    from selenium.webdriver import ActionChains

    ActionChains(browser).move_to_element(comma).perform()
    pop = browser.find_element(css, "#pop")
    assert pop.is_displayed()
    assert "中文里的半角逗号“,”" in pop.text and "建议：，" in pop.text

    # Clicking an entry of the side list jumps to its highlight and opens its details.
    item = browser.find_element(css, 'li.item[data-cat="placeholder"] a.jump')
    target_id = item.get_attribute("href").split("#")[1]
    item.click()
    target = browser.find_element(css, f"#{target_id}")
    assert "flash" in target.get_attribute("class")
    assert browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", target)
    assert "未填写的占位符" in browser.find_element(css, "#pop").text
    assert browser.find_element(css, 'li.item[data-cat="placeholder"] details').get_attribute("open") is not None

    # Filtering by category hides the entries and removes the colour of their highlights.
    browser.find_element(css, 'input[name="category"][value="punctuation"]').click()
    assert not _shown(browser, 'li.item[data-cat="punctuation"]')
    assert not _shown(browser, 'section.group[data-cat="punctuation"]')
    assert all("off" in m.get_attribute("class")
               for m in browser.find_elements(css, "mark.hl") if m.get_attribute("data-f") in
               {li.get_attribute("data-f") for li in browser.find_elements(css, 'li.item[data-cat="punctuation"]')})
    assert comma.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    assert placeholder.value_of_css_property("background-color") == "rgba(255, 171, 145, 1)"
    assert browser.find_element(css, "#shown").text == "显示 10 / 13 个问题"

    # ... and by severity: without errors only warnings and infos remain.
    browser.find_element(css, 'input[name="severity"][value="error"]').click()
    assert not _shown(browser, 'li.item[data-sev="error"]')
    assert "off" in placeholder.get_attribute("class")
    shown = browser.find_element(css, "#shown").text
    assert shown == "显示 2 / 13 个问题"
    remaining = _shown(browser, "li.item")
    assert [li.get_attribute("data-cat") for li in remaining] == ["typo", "typo"]

    # Turning the filters back on restores everything.
    browser.find_element(css, 'input[name="severity"][value="error"]').click()
    browser.find_element(css, 'input[name="category"][value="punctuation"]').click()
    assert browser.find_element(css, "#shown").text == "显示 13 / 13 个问题"
    assert "off" not in comma.get_attribute("class")

    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000

    # Printing: no side list or filters, the list of findings under each draft instead.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element(css, "#side").is_displayed()
    assert not browser.find_element(css, "#filters").is_displayed()
    lists = _shown(browser, "ol.print-list")
    assert len(lists) == 3
    assert re.search(r"表格1第2行第2列［错误］未填写的占位符“XX”（ZH002）", lists[2].text)
