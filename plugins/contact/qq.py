"""CT001: QQ numbers and chat group numbers, including the blanks a template left empty."""

from __future__ import annotations

import re

from checker import Finding, rule
from checker.patterns import alternation, quick_scan

from .common import allowlist, folded, labels, silent

BLANK_AFTER = r"(?=[ \t]*$|[ \t]{2,})"


def _patterns(ctx):
    def build():
        qq = alternation(labels(ctx, "qq"))
        group = alternation(labels(ctx, "group"))
        number = quick_scan(
            # a group's label may follow QQ: QQ交流群：285164773
            rf"(?<![A-Za-z])(?:(?:QQ|qq)?(?P<group>{group})|(?P<qq>{qq})(?:群)?|Q(?=\s*[:：]))"
            r"\s*(?:号码|号)?\s*[:：]?\s*(?P<number>[1-9]\d{4,10})(?!\d)"
        )
        blank = quick_scan(rf"(?<![A-Za-z])(?P<label>{group}|{qq})\s*(?:号码|号)?\s*[:：]{BLANK_AFTER}", re.M)
        return number, blank

    return ctx.compiled("contact.qq", build)


@rule(
    "CT001", "qq-number", "contact", "error", "QQ号、QQ群号（包括留空的群号栏）",
    bad=["咨询QQ206157060", "客服ＱＱ：２０６１５７０６０", "资料交流群：58231946", "QQ交流群：285164773",
         "会员群：      免费QQ群：      "],
    good=["要用好微信群、QQ群等联系群众的渠道。", "建好QQ交流群等线上平台。", "第一季度Q1营收增长12%。", "群众满意度达98.6%。"],
)
def qq_number(doc, ctx):
    """A QQ number or a QQ group number in the text.

    Template sites sign their material with the number of a customer-service QQ or a members'
    group (咨询QQ206157060, 免费QQ群：…); a speech or a report never carries one. The number is
    found after the words that introduce it (QQ, 扣扣, QQ群, 会员群, 交流群…, listed in
    ``rulesets/contact.toml``), written in half- or full-width characters. A group label
    followed by nothing but spaces is the same template's blank and is reported too.

    A QQ number that belongs in the text can be allowed: ``[rules.CT001] allow = ["12345678"]``
    or an ``account`` entry in a team's contact data file.
    """
    text = folded(doc)
    allowed = allowlist(ctx)
    number, blank = _patterns(ctx)
    for match in number.finditer(text):
        start, end = match.start(), match.end()
        if silent(doc, start, end) or allowed.allows_account(match.group("number")):
            continue
        what = "群号" if match.group("group") or "群" in match.group() else "QQ号"
        yield Finding(start, end, f"{what}“{match.group('number')}”：模板网站留下的联系方式")
    for match in blank.finditer(text):
        start, end = match.start(), match.end()
        if silent(doc, start, end):
            continue
        yield Finding(start, end, f"留空的群号栏“{doc.text[start:end]}”：模板网站的联系方式栏")
