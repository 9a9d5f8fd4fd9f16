"""Contact details in drafts: QQ numbers and groups, phone numbers, WeChat ids, e-mail and web
addresses (CT rules). The allowlist of official contacts lives in ``rulesets/contact.toml``."""

from checker import hookimpl

from .email import email_address
from .phone import phone_number
from .qq import qq_number
from .web import web_address
from .wechat import wechat_id


@hookimpl
def checker_rules():
    return [qq_number, phone_number, wechat_id, email_address, web_address]
