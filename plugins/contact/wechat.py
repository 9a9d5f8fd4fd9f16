"""CT003: WeChat ids and official-account ids."""

from __future__ import annotations

import re

from checker import Finding, rule
from checker.patterns import alternation, quick_scan

from .common import allowlist, folded, labels, silent

BLANK_AFTER = r"(?=[ \t]*$|[ \t]{2,})"


def _patterns(ctx):
    def build():
        words = alternation(labels(ctx, "wechat"))
        account = quick_scan(
            rf"(?<![A-Za-z])(?P<label>{words})\s*(?:号|ID|id)?\s*(?:[:：]\s*|\s+)?"
            r"(?P<id>[A-Za-z][A-Za-z0-9_-]{5,19}|1[3-9]\d{9})(?![A-Za-z0-9_-])"
        )
        blank = quick_scan(rf"(?<![A-Za-z])(?:{words})\s*(?:号)?\s*[:：]{BLANK_AFTER}", re.M)
        return account, blank

    return ctx.compiled("contact.wechat", build)


@rule(
    "CT003", "wechat-id", "contact", "error", "微信号、公众号ID（包括留空的微信栏）",
    bad=["更多范文请关注微信公众号：gongwen2023", "加微信 wxid_k8s2m9", "ＶＸ：ｆａｎｗｅｎ８８", "微信：13912345678"],
    good=["要用好微信公众号、政务微博等新媒体平台。", "请关注“平安校园”微信公众号。", "微信WeChat已成为常用的沟通工具。"],
)
def wechat_id(doc, ctx):
    """A WeChat id or an official account id in the text.

    Template sites send readers to a personal WeChat or an account they run (微信：fanwen88,
    公众号：gongwen2023). An id is a Latin letter followed by 5-19 letters, digits, ``_`` or
    ``-`` (or a mobile number used as the id), after the words that introduce it (微信, VX, 公众号…,
    listed in ``rulesets/contact.toml``), in half- or full-width characters. Naming an account in
    words (请关注“平安校园”微信公众号) is not an id and is not reported; a 微信： label followed by
    nothing but spaces is a template's blank and is.

    Allow an id with ``[rules.CT003] allow = ["our_account"]``.
    """
    text = folded(doc)
    allowed = allowlist(ctx)
    account, blank = _patterns(ctx)
    stop = {w.lower() for w in labels(ctx, "not_ids")}
    for match in account.finditer(text):
        value = match.group("id")
        start, end = match.start(), match.end()
        if value.lower() in stop or silent(doc, start, end) or allowed.allows_account(value):
            continue
        kind = "公众号ID" if "公众号" in match.group("label") else "微信号"
        yield Finding(start, end, f"{kind}“{value}”：模板网站留下的联系方式")
    for match in blank.finditer(text):
        start, end = match.start(), match.end()
        if not silent(doc, start, end):
            yield Finding(start, end, f"留空的微信栏“{doc.text[start:end]}”：模板网站的联系方式栏")
