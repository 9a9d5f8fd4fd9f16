"""The informational commands: ``checker rules``, ``checker explain ID``, ``checker plugins``,
``checker cache``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import find_config_file, load_config
from .errors import CheckerError
from .plugin_host import PluginHost
from .selection import select_rules


def _host_and_config(config_path: str | None):
    config = load_config(Path(config_path).resolve() if config_path else find_config_file(Path.cwd()))
    return PluginHost(local_files=config.plugins), config


def _parser(prog: str) -> argparse.ArgumentParser:
    from .cli import ArgumentParser

    parser = ArgumentParser(prog=f"checker {prog}")
    parser.add_argument("--config", metavar="FILE")
    return parser


def run(command: str, argv: list[str]) -> int:
    if command == "rules":
        return rules_command(argv)
    if command == "explain":
        return explain_command(argv)
    if command == "plugins":
        return plugins_command(argv)
    if command == "cache":
        return cache_command(argv)
    if command == "lsp":
        from .lsp import serve

        return serve(argv)
    raise CheckerError(f"unknown command {command}")


def rules_command(argv: list[str]) -> int:
    parser = _parser("rules")
    parser.add_argument("--json", action="store_true", help="machine-readable list")
    args = parser.parse_args(argv)
    host, config = _host_and_config(args.config)
    enabled = {r.id for r in select_rules(host.rules, config.select + config.extend_select, config.ignore)}
    rows = [
        {"id": r.id, "name": r.name, "category": r.category, "severity": r.severity,
         "enabled": r.id in enabled, "fixable": r.fixable, "summary": r.summary,
         "plugin": host.rule_plugin(r.id)}
        for r in host.rules.values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max((len(r["name"]) for r in rows), default=10)
    for row in rows:
        mark = "●" if row["enabled"] else "○"
        fix = "fix" if row["fixable"] else "   "
        print(f"{mark} {row['id']:<6} {row['name']:<{width}}  {row['category']:<11} "
              f"{row['severity']:<7} {fix}  {row['summary']}")
    print(f"\n● enabled by the current config ({len(enabled)} of {len(rows)}); "
          "`checker explain ID` for a rule's page")
    _print_warnings(host)
    return 0


def explain_command(argv: list[str]) -> int:
    parser = _parser("explain")
    parser.add_argument("rule", metavar="ID", help="rule id (PH001) or name (placeholder-marker)")
    args = parser.parse_args(argv)
    host, _ = _host_and_config(args.config)
    wanted = args.rule.strip()
    rule = host.rules.get(wanted.upper()) or next(
        (r for r in host.rules.values() if r.name == wanted), None)
    if rule is None:
        raise CheckerError(f"unknown rule '{wanted}' (see 'checker rules')")
    lines = [
        f"{rule.id} {rule.name}",
        "",
        rule.summary,
        "",
        f"类别 category: {rule.category}    默认级别 severity: {rule.severity}    "
        f"自动修复 fix: {'yes' if rule.fixable else 'no'}    plugin: {host.rule_plugin(rule.id)}",
    ]
    if rule.rationale and rule.rationale != rule.summary:
        lines += ["", "为什么 Why it matters", rule.rationale]
    if rule.standard:
        lines += ["", f"依据 Standard: {rule.standard}"]
    if rule.bad:
        lines += ["", "会报告 Flagged:"] + [_example("✗", text) for text in rule.bad]
    if rule.good:
        lines += ["", "不会报告 Not flagged:"] + [_example("✓", text) for text in rule.good]
    lines += ["", f"关闭 Disable: ignore = [\"{rule.id}\"] in checker.toml, "
              f"or a line `<!-- checker-disable {rule.id} -->`"]
    print("\n".join(lines))
    return 0


def plugins_command(argv: list[str]) -> int:
    args = _parser("plugins").parse_args(argv)
    host, _ = _host_and_config(args.config)
    host.rules  # noqa: B018 - attribute rules to plugins
    for info in host.plugins.values():
        status = "FAILED" if info.error else f"{len(info.rules)} rules"
        print(f"{info.name:<16} {status:<10} {info.origin}")
        if info.rules:
            print(f"{'':<16} {', '.join(info.rules)}")
    _print_warnings(host)
    return 0


def cache_command(argv: list[str]) -> int:
    """Where the caches live (compiled patterns, findings of unchanged files) and what they
    hold; ``--clear`` deletes them."""
    from . import pattern_cache, result_cache
    from .cache_dir import default_directory
    from .cli import ArgumentParser

    parser = ArgumentParser(prog="checker cache", description=cache_command.__doc__)
    parser.add_argument("--clear", action="store_true", help="delete the caches' files")
    args = parser.parse_args(argv)
    directory = default_directory()
    if directory is None:
        print("pattern cache: off (CHECKER_CACHE_DIR is set empty, or there is no home directory)")
        print("findings of unchanged files: off, likewise")
        return 0
    results = result_cache.results_directory(directory)
    files = pattern_cache.cache_files(directory)
    if args.clear:
        removed = 0
        for path in files:
            try:
                path.unlink()
                removed += 1
            except OSError as error:
                raise CheckerError(f"cannot delete {path}: {error.strerror}") from None
        print(f"pattern cache: {removed} file(s) deleted from {directory}")
        print(f"findings of unchanged files: {result_cache.clear(directory)} file(s) deleted from {results}")
        return 0
    _show_pattern_cache(directory, files)
    shards, entries = result_cache.usage(directory)
    print(f"findings of unchanged files: {results}")
    print(f"  {entries} files' findings in {shards} file(s)" if shards else "  empty: the next check fills it")
    return 0


def _show_pattern_cache(directory, files) -> None:
    from . import pattern_cache, pattern_facts

    if not pattern_cache.SUPPORTED:
        print(f"pattern cache: not used by this Python ({sys.version.split()[0]}); directory {directory}")
        return
    print(f"pattern cache: {directory}")
    mine = (pattern_cache.PatternCache(directory).path, pattern_facts.facts_path(directory))
    for path in files:
        facts = path.name.startswith("facts-")
        count = pattern_facts.entries_in(path) if facts else pattern_cache.entries_in(path)
        what = (f"{count} {'facts about patterns' if facts else 'patterns'}" if count is not None
                else "left by an interrupted run" if path.name.startswith(".")
                else "not readable by this version")
        note = "  (this Python)" if path in mine else ""
        print(f"  {path.name}  {path.stat().st_size / 1024:.1f} KB, {what}{note}")
    if not files:
        print("  empty: the next check fills it")


def _print_warnings(host: PluginHost) -> None:
    for warning in host.warnings:
        print(f"checker: warning: {warning}", file=sys.stderr)


def _example(mark: str, text: str) -> str:
    """An example draft under its mark, a draft of several lines indented as one block."""
    return f"  {mark} " + text.replace("\n", "\n    ")
