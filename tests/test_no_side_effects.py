"""A check touches nothing but what it reads: no network, and no file written but its own caches
of compiled patterns and of findings (none at all with ``--no-cache``).

The run is watched from inside the interpreter with an audit hook (PEP 578), which sees every
socket call and every file opened for writing, whichever library makes it — the word
segmenter included, which by itself would write a cache file into the temp directory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WATCH = r'''
import json, os, sys
events = []
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append([event, repr(args)[:120]])
    elif event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(m in mode for m in "wax+")) or (flags or 0) & WRITE
        if writing and not isinstance(path, int):
            events.append([event, str(path)])
    elif event in ("os.rename", "os.replace", "os.remove", "os.mkdir", "shutil.copyfile", "os.truncate"):
        events.append([event, repr(args)[:160]])

sys.addaudithook(hook)
from checker.cli import main
code = main(sys.argv[1:])
sys.stderr.write("\nAUDIT " + json.dumps(events) + "\n")
sys.exit(code)
'''


def audited(args, cwd, cache_dir=None):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    if cache_dir is not None:
        env["CHECKER_CACHE_DIR"] = str(cache_dir)
    proc = subprocess.run([sys.executable, "-c", WATCH, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)
    line = next(l for l in proc.stderr.splitlines() if l.startswith("AUDIT "))
    return proc.returncode, proc.stdout, json.loads(line[len("AUDIT "):])


def drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    shutil.copy(ROOT / "fixtures" / "defects" / "01_template_speech.txt", folder / "speech.txt")
    shutil.copy(ROOT / "fixtures" / "clean" / "03_report.md", folder / "report.md")
    # A doubled word, for the typo rules.
    (folder / "doubled.txt").write_text("我们要实现了实现省级文明单位三连冠的目标。\n", encoding="utf-8")
    return folder


def test_a_strict_run_over_drafts_opens_no_socket_and_writes_no_file(tmp_path):
    folder = drafts(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    code, out, events = audited(["--config", str(ROOT / "rulesets" / "strict.toml"), "--format", "json",
                                 "--no-progress", "--no-cache", str(folder)], tmp_path, tmp_path / "cache")
    assert code == 1
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "TY003" in rules
    assert events == []
    assert sorted(p.name for p in folder.iterdir()) == before
    assert not (tmp_path / "cache").exists()


def test_a_run_writes_only_its_caches_and_only_the_first_time(tmp_path):
    folder = drafts(tmp_path)
    cache = tmp_path / "cache"
    args = ["--format", "json", "--no-progress", str(folder)]
    code, out, first = audited(args, tmp_path, cache)
    assert code == 1
    assert not [e for e in first if e[0].startswith("socket.")]
    written = {Path(e[1]).resolve().parent for e in first if e[0] == "open"}
    assert written == {cache.resolve(), (cache / "results").resolve()}, first
    # Patterns, facts read off them, and the findings of the one folder: each through a
    # temporary file (os.replace).
    assert [e[0] for e in first if e[0] not in ("open", "os.mkdir")] == ["os.rename"] * 3, first
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["facts", "patterns", "results"]
    assert len(list((cache / "results").glob("*.marshal"))) == 1
    # The second run finds every pattern and every file's findings in the caches: it writes
    # nothing at all, and reports what the first run did.
    _, again, second = audited(args, tmp_path, cache)
    assert second == []
    assert again == out


def test_fix_writes_only_the_fixed_file_and_output_only_where_named(tmp_path):
    folder = drafts(tmp_path)
    report = tmp_path / "report.sarif"
    code, _, events = audited(["--fix", "--format", "sarif", "--output", str(report), "--no-progress",
                               "--no-cache", str(folder / "speech.txt")], tmp_path)
    assert code == 1 and report.is_file()
    assert not [e for e in events if e[0].startswith("socket.")]
    # The fixed draft and the report each go through a temporary file beside them, renamed over.
    opened = [Path(e[1]) for e in events if e[0] == "open"]
    assert sorted(p.name.split(".")[1] + "." + p.name.split(".")[2] for p in opened) == [
        "report.sarif", "speech.txt"], events
    assert all(p.resolve().parent in (folder.resolve(), tmp_path.resolve()) for p in opened)
    assert [e[0] for e in events if e[0] != "open"] == ["os.rename", "os.rename"], events
