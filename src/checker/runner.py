"""One run over many files: configs, plugin hosts and engines, reading, fixing, parallelism.

Configs are discovered per file (nearest ``checker.toml``), so one run can span projects with
different settings; hosts and engines are built once per distinct config and reused. With
``-j N`` files are checked in worker processes that build their own engines once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from . import pattern_cache, result_cache
from .config import Config, find_config_file, load_config
from .document import Document
from .engine import Engine, RuleFailure
from .errors import CheckerError
from .formats import FileReport
from .plugin_host import PluginHost
from .watchdog import handler_installed

if TYPE_CHECKING:
    from .cli import Settings


class Runner:
    def __init__(self, settings: "Settings") -> None:
        self.settings = settings
        self._hosts: dict[tuple, PluginHost] = {}
        self._engines: dict[int, Engine] = {}
        self._configs: dict[Path | str, Config] = {}  # by folder, as a Path and by name
        self.diffs: list[str] = []
        self.stdin_fixed: bytes = b""
        self._failures: list[RuleFailure] = []
        self.notes: list[str] = []  # things the user should know that are nobody's failure
        # Findings of unchanged files (see checker.result_cache); only a checking run uses it.
        self.results = result_cache.open_default() if settings.cache and not (settings.fix or settings.diff) else None
        self.kept: list[tuple] = []  # complete checks of this process, for the parent to store

    # --- configuration -------------------------------------------------------------------

    def config_for(self, path: Path) -> Config:
        if self.settings.config:
            return load_config(Path(self.settings.config))
        return self._config_in(path if path.is_dir() else path.parent)

    def config_for_file(self, path: Path) -> Config:
        """``config_for`` a path known to be a file: no stat() to ask, and the folders of a
        run's files are looked up by name (thousands of files share a few folders)."""
        if self.settings.config:
            return load_config(Path(self.settings.config))
        config = self._configs.get(os.path.dirname(path) or ".")
        return config if config is not None else self._config_in(path.parent)

    def _config_in(self, directory: Path) -> Config:
        if directory not in self._configs:
            resolved = directory.resolve()
            if resolved not in self._configs:
                self._configs[resolved] = load_config(find_config_file(resolved))
            self._configs[directory] = self._configs[os.fspath(directory) or "."] = self._configs[resolved]
        return self._configs[directory]

    def host_for(self, config: Config) -> PluginHost:
        key = tuple(config.plugins)
        if key not in self._hosts:
            host = PluginHost(local_files=config.plugins)
            if not host.rules:  # an empty report would read as a clean draft
                cause = host.warnings[0] if host.warnings else "no plugin was found"
                raise CheckerError(f"no rules to run: {cause}; is checker installed with its plugins "
                                   "(pip install .)?")
            self._hosts[key] = host
        return self._hosts[key]

    def engine_for(self, config: Config) -> Engine:
        key = id(config)
        if key not in self._engines:
            engine = Engine(self.host_for(config), config)
            s = self.settings
            if s.select or s.ignore or s.extend_select:
                engine.restrict(s.select, s.ignore, s.extend_select)
            self._engines[key] = engine
        return self._engines[key]

    def rules_run(self) -> list:
        seen = {}
        for engine in self._engines.values():
            for rule in engine.rules:
                seen[rule.id] = rule
        if not seen:  # nothing was checked: report the base configuration's rules
            engine = self.engine_for(self.config_for(Path.cwd()))
            seen = {r.id: r for r in engine.rules}
        return sorted(seen.values(), key=lambda r: r.id)

    def load_warnings(self) -> list[str]:
        return [w for host in self._hosts.values() for w in host.warnings]

    def failures(self) -> list[RuleFailure]:
        return self._failures + [f for e in self._engines.values() for f in e.failures]

    def warnings(self) -> list[str]:
        return list(dict.fromkeys(self.load_warnings() + [str(f) for f in self.failures()] + self.notes))

    # --- files ---------------------------------------------------------------------------

    def discover(self, paths: Iterable[str], base_config: Config) -> list[Path]:
        from .files import discover

        suffixes = self.host_for(base_config).readers().keys()
        found = discover(paths, suffixes, base_config.exclude, base_config.root)
        self.discovery_problems = found.problems
        return found.files

    def read(self, display: str, data: bytes, config: Config) -> Document:
        readers = self.host_for(config).readers()
        reader = readers.get(os.path.splitext(display)[1].lower()) or readers[".txt"]
        try:
            return reader.read(display, data)
        except CheckerError:
            raise
        except Exception as error:  # a reader plugin choking on a broken file
            raise CheckerError(f"{display}: cannot read as {reader.name}: {error}") from None

    def check_path(self, path: Path) -> FileReport:
        display = _display(path, self.settings.cwd)
        try:
            config = self.config_for_file(path)
            engine = self.engine_for(config)
        except CheckerError:
            raise
        try:
            data = path.read_bytes()
        except OSError as error:
            return FileReport(display, None, [], error=f"cannot read: {error.strerror or error}")
        try:
            document = self.read(display, data, config)
        except CheckerError as error:
            return FileReport(display, None, [], error=str(error).removeprefix(f"{display}: "))
        if not (self.settings.fix or self.settings.diff):
            if self.results is None:
                return FileReport(display, document.detached(), engine.check(document))
            return self._check_or_recall(path, display, data, document, engine)
        if not document.fixable:
            findings = engine.check(document)
            if any(f.fix for f in findings):
                self.notes.append(f"{display}: not changed; fixes are never written into this kind of "
                                  "file (the suggestions are in the report), make them by hand")
            return FileReport(display, document, findings)
        from .fixes import fix_document, unified_diff, write_fixed  # a checking run needs none

        outcome = fix_document(
            document, engine.check, lambda new: self.read(display, new, config), self.settings.unsafe,
        )
        if outcome.applied:
            if self.settings.diff:
                self.diffs.append(unified_diff(display, document.source.raw or document.text,
                                               outcome.document.source.raw or outcome.document.text))
            else:
                try:
                    write_fixed(path, data, outcome.data)
                except CheckerError as error:
                    return FileReport(display, document, engine.check(document), error=str(error))
        report = FileReport(display, outcome.document, outcome.findings)
        report.fixed = outcome.applied if not self.settings.diff else 0
        return report

    def _check_or_recall(self, path: Path, display: str, data: bytes, document: Document,
                         engine: Engine) -> FileReport:
        """The findings kept from an earlier run for these bytes, else a check whose complete
        result is kept for the next run."""
        assert self.results is not None
        absolute = os.path.abspath(path)
        file_digest = result_cache.digest(data)
        findings = self.results.lookup(engine, absolute, file_digest, display)
        if findings is None:
            failures = len(engine.failures)
            findings = engine.check(document)
            if len(engine.failures) == failures:  # a rule failed or timed out: check again next time
                entry = self.results.entry(engine, absolute, file_digest, findings)
                if entry is not None:
                    self.kept.append(entry)
        return FileReport(display, document.detached(), findings)

    def save_results(self) -> None:
        """Keep the complete checks of this run for the next one."""
        if self.results is not None:
            for entry in self.kept:
                self.results.store(entry)
            self.kept.clear()
            self.results.save()

    def check_stdin(self, data: bytes) -> FileReport:
        display = self.settings.stdin_filename or "<stdin>"
        config = self.config_for(Path(self.settings.stdin_filename or ".").resolve())
        engine = self.engine_for(config)
        try:
            document = self.read(display, data, config)
        except CheckerError as error:
            return FileReport(display, None, [], error=str(error).removeprefix(f"{display}: "))
        if self.settings.fix or self.settings.diff:
            from .fixes import fix_document, unified_diff

            outcome = fix_document(document, engine.check, lambda new: self.read(display, new, config),
                                   self.settings.unsafe)
            self.stdin_fixed = outcome.data
            if self.settings.diff and outcome.applied:
                self.diffs.append(unified_diff(display, document.source.raw or document.text,
                                               outcome.document.source.raw or outcome.document.text))
            return FileReport(display, outcome.document, outcome.findings)
        findings = engine.check(document)
        return FileReport(display, document.detached(), findings)

    def check_files(self, paths: list[Path], jobs: int = 1, progress: bool = False) -> list[FileReport]:
        return list(self.iter_files(paths, jobs, progress))

    def iter_files(self, paths: list[Path], jobs: int = 1, progress: bool = False) -> Iterator[FileReport]:
        """Each file's report as soon as it is checked, in the order of ``paths``.

        Nothing is kept here once a report is handed on, so the caller decides what a long
        run holds in memory (a streaming format holds nothing).
        """
        for problem in getattr(self, "discovery_problems", []):
            yield FileReport(problem.split(":", 1)[0], None, [], error=problem.split(": ", 1)[-1])
        if jobs > 1 and len(paths) > 1:
            yield from _progress(self._parallel(paths, jobs), progress, len(paths))
            return
        with handler_installed():  # for the rules' time budgets, once for the run
            for path in _progress(paths, progress):
                yield self.check_path(path)

    def _parallel(self, paths: list[Path], jobs: int) -> Iterator[FileReport]:
        """Reports in the order of ``paths``: files whose findings are kept are answered here,
        the others are checked by ``jobs`` worker processes, a batch of files per task."""
        import multiprocessing
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        size = max(1, min(64, len(paths) // (jobs * 4) or 1))
        window = jobs * size * 4  # reports waiting for an earlier one: bounded
        queue: deque = deque()  # a FileReport, or (batch, index) for a file sent to a worker
        batch: _Batch | None = None
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(self.settings,)) as pool:
            for path in paths:
                report = self._recall(path)
                if report is not None:
                    queue.append(report)
                else:
                    if batch is None:
                        batch = _Batch()
                    queue.append((batch, len(batch.paths)))
                    batch.paths.append(path)
                    if len(batch.paths) == size:
                        batch.submit(pool)
                        batch = None
                while queue and (len(queue) > window or _ready(queue[0])):
                    yield self._received(queue.popleft(), pool)
            while queue:
                yield self._received(queue.popleft(), pool)

    def _recall(self, path: Path) -> FileReport | None:
        """The report of a file whose findings are kept, made here; ``None`` for a worker."""
        if self.results is None:
            return None
        config = self.config_for_file(path)
        engine = self.engine_for(config)
        absolute = os.path.abspath(path)
        if not self.results.knows(engine, absolute):
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None  # the worker reports it
        display = _display(path, self.settings.cwd)
        findings = self.results.lookup(engine, absolute, result_cache.digest(data), display)
        if findings is None:
            return None
        try:
            document = self.read(display, data, config)
        except CheckerError:
            return None
        return FileReport(display, document.detached(), findings)

    def _received(self, item, pool) -> FileReport:
        """A report from the queue, once its worker has sent it."""
        if isinstance(item, FileReport):
            return item
        batch, index = item
        if batch.future is None:
            batch.submit(pool)
        path = batch.paths[index]
        report, diffs, failures, notes, kept = batch.future.result()[index]
        self.kept += kept
        self.diffs.extend(diffs)
        self.notes.extend(notes)
        self._failures.extend(failures)
        if report.document is not None or report.findings:
            rules = self.engine_for(self.config_for_file(path)).host.rules
            for finding in report.findings:
                finding.rule = rules[finding.rule]
        return report


class _Batch:
    """Files sent to one worker task together (one message each way instead of one per file)."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.future = None

    def submit(self, pool) -> None:
        self.future = pool.submit(_check_batch_in_worker, self.paths)


def _ready(item) -> bool:
    if isinstance(item, FileReport):
        return True
    future = item[0].future
    return future is not None and future.done()


# A worker process costs about a tenth of a second to start (its engine, word lists and
# patterns); under fork it is cheaper than under spawn, which imports everything anew.
PARALLEL_FROM_BYTES = (1 if hasattr(os, "fork") else 4) * 1024 * 1024
FILES_PER_WORKER = 8


def usable_cpus() -> int:
    """CPUs this process may run on (a container's CPU set, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def auto_jobs(paths: list[Path]) -> int:
    """Processes for a run with no ``-j`` and no ``jobs``: one per CPU for a run of more than a
    megabyte of drafts, where starting workers pays; one for a hook's few files."""
    cpus = usable_cpus()
    if cpus < 2 or len(paths) < 2 * FILES_PER_WORKER:
        return 1
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
        if total >= PARALLEL_FROM_BYTES:
            return max(1, min(cpus, len(paths) // FILES_PER_WORKER))
    return 1


def _display(path: Path, cwd: str) -> str:
    """The path as reports show it: relative to the working folder when inside it."""
    text = str(path)
    if path.is_absolute():
        if os.sep + "." not in text:  # nothing to normalise: a prefix test says what relpath would
            inside = cwd.rstrip(os.sep) + os.sep
            return text[len(inside):] if text.startswith(inside) else ("." if text == cwd else text)
        try:
            relative = os.path.relpath(path, cwd)
        except ValueError:
            return text
        return text if relative.startswith("..") else relative
    return text.removeprefix("./") if text != "./" else text


def _progress(items, enabled: bool, total: int | None = None):
    if not enabled:
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("checking", total=total if total is not None else len(items))
        for item in items:
            yield item
            bar.advance(task)


_WORKER: Runner | None = None


def _init_worker(settings: "Settings") -> None:
    global _WORKER
    if settings.cache and pattern_cache.active() is None:  # a spawned worker starts afresh
        pattern_cache.activate()
    _WORKER = Runner(settings)


def _check_batch_in_worker(paths: list[Path]) -> list:
    with handler_installed():
        return [_check_in_worker(path) for path in paths]


def _check_in_worker(path: Path):
    assert _WORKER is not None
    report = _WORKER.check_path(path)
    for finding in report.findings:
        finding.rule = finding.rule.id  # rules hold functions: send the id, the parent maps it back
    if report.document is not None:
        report.document = report.document.detached()
    diffs = list(_WORKER.diffs)
    _WORKER.diffs.clear()
    failures = [f for e in _WORKER._engines.values() for f in e.failures] + _WORKER._failures
    for e in _WORKER._engines.values():
        e.failures.clear()
    _WORKER._failures = []
    notes, _WORKER.notes = _WORKER.notes, []
    kept, _WORKER.kept = _WORKER.kept, []
    pattern_cache.save_active()  # a worker is ended without notice: keep what it compiled now
    return report, diffs, failures, notes, kept
