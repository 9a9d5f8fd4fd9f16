"""Entry points are read from the distributions' own files, as importlib.metadata reads them."""

from importlib import metadata

from checker.entry_points import entry_points


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_installed_plugins_are_the_ones_importlib_metadata_lists():
    ours = sorted((e.name, e.value) for e in entry_points("checker.plugins"))
    theirs = sorted((e.name, e.value) for e in metadata.entry_points(group="checker.plugins"))
    assert ours == theirs and ("ads", "checker_plugins.ads") in ours


def test_groups_distributions_and_shadowing(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write(first / "zh_extra-1.2.dist-info" / "entry_points.txt",
          "# comment\n[console_scripts]\nzh = zh_extra:main\n\n[checker.plugins]\n"
          "extra = zh_extra.plugin\n  legal = zh_extra.legal:plugin \n")
    write(first / "other-0.1.egg-info" / "entry_points.txt", "[checker.plugins]\nother = other_pkg\n")
    write(first / "no_entries-1.0.dist-info" / "METADATA", "Name: no-entries\n")
    write(second / "zh_extra-0.9.dist-info" / "entry_points.txt", "[checker.plugins]\nold = zh_extra.old\n")
    found = entry_points("checker.plugins", [str(first), str(second), str(tmp_path / "missing")])
    assert [(e.name, e.value, e.distribution) for e in found] == [
        ("other", "other_pkg", "other 0.1"),
        ("extra", "zh_extra.plugin", "zh_extra 1.2"),
        ("legal", "zh_extra.legal:plugin", "zh_extra 1.2"),
    ]  # the second zh_extra is shadowed by the first on the path


def test_load_follows_module_and_attribute(tmp_path, monkeypatch):
    write(tmp_path / "ep_sample_pkg" / "__init__.py", "class Holder:\n    plugin = 'it'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from checker.entry_points import EntryPoint

    assert EntryPoint("x", "ep_sample_pkg:Holder.plugin", "").load() == "it"
    assert EntryPoint("x", "ep_sample_pkg", "").load().Holder.plugin == "it"


BLOCK_PLUGINS = r'''
import sys
class Unimportable:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "checker_plugins":
            raise ModuleNotFoundError(f"No module named {name!r}")
sys.meta_path.insert(0, Unimportable())
from checker.cli import main
sys.exit(main(sys.argv[1:]))
'''


def test_a_run_whose_plugins_all_fail_to_load_is_an_error_not_an_empty_report(tmp_path):
    # Say, the engine run from a source tree without installing it: the built-in plugins'
    # package cannot be imported. A clean-looking report would pass a CI gate.
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("今天召开XX会议,研究工作。\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", BLOCK_PLUGINS, "--format", "json", "a.txt"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "no rules to run: plugin 'ads'" in proc.stderr
    assert "No module named 'checker_plugins'" in proc.stderr


def test_a_run_without_any_plugin_says_so(cli, tmp_path, monkeypatch):
    import checker.plugin_host

    monkeypatch.setattr(checker.plugin_host, "entry_points", lambda group: [])
    (tmp_path / "a.txt").write_text("今天召开会议。\n", encoding="utf-8")
    result = cli(["a.txt"], cwd=tmp_path)
    assert result.code == 2
    assert result.err.strip() == ("checker: no rules to run: no plugin was found; is checker installed "
                                  "with its plugins (pip install .)?")
