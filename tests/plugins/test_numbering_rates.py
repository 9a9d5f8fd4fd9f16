"""NU009: a percentage the figures of its own sentence do not give (rates.py).

Each form is tested with a wrong percentage that must be reported and with the right one, or a
look-alike whose figures are not the percentage's, that must not be.
"""

from __future__ import annotations

import pytest

from checker.testing import check_text


def nu9(text: str) -> list[str]:
    return [f.message for f in check_text(text, select=["NU009"])]


def reported(text: str) -> str:
    messages = nu9(text)
    assert len(messages) == 1, messages
    return messages[0]


# --- a rate named by what it counts ----------------------------------------------------------


def test_a_rate_is_the_part_counted_under_its_word_over_the_whole():
    assert reported("全年共受理投诉320件，已办结298件，办结率95.1%。") == "“95.1%”与句中的数字不符：298件÷320件≈93.1%"
    assert nu9("全年共受理投诉320件，已办结298件，办结率93.1%。") == []


@pytest.mark.parametrize("text", [
    "本次中心组学习会应到成员15人，实到13人，出席率为92.3%。",  # 实到 counts those present
    "全年共排查隐患1268项，其中重大隐患12项，已整改1251项，整改率100%。",
    "共受理各类城市管理案件2.36万件，办结2.33万件，办结率97.1%。",
])
def test_wrong_rates_are_reported(text):
    assert len(nu9(text)) == 1


@pytest.mark.parametrize("text", [
    "本次中心组学习会应到成员15人，实到13人，出席率为86.7%。",
    "全年共排查隐患1268项，其中重大隐患12项，已整改1251项，整改率98.7%。",
    # 2.33万 ÷ 2.36万 is anything from 98.3% to 99.1% as the figures are rounded
    "共受理各类城市管理案件2.36万件，办结2.33万件，办结率98.7%。",
    "共受理各类城市管理案件2.36万件，办结2.33万件，办结率98.9%。",
    # cut off rather than rounded: 298 ÷ 320 = 93.125
    "全年共受理投诉320件，已办结298件，办结率93.12%。",
    # several figures could be the whole: one gives the rate
    "经核查，合法图斑98个、违法图斑44个，已整改到位39个，整改率88.6%。",
    "问题共计87个，已整改到位72个，正在整改13个，暂时无法整改2个，整改率为82.8%。",
    # a bound holds
    "全年受理诉求1680件，办结1650件，办结率达到98%以上。",
])
def test_rates_the_figures_give_are_not_reported(text):
    assert nu9(text) == []


def test_the_complement_is_read_from_a_count_of_the_rest():
    assert reported("抽检食品486批次，其中不合格18批次，合格率97.9%。").startswith("“97.9%”与句中的数字不符：1－18批次÷486批次≈96.3%")
    assert nu9("抽检食品486批次，其中不合格18批次，合格率96.3%。") == []
    assert nu9("共考核指标40项，已达标36项、未达标2项，达标率90%。") == []


def test_the_rates_word_may_follow_the_figure():
    assert reported("全县92项民生实事中，已有86项全部完成，完成率95.3%。") == "“95.3%”与句中的数字不符：86项÷92项≈93.5%"
    assert nu9("全县92项民生实事中，已有86项全部完成，完成率93.5%。") == []
    assert len(nu9("规划确定的92项主要指标中，6项未达标，达标率95%。")) == 1
    assert nu9("规划确定的92项主要指标中，6项未达标，达标率93.5%。") == []


def test_the_rate_itself_and_dates_are_no_counts():
    # 2025年度 is followed by the rate's own words, and a year counts nothing
    assert nu9("2024年度项目支出预算执行率为78.3%，2025年度项目支出预算执行率为71.6%。") == []
    assert nu9("截至2025年9月底，全年92项任务已完成86项，完成率93.5%。") == []
    assert nu9("该项目计划2026年开工、2028年建成，2025年已完成前期工作，前期工作完成率为90%。") == []
    # the words after 20个 are the rate's own
    assert nu9("全县设立监测站点25个，20个监测站点空气优良率为86.4%。") == []


def test_a_count_said_to_do_the_same_is_no_whole_of_it():
    # 86项达标 is itself a count of what is met: the 92 they are of is not given
    assert nu9("已有86项指标达标，其中80项提前达标，达标率93.5%。") == []


def test_a_part_counting_only_some_bounds_the_rate_from_below():
    # 提前办结 is some of what 办结 counts: 298 to 320 of 320 may give 95%, none gives 90%
    assert nu9("今年共受理群众投诉320件，提前办结298件，办结率95%。") == []
    assert reported("今年共受理群众投诉320件，提前办结298件，办结率90%。") == "“90%”与句中的数字不符：至少298件÷320件≈93.1%"
    assert nu9("规划确定的92项主要指标中，86项提前达标，其余6项按期达标，达标率100%。") == []


def test_a_rate_over_a_count_of_whole_things_is_some_whole_number_of_them():
    # no count from 86 to 92 of 92 gives 95.3%
    assert reported("规划确定的92项主要指标中，86项提前达标，达标率95.3%。") \
        == "“95.3%”与句中的数字不符：87项÷92项≈94.6%，88项÷92项≈95.7%"
    assert nu9("规划确定的92项主要指标中，86项提前达标，达标率95.7%。") == []
    # over many things every percentage to a tenth is some count of them
    assert nu9("全市共有企业5000家，提前完成改造4000家，完成率95.33%。") == []
    # a bound is held only to its bound
    assert nu9("规划确定的92项主要指标中，86项提前达标，达标率95.3%以上。") == []


