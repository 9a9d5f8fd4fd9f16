"""AD001: ad and watermark text a template site put into the draft."""

from __future__ import annotations

from checker import Finding, rule
from checker.organisations import own_address

from .comments import delete_comment, site_comments

from .deletion import delete_lines, delete_span
from .layout import analyse, settings
from .messages import ZONE_NAMES, evidence, quote


@rule(
    "AD001", "template-ad-text", "ad", "error", "模板网站的广告、水印和推销语",
    bad=[
        "仅供学习 禁止外传",
        "本文由某某范文网整理，转载请注明出处",
        "更多精品范文请关注微信公众号",
        "开通VIP会员，海量材料免费下载！",
        "声明：本站资料均来自网络，如有侵权请联系删除。",
        "在全县组织工作会议上的讲话\n星火公文整理，咨询QQ：3365512\n同志们：\n今天召开全县组织工作会议，主要任务是部署下一阶段工作。",
        "要抓好落实，确保取得实效。（本文来源于网络，仅供参考）",
    ],
    good=[
        "要关注群众诉求，及时回应社会关切。",
        "引导群众下载安装政务App，推动政务服务网上办理。",
        "全县新增订阅党报党刊1.2万份。",
        "坚决打击倒卖文物等违法犯罪行为。",
        "商会会员单位要带头诚信经营。",
        "加强网络安全，防范来自网络的攻击。",
        "（根据讲话录音整理）",
    ],
    fixable=True,
)
def ad_text(doc, ctx):
    """Ads, watermarks and sales pitches that came with a draft from a template website.

    Template sites stamp every document they sell or share: a watermark (仅供学习 禁止外传), the
    site's name and slogan, membership and subscription pitches (现在订阅立享…, 开通会员),
    anti-resale notices, download and follow calls (更多范文请关注公众号), copyright and
    reposting notices, disclaimers (如有侵权请联系删除) and credits (某某网整理). Read out at a
    podium or printed in a report, any of them shows where the text came from.

    Words alone decide nothing: 会员, 下载, 关注, 转发 are ordinary in speeches. Each line is scored
    with weighted signals from ``rulesets/ads.toml`` (strong phrases, weak marketing words,
    site names, contact channels, words of ordinary speech counting against), and position adds
    to the score: a short line without sentence punctuation before the title or after the last
    sentence is where sites put their banners. In the body of the text a line needs one point
    more, so a single strong word (免费下载, 关注公众号) in a real sentence is not enough. A short line inside such a banner, between ad
    lines (the bare site name 酷乐文行), is reported with it. In a long paragraph only the
    sentence or bracketed aside that is an ad is reported.

    The fix deletes the line (or the sentence) and the blank lines it leaves behind; it is
    unsafe because it deletes text: read the line before applying ``--unsafe-fixes``.

    A page collecting several drafts numbers each title (篇一：关于……的通报, 篇二：……): the number
    before a title-shaped line is reported alone, and the fix deletes the number only
    (``[layout] compilation``).

    The HTML comments of a Markdown draft are scored each on its own (see ``comments``): a
    site's credit kept in one is reported, and its fix deletes the comment.
    """
    layout = analyse(doc, ctx)
    for line in layout.lines:
        if line.kind == "ad":
            kinds, words = evidence(line.ad_hits)
            message = f"模板网站留下的文字（{kinds or '广告'}）：{words or quote(line.text)}"
            yield Finding(line.lo, line.hi, message, fix=delete_lines(layout, line.number, line.number))
        elif line.kind == "brand":
            where = ZONE_NAMES.get(line.zone, "")
            yield Finding(line.lo, line.hi, f"{where}广告块中的站名或宣传语{quote(line.text)}",
                          fix=delete_lines(layout, line.number, line.number))
        elif line.kind == "separator":
            yield Finding(line.lo, line.hi, f"广告块中的分隔线{quote(line.text, 12)}",
                          fix=delete_lines(layout, line.number, line.number))
        if line.kind is None and (numbered := _compilation_number(line, layout)) is not None:
            yield Finding(line.lo, line.lo + numbered, f"范文网站合集给各篇加的编号{quote(line.text[:numbered])}",
                          fix=delete_span(layout, line.lo, line.lo + numbered))
        for unit in line.units:
            kinds, words = evidence(unit.hits)
            where = ZONE_NAMES["title"] if line.zone in ("head", "title") else ZONE_NAMES["body"]
            yield Finding(unit.start, unit.end, f"{where}夹带的模板网站文字（{kinds or '广告'}）：{words}",
                          fix=delete_span(layout, unit.start, unit.end))
    owned = lambda address, at: own_address(ctx, doc, address, at)  # noqa: E731
    for comment in site_comments(doc, settings(ctx), owned):
        kinds, words = evidence(comment.hits)
        yield Finding(comment.start, comment.end, f"注释里留着模板网站的文字（{kinds or '广告'}）：{words}",
                      fix=delete_comment(doc, comment))


def _compilation_number(line, layout) -> int | None:
    """How long the number a template site put before a title is (篇一：关于……的通报), when the
    rest of the line is a title: a site's page collecting several drafts numbers each. A draft
    never numbers its own title so."""
    match = layout.settings.compilation.match(line.text)
    if match is None or not layout.settings.title.search(line.text[match.end():]):
        return None
    return match.end()
