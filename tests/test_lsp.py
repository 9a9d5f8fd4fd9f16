"""The language server: diagnostics at the right UTF-16 range, quick fixes, config discovery.

The protocol test starts ``python -m checker lsp`` and talks to it with pygls' own client over
stdio, as an editor would. The unit tests check the position arithmetic and the linter without
a server.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

from checker.document import Document
from checker.finding import Finding
from checker.lsp import Linter, draft_suffix, finding_range, position

PLUGIN = '''
import re
from checker import Finding, Fix, hookimpl, rule

@rule("ZL001", "ascii-comma", "punctuation", "warning", "中文里的半角逗号",
      bad=["同志,请"], good=["同志，请"], fixable=True)
def ascii_comma(doc, ctx):
    """Test rule with a safe fix."""
    for m in re.finditer(r"(?<=[\\u4e00-\\u9fff]),(?=[\\u4e00-\\u9fff])", doc.prose):
        yield Finding(m.start(), m.end(), "中文里的半角逗号“,”", suggestion="，",
                      fix=Fix.replace(m.start(), m.end(), "，"))

@hookimpl
def checker_rules():
    return [ascii_comma]
'''

# "𠮷" is outside the Basic Multilingual Plane: one code point, two UTF-16 units.
DRAFT = "关于会议的通知\n请𠮷𠮷XX同志,准时参加。\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "rules.py").write_text(PLUGIN, encoding="utf-8")
    (tmp_path / "checker.toml").write_text('plugins = ["rules.py"]\nselect = ["PH001", "ZL001"]\n',
                                           encoding="utf-8")
    return tmp_path


# --- positions -------------------------------------------------------------------------------


def test_positions_count_utf16_units_after_astral_characters():
    document = Document(DRAFT)
    offset = DRAFT.index("XX")
    assert position(document, offset) == (1, 5)  # 请 + 𠮷𠮷 (2 + 2 units)
    assert position(document, offset, "utf-32") == (1, 3)
    assert position(document, offset, "utf-8") == (1, 11)  # 3 + 4 + 4 bytes
    whole_line = Finding(DRAFT.index("请"), DRAFT.index("。") + 2, "整行")
    assert finding_range(document, whole_line) == ((1, 0), (1, 15))  # ends before the newline


def test_only_plain_text_and_markdown_buffers_are_drafts():
    assert draft_suffix("file:///a/%E8%AE%B2%E8%AF%9D.txt", "plaintext") == ".txt"
    assert draft_suffix("file:///a/b.markdown", None) == ".md"
    assert draft_suffix("untitled:Untitled-1", "markdown") == ".md"
    assert draft_suffix("file:///a/notes", "plaintext") == ".txt"
    assert draft_suffix("file:///a/checker.toml", "toml") is None
    assert draft_suffix("file:///a/rules.py", "python") is None
    assert draft_suffix("file:///a/x.toml", "plaintext") is None


def test_linter_uses_config_discovery_and_exclude(project: Path):
    (project / "checker.toml").write_text(
        'plugins = ["rules.py"]\nselect = ["PH001", "ZL001"]\nexclude = ["archive/"]\n', encoding="utf-8")
    linter = Linter()
    document, findings = linter.check(str(project / "drafts" / "a.txt"), DRAFT)
    assert [(f.rule.id, f.text, f.line, f.column) for f in findings] == [
        ("PH001", "XX", 2, 4), ("ZL001", ",", 2, 8)]
    assert document is not None and document.path == str(project / "drafts" / "a.txt")
    assert linter.check(str(project / "archive" / "old.txt"), DRAFT) == (None, [])


def test_linter_reads_an_unnamed_buffer_as_its_language(project: Path):
    linter = Linter()
    document, findings = linter.check(str(project / "untitled"), "# 标题\n\n请XX同志,发言。\n", ".md")
    assert document is not None and document.kind == "markdown"
    assert [f.text for f in findings] == ["XX", ","]


# --- the server over stdio ---------------------------------------------------------------


class Editor:
    """A minimal editor: pygls' client plus the diagnostics it has been sent."""

    def __init__(self) -> None:
        self.client = LanguageClient("test-editor", "1.0")
        self.diagnostics: dict[str, list[lsp.Diagnostic]] = {}
        self.versions: dict[str, int | None] = {}
        self.arrived = asyncio.Event()

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: lsp.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = params.diagnostics
            self.versions[params.uri] = params.version
            self.arrived.set()

    async def start(self, cwd: Path) -> None:
        await self.client.start_io(sys.executable, "-m", "checker", "lsp", cwd=str(cwd))
        await asyncio.wait_for(self.client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), root_uri=cwd.as_uri(), process_id=None)), 30)
        self.client.initialized(lsp.InitializedParams())

    async def diagnostics_for(self, uri: str, version: int) -> list[lsp.Diagnostic]:
        async def wait() -> list[lsp.Diagnostic]:
            while self.versions.get(uri) != version:
                self.arrived.clear()
                await self.arrived.wait()
            return self.diagnostics[uri]

        return await asyncio.wait_for(wait(), 30)

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        finally:
            await self.client.stop()