def test_a_rate_whose_word_holds_a_joining_character():
    # 及 in 及格 joins nothing; 满意和基本满意率 is a rate of two parts, left alone
    assert reported("全年级参考学生512人，数学及格486人，及格率达到97.3%。") == "“97.3%”与句中的数字不符：486人÷512人≈94.9%"
    assert nu9("全年级参考学生512人，数学及格486人，及格率达到94.9%。") == []
    assert nu9("调查群众500人，满意和基本满意480人，满意和基本满意率为90%。") == []


def test_a_count_of_what_was_due_is_the_whole():
    assert reported("2025年度全县应参保人数28.6万人，实际参保27.2万人，参保率达到98%。") \
        == "“98%”与句中的数字不符：27.2万人÷28.6万人≈95.1%"
    # 实免 counts the vaccinated under 免疫率, over 应免
    assert reported("全县生猪口蹄疫应免42.6万头，实免40.1万头，免疫率97.5%。") == "“97.5%”与句中的数字不符：40.1万头÷42.6万头≈94.1%"
    assert nu9("全县生猪口蹄疫应免42.6万头，实免40.1万头，免疫率94.1%。") == []
    assert nu9("2025年度全县应参保人数28.6万人，实际参保27.2万人，参保率达到95.1%。") == []


def test_a_sentence_opening_with_its_breakdown_takes_the_whole_from_the_one_before():
    assert reported("全市高校毕业生共5826人。其中，已落实就业去向5236人，落实率91.87%。") \
        == "“91.87%”与前文的数字不符：5236人÷5826人≈89.87%"
    assert nu9("全市高校毕业生共5826人。其中，已落实就业去向5236人，落实率89.87%。") == []
    # without 其中 the sentence before is another matter, unless it sums its count (共)
    assert nu9("全市高校毕业生5826人。已落实就业去向5236人，落实率91.87%。") == []


def test_a_rate_narrowed_by_a_name_its_figures_never_say_is_not_theirs():
    # 蔬菜合格率 is the vegetables' rate; the figures count all the samples
    assert nu9("经检测，420批次样品中，合格414批次，不合格6批次，总体合格率为98.6%。其中，蔬菜合格率98.1%，"
               "水果合格率99.0%，水产品合格率100%。") == []
    # words that narrow nothing, and names the figures say, leave the rate theirs
    assert len(nu9("经检测，420批次样品中，合格414批次，总体合格率为98.1%。")) == 1
    assert len(nu9("共抽检蔬菜120批次，合格116批次，蔬菜合格率98.1%。")) == 1
    assert len(nu9("全年共受理投诉320件，已办结298件，投诉办结率95.1%。")) == 1


@pytest.mark.parametrize("text", [
    # 满意率 is not counted by any figure of the sentence
    "受理诉求968件，其中已办结915件，企业满意率96.2%。",
    # 按期 narrows what 办结 counts
    "全年受理诉求1680件，办结1650件，按期办结率92.1%。",
    # two doses are two counts of one doing, neither the other's whole
    "全市共完成首剂接种15862人、第二剂接种15304人，首剂接种率92.6%。",
    # parts of one list after 其中 are not each other's whole
    "全年实现就业创业1026人，其中企业吸纳就业653人、自主创业214人、灵活就业159人，就业率保持在95%以上。",
    # the narrowed population is not the whole counted before it
    "辖区常住人口3.2万人，重点人群已签约7800人，重点人群签约率90.7%。",
    "全市基层供销合作社达到126个，覆盖全市98个乡镇，乡镇覆盖率达到100%。",  # 乡镇 after the part only
    # ；sets apart parallel clauses counting other things
    "民商事案件审结6532件，审结率90.67%；执行案件执结3396件，执结率94.78%。",
    # new members this year are not the stock a rate counts
    "全市共有企业5000家，今年新增认证企业120家，认证率65%。",
    # words ending in 率 that are no share of two counts
    "全年完成投资12亿元，其中技改投资3亿元，投资效率提高15%。",
    # a count too far from the rate's word is of something else
    "全年排查化解移民矛盾纠纷47件，办结群众信访事项23件，办结率100%。",
    # approximate figures
    "全年受理诉求约1680件，办结1650件，办结率90%。",
    # a rate of two parts together
    "代表对办理结果表示满意的152件，基本满意的16件，满意和基本满意率为100%。",
    # 收益率 is a yield, not a share of two counts
    "基金规模3亿元，其中收益兑付2.9亿元，收益率3.2%。",
])
def test_rates_not_worked_out_from_these_figures_are_left_alone(text):
    assert nu9(text) == []


def test_an_approximate_percentage_is_near_its_figures_not_exact():
    # 约 allows a tenth of the percentage, at least 2.5 points, either way
    assert reported("全年受理投诉320件，办结298件，办结率约80%。") == "“80%”与句中的数字不符：298件÷320件≈93.1%"
    assert len(nu9("全年受理投诉320件，办结298件，办结率为84%左右。")) == 1
    for stated in ("约为93%", "约90%", "约95.1%", "为92%左右", "约85%"):
        assert nu9(f"全年受理投诉320件，办结298件，办结率{stated}。") == [], stated


def test_a_word_ending_in_an_approximating_character_does_not_make_its_figure_approximate():
    # 签约 ends in 约, and 7800 is no 约7800
    assert len(nu9("辖区常住人口32000人，已签约7800人，签约率90.7%。")) == 1


