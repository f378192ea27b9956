"""The review queue finds what needs review: flagged cases first, their reasons shown and
filterable, links to edit each case and open its source, every value beside its quote."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from cases.models import ReviewStatus
from tests.factories import (
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    evidence,
    standard,
)

pytestmark = pytest.mark.django_db

DAY = {"outcome_on_precision": "day"}
QUEUE = reverse("admin:cases_caseforreview_changelist")


def queue_titles(client, query: str = "") -> list[str]:
    page = BeautifulSoup(client.get(f"{QUEUE}{query}").content, "lxml")
    return [
        cell.get_text(strip=True) for cell in page.select("#result_list .field-title")
    ]


def test_flagged_cases_come_first_whatever_their_dates(editor_client):
    # The model's own order (newest outcome first) would put these two last.
    for n in range(5):
        CaseFactory(title=f"Calm {n}", outcome_on=date(2024, 1, 1 + n), **DAY)
    CaseFactory(
        title="Flagged old", outcome_on=date(2010, 1, 1), review_reasons="x", **DAY
    )
    CaseFactory(
        title="Flagged undated", review_reasons="Several forces are named: A, B."
    )

    titles = queue_titles(editor_client)

    assert set(titles[:2]) == {"Flagged old", "Flagged undated"}
    assert len(titles) == 7


def test_the_extractors_reasons_are_shown_one_by_one(editor_client):
    CaseFactory(
        review_reasons="Several forces are named: Kent Police, Essex Police.\n"
        "A finding but no sanction was read for PC Jane Smith."
    )

    page = BeautifulSoup(editor_client.get(QUEUE).content, "lxml")

    items = [li.get_text() for li in page.select("#result_list .field-reasons li")]
    assert items == [
        "Several forces are named: Kent Police, Essex Police.",
        "A finding but no sanction was read for PC Jane Smith.",
    ]


def test_the_queue_filters_by_kind_of_reason(editor_client):
    CaseFactory(title="Two forces", review_reasons="Several forces are named: A, B.")
    CaseFactory(
        title="Odd wording",
        review_reasons="Outcome wording the vocabulary does not know: 'sacked'; not "
        "mapped.",
    )
    CaseFactory(title="Nothing to say")

    assert queue_titles(editor_client, "?reason=forces") == ["Two forces"]
    assert queue_titles(editor_client, "?reason=unknown-wording") == ["Odd wording"]
    assert queue_titles(editor_client, "?reason=none") == ["Nothing to say"]
    assert len(queue_titles(editor_client, "?reason=any")) == 2


def test_each_row_links_to_edit_the_case_and_open_its_source(editor_client):
    case = CaseFactory(review_reasons="x")
    source = SourceDocumentFactory(case=case, url="https://police.example/news/1")

    page = BeautifulSoup(editor_client.get(QUEUE).content, "lxml")

    links = {a["href"] for a in page.select("#result_list .field-links a")}
    assert links == {
        reverse("admin:cases_case_change", args=[case.pk]),
        reverse("admin:cases_sourcedocument_change", args=[source.pk]),
        "https://police.example/news/1",
    }


@pytest.fixture
def extracted(db):
    text = (
        "Former PC Jane Smith, known as Officer B, was dismissed. "
        "She breached honesty and integrity."
    )
    case = CaseFactory(review_status=ReviewStatus.MACHINE)
    source = SourceDocumentFactory(case=case, text=text)
    officer = OfficerFactory(name="Jane Smith", label="Officer B")
    result = ResultFactory(
        case=case,
        officer=officer,
        evidence=evidence(source, "Jane Smith", "name")
        | evidence(source, "Officer B", "label")
        | evidence(source, "was dismissed", "outcome")
        | evidence(source, "honesty and integrity", "standards"),
    )
    result.standards.set([standard("honesty and integrity")])
    return case


def extracted_rows(client, case) -> dict[str, tuple[str, str]]:
    url = reverse("admin:cases_caseforreview_change", args=[case.pk])
    page = BeautifulSoup(client.get(url).content, "lxml")
    rows = {}
    for row in page.select("table.evidence tbody tr"):
        who, field, value, quote = (
            cell.get_text(strip=True) for cell in row.select("td, th")
        )
        rows[field] = (value, quote)
    return rows


def test_every_extracted_value_is_shown_beside_its_quote(editor_client, extracted):
    rows = extracted_rows(editor_client, extracted)

    assert rows["name"] == ("Jane Smith", "Jane Smith")
    assert rows["label"] == ("Officer B", "Officer B")
    assert rows["outcome"] == ("dismissed", "was dismissed")
    assert rows["is_outcome"] == ("yes", "was dismissed")
    assert rows["standards"] == ("honesty and integrity", "honesty and integrity")
    assert rows["rank"][0] == "Police Constable"  # a value with no quote is shown too