def apply_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, last first."""
    lines = text.split("\n")

    def offset(pos: lsp.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:pos.line])
        line = lines[pos.line]
        units = 0
        for index, ch in enumerate(line):
            if units >= pos.character:
                return before + index
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
        lines = text.split("\n")
    return text


def span(diagnostic: lsp.Diagnostic) -> tuple[int, int, int, int]:
    r = diagnostic.range
    return r.start.line, r.start.character, r.end.line, r.end.character


def test_server_publishes_diagnostics_and_applies_a_quick_fix(project: Path):
    """One editor session: open, diagnose, fix, silence, close, and a broken config."""
    draft = project / "drafts" / "通知.txt"
    draft.parent.mkdir()
    draft.write_text(DRAFT, encoding="utf-8")
    uri = draft.as_uri()

    async def session() -> None:
        editor = Editor()
        await editor.start(project)
        try:
            editor.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
                lsp.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=DRAFT)))
            diagnostics = await editor.diagnostics_for(uri, 1)
            assert [(d.code, span(d), d.severity, d.source) for d in diagnostics] == [
                ("PH001", (1, 5, 1, 7), lsp.DiagnosticSeverity.Error, "checker"),
                ("ZL001", (1, 9, 1, 10), lsp.DiagnosticSeverity.Warning, "checker"),
            ]
            assert "XX" in diagnostics[0].message
            assert "建议：，" in diagnostics[1].message

            comma = diagnostics[1]
            actions = await asyncio.wait_for(editor.client.text_document_code_action_async(
                lsp.CodeActionParams(
                    text_document=lsp.TextDocumentIdentifier(uri), range=comma.range,
                    context=lsp.CodeActionContext(diagnostics=[comma]))), 30)
            titles = [a.title for a in actions]
            fix = next(a for a in actions if a.kind == lsp.CodeActionKind.QuickFix and a.is_preferred)
            assert fix.title == "改为“，”（ZL001）"
            assert "在下一行停用 ZL001（ascii-comma）" in titles[1]
            assert any(a.kind == "source.fixAll.checker" for a in actions)
            assert all(a.edit is not None for a in actions)

            fixed = apply_edits(DRAFT, fix.edit.changes[uri])
            assert fixed == "关于会议的通知\n请𠮷𠮷XX同志，准时参加。\n"
            editor.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=fixed)]))
            diagnostics = await editor.diagnostics_for(uri, 2)
            assert [(d.code, span(d)) for d in diagnostics] == [("PH001", (1, 5, 1, 7))]

            # The placeholder has no fix: only the action that silences it is offered.
            actions = await asyncio.wait_for(editor.client.text_document_code_action_async(
                lsp.CodeActionParams(
                    text_document=lsp.TextDocumentIdentifier(uri), range=diagnostics[0].range,
                    context=lsp.CodeActionContext(diagnostics=diagnostics))), 30)
            assert [a.title for a in actions] == ["在下一行停用 PH001（placeholder-marker）"]
            silenced = apply_edits(fixed, actions[0].edit.changes[uri])
            assert silenced.split("\n")[1] == "<!-- checker-disable-next-line PH001 -->"
            editor.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=silenced)]))
            assert list(await editor.diagnostics_for(uri, 3)) == []

            # A code file opened in the same editor is not a draft: nothing is published for it.
            code_uri = (project / "rules.py").as_uri()
            editor.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
                lsp.TextDocumentItem(uri=code_uri, language_id="python", version=1, text="x = 'XX同志'\n")))
            # Closing the draft clears its diagnostics (and proves the server handled the open).
            editor.client.text_document_did_close(lsp.DidCloseTextDocumentParams(
                lsp.TextDocumentIdentifier(uri)))
            async def cleared() -> None:
                while editor.diagnostics.get(uri) or editor.versions.get(uri) is not None:
                    editor.arrived.clear()
                    await editor.arrived.wait()

            await asyncio.wait_for(cleared(), 30)
            assert code_uri not in editor.diagnostics

            # A draft under a broken config gets one diagnostic that names the problem.
            broken = project / "broken"
            broken.mkdir()
            (broken / "checker.toml").write_text('select = ["PH001"]\nbogus-key = 1\n', encoding="utf-8")
            broken_uri = (broken / "a.md").as_uri()
            editor.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
                lsp.TextDocumentItem(uri=broken_uri, language_id="markdown", version=7, text="请XX同志发言。\n")))
            diagnostics = await editor.diagnostics_for(broken_uri, 7)
            assert [(d.code, d.severity) for d in diagnostics] == [("input", lsp.DiagnosticSeverity.Error)]
            assert "bogus-key" in diagnostics[0].message and "checker.toml" in diagnostics[0].message
        finally:
            await editor.stop()

    asyncio.run(session())