def test_a_saving_is_over_the_budget_or_over_what_was_spent_and_saved():
    # 19.8 ÷ (286 + 19.8) = 6.5%; 3160万 ÷ 4.82亿 = 6.6%
    assert nu9("全年完成政府采购项目23个，采购金额286万元，节约资金19.8万元，节约率6.5%。") == []
    assert nu9("全年完成政府采购预算4.82亿元，节约资金3160万元，节约率6.6%。") == []
    assert len(nu9("全年完成政府采购项目23个，采购金额286万元，节约资金19.8万元，节约率9.5%。")) == 1


# --- a change ---------------------------------------------------------------------------------


def test_a_change_between_two_figures():
    assert reported("年租金收入由36万元提高到48.6万元，增幅25%。") == "“25%”与句中的数字不符：由36万元到48.6万元，实际增长约35.0%"
    assert nu9("年租金收入由36万元提高到48.6万元，增幅35%。") == []
    assert nu9("生产安全事故起数由上年的11起下降到9起，同比下降18.2%。") == []
    assert len(nu9("生产安全事故起数由上年的11起下降到9起，同比下降28.2%。")) == 1


def test_a_change_against_last_years_figure():
    message = reported("全年实现营业收入186.4亿元，较上年的165.7亿元同比增长18.5%。")
    assert message == "“18.5%”与句中的数字不符：由165.7亿元到186.4亿元，实际增长约12.5%"
    assert nu9("新能源装机容量达到96.3万千瓦，较上年末的88.7万千瓦增长8.6%。") == []
    assert nu9("预计客运量为420万人次，较上年同期的407万人次增长3.2%。") == []


def test_a_fall_called_a_rise():
    message = reported("技术合同成交额达到42.3亿元，较2023年的45.1亿元增长18.6%。")
    assert message == "“18.6%”与句中的数字不符：由45.1亿元到42.3亿元是减少，文中却说增长"


def test_a_change_given_after_its_percentage():
    assert len(nu9("追回金额同比增长35.6%，由上年的920万元增至1268.5万元。")) == 1
    assert nu9("追回金额同比增长37.9%，由上年的920万元增至1268.5万元。") == []


def test_a_change_by_its_difference():
    assert reported("全年召开全县性会议48个，较上年减少13个，下降27.1%。").startswith("“27.1%”与句中的数字不符：13个÷（48个＋13个）")
    assert nu9("全年召开全县性会议48个，较上年减少13个，下降21.3%。") == []
    assert nu9("全年接待游客120万人次，比上年增加20万人次，增长20%。") == []
    assert reported("全年召开全县性会议48个，较上年减少13个，增长21.3%。") == "“21.3%”与句中的数字不符：较上年减少13个，文中却说增长"
    # figures of nothing give any percentage
    assert nu9("全年召开会议0个，较上年减少0个，下降0%。") == []
    assert nu9("应到0人，实到0人，出席率100%。") == []


def test_a_change_by_its_difference_told_after_the_percentage():
    assert reported("非税收入完成1120万元，同比下降5.2%，比去年同期减少86万元。") \
        == "“5.2%”与句中的数字不符：86万元÷（1120万元＋86万元）≈7.1%"
    assert nu9("非税收入完成1120万元，同比下降7.1%，比去年同期减少86万元。") == []
    assert nu9("税收收入完成3610万元，同比增长12.0%，比去年同期增加387万元。") == []
    assert reported("税收收入完成3610万元，同比增长12.0%，比去年同期减少387万元。") \
        == "“12.0%”与句中的数字不符：比去年同期减少387万元，文中却说增长"


def test_a_change_of_a_count_told_by_its_difference_alone():
    # 5 people are 14.7% of 34 and 14.3% of 35: no whole count before gives 14.6%
    assert reported("死亡人数减少5人，下降14.6%；受伤人数减少19人，下降9.9%。") \
        == "“14.6%”与句中的数字不符：减少5人，原数是整数，得不出14.6%：5人÷34人≈14.7%，5人÷35人≈14.3%"
    assert reported("会员减少3人，同比下降150%。") == "“150%”与句中的数字不符：减少3人，降幅最多100%"
    assert reported("死亡人数减少5人，增长14.3%。") == "“14.3%”与句中的数字不符：减少5人，文中却说增长"
    assert reported("比上年增加3起，增长7.4%。") == "“7.4%”与句中的数字不符：增加3起，原数是整数，得不出7.4%：3起÷40起≈7.5%，3起÷41起≈7.3%"


@pytest.mark.parametrize("text", [
    "死亡人数减少5人，下降14.3%。", "死亡人数减少5人，下降14.7%。",  # 5÷35, 5÷34
    "比上年增加3起，增长7.6%。",  # 3÷39≈7.69, cut off at its last digit
    "迟到减少1人，下降13%。",  # 1÷8=12.5, rounded up
    "新收案件比上年减少642件，下降5.3%。", "会员减少3人，下降100%。", "会员增加3人，增长100%。",
    "收入减少5万元，下降14.6%。",  # not a count of whole things
    "参会人数减少5人，下降14.6个百分点。", "投诉减少2件，下降45%以上。",
    "人员减少5人，占比下降14.6%。",  # the share of something else fell
    "床位减少5张，下降到14.6%。",  # down to, not by
])
def test_differences_alone_that_a_whole_count_may_give_are_clean(text):
    assert nu9(text) == []


def test_a_change_against_last_years_figure_with_its_difference_between():
    assert reported("上半年共发放优抚资金3286.5万元，较去年同期的2986.4万元增加300.1万元，同比增长12.3%。") \
        == "“12.3%”与句中的数字不符：由2986.4万元到3286.5万元，实际增长约10.0%"
    assert nu9("上半年共发放优抚资金3286.5万元，较去年同期的2986.4万元增加300.1万元，同比增长10.0%。") == []
    assert nu9("安置退役军人138名，较上年同期的123名增加15名，增长12.2%。") == []


