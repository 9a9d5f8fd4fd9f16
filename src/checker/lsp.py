"""``checker lsp``: a language server, so findings appear in the editor while a draft is written.

Diagnostics are published for open plain-text and Markdown drafts when they are opened, edited
(after a short pause) and saved; each finding with a fix offers a quick fix, and one action
applies every safe fix of the file. The same engine, readers and config discovery as the command
line are used (nearest ``checker.toml`` or ``pyproject.toml`` above the draft), so the editor and
CI agree. Saving a config, data or plugin file reloads the configuration.

Positions are sent in the encoding the client and server agreed on (UTF-16 unless the client
offers another), so a finding after an astral character (𠮷, an emoji) still lands on the right
characters. Needs the optional dependency pygls: ``pip install 'checker[lsp]'``.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from . import __version__
from .config import CONFIG_NAMES, Config, load_config
from .document import Document
from .errors import CheckerError
from .finding import Finding
from .fixes import choose_edits

DRAFT_SUFFIXES = {".txt": ".txt", ".text": ".txt", ".md": ".md", ".markdown": ".md"}
LANGUAGES = {"plaintext": ".txt", "markdown": ".md"}
DEBOUNCE_SECONDS = 0.3
SOURCE = "checker"
FIX_ALL_KIND = "source.fixAll.checker"

log = logging.getLogger("checker.lsp")


# --- the part that knows nothing of the protocol ---------------------------------------------


@dataclass(eq=False)
class Checked:
    """The last check of one open document: findings are valid for this ``version`` only."""

    version: int | None
    document: Document | None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


class Linter:
    """Checks editor buffers with the command line's engine and config discovery."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget every loaded config and plugin (after a config or data file changed)."""
        from .cli import Settings
        from .runner import Runner

        load_config.cache_clear()
        self.runner = Runner(Settings(config=None, select=None, extend_select=None, ignore=None,
                                      fix=False, diff=False, unsafe=False))

    def excluded(self, path: Path, config: Config) -> bool:
        if not config.exclude:
            return False
        import pathspec

        try:
            relative = path.resolve().relative_to(config.root.resolve()).as_posix()
        except ValueError:
            return False
        return pathspec.GitIgnoreSpec.from_lines(config.exclude).match_file(relative)

    def check(self, path: str, text: str, reader_suffix: str | None = None) -> tuple[Document | None, list[Finding]]:
        """Findings for ``text`` as if it were the file ``path``; nothing for excluded files."""
        file_path = Path(path)
        config = self.runner.config_for(file_path)
        if self.excluded(file_path, config):
            return None, []
        engine = self.runner.engine_for(config)
        display = path
        if reader_suffix and file_path.suffix.lower() != reader_suffix:
            display = path + reader_suffix  # an unnamed buffer or odd suffix: read as its language
        document = self.runner.read(display, text.encode("utf-8"), config)
        document.path = path
        findings = engine.check(document)
        for failure in engine.failures:
            log.warning("%s", failure)
        engine.failures.clear()
        return document, findings


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in the agreed position encoding's code units."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return utf16_units(text)


def position(document: Document, offset: int, encoding: str = "utf-16") -> tuple[int, int]:
    """0-based ``(line, character)`` of a code-point offset, as LSP counts."""
    line = document.line_of(offset)
    start = document.line_starts[line - 1]
    return line - 1, units(document.text[start:offset], encoding)


def finding_range(document: Document, finding: Finding, encoding: str = "utf-16") -> tuple[tuple[int, int], tuple[int, int]]:
    end = finding.end
    if end > finding.start and document.text[end - 1] == "\n":
        end -= 1  # a whole-line finding ends at its line's end, not at the next line
    return position(document, finding.start, encoding), position(document, max(end, finding.start), encoding)


def _file_path(uri: str) -> str | None:
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/… on Windows
        path = path[1:]
    return path


