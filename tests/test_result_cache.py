"""Findings of unchanged files: a run that takes them from the cache reports exactly what a
check would, and anything a result depends on sends the file back to the rules."""

from __future__ import annotations

import marshal
import os
import shutil
import time
import zlib
from pathlib import Path

import pytest

from checker import result_cache, rulesets
from checker.config import load_config
from checker.engine import Engine
from checker.finding import Edit, Finding, Fix, Related
from checker.testing import make_engine

from conftest import DATA, FIXTURES


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def checked(monkeypatch):
    """The paths the engine checked (rather than took from the cache), run by run."""
    paths: list[str] = []
    original = Engine.check

    def counting(self, document):
        paths.append(document.path)
        return original(self, document)

    monkeypatch.setattr(Engine, "check", counting)
    return paths


@pytest.fixture
def run(cli, checked):
    """``run(args, cwd)`` → (result, paths checked by the rules in that run)."""

    def go(args, cwd):
        load_config.cache_clear()  # config and data files edited between two runs of one process
        rulesets._load_version.cache_clear()
        checked.clear()
        result = cli(args, cwd=cwd)
        return result, sorted(checked)

    return go


SAMPLE_EVERY = 8  # every eighth fixture draft: a few hundred files of every kind, in seconds


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    sources = [source for source in sorted(FIXTURES.rglob("*")) if source.suffix in (".txt", ".md")]
    for source in sources[::SAMPLE_EVERY]:
        target = folder / source.relative_to(FIXTURES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    import docx  # a Word draft too: its report places findings by paragraph and table cell

    word = docx.Document()
    word.add_paragraph("XX同志：今天召开会议,研究部署工作。")
    word.add_table(rows=1, cols=1).cell(0, 0).text = "联系电话：13812345678"
    word.save(str(folder / "通知.docx"))
    return folder


def _shards(cache: Path) -> list[Path]:
    return sorted((cache / "results").glob("*.marshal"))


@pytest.mark.parametrize("output", ["json", "sarif", "terminal", "concise", "github", "html"])
def test_a_second_run_takes_every_unchanged_file_from_the_cache_and_reports_the_same(
        run, cache, drafts, output):
    # one process, so that the engine's checks are counted here (over 1 MB of drafts would
    # otherwise be checked by a pool of worker processes)
    args = ["--format", output, "--no-progress", "--no-color", "-j", "1", "drafts"]
    cold, cold_checked = run(args, drafts.parent)
    warm, warm_checked = run(args, drafts.parent)
    count = len([p for p in drafts.rglob("*") if p.is_file()])
    assert len(cold_checked) == count > 80
    assert warm_checked == []
    assert (warm.code, warm.out, warm.err) == (cold.code, cold.out, cold.err)
    off, off_checked = run([*args, "--no-cache"], drafts.parent)
    assert len(off_checked) == count
    assert off.out == cold.out


def test_only_a_changed_file_is_checked_again_and_its_findings_are_new(run, cache, tmp_path):
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("会议指出，要抓好落实。\n", encoding="utf-8")
    args = ["--format", "json", "a.txt", "b.txt"]
    first, checked = run(args, tmp_path)
    assert checked == ["a.txt", "b.txt"] and first.code == 1
    # The same size, one character different: the comma is now right.
    (tmp_path / "a.txt").write_text("今天召开会议，研究工作。\n", encoding="utf-8")
    second, checked = run(args, tmp_path)
    assert checked == ["a.txt"]
    assert second.code == 0
    assert second.out == run([*args, "--no-cache"], tmp_path)[0].out


def test_the_same_bytes_elsewhere_are_checked_and_reported_under_their_own_path(run, cache, tmp_path):
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    run(["--format", "json", "a.txt"], tmp_path)
    (tmp_path / "sub").mkdir()
    shutil.copy(tmp_path / "a.txt", tmp_path / "sub" / "a.txt")
    result, checked = run(["--format", "json", "a.txt", "sub/a.txt"], tmp_path)
    assert checked == ["sub/a.txt"]
    assert result.out.count('"path": "sub/a.txt"') == result.out.count('"path": "a.txt"') > 0


CONFIG_CHANGES = [
    ('severity = { PU001 = "error" }\n', []),
    ('ignore = ["PU001"]\n', []),
    ('allow = ["会议,研究"]\n', []),
    ('[rules.PH001]\nallow = ["XX"]\n', []),
    ("", ["--select", "PU"]),
    ("", ["--ignore", "PU001"]),
]


@pytest.mark.parametrize("config, options", CONFIG_CHANGES)
def test_a_change_of_configuration_or_options_checks_every_file_again(run, cache, tmp_path, config, options):
    (tmp_path / "a.txt").write_text("XX同志：今天召开会议,研究工作。\n", encoding="utf-8")
    (tmp_path / "checker.toml").write_text('extend = "default"\n', encoding="utf-8")
    args = ["--format", "json", "a.txt"]
    before, checked = run(args, tmp_path)
    assert checked == ["a.txt"]
    (tmp_path / "checker.toml").write_text('extend = "default"\n' + config, encoding="utf-8")
    after, checked = run([*args, *options], tmp_path)
    assert checked == ["a.txt"]
    assert after.out != before.out
    assert after.out == run([*args, *options, "--no-cache"], tmp_path)[0].out


def _sample_project(tmp_path: Path, select: str) -> None:
    shutil.copy(DATA / "sample_plugin.py", tmp_path / "sample_plugin.py")
    (tmp_path / "checker.toml").write_text(
        f'plugins = ["sample_plugin.py"]\nselect = [{select}]\n'
        'data = { sample_words = ["words.toml"] }\n', encoding="utf-8")
    (tmp_path / "words.toml").write_text('[[word]]\nword = "会议"\nreason = "测试"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("今天召开会议，研究工作！！\n", encoding="utf-8")


def _new_word(folder: Path) -> None:
    (folder / "words.toml").write_text('[[word]]\nword = "工作"\nreason = "测试"\n', encoding="utf-8")


def _new_message(folder: Path) -> None:
    plugin = folder / "sample_plugin.py"  # the same size: only the contents tell it changed
    plugin.write_text(plugin.read_text(encoding="utf-8").replace("感叹号连用", "叹号连用了"), encoding="utf-8")


@pytest.mark.parametrize("select, edit, old, new", [
    ('"ZZ001", "ZZ004"', _new_word, "词“会议”", "词“工作”"),         # a user's data file
    ('"ZZ001"', _new_message, "感叹号连用", "叹号连用了"),             # a local plugin's source
])
def test_a_change_in_a_data_file_or_a_plugin_checks_every_file_again(run, cache, tmp_path, select, edit, old, new):
    _sample_project(tmp_path, select)
    args = ["--format", "json", "a.txt"]
    before, _ = run(args, tmp_path)
    assert old in before.out
    edit(tmp_path)
    after, checked = run(args, tmp_path)
    assert checked == ["a.txt"]
    assert new in after.out and old not in after.out


def test_a_file_a_rule_failed_on_is_never_taken_from_the_cache(run, cache, tmp_path):
    _sample_project(tmp_path, '"ZZ001", "ZZ003"')
    args = ["--format", "json", "a.txt"]
    for _ in range(2):
        result, checked = run(args, tmp_path)
        assert checked == ["a.txt"]
        assert "rule ZZ003 (plugin 'file:sample_plugin.py') failed" in result.err
        assert "感叹号连用" in result.out
    assert not _shards(cache) or all(not result_cache.Shard(p).entries for p in _shards(cache))


def test_fixes_diffs_and_no_cache_neither_read_nor_write_findings(run, cache, tmp_path):
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    for options in (["--no-cache"], ["--diff"], ["--fix"]):
        (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
        _, checked = run(["a.txt", *options], tmp_path)
        assert checked, options
        assert not (cache / "results").exists(), options
    run(["a.txt"], tmp_path)
    assert len(_shards(cache)) == 1
    for options in (["--no-cache"], ["--diff"]):
        _, checked = run(["a.txt", *options], tmp_path)
        assert checked == ["a.txt"], options


def test_parallel_workers_hand_their_results_to_the_run_that_keeps_them(run, cache, drafts, sent):
    args = ["--format", "json", "--no-progress", "drafts"]
    parallel, _ = run([*args, "-j", "2"], drafts.parent)
    assert sum(map(len, sent)) == len([p for p in drafts.rglob("*") if p.is_file()])
    assert _shards(cache)
    again, checked = run(args, drafts.parent)
    assert checked == []
    assert again.out == parallel.out


def test_a_parallel_run_answers_unchanged_files_itself_and_keeps_the_order(run, cache, drafts, sent):
    args = ["--format", "json", "--no-progress", "-j", "2", "drafts"]
    first, _ = run(args, drafts.parent)
    sent.clear()
    again, checked = run(args, drafts.parent)
    assert sent == [] and checked == []
    assert again.out == first.out
    files = sorted(p for p in drafts.rglob("*") if p.is_file())
    for path in files[::3]:
        path.write_bytes(path.read_bytes() + "\n会议要求,抓好落实。\n".encode())
    mixed, _ = run(args, drafts.parent)
    assert sorted(name for batch in sent for name in batch) == sorted(p.name for p in files[::3])
    assert mixed.out == run(["--format", "json", "--no-progress", "--no-cache", "drafts"], drafts.parent)[0].out
    assert mixed.out != first.out


def test_a_damaged_cache_file_is_ignored_and_replaced(run, cache, tmp_path):
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    first, _ = run(["--format", "json", "a.txt"], tmp_path)
    [shard] = _shards(cache)
    for damage in (b"", b"\x00garbage", shard.read_bytes()[:40], marshal.dumps({"format": 99})):
        shard.write_bytes(damage)
        result, checked = run(["--format", "json", "a.txt"], tmp_path)
        assert checked == ["a.txt"] and result.out == first.out and result.err == ""
        assert list(result_cache.Shard(shard).entries) == ["a.txt"]


# --- the parts ---------------------------------------------------------------------------


def _rich_finding(rule) -> Finding:
    return Finding(
        3, 7, "消息", suggestion="建议", fix=Fix((Edit(3, 4, "，"), Edit(6, 7, "")), "unsafe"),
        related=(Related(0, 2, "开头"), Related(8, 9, "结尾")), severity="error", rule=rule,
        path="old/path.txt", line=1, column=4, end_line=2, end_column=1, text="原文", fingerprint="ab:0",
        extra={"note": [1, "二"]},
    )


def test_a_record_gives_back_every_field_of_its_finding():
    engine = make_engine()
    rule = engine.host.rules["PU001"]
    finding = _rich_finding(rule)
    back = result_cache.finding_of(result_cache.record_of(finding), engine.host.rules, "new.txt")
    assert back == Finding(**{**{name: getattr(finding, name) for name in Finding.__slots__}, "path": "new.txt"})
    plain = Finding(0, 1, "m", rule=rule)
    assert result_cache.finding_of(result_cache.record_of(plain), engine.host.rules, "") == plain


def test_an_entry_that_cannot_be_turned_back_into_findings_is_a_miss(tmp_path):
    engine = make_engine()
    kept = result_cache.ResultCache(tmp_path)
    path, data = str(tmp_path / "a.txt"), "文本".encode()
    findings = [_rich_finding(engine.host.rules["PU001"])]
    entry = kept.entry(engine, path, result_cache.digest(data), findings)
    kept.store(entry)
    assert kept.lookup(engine, path, result_cache.digest(data), "a.txt") == [
        Finding(**{**{n: getattr(findings[0], n) for n in Finding.__slots__}, "path": "a.txt"})]
    assert kept.lookup(engine, path, result_cache.digest(data + b" "), "a.txt") is None
    unknown = ("ZZ999",) + result_cache.record_of(findings[0])[1:]
    for packed in (result_cache.pack((unknown,)), result_cache.pack((("PU001", 1, 2),)),
                   result_cache.pack(["not", "a", "tuple"]), entry[3][:-3], b"not packed"):
        kept.store((entry[0], path, result_cache.digest(data), packed))
        assert kept.lookup(engine, path, result_cache.digest(data), "a.txt") is None


def test_records_of_a_few_findings_are_kept_as_they_are_and_larger_ones_compressed():
    engine = make_engine()
    finding = result_cache.record_of(_rich_finding(engine.host.rules["PU001"]))
    few = (finding,)
    many = tuple((finding[0], start, start + 1) + finding[3:] for start in range(40))  # marshal shares repeats
    assert result_cache.unpack(result_cache.pack(few)) == few
    assert result_cache.unpack(result_cache.pack(many)) == many
    assert result_cache.pack(few)[:1] == result_cache.RAW
    assert result_cache.pack(many)[:1] == result_cache.COMPRESSED
    assert len(result_cache.pack(many)) < len(marshal.dumps(many)) / 4
    for damaged in (b"", b"x" + marshal.dumps(few), result_cache.RAW + zlib.compress(marshal.dumps(few)),
                    result_cache.COMPRESSED + marshal.dumps(few)):
        with pytest.raises((ValueError, EOFError, TypeError, zlib.error)):
            result_cache.unpack(damaged)


def test_findings_a_plugin_cannot_have_written_are_not_kept(tmp_path):
    engine = make_engine()
    finding = _rich_finding(engine.host.rules["PU001"])
    finding.extra = {"object": object()}
    assert result_cache.ResultCache(tmp_path).entry(engine, str(tmp_path / "a.txt"), b"d", [finding]) is None


def test_the_fingerprint_follows_sources_rulesets_and_selection(tmp_path, monkeypatch):
    engine = make_engine()
    roots = result_cache._source_roots(engine)
    import checker
    import checker_plugins.typos

    assert Path(checker.__file__).resolve().parent in roots
    assert Path(checker_plugins.typos.__file__).resolve().parent in roots
    assert result_cache.fingerprint(engine) == result_cache.fingerprint(make_engine())
    assert result_cache.fingerprint(make_engine(select=["PU"])) != result_cache.fingerprint(engine)

    rulesets = tmp_path / "rulesets"
    shutil.copytree(Path(checker.rulesets.builtin_dir()), rulesets)
    monkeypatch.setattr(checker.rulesets, "builtin_dir", lambda: rulesets)
    before = result_cache.fingerprint(engine)
    assert before == result_cache.fingerprint(engine)
    some = sorted(rulesets.glob("*.toml"))[0]
    os.utime(some, (0, 0))  # a new install: the same contents, other times
    assert result_cache.fingerprint(engine) == before
    some.write_bytes(some.read_bytes().replace(b"reason", b"REASON", 1))
    assert result_cache.fingerprint(engine) != before


def test_the_fingerprint_follows_the_versions_of_the_libraries_that_read_drafts(tmp_path, monkeypatch):
    site = tmp_path / "lib" / "site-packages"
    (site / "python_docx-0.0.1.dist-info").mkdir(parents=True)
    (site / "Not_Wanted-1.0.dist-info").mkdir()  # names are written with _ for - (the wheel spec)
    monkeypatch.syspath_prepend(str(site))
    found = result_cache.installed_versions(("python_docx", "not_wanted", "nothing_like_it"))
    assert found == {"python_docx": "0.0.1", "not_wanted": "1.0", "nothing_like_it": None}
    engine = make_engine()
    before = result_cache.fingerprint(engine)
    (site / "python_docx-0.0.1.dist-info").rename(site / "python_docx-0.0.2.dist-info")
    assert result_cache.installed_versions(("python_docx",)) == {"python_docx": "0.0.2"}
    assert result_cache.fingerprint(engine) != before
    elsewhere = tmp_path / "drafts"  # only site-packages folders are read, never a drafts folder
    (elsewhere / "regex-0.0.1.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(elsewhere))
    assert result_cache.installed_versions(("regex",))["regex"] != "0.0.1"


def test_entries_and_files_unused_for_a_month_are_dropped(tmp_path):
    engine = make_engine()
    kept = result_cache.ResultCache(tmp_path)
    kept.day -= result_cache.KEEP_DAYS
    kept.store(kept.entry(engine, str(tmp_path / "old.txt"), b"1", []))
    kept.day += 1
    kept.store(kept.entry(engine, str(tmp_path / "new.txt"), b"2", []))
    kept.day += result_cache.KEEP_DAYS - 1
    kept.save()
    [shard] = tmp_path.glob("*.marshal")
    assert list(result_cache.Shard(shard).entries) == ["new.txt"]

    # A hit is a use: the entry is kept for another month from today.
    later = result_cache.ResultCache(tmp_path)
    later.day = kept.day + result_cache.KEEP_DAYS - 1
    assert later.lookup(engine, str(tmp_path / "new.txt"), b"2", "new.txt") == []
    later.save()
    assert result_cache.Shard(shard).entries["new.txt"][1] == later.day

    stale = tmp_path / ("0" * 32 + ".marshal")
    stale.write_bytes(shard.read_bytes())
    month_ago = time.time() - (result_cache.KEEP_DAYS + 1) * 86400
    os.utime(stale, (month_ago, month_ago))
    result_cache.ResultCache(tmp_path).save()  # pruned at most once a day: not yet
    assert stale.exists()
    os.utime(tmp_path / ".pruned", (time.time() - 2 * 86400,) * 2)
    result_cache.ResultCache(tmp_path).save()
    assert not stale.exists() and shard.exists()


def test_the_cache_command_shows_and_clears_the_kept_findings(cli, cache, tmp_path):
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    cli(["a.txt"], cwd=tmp_path)
    shown = cli(["cache"], cwd=tmp_path)
    assert f"findings of unchanged files: {cache / 'results'}\n  1 files' findings in 1 file(s)" in shown.out
    cleared = cli(["cache", "--clear"], cwd=tmp_path)
    assert f"findings of unchanged files: 1 file(s) deleted from {cache / 'results'}" in cleared.out
    assert not (cache / "results").exists()
    assert "findings of unchanged files" in cli(["cache"], cwd=tmp_path).out


def test_a_directory_keeps_the_findings_of_its_three_newest_fingerprints_only(tmp_path):
    kept = result_cache.ResultCache(tmp_path / "cache")
    drafts, other = tmp_path / "drafts" / "a.txt", tmp_path / "other" / "a.txt"
    for number in range(5):  # a folder not checked in this run keeps whatever it has
        kept.store((f"{number}" * 32, str(other), b"d", result_cache.pack(())))
        kept.save()
    others = sorted((tmp_path / "cache").glob("*.marshal"))
    assert len(others) == 3
    folder_key = others[0].name.split("-")[0]
    others.append(tmp_path / "cache" / f"{folder_key}-{'9' * 32}.marshal")  # left by another run
    others[-1].write_bytes(others[0].read_bytes())
    for age, path in enumerate(others):
        os.utime(path, (100 + age, 100 + age))
    written = []
    for number in range(5):
        kept.store((f"{number}" * 32, str(drafts), b"d", result_cache.pack(())))
        kept.save()
        [newest] = set((tmp_path / "cache").glob("*.marshal")) - set(written) - set(others)
        os.utime(newest, (1000 + number, 1000 + number))  # written in this order, whatever the clock
        written.append(newest)
    left = sorted((tmp_path / "cache").glob("*.marshal"))
    assert sorted(set(left) - set(others)) == sorted(written[2:])
    assert set(others) <= set(left)


def test_a_cache_that_cannot_be_written_changes_nothing_but_speed(run, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocked))
    (tmp_path / "a.txt").write_text("今天召开会议,研究工作。\n", encoding="utf-8")
    first, checked = run(["--format", "json", "a.txt"], tmp_path)
    again, checked_again = run(["--format", "json", "a.txt"], tmp_path)
    assert checked == checked_again == ["a.txt"]
    assert first.code == again.code == 1 and first.err == again.err == ""
    assert first.out == again.out == run(["--format", "json", "--no-cache", "a.txt"], tmp_path)[0].out
    assert blocked.read_text(encoding="utf-8") == "a file where the cache directory should be"