def test_last_years_figure_in_brackets_after_the_percentage():
    assert reported("挽回经济损失1,286.5万元，同比增长15.2%（上年为1,180.4万元）。") \
        == "“15.2%”与句中的数字不符：由1,180.4万元到1,286.5万元，实际增长约9.0%"
    assert nu9("挽回经济损失1,286.5万元，同比增长9.0%（上年为1,180.4万元）。") == []
    # a note in brackets that is no figure of last year's
    assert nu9("挽回经济损失1,286.5万元，同比增长15.2%（含追回款项86万元）。") == []


def test_a_savings_rate_counts_the_money_saved():
    assert reported("采购预算总额41.5亿元，成交金额38.3亿元，节约资金3.2亿元，节资率为8.6%。") \
        == "“8.6%”与句中的数字不符：3.2亿元÷41.5亿元≈7.7%"
    assert nu9("采购预算总额41.5亿元，成交金额38.3亿元，节约资金3.2亿元，节资率为7.7%。") == []


def test_shares_splitting_a_whole_add_up_to_a_hundred():
    assert reported("维修养护资金按县级60%、乡镇30%、村级20%的比例分担。") \
        == "“县级60%、乡镇30%、村级20%”与句中的数字不符：60%＋30%＋20%＝110%，各项比例之和应为100%"
    assert len(nu9("笔试成绩和面试成绩分别按40%和50%的比例合成总成绩。")) == 1


@pytest.mark.parametrize("text", [
    "维修养护资金按县级60%、乡镇30%、村级10%的比例分担。",
    "总评成绩按平时成绩30%、期末考试70%的比例计算。",
    "按33.3%、33.3%、33.3%的比例分配。",  # rounded thirds
    "所需资金按中央60%、省级20%的比例分担，其余由县级自筹。",  # the rest is left to another
    "按照不低于10%的比例开展抽查复核。",  # one share, a floor
    "资金按中央60%、省级20%的比例下达。",  # no split of one whole
])
def test_shares_that_split_a_hundred_or_split_nothing_are_clean(text):
    assert nu9(text) == []


def test_a_change_in_working_days_and_its_proportion():
    assert reported("审批时限由平均15个工作日压缩至6个工作日，压缩比例达70%。") \
        == "“70%”与句中的数字不符：由15个工作日到6个工作日，实际下降约60.0%"
    assert nu9("审批时限由平均15个工作日压缩至6个工作日，压缩比例达60%。") == []
    assert nu9("审批时限由15个工作日压缩至6个工作日，压缩幅度为60%。") == []


def test_a_change_against_an_earlier_quarter_in_counts_of_个():
    # 个 before 下降 is the unit, not 个下 before 降
    assert reported("共发现各类问题23个，比第二季度的31个下降35.8%。") == "“35.8%”与句中的数字不符：由31个到23个，实际下降约25.8%"
    assert nu9("共发现各类问题23个，比第二季度的31个下降25.8%。") == []


def test_a_change_against_the_usual():
    assert reported("汛期平均累计降雨量1260毫米，较常年同期的1050毫米偏多12%。") \
        == "“12%”与句中的数字不符：由1050毫米到1260毫米，实际增长约20.0%"
    assert nu9("汛期平均累计降雨量1260毫米，较常年同期的1050毫米偏多20%。") == []


def test_points_between_two_percentages():
    assert nu9("文盲率由4.86%下降为2.73%，下降2.13个百分点。") == []
    assert len(nu9("文盲率由4.86%下降为2.73%，下降3.13个百分点。")) == 1
    # a change of percentages told as % may be either kind: 23 points, or 30.7% of 75%
    assert nu9("电子化采购覆盖面由75%提高至98%，提高了23%。") == []


@pytest.mark.parametrize("text", [
    # an average per year is no single ratio of the two ends
    "一般公共预算收入由168.4亿元增加到221.7亿元，年均增长5.7%。",
    # 同比 is against last year, not against 2019
    "床位数由2019年的300张增加到450张，同比增长12%。",
    # the change of one thing, then another's percentage
    "平均办结时间由7.2天缩短到3.5天，群众满意率提高了9.6个百分点。",
    # several changes, several percentages
    "事故起数由11起下降到9起、死亡人数由10人下降到8人，分别同比下降18.2%和20.0%。",
    # the same, with the ends after the percentage
    "一般公共预算收入年均增长5.7%，由168.4亿元增加到221.7亿元。",
    "床位数同比增长12%，由2019年的300张增加到450张。",
])
def test_changes_not_of_these_two_figures_are_left_alone(text):
    assert nu9(text) == []


# --- a share -----------------------------------------------------------------------------------


def test_a_share_of_a_whole_given_in_the_sentence():
    assert reported("已整改问题金额16.42亿元，占审计查出主要问题金额18.64亿元的78.1%。") == \
        "“78.1%”与句中的数字不符：16.42亿元÷18.64亿元≈88.1%"
    assert nu9("已整改问题金额16.42亿元，占审计查出主要问题金额18.64亿元的88.1%。") == []
    assert nu9("全县120个重点项目全年完成投资86.4亿元，为年度计划80亿元的108.0%。") == []


