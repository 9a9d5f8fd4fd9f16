"""NU010: a range of figures written end first (ranges.py)."""

from __future__ import annotations

import pytest

from checker.fixes import apply_to_raw, choose_edits
from checker.testing import check_text, make_engine, read_text


def nu10(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in check_text(text, select=["NU010"])]


@pytest.mark.parametrize("text,written,righted", [
    ("主汛期累计降雨量600～450毫米，局地可能出现短时强降雨。", "600～450毫米", "450～600毫米"),
    ("招聘对象年龄在35～18周岁之间。", "35～18周岁", "18～35周岁"),
    ("白天气温12~8℃。", "12~8℃", "8~12℃"),
    ("建设用地面积600平方米～450平方米。", "600平方米～450平方米", "450平方米～600平方米"),
    ("单个项目补助1.5万～8000元。", "1.5万～8000元", "8000～1.5万元"),
    ("单个项目补助50万～20万元。", "50万～20万元", "20万～50万元"),
    ("每组人数控制在12至8人。", "12至8人", "8至12人"),
    ("合格率应保持在98%—95%。", "98%—95%", "95%—98%"),
    ("预计增长3～2个百分点。", "3～2个百分点", "2～3个百分点"),
])
def test_a_range_running_down_is_reported_with_its_ends_swapped(text, written, righted):
    assert nu10(text) == [(written, righted)]


@pytest.mark.parametrize("text", [
    "主汛期累计降雨量450～600毫米。",
    "单个项目补助50万～200万元，总额5～8亿元。",
    "补助标准为5000～2万元。",  # 5000 to 20000: the first figure has no 万 of its own
    "补助标准为2～3万元。",
    "夜间最低气温零下5～10℃。",  # below zero the order reads the other way
    "夜间最低气温-5～-10℃。",
    "夜间气温零下12～8℃，白天-12～8℃。",
    "服务期为30天～2个月。",  # two units: not one range
    "平均配送时效由600至450分钟。",  # a change, not a range
    "从原来的3天至1天。",
    "执行GB/T 15834—2011标准，咨询电话0571—87654321。",  # codes and numbers without a unit
    "2025年5月10日至9月30日，每天8:30～17:30。",  # dates and times: DA004's
    "会议于8时30分～9时举行。",  # two units: not one range
    "长江路123-45号，3—2号楼。",  # numbering, not amounts
    "比例尺为1∶50000～1∶10000。",
    "风力6～8级，降水偏多1至2成。",
    "主汛期累计降雨量600～600毫米。",
])
def test_ranges_running_up_and_look_alikes_are_clean(text):
    assert nu10(text) == []


@pytest.mark.parametrize("text,written,righted", [
    ("处五万元以上一万元以下的罚款。", "五万元以上一万元以下", "一万元以上五万元以下"),
    ("处以采购金额千分之十以上千分之五以下的罚款。", "千分之十以上千分之五以下", "千分之五以上千分之十以下"),
    ("处十年以上三年以下有期徒刑。", "十年以上三年以下", "三年以上十年以下"),
    ("处1万元以上5000元以下的罚款。", "1万元以上5000元以下", "5000元以上1万元以下"),
    ("处5万以上1万元以下的罚款。", "5万以上1万元以下", "1万以上5万元以下"),
    ("处一百万元以上二十万元以下的罚款。", "一百万元以上二十万元以下", "二十万元以上一百万元以下"),
    ("处一万五千元以上八千元以下的罚款。", "一万五千元以上八千元以下", "八千元以上一万五千元以下"),
])
def test_a_bound_both_ways_running_down_is_reported(text, written, righted):
    assert nu10(text) == [(written, righted)]


@pytest.mark.parametrize("text", [
    "处五千元以上五万元以下的罚款。", "处千分之五以上千分之十以下的罚款。", "处三年以上七年以下有期徒刑。",
    "处二十万元以上一百万元以下的罚款。", "年龄在60岁以上80岁以下的老人。", "处一万二千元以上一万五千元以下的罚款。",
    "对10万元以上、5万元以下的项目分别审批。",  # two classes, not one range
    "评定为三级以上一级以下的单位。",  # grades: 以上 is the better, smaller figure
    "县级以上乡级以下。", "三以上一以下。",  # no figure of an amount
    "处5万元以上1万美元以下的罚款。",  # two units
])
def test_bounds_both_ways_running_up_and_look_alikes_are_clean(text):
    assert nu10(text) == []


def test_the_fix_swaps_the_ends_and_is_unsafe():
    text = "主汛期累计降雨量600～450毫米。"
    (finding,) = check_text(text, select=["NU010"])
    assert finding.fix.safety == "unsafe" and finding.severity == "error"
    assert choose_edits([finding], unsafe=False) == []
    fixed = apply_to_raw(read_text(text), choose_edits([finding], unsafe=True))
    assert fixed == "主汛期累计降雨量450～600毫米。"


def test_units_come_from_the_data(tmp_path):
    extra = tmp_path / "numbering.toml"
    extra.write_text('[range]\nunits = ["标箱"]\n', encoding="utf-8")
    text = "年吞吐量800～600标箱。"
    assert nu10(text) == []
    engine = make_engine(select=["NU010"], data={"numbering": [extra]})
    assert [f.text for f in engine.check(read_text(text))] == ["800～600标箱"]
