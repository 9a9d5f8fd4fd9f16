"""Configuration: ``checker.toml`` or ``[tool.checker]`` in ``pyproject.toml``.

Discovery walks up from the checked file's directory to the nearest file that configures
checker (``--config`` overrides). A config may ``extend`` a built-in ruleset (``default``,
``strict``) or another file; keys given locally win. Every key is validated: an unknown key, a
wrong type or an unknown rule id is a one-line error naming the file and line, exit code 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .finding import SEVERITIES
from .watchdog import DEFAULT_TIMEOUT
from .rulesets import builtin_dir, read_toml

CONFIG_NAMES = ("checker.toml", ".checker.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")

# key -> (python type, description) ; the description feeds the README reference.
KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "extend": (str, "built-in ruleset (default, strict) or path of a config to start from"),
    "select": (list, "rule ids or prefixes to enable (replaces the extended ruleset's)"),
    "extend-select": (list, "rule ids or prefixes to enable in addition"),
    "ignore": (list, "rule ids or prefixes to disable"),
    "severity": (dict, "severity overrides: { PU005 = \"info\" }"),
    "per-file-ignores": (dict, "glob -> rule ids: { \"archive/**\" = [\"AD\"] }"),
    "exclude": (list, "globs of paths never checked"),
    "plugins": (list, "local plugin files (.py) to load, relative to this file"),
    "fail-on": (str, "lowest severity that makes the exit code 1: error, warning, info, never"),
    "rules": (dict, "per-rule options: [rules.PH001] allow = [\"第X条\"]"),
    "data": (dict, "extra data files per ruleset name: { typos = [\"team-typos.toml\"] }"),
    "allow": (list, "phrases never reported, whatever the rule"),
    "nlp-model": (str, "installed spaCy model for word tokens (default: blank zh + jieba)"),
    "jobs": (int, "files checked in parallel (like -j; default: one per CPU beyond 1 MB of drafts)"),
    "rule-timeout": ((int, float), "seconds a rule may spend on a file, plus as much per MB (0: no limit)"),
}


@dataclass(eq=False)
class Config:
    """The effective settings for a set of files."""

    path: Path | None = None  # the file it came from, None for built-in defaults
    select: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    plugins: list[Path] = field(default_factory=list)
    fail_on: str = "warning"
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    data: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)
    nlp_model: str | None = None
    jobs: int | None = None
    rule_timeout: float = DEFAULT_TIMEOUT
    lines: dict[str, int] = field(default_factory=dict)  # key -> line in its file, for errors
    # Selectors that came from built-in presets: they may name plugins not installed here.
    preset_selectors: set[str] = field(default_factory=set)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def where(self, key: str) -> tuple[str | None, int | None]:
        return (str(self.path) if self.path else None, self.lines.get(key))


def find_config_file(start: Path) -> Path | None:
    """The nearest ``checker.toml``/``.checker.toml``/``pyproject.toml`` with [tool.checker]."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_section(candidate):
                    return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[tool\.checker(\.|\])", text, re.M) is not None


@lru_cache(maxsize=64)
def load_config(path: Path | None) -> Config:
    """Load a config file (``None``: the built-in default ruleset)."""
    if path is None:
        return _load_preset("default", seen=())
    return _load_file(Path(path).resolve(), seen=())


def _load_preset(name: str, seen: tuple[Path, ...]) -> Config:
    preset = builtin_dir() / f"{name}.toml"
    if not preset.is_file():
        known = ", ".join(sorted(p.stem for p in builtin_dir().glob("*.toml") if _is_preset(p)))
        raise ConfigError(f"unknown ruleset '{name}' (built-in rulesets: {known})")
    return _load_file(preset, seen)


def _is_preset(path: Path) -> bool:
    try:
        return "[preset]" in path.read_text(encoding="utf-8")[:2000]
    except OSError:
        return False


