"""The benchmark script runs after install and prints its figures (a smoke run on a tiny corpus)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from checker.testing import default_host

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmark_prints_every_figure(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--corpus", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0
    out = proc.stdout
    assert "benchmark error" not in out, out
    assert re.search(r"start-up, one draft .* \d+ ms", out)
    assert re.search(r"the same, --no-cache \(patterns compiled\) +\d+ ms", out)
    assert re.search(r"throughput -j1, 0\.\d MB +\d+\.\d\d MB/s, peak RSS \d+ MB", out)
    assert re.search(r"throughput -j2, .* \(speed-up \d\.\d\d×\)", out)
    assert re.search(r"the same, draft unchanged since the last run +\d+ ms", out)
    assert re.search(r"the same, terminal report \(default format\) +\d+\.\d\d MB/s; in colour \d+\.\d\d MB/s", out)
    assert re.search(r"again, no file changed +\d+\.\d\d s, \d+\.\d\d MB/s", out)
    assert re.search(r"again, one file in 100 changed +\d+\.\d\d s", out)
    corpus = [p for p in tmp_path.rglob("*.txt")]
    assert corpus and not [p for p in corpus if p.read_bytes().endswith("会议要求，抓好落实。\n".encode())]
    profiled = set(re.findall(r"^  ([A-Z]{2}\d{3}) +\d+\.\d{4}$", out, re.M))
    enabled = {rule_id for rule_id, rule in default_host().rules.items() if rule.default_enabled}
    assert enabled <= profiled
    families = set(re.findall(r"^  ([A-Z]{2}) +\d+\.\d{4}$", out, re.M))
    assert families == {rule_id[:2] for rule_id in enabled}
