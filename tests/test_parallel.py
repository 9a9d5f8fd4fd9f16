"""How many processes a run uses: one for a hook's few files, one per CPU for an archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import runner

PARAGRAPH = "会议指出,要抓好落实。XX同志作了讲话。\n"


def _files(folder: Path, count: int, size: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = (PARAGRAPH * (size // len(PARAGRAPH.encode()) + 1)).encode()[:size].decode(errors="ignore").encode()
    paths = []
    for number in range(count):
        path = folder / f"draft{number:03d}.txt"
        path.write_bytes(text)
        paths.append(path)
    return paths


@pytest.fixture
def four_cpus(monkeypatch):
    monkeypatch.setattr(runner, "usable_cpus", lambda: 4)


MB = 1024 * 1024


@pytest.mark.parametrize("count, size, expected", [
    (40, MB // 40 + 64, 4),       # a megabyte in forty files: one process per CPU
    (40, MB // 50, 1),            # under a megabyte: workers would not pay for their start
    (15, MB, 1),                  # too few files to share out
    (20, MB // 10, 2),            # two megabytes in twenty files: eight files a worker at least
])
def test_a_run_is_shared_out_only_when_it_is_big_enough(tmp_path, four_cpus, monkeypatch, count, size, expected):
    monkeypatch.setattr(runner, "PARALLEL_FROM_BYTES", MB)
    assert runner.auto_jobs(_files(tmp_path, count, size)) == expected


def test_one_cpu_means_one_process_and_missing_files_are_passed_over(tmp_path, four_cpus, monkeypatch):
    monkeypatch.setattr(runner, "PARALLEL_FROM_BYTES", MB)
    paths = _files(tmp_path, 40, MB // 30)
    paths[0].unlink()
    assert runner.auto_jobs(paths) == 4
    monkeypatch.setattr(runner, "usable_cpus", lambda: 1)
    assert runner.auto_jobs(paths) == 1


def test_usable_cpus_are_those_this_process_may_run_on(monkeypatch):
    import os

    assert 1 <= runner.usable_cpus() <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3})  # a container's CPU set
        assert runner.usable_cpus() == 2
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set())
        assert runner.usable_cpus() == 1
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert runner.usable_cpus() == 1


def test_the_default_shares_a_big_run_out_and_jobs_one_keeps_it_in_one_process(cli, tmp_path, four_cpus,
                                                                              monkeypatch, sent):
    monkeypatch.setattr(runner, "PARALLEL_FROM_BYTES", 64 * 1024)
    _files(tmp_path / "drafts", 40, 2 * 1024)
    args = ["--format", "json", "--no-cache", "--no-progress", "drafts"]
    shared = cli(args, cwd=tmp_path)
    assert shared.code == 1 and sum(map(len, sent)) == 40
    sent.clear()
    alone = cli([*args, "-j", "1"], cwd=tmp_path)
    assert sent == [] and alone.out == shared.out
    _files(tmp_path / "small", 40, 1024)
    assert cli([*args[:-1], "small"], cwd=tmp_path).code == 1 and sent == []
    (tmp_path / "checker.toml").write_text("jobs = 1\n", encoding="utf-8")
    assert cli(args, cwd=tmp_path).out == shared.out and sent == []
