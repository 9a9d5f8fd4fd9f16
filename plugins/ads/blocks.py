"""AD003: a run of site lines at the head or the tail of a file, reported as one block."""

from __future__ import annotations

from checker import Finding, rule

from .deletion import delete_lines
from .layout import analyse

ZONES = {"head": "页首", "tail": "页尾"}


@rule(
    "AD003", "template-ad-block", "ad", "error", "文件开头或末尾成块的模板网站内容",
    bad=[
        "仅供学习 禁止外传\n某某公文网\n现在订阅立享全年资料\n\n在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，主要任务是部署下一阶段工作。",
        "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，主要任务是部署下一阶段工作。\n谢谢大家！\n\n本文由某某范文网整理\n更多精品范文请关注公众号",
    ],
    good=[
        "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，主要任务是部署下一阶段工作。\n谢谢大家！",
        "关于做好安全生产工作的通知\n各乡镇：\n请认真抓好落实。\n县安全生产委员会办公室\n2025年8月20日",
    ],
    fixable=True,
)
def ad_block(doc, ctx):
    """The banner or footer of a template site as a whole.

    Template sites put their material in front of the title and after the last sentence: a
    watermark, the site's name, its slogans, membership offers, group numbers, spread over
    several lines with blank lines between. The lines are reported one by one by AD001 and
    AD002; this rule reports the run as one finding spanning all of its lines, so the extent
    of what has to go is visible at once, with one fix that deletes the whole block and the
    blank lines it leaves behind (unsafe: it deletes text).

    A block is two or more site lines before the first sentence of the text or after its last
    one, with only blank lines between them.
    """
    layout = analyse(doc, ctx)
    for block in layout.blocks:
        first, last = layout.line(block.first), layout.line(block.last)
        under_title = block.zone == "head" and layout.title is not None and block.first > layout.title
        where = "标题下" if under_title else ZONES[block.zone]
        count = len(block.lines)
        span = f"第{block.first}行" if block.first == block.last else f"第{block.first}–{block.last}行"
        yield Finding(first.lo, last.hi, f"{where}的模板网站内容：{span}共{count}行广告、水印或网页信息，可整块删除",
                      fix=delete_lines(layout, block.first, block.last))
