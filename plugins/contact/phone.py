"""CT002: mainland mobile, landline and 400/800 numbers, with any separators."""

from __future__ import annotations

import re

from checker import Finding, rule
from checker.patterns import alternation, quick_scan

from .common import (
    allowlist, digits, folded, in_phone_column, in_word_phone_column, labels, official_context, owned_sentence,
    reports_notice_contacts, silent,
)

SEP = r"[ \-.·‐‑–—_]"
NOT_BEFORE = r"(?<![0-9A-Za-z.·/+])"
NOT_AFTER = r"(?![0-9])(?!\.[0-9])"


def _patterns(ctx):
    def build():
        phone_words = alternation(labels(ctx, "phone"))
        chat_words = alternation(labels(ctx, "qq") + labels(ctx, "wechat") + labels(ctx, "group"))
        mobile = (rf"(?:(?:\+|00)?86{SEP}?)?1[3-9]\d(?:{SEP}?\d{{4}}){{2}}"
                  rf"|1[3-9]\d{{2}}{SEP}\d{{3}}{SEP}\d{{4}}")
        landline = (
            rf"(?:[(（]0\d{{2,3}}[)）]{SEP}?|0\d{{2,3}}{SEP}{{1,2}})[1-9]\d{{2,3}}{SEP}?\d{{4}}"
            r"(?:\s*(?:转|分机|ext\.?|-)\s*\d{1,5})?"
        )
        service = (rf"[48]00{SEP}?\d{{3}}{SEP}?\d{{4}}|[48]00{SEP}?\d{{4}}{SEP}?\d{{3}}"
                   rf"|[48]00{SEP}\d{{2}}{SEP}\d{{5}}")
        number = quick_scan(rf"{NOT_BEFORE}(?P<number>{mobile}|{landline}|{service}){NOT_AFTER}")
        labelled = re.compile(
            rf"(?:{phone_words})\s*(?:号码|号)?\s*[:：]?\s*"
            rf"(?P<number>0\d{{9,11}}|[2-9]\d{{6,7}}){NOT_AFTER}"
        )
        chat = re.compile(rf"(?:{chat_words})\s*(?:号码|号|群)?\s*[:：]?\s*$")
        units = tuple(labels(ctx, "units"))
        return number, labelled, chat, units

    return ctx.compiled("contact.phone", build)


def _kind(number: str) -> str:
    found = digits(number)
    if found.startswith(("400", "800")) and len(found) == 10:
        return "客服电话"
    if re.fullmatch(r"(?:0086|86)?1[3-9]\d{9}", found):
        return "手机号"
    return "固定电话"


@rule(
    "CT002", "phone-number", "contact", "warning", "手机号、固定电话、400/800电话",
    bad=["客服电话：138-0013-8000", "咨询电话：（0571）8888 6666", "全国服务热线400-820-8820", "手机：１３９１２３４５６７８"],
    good=[
        "群众可拨打12345政务服务便民热线反映问题。",
        "全县完成投资13800138000元。",
        "2019-2020学年共招生1386人，同比增长3.8%。",
        "每周一上午8:30召开调度会。",
        "时间：2022-02-10。",
        "市长热线0571-12345全天候受理诉求。",
    ],
)
def phone_number(doc, ctx):
    """A phone number in the text: mobile, landline or a 400/800 service number.

    Template sites leave their customer-service numbers in the material; drafts copied from a
    company page bring its hotline along. Numbers are found in any common writing: 138 0013
    8000, 138-0013-8000, +86 13800138000, (0571) 8888 6666, 0571-88886666转123, 400-820-8820,
    in full-width digits too. A bare seven- or eight-digit number counts only after a word such as
    电话, 热线 or 拨打. A number followed by a unit (13800138000元) is an amount, and dates, decimals
    and times are never phone numbers.

    A number in a notice's own contact sentence (联系人：…，联系电话：…) with no sign of a sales
    pitch is not a template's leftover and is left alone, and so is one beside the draft's own
    organisation's mail or web address (电话：0571-86237105，邮箱：bid@hengjia-me.com.cn). With ``[rules.CT002] notice_contacts =
    true`` (the strict ruleset) it is reported as ``info``, to be checked: a notice copied from
    another county carries that county's numbers.

    National hotlines (12345, 12315, 12388, 110 …, also behind an area code) are allowed in
    ``rulesets/contact.toml``. A number that belongs in a notice, such as the contact office's
    own, is allowed with ``[rules.CT002] allow = ["0571-88886666"]``.
    """
    text = folded(doc)
    allowed = allowlist(ctx)
    number, labelled, chat, units = _patterns(ctx)
    seen: set[int] = set()
    for pattern in (number, labelled):
        for match in pattern.finditer(text):
            start, end = match.span("number")
            if start in seen or silent(doc, start, end):
                continue
            seen.add(start)
            if text.startswith(units, end) or (start and text[start - 1] in "¥￥$"):
                continue
            if chat.search(text[max(0, start - 12):start]):
                continue  # a QQ or WeChat id made of digits: CT001 / CT003 report it
            value = doc.text[start:end]
            if allowed.allows_number(value):
                continue
            if (official_context(ctx, text, start, end) or owned_sentence(ctx, doc, text, start, end)
                    or in_phone_column(ctx, doc.text, start) or in_word_phone_column(ctx, doc, start)):
                if not reports_notice_contacts(ctx):
                    continue
                yield Finding(start, end, f"公文中的{_kind(value)}“{value}”：请核实号码属于本单位，确认后可加入允许列表",
                              severity="info")
            else:
                yield Finding(start, end, f"{_kind(value)}“{value}”：请核实是否为模板网站或无关单位的联系方式")
