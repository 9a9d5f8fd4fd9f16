"""Command line: ``checker [PATH ...]`` and the ``rules``, ``explain``, ``plugins``, ``cache`` commands.

Exit codes: 0 nothing at or above ``fail-on``; 1 findings; 2 usage, config or input error.
A user mistake is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from . import __version__
from .errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, CheckerError

if TYPE_CHECKING:
    from .formats import FileReport

SUBCOMMANDS = ("rules", "explain", "plugins", "cache", "lsp")


class ArgumentParser(argparse.ArgumentParser):
    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _help_formatter)
        super().__init__(**kwargs)

    def error(self, message: str) -> None:  # one line, exit 2, like every other user error
        raise CheckerError(f"{message} (see 'checker --help')")


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's formatter told the width, which it would otherwise ask ``shutil`` for,
    importing it (and with it bz2 and lzma) on every run just to validate the arguments."""
    try:
        columns = int(os.environ.get("COLUMNS", 0)) or os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 80
    return argparse.HelpFormatter(prog, width=columns - 2)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="checker",
        description="Check Chinese drafts for template leftovers, placeholders, numbering, "
        "punctuation and typos. Subcommands: rules, explain ID, plugins, cache, lsp.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories ('-' for stdin); default '.'")
    parser.add_argument("--format", "-f", default="terminal", help="terminal (default), concise, json, sarif, github, html, or a plugin's format")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--config", metavar="FILE", help="use this config file for every checked file")
    parser.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to run (replaces the config's)")
    parser.add_argument("--extend-select", metavar="IDS", help="rule ids or prefixes to run in addition")
    parser.add_argument("--ignore", metavar="IDS", help="rule ids or prefixes not to run")
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"), help="lowest severity that makes the exit code 1")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    parser.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, apply unsafe fixes too")
    parser.add_argument("--diff", action="store_true", help="show what --fix would change; write nothing")
    parser.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    parser.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE")
    parser.add_argument("--statistics", action="store_true", help="count findings per rule")
    parser.add_argument("--quiet", "-q", action="store_true", help="one line per finding, no summary")
    parser.add_argument("--no-color", action="store_true", help="no colours (also when NO_COLOR is set or output is not a terminal)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--jobs", "-j", type=int, metavar="N",
                        help="check N files in parallel (0: one per CPU; default: one per CPU for "
                             "more than 1 MB of drafts, else 1)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the caches (compiled patterns, findings of unchanged files)")
    parser.add_argument("--stdin-filename", metavar="NAME", help="name (and so reader) for text read from stdin")
    parser.add_argument("--strict-plugins", action="store_true", help="exit 2 when a plugin fails to load or a rule raises")
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    try:
        if argv and argv[0] in SUBCOMMANDS:
            from . import commands

            return commands.run(argv[0], argv[1:])
        args = build_parser().parse_args(argv)
        return run_check(args)
    except CheckerError as error:
        _stderr(f"checker: {error}")
        return error.exit_code
    except KeyboardInterrupt:
        _stderr("checker: interrupted")
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return EXIT_FINDINGS


