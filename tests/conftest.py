"""Shared fixtures: run the CLI in-process or as a subprocess, and make project directories."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.cli import main

# Runs in the suite, in-process or not, keep their compiled-pattern cache here and never in the
# user's own cache directory.
_PATTERN_CACHE = tempfile.TemporaryDirectory(prefix="checker-test-cache-")
os.environ["CHECKER_CACHE_DIR"] = _PATTERN_CACHE.name

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsysbinary, monkeypatch):
    """Run ``checker`` in-process: ``cli(args, cwd=..., stdin=b"...")`` → Result."""

    def run(args, cwd: Path | None = None, stdin: bytes | None = None) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        if stdin is not None:
            import io

            fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", fake)
        capsysbinary.readouterr()
        code = main([str(a) for a in args])
        captured = capsysbinary.readouterr()
        return Result(code, captured.out.decode("utf-8"), captured.err.decode("utf-8"))

    return run


def run_subprocess(args, cwd: Path | None = None, stdin: bytes | None = None, env=None) -> Result:
    full_env = dict(os.environ)
    full_env.pop("FORCE_COLOR", None)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "checker", *[str(a) for a in args]],
        cwd=cwd, input=stdin, capture_output=True, env=full_env, timeout=120,
    )
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


@pytest.fixture
def project(tmp_path):
    """A directory with a config that loads the sample plugin and selects only its rules."""
    (tmp_path / "sample_plugin.py").write_text((DATA / "sample_plugin.py").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "checker.toml").write_text(
        'plugins = ["sample_plugin.py"]\nselect = ["ZZ001", "ZZ002"]\n', encoding="utf-8"
    )
    return tmp_path


@pytest.fixture
def sent(monkeypatch):
    """The batches of files a parallel run sends to its workers."""
    from concurrent.futures import ProcessPoolExecutor

    batches: list[list[str]] = []
    original = ProcessPoolExecutor.submit

    def submit(self, function, *args, **kwargs):
        batches.append([Path(p).name for p in args[0]])
        return original(self, function, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    return batches
