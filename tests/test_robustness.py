"""No input crashes the checker, every span lies inside the text, fixes touch only their spans.

These properties run every rule of the default ruleset (and the opt-in ones) over generated
text: astral characters, emoji, combining marks, controls, BOMs, mixed newlines, unbalanced
brackets and quotes, and the drafting vocabulary the rules look for.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from checker.fixes import apply_to_raw, choose_edits
from checker.testing import check_text, default_host

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

ALL_RULES = sorted(default_host().rules)
FRAGMENTS = [
    "同志们", "：", ":", "，", ",", "。", ".", "“", "”", "\"", "'", "‘", "’", "《", "》", "（", "）", "(", ")",
    "【", "】", "一、", "二、", "（一）", "1.", "1、", "①", "一是", "二是", "首先", "其次", "第一，", "讲三点意见",
    "XX", "X月X日", "×个", "××", "○○", "□□", "**", "QQ", "12345", "13800138000", "www.gov.cn",
    "https://example.org/a?b=1", "a@b.cn", "仅供学习", "禁止外传", "会员", "时间:2022-02-10 08:38:00",
    "……", "...", "——", "--", "　", " ", "\t", "弛而不息", "安臵", "实现了实现", "清醒的看到", "的的",
    "𠮷", "😀", "e\u0301", "\u200b", "\ufeff", "\x07", "\r\n", "\n", "\r", "\n\n", "# ", "- ", "```",
    "`code`", "<!-- c -->", "[a](b)", "黨", "１２３", "ＡＢＣ", "3×4", "X线片", "9:45", "3.14",
]
drafts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)


def check_all(text: str, path: str):
    return check_text(text, select=ALL_RULES, path=path)


def readable(text: str, path: str):
    """The document, or None when the text is rightly refused as binary (an InputError)."""
    from checker.errors import InputError
    from checker.testing import read_text

    try:
        return read_text(text, path)
    except InputError:
        return None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts, st.sampled_from(["a.txt", "a.md"]))
def test_rules_never_crash_and_spans_are_inside(text, path):
    document = readable(text, path)
    if document is None:
        return
    findings = check_all(text, path)  # check_text raises if any rule raised
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(document.text)
        assert 1 <= finding.line <= finding.end_line <= document.line_count
        assert finding.message
        if finding.fix is not None:
            for edit in finding.fix.edits:
                assert 0 <= edit.start <= edit.end <= len(document.text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_safe_fixes_change_nothing_outside_their_spans(text):
    document = readable(text, "a.txt")
    if document is None:
        return
    findings = check_all(text, "a.txt")
    edits = choose_edits(findings, unsafe=True)
    fixed = apply_to_raw(document, edits)
    raw = document.source.raw or document.text
    # Walk both strings: outside the edits they must be identical.
    position_raw, position_fixed = 0, 0
    for edit in edits:
        start, end = document.raw_offset(edit.start), document.raw_offset(edit.end)
        keep = raw[position_raw:start]
        assert fixed[position_fixed:position_fixed + len(keep)] == keep
        position_fixed += len(keep) + len(edit.replacement.replace("\n", document.source.newline))
        position_raw = end
    assert fixed[position_fixed:] == raw[position_raw:]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_arbitrary_bytes_exit_0_1_or_2_without_traceback(cli, tmp_path_factory, data):
    directory = tmp_path_factory.mktemp("bytes")
    path = directory / "input.txt"
    path.write_bytes(data)
    result = cli(["--format", "json", "--select", ",".join(ALL_RULES), path], cwd=directory)
    assert result.code in (0, 1, 2)
    assert "Traceback" not in result.err
    payload = json.loads(result.out)
    if result.code == 2:
        assert payload.get("errors")


def test_two_megabyte_single_line_is_handled():
    text = ("同志们，今天召开XX会议,研究部署工作。" * 110000)[: 2 * 1024 * 1024 // 3]
    findings = check_all(text, "big.txt")
    assert findings and all(f.line == 1 for f in findings)


def test_symlink_loop_and_unreadable_directory_do_not_hang(cli, tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("正文。\n", encoding="utf-8")
    (tmp_path / "drafts" / "loop").symlink_to(tmp_path / "drafts")
    (tmp_path / "drafts" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = cli(["--format", "json", "drafts"], cwd=tmp_path)
    payload = json.loads(result.out)
    assert result.code == 2  # the dangling link is reported as an input problem
    assert any("dangling.txt" in e["path"] for e in payload["errors"])


def test_non_utf8_file_names_are_handled(cli, tmp_path):
    import os

    name = os.fsdecode(b"draft-\xff.txt")
    (tmp_path / name).write_text("正文。\n", encoding="utf-8")
    result = cli(["--format", "json", "."], cwd=tmp_path)
    assert result.code in (0, 1)
    assert json.loads(result.out)["summary"]["files"] == 1


def test_a_tree_of_thousands_of_files_is_checked_completely(cli, tmp_path):
    root = tmp_path / "archive"
    for folder in range(40):
        directory = root / f"{2000 + folder}" / "drafts"
        directory.mkdir(parents=True)
        for index in range(50):
            text = "同志们:今天开会。\n" if index % 10 == 0 else "正文。\n"
            (directory / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    result = cli(["--format", "json", "--no-progress", "archive"], cwd=tmp_path)
    payload = json.loads(result.out)
    assert payload["summary"]["files"] == 2000
    assert result.code == 1 and payload["summary"]["findings"] == 200  # PU001 in every tenth file


def test_unreadable_files_and_directories_are_reported_and_the_rest_checked(cli, tmp_path, monkeypatch):
    import os
    from pathlib import Path

    (tmp_path / "drafts" / "locked").mkdir(parents=True)
    (tmp_path / "drafts" / "locked" / "x.txt").write_text("正文。\n", encoding="utf-8")
    (tmp_path / "drafts" / "secret.txt").write_text("正文。\n", encoding="utf-8")
    (tmp_path / "drafts" / "open.txt").write_text("同志们:\n", encoding="utf-8")
    real_read, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self):  # permissions do not stop root, so the refusal is simulated
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    result = cli(["--format", "json", "--no-progress", "drafts"], cwd=tmp_path)
    payload = json.loads(result.out)
    errors = {e["path"]: e["message"] for e in payload["errors"]}
    assert any("secret.txt" in p and "Permission denied" in m for p, m in errors.items()), errors
    assert any("locked" in p for p in errors), errors
    assert [f["path"] for f in payload["findings"]] == [str(Path("drafts") / "open.txt")]
    assert result.code == 2 and "Traceback" not in result.err


def test_no_rule_keeps_a_checked_document_alive():
    """Rules cache per document, weakly; a run over an archive must not hold every draft."""
    import gc
    import weakref

    from checker.testing import make_engine, read_text

    engine = make_engine(["ALL"])
    text = (FIXTURES / "defects" / "01_template_speech.txt").read_text(encoding="utf-8")
    document = read_text(text + "\n实现了实现省级文明单位三连冠。\n", "draft.txt")
    assert engine.check(document)
    alive = weakref.ref(document)
    del document
    gc.collect()
    assert alive() is None
