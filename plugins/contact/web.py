"""CT005: web addresses and bare domain names, also in full-width forms."""

from __future__ import annotations

import re

from checker import Finding, rule
from checker.organisations import own_address

from .addresses import web_patterns
from .common import allowlist, folded, labels, official_context, silent

HOST = re.compile(r"(?i)^(?:[a-z]+://)?([^/\s:?#]+)")


def _host(address: str) -> str:
    match = HOST.match(address.replace("。", "."))
    return match.group(1) if match else address


@rule(
    "CT005", "web-address", "contact", "warning", "网址和域名",
    bad=[
        "公文写作网 www.gongwenxiezuo.com", "更多范文见 https://fanwen365.com/list",
        "访问ｗｗｗ．ｆａｎｗｅｎ８８．ｃｏｍ下载", "搜索 gongwen888.cn 获取全文",
    ],
    good=[
        "详情请登录县政府网站www.example.gov.cn查询。",
        "原始数据文件为data_2025h1.xlsx。",
        "加强网络安全，推进政务服务网上办理。",
        "ASP.NET开发培训",
    ],
)
def web_address(doc, ctx):
    """A web address or a bare domain name in the text.

    Drafts copied from template sites carry the site's address (公文写作网 www.…com, 更多范文请访问…),
    sometimes in full-width letters or with 。 for the dot to slip past filters. Both full
    addresses and bare domains (gongwen888.cn) are reported; a bare name needs a known top-level
    domain (listed in ``rulesets/contact.toml``), so file names (report.xlsx) and product names
    are not.

    A site whose domain spells in pinyin an organisation the draft names on another line
    (www.xingchen-im.com beside 湖南星辰智造科技有限公司) is that organisation's own and is not
    reported (``rulesets/organisations.toml``).

    A host that holds one of the ``template_hosts`` words of ``rulesets/contact.toml`` (fanwen,
    wenku, gongwen …) names what the site sells: that address is an error, not a question.

    Official sites (``*.gov.cn``, 共产党员网, 学习强国 …) are allowed in ``rulesets/contact.toml``;
    allow more with ``[rules.CT005] allow = ["example.org"]``.
    """
    text = folded(doc, prose=False)
    allowed = allowlist(ctx)
    url, bare = web_patterns(ctx)
    taken: list[tuple[int, int]] = []
    for pattern, what in ((url, "网址"), (bare, "域名")):
        for match in pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in ".,;:!?)]'\"。":
                end -= 1
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            if silent(doc, start, end) or allowed.allows_host(_host(text[start:end])):
                continue
            if official_context(ctx, text, start, end, "official_web"):
                continue  # 在市图书馆官方网站（http://…）公布: the organiser's own site
            if own_address(ctx, doc, text[start:end], start):
                continue  # 公司官网：www.xingchen-im.com in 湖南星辰智造科技有限公司's notice
            host = _host(text[start:end]).lower()
            word = next((w for w in labels(ctx, "template_hosts", "web") if w in host), None)
            if word is not None:  # img.fanwen123.com: the host names what the site sells
                yield Finding(start, end, f"{what}“{doc.text[start:end]}”是模板网站的地址（含“{word}”）",
                              severity="error")
                continue
            yield Finding(start, end, f"{what}“{doc.text[start:end]}”：请核实是否为模板网站的地址")
