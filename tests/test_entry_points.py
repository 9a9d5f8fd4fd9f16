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
