"""Template-site leftovers: ads and watermarks, scraped page metadata, ad blocks and repeated
titles (AD rules). The signals they weigh live in ``rulesets/ads.toml``."""

from checker import hookimpl

from .ad_text import ad_text
from .blocks import ad_block
from .metadata import page_metadata
from .titles import repeated_title


@hookimpl
def checker_rules():
    return [ad_text, page_metadata, ad_block, repeated_title]
