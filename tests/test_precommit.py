"""The pre-commit hooks, run by the real pre-commit against temporary git repositories.

``.pre-commit-hooks.yaml`` is exercised twice: by ``pre-commit try-repo`` (how a user tries the
hooks before adopting them) and through ``pre-commit install`` and real ``git commit`` calls (a
defective draft blocks the commit, a clean one passes, ``checker-fix`` rewrites a draft).

The hook repository is a git repository made from this working tree, so the test works in a
fresh clone. pre-commit installs it into a new virtualenv with pip, as for any user; to keep the
test fast and offline, the hook environment finds checker's dependencies (not checker itself)
on ``PYTHONPATH`` in a directory of links to the test environment's packages, and the project
is built with the setuptools that virtualenv seeds instead of an isolated build.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOK_REPO_FILES = ("src", "plugins", "rulesets", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
# Never linked into the dependency directory: checker itself (pip must install the hook repo's
# copy) and the packaging tools the hook environment brings its own versions of.
NOT_DEPENDENCIES = ("checker", "__editable__", "pip", "setuptools", "_distutils_hack", "pkg_resources",
                    "wheel", "virtualenv", "pre_commit", "__pycache__")

RULES = '''
import re
from checker import Finding, Fix, hookimpl, rule

@rule("ZP001", "placeholder-x", "placeholder", "error", "占位符", bad=["XX同志"], good=["X线片"])
def placeholder(doc, ctx):
    """Test rule."""
    for m in re.finditer(r"(?<![A-Za-z])XX(?![A-Za-z])", doc.prose):
        yield Finding(m.start(), m.end(), f"未填写的占位符“{m.group()}”")

@rule("ZP002", "double-bang", "punctuation", "warning", "连用感叹号", bad=["好！！"], good=["好！"], fixable=True)
def double_bang(doc, ctx):
    """Test rule with a safe fix."""
    for m in re.finditer("！{2,}", doc.prose):
        yield Finding(m.start(), m.end(), f"感叹号连用“{m.group()}”", suggestion="！",
                      fix=Fix.replace(m.start(), m.end(), "！"))

@hookimpl
def checker_rules():
    return [placeholder, double_bang]
'''
CLEAN = "同志们：\n今天的会议开得很好。\n"
DEFECTIVE = "同志们：\n请XX同志介绍经验。\n"
SHOUTING = "# 倡议书\n\n让我们行动起来！！\n"


def _factory():
    """fixtures/docx/factory.py, which writes Word files for tests."""
    spec = importlib.util.spec_from_file_location("docx_factory", ROOT / "fixtures" / "docx" / "factory.py")
    module = sys.modules.setdefault("docx_factory", importlib.util.module_from_spec(spec))
    if not hasattr(module, "Draft"):
        spec.loader.exec_module(module)
    return module


def run(args, cwd: Path, env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    result = run(["git", *args], cwd, env)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    if shutil.which("git") is None:
        pytest.fail("the pre-commit test needs git")
    home = tmp_path_factory.mktemp("precommit-home")
    deps = home / "deps"
    deps.mkdir()
    for key in ("purelib", "platlib"):
        for entry in Path(sysconfig.get_paths()[key]).iterdir():
            name = entry.name.lower()
            if name.endswith(".pth") or name.startswith(NOT_DEPENDENCIES) or (deps / entry.name).exists():
                continue
            (deps / entry.name).symlink_to(entry)
    gitconfig = home / "gitconfig"
    gitconfig.write_text("[user]\n\tname = 审稿人\n\temail = editor@example.org\n"
                         "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    result = dict(os.environ)
    for key in list(result):
        if key.startswith(("PRE_COMMIT", "GIT_", "VIRTUALENV_")) or key in ("PYTHONPATH", "FORCE_COLOR"):
            del result[key]
    result.update({
        "PYTHONPATH": str(deps),
        "GIT_CONFIG_GLOBAL": str(gitconfig),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(home / "store"),
        "PRE_COMMIT_COLOR": "never",
        "VIRTUALENV_SETUPTOOLS": "bundle",  # seed setuptools on every Python version
        "PIP_NO_BUILD_ISOLATION": "false",  # pip's inverted spelling: build without isolation
        "PIP_NO_INPUT": "1",
        "NO_COLOR": "1",
    })
    return result


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env) -> tuple[Path, str]:
    """This working tree's code and hook manifest, committed to a fresh repository."""
    repo = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in HOOK_REPO_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=ignore)
        else:
            shutil.copy2(source, repo / name)
    git(repo, env, "init", "-q")
    git(repo, env, "add", "-A")
    git(repo, env, "commit", "-q", "-m", "checker hooks")
    return repo, git(repo, env, "rev-parse", "HEAD").stdout.strip()


