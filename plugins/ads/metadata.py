"""AD002: page metadata a scraper copied along with the article."""

from __future__ import annotations

from checker import Finding, rule

from .deletion import delete_lines, delete_span
from .layout import analyse
from .messages import evidence, quote


@rule(
    "AD002", "scraped-page-metadata", "ad", "error", "网页抓取残留的发布时间、来源、阅读量、导航等元数据",
    bad=[
        "时间:2022-02-10 08:38:00",
        "发布时间：2024-03-05　来源：网友投稿　阅读：1024次",
        "导读：以下是小编为大家整理的年度工作总结，欢迎参考。",
        "上一篇：在全市经济工作会议上的讲话",
        "当前位置：首页 > 讲话稿 > 正文",
        "第1页 共3页",
        "标签：党建 讲话稿 范文",
    ],
    good=[
        "会议时间：2025年9月1日上午9:00，地点：县政府三楼会议室。",
        "数据来源：国家统计局。",
        "全年发布政务信息320条，总阅读量150万人次。",
        "奋力书写下一篇章。",
        "附件共3页，请一并印发。",
        "我向大家推荐阅读《之江新语》。",
    ],
    fixable=True,
)
def page_metadata(doc, ctx):
    """Metadata of the web page a draft was copied from.

    Copying an article from a web page takes the page with it: the publishing time stamp
    (时间:2022-02-10 08:38:00), source and author fields (来源：网友投稿, 作者：佚名), view counts,
    the lead (导语：……一文来源于网友上传，不代表本站观点), previous and next links (上一篇/下一篇),
    related-article lists (相关推荐), tags, the breadcrumb trail (首页 > 讲话稿 > 正文) and the
    pager (第1页 共3页). None of it belongs in a speech or a report.

    A field name alone is not enough (a meeting notice has 时间： and 地点：; a report cites
    数据来源：): the line needs the shape of a page's info bar, a machine time stamp, a website as
    the source, several fields at once, or its place above the title or right under it. Titles
    listed under 相关推荐 at the end of the file are reported with the list.

    The fix deletes the line and the blank lines it leaves behind (unsafe: it deletes text).
    """
    layout = analyse(doc, ctx)
    for line in layout.lines:
        if line.kind == "meta":
            kinds, words = evidence(line.meta_hits)
            message = f"网页抓取残留的{kinds or '元数据'}：{words or quote(line.text)}"
            yield Finding(line.lo, line.hi, message, fix=delete_lines(layout, line.number, line.number))
        elif line.kind == "related":
            yield Finding(line.lo, line.hi, f"网页“相关推荐”列表中的标题{quote(line.text)}",
                          fix=delete_lines(layout, line.number, line.number))
        for hit in line.meta_spans:
            yield Finding(hit.start, hit.end, f"网页抓取残留的{hit.signal.kind}：{quote(hit.text)}",
                          fix=delete_span(layout, hit.start, hit.end))
