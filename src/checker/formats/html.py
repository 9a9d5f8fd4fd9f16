"""``--format html``: one self-contained page for the editor who signs a draft off.

The draft is shown as written, every finding highlighted in place and coloured by category; a
side list groups the findings by category with counts and jumps to each one; hovering or
clicking a highlight shows the message and the suggestion; checkboxes filter by category and
severity; printing gives the highlighted draft followed by a numbered list of findings.

The page loads nothing: styles and the small script are inline, no web fonts (the font stacks
fall back through the Chinese fonts of Windows, macOS and Linux). It works without the script
too, minus filtering. The output is deterministic (no timestamps), so reports can be diffed.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from typing import Any

from ..document import Document
from ..finding import SEVERITY_RANK, Finding
from . import FileReport, Report

CATEGORY_LABELS = {
    "ad": "广告与水印", "contact": "联系方式", "placeholder": "占位符", "numbering": "序号与计数",
    "punctuation": "标点", "typo": "错别字", "format": "格式", "number": "数字用法",
    "timeliness": "时效", "wording": "用语",
}
CATEGORY_ORDER = list(CATEGORY_LABELS)
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = ("error", "warning", "info")


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


def _category(finding: Finding) -> str:
    return getattr(finding.rule, "category", "format")


def _category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


def _where(finding: Finding, document: Document | None) -> str:
    label = document.line_labels.get(finding.line) if document is not None else None
    if label:
        return label
    return f"第{finding.line}行第{finding.column}列"


class _Ids:
    """Stable element ids: ``f<file>-<n>`` for findings, ``L<file>-<line>`` for lines."""

    def __init__(self) -> None:
        self.by_finding: dict[int, str] = {}

    def assign(self, report: Report) -> None:
        for file_number, file in enumerate(report.files, 1):
            for number, finding in enumerate(file.findings, 1):
                self.by_finding[id(finding)] = f"f{file_number}-{number}"

    def __getitem__(self, finding: Finding) -> str:
        return self.by_finding[id(finding)]


def render(report: Report) -> str:
    ids = _Ids()
    ids.assign(report)
    findings = [(file, f) for file in report.files for f in file.findings]
    data = {ids[f]: _finding_data(f, file, ids) for file, f in findings}
    by_severity = Counter(f.severity for _, f in findings)
    by_category = Counter(_category(f) for _, f in findings)
    categories = sorted(by_category, key=lambda c: (CATEGORY_ORDER.index(c) if c in CATEGORY_ORDER else 99, c))
    files_with_errors = sum(1 for file in report.files if file.error)

    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="checker {_e(report.version)}">',
        "<title>文稿检查报告</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        "<h1>文稿检查报告</h1>",
        f'<p class="summary">{_summary(report, findings, by_severity, files_with_errors)}</p>',
    ]
    if findings:
        out.append(_filters(categories, by_category, by_severity, len(findings)))
    out.append("</header>")
    if report.warnings:
        out.append('<details class="warnings"><summary>运行时的警告（'
                   f"{len(report.warnings)}）</summary><ul>"
                   + "".join(f"<li>{_e(w)}</li>" for w in report.warnings) + "</ul></details>")
    out.append('<div class="layout">')
    out.append(_side_list(categories, by_category, findings, ids))
    out.append('<main id="drafts">')
    if len(report.files) > 1:
        out.append(_file_index(report))
    for file_number, file in enumerate(report.files, 1):
        if file.findings or file.error:
            out.append(_file_section(file_number, file, ids))
    clean = [f for f in report.files if not f.findings and not f.error]
    if clean:
        out.append('<section class="clean"><h2>没有发现问题的文件（' f"{len(clean)}）</h2><ul>"
                   + "".join(f"<li>{_e(f.path)}</li>" for f in clean) + "</ul></section>")
    out.append("</main></div>")
    out.append('<div id="pop" class="pop" role="tooltip" hidden></div>')
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    out.append(f'<script type="application/json" id="findings-data">{payload}</script>')
    out.append(f"<script>{SCRIPT}</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _summary(report: Report, findings, by_severity: Counter, errors: int) -> str:
    files = len(report.files)
    if not findings and not errors:
        return f"共 {files} 个文件，没有发现问题。"
    parts = "，".join(f"{SEVERITY_LABELS[s]} {by_severity[s]}" for s in SEVERITY_ORDER if by_severity[s])
    text = f"共 {files} 个文件，发现 <strong>{len(findings)}</strong> 个问题"
    text += f"（{parts}）" if parts else ""
    if errors:
        text += f"，{errors} 个文件无法读取"
    return text + "。"


def _filters(categories: list[str], by_category: Counter, by_severity: Counter, total: int) -> str:
    rows = ['<form class="filters" id="filters" aria-label="筛选">',
            '<fieldset><legend>类别</legend>']
    for category in categories:
        rows.append(
            f'<label class="chip"><input type="checkbox" name="category" value="{_e(category)}" checked>'
            f'<span class="swatch" data-cat="{_e(category)}"></span>{_e(_category_label(category))}'
            f' <span class="count">{by_category[category]}</span></label>')
    rows.append('</fieldset><fieldset><legend>级别</legend>')
    for severity in SEVERITY_ORDER:
        if by_severity[severity]:
            rows.append(
                f'<label class="chip"><input type="checkbox" name="severity" value="{severity}" checked>'
                f'<span class="sev" data-sev="{severity}">{SEVERITY_LABELS[severity]}</span>'
                f' <span class="count">{by_severity[severity]}</span></label>')
    rows.append(f'</fieldset><output id="shown">显示 {total} / {total} 个问题</output></form>')
    return "".join(rows)


def _side_list(categories: list[str], by_category: Counter, findings, ids: _Ids) -> str:
    if not findings:
        return '<nav class="side" aria-label="问题列表"><p class="none">没有发现问题。</p></nav>'
    many_files = len({id(file) for file, _ in findings}) > 1
    out = ['<nav class="side" id="side" aria-label="问题列表">']
    for category in categories:
        items = [(file, f) for file, f in findings if _category(f) == category]
        out.append(f'<section class="group" data-cat="{_e(category)}">'
                   f'<h2><span class="swatch" data-cat="{_e(category)}"></span>{_e(_category_label(category))}'
                   f' <span class="count">{len(items)}</span></h2><ol>')
        for file, finding in items:
            fid = ids[finding]
            where = _where(finding, file.document)
            if many_files:
                where = f"{file.path} · {where}"
            out.append(
                f'<li class="item" data-f="{fid}" data-cat="{_e(category)}" data-sev="{finding.severity}">'
                f'<details><summary><a href="#{fid}" class="jump">'
                f'<span class="where">{_e(where)}</span>'
                f'<span class="sev" data-sev="{finding.severity}">{SEVERITY_LABELS[finding.severity]}</span> '
                f'{_e(finding.message)}</a></summary>{_details(finding, file)}</details></li>')
        out.append("</ol></section>")
    out.append("</nav>")
    return "".join(out)


def _details(finding: Finding, file: FileReport) -> str:
    rule = finding.rule
    parts = []
    if finding.suggestion:
        parts.append(f'<p class="suggest">建议：<ins>{_e(finding.suggestion)}</ins></p>')
    text = finding.text if len(finding.text) <= 60 else finding.text[:60] + "…"
    if text:
        parts.append(f'<p class="quote">原文：<q>{_e(text)}</q></p>')
    parts.append(f'<p class="rule"><code>{_e(rule.id)}</code> {_e(rule.name)}：{_e(rule.summary)}</p>')
    if finding.fix is not None and (file.document is None or file.document.fixable):
        how = "checker --fix" if finding.fix.safety == "safe" else "checker --fix --unsafe-fixes"
        parts.append(f'<p class="fixable">可自动修复：<code>{how}</code></p>')
    return '<div class="more">' + "".join(parts) + "</div>"


def _file_index(report: Report) -> str:
    rows = ['<nav class="files" aria-label="文件"><h2>文件</h2><ul>']
    for number, file in enumerate(report.files, 1):
        if file.error:
            rows.append(f'<li><a href="#file-{number}">{_e(file.path)}</a> <span class="err">无法读取</span></li>')
        elif file.findings:
            rows.append(f'<li><a href="#file-{number}">{_e(file.path)}</a> '
                        f'<span class="count">{len(file.findings)}</span></li>')
    rows.append("</ul></nav>")
    return "".join(rows)


def _file_section(number: int, file: FileReport, ids: _Ids) -> str:
    out = [f'<section class="file" id="file-{number}" data-kind="{_e(file.document.kind if file.document else "")}">',
           f"<h2>{_e(file.path)}</h2>"]
    if file.error:
        out.append(f'<p class="error">无法读取：{_e(file.error)}</p></section>')
        return "".join(out)
    out.append(f'<p class="file-summary">{len(file.findings)} 个问题</p>')
    document = file.document
    if document is not None:
        out.append(_draft(number, document, file.findings, ids))
    out.append('<ol class="print-list">')
    for finding in file.findings:
        suggestion = f"；建议：{_e(finding.suggestion)}" if finding.suggestion else ""
        out.append(f"<li>{_e(_where(finding, document))}［{SEVERITY_LABELS[finding.severity]}］"
                   f"{_e(finding.message)}{suggestion}（{_e(finding.rule.id)}）</li>")
    out.append("</ol></section>")
    return "".join(out)


def _primary(findings: list[Finding]) -> Finding:
    """The finding whose colour a shared highlight takes: the most severe, then the first."""
    return min(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.start, f.end))


def _mark(content: str, covering: list[Finding], ids: _Ids, anchors: set[int], point: bool = False) -> str:
    main = _primary(covering)
    names = " ".join(ids[f] for f in covering)
    title = "\n".join(f"{f.rule.id} {f.message}" + (f"（建议：{f.suggestion}）" if f.suggestion else "")
                      for f in covering)
    anchor = ""
    for finding in covering:  # the first piece of a finding carries its id, for jumping
        if id(finding) not in anchors:
            anchors.add(id(finding))
            if not anchor:
                anchor = f' id="{ids[finding]}"'
            else:  # a second finding starting here: an empty anchor beside it
                content = f'<a class="anchor" id="{ids[finding]}"></a>' + content
    css = "hl pt" if point else "hl"
    return (f'<mark class="{css}"{anchor} data-f="{names}" data-cat="{_e(_category(main))}" '
            f'data-sev="{main.severity}" tabindex="0" title="{_e(title)}">{content}</mark>')


def _draft(file_number: int, document: Document, findings: list[Finding], ids: _Ids) -> str:
    """Every line of the draft, with findings wrapped in ``<mark>`` pieces line by line."""
    text = document.text
    spans = [f for f in findings if f.end > f.start]
    points = [f for f in findings if f.end <= f.start]
    anchors: set[int] = set()
    show_labels = bool(document.line_labels)
    rows = [f'<div class="draft{" labelled" if show_labels else ""}">']
    by_line: dict[int, list[Finding]] = {}
    for finding in spans:
        first = document.line_of(finding.start)
        last = document.line_of(max(finding.start, finding.end - 1))
        for line in range(first, last + 1):
            by_line.setdefault(line, []).append(finding)
    points_by_line: dict[int, list[Finding]] = {}
    for finding in points:
        points_by_line.setdefault(document.line_of(finding.start), []).append(finding)
    last_line = document.line_count
    if last_line > 1 and text.endswith("\n"):
        last_line -= 1  # the empty "line" after a final newline is not shown
    for number, start, end, line_text in document.lines():
        if number > last_line:
            break
        here = by_line.get(number, [])
        here_points = points_by_line.get(number, [])
        label = document.line_labels.get(number, "")
        rows.append(f'<div class="line{" has" if here or here_points else ""}" id="L{file_number}-{number}">'
                    f'<span class="ln" title="{_e(label or f"第{number}行")}">{number}</span>')
        if show_labels:
            rows.append(f'<span class="lbl">{_e(label)}</span>')
        rows.append('<span class="tx">')
        if not here and not here_points:
            rows.append(_e(line_text))
        else:
            rows.append(_line_pieces(text, start, end, here, here_points, ids, anchors))
        rows.append("</span></div>")
    rows.append("</div>")
    return "".join(rows)


def _line_pieces(text: str, start: int, end: int, spans: list[Finding], points: list[Finding],
                 ids: _Ids, anchors: set[int]) -> str:
    cuts = {start, end}
    for finding in spans:
        cuts.add(min(max(finding.start, start), end))
        cuts.add(min(max(finding.end, start), end))
    for finding in points:
        cuts.add(min(max(finding.start, start), end))
    ordered = sorted(cuts)
    out = []
    for left, right in zip(ordered, ordered[1:] + [None]):
        at_point = [f for f in points if min(max(f.start, start), end) == left]
        if at_point:
            out.append(_mark("", at_point, ids, anchors, point=True))
        if right is None or right <= left:
            continue
        covering = [f for f in spans if f.start <= left and f.end >= right]
        piece = _e(text[left:right])
        out.append(_mark(piece, covering, ids, anchors) if covering else piece)
    return "".join(out)


def _finding_data(finding: Finding, file: FileReport, ids: _Ids) -> dict[str, Any]:
    """What the page script shows in the pop-up for a highlight."""
    document = file.document
    rule = finding.rule
    related = []
    if document is not None:
        for item in finding.related:
            line = document.line_of(item.start)
            related.append({"line": line, "where": document.line_labels.get(line) or f"第{line}行",
                            "message": item.message})
    return {
        "rule": rule.id, "name": rule.name, "summary": rule.summary,
        "category": _category(finding), "categoryLabel": _category_label(_category(finding)),
        "severity": finding.severity, "severityLabel": SEVERITY_LABELS[finding.severity],
        "message": finding.message, "suggestion": finding.suggestion, "text": finding.text,
        "where": f"{file.path} · {_where(finding, document)}", "related": related,
        "file": file.path,
    }


CSS = """
:root{
  --ui:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","微软雅黑",
    "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
  --draft:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","STSong","SimSun","宋体",
    "FangSong","仿宋",serif;
  --ad:#f6b8c8;--contact:#cdb8f5;--placeholder:#ffab91;--numbering:#a6d8f7;--punctuation:#ffe27a;
  --typo:#b2e8a8;--format:#d8d8d8;--number:#b8e6e1;--timeliness:#f9cf9f;--wording:#e6d2b5;
  --error:#c62828;--warning:#b26a00;--info:#1565c0;--line:#e4e4e4;--muted:#6b6b6b;
}
*{box-sizing:border-box}
body{margin:0;font-family:var(--ui);color:#1d1d1d;background:#fafafa;line-height:1.6}
.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem}
.top h1{font-size:1.2rem;margin:0 0 .2rem}
.summary{margin:0 0 .4rem}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.filters legend{float:left;margin-right:.4rem;color:var(--muted)}
.chip{display:inline-flex;align-items:center;gap:.25rem;border:1px solid var(--line);border-radius:1rem;
  padding:.05rem .6rem;cursor:pointer;user-select:none;background:#fff}
.chip input{margin:0}
.chip:has(input:not(:checked)){opacity:.5}
.count{color:var(--muted);font-size:.85em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;vertical-align:-.1em;margin-right:.2em}
.sev{font-size:.8em;border-radius:.3em;padding:0 .3em;color:#fff}
.sev[data-sev=error]{background:var(--error)}.sev[data-sev=warning]{background:var(--warning)}
.sev[data-sev=info]{background:var(--info)}
#shown{color:var(--muted)}
.warnings{margin:.5rem 1rem;color:var(--warning)}
.layout{display:grid;grid-template-columns:minmax(16rem,24rem) 1fr;gap:1rem;padding:1rem;align-items:start}
.side{position:sticky;top:calc(var(--top,7.5rem) + .5rem);max-height:calc(100vh - var(--top,7.5rem) - 1.5rem);overflow:auto;background:#fff;
  border:1px solid var(--line);border-radius:.4rem;padding:.4rem .6rem}
.side h2{font-size:1rem;margin:.6rem 0 .2rem}
.side ol{list-style:none;margin:0;padding:0}
.item{border-top:1px solid #f0f0f0;padding:.2rem 0}
.item summary{cursor:pointer;list-style-position:outside}
.item a{color:inherit;text-decoration:none}
.item .where{display:block;color:var(--muted);font-size:.8em}
.item.current{background:#fff7d6}
.more{font-size:.9em;padding:.2rem 0 .2rem 1rem;color:#333}
.more p{margin:.15rem 0}
.suggest ins{text-decoration:none;background:#e3f6df;padding:0 .2em}
main{min-width:0}
.file{background:#fff;border:1px solid var(--line);border-radius:.4rem;margin-bottom:1rem;padding:.6rem 1rem}
.file h2{font-size:1.05rem;margin:.2rem 0;word-break:break-all}
.file-summary{margin:0 0 .5rem;color:var(--muted)}
.files ul,.clean ul{margin:.2rem 0 1rem}
.error,.err{color:var(--error)}
.draft{font-family:var(--draft);font-size:1.05rem;line-height:1.9}
.line{display:grid;grid-template-columns:3.2em 1fr;gap:.6em;min-height:1.9em}
.draft.labelled .line{grid-template-columns:3.2em 9em 1fr}
.ln{color:#aaa;text-align:right;font-family:var(--ui);font-size:.75em;padding-top:.35em;user-select:none}
.lbl{color:var(--muted);font-family:var(--ui);font-size:.72em;padding-top:.4em;overflow-wrap:anywhere}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4}
.line.has{background:#fffdf3}
mark.hl,.anchor{scroll-margin-top:calc(var(--top,7.5rem) + 1rem)}
mark.hl{background:var(--format);color:inherit;border-radius:.15em;padding:0 .05em;cursor:pointer;
  border-bottom:2px solid transparent}
mark.hl[data-cat=ad]{background:var(--ad)}mark.hl[data-cat=contact]{background:var(--contact)}
mark.hl[data-cat=placeholder]{background:var(--placeholder)}mark.hl[data-cat=numbering]{background:var(--numbering)}
mark.hl[data-cat=punctuation]{background:var(--punctuation)}mark.hl[data-cat=typo]{background:var(--typo)}
mark.hl[data-cat=number]{background:var(--number)}mark.hl[data-cat=timeliness]{background:var(--timeliness)}
mark.hl[data-cat=wording]{background:var(--wording)}
.swatch[data-cat=ad]{background:var(--ad)}.swatch[data-cat=contact]{background:var(--contact)}
.swatch[data-cat=placeholder]{background:var(--placeholder)}.swatch[data-cat=numbering]{background:var(--numbering)}
.swatch[data-cat=punctuation]{background:var(--punctuation)}.swatch[data-cat=typo]{background:var(--typo)}
.swatch[data-cat=format]{background:var(--format)}.swatch[data-cat=number]{background:var(--number)}
.swatch[data-cat=timeliness]{background:var(--timeliness)}.swatch[data-cat=wording]{background:var(--wording)}
mark.hl[data-sev=error]{border-bottom-color:var(--error)}
mark.hl[data-sev=warning]{border-bottom:2px dashed var(--warning)}
mark.hl[data-sev=info]{border-bottom:1px dotted var(--info)}
mark.pt::after{content:"\\2038";color:var(--error);font-weight:bold}
mark.hl.off{background:transparent;border-bottom-color:transparent;cursor:auto}
mark.hl.off.pt::after{content:""}
mark.hl.flash{outline:3px solid #ff6f00;outline-offset:1px}
mark.hl:focus-visible{outline:2px solid #333}
.pop{position:absolute;z-index:10;max-width:26rem;background:#fff;border:1px solid #bbb;border-radius:.4rem;
  box-shadow:0 4px 16px rgba(0,0,0,.15);padding:.5rem .7rem;font-size:.9rem}
.pop .entry+.entry{border-top:1px solid var(--line);margin-top:.4rem;padding-top:.4rem}
.pop p{margin:.15rem 0}
.pop .head{color:var(--muted);font-size:.85em}
.print-list{display:none}
@media (max-width:800px){.layout{grid-template-columns:1fr}.side{position:static;max-height:none}}
@media print{
  body{background:#fff}
  .top{position:static;border:0}
  .filters,.side,.pop,.files,.warnings{display:none!important}
  .layout{display:block;padding:0}
  .file{border:0;padding:0;break-inside:auto}
  .line{break-inside:avoid}
  mark.hl,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  mark.hl.off{background:inherit}
  .print-list{display:block;font-size:.9rem;margin-top:1rem}
}
"""

SCRIPT = r"""
(function(){
  "use strict";
  var data = JSON.parse(document.getElementById("findings-data").textContent);
  var form = document.getElementById("filters");
  var pop = document.getElementById("pop");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var items = Array.prototype.slice.call(document.querySelectorAll("li.item"));
  var total = Object.keys(data).length;
  function enabled(name){
    var on = {};
    if (!form) return null;
    form.querySelectorAll('input[name="' + name + '"]').forEach(function(box){ on[box.value] = box.checked; });
    return on;
  }
  function visible(id, cats, sevs){
    var f = data[id];
    return !!f && (!cats || cats[f.category] !== false) && (!sevs || sevs[f.severity] !== false);
  }
  var rank = {error: 2, warning: 1, info: 0};
  function apply(){
    var cats = enabled("category"), sevs = enabled("severity"), shown = 0;
    items.forEach(function(li){
      var on = visible(li.getAttribute("data-f"), cats, sevs);
      li.hidden = !on;
      if (on) shown++;
    });
    document.querySelectorAll("section.group").forEach(function(group){
      var left = group.querySelectorAll("li.item:not([hidden])").length;
      group.hidden = left === 0;
      group.querySelector(".count").textContent = left;
    });
    marks.forEach(function(mark){
      var active = mark.getAttribute("data-f").split(" ").filter(function(id){ return visible(id, cats, sevs); });
      if (!active.length){ mark.classList.add("off"); return; }
      mark.classList.remove("off");
      active.sort(function(a, b){ return rank[data[b].severity] - rank[data[a].severity]; });
      mark.setAttribute("data-cat", data[active[0]].category);
      mark.setAttribute("data-sev", data[active[0]].severity);
    });
    var out = document.getElementById("shown");
    if (out) out.textContent = "显示 " + shown + " / " + total + " 个问题";
  }
  function el(tag, cls, text){
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function show(mark){
    var cats = enabled("category"), sevs = enabled("severity");
    var ids = mark.getAttribute("data-f").split(" ").filter(function(id){ return visible(id, cats, sevs); });
    if (!ids.length) return;
    pop.textContent = "";
    ids.forEach(function(id){
      var f = data[id], entry = el("div", "entry");
      entry.appendChild(el("p", "head", f.where + " · " + f.categoryLabel + " · " + f.severityLabel + " · " + f.rule + " " + f.name));
      entry.appendChild(el("p", "msg", f.message));
      if (f.suggestion){ var s = el("p", "suggest", "建议："); s.appendChild(el("ins", "", f.suggestion)); entry.appendChild(s); }
      f.related.forEach(function(r){ entry.appendChild(el("p", "head", "另见 " + r.where + "：" + r.message)); });
      pop.appendChild(entry);
    });
    var box = mark.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
    pop.setAttribute("data-for", ids.join(" "));
    items.forEach(function(li){ li.classList.toggle("current", ids.indexOf(li.getAttribute("data-f")) >= 0); });
  }
  function hide(){ pinned = false; pop.hidden = true; pop.removeAttribute("data-for"); }
  function flash(mark){
    marks.forEach(function(m){ m.classList.remove("flash"); });
    mark.classList.add("flash");
    mark.scrollIntoView({block: "center"});
    show(mark);
  }
  var pinned = false;
  marks.forEach(function(mark){
    mark.addEventListener("mouseenter", function(){ if (!pinned && !mark.classList.contains("off")) show(mark); });
    mark.addEventListener("mouseleave", function(){ if (!pinned) hide(); });
    mark.addEventListener("focus", function(){ if (!mark.classList.contains("off")) show(mark); });
    mark.addEventListener("click", function(event){
      event.stopPropagation();
      if (mark.classList.contains("off")) return;
      pinned = true;
      show(mark);
    });
  });
  document.querySelectorAll("a.jump").forEach(function(link){
    link.addEventListener("click", function(event){
      var id = link.getAttribute("href").slice(1), target = document.getElementById(id);
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      var details = link.closest("details");
      if (details) details.open = !details.open;
      var mark = target.tagName === "MARK" ? target : target.closest("mark.hl");
      if (history.replaceState) history.replaceState(null, "", "#" + id);
      if (mark){ pinned = true; flash(mark); }
    });
  });
  document.addEventListener("click", function(event){ if (!pop.contains(event.target)) hide(); });
  document.addEventListener("keydown", function(event){ if (event.key === "Escape") hide(); });
  if (form) form.addEventListener("change", function(){ hide(); apply(); });
  var top = document.querySelector("header.top");
  function measure(){ document.documentElement.style.setProperty("--top", top.offsetHeight + "px"); }
  window.addEventListener("resize", measure);
  measure();
  apply();
})();
"""
