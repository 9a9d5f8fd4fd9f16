"""The command line: exit codes, formats, stdin, baselines, discovery, informational commands."""

import json
from pathlib import Path

import pytest

from conftest import run_subprocess


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- exit codes -------------------------------------------------------------------------

def test_exit_codes(cli, project):
    clean = write(project / "clean.txt", "正文。\n")
    dirty = write(project / "dirty.txt", "好！！\n")
    assert cli([clean], cwd=project).code == 0
    assert cli([dirty], cwd=project).code == 1
    assert cli(["--fail-on", "error", dirty], cwd=project).code == 0  # ZZ001 is a warning
    assert cli(["--exit-zero", dirty], cwd=project).code == 0
    assert cli(["--severity-typo", dirty], cwd=project).code == 2


@pytest.mark.parametrize("args,fragment", [
    (["missing.txt"], "missing.txt: no such file or directory"),
    (["--format", "xml", "."], "unknown format 'xml'"),
    (["--select", "NOPE1", "."], "unknown rule id or prefix 'NOPE1'"),
    (["--unsafe-fixes", "."], "--unsafe-fixes needs --fix"),
    (["explain", "XX999"], "unknown rule 'XX999'"),
])
def test_usage_errors_are_one_line_exit_2(cli, project, args, fragment):
    result = cli(args, cwd=project)
    assert result.code == 2
    assert fragment in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1


def test_bad_config_no_traceback_in_a_real_process(tmp_path):
    write(tmp_path / "checker.toml", "select = ['PH'\n")
    write(tmp_path / "a.txt", "正文\n")
    result = run_subprocess(["a.txt"], cwd=tmp_path)
    assert result.code == 2
    assert "checker.toml" in result.err and "invalid TOML" in result.err
    assert "Traceback" not in result.err


