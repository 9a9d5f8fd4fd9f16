"""CT004: e-mail addresses, also in full-width or spelt-out forms."""

from __future__ import annotations

import re

from checker import Finding, rule
from checker.organisations import own_address

from .addresses import EMAIL
from .common import allowlist, folded, official_context, reports_notice_contacts, silent


@rule(
    "CT004", "email-address", "contact", "warning", "电子邮箱地址",
    bad=["投稿邮箱：fanwen_2023@163.com", "联系邮箱：ｓｅｒｖｉｃｅ＠ｆａｎｗｅｎ．ｃｏｍ", "来稿请发 gongwen(at)126.com"],
    good=["来信请寄县委办公室信访科。", "请将材料发送至xzb@example.gov.cn。", "C#.NET开发人员"],
)
def email_address(doc, ctx):
    """An e-mail address in the text.

    A submission or customer-service address (投稿邮箱：…@163.com) comes with material copied from a
    website and has no place in the draft. Addresses are found in plain, full-width and spelt-out
    forms (name(at)domain.com, name#domain.com).

    An address in a notice's own contact sentence (材料报送至…，电子邮箱：…) is left alone; with
    ``[rules.CT004] notice_contacts = true`` (the strict ruleset) it is reported as ``info``, to
    be checked rather than deleted.

    An address whose domain spells in pinyin an organisation the draft names on another line
    (hr@xingchen-im.com in 湖南星辰智造科技有限公司's notice) is that organisation's own and is
    left alone the same way (``rulesets/organisations.toml``).

    Addresses at official domains (``*.gov.cn`` …) are allowed in ``rulesets/contact.toml``; allow
    more with ``[rules.CT004] allow = ["office@example.org", "example.org"]``.
    """
    text = folded(doc, prose=False)
    allowed = allowlist(ctx)
    for match in EMAIL.finditer(text):
        start, end = match.span()
        local = match.group("local")
        if "@" not in match.group() and not re.search(r"[A-Za-z]", local):
            continue  # "12#a.com" is not worth a guess
        if silent(doc, start, end):
            continue
        address = f"{local}@{match.group('domain')}"
        if allowed.allows_email(address):
            continue
        if official_context(ctx, text, start, end) or own_address(ctx, doc, address, start):
            if not reports_notice_contacts(ctx):
                continue
            yield Finding(start, end, f"公文中的电子邮箱“{doc.text[start:end]}”：请核实邮箱属于本单位，确认后可加入允许列表",
                          severity="info")
        else:
            yield Finding(start, end, f"电子邮箱“{doc.text[start:end]}”：请核实是否为模板网站留下的联系方式")
