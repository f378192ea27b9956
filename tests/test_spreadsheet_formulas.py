"""CSV exports and the dump never hand a spreadsheet a formula (OWASP, CSV injection):
a cell that would start with =, +, -, @, a tab or a carriage return starts with a quote."""

import csv
import io
import json

import pytest
from django.core.management import call_command

from cases.exports import csv_value
from tests.factories import CaseFactory, OfficerFactory, ResultFactory

FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_that_would_be_a_formula_starts_with_a_quote(text):
    assert csv_value(text) == "'" + text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PC Jane Smith", "PC Jane Smith"),
        ("Smith = dismissed", "Smith = dismissed"),  # only a leading sign is a formula
        (-3, "-3"),  # numbers stay numbers
        (["=A1", "honesty"], "'=A1; honesty"),
        (None, ""),
    ],
)
def test_other_values_are_written_as_they_are(value, expected):
    assert csv_value(value) == expected


@pytest.fixture
def formula_case(db):
    case = CaseFactory(title='=HYPERLINK("http://evil.example")')
    ResultFactory(case=case, officer=OfficerFactory(name="@SUM(A1)"))
    return case


def test_the_csv_export_neutralises_formulas(client, formula_case):
    response = client.get("/cases/export.csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )

    assert rows[0]["case_title"] == "'" + formula_case.title
    assert rows[0]["name"] == "'@SUM(A1)"


def test_the_json_export_keeps_the_text_as_it_is(client, formula_case):
    response = client.get("/cases/export.json")
    rows = json.loads(b"".join(response.streaming_content))["rows"]
    assert rows[0]["case_title"] == formula_case.title


def test_the_dump_neutralises_formulas(formula_case, tmp_path):
    call_command("export", str(tmp_path))

    with (tmp_path / "cases.csv").open(encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f))
    with (tmp_path / "officers.csv").open(encoding="utf-8", newline="") as f:
        officers = list(csv.DictReader(f))
    assert cases[0]["title"] == "'" + formula_case.title
    assert officers[0]["name"] == "'@SUM(A1)"
