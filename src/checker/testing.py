"""Helpers for testing rules: check a string as if it were a file, with chosen rules.

    from checker.testing import check_text
    findings = check_text("请XX同志发言。", select=["PH001"])
    assert [f.text for f in findings] == ["XX"]
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .config import Config, load_config
from .document import Document
from .engine import Engine
from .finding import Finding
from .plugin_host import PluginHost


@lru_cache(maxsize=1)
def default_host() -> PluginHost:
    return PluginHost()


def read_text(text: str, path: str = "draft.txt") -> Document:
    """A Document for ``text`` read by the reader its suffix selects."""
    reader = default_host().readers().get(Path(path).suffix.lower())
    if reader is None:
        from .readers import TextReader

        reader = TextReader()
    return reader.read(path, text.encode("utf-8"))


def make_engine(
    select: Iterable[str] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
    data: dict[str, Iterable[Path]] | None = None,
    **config: Any,
) -> Engine:
    base = load_config(None)
    cfg = Config(
        select=list(select) if select is not None else list(base.select),
        rules=dict(options or {}),
        data={k: tuple(Path(p) for p in v) for k, v in (data or {}).items()},
        preset_selectors=set(base.preset_selectors) if select is None else set(),
        **config,
    )
    return Engine(default_host(), cfg)


def check_text(
    text: str,
    select: Iterable[str] | None = None,
    *,
    path: str = "draft.txt",
    options: dict[str, dict[str, Any]] | None = None,
    data: dict[str, Iterable[Path]] | None = None,
    **config: Any,
) -> list[Finding]:
    """Findings of the selected rules (default: the default ruleset) on ``text``."""
    engine = make_engine(select, options, data, **config)
    findings = engine.check(read_text(text, path))
    if engine.failures:
        raise AssertionError("; ".join(str(f) for f in engine.failures))
    return findings
