"""Performance figures for checker, and for AutoCorrect and zhlint when they are installed.

    python benchmarks/run.py            # full run: 1, 10 and 50 MB corpora
    python benchmarks/run.py --quick    # a small corpus, for a smoke test

It prints a table and always exits 0: it measures, it does not judge. The corpus is built from
the drafts in fixtures/ (and ../shared/seeds when present), repeated, in the system temporary
directory (``--corpus DIR`` to choose): inside a git checkout it would be skipped as ignored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(tempfile.gettempdir()) / "checker-benchmark-corpus"


def source_drafts() -> list[bytes]:
    paths = sorted(ROOT.glob("fixtures/**/*.txt")) + sorted(ROOT.glob("fixtures/**/*.md"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.glob("*.txt"))
    drafts = []
    for path in paths:
        data = path.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        drafts.append(data)
    return drafts or ["同志们：今天召开XX会议,研究部署下一步工作。\n".encode() * 200]


def startup_draft() -> Path:
    """The draft start-up is timed on: the first seed draft when the seeds are at hand (the
    figure peers are compared on), else the first draft of a small corpus."""
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return seeds[0] if seeds else sorted(build_corpus(0.01).iterdir())[0]


def build_corpus(size_mb: float, suffix: str = ".txt") -> Path:
    """A directory of draft files adding up to about ``size_mb`` megabytes."""
    target = CORPUS / f"{size_mb:g}mb{suffix.replace('.', '_')}"
    want = int(size_mb * 1024 * 1024)
    if target.is_dir():
        have = sum(p.stat().st_size for p in target.iterdir())
        if abs(have - want) < 64 * 1024:
            return target
        shutil.rmtree(target)
    target.mkdir(parents=True)
    drafts = source_drafts()
    total = 0
    index = 0
    while total < want:
        data = drafts[index % len(drafts)]
        (target / f"draft{index:06d}{suffix}").write_bytes(data)
        total += len(data)
        index += 1
    return target


def corpus_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(command: list[str], repeat: int = 1, cwd: Path | None = None, before=None) -> tuple[float, int]:
    """Best wall time over ``repeat`` runs, and the peak RSS (KiB) of the child.

    A run that exits with a code other than 0 or 1 (findings) did not measure anything: it is
    reported as an error instead of as a suspiciously fast figure.
    """
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)\n"
    )
    times, peak = [], 0
    for _ in range(repeat):
        if before is not None:
            before()
        out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True,
                             cwd=cwd).stdout.split()
        if int(out[2]) not in (0, 1):
            raise RuntimeError(f"{' '.join(command[:3])}… exited with {out[2]}")
        times.append(float(out[0]))
        peak = max(peak, int(out[1]))
    return min(times), peak


def forget_findings() -> None:
    """Empty the cache of findings of unchanged files, so that the next run checks every file
    (the compiled patterns stay: a user's are there after the first run)."""
    for path in (Path(os.environ["CHECKER_CACHE_DIR"]) / "results").glob("*.marshal"):
        path.unlink()


def with_some_files_changed(directory: Path, every: int, command: list[str]) -> tuple[float, int]:
    """Time ``command`` after one file in ``every`` got a line more; the files are put back."""
    changed = sorted(directory.iterdir())[::every]
    originals = {path: path.read_bytes() for path in changed}
    try:
        for path, data in originals.items():
            path.write_bytes(data + "\n会议要求，抓好落实。\n".encode())
        return timed(command)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)


def files_checked(directory: Path) -> int:
    """How many files the checker reads in ``directory`` (a check that the corpus is seen)."""
    out = subprocess.run(checker_command("--format", "json", "--no-progress", "--select", "PU007", str(directory)),
                         capture_output=True, text=True).stdout
    return json.loads(out)["summary"]["files"]


def checker_command(*args: str) -> list[str]:
    exe = shutil.which("checker") or ""
    return [exe, *args] if exe else [sys.executable, "-m", "checker", *args]


