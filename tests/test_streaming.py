"""Reports are written file by file: nothing of a checked file is kept once it is written."""

import gc
import json
import weakref

import pytest

from checker import runner as runner_module
from checker.formats import FileReport, Report, builtin_formatters
from checker.testing import make_engine, read_text

STREAMING = ["terminal", "concise", "json", "sarif", "github"]


def checked_reports(log):
    """Three files' reports, produced one at a time, logging when each is produced."""
    engine = make_engine(select=["PU003"])
    for name in ("a.txt", "b.txt", "c.txt"):
        log.append(f"checked {name}")
        document = read_text(f"{name}：会议，，研究工作。\n", name)
        yield FileReport(name, document, engine.check(document))


@pytest.mark.parametrize("name", STREAMING)
def test_a_file_is_written_before_the_next_is_checked(name):
    log = []
    report = Report(files=[], rules=[])
    for piece in builtin_formatters()[name].stream(checked_reports(log), report):
        log += [f"wrote {n}" for n in ("a.txt", "b.txt", "c.txt") if n in piece]
    assert log == ["checked a.txt", "wrote a.txt", "checked b.txt", "wrote b.txt", "checked c.txt",
                   "wrote c.txt"]


@pytest.mark.parametrize("name", STREAMING + ["html"])
def test_streamed_output_equals_the_rendered_report(name):
    streamed = "".join(builtin_formatters()[name].stream(checked_reports([]), Report(files=[], rules=[])))
    whole = builtin_formatters()[name].render(Report(files=list(checked_reports([])), rules=[]))
    assert streamed == whole


def test_json_summary_and_errors_follow_the_findings():
    reports = list(checked_reports([])) + [FileReport("broken.txt", None, [], error="cannot read")]
    text = builtin_formatters()["json"].render(Report(files=reports, rules=[]))
    data = json.loads(text)
    assert list(data) == ["version", "tool", "findings", "summary", "errors"]
    assert data["summary"] == {"files": 4, "findings": 3, "by_severity": {"error": 0, "warning": 3, "info": 0}}
    assert data["errors"] == [{"path": "broken.txt", "message": "cannot read"}]
    finding_lines = [line for line in text.splitlines() if '"rule": "PU003"' in line]
    assert len(finding_lines) == 3  # one line per finding
    assert all(json.loads(line.strip().rstrip(",")) for line in finding_lines)


def test_a_run_keeps_no_checked_document(cli, tmp_path, monkeypatch):
    for index in range(4):
        (tmp_path / f"{index}.txt").write_text("同志们：今天召开会议,研究工作。。\n" * 20, encoding="utf-8")
    alive = []
    check_path = runner_module.Runner.check_path

    def watched(self, path):
        gc.collect()
        alive.append(sum(ref() is not None for ref in documents))
        report = check_path(self, path)
        documents.append(weakref.ref(report.document))
        return report

    documents: list[weakref.ref] = []
    monkeypatch.setattr(runner_module.Runner, "check_path", watched)
    for format_name in ("json", "sarif", "terminal"):
        documents.clear()
        alive.clear()
        result = cli(["--format", format_name, "--no-progress", tmp_path], cwd=tmp_path)
        assert result.code == 1
        # While a file is checked, only the one before it may still be held (by the loop
        # that wrote it): memory does not grow with the number of files.
        assert alive == [0, 1, 1, 1], format_name
