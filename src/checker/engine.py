"""Runs the enabled rules over a document and returns located, filtered, sorted findings.

The engine knows rules only through their metadata and ``check`` function, and documents only
through the Document API. It builds the word tokenizer only when an enabled rule requires
tokens, so a regex-only run never imports jieba or spaCy.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .config import Config
from .context import Context, DataSource
from .document import Document
from .errors import CheckerError
from .finding import SEVERITY_RANK, Finding
from .plugin_host import PluginHost
from .rule import Rule
from .selection import check_selectors, override_for, select_rules
from .suppress import apply_allowlist, apply_directives, assign_fingerprints
from .watchdog import Budget, RuleTimeout, budget_for


@dataclass(eq=False)
class RuleFailure:
    """A rule raised while checking a file: reported, and the other rules' findings kept."""

    rule_id: str
    plugin: str
    path: str
    error: str

    def __str__(self) -> str:
        return f"rule {self.rule_id} (plugin '{self.plugin}') failed on {self.path}: {self.error}"


@dataclass(eq=False)
class Engine:
    host: PluginHost
    config: Config
    rules: list[Rule] = field(init=False)
    failures: list[RuleFailure] = field(default_factory=list)

    def __post_init__(self) -> None:
        known = self.host.rules
        cfg = self.config

        def own(selectors):
            return [s for s in selectors if s not in cfg.preset_selectors]

        check_selectors(own(cfg.select), known, cfg.where("select"), "select")
        check_selectors(own(cfg.extend_select), known, cfg.where("extend-select"), "extend-select")
        check_selectors(own(cfg.ignore), known, cfg.where("ignore"), "ignore")
        check_selectors(cfg.severity, known, cfg.where("severity"), "severity")
        check_selectors(cfg.rules, known, cfg.where("rules"), "rules")
        for ids in cfg.per_file_ignores.values():
            check_selectors(ids, known, cfg.where("per-file-ignores"), "per-file-ignores")
        self.rules = select_rules(known, cfg.select + cfg.extend_select, cfg.ignore)
        self.context = Context(
            DataSource(dirs=self.host.ruleset_dirs(), user_files=dict(cfg.data)),
            all_options=cfg.rules,
        )
        self.needs_tokens = any("tokens" in r.requires for r in self.rules)

    def restrict(self, select: list[str] | None, ignore: list[str] | None, extend: list[str] | None = None) -> None:
        """Apply command-line ``--select``/``--ignore``/``--extend-select`` on top of the config."""
        known = self.host.rules
        if select:
            check_selectors(select, known, (None, None), "--select")
        if ignore:
            check_selectors(ignore, known, (None, None), "--ignore")
        if extend:
            check_selectors(extend, known, (None, None), "--extend-select")
        base_select = select if select else self.config.select + self.config.extend_select
        self.rules = select_rules(known, base_select + (extend or []), self.config.ignore + (ignore or []))
        self.needs_tokens = any("tokens" in r.requires for r in self.rules)

    def severity_of(self, rule: Rule, finding: Finding) -> str:
        override = override_for(rule.id, self.config.severity)
        return override or finding.severity or rule.severity

    def rules_for(self, path: str) -> list[Rule]:
        ignored: list[str] = []
        if self.config.per_file_ignores:
            relative = _relative(path, self.config)
            for pattern, ids in self.config.per_file_ignores.items():
                if _glob_match(relative, pattern):
                    ignored += ids
        if not ignored:
            return self.rules
        return [r for r in self.rules if not any(r.id.startswith(i) for i in ignored)]

    def check(self, document: Document) -> list[Finding]:
        if self.needs_tokens and document.tokenizer is None and self.config.nlp_model:
            from .nlp import default_tokenizer

            document.tokenizer = default_tokenizer(self.config.nlp_model)
        findings: list[Finding] = []
        length = len(document.text)
        with Budget(budget_for(self.config.rule_timeout, length)) as budget:
            self._run_rules(document, budget, findings)
        self.context.rule = None
        findings = apply_directives(document, findings)
        findings = apply_allowlist(document, findings, self.config.allow)
        findings = _drop_claimed(_dedupe(findings))
        for finding in findings:
            locate(finding, document)
            finding.severity = self.severity_of(finding.rule, finding)
        findings.sort(key=lambda f: (f.start, f.end, f.rule.id))
        assign_fingerprints(document, findings)
        return findings

    def _run_rules(self, document: Document, budget: Budget, findings: list[Finding]) -> None:
        """Each enabled rule in turn, each within the time budget; failures are recorded."""
        length = len(document.text)
        for rule in self.rules_for(document.path):
            self.context.rule = rule
            found: list[Finding] = []
            try:
                with budget.rule():
                    for finding in rule.check(document, self.context) or ():
                        if not (0 <= finding.start <= finding.end <= length):
                            raise ValueError(
                                f"finding span {finding.start}..{finding.end} outside the text (length {length})"
                            )
                        finding.rule = rule
                        found.append(finding)
                findings += found
            except RuleTimeout as error:  # a backtracking user pattern or a looping plugin
                self.failures.append(RuleFailure(
                    rule.id, self.host.rule_plugin(rule.id), document.path,
                    f"{error} (a pattern in a ruleset may backtrack catastrophically; "
                    "simplify it or raise 'rule-timeout')"))
            except CheckerError:  # the user's data or options are wrong: exit 2 with their message
                raise
            except Exception as error:  # a broken rule must not hide the others' findings
                findings += found  # nor what it found before it broke
                self.failures.append(RuleFailure(rule.id, self.host.rule_plugin(rule.id), document.path,
                                                 f"{type(error).__name__}: {error}"))


def locate(finding: Finding, document: Document) -> None:
    """Fill path, 1-based line/column (code points) and exclusive end column of a finding."""
    finding.path = document.path
    finding.line, finding.column = document.line_col(finding.start)
    end = finding.end
    if end > finding.start and document.text[end - 1] == "\n":
        end -= 1  # a span that swallows its line's newline ends at that line
    finding.end_line, finding.end_column = document.line_col(max(end, finding.start))
    finding.text = document.text[finding.start:finding.end].rstrip("\n")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for finding in findings:
        key = (finding.rule.id, finding.start, finding.end, finding.message)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


def _drop_claimed(findings: list[Finding]) -> list[Finding]:
    """Without the findings of other rules inside a span a finding claims (a garbled run
    explains its odd characters: a full-width ｈ in 浠ｈ〃 is no punctuation slip)."""
    claims = [(f.start, f.end, f.rule) for f in findings if f.claims_span]
    if not claims:
        return findings
    return [f for f in findings if f.claims_span or not any(
        start <= f.start and f.end <= end and f.rule is not rule for start, end, rule in claims)]


def _relative(path: str, config: Config) -> str:
    from pathlib import Path

    try:
        return PurePosixPath(Path(path).resolve().relative_to(config.root)).as_posix()
    except (ValueError, OSError):
        return PurePosixPath(path).as_posix()


def _glob_match(path: str, pattern: str) -> bool:
    """Gitignore-ish glob: ``**`` spans directories, a pattern without ``/`` matches a name."""
    if "/" not in pattern.rstrip("/"):
        return fnmatch.fnmatch(PurePosixPath(path).name, pattern) or fnmatch.fnmatch(path, pattern)
    return PurePosixPath(path).match(pattern) or fnmatch.fnmatch(path, pattern)


def worst_severity(findings: list[Finding]) -> int:
    return max((SEVERITY_RANK[f.severity] for f in findings), default=-1)