def peer_run(name: str, command: list[str], target: Path, repeat: int = 1) -> tuple[float, int]:
    """Time a peer on a file or directory; zhlint takes only relative paths and glob patterns."""
    if name == "zhlint":
        pattern = f"{target.name}/*.txt" if target.is_dir() else target.name
        return timed(command + [pattern], repeat, cwd=target.parent)
    return timed(command + [str(target)], repeat)


def peer_commands() -> dict[str, list[str]]:
    found = {}
    bins = [ROOT / "node_modules" / ".bin", ROOT.parent / "node_modules" / ".bin"]
    for name, args in (("autocorrect", ["--lint"]), ("zhlint", [])):
        exe = shutil.which(name) or next((str(b / name) for b in bins if (b / name).exists()), None)
        if exe:
            found[name] = [exe, *args]
    return found


def per_rule_profile(directory: Path, limit_bytes: int = 2 * 1024 * 1024) -> tuple[list, list]:
    """Seconds per MB each enabled rule spends on (part of) the corpus, in-process, and what
    each family of rules costs on documents it sees fresh.

    Rules of a family share analyses cached per document (the AD layout, the NU outline);
    in the per-rule figures such an analysis is charged to the first rule that asks for it,
    as it is in a real run. The family figures include the engine's own work on findings.
    """
    sys.path.insert(0, str(ROOT / "src"))
    from checker.testing import make_engine, read_text

    texts, size = [], 0
    for path in sorted(directory.iterdir()):
        if size > limit_bytes:
            break
        text = path.read_text(encoding="utf-8")
        texts.append((text, path.name))
        size += len(text.encode())
    mb = size / 1024 / 1024
    engine = make_engine()
    for text, name in texts[:3]:  # data loaded and patterns compiled: not part of the figures
        engine.check(read_text(text, name))
    documents = [read_text(text, name) for text, name in texts]
    spent = []
    for rule in engine.rules:
        engine.context.rule = rule
        start = time.perf_counter()
        for document in documents:
            for _ in rule.check(document, engine.context) or ():
                pass
        spent.append((rule.id, (time.perf_counter() - start) / mb))
    families = []
    for prefix in sorted({rule.prefix for rule in engine.rules}):
        family = make_engine(select=[prefix])
        fresh = [read_text(text, name) for text, name in texts]
        family.check(fresh[0])
        start = time.perf_counter()
        for document in fresh[1:]:
            family.check(document)
        families.append((prefix, (time.perf_counter() - start) / mb))
    return sorted(spent, key=lambda x: -x[1]), sorted(families, key=lambda x: -x[1])