def _utf8_streams() -> None:
    """Reports and messages go out in UTF-8 whatever the locale says, as the checker's files do:
    JSON and SARIF are UTF-8 by definition, and a pipe in a C locale (a CI runner, a hook with
    a bare environment) must get the report, not a UnicodeEncodeError. Messages that cannot be
    written otherwise are escaped rather than lost."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):
                pass  # a stream already written to, or closed: leave it as it is


def _stderr(message: str) -> None:
    try:
        print(message, file=sys.stderr)
    except (OSError, ValueError):
        pass


def _ids(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


@dataclass(eq=False)
class Settings:
    """Command-line settings that workers need (picklable)."""

    config: str | None
    select: list[str] | None
    extend_select: list[str] | None
    ignore: list[str] | None
    fix: bool
    diff: bool
    unsafe: bool
    stdin_filename: str | None = None
    cache: bool = True  # use the caches (see checker.pattern_cache and checker.result_cache)
    cwd: str = field(default_factory=os.getcwd)


# A check makes hundreds of thousands of short-lived objects (matches, hits, findings) and few
# reference cycles. With Python's default threshold (700) the collector ran every few lines of
# a draft and each time looked again at the plugins' long-lived objects: 3 % of a run. Those
# are frozen once loaded (see _run), and collections come less often.
GC_THRESHOLD = (50_000, 20, 20)
# As the process ends, Python collects once more, over every object still alive: the modules
# and plugins too, some 10 ms. Frozen objects are left out, and the process frees them anyway.
atexit.register(gc.freeze)


def run_check(args: argparse.Namespace) -> int:
    from . import pattern_cache

    if args.unsafe_fixes and not (args.fix or args.diff):
        raise CheckerError("--unsafe-fixes needs --fix or --diff")
    if args.fix and args.diff:
        raise CheckerError("use either --fix or --diff, not both")
    settings = Settings(
        config=str(Path(args.config).resolve()) if args.config else None,
        select=_ids(args.select), extend_select=_ids(args.extend_select), ignore=_ids(args.ignore),
        fix=args.fix, diff=args.diff, unsafe=args.unsafe_fixes, stdin_filename=args.stdin_filename,
        cache=not args.no_cache,
    )
    if settings.cache:
        pattern_cache.activate()
    threshold = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        return _run(args, settings)
    finally:
        pattern_cache.save_active()
        gc.unfreeze()
        gc.set_threshold(*threshold)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from .formats import Report, stream_output
    from .runner import Runner

    runner = Runner(settings)
    base_config = runner.config_for(Path.cwd())
    formatters = runner.host_for(base_config).formatters()  # no rules at all: an error, before any output
    gc.freeze()  # modules, plugins and rules live as long as the run: no collection looks at them again
    if args.format not in formatters:
        raise CheckerError(f"unknown format '{args.format}' (available: {', '.join(sorted(formatters))})")
    paths = args.paths or ["."]
    if "-" in paths and len(paths) > 1:
        raise CheckerError("'-' (stdin) cannot be combined with other paths")

    outcome = Outcome()
    if paths == ["-"]:
        reports: Iterable[FileReport] = [runner.check_stdin(sys.stdin.buffer.read())]
        if args.fix and reports[0].error is None:
            sys.stdout.buffer.write(runner.stdin_fixed)
            sys.stdout.flush()
            outcome.add(reports[0])
            return _exit_code(outcome, runner, args, base_config)
    else:
        found = runner.discover(paths, base_config)
        jobs = args.jobs if args.jobs is not None else base_config.jobs
        if jobs is None:
            from .runner import auto_jobs

            jobs = auto_jobs(found)
        elif jobs == 0:
            from .runner import usable_cpus

            jobs = usable_cpus()
        show_progress = (
            not args.no_progress and sys.stderr.isatty() and len(found) > 20 and not args.quiet
        )
        reports = runner.iter_files(found, jobs=jobs, progress=show_progress)

    color = (
        not args.no_color and not args.output and "NO_COLOR" not in os.environ
        and (sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR")))
    )
    report = Report(
        files=[],
        rules=[],
        version=__version__,
        options={"color": color, "statistics": args.statistics, "quiet": args.quiet,
                 "width": _terminal_width() if color else 120},
    )
    baseline = None
    if args.baseline:
        from .suppress import Baseline

        baseline = Baseline.load(Path(args.baseline))
    recorded: list[tuple[str, list]] | None = [] if args.write_baseline else None

    def checked() -> Iterator[FileReport]:
        """Each file's report as it is checked; the run's rules and warnings once all are."""
        for file in reports:
            if baseline is not None:
                file.findings = baseline.filter(file.path, file.findings)
            if recorded is not None:
                recorded.append((file.path, file.findings))
            outcome.add(file)
            yield file
        report.rules = runner.rules_run()
        report.warnings = runner.warnings()

    if args.diff:
        for _ in checked():
            pass
        _write_baseline(args, recorded)
        text = "".join(runner.diffs)
        _emit([text], args.output)
        return EXIT_FINDINGS if text else EXIT_OK

    _emit(stream_output(formatters[args.format], checked(), report), args.output)
    runner.save_results()
    _write_baseline(args, recorded)
    if args.format != "terminal":
        for warning in report.warnings:
            _stderr(f"checker: warning: {warning}")
    return _exit_code(outcome, runner, args, base_config)


class Outcome:
    """What the exit code depends on, kept while the reports stream by."""

    def __init__(self) -> None:
        from .finding import SEVERITY_RANK

        self.rank = SEVERITY_RANK
        self.unreadable = False
        self.worst = -1

    def add(self, file: FileReport) -> None:
        self.unreadable = self.unreadable or bool(file.error)
        for finding in file.findings:
            self.worst = max(self.worst, self.rank[finding.severity])


def _write_baseline(args: argparse.Namespace, recorded: list | None) -> None:
    if recorded is None:
        return
    from .suppress import Baseline

    count = Baseline.write(Path(args.write_baseline), recorded)
    _stderr(f"checker: wrote {count} findings to baseline {args.write_baseline}")


def _terminal_width() -> int:
    try:
        return max(60, min(os.get_terminal_size().columns, 160))
    except OSError:
        return 100


def _emit(pieces: Iterable[str], output: str | None) -> None:
    """Write the report as it comes: to stdout, or to ``output`` through a temporary file that
    replaces it only once the report is complete."""
    if output:
        from .fixes import atomic_writer

        with atomic_writer(Path(output)) as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8"))
    else:
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()


def _exit_code(outcome: Outcome, runner, args, base_config) -> int:
    from .finding import SEVERITY_RANK

    if outcome.unreadable:
        return EXIT_USAGE
    if args.strict_plugins and (runner.failures() or runner.load_warnings()):
        return EXIT_USAGE
    if args.exit_zero:
        return EXIT_OK
    fail_on = args.fail_on or base_config.fail_on
    if fail_on == "never":
        return EXIT_OK
    return EXIT_FINDINGS if outcome.worst >= SEVERITY_RANK[fail_on] else EXIT_OK
