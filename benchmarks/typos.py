"""Throughput of the typo rules' scans, in MB of UTF-8 text per second.

    python benchmarks/typos.py            # about 8 MB of drafts
    python benchmarks/typos.py --mb 2

The text is the project's own drafts (fixtures/, and ../shared/seeds when present) repeated.
It measures, it does not judge: it always exits 0. Figures are for one process, one core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from checker.testing import check_text, make_engine, read_text

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float) -> str:
    paths = sorted(ROOT.glob("fixtures/**/*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.glob("*.txt"))
    drafts = []
    for path in paths:
        try:
            drafts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    base = "\n".join(drafts)
    want = int(megabytes * 1024 * 1024)
    return (base * (want // max(1, len(base.encode())) + 1))[: want // 3]


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", type=float, default=8.0, help="corpus size in MB (default 8)")
    args = parser.parse_args(argv)
    text = corpus(args.mb)
    size = len(text.encode("utf-8")) / 1e6
    doc = read_text(text)
    print(f"corpus: {size:.1f} MB, {len(text):,} characters")

    check_text("预热", select=["TY001", "TY002", "TY004", "TY005"])  # build every table once
    rows = []
    for rule_id in ("TY001", "TY002", "TY004", "TY005"):
        engine = make_engine(select=[rule_id])
        engine.check(read_text("预热"))
        rule = engine.rules[0]
        context = engine.context
        context.rule = rule

        def run(rule=rule, context=context):
            return list(rule.check(doc, context))

        seconds = best_of(3, run)
        rows.append((rule_id, rule.name, len(run()), seconds))
    print(f"{'rule':6} {'name':24} {'findings':>9} {'seconds':>8} {'MB/s':>8}")
    for rule_id, name, count, seconds in rows:
        print(f"{rule_id:6} {name:24} {count:9,} {seconds:8.3f} {size / seconds:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
