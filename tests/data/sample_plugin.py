"""A local plugin file used by the engine tests: small rules with known behaviour."""

import re

from checker import Edit, Finding, Fix, Related, hookimpl, rule


@rule("ZZ001", "double-bang", "format", "warning", "连用感叹号", bad=["好！！"], good=["好！"], fixable=True)
def double_bang(doc, ctx):
    """Test rule: a safe fix that shortens the text."""
    for m in re.finditer("！{2,}", doc.prose):
        yield Finding(m.start(), m.end(), f"感叹号连用“{m.group()}”", suggestion="！",
                      fix=Fix.replace(m.start(), m.end(), "！"))


@rule("ZZ002", "ad-line", "ad", "error", "广告行", bad=["广告行"], good=["正文"], fixable=True)
def ad_line(doc, ctx):
    """Test rule: an unsafe fix deleting a whole line with its newline."""
    for number, start, end, text in doc.lines():
        if "广告行" in text:
            stop = end + 1 if end < len(doc.text) else end
            yield Finding(start, end, "广告行", fix=Fix((Edit(start, stop, ""),), "unsafe"),
                          related=(Related(0, 1, "文件开头"),))


@rule("ZZ003", "always-fails", "format", "error", "总是出错", bad=[], good=[], default_enabled=False)
def always_fails(doc, ctx):
    """Test rule: raises, to prove other rules' findings survive."""
    raise RuntimeError("boom")
    yield  # pragma: no cover


@rule("ZZ004", "option-word", "wording", "info", "配置的词", bad=[], good=[], default_enabled=False)
def option_word(doc, ctx):
    """Test rule: reports the words listed in its options and its data file."""
    words = list(ctx.option("words", [])) + [e["word"] for e in ctx.data("sample_words").get("word", [])]
    for word in words:
        for m in re.finditer(re.escape(word), doc.prose):
            yield Finding(m.start(), m.end(), f"词“{word}”")


@rule("ZZ005", "repeated-word", "typo", "warning", "重复的词", bad=[], good=[], requires=["tokens"],
      default_enabled=False)
def repeated_word(doc, ctx):
    """Test rule: needs word tokens."""
    tokens = doc.tokens
    for previous, token in zip(tokens, tokens[1:]):
        if previous.text == token.text and len(token.text) > 1 and previous.end == token.start:
            yield Finding(token.start, token.end, f"重复“{token.text}”")


@rule("ZZ006", "claimed-span", "typo", "error", "整段乱码", bad=[], good=[], default_enabled=False)
def claimed_span(doc, ctx):
    """Test rule: claims the text between 〖 and 〗, as a garbled run does."""
    for m in re.finditer("〖[^〗]*〗", doc.prose):
        yield Finding(m.start(), m.end(), "乱码", claims_span=True)
        yield Finding(m.start() + 1, m.start() + 2, "同一规则的另一条")


@hookimpl
def checker_rules():
    return [double_bang, ad_line, always_fails, option_word, repeated_word, claimed_span]
