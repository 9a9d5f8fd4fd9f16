"""Loads plugins and collects what they register: rules, readers, formatters, data dirs.

Each entry point in group ``checker.plugins`` is loaded on its own; one that fails to import is
reported as a warning naming the plugin and the run carries on. Local plugin files (a bare
``.py`` named in the config) are loaded the same way, without packaging. Set
``CHECKER_TRACE_PLUGINS=1`` to print every hook call.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pluggy

from . import hookspecs
from .entry_points import entry_points
from .errors import ConfigError
from .rule import Rule

GROUP = "checker.plugins"


@dataclass(eq=False)
class PluginInfo:
    name: str
    origin: str  # "distribution 1.2.3" or a file path
    rules: list[str] = field(default_factory=list)
    error: str | None = None


class PluginHost:
    """A pluggy manager plus what its plugins contributed."""

    def __init__(self, local_files: Iterable[Path] = (), load_entry_points: bool = True) -> None:
        self.manager = pluggy.PluginManager("checker")
        self.manager.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self.warnings: list[str] = []
        self._rules: dict[str, Rule] | None = None
        self._rule_origin: dict[str, str] = {}
        self._readers: dict[str, Any] | None = None
        if os.environ.get("CHECKER_TRACE_PLUGINS"):
            self.manager.trace.root.setwriter(lambda text: sys.stderr.write(text))
            self.manager.enable_tracing()
        if load_entry_points:
            self._load_entry_points()
        for path in local_files:
            self.load_file(Path(path))

    # --- loading -----------------------------------------------------------------------

    def _load_entry_points(self) -> None:
        seen: set[str] = set()
        for entry in sorted(entry_points(group=GROUP), key=lambda e: e.name):
            if entry.name in seen:  # the same distribution visible twice on sys.path
                continue
            seen.add(entry.name)
            origin = entry.distribution or entry.value
            try:
                module = entry.load()
            except Exception as error:  # a broken plugin must not take down the run
                self._fail(entry.name, origin, error)
                continue
            self.register(module, entry.name, origin)

    def load_file(self, path: Path) -> None:
        """Load a plugin from a bare ``.py`` file named in the config."""
        import importlib.util  # only for local plugin files: a default run has none

        name = f"file:{path.name}"
        if not path.is_file():
            raise ConfigError(f"plugin file not found: {path}")
        spec = importlib.util.spec_from_file_location(f"checker_local_{path.stem}", path)
        if spec is None or spec.loader is None:
            raise ConfigError(f"cannot load plugin file: {path}")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as error:
            self._fail(name, str(path), error)
            return
        self.register(module, name, str(path))

    def register(self, plugin: Any, name: str, origin: str) -> None:
        if self.manager.get_plugin(name) is not None:
            return
        try:
            self.manager.register(plugin, name=name)
        except Exception as error:
            self._fail(name, origin, error)
            return
        self.plugins[name] = PluginInfo(name, origin)
        self._rules = None
        self._readers = None

    def _fail(self, name: str, origin: str, error: BaseException) -> None:
        message = f"plugin '{name}' ({origin}) failed to load: {type(error).__name__}: {error}"
        self.warnings.append(message)
        self.plugins[name] = PluginInfo(name, origin, error=message)

    # --- what plugins registered ---------------------------------------------------------

    def _each(self, hook_name: str) -> Iterable[tuple[str, Any]]:
        hook = getattr(self.manager.hook, hook_name)
        for impl in reversed(hook.get_hookimpls()):  # registration order
            try:
                result = impl.function()
            except Exception as error:
                self.warnings.append(
                    f"plugin '{impl.plugin_name}' failed in {hook_name}: {type(error).__name__}: {error}"
                )
                continue
            for item in result or ():
                yield impl.plugin_name, item

    @property
    def rules(self) -> dict[str, Rule]:
        """Every registered rule by id; a duplicate id is a plugin error naming both plugins."""
        if self._rules is None:
            rules: dict[str, Rule] = {}
            for plugin, item in self._each("checker_rules"):
                if not isinstance(item, Rule):
                    self.warnings.append(f"plugin '{plugin}' returned a non-rule from checker_rules: {item!r}")
                    continue
                if item.id in rules:
                    self.warnings.append(
                        f"rule id {item.id} from plugin '{plugin}' clashes with plugin "
                        f"'{self._rule_origin[item.id]}'; the first one is kept"
                    )
                    continue
                rules[item.id] = item
                self._rule_origin[item.id] = plugin
                if plugin in self.plugins:
                    self.plugins[plugin].rules.append(item.id)
            self._rules = dict(sorted(rules.items()))
        return self._rules

    def rule_plugin(self, rule_id: str) -> str:
        self.rules  # noqa: B018 - populate the origin map
        return self._rule_origin.get(rule_id, "?")

    def readers(self) -> dict[str, Any]:
        """Readers by file suffix, asked of the plugins once (every checked file looks here)."""
        if self._readers is None:
            from .readers import BUILTIN_READERS

            by_suffix: dict[str, Any] = {}
            for reader in BUILTIN_READERS:
                for suffix in reader.suffixes:
                    by_suffix[suffix] = reader
            for _, reader in self._each("checker_readers"):
                for suffix in reader.suffixes:
                    by_suffix[suffix.lower()] = reader
            self._readers = by_suffix
        return self._readers

    def formatters(self) -> dict[str, Any]:
        from .formats import builtin_formatters

        by_name = dict(builtin_formatters())
        for _, formatter in self._each("checker_formatters"):
            by_name[formatter.name] = formatter
        return by_name

    def ruleset_dirs(self) -> tuple[Path, ...]:
        return tuple(Path(p) for _, p in self._each("checker_ruleset_dirs"))
