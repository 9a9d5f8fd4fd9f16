"""The compiled-pattern cache: a pattern from the file is the pattern re would have made."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import pattern_cache
from checker.pattern_cache import PatternCache

pytestmark = pytest.mark.skipif(not pattern_cache.SUPPORTED, reason="no compiler interface to cache")

ROOT = Path(__file__).resolve().parents[1]
SEED_LIKE = ROOT / "fixtures" / "defects" / "01_template_speech.txt"

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,6}", 0),
    (r"(?<![\u4e00-\u9fff])(?P<num>[一二三四五六七八九十]+)(?P<punct>[、.．])", 0),
    (r"^第(?P<n>\d+)条$", re.M),
    (r"(?i)www\.[a-z0-9-]+\.(?:com|cn)", 0),
    (r"[Ａ-Ｚａ-ｚ]+", re.IGNORECASE),
    (r"(\w+)\s+\1", 0),
    (r"(<)?[\w.]+@[\w.]+(?(1)>|)", 0),
    (r"(?>a+)b|c*+d", 0),
    (r"[\U00020000-\U0002a6df]+", 0),
    (r"""x  # a comment
         [0-9]+""", re.X),
    (r"[A-Za-z]+", re.A | re.S),
]
SAMPLE = "第3条\n同志们：今天召开会议，一、总体要求。访问 WWW.Example.COM 或 <a.b@c.d>，aaab ccd 𠀀𠀁 ＡＢｃ 会议 会议\n"


def _findings(compiled: re.Pattern) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(SAMPLE)]


@pytest.fixture
def fresh_re():
    """re's cache emptied before and after, as in a new process."""
    re.purge()
    yield
    re.purge()


def test_patterns_from_the_file_are_equal_to_what_re_compiles(tmp_path, fresh_re):
    first = PatternCache(tmp_path)
    expected = {key: re.compile(*key) for key in PATTERNS}
    assert first.save() >= len(PATTERNS)

    re.purge()
    second = PatternCache(tmp_path)
    assert second.load() >= len(PATTERNS)
    for (source, flags), made in expected.items():
        cached = re._cache[(str, source, flags)]  # put there by load, before any compile
        assert re.compile(source, flags) is cached
        assert cached == made and cached.groupindex == made.groupindex and cached.groups == made.groups
        assert _findings(cached) == _findings(made)


def test_a_second_save_without_new_patterns_writes_nothing(tmp_path, fresh_re):
    cache = PatternCache(tmp_path)
    re.compile(r"[\u4e00-\u9fff]+的", 0)
    assert cache.save() > 0
    stamp = cache.path.stat().st_mtime_ns
    assert cache.save() == 0
    assert cache.path.stat().st_mtime_ns == stamp


def test_a_program_that_does_not_rebuild_the_same_pattern_is_never_stored(tmp_path, fresh_re, monkeypatch):
    real = pattern_cache._program
    monkeypatch.setattr(pattern_cache, "_program", lambda text, flags: real("[0-9]", flags))
    re.compile(r"[\u4e00-\u9fff]+", 0)
    cache = PatternCache(tmp_path)
    cache.save()
    assert not cache.path.exists() or (r"[\u4e00-\u9fff]+", 0) not in marshal.loads(cache.path.read_bytes())["patterns"]


@pytest.mark.parametrize("content", [
    b"", b"not marshal at all", marshal.dumps([1, 2, 3]),
    marshal.dumps({"format": pattern_cache.FORMAT, "version": "2.7.18", "patterns": {("a", 0): (32, [], 0, {}, ())}}),
])
def test_an_unreadable_or_foreign_file_is_ignored_and_then_replaced(tmp_path, fresh_re, content):
    cache = PatternCache(tmp_path)
    cache.path.write_bytes(content)
    assert cache.load() == 0
    assert re.compile("b+c", 0).match("bbc")
    assert cache.save() > 0
    assert ("b+c", 0) in marshal.loads(cache.path.read_bytes())["patterns"]


