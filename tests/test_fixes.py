"""Fixes are lossless: encoding, BOM and every newline kept; atomic; only when asked."""

import os
import stat

import pytest

from checker import fixes


def draft(project, name, data: bytes):
    path = project / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding,bom,newline", [
    ("utf-8", False, "\n"), ("utf-8", True, "\r\n"), ("gb18030", False, "\r\n"), ("utf-16", False, "\n"),
])
def test_fix_keeps_encoding_bom_and_newlines(cli, project, encoding, bom, newline):
    text = newline.join(["同志们：", "好！！大家好！！！", "谢谢。", ""])
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = draft(project, "a.txt", data)
    result = cli(["--fix", path], cwd=project)
    assert result.code == 0, result.out + result.err
    expected = newline.join(["同志们：", "好！大家好！", "谢谢。", ""]).encode(encoding)
    assert path.read_bytes() == ((b"\xef\xbb\xbf" + expected) if bom else expected)


def test_mixed_newlines_survive_a_fix(cli, project):
    path = draft(project, "a.txt", "甲！！\r\n乙\n丙！！\r\n丁".encode())
    cli(["--fix", path], cwd=project)
    assert path.read_bytes() == "甲！\r\n乙\n丙！\r\n丁".encode()


def test_no_write_without_fix_and_diff_writes_nothing(cli, project):
    path = draft(project, "a.txt", "好！！\n".encode())
    before = path.stat().st_mtime_ns
    assert cli([path], cwd=project).code == 1
    result = cli(["--diff", path], cwd=project)
    assert result.code == 1
    assert "-好！！" in result.out and "+好！" in result.out
    assert path.read_bytes() == "好！！\n".encode() and path.stat().st_mtime_ns == before


def test_unsafe_fix_needs_opt_in(cli, project):
    path = draft(project, "a.txt", "正文\n广告行\n结尾\n".encode())
    assert cli(["--fix", path], cwd=project).code == 1
    assert path.read_text(encoding="utf-8") == "正文\n广告行\n结尾\n"
    assert cli(["--fix", "--unsafe-fixes", path], cwd=project).code == 0
    assert path.read_text(encoding="utf-8") == "正文\n结尾\n"


def test_fix_is_idempotent_and_repeats_until_stable(cli, project):
    path = draft(project, "a.txt", "好！！！！\n".encode())
    cli(["--fix", path], cwd=project)
    once = path.read_bytes()
    cli(["--fix", path], cwd=project)
    assert path.read_bytes() == once == "好！\n".encode()


def test_fix_keeps_permissions_and_writes_through_symlinks(cli, project):
    target = draft(project, "real.txt", "好！！\n".encode())
    os.chmod(target, 0o640)
    link = project / "link.txt"
    link.symlink_to(target)
    cli(["--fix", link], cwd=project)
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "好！\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_read_only_file_is_reported_by_the_cli(cli, project, monkeypatch):
    path = draft(project, "a.txt", "好！！\n".encode())
    os.chmod(path, 0o444)
    # Root may write read-only files anyway; the checker must still refuse to.
    monkeypatch.setattr(fixes.os, "access", lambda p, mode: not (mode & os.W_OK))
    result = cli(["--fix", path], cwd=project)
    assert result.code == 2 and "read-only" in result.out + result.err
    assert path.read_bytes() == "好！！\n".encode()


def test_read_only_check_is_enforced(monkeypatch, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x")
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    with pytest.raises(fixes.CheckerError, match="read-only"):
        fixes.write_fixed(path, b"x", b"y")
    assert path.read_bytes() == b"x"


def test_changed_on_disk_is_not_overwritten(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"new content from the editor")
    with pytest.raises(fixes.CheckerError, match="changed on disk"):
        fixes.write_fixed(path, b"old", b"fixed")
    assert path.read_bytes() == b"new content from the editor"


def test_crash_between_write_and_rename_leaves_original(monkeypatch, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("原稿".encode())

    def crash(temp_name, target):
        raise KeyboardInterrupt  # e.g. the user hits Ctrl-C at the worst moment

    monkeypatch.setattr(fixes, "_before_rename", crash)
    with pytest.raises(KeyboardInterrupt):
        fixes.atomic_write_bytes(path, "新稿".encode())
    assert path.read_bytes() == "原稿".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left behind


def test_overlapping_fixes_are_applied_one_round_at_a_time():
    from checker.finding import Edit, Finding, Fix

    a = Finding(0, 3, "a", fix=Fix.replace(0, 3, "X"))
    b = Finding(2, 4, "b", fix=Fix.replace(2, 4, "Y"))
    c = Finding(5, 5, "c", fix=Fix((Edit(5, 5, "Z"),), "unsafe"))
    assert fixes.choose_edits([b, a, c], unsafe=False) == [Edit(0, 3, "X")]
    assert fixes.choose_edits([a, c], unsafe=True) == [Edit(0, 3, "X"), Edit(5, 5, "Z")]