def draft_suffix(uri: str, language_id: str | None) -> str | None:
    """The reader suffix for a buffer, or None when it is not a draft (code, config…)."""
    path = _file_path(uri) or urlparse(uri).path
    suffix = Path(path).suffix.lower()
    if suffix in DRAFT_SUFFIXES:
        return DRAFT_SUFFIXES[suffix]
    if language_id in LANGUAGES and suffix not in (".toml", ".py", ".json", ".yaml", ".yml"):
        return LANGUAGES[language_id]
    return None


def is_config_file(uri: str) -> bool:
    path = Path(_file_path(uri) or "")
    return path.name in CONFIG_NAMES or path.suffix in (".toml", ".py")


# --- the protocol ----------------------------------------------------------------------------


def build_server():
    """The pygls server with its handlers (imported here: pygls is an optional dependency)."""
    from lsprotocol import types as lsp
    from pygls.lsp.server import LanguageServer

    severity = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
                "info": lsp.DiagnosticSeverity.Information}

    class CheckerServer(LanguageServer):
        def __init__(self) -> None:
            super().__init__("checker", __version__,
                             text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
            self.linter = Linter()
            self.checked: dict[str, Checked] = {}
            self.languages: dict[str, str | None] = {}
            self.pending: dict[str, asyncio.Task] = {}

        @property
        def encoding(self) -> str:
            value = self.workspace.position_encoding
            return str(getattr(value, "value", value) or "utf-16")

        def _range(self, document: Document, finding: Finding) -> "lsp.Range":
            (l1, c1), (l2, c2) = finding_range(document, finding, self.encoding)
            return lsp.Range(lsp.Position(l1, c1), lsp.Position(l2, c2))

        def _edit_range(self, document: Document, start: int, end: int) -> "lsp.Range":
            l1, c1 = position(document, start, self.encoding)
            l2, c2 = position(document, end, self.encoding)
            return lsp.Range(lsp.Position(l1, c1), lsp.Position(l2, c2))

        def diagnostic(self, uri: str, document: Document, finding: Finding) -> "lsp.Diagnostic":
            rule = finding.rule
            message = finding.message + (f"\n建议：{finding.suggestion}" if finding.suggestion else "")
            related = [
                lsp.DiagnosticRelatedInformation(
                    lsp.Location(uri, self._edit_range(document, r.start, r.end)), r.message)
                for r in finding.related
            ]
            return lsp.Diagnostic(
                range=self._range(document, finding), message=message,
                severity=severity[finding.severity], code=rule.id, source=SOURCE,
                related_information=related or None,
                data={"rule": rule.id, "name": rule.name, "start": finding.start, "end": finding.end},
            )

        def lint(self, uri: str) -> Checked | None:
            language = self.languages.get(uri)
            suffix = draft_suffix(uri, language)
            if suffix is None:
                return None
            text_document = self.workspace.get_text_document(uri)
            path = _file_path(uri) or str(Path.cwd() / ("untitled" + suffix))
            try:
                document, findings = self.linter.check(path, text_document.source, suffix)
                checked = Checked(text_document.version, document, findings)
            except CheckerError as error:
                checked = Checked(text_document.version, None, [], str(error))
            except Exception as error:  # a bug must not kill the editor's server
                log.exception("checking %s failed", uri)
                checked = Checked(text_document.version, None, [], f"{type(error).__name__}: {error}")
            self.checked[uri] = checked
            if checked.error:
                diagnostics = [lsp.Diagnostic(
                    range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
                    message=f"checker 无法检查此文件：{checked.error}",
                    severity=lsp.DiagnosticSeverity.Error, source=SOURCE, code="input")]
            elif checked.document is None:
                diagnostics = []
            else:
                diagnostics = [self.diagnostic(uri, checked.document, f) for f in checked.findings]
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri=uri, diagnostics=diagnostics, version=text_document.version))
            return checked

        def current(self, uri: str) -> Checked | None:
            """The check of the document's current version (re-checked if an edit is pending)."""
            checked = self.checked.get(uri)
            version = self.workspace.get_text_document(uri).version
            if checked is None or checked.version != version:
                task = self.pending.pop(uri, None)
                if task is not None:
                    task.cancel()
                checked = self.lint(uri)
            return checked

        def relint_all(self) -> None:
            self.linter.reset()
            for uri in list(self.checked):
                self.lint(uri)

    server = CheckerServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CheckerServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id
        ls.lint(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: CheckerServer, params: lsp.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        previous = ls.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()

        async def later() -> None:
            await asyncio.sleep(DEBOUNCE_SECONDS)
            ls.pending.pop(uri, None)
            ls.lint(uri)

        ls.pending[uri] = asyncio.ensure_future(later())

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: CheckerServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if is_config_file(uri):
            ls.relint_all()
        elif uri in ls.checked or uri in ls.languages:
            ls.lint(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CheckerServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.languages.pop(uri, None)
        if ls.checked.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: CheckerServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(change.uri) for change in params.changes):
            ls.relint_all()

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    def code_action(ls: CheckerServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        if uri not in ls.languages and uri not in ls.checked:
            return []
        checked = ls.current(uri)
        if checked is None or checked.document is None:
            return []
        document = checked.document
        only = params.context.only
        wanted_quickfix = not only or any(str(k).startswith("quickfix") for k in only)
        wanted_fix_all = not only or any(FIX_ALL_KIND.startswith(str(k)) for k in only)
        requested = params.range
        actions: list[lsp.CodeAction] = []

        def overlaps(r: lsp.Range) -> bool:
            start = (r.start.line, r.start.character)
            end = (r.end.line, r.end.character)
            return start <= (requested.end.line, requested.end.character) and \
                end >= (requested.start.line, requested.start.character)

        if wanted_quickfix:
            for finding in checked.findings:
                diagnostic = ls.diagnostic(uri, document, finding)
                if not overlaps(diagnostic.range):
                    continue
                if finding.fix is not None:
                    edits = [lsp.TextEdit(ls._edit_range(document, e.start, e.end), e.replacement)
                             for e in finding.fix.edits]
                    if finding.suggestion:
                        title = f"改为“{finding.suggestion}”（{finding.rule.id}）"
                    else:
                        title = f"修复：{finding.message}（{finding.rule.id}）"
                    if finding.fix.safety == "unsafe":
                        title += "，请核对"
                    actions.append(lsp.CodeAction(
                        title=title, kind=lsp.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                        is_preferred=finding.fix.safety == "safe",
                        edit=lsp.WorkspaceEdit(changes={uri: edits})))
                line = finding.line
                start = document.line_starts[line - 1]
                directive = f"<!-- checker-disable-next-line {finding.rule.id} -->\n"
                actions.append(lsp.CodeAction(
                    title=f"在下一行停用 {finding.rule.id}（{finding.rule.name}）",
                    kind=lsp.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                    edit=lsp.WorkspaceEdit(changes={uri: [
                        lsp.TextEdit(ls._edit_range(document, start, start), directive)]})))
        if wanted_fix_all:
            edits = choose_edits(checked.findings, unsafe=False)
            if edits:
                actions.append(lsp.CodeAction(
                    title=f"修复本文件中所有可安全修复的问题（{len(edits)} 处）", kind=FIX_ALL_KIND,
                    edit=lsp.WorkspaceEdit(changes={uri: [
                        lsp.TextEdit(ls._edit_range(document, e.start, e.end), e.replacement)
                        for e in edits]})))
        return actions

    return server


def serve(argv: list[str]) -> int:
    """Run the language server on stdin/stdout until the client disconnects."""
    from .cli import ArgumentParser

    parser = ArgumentParser(prog="checker lsp", description="Language server for editors (stdio).")
    parser.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default)")
    parser.add_argument("--log-file", metavar="FILE", help="write the server's log to FILE")
    parser.add_argument("--verbose", "-v", action="store_true", help="log debugging detail")
    args = parser.parse_args(argv)
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        raise CheckerError("the language server needs pygls: pip install 'checker[lsp]'") from None
    if args.log_file:
        logging.basicConfig(filename=args.log_file, level=logging.DEBUG if args.verbose else logging.INFO,
                            format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import sys

    server = build_server()
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print from a plugin must not corrupt the protocol stream
    server.start_io(sys.stdin.buffer, protocol_out)
    return 0