def test_a_share_of_the_total_before_its_breakdown():
    assert reported("累计转移避险群众3260人，其中老人和儿童1420人，占转移总人数的56.4%。") == \
        "“56.4%”与句中的数字不符：1420人÷3260人≈43.6%"
    assert nu9("累计转移避险群众3260人，其中老人和儿童1420人，占转移总人数的43.6%。") == []
    assert reported("全市共接待游客286.4万人次。其中，市外游客98.2万人次，占比42.6%。") == \
        "“42.6%”与前文的数字不符：98.2万人次÷286.4万人次≈34.3%"
    assert nu9("全市共接待游客286.4万人次。其中，市外游客98.2万人次，占比34.3%。") == []
    # the nearest count before 其中 may be another's: 20名任务; the total is 22名
    assert nu9("最终定兵22名，超额完成县里下达的20名任务，其中大学生士兵13名，占比达59.1%。") == []


def test_a_share_of_a_total_named_before():
    text = "全市老旧小区改造总投资4.82亿元。\n争取中央补助资金2.10亿元，占总投资的47.6%。"
    assert reported(text) == "“47.6%”与前文的数字不符：2.10亿元÷4.82亿元≈43.6%"
    assert nu9(text.replace("47.6%", "43.6%")) == []


@pytest.mark.parametrize("text", [
    # a whole of another scope than the count before 其中
    "全县共有企业500家，其中规上企业120家，占全市规上企业的15%。",
    "全县共有企业500家，其中规上企业120家，占全市企业总数的15%。",
    # 总人口 is not 户籍总人口
    "城南街道总人口6.82万人。全街道60周岁以上户籍老年人9630人，占户籍总人口的22.6%。",
    # a segment's revenue is named like the company's; the company's gives the share
    "公司实现营业收入2,356,784,512.36元。储能业务实现营业收入683,920,000元。研发投入132,480,000元，占营业收入的5.62%。",
    # one project's own total is smaller than the part, not its whole
    "此次开工的32个项目总投资186.4亿元。主会场项目总投资36亿元。产业项目21个、总投资142.6亿元，占总投资的76.5%。",
    # a whole not given anywhere: a smaller total is one item's
    "主会场项目总投资36亿元。产业项目21个、总投资142.6亿元，占总投资的76.5%。",
    "全市民生支出176.4亿元，占一般公共预算支出的79.6%。",
    # approximate shares
    "完成雨污分流管网铺设4.2公里，占计划5.3公里的80%左右。",
    # a whole named as no total
    "全县共有企业500家，其中规上企业120家，占同类企业的15%。",
])
def test_shares_of_wholes_not_given_are_left_alone(text):
    assert nu9(text) == []


def test_the_figures_are_pointed_to():
    finding = check_text("全年共受理投诉320件，已办结298件，办结率95.1%。", select=["NU009"])[0]
    text = "全年共受理投诉320件，已办结298件，办结率95.1%。"
    assert [text[item.start:item.end] for item in finding.related] == ["320件", "298件"]
    assert finding.text == "95.1%"


# --- forms met in further drafts ----------------------------------------------------------------


def test_a_rate_of_finishing_counts_what_its_word_before_finishing_does():
    assert len(nu9("审计指出问题12个，已整改10个，整改完成率为88.3%。")) == 1
    assert nu9("审计指出问题12个，已整改10个，整改完成率为83.3%。") == []
    # 完成 stands in the clause too, before 整改: the same count, not a narrower one
    assert nu9("反映的64个问题中，已完成整改55个，部分整改7个，尚未整改2个，整改完成率为85.9%。") == []


def test_a_share_told_as_a_proportion_or_as_done_of_a_target():
    assert len(nu9("卫生材料收入0.972亿元，占医疗收入5.683亿元的比例（耗材占比）为18.7%。")) == 1
    assert nu9("卫生材料收入0.972亿元，占医疗收入5.683亿元的比例（耗材占比）为17.1%。") == []
    assert len(nu9("西城区签约项目27个，签约额198.5亿元，完成年度目标260亿元的79.6%。")) == 1
    assert nu9("西城区签约项目27个，签约额198.5亿元，完成年度目标260亿元的76.3%。") == []
    # the sentence's total, not its last part, is what was done of the target
    assert nu9("全年新改建农村公路134.5公里，其中县道26.4公里、乡道41.8公里、村道66.3公里，完成年度计划130公里的103.5%。") == []


def test_a_bare_share_after_a_breakdown_is_of_its_total():
    assert len(nu9("全年6357人纳入城乡最低生活保障，其中农村低保对象5128人，占82.4%。")) == 1
    assert nu9("全年6357人纳入城乡最低生活保障，其中农村低保对象5128人，占80.7%。") == []
    # the total is itself a share of the population, and so is the part
    assert nu9("60岁及以上人口为81619人，占19.77%，其中65岁及以上人口为56842人，占13.77%。") == []
    # a total split by 和 before 中，
    assert nu9("检出的38例宫颈病变和9例乳腺癌中，早期病例36例，占76.6%。") == []
    assert nu9("在3286件次信访事项中，涉及城乡建设826件，占信访总量的25.1%。") == []
    assert len(nu9("在3286件次信访事项中，涉及城乡建设826件，占信访总量的35.1%。")) == 1


def test_a_total_named_by_what_it_counts():
    text = "假期全县共接待游客186.4万人次。\n全县接待过夜游客41.2万人次，占接待游客总数的24.1%。"
    assert len(nu9(text)) == 1
    assert nu9(text.replace("24.1%", "22.1%")) == []
    # counts of parts named like the total are no total: a part with its own share, or no 共
    assert nu9("热线电话受理36528件，占受理总量的75.5%；网络渠道受理11834件，占受理总量的24.5%。") == []
    assert nu9("工作日白天受理37614件，节假日及夜间时段受理10748件，占受理总量的22.2%。") == []
    # a part named like the total, with a share of its own, is no total of the next part
    assert nu9("智能配电业务实现营业收入15.2亿元，占营业收入的64.7%；储能业务实现营业收入6.8亿元，占营业收入的28.9%。") == []


