"""A rule that runs away (a backtracking user pattern, a looping plugin) is stopped and named."""

from __future__ import annotations

import time

import pytest

from checker.watchdog import RuleTimeout, budget_for, time_budget

LOOPING_PLUGIN = '''
from checker import Finding, hookimpl, rule


@rule("ZL001", "loops-forever", "typo", "error", "never returns")
def loops_forever(doc, ctx):
    while True:
        try:
            pass
        except Exception:  # a rule that swallows everything must still be stopped
            pass
    yield


@rule("ZL002", "finds-first-char", "typo", "warning", "reports the first character")
def first_char(doc, ctx):
    yield Finding(0, 1, "first character")


@hookimpl
def checker_rules():
    return [loops_forever, first_char]
'''


def test_budget_grows_with_the_text_and_zero_means_no_limit():
    assert budget_for(10, 0) == 10
    assert budget_for(10, 1_000_000) == pytest.approx(40)  # 3 MB of Chinese text
    assert budget_for(0, 10_000_000) == 0


def test_time_budget_interrupts_a_catastrophic_regular_expression():
    import re

    started = time.monotonic()
    with pytest.raises(RuleTimeout):
        with time_budget(0.3):
            re.search(r"(a+)+$", "a" * 40 + "b")
    assert time.monotonic() - started < 5


def test_time_budget_leaves_a_quick_block_alone_and_disarms():
    with time_budget(0.2):
        total = sum(range(1000))
    time.sleep(0.3)  # the timer must be off: no RuleTimeout arrives here
    assert total == 499500


def test_a_looping_plugin_is_stopped_and_the_other_rules_still_report(cli, tmp_path):
    (tmp_path / "looping.py").write_text(LOOPING_PLUGIN, encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        'plugins = ["looping.py"]\nselect = ["ZL001", "ZL002"]\nrule-timeout = 0.5\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text("同志们：\n", encoding="utf-8")
    started = time.monotonic()
    result = cli(["draft.txt", "--format", "concise", "--no-color"], cwd=tmp_path)
    assert time.monotonic() - started < 20
    assert "ZL002" in result.out
    assert "ZL001" in result.err and "draft.txt" in result.err and "time budget" in result.err
    assert result.code == 1
    strict = cli(["draft.txt", "--format", "concise", "--strict-plugins"], cwd=tmp_path)
    assert strict.code == 2


def test_a_backtracking_pattern_in_a_user_ruleset_is_reported_not_hung_on(cli, tmp_path):
    (tmp_path / "team-punctuation.toml").write_text(
        "[[keep]]\npattern = '(啊+)+$'\nreason = \"a colleague's pattern that backtracks\"\n",
        encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        'select = ["PU001"]\nrule-timeout = 0.5\n[data]\npunctuation = ["team-punctuation.toml"]\n',
        encoding="utf-8")
    (tmp_path / "draft.txt").write_text("同志们:" + "啊" * 40 + "呢\n", encoding="utf-8")
    started = time.monotonic()
    result = cli(["draft.txt", "--format", "concise"], cwd=tmp_path)
    assert time.monotonic() - started < 20
    assert "PU001" in result.err and "time budget" in result.err and "rule-timeout" in result.err


@pytest.mark.parametrize("value", ["-1", "true", '"ten"'])
def test_rule_timeout_must_be_a_number_of_seconds(cli, tmp_path, value):
    (tmp_path / "checker.toml").write_text(f"rule-timeout = {value}\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text("正文。\n", encoding="utf-8")
    result = cli(["draft.txt"], cwd=tmp_path)
    assert result.code == 2 and "rule-timeout" in result.err and "Traceback" not in result.err


def test_one_time_set_up_is_not_charged_to_the_rule():
    from checker.watchdog import Budget, untimed

    with Budget(0.5) as budget, budget.rule():
        with untimed():
            time.sleep(0.8)  # loading a dictionary: longer than the budget, yet no timeout
        total = sum(range(100))
    assert total == 4950
    with pytest.raises(RuleTimeout):
        with Budget(0.3) as budget, budget.rule():
            with untimed():
                time.sleep(0.1)
            time.sleep(1)  # the rule's own time still counts


def test_each_rule_has_the_whole_budget_from_its_own_start():
    from checker.watchdog import Budget

    spent = []
    with Budget(0.4) as budget:
        for _ in range(3):  # 0.75 s in all, each rule well inside 0.4 s
            with budget.rule():
                time.sleep(0.25)
            spent.append(True)
        with pytest.raises(RuleTimeout):
            with budget.rule():
                time.sleep(1)  # this one is over its own budget
    assert spent == [True, True, True]


def test_time_between_rules_is_never_charged():
    from checker.watchdog import Budget

    with Budget(0.2) as budget:
        time.sleep(0.5)  # the engine's own work after a rule: the timer fires, finds no rule
        with budget.rule():
            total = sum(range(10))
    assert total == 45


def test_a_run_installs_the_handler_once_and_restores_the_one_it_found():
    import signal

    from checker.watchdog import Budget, handler_installed

    def theirs(signum, frame):  # an embedding application's own SIGALRM handler
        raise AssertionError("the application's handler ran during a check")

    previous = signal.signal(signal.SIGALRM, theirs)
    try:
        with Budget(0.2) as budget, budget.rule():  # on its own, a budget installs and restores
            assert signal.getsignal(signal.SIGALRM) is not theirs
        assert signal.getsignal(signal.SIGALRM) is theirs
        with handler_installed():
            ours = signal.getsignal(signal.SIGALRM)
            assert ours is not theirs
            for _ in range(3):  # documents of a run: each budget leaves the handler alone
                with Budget(0.2) as budget, budget.rule():
                    sum(range(10))
                assert signal.getsignal(signal.SIGALRM) is ours
            with pytest.raises(RuleTimeout):  # and budgets are still enforced
                with Budget(0.2) as budget, budget.rule():
                    time.sleep(1)
        assert signal.getsignal(signal.SIGALRM) is theirs
    finally:
        signal.signal(signal.SIGALRM, previous)
