"""AD004: a title the scraper copied twice."""

from __future__ import annotations

from checker import Finding, Related, rule

from .deletion import delete_lines
from .layout import analyse
from .messages import quote


@rule(
    "AD004", "repeated-title", "ad", "warning", "网页抓取造成的标题重复",
    bad=[
        "党建大会的讲话\n\n时间:2022-02-10 08:38:00\n\n党建大会的讲话\n\n同志们:\n今天召开党建大会，主要任务是总结工作、部署任务。",
        "在全市工作会议上的讲话_某某范文网\n在全市工作会议上的讲话\n同志们：\n今天召开全市工作会议，主要任务是部署工作。",
    ],
    good=[
        "党建大会的讲话\n同志们：\n今天召开党建大会，主要任务是总结工作、部署任务。",
        "一、提高认识\n要提高认识，统一思想，切实增强责任感。\n二、提高认识\n要认真落实。",
    ],
    fixable=True,
)
def repeated_title(doc, ctx):
    """The same title twice before the text begins, or again among the page's leftovers at
    its end.

    A page scraper copies the page title and then the article's own heading, so the draft
    opens with its title twice, often with the page's time stamp or lead in between; some
    pages repeat the title above their 相关推荐 list, and the scraper takes it too. The later
    copy is reported (or the copy that carries the site's name, “…的讲话_某某网”), pointing at
    the first; titles are compared ignoring spaces, punctuation and full-width forms.

    The fix deletes the repeated line and the blank lines it leaves behind (unsafe).
    """
    layout = analyse(doc, ctx)
    for line in layout.lines:
        if line.kind != "copy":
            continue
        original = layout.line(line.original)
        yield Finding(
            line.lo, line.hi, f"标题重复：{quote(line.text)}与第{original.number}行重复，网页抓取时多复制了一次",
            fix=delete_lines(layout, line.number, line.number),
            related=(Related(original.lo, original.hi, "标题第一次出现的位置"),),
        )
