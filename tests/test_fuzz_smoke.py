"""A short atheris run over readers, the document model and every rule (the long run is manual)."""

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).parent / "fuzz" / "fuzz_checker.py"
CORPUS = Path(__file__).parent / "fuzz" / "corpus"


def test_fuzz_smoke_run_finds_no_crash(tmp_path):
    work = tmp_path / "corpus"
    work.mkdir()
    for seed in CORPUS.iterdir():
        (work / seed.name).write_bytes(seed.read_bytes())
    proc = subprocess.run(
        [sys.executable, str(HARNESS), str(work), "-runs=400", "-max_len=512", "-seed=1"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Done 400 runs" in proc.stderr