@pytest.mark.parametrize("patterns", [
    {("x+y", 0): (32, [1, 2, 3], 0, {}, ())},      # a program the engine refuses
    {("x+y", 0): "not a program"},
    {"x+y": (32, [], 0, {}, ()), 7: None, ("x+y",): None, ("x+y", "0"): None},  # keys of no shape
])
def test_entries_the_engine_refuses_are_left_to_re_and_replaced(tmp_path, fresh_re, patterns):
    cache = PatternCache(tmp_path)
    cache.path.write_bytes(marshal.dumps({"format": pattern_cache.FORMAT, "version": sys.version,
                                          "patterns": patterns}))
    assert cache.load() == 0
    assert re.compile("x+y").fullmatch("xxy")
    assert cache.save() > 0  # the program re made replaces the refused one
    stored = marshal.loads(cache.path.read_bytes())["patterns"][("x+y", 0)]
    assert pattern_cache._pattern("x+y", stored) == re.compile("x+y")


def test_an_unwritable_place_is_silently_no_cache(tmp_path, fresh_re):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    cache = PatternCache(blocker / "checker")
    re.compile("d+e")
    assert cache.save() == 0
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_the_file_never_holds_more_than_re_can_keep(tmp_path, fresh_re, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_LIMIT", 5)
    cache = PatternCache(tmp_path)
    for index in range(12):
        re.compile(f"q{index}+")
    cache.save()
    assert len(marshal.loads(cache.path.read_bytes())["patterns"]) == 5


def test_where_the_cache_lives(monkeypatch, tmp_path):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "here"))
    assert pattern_cache.default_directory() == tmp_path / "here"
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    assert pattern_cache.default_directory() is None
    monkeypatch.delenv("CHECKER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert pattern_cache.default_directory() == tmp_path / "xdg" / "checker"


COUNT_COMPILES = r'''
import json, sys
from re import _compiler
from checker import cli
compiled, started = [], []
original, run = _compiler.compile, cli._run
def counting(p, flags=0):
    if started:
        compiled.append(p if isinstance(p, str) else "?")
    return original(p, flags)
def running(*args):  # the check proper, after the cache (if any) was loaded
    started.append(True)
    return run(*args)
_compiler.compile, cli._run = counting, running
code = cli.main(sys.argv[1:])
sys.stderr.write("COMPILED " + json.dumps(compiled) + "\n")
'''


def _compiled_during_run(args, cache_dir, hash_seed):
    env = dict(os.environ, CHECKER_CACHE_DIR=str(cache_dir), PYTHONHASHSEED=str(hash_seed))
    proc = subprocess.run([sys.executable, "-c", COUNT_COMPILES, *args], capture_output=True, text=True,
                          env=env, timeout=300)
    line = next(l for l in proc.stderr.splitlines() if l.startswith("COMPILED "))
    return proc.stdout, json.loads(line[len("COMPILED "):])


def test_a_second_run_compiles_no_pattern_and_reports_the_same(tmp_path):
    args = ["--format", "json", str(SEED_LIKE)]
    cold_out, cold = _compiled_during_run(args, tmp_path / "cache", 1)
    warm_out, warm = _compiled_during_run(args, tmp_path / "cache", 2)
    off_out, off = _compiled_during_run([*args, "--no-cache"], tmp_path / "cache", 3)
    assert len(cold) > 50 and len(off) > 50
    # Every pattern of the first run came from the file the second time: patterns built from
    # word lists are spelled the same in every process, whatever order its sets iterate in.
    assert warm == []
    assert json.loads(cold_out) == json.loads(warm_out) == json.loads(off_out)


def test_cache_command_shows_and_clears_only_the_cache_files(cli, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(cache))
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    assert cli(["a.txt"], cwd=tmp_path).code == 1
    (cache / "notes.txt").write_text("not the cache's", encoding="utf-8")
    (cache / ".patterns-x1y2").write_bytes(b"")
    shown = cli(["cache"], cwd=tmp_path)
    assert shown.code == 0
    assert f"pattern cache: {cache}" in shown.out
    assert re.search(r"patterns-\S+\.marshal  \d+\.\d KB, \d+ patterns  \(this Python\)", shown.out)
    assert re.search(r"facts-\S+\.marshal  \d+\.\d KB, \d+ facts about patterns  \(this Python\)", shown.out)
    assert ".patterns-x1y2  0.0 KB, left by an interrupted run" in shown.out
    assert "notes.txt" not in shown.out
    cleared = cli(["cache", "--clear"], cwd=tmp_path)
    assert cleared.code == 0 and "3 file(s) deleted" in cleared.out
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt"]
    assert "empty: the next check fills it" in cli(["cache"], cwd=tmp_path).out


def test_cache_command_says_when_the_cache_is_off(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    result = cli(["cache"], cwd=tmp_path)
    assert result.code == 0 and result.out.startswith("pattern cache: off")