def test_a_total_named_with_words_between_its_name():
    text = "全市共检查定点医药机构312家，其中定点医院46家。检查发现存在问题的机构87家，占检查机构总数的31.2%。"
    assert reported(text) == "“31.2%”与前文的数字不符：87家÷312家≈27.9%"
    assert nu9(text.replace("31.2%", "27.9%")) == []
    # without a summing word the count is not said to be all of them
    assert nu9(text.replace("全市共检查", "全市抽查检查")) == []
    # nor when the name's ends stand apart in the other order
    assert nu9(text.replace("全市共检查定点医药机构", "全市共有机构检查")) == []


def test_a_share_between_a_name_and_a_total_counted_after_共():
    text = ("共检查市直单位52家，其中发现问题单位17家、未发现问题单位33家，"
            "发现问题单位占检查单位总数的21.5%。")
    # the part is 发现问题单位17家, not the 33 未发现问题单位
    assert reported(text) == "“21.5%”与句中的数字不符：17家÷52家≈32.7%"
    assert nu9(text.replace("21.5%", "32.7%")) == []
    # a total not said to be all of them (no 共) gives no whole
    assert nu9(text.replace("共检查", "抽查检查")) == []


def test_a_total_said_to_sum_up_before_its_breakdown():
    text = "农药残留超标9批次、兽药残留超标7批次、微生物污染6批次、其他5批次，合计27批次。其中，农药残留超标9批次，占不合格总数的33.3%。"
    assert nu9(text) == []
    assert len(nu9(text.replace("33.3%", "43.3%"))) == 1


# --- a change told as an amount ----------------------------------------------------------------


def test_an_amount_of_change_is_the_difference_of_its_ends():
    assert reported("平均分由上年的612.3分提高到615.9分，提高了5.6分。") == "“提高5.6分”与句中的数字不符：由612.3分到615.9分实际提高3.6分"
    assert nu9("平均分由上年的612.3分提高到615.9分，提高了3.6分。") == []
    assert reported("全年共发文162件，较上年的207件增加45件。") == "“增加45件”与句中的数字不符：由207件到162件是减少，文中却说增加"
    assert nu9("全年共发文162件，较上年的207件减少45件，下降21.7%。") == []
    assert nu9("村集体经济总收入86.4万元，比上年的72.6万元增加13.8万元，增长19.0%。") == []
    # 7.7 and 7.3 may be 7.74 and 7.26, whose difference rounds to 0.5
    assert nu9("平均住院日7.3天，较上年同期的7.7天缩短0.5天。") == []
    assert len(nu9("平均住院日7.3天，较上年同期的7.7天缩短0.9天。")) == 1


# --- parts listed with their shares and no total -------------------------------------------------

SEGMENTS = ("全年营业收入按板块划分：交通运营板块31.58亿元，占33.5%；工程建设板块38.26亿元，占40.6%；"
            "供应链贸易板块17.94亿元，占19.0%；地产及综合服务板块6.54亿元，占6.9%。")


def test_parts_listed_with_their_shares_split_their_sum():
    assert nu9(SEGMENTS) == []
    assert reported(SEGMENTS.replace("占40.6%", "占42.6%")) == \
        "“42.6%”与句中的数字不符：各部分之和为94.32亿元，38.26亿元÷94.32亿元≈40.6%"


@pytest.mark.parametrize("text", [
    # a part of a part is listed too: the shares are of the population, not of the parts' sum
    "全县常住人口中，0—14岁人口为72310人，占17.52%；15—59岁人口为258907人，占62.71%；"
    "60岁及以上人口为81619人，占19.77%，其中65岁及以上人口为56842人，占13.77%。",
    # three of more kinds: every share misses the parts' sum
    "粮食加工品抽检215批次，占17.1%；食用农产品抽检486批次，占38.6%；肉制品抽检132批次，占10.5%。",
    # two parts prove nothing: the first may be of a larger whole too
    "交通运营板块31.58亿元，占33.5%；工程建设板块38.26亿元，占42.6%。",
    "男职工60人，占60%；女职工40人，占30%。",
    # parts in two sentences are two lists
    SEGMENTS.replace("占40.6%", "占42.6%").replace("；供应链", "。供应链"),
])
def test_parts_of_a_larger_whole_are_left_alone(text):
    assert nu9(text) == []


def test_a_percentage_two_readers_find_wrong_is_reported_once():
    text = "全年总收入100万元，其中门票收入20万元，占25%、餐饮收入30万元，占30%、住宿收入50万元，占50%。"
    assert reported(text).startswith("“25%”与句中的数字不符：")


# --- a share between two names given their figures before -----------------------------------

RETAIL = ("全年社会消费品零售总额98.65亿元，比上年增长4.8%。按经营单位所在地分，城镇消费品零售额71.20亿元，"
          "增长4.6%；乡村消费品零售额27.45亿元，增长5.3%。")


def test_a_share_between_two_names_is_their_figures_divided():
    assert reported(RETAIL + "城镇消费品零售额占社会消费品零售总额的比重为75.2%。") \
        == "“75.2%”与前文的数字不符：71.20亿元÷98.65亿元≈72.2%"
    assert nu9(RETAIL + "城镇消费品零售额占社会消费品零售总额的比重为72.2%。") == []
    assert len(nu9("全年网上信访1640件，信访总量2860件。其中，网上信访占信访总量的52.4%。")) == 1


