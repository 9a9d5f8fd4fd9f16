"""Facts read off patterns and kept between runs: a kept fact is the fact the code reads."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import gates, pattern_facts, patterns
from checker.pattern_facts import facts_path, recall

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "fixtures" / "defects" / "01_template_speech.txt"
PATTERNS = [
    (r"(?<![—―])(?:[—―]{3}|[—―]{5,})", 0),
    (r"(?:禁止|严禁)(?:外传|转载)", 0),
    (r"(?i)vip会员", 0),
    (r"^第(?P<n>\d+)条$", re.M),
    (r"(?<![A-Za-z])(?:QQ群|微信号)\s*[:：]\s*\d{5,}", 0),
    (r"(?:(?:\+|00)?86)?1[3-9]\d{9}|[(（]0\d{2,3}[)）]\d{7,8}", 0),
    (r"[一-龥]{2,8}网整理", 0),
]


@pytest.fixture
def no_facts():
    """No fact in the process before or after, as in a new one."""
    pattern_facts.forget()
    yield
    pattern_facts.forget()


def _readings(monkeypatch) -> list:
    """Every reading ``recall`` asks for from now on, by kind."""
    asked = []
    original = pattern_facts.recall

    def counting(kind, source, flags, read):
        def counted():
            asked.append(kind)
            return read()
        return original(kind, source, flags, counted)

    for module in (gates, patterns):
        monkeypatch.setattr(module, "recall", counting)
    return asked


def _facts() -> list:
    out = []
    for source, flags in PATTERNS:
        gate = gates.gate_for(source, flags)
        out.append((gate, gates.spelled_out(source), repr(patterns.quick_scan(source, flags))))
    return out


def test_a_fact_is_read_once_and_then_recalled(no_facts):
    reads = []
    assert recall("kind", "a+", 0, lambda: reads.append(1) or ("a",)) == ("a",)
    assert recall("kind", "a+", 0, lambda: reads.append(1) or ("b",)) == ("a",)
    assert recall("kind", "a+", re.M, lambda: reads.append(1) or ("c",)) == ("c",)
    assert recall("other", "a+", 0, lambda: reads.append(1) or None) is None
    assert len(reads) == 3


def test_a_reading_that_fails_is_not_kept(no_facts):
    for _ in range(2):
        with pytest.raises(re.error):
            patterns.validate("(?P<x>a")
    with pytest.raises(re.error):
        patterns.on_demand("[一-")
    assert pattern_facts._FACTS == {}


def test_facts_from_the_file_are_the_facts_the_code_reads(tmp_path, no_facts, monkeypatch):
    read_fresh = _facts()
    assert pattern_facts.save(tmp_path) > 0
    pattern_facts.forget()
    assert pattern_facts.load(tmp_path) > 0
    asked = _readings(monkeypatch)
    assert _facts() == read_fresh
    assert asked == []  # every fact came from the file


def test_facts_of_other_code_are_not_read(tmp_path, no_facts, monkeypatch):
    _facts()
    pattern_facts.save(tmp_path)
    pattern_facts.forget()
    monkeypatch.setattr(pattern_facts, "code_digest", lambda: "another-version-of-gates")
    assert pattern_facts.load(tmp_path) == 0
    asked = _readings(monkeypatch)
    _facts()
    assert "gate" in asked and "spelled" in asked


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\x00" * 40])
def test_a_damaged_file_is_ignored_and_then_replaced(tmp_path, no_facts, content):
    facts_path(tmp_path).write_bytes(content)
    assert pattern_facts.load(tmp_path) == 0
    _facts()
    assert pattern_facts.save(tmp_path) > 0
    pattern_facts.forget()
    assert pattern_facts.load(tmp_path) > 0


def test_a_second_save_without_new_facts_writes_nothing(tmp_path, no_facts):
    _facts()
    assert pattern_facts.save(tmp_path) > 0
    written = facts_path(tmp_path).stat().st_mtime_ns
    assert pattern_facts.save(tmp_path) == 0
    assert facts_path(tmp_path).stat().st_mtime_ns == written


def test_the_file_keeps_only_the_latest_run_once_it_is_full(tmp_path, no_facts, monkeypatch):
    monkeypatch.setattr(pattern_facts, "LIMIT", 10)
    for index in range(8):
        recall("kind", f"old{index}", 0, lambda: index)
    pattern_facts.save(tmp_path)
    pattern_facts.forget()
    for index in range(5):
        recall("kind", f"new{index}", 0, lambda: index)
    pattern_facts.save(tmp_path)
    pattern_facts.forget()
    assert pattern_facts.load(tmp_path) == 5


COUNT_READINGS = """
import sys
from checker import gates, patterns, pattern_facts
read = []
original = pattern_facts.recall
def counting(kind, source, flags, reading):
    return original(kind, source, flags, lambda: read.append(kind) or reading())
gates.recall = patterns.recall = counting
from checker.cli import main
try:
    main()
except SystemExit:
    pass
print("READ", len(read), file=sys.stderr)
"""


def _run(args, cache_dir):
    env = dict(os.environ, CHECKER_CACHE_DIR=str(cache_dir))
    proc = subprocess.run([sys.executable, "-c", COUNT_READINGS, *args], capture_output=True, text=True,
                          env=env, timeout=300)
    line = next(l for l in proc.stderr.splitlines() if l.startswith("READ "))
    return proc.stdout, int(line.split()[1])


def test_a_second_run_reads_no_fact_and_reports_the_same(tmp_path):
    args = ["--format", "json", str(DRAFT)]
    cold_out, cold = _run(args, tmp_path / "cache")
    warm_out, warm = _run([*args, "--no-cache"], tmp_path / "cache")
    shutil.rmtree(tmp_path / "cache" / "results")  # the draft is checked again, not recalled
    again_out, again = _run(args, tmp_path / "cache")
    assert cold > 50 and warm == cold  # --no-cache reads every fact afresh
    assert again == 0
    assert cold_out == warm_out == again_out
