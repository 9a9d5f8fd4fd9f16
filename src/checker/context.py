"""What a rule gets besides the document: its options and its data."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .rulesets import builtin_dir, load_data
from .watchdog import untimed

if TYPE_CHECKING:
    from .rule import Rule


@dataclass(eq=False)
class DataSource:
    """Where ``context.data(name)`` looks: built-in and plugin dirs, then user files."""

    dirs: tuple[Path, ...] = ()
    user_files: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    _cache: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    compiled: dict[str, Any] = field(default_factory=dict, repr=False)

    def get(self, name: str) -> dict[str, Any]:
        if name not in self._cache:
            dirs = (builtin_dir(), *self.dirs)
            self._cache[name] = load_data(name, dirs, self.user_files.get(name, ()))
        return self._cache[name]

    def builtin(self, name: str) -> dict[str, Any]:
        key = f"builtin:{name}"  # a rule may ask for every document: read the file once
        if key not in self._cache:
            self._cache[key] = load_data(name, (builtin_dir(),))
        return self._cache[key]


# Analyses of each document (see Context.analysis), kept only while the document lives.
_ANALYSES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


@dataclass(eq=False)
class Context:
    """Per-rule view of the run: ``options`` from ``[rules.ID]`` and merged ruleset data."""

    source: DataSource = field(default_factory=DataSource)
    all_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    rule: "Rule | None" = None
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def options(self) -> dict[str, Any]:
        if self.rule is None:
            return {}
        return self.all_options.get(self.rule.id, {})

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def data(self, name: str) -> dict[str, Any]:
        """The merged data of ``rulesets/NAME.toml`` plus plugin and user files of that name."""
        return self.source.get(name)

    def builtin_data(self, name: str) -> dict[str, Any]:
        """``rulesets/NAME.toml`` alone: the data this project ships and tests.

        Its arrays come first in :meth:`data`'s, so a rule can tell its own entries (trusted,
        e.g. compiled with plain ``re``) from those of plugins and users.
        """
        return self.source.builtin(name)

    def analysis(self, doc, key: str, build):
        """Memoise what several rules read of one document (a layout, an outline, its dates).

        ``build`` is called once per document, key and data source; the result lives as long as
        the document, so every rule of a family shares one analysis instead of each plugin
        keeping a cache of its own.
        """
        store = _ANALYSES.setdefault(doc, {})
        cached = store.get(key)
        if cached is not None and cached[0] is self.source:
            return cached[1]
        value = build()
        store[key] = (self.source, value)
        return value

    def compiled(self, key: str, build):
        """Memoise an expensive object (an automaton, a combined regex) for the whole process.

        ``build`` is called once per key and per data source; rules use this so dictionaries
        compile once, not once per document. Put anything the build depends on (an option's
        value) into the key.
        """
        store = self.source.compiled
        if key not in store:
            with untimed():  # built once per process, not charged to the rule that asked first
                store[key] = build()
        return store[key]