def test_a_named_figure_may_follow_a_word_of_doing():
    budget = "上半年，全镇一般公共预算收入完成4730万元，同比增长6.8%。其中，税收收入完成3610万元，同比增长12.0%，"
    assert reported(budget + "税收收入占一般公共预算收入的比重为78.6%。") \
        == "“78.6%”与前文的数字不符：3610万元÷4730万元≈76.3%"
    assert nu9(budget + "税收收入占一般公共预算收入的比重为76.3%。") == []
    # a figure after another verb is not the name's
    assert nu9(budget.replace("税收收入完成", "税收收入比上年增加") + "税收收入占一般公共预算收入的比重为78.6%。") == []


@pytest.mark.parametrize("text", [
    "全年网上信访约1640件，信访总量2860件。网上信访占信访总量的52.4%。",  # approximate
    "全年网上信访1640余件，信访总量2860件。网上信访占信访总量的52.4%。",
    "全年受理信访事项2860件，其中网上信访1640件。网上信访占信访总量的52.4%。",  # the whole not named so
    "网上信访1640件，信访总量2860人次。网上信访占信访总量的52.4%。",  # another unit
    "信访总量1640件，网上信访2860件。网上信访占信访总量的52.4%。",  # a part larger than the whole
    "2023年网上信访1500件，2024年网上信访1640件，信访总量2860件。网上信访占信访总量的52.4%。",  # 1500÷2860
])
def test_a_share_between_names_without_their_two_figures_is_left_alone(text):
    assert nu9(text) == []


# --- a structure told as shares in a ratio ---------------------------------------------------

def test_a_structure_ratio_must_add_up_to_100():
    assert reported("三次产业结构由上年的13.9∶39.0∶47.1调整为13.5∶39.2∶48.3。") \
        == "“13.5∶39.2∶48.3”与句中的数字不符：各项之和为101.0，不是100"


@pytest.mark.parametrize("text", [
    "三次产业结构由上年的13.9∶39.0∶47.1调整为13.5∶39.2∶47.3。",
    "三次产业结构为8.1∶40∶52。",  # 40 and 52 rounded to whole numbers
    "三次产业结构为8∶40∶52。",
    "人员结构按40∶30∶35配备。",  # whole numbers: a ratio of another kind
    "人员结构按1.5∶1∶1配置。",  # a ratio of another kind: far from 100
    "持续优化产业结构。资金按13.5∶39.2∶48.3的比例分配。",  # no structure named in its sentence
])
def test_structure_ratio_lookalikes(text):
    assert nu9(text) == []


# --- the way a figure moved ---------------------------------------------------------------------


def test_a_change_in_points_to_the_present():
    assert reported("全县卫生厕所普及率由2023年的68.5%提高到目前的91.2%，提高了25.7个百分点。") \
        == "“25.7个百分点”与句中的数字不符：由68.5%到91.2%，实际增长约22.7个百分点"
    assert nu9("全县卫生厕所普及率由2023年的68.5%提高到目前的91.2%，提高了22.7个百分点。") == []


def test_a_fall_told_as_a_rise_without_a_percentage():
    assert reported("全县森林覆盖率由2025年的62.3%提高到61.8%，生态屏障更加牢固。") \
        == "“提高”与句中的数字不符：由62.3%到61.8%是减少，文中却说提高"
    assert reported("平均办理时间由3天缩短到5天。") == "“缩短”与句中的数字不符：由3天到5天是增加，文中却说缩短"
    assert reported("审批时限由20个工作日压缩至25个工作日，技术评审时间不计入。") \
        == "“压缩”与句中的数字不符：由20个工作日到25个工作日是增加，文中却说压缩"
    # 万 is read: 1.2万元 is more than 8000元
    assert len(nu9("人均补助标准由8000元降低到1.2万元。")) == 1
    # a percentage of something else later in the sentence leaves the move to this reader
    assert reported("非化石能源消费占比由2025年的21%提高到2027年的19%，单位增加值能耗下降4%左右。") \
        == "“提高”与句中的数字不符：由21%到19%是减少，文中却说提高"


@pytest.mark.parametrize("text", [
    "全县森林覆盖率由2025年的61.8%提高到62.3%，生态屏障更加牢固。",
    "平均办理时间由5天缩短到3天。",
    "人均补助标准由8000元提高到1.2万元。",
    # ranks and grades: the first is the best
    "全市营商环境排名由15位提升至8位。",
    "全县耕地质量平均等级由5.2等提升到4.6等。",
    "安全生产标准化等级由三级提升为二级。",
    # two units: no comparison
    "审批时限由2小时缩短到90分钟。",
    # the change in percent after it is held to the figures by the rate readers: reported once
    "全县农村居民人均可支配收入由1.86万元增加到2.03万元，增长9.1%。",
])
def test_moves_that_go_the_way_their_word_says_or_are_not_read(text):
    assert nu9(text) == []


def test_a_fall_told_as_a_rise_with_its_percentage_is_reported_once():
    assert len(nu9("人均可支配收入由2.03万元增加到1.86万元，增长9.1%。")) == 1


# --- several counts against last year's, each with its change -----------------------------------

ACCIDENTS = "全县共发生道路运输安全事故5起、死亡3人、受伤7人，去年同期分别为7起、5人、10人，同比分别下降28.6%、40.0%、{}。"


def test_each_of_several_changes_is_its_pairs():
    assert reported(ACCIDENTS.format("36.4%")) == "“36.4%”与句中的数字不符：由10人到7人，实际下降约30.0%"
    assert nu9(ACCIDENTS.format("30.0%")) == []
    assert len(nu9(ACCIDENTS.replace("下降28.6%、40.0%、{}", "下降28.6%、40.0%和{}").format("36.4%"))) == 1