def _load_file(path: Path, seen: tuple[Path, ...]) -> Config:
    if path in seen:
        raise ConfigError("'extend' loops back to this file", str(path))
    data = read_toml(path)
    text = path.read_text(encoding="utf-8-sig")
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("checker", {})
        prefix = "tool.checker."
    else:
        data.pop("preset", None)
        prefix = ""
    lines = _key_lines(text, prefix)
    for key, value in data.items():
        if key not in KEYS:
            close = [k for k in KEYS if k.replace("-", "_") == key.replace("-", "_")]
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"unknown key '{key}'{hint}", str(path), lines.get(key))
        expected = KEYS[key][0]
        if not isinstance(value, expected) or isinstance(value, bool) and expected is int:
            raise ConfigError(
                f"'{key}' must be a {_type_name(expected)}, not {type(value).__name__}",
                str(path), lines.get(key),
            )

    if "extend" in data:
        target = data["extend"]
        if target in ("default", "strict") or not target.endswith(".toml"):
            base = _load_preset(target, seen + (path,))
        else:
            base = _load_file((path.parent / target).resolve(), seen + (path,))
    elif path.parent == builtin_dir():
        base = Config()
    else:
        base = _load_preset("default", seen + (path,))

    config = Config(
        path=path if path.parent != builtin_dir() else base.path,
        select=list(base.select), extend_select=list(base.extend_select),
        ignore=list(base.ignore), severity=dict(base.severity),
        per_file_ignores=dict(base.per_file_ignores), exclude=list(base.exclude),
        plugins=list(base.plugins), fail_on=base.fail_on,
        rules={k: dict(v) for k, v in base.rules.items()}, data=dict(base.data),
        allow=list(base.allow), nlp_model=base.nlp_model, jobs=base.jobs, rule_timeout=base.rule_timeout,
        lines=dict(lines),
        preset_selectors=set(base.preset_selectors),
    )
    if path.parent == builtin_dir():
        for key in ("select", "extend-select", "ignore"):
            config.preset_selectors.update(v for v in data.get(key, []) if isinstance(v, str))
    where = str(path)

    def strings(key: str) -> list[str]:
        value = data[key]
        if not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'{key}' must be a list of strings", where, lines.get(key))
        return list(value)

    if "select" in data:
        config.select = strings("select")
    if "extend-select" in data:
        config.extend_select += strings("extend-select")
    if "ignore" in data:
        config.ignore += strings("ignore")
    if "exclude" in data:
        config.exclude += strings("exclude")
    if "allow" in data:
        config.allow += strings("allow")
    if "plugins" in data:
        config.plugins += [(path.parent / p).resolve() for p in strings("plugins")]
    if "severity" in data:
        for rule_id, level in data["severity"].items():
            if level not in SEVERITIES:
                raise ConfigError(
                    f"severity of '{rule_id}' must be one of {', '.join(SEVERITIES)}, not {level!r}",
                    where, lines.get("severity"),
                )
            config.severity[rule_id] = level
    if "per-file-ignores" in data:
        for glob, ids in data["per-file-ignores"].items():
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise ConfigError(
                    f"per-file-ignores '{glob}' must be a list of rule ids", where,
                    lines.get("per-file-ignores"),
                )
            config.per_file_ignores[glob] = list(ids)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise ConfigError(
                f"'fail-on' must be one of {', '.join(FAIL_ON)}", where, lines.get("fail-on")
            )
        config.fail_on = data["fail-on"]
    if "rules" in data:
        for rule_id, options in data["rules"].items():
            if not isinstance(options, dict):
                raise ConfigError(f"[rules.{rule_id}] must be a table", where, lines.get("rules"))
            config.rules.setdefault(rule_id, {}).update(options)
    if "data" in data:
        for name, files in data["data"].items():
            files = [files] if isinstance(files, str) else files
            if not isinstance(files, list):
                raise ConfigError(f"data '{name}' must be a list of paths", where, lines.get("data"))
            config.data[name] = tuple(config.data.get(name, ())) + tuple(
                (path.parent / f).resolve() for f in files
            )
    if "nlp-model" in data:
        config.nlp_model = data["nlp-model"]
    if "jobs" in data:
        config.jobs = data["jobs"]
    if "rule-timeout" in data:
        if isinstance(data["rule-timeout"], bool) or data["rule-timeout"] < 0:
            raise ConfigError("'rule-timeout' must be a number of seconds, 0 or more", where,
                              lines.get("rule-timeout"))
        config.rule_timeout = float(data["rule-timeout"])
    return config


def _type_name(expected: Any) -> str:
    return {list: "list", dict: "table", str: "string", int: "whole number"}.get(expected, "value")


def _key_lines(text: str, prefix: str) -> dict[str, int]:
    """Line of each top-level key (or ``[rules.X]`` table) for positioned errors."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[+\s*([^\]]+?)\s*\]+", stripped)
        if header:
            table = header.group(1).strip()
            if prefix and table.startswith(prefix):
                sub = table[len(prefix):].split(".")[0]
                lines.setdefault(sub, number)
            elif not prefix:
                lines.setdefault(table.split(".")[0], number)
            continue
        key = re.match(r"^([A-Za-z0-9_\-\"']+)\s*=", stripped)
        if key:
            name = key.group(1).strip("\"'")
            if (prefix and table == prefix.rstrip(".")) or (not prefix and table == ""):
                lines.setdefault(name, number)
            elif not prefix and table:
                lines.setdefault(table.split(".")[0], number)
    return lines