def drafts_repo(path: Path, env: dict[str, str]) -> Path:
    path.mkdir(parents=True)
    git(path, env, "init", "-q")
    (path / "rules.py").write_text(RULES, encoding="utf-8")
    (path / "checker.toml").write_text('plugins = ["rules.py"]\nselect = ["ZP"]\n', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def try_repo_run(tmp_path_factory, env, hook_repo):
    """``pre-commit try-repo`` with both hooks, started in the background (it installs its own
    environment, which takes a few seconds) so that it runs while the commit test runs."""
    repo = drafts_repo(tmp_path_factory.mktemp("try") / "drafts", env)
    (repo / "good.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "bad.txt").write_text(DEFECTIVE, encoding="utf-8")
    (repo / "shout.md").write_text(SHOUTING, encoding="utf-8")
    docx = _factory().template_speech().write(repo / "讲话.docx")
    git(repo, env, "add", "-A")
    process = subprocess.Popen(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo[0]),
         "--files", "good.txt", "bad.txt", "shout.md", "讲话.docx", "--verbose"],
        cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    yield repo, process, docx.read_bytes()
    if process.poll() is None:
        process.kill()
        process.wait()


def test_installed_hooks_block_a_defective_commit_and_pass_a_clean_one(tmp_path, env, hook_repo, try_repo_run):
    repo_path, rev = hook_repo
    repo = drafts_repo(tmp_path / "drafts", env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path.as_posix()}\n    rev: {rev}\n    hooks:\n"
        "      - id: checker\n      - id: checker-fix\n", encoding="utf-8")
    result = run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert result.returncode == 0, result.stdout + result.stderr

    (repo / "会议通知.txt").write_text(CLEAN, encoding="utf-8")
    git(repo, env, "add", "-A")
    result = run(["git", "commit", "-m", "clean draft"], repo, env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "checker (Chinese drafts)" in output and "Passed" in output and "Failed" not in output

    (repo / "讲话.txt").write_text(DEFECTIVE, encoding="utf-8")
    (repo / "倡议.md").write_text(SHOUTING, encoding="utf-8")
    git(repo, env, "add", "-A")
    result = run(["git", "commit", "-m", "defective drafts"], repo, env)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "2:2  错误  ZP001 未填写的占位符“XX”" in output
    assert "files were modified by this hook" in output
    assert git(repo, env, "rev-list", "--count", "HEAD").stdout.strip() == "1"
    # checker-fix applied the safe fix; the placeholder needs a person.
    assert (repo / "倡议.md").read_text(encoding="utf-8") == "# 倡议书\n\n让我们行动起来！\n"
    assert (repo / "讲话.txt").read_text(encoding="utf-8") == DEFECTIVE

    (repo / "讲话.txt").write_text(DEFECTIVE.replace("XX", "王立新"), encoding="utf-8")
    git(repo, env, "add", "-A")
    result = run(["git", "commit", "-m", "fixed drafts"], repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(repo, env, "rev-list", "--count", "HEAD").stdout.strip() == "2"


def test_try_repo_reports_defective_drafts_and_fixes_what_is_safe(try_repo_run):
    repo, process, docx_before = try_repo_run
    output, _ = process.communicate(timeout=240)
    assert process.returncode == 1, output
    checker_part, _, fix_part = output.partition("checker --fix (Chinese drafts)")
    assert "checker (Chinese drafts)" in checker_part and "Failed" in checker_part
    # The defective drafts are reported, with the place in the Word file; the clean one is not.
    assert "bad.txt" in checker_part and "2:2  错误  ZP001 未填写的占位符“XX”" in checker_part
    assert "讲话.docx" in checker_part and "(表格1第2行第2列)" in checker_part
    assert "good.txt" not in checker_part
    # The fix hook rewrote the Markdown draft and left the Word file alone.
    assert "Failed" in fix_part and "files were modified by this hook" in fix_part
    assert (repo / "shout.md").read_text(encoding="utf-8") == "# 倡议书\n\n让我们行动起来！\n"
    assert (repo / "bad.txt").read_text(encoding="utf-8") == DEFECTIVE
    assert (repo / "讲话.docx").read_bytes() == docx_before


def test_manifest_is_valid_and_hooks_pick_the_right_files():
    import re

    import yaml

    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", ".pre-commit-hooks.yaml"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"checker", "checker-fix"}
    assert hooks["checker"]["entry"] == "checker" and hooks["checker-fix"]["entry"] == "checker --fix"
    assert all(hook["language"] == "python" for hook in hooks.values())
    assert all(hook["require_serial"] is True for hook in hooks.values())  # checker shares out itself
    checked = re.compile(hooks["checker"]["files"])
    fixed = re.compile(hooks["checker-fix"]["files"])
    for name in ("讲话.txt", "纪要.md", "说明.markdown", "报告.DOCX", "a/b/通知.docx"):
        assert checked.search(name), name
    for name in ("rules.py", "checker.toml", "讲话.doc", "讲话.docx.bak", "图片.png"):
        assert not checked.search(name), name
    assert fixed.search("讲话.txt") and not fixed.search("报告.docx")