def main() -> int:
    global CORPUS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one small corpus, few repeats")
    parser.add_argument("--corpus", type=Path, help=f"where to build the corpus (default {CORPUS})")
    args = parser.parse_args()
    CORPUS = args.corpus or CORPUS
    sizes = [0.2] if args.quick else [1, 10, 50]
    rows: list[tuple[str, str]] = []

    # A cache of compiled patterns of its own, warmed by one run, as a user's is after the first.
    # Every figure but those said to be "unchanged" is of a run that checks every file: the
    # findings of unchanged files are forgotten before it.
    os.environ["CHECKER_CACHE_DIR"] = str(CORPUS.parent / "checker-benchmark-cache")
    repeat = 1 if args.quick else 5
    first = startup_draft()
    timed(checker_command("--no-color", str(first)))
    startup, _ = timed(checker_command("--no-color", str(first)), repeat, before=forget_findings)
    rows.append((f"start-up, one draft ({first.stat().st_size / 1024:.1f} KB)", f"{startup * 1000:.0f} ms"))
    cold, _ = timed(checker_command("--no-color", "--no-cache", str(first)), repeat)
    rows.append(("  the same, --no-cache (patterns compiled)", f"{cold * 1000:.0f} ms"))
    timed(checker_command("--no-color", str(first)))
    unchanged, _ = timed(checker_command("--no-color", str(first)), repeat)
    rows.append(("  the same, draft unchanged since the last run", f"{unchanged * 1000:.0f} ms"))
    peers = peer_commands()
    for name, command in peers.items():
        peer_time, _ = peer_run(name, command, first, repeat=repeat)
        rows.append((f"  {name}, same draft", f"{peer_time * 1000:.0f} ms  (checker/{name} = {startup / peer_time:.2f}×)"))

    for size in sizes:
        directory = build_corpus(size)
        total = corpus_bytes(directory)
        count = sum(1 for _ in directory.iterdir())
        if files_checked(directory) != count:
            raise RuntimeError(f"the checker does not see all {count} files of {directory}")
        whole = checker_command("--format", "json", "--no-progress", "-j", "1", str(directory))
        seconds, peak = timed(whole, before=forget_findings)
        mbps = total / 1024 / 1024 / seconds
        rows.append((f"throughput -j1, {total / 1024 / 1024:.1f} MB", f"{mbps:.2f} MB/s, peak RSS {peak / 1024:.0f} MB"))
        if size == sizes[0]:  # the report people read: the default format, plain and in colour
            terminal = checker_command("--no-progress", "-j", "1", str(directory))
            plain, _ = timed(terminal, before=forget_findings)
            before = os.environ.get("FORCE_COLOR")
            os.environ["FORCE_COLOR"] = "1"
            try:
                colour, _ = timed(terminal, before=forget_findings)
            finally:
                if before is None:
                    del os.environ["FORCE_COLOR"]
                else:
                    os.environ["FORCE_COLOR"] = before
            rows.append(("  the same, terminal report (default format)",
                         f"{total / 1024 / 1024 / plain:.2f} MB/s; in colour {total / 1024 / 1024 / colour:.2f} MB/s"))
        if size == sizes[min(1, len(sizes) - 1)]:
            seconds2, peak2 = timed(checker_command("--format", "json", "--no-progress", "-j", "2", str(directory)),
                                    before=forget_findings)
            rows.append((f"throughput -j2, {total / 1024 / 1024:.1f} MB",
                         f"{total / 1024 / 1024 / seconds2:.2f} MB/s (speed-up {seconds / seconds2:.2f}×)"))
            timed(whole)  # the findings of every file, kept
            again, again_peak = timed(whole)
            rows.append(("  again, no file changed",
                         f"{again:.2f} s, {total / 1024 / 1024 / again:.2f} MB/s, peak RSS {again_peak / 1024:.0f} MB"))
            some, _ = with_some_files_changed(directory, 100, whole)
            rows.append(("  again, one file in 100 changed", f"{some:.2f} s, {total / 1024 / 1024 / some:.2f} MB/s"))
            forget_findings()
            for name, command in peers.items():
                peer_seconds, peer_peak = peer_run(name, command, directory)
                peer_mbps = total / 1024 / 1024 / peer_seconds
                rows.append((f"  {name}, same corpus",
                             f"{peer_mbps:.2f} MB/s, peak RSS {peer_peak / 1024:.0f} MB (checker/{name} = {mbps / peer_mbps:.2f}×)"))

    profile, families = per_rule_profile(build_corpus(sizes[0]))
    width = max(len(label) for label, _ in rows)
    print("checker benchmarks (default ruleset)")
    print("-" * (width + 40))
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print("\nper-family cost on fresh documents, seconds per MB (slowest first):")
    for prefix, seconds in families:
        print(f"  {prefix:<7} {seconds:8.4f}")
    print("\nper-rule cost, seconds per MB (a shared analysis is charged to the first rule using it):")
    for rule_id, seconds in profile:
        print(f"  {rule_id:<7} {seconds:8.4f}")
    if not peers:
        print("\n(autocorrect / zhlint not found: `npm i autocorrect-node zhlint` to compare)")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except Exception as error:  # a benchmark reports, it never fails a pipeline
        print(f"benchmark error: {type(error).__name__}: {error}")
        raise SystemExit(0)
