"""An organisation's own site and mailbox spell the name the draft gives it."""

from __future__ import annotations

import pytest

from checker.testing import check_text

NOTICE = ("湖南星辰智造科技有限公司2025年招聘公告\n"
          "因业务发展需要，湖南星辰智造科技有限公司面向社会公开招聘工作人员28名。\n"
          "有意者请将简历发送至招聘邮箱：hr@xingchen-im.com\n"
          "公司官网：www.xingchen-im.com\n")


def rules_on(text, select=("CT", "AD")):
    return sorted({(f.rule.id, f.line) for f in check_text(text, select=list(select))})


def test_a_companys_own_site_and_mailbox_are_its_own():
    assert rules_on(NOTICE) == []


@pytest.mark.parametrize("address", ["www.fanwen365.com", "kefu@wenmi114.com", "www.changsha-hr.com"])
def test_an_address_that_spells_no_name_of_the_draft_is_still_checked(address):
    text = NOTICE.replace("www.xingchen-im.com", address)
    assert 4 in {line for _, line in rules_on(text)}  # reported on its line


def test_a_name_given_only_on_the_addresss_own_line_is_no_evidence():
    banner = "本站由北京文海文化传媒有限公司运营　www.wenhai-media.com\n"
    text = "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议。\n谢谢大家！\n" + banner
    assert any(line == 5 for _, line in rules_on(text))


def test_numbers_beside_the_organisations_own_address_are_its_own():
    text = ("我方杭州恒嘉机电设备有限公司郑重承诺如下。\n"
            "往来通讯请寄：杭州恒嘉机电设备有限公司投标部，电话：0571-86237105，邮箱：bid@hengjia-me.com.cn。\n"
            "如有疑问，欢迎拨打客户服务热线400-852-6677，或访问官网www.hengjia-me.com.cn。\n")
    assert rules_on(text) == []
    seller = text.replace("bid@hengjia-me.com.cn", "tbfanben@163.com").replace("www.hengjia-me.com.cn", "www.fanben365.com")
    assert {line for _, line in rules_on(seller, select=("CT",))} == {2, 3}