def test_binary_and_undecodable_inputs_exit_2_and_others_still_checked(cli, project):
    (project / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    write(project / "dirty.txt", "好！！\n")
    result = cli(["--format", "json", project / "bin.txt", project / "dirty.txt"], cwd=project)
    assert result.code == 2
    data = json.loads(result.out)
    assert data["summary"]["findings"] == 1
    assert data["errors"][0]["path"].endswith("bin.txt") and "binary" in data["errors"][0]["message"]


# --- output formats -----------------------------------------------------------------------

def test_json_contract(cli, project):
    write(project / "a.txt", "第一行\n好！！\n")
    data = json.loads(cli(["--format", "json", "a.txt"], cwd=project).out)
    assert data["version"] == 1 and data["tool"]["name"] == "checker"
    assert data["summary"] == {"files": 1, "findings": 1, "by_severity": {"error": 0, "warning": 1, "info": 0}}
    (finding,) = data["findings"]
    assert {k: finding[k] for k in ("path", "line", "column", "end_line", "end_column", "rule", "name",
                                    "category", "severity", "text", "suggestion")} == {
        "path": "a.txt", "line": 2, "column": 2, "end_line": 2, "end_column": 4, "rule": "ZZ001",
        "name": "double-bang", "category": "format", "severity": "warning", "text": "！！", "suggestion": "！",
    }
    assert finding["message"] == "感叹号连用“！！”"
    assert finding["fix"] == {"safety": "safe", "edits": [
        {"start_line": 2, "start_column": 2, "end_line": 2, "end_column": 4, "replacement": "！"}]}


def test_github_annotations(cli, project):
    write(project / "a.txt", "好！！\n")
    out = cli(["--format", "github", "a.txt"], cwd=project).out
    assert out.startswith("::warning file=a.txt,line=1,col=2,endLine=1,endColumn=4,title=ZZ001 double-bang::")


def test_terminal_output_caret_under_the_characters(cli, project):
    write(project / "a.txt", "同志们，大家好！！\n")
    out = cli(["--no-color", "a.txt"], cwd=project).out
    lines = out.splitlines()
    source = next(l for l in lines if "同志们" in l and "│" in l)
    caret = lines[lines.index(source) + 1]
    from rich.cells import cell_len

    prefix = source[: source.index("！！")]
    assert caret.index("^") == cell_len(prefix)
    assert caret.count("^") == 4  # two double-width characters
    assert "\x1b[" not in out  # no colour codes when not a terminal


@pytest.mark.parametrize("color", [False, True])
def test_terminal_output_drops_control_characters_of_the_draft(cli, project, monkeypatch, color):
    # A scraped page may carry an escape sequence or a backspace; shown as they are, they
    # would recolour or overwrite the editor's terminal. The caret still lines up.
    if color:
        monkeypatch.setenv("FORCE_COLOR", "1")
    write(project / "a.txt", "同志\x1b[31m们，\b大家好！！\n")
    out = cli(["a.txt"] if color else ["--no-color", "a.txt"], cwd=project).out
    assert "\b" not in out and "\x1b[31m" not in out
    if not color:
        lines = out.splitlines()
        source = next(l for l in lines if "同志" in l and "│" in l)
        assert source.endswith("同志[31m们，大家好！！")
        caret = lines[lines.index(source) + 1]
        from rich.cells import cell_len

        assert caret.index("^") == cell_len(source[: source.index("！！")])


def test_cell_width_agrees_with_rich_on_the_characters_drafts_use():
    from rich.cells import cell_len

    from checker.formats.terminal import cell_width

    blocks = [(0x20, 0x7E), (0xA0, 0x2FF), (0x2000, 0x2027), (0x202A, 0x206F), (0x2E80, 0x2FDF),
              (0x3000, 0x30FF), (0x3100, 0x312F), (0x3200, 0x32FF), (0x3400, 0x4DBF),
              (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
              (0xFF00, 0xFF9F), (0xFFE0, 0xFFEE), (0x20000, 0x2A6DF)]
    import unicodedata

    for low, high in blocks:
        for code in range(low, high + 1):
            char = chr(code)
            if unicodedata.category(char) in ("Cn", "Co"):
                continue
            assert cell_width(char) == cell_len(char), hex(code)
    assert cell_width("a\x1b\u0301中，") == 1 + 0 + 0 + 2 + 2


def test_quiet_and_statistics(cli, project):
    write(project / "a.txt", "好！！\n又好！！\n")
    quiet = cli(["--quiet", "--no-color", "a.txt"], cwd=project).out
    assert len([l for l in quiet.splitlines() if l.strip()]) == 2 and "a.txt:" in quiet
    stats = cli(["--statistics", "--no-color", "a.txt"], cwd=project).out
    assert "ZZ001" in stats and "double-bang" in stats


def test_output_file(cli, project):
    write(project / "a.txt", "好！！\n")
    result = cli(["--format", "json", "--output", "report.json", "a.txt"], cwd=project)
    assert result.out == "" and json.loads((project / "report.json").read_text(encoding="utf-8"))["findings"]


# --- stdin ------------------------------------------------------------------------------

def test_stdin_with_filename(cli, project):
    result = cli(["--format", "json", "--stdin-filename", "draft.md", "-"], cwd=project, stdin="好！！\n".encode())
    data = json.loads(result.out)
    assert result.code == 1 and data["findings"][0]["path"] == "draft.md"


def test_stdin_fix_writes_fixed_text(cli, project):
    result = cli(["--fix", "-"], cwd=project, stdin="好！！\n".encode())
    assert result.out == "好！\n"


# --- discovery ----------------------------------------------------------------------------

def test_directories_recurse_respecting_gitignore_and_exclude(cli, project):
    write(project / "docs" / "a.txt", "好！！\n")
    write(project / "docs" / "b.md", "好！！\n")
    write(project / "docs" / "skip.py", "好！！\n")
    write(project / "build" / "c.txt", "好！！\n")
    write(project / "docs" / "old" / "d.txt", "好！！\n")
    write(project / ".hidden" / "e.txt", "好！！\n")
    write(project / ".gitignore", "build/\n")
    (project / ".git").mkdir()
    with open(project / "checker.toml", "a", encoding="utf-8") as handle:
        handle.write('exclude = ["docs/old/"]\n')
    data = json.loads(cli(["--format", "json", "."], cwd=project).out)
    assert sorted({f["path"] for f in data["findings"]}) == ["docs/a.txt", "docs/b.md"]


def test_each_file_follows_the_config_of_its_own_folder(cli, tmp_path):
    write(tmp_path / "checker.toml", "select = ['PU001']\n")
    write(tmp_path / "sub" / "checker.toml", "select = ['TY001']\n")
    draft = "必须弛而不息,常抓不懈。\n"  # one PU001 and one TY001 finding
    for folder in ("", "sub/", "sub/deeper/", "other/"):
        write(tmp_path / f"{folder}draft.txt", draft)
    expected = {"draft.txt": ["PU001"], "sub/draft.txt": ["TY001"], "sub/deeper/draft.txt": ["TY001"],
                "other/draft.txt": ["PU001"]}
    for paths in (["."], [tmp_path], ["sub/draft.txt", "draft.txt", "sub/deeper", "other/draft.txt"]):
        result = cli([*paths, "--format", "json", "-j", "1"], cwd=tmp_path)
        found: dict[str, list[str]] = {}
        for finding in json.loads(result.out)["findings"]:
            found.setdefault(finding["path"], []).append(finding["rule"])
        assert found == expected, paths


@pytest.mark.parametrize("path, cwd, shown", [
    ("/work/drafts/a.txt", "/work", "drafts/a.txt"),
    ("/work/drafts/a.txt", "/work/", "drafts/a.txt"),
    ("/workshop/a.txt", "/work", "/workshop/a.txt"),  # a prefix of the name, not a parent folder
    ("/tmp/a.txt", "/work", "/tmp/a.txt"),  # outside: shown whole, never as ../../
    ("/work", "/work", "."),
    ("/a.txt", "/", "a.txt"),
    ("/work/x/../drafts/a.txt", "/work", "drafts/a.txt"),  # normalised as relpath does
    ("/work/.hidden/a.txt", "/work", ".hidden/a.txt"),
    ("drafts/a.txt", "/work", "drafts/a.txt"),
])
def test_paths_are_shown_relative_to_the_working_folder_when_inside_it(path, cwd, shown):
    from checker.runner import _display

    assert _display(Path(path), cwd) == shown


def test_parallel_jobs_give_the_same_findings(cli, project):
    for i in range(6):
        write(project / f"d{i}.txt", "好！！\n" * (i + 1))
    serial = json.loads(cli(["--format", "json", "."], cwd=project).out)
    parallel = json.loads(cli(["--format", "json", "-j", "2", "."], cwd=project).out)
    assert serial == parallel and serial["summary"]["findings"] == 21


# --- baseline ------------------------------------------------------------------------------

def test_baseline_reports_only_new_findings_even_after_lines_move(cli, project):
    path = write(project / "a.txt", "好！！\n正文\n")
    assert cli(["--write-baseline", "baseline.json", "a.txt"], cwd=project).code == 1
    assert cli(["--baseline", "baseline.json", "a.txt"], cwd=project).code == 0
    write(project / "a.txt", "新增一段\n\n好！！\n正文\n")
    assert cli(["--baseline", "baseline.json", "a.txt"], cwd=project).code == 0
    write(project / "a.txt", "新增一段\n\n好！！\n正文！！\n")
    result = cli(["--baseline", "baseline.json", "--format", "json", "a.txt"], cwd=project)
    assert result.code == 1 and [f["line"] for f in json.loads(result.out)["findings"]] == [4]
    assert path.exists()


def test_bad_baseline_is_a_usage_error(cli, project):
    write(project / "a.txt", "正文\n")
    write(project / "baseline.json", "not json")
    result = cli(["--baseline", "baseline.json", "a.txt"], cwd=project)
    assert result.code == 2 and "not a checker baseline" in result.err


# --- informational commands ------------------------------------------------------------------

def test_rules_explain_plugins(cli, project):
    rules = cli(["rules"], cwd=project)
    assert rules.code == 0 and "ZZ001" in rules.out and "double-bang" in rules.out
    listed = json.loads(cli(["rules", "--json"], cwd=project).out)
    assert {r["id"]: r["enabled"] for r in listed if r["id"].startswith("ZZ")}["ZZ003"] is False
    explain = cli(["explain", "double-bang"], cwd=project)
    assert explain.code == 0 and "ZZ001" in explain.out and "好！！" in explain.out
    plugins = cli(["plugins"], cwd=project)
    assert "file:sample_plugin.py" in plugins.out and "placeholders" in plugins.out


def test_explain_indents_an_example_of_several_lines(cli, project):
    explain = cli(["explain", "NU001"], cwd=project)
    assert explain.code == 0
    assert "  ✗ 一、提高认识\n    内容。\n    二、突出重点\n" in explain.out


def test_version():
    result = run_subprocess(["--version"])
    assert result.code == 0 and result.out.startswith("checker 0.1.0")


@pytest.mark.parametrize("output", [["--format", "json"], ["--no-color"], []])
def test_default_run_imports_neither_spacy_nor_jieba_nor_rich(tmp_path, output):
    # A doubled word and a traditional character: the typo rules have work to do; a year with
    # a digit zero: so has the built-in house style, which needs no guarded ``regex`` pattern.
    # Terminal output to a pipe (a pre-commit hook) is plain text, so it needs no rich either.
    write(tmp_path / "a.txt", "同志们：\n今天召开XX会议，我们我们要实現二0二六年目标。\n")
    result = run_subprocess([*output, "a.txt"], cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    modules = {line.split("|")[-1].strip() for line in result.err.splitlines() if "|" in line}
    imported = {name.split(".")[0] for name in modules}
    for rule_id in ("TY003", "TY005", "WO001"):
        assert rule_id in result.out
    assert "checker" in imported
    heavy = {"spacy", "jieba", "rich", "docx", "regex"} & imported
    assert not heavy, sorted(heavy)
    unneeded = {"importlib.metadata", "checker_plugins.docx.reader", "checker.fixes", "difflib"} & modules
    assert not unneeded, unneeded


def test_bad_user_data_file_is_exit_2_naming_file_and_line(cli, tmp_path):
    write(tmp_path / "team.toml", '[[substitution]]\nwrong = "甲"\nright = "乙"\n')
    write(tmp_path / "checker.toml", '[data]\nhouse_style = ["team.toml"]\n')
    write(tmp_path / "a.txt", "甲\n")
    result = cli(["a.txt"], cwd=tmp_path)
    assert result.code == 2
    assert "team.toml:1: entry 1 of [[substitution]] has no 'reason'" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_run_leaves_the_garbage_collector_as_it_found_it(cli, tmp_path):
    """A check tunes the collector for itself; a program calling main() gets it back unchanged."""
    import gc

    write(tmp_path / "draft.txt", "同志们：今天召开会议,研究部署工作。\n")
    before = gc.get_threshold()
    gc.set_threshold(1234, 11, 12)
    try:
        result = cli(["draft.txt", "--format", "concise"], cwd=tmp_path)
        assert result.code == 1 and "PU001" in result.out
        assert gc.get_threshold() == (1234, 11, 12)
        assert gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize("output", [["--format", "json"], ["--format", "sarif"], ["--no-color"]])
def test_a_report_in_a_c_locale_is_utf8_not_a_traceback(tmp_path, output):
    """A CI runner or a hook may run with LC_ALL=C and no UTF-8 coercion: stdout is ASCII."""
    write(tmp_path / "a.txt", "同志们：\n今天召开XX会议，我们我们要抓好落实。\n")
    result = run_subprocess([*output, "a.txt"], cwd=tmp_path,
                            env={"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"})
    assert result.code == 1 and "Traceback" not in result.err
    assert "我们我们" in result.out
    if output[-1] in ("json", "sarif"):
        json.loads(result.out)
