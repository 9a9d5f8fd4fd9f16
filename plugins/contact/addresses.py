"""The patterns of mail and web addresses, shared by CT004, CT005 and the test for a sentence
that gives the draft's own organisation's address (``common.owned_sentence``)."""

from __future__ import annotations

import re

from checker import ConfigError
from checker.patterns import longest_first, quick_scan

DOT = r"[.。]"
LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
STOP = r"\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e<>\"'“”‘’（）()，；"

AT = r"(?:@|\s*(?:\(at\)|\[at\]|（at）|\{at\}|#)\s*)"
EMAIL = quick_scan(
    r"(?<![A-Za-z0-9._%+\-])(?P<local>[A-Za-z0-9._%+\-]{1,64})" + AT +
    r"(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,})(?![A-Za-z0-9\-])"
)


def web_patterns(ctx):
    """Full web addresses (http://…, www.…) and bare domains with a known top-level domain."""
    def build():
        tlds = ctx.data("contact").get("web", {}).get("tlds", [])
        if not isinstance(tlds, list) or not all(isinstance(t, str) and t for t in tlds):
            raise ConfigError("contact [web] tlds must be a list of top-level domains")
        tld = "|".join(re.escape(t).replace(r"\.", DOT) for t in longest_first(tlds))
        # Letters spelled in both cases rather than (?i): case-folding the large classes
        # of STOP made this one pattern take 6 ms to compile.
        url = re.compile(
            rf"(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://[^{STOP}]+"
            rf"|(?<![A-Za-z0-9_.@\-])[Ww][Ww][Ww]{DOT}{LABEL}(?:{DOT}{LABEL})+(?:/[^{STOP}]*)?"
        )
        bare = quick_scan(
            rf"(?<![A-Za-z0-9_.@\-#/])(?:{LABEL}{DOT})+(?:{tld})(?![A-Za-z0-9\-])(?!{DOT}[A-Za-z])"
            rf"(?:/[^{STOP}]*)?"
        )
        return url, bare

    return ctx.compiled("contact.web", build)
