"""PU009: a document number's year in 六角括号 and in full, its sequence number bare (县政发〔2026〕15号)."""

from __future__ import annotations

import re

from checker import ConfigError, Finding, Fix, rule

RIGHT_OPEN, RIGHT_CLOSE = "〔", "〕"


def _number_pattern(ctx) -> re.Pattern:
    """A year in brackets right after an issuing code's last Han character, then the sequence
    number and 号: 县水发[2026]38号. The brackets are the right ones or the data's
    ``wrong_brackets``, each entry an opening and its closing mark."""
    def build():
        pairs = [RIGHT_OPEN + RIGHT_CLOSE]
        for index, pair in enumerate(ctx.data("punctuation").get("document_number", {}).get("wrong_brackets", []), 1):
            if not (isinstance(pair, str) and len(pair) == 2):
                raise ConfigError(f"punctuation data, [document_number] wrong_brackets entry {index}: "
                                  "needs an opening and a closing mark, such as \"[]\"")
            pairs.append(pair)
        opening = re.escape("".join(pair[0] for pair in pairs))
        closing = re.escape("".join(pair[1] for pair in pairs))
        return re.compile(rf"(?<=[\u4e00-\u9fff])(?P<open>[{opening}])(?P<year>[0-9]{{4}}|[0-9]{{2}})"
                          rf"(?P<close>[{closing}])(?P<nth>第?)(?P<seq>[0-9]{{1,5}})号")

    return ctx.compiled("punctuation.document_number", build)


@rule(
    "PU009", "document-number", "punctuation", "warning",
    "发文字号写法不规范：年份应标全称并用六角括号〔〕，顺序号不编虚位、不加“第”字（县水发[2026]38号）",
    standard="GB/T 9704-2012 7.2.4（发文字号）",
    bad=["根据《通知》（县水发[2026]38号）要求", "按照县政发【2026】12号文件执行", "县政办发〔2026〕第5号",
         "市办发〔2026〕08号", "县政发〔26〕15号"],
    good=["根据《通知》（县水发〔2026〕38号）要求", "国办发〔2020〕23号", "在（2024）湘0102民初1234号案件中",
          "证书编号：(2026)123号", "第（3）号台风"],
    fixable=True,
)
def document_number(doc, ctx):
    """GB/T 9704-2012 7.2.4 sets out a document number (发文字号) as the issuing code, the year
    and the sequence number: the year is written in full and put in 六角括号 〔〕, and the
    sequence number has no leading zeros (1, not 01) and no 第. Drafts copy numbers typed with
    the brackets at hand, ``[2026]``, ``【2026】`` or ``（2026）``.

    A number is a year of two or four figures in brackets right after a Han character (the
    issuing code's last), then figures and 号. A court's case number (（2024）湘0102民初1234号)
    has the court's code after its brackets and is not one. The other brackets a draft may use
    are data (``[document_number] wrong_brackets``). One finding covers the number from the
    year's opening bracket to 号 and claims the span, so the half-width rule does not report
    the same brackets again. Changing the brackets, dropping 第 and the leading zeros is a safe
    fix; a two-figure year is reported without one, since the century is the writer's to say.
    """
    prose = doc.prose
    if "号" not in prose:
        return
    for match in _number_pattern(ctx).finditer(prose):
        opening, year, closing = match.group("open", "year", "close")
        nth, seq = match.group("nth", "seq")
        slips = []
        if opening + closing != RIGHT_OPEN + RIGHT_CLOSE:
            slips.append(f"年份用六角括号“〔〕”，不用“{opening}{closing}”")
        if len(year) == 2:
            slips.append("年份应标全称")
        if nth:
            slips.append("顺序号不加“第”字")
        bare = seq.lstrip("0") or seq
        if bare != seq:
            slips.append("顺序号不编虚位")
        if not slips:
            continue
        start, end = match.start("open"), match.end()
        message = f"发文字号“{match.group()}”写法不规范：{'；'.join(slips)}（GB/T 9704-2012 7.2.4）"
        if len(year) == 2:
            yield Finding(start, end, message, claims_span=True)
            continue
        right = f"{RIGHT_OPEN}{year}{RIGHT_CLOSE}{bare}号"
        yield Finding(start, end, message, suggestion=right, fix=Fix.replace(start, end, right), claims_span=True)
