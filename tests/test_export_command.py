import csv
import json

import pytest
from django.core.management import CommandError, call_command

from cases.choices import Outcome, Standard
from cases.models import Case, ProfessionalStandard, Result
from tests.factories import (
    AllegationFactory,
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
)

TABLES = ("forces", "officers", "cases", "results", "allegations", "sources")


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def archive(db):
    case = CaseFactory(title="Shown case")
    result = ResultFactory(case=case)
    result.standards.add(
        ProfessionalStandard.objects.get(name=Standard.AUTHORITY_RESPECT_COURTESY)
    )
    AllegationFactory(result=result)
    SourceDocumentFactory(case=case)
    secret = OfficerFactory(name="Secret Person", withheld=True)
    ResultFactory(
        case=case,
        officer=secret,
        outcome=Outcome.NOT_PROVEN,
        evidence={"outcome": {"quote": "Secret Person was cleared."}},
    )
    hidden = CaseFactory(title="Hidden case", withheld=True)
    hidden_result = ResultFactory(case=hidden)
    AllegationFactory(result=hidden_result, text="Hidden allegation")
    SourceDocumentFactory(case=hidden, title="Hidden source")
    return case


def test_export_writes_every_table_as_csv_and_json(archive, tmp_path, capsys):
    call_command("export", str(tmp_path / "dump"))

    dump = tmp_path / "dump"
    for table in TABLES:
        rows = read_csv(dump / f"{table}.csv")
        data = read_json(dump / f"{table}.json")
        assert data["count"] == len(data["rows"]) == len(rows), table
        assert data["meta"]["table"] == table
        assert [str(r["id"]) for r in data["rows"]] == [r["id"] for r in rows]
    manifest = read_json(dump / "manifest.json")
    assert manifest["tables"]["cases"] == 1
    assert manifest["tables"]["results"] == 2
    assert manifest["data_version"]
    assert "Wrote" in capsys.readouterr().out


def test_export_leaves_out_withheld_cases_and_names(archive, tmp_path):
    call_command("export", str(tmp_path), verbosity=0)

    everything = "".join(
        (tmp_path / f"{table}.{ext}").read_text(encoding="utf-8")
        for table in TABLES
        for ext in ("csv", "json")
    )
    for secret in (
        "Hidden case",
        "Hidden allegation",
        "Hidden source",
        "Secret Person",
    ):
        assert secret not in everything
    results = read_json(tmp_path / "results.json")["rows"]
    withheld = [r for r in results if r["outcome"] == Outcome.NOT_PROVEN]
    assert withheld[0]["officer_id"] is None
    assert withheld[0]["evidence"] == {}


def test_rows_keep_their_relations_and_lists(archive, tmp_path):
    call_command("export", str(tmp_path), verbosity=0)

    (case,) = read_csv(tmp_path / "cases.csv")
    results = read_csv(tmp_path / "results.csv")
    json_results = read_json(tmp_path / "results.json")["rows"]

    assert case["id"] == str(archive.pk)
    assert {r["case_id"] for r in results} == {str(archive.pk)}
    shown = Result.objects.get(case=archive, officer__withheld=False)
    (row,) = [r for r in json_results if r["id"] == shown.pk]
    assert row["standards"] == ["authority, respect and courtesy"]
    assert row["former"] is False


def test_the_data_dictionary_comes_from_the_models(archive, tmp_path):
    call_command("export", str(tmp_path), verbosity=0)

    dictionary = read_json(tmp_path / "data-dictionary.json")
    markdown = (tmp_path / "data-dictionary.md").read_text(encoding="utf-8")

    columns = {c["name"]: c for c in dictionary["tables"]["results"]["columns"]}
    severity = Result._meta.get_field("severity")
    assert columns["severity"]["description"].startswith(str(severity.help_text))
    assert columns["severity"]["values"] == ["gross misconduct", "misconduct"]
    assert columns["hearing_date"]["type"].startswith("date")
    assert columns["officer_id"]["type"] == "integer (id in officers)"
    assert "withheld" not in columns
    assert set(dictionary["tables"]) == set(TABLES)
    assert "## cases" in markdown
    assert str(Case._meta.get_field("review_status").help_text) in markdown
    assert "## Case-list export" in markdown
    for table in TABLES:
        header = read_csv(tmp_path / f"{table}.csv")[0].keys()
        described = [c["name"] for c in dictionary["tables"][table]["columns"]]
        assert list(header) == described, table


def test_export_refuses_a_path_that_is_a_file(db, tmp_path):
    target = tmp_path / "taken"
    target.write_text("")

    with pytest.raises(CommandError, match="not a folder"):
        call_command("export", str(target))
