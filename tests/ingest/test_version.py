"""version.py: the parser version follows the extraction rules, and only them."""

import shutil
from pathlib import Path

import pytest

from cases.ingest import PARSER_VERSION
from cases.ingest.version import INGEST, rule_files, rules_digest


@pytest.fixture
def ingest_copy(tmp_path) -> Path:
    copy = tmp_path / "ingest"
    shutil.copytree(INGEST, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_parser_version_is_the_digest_of_the_rules():
    assert rules_digest() == PARSER_VERSION
    paths = {path.relative_to(INGEST).as_posix() for path in rule_files()}
    assert {"extract.py", "clean.py", "read/document.py"} <= paths
    names = {path.name for path in rule_files()}
    assert not names & {"pipeline.py", "writer.py", "version.py"}


def test_a_changed_rule_changes_the_version(ingest_copy):
    before = rules_digest(ingest_copy)
    rule = ingest_copy / "extract.py"
    rule.write_text(rule.read_text() + "\n# a new wording\n")
    assert rules_digest(ingest_copy) != before


def test_a_new_rule_module_or_table_changes_the_version(ingest_copy):
    before = rules_digest(ingest_copy)
    (ingest_copy / "fields").mkdir(exist_ok=True)
    (ingest_copy / "fields" / "outcome.json").write_text('{"sacked": "dismissed"}')
    assert rules_digest(ingest_copy) != before


def test_the_save_stage_and_the_pipeline_do_not_change_the_version(ingest_copy):
    before = rules_digest(ingest_copy)
    for path in (ingest_copy / "pipeline.py", ingest_copy / "save" / "writer.py"):
        path.write_text(path.read_text() + "\n# faster\n")
    assert rules_digest(ingest_copy) == before


def test_line_endings_do_not_change_the_version(ingest_copy):
    before = rules_digest(ingest_copy)
    for path in rule_files(ingest_copy):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert rules_digest(ingest_copy) == before