def test_one_of_several_changes_going_against_its_word():
    text = "全县共发生事故5起、死亡3人，去年同期分别为4起、5人，同比分别下降25.0%、40.0%。"
    assert reported(text) == "“25.0%”与句中的数字不符：由4起到5起是增加，文中却说下降"


@pytest.mark.parametrize("text", [
    # two percentages for three counts: which is which is not said
    ACCIDENTS.replace("、{}", "").format(),
    ACCIDENTS.replace("40.0%、{}", "30.0%").format(),
    # last year's figures in other units than the counts before them
    "全县共发生事故5起、死亡3人、受伤7人，去年同期分别为7人、5起、10人，同比分别下降28.6%、40.0%、36.4%。",
    # no change stated after last year's figures
    "全县共发生事故5起、死亡3人、受伤7人，去年同期分别为7起、5人、10人。",
])
def test_several_changes_not_paired_are_left_alone(text):
    assert nu9(text) == []


# --- wholes named after their figure, about so much, or a sentence before -------------------------


def test_a_count_named_elsewhere_in_its_whole_is_not_of_the_same_doing():
    # 就业 in 就业年龄段 is part of a longer name, not the count of those employed
    assert reported("全市就业年龄段持证残疾人共3.2万人，已实现就业2.4万人，就业率达85%。") == \
        "“85%”与句中的数字不符：2.4万人÷3.2万人≈75.0%"
    assert nu9("全市就业年龄段持证残疾人共3.2万人，已实现就业2.4万人，就业率达75%。") == []
    # the same doing right before the earlier count: no whole of the rate
    assert nu9("首剂接种15862人，第二剂接种15304人，接种率96.5%。") == []


def test_a_total_named_by_the_words_after_its_figure():
    text = "全县18个乡镇全部明确了分管领导，已有15个乡镇完成防御规划编制，占乡镇总数的90%。"
    assert reported(text) == "“90%”与句中的数字不符：15个÷18个≈83.3%"
    assert nu9(text.replace("90%", "83.3%")) == []
    text = "本次共对58家单位开展执法检查，其中工业企业22家。\n经检查，发现存在统计违法行为的单位12家，占检查单位总数的25%。"
    assert reported(text) == "“25%”与前文的数字不符：12家÷58家≈20.7%"
    assert nu9(text.replace("25%", "20.7%")) == []


@pytest.mark.parametrize("text", [
    # no scope or summing word before the count
    "18个乡镇明确了分管领导，已有15个乡镇完成规划编制，占乡镇总数的90%。",
    # what the part did, before a share with no total named
    "已有15个乡镇完成规划编制，占比90%。",
    # another scope than the total's: 全市乡镇 is not named by 全县18个乡镇
    "全县18个乡镇明确了分管领导，已有15个乡镇完成规划编制，占全市乡镇总数的20%。",
])
def test_counts_that_do_not_name_the_total_are_left_alone(text):
    assert nu9(text) == []


def test_a_total_about_so_much_is_read_within_a_twentieth_of_itself():
    text = "全市登记电动自行车约120万辆，其中符合新国标的电动自行车84万辆，占比60%。"
    assert reported(text) == "“60%”与句中的数字不符：84万辆÷约120万辆≈70.0%"
    assert nu9(text.replace("60%", "67%")) == []  # 84÷126
    assert nu9(text.replace("60%", "73%")) == []  # 84÷115
    # more than so much bounds the whole from below only
    assert nu9(text.replace("约120万辆", "超过120万辆")) == []


def test_a_rates_whole_in_the_sentence_before_after_a_summing_word():
    text = ("全年共收到政府信息公开申请136件，其中自然人申请121件、法人申请12件。"
            "截至12月31日已办结130件，办结率98.5%。")
    assert reported(text) == "“98.5%”与前文的数字不符：130件÷136件≈95.6%"
    assert nu9(text.replace("98.5%", "95.6%")) == []
    # a count the sentence before does not sum, or a sentence closed by ；
    assert nu9("全年收到申请136件。截至12月31日已办结130件，办结率98.5%。") == []
    assert nu9("全年共收到申请136件；已办结130件，办结率98.5%。") == []  # after ；, a parallel matter


def test_a_change_from_last_years_figure_against_last_year():
    text = "2026年度机关节能降耗工作总结\n全年用电量由2025年的125万千瓦时降至118万千瓦时，同比下降8.6%。"
    assert reported(text) == "“8.6%”与句中的数字不符：由125万千瓦时到118万千瓦时，实际下降约5.6%"
    assert nu9(text.replace("8.6%", "5.6%")) == []
    # 同比 against last year, and the first end's year is not last year's
    assert nu9("2026年度工作总结\n床位由2019年的300张增加到450张，同比增长12%。") == []
    assert nu9("全年用电量由2025年的125万千瓦时降至118万千瓦时，同比下降8.6%。") == []


def test_a_share_and_the_rest_add_up_to_a_hundred():
    text = "B类人才按市场租金的50%缴纳，其余60%由用人单位承担。"
    assert reported(text) == "“60%”与句中的数字不符：50%＋60%＝110%，两项比例之和应为100%"
    assert nu9(text.replace("60%", "50%")) == []


@pytest.mark.parametrize("text", [
    "竣工验收合格后支付至合同价款的97%，剩余3%作为质量保证金。",
    "营业收入同比增长12%，其余3%为其他收入。",  # a change, not a share
    "省级补助60%、市级补助20%，其余20%由县级承担。",  # two shares in the clause: not read
    "个人缴纳8%，其余由单位缴纳。",
    "开通VIP后可查看剩余62%",
])
def test_shares_and_rests_that_fit_or_are_no_pair_are_left_alone(text):
    assert nu9(text) == []
