"""The API answers the case list's query strings with the same records as the pages."""

import json
from datetime import date

import pytest
from django.urls import reverse

from cases import search
from cases.choices import Outcome, Rank, Standard
from cases.models import Case, ProfessionalStandard, ReviewStatus
from cases.views import CaseListView
from tests.factories import CaseFactory, ResultFactory, existing_force

QUERIES = [
    "",
    "force=west-midlands-police",
    "outcome=dismissed",
    "outcome=dismissed&rank=Sergeant",
    "year_from=2021&year_to=2022",
    "review=reviewed",
    "standard=honesty+and+integrity",
    "barred=yes&status=former",
    "q=relationship",
    "force=kent-police&sort=oldest",
]


@pytest.fixture
def archive(db):
    """A mix of cases: more West Midlands cases than a page holds, and others that
    differ in one filter each. In one case a sergeant is cleared while a constable is
    dismissed, so "dismissed sergeants" must not match it."""
    honesty = ProfessionalStandard.objects.get(name=Standard.HONESTY_AND_INTEGRITY)
    for i in range(CaseListView.paginate_by + 3):
        case = CaseFactory(
            force=existing_force("West Midlands Police"),
            outcome_on=date(2018 + i % 6, 1 + i % 12, 1 + i % 28),
            outcome_on_precision="day",
            review_status=ReviewStatus.REVIEWED if i % 3 else ReviewStatus.MACHINE,
        )
        result = ResultFactory(
            case=case,
            force=case.force,
            rank=Rank.SERGEANT if i % 4 == 1 else Rank.POLICE_CONSTABLE,
            outcome=Outcome.DISMISSED if i % 2 else Outcome.FINAL_WRITTEN_WARNING,
            barred=i % 5 == 0,
            former=i % 2 == 0,
        )
        if i % 3 == 0:
            result.standards.add(honesty)
    mixed = CaseFactory(
        force=existing_force("Kent Police"),
        summary="A sergeant was cleared; a constable who pursued a relationship was "
        "dismissed.",
    )
    ResultFactory(case=mixed, rank=Rank.SERGEANT, outcome=Outcome.NOT_PROVEN)
    ResultFactory(case=mixed, rank=Rank.POLICE_CONSTABLE, outcome=Outcome.DISMISSED)
    for year in (2021, 2022):
        ResultFactory(
            case=CaseFactory(
                force=existing_force("Kent Police"),
                published_on=date(year, 6, 1),
            )
        )
    CaseFactory(withheld=True, summary="A withheld relationship case.")
    # As the ingest does after writing cases (a no-op on SQLite).
    search.refresh_search_text(Case.objects.values_list("pk", flat=True))


def page_case_ids(client, query):
    ids, page = [], 1
    while True:
        response = client.get(f"{reverse('cases:case-list')}?{query}&page={page}")
        ids += [case.pk for case in response.context["object_list"]]
        if not response.context["page_obj"].has_next():
            return ids
        page += 1


def api_records(client, endpoint, query):
    records, url = [], f"/api/{endpoint}/?{query}"
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        records += response.json()["results"]
        url = response.json()["next"]
    return records


def export_rows(client, query):
    response = client.get(f"{reverse('cases:case-export-json')}?{query}")
    return json.loads(b"".join(response.streaming_content))["rows"]


@pytest.mark.parametrize("query", QUERIES)
def test_api_cases_are_the_pages_cases_in_the_pages_order(client, archive, query):
    on_the_pages = page_case_ids(client, query)

    from_the_api = [case["id"] for case in api_records(client, "cases", query)]

    assert from_the_api == on_the_pages


@pytest.mark.parametrize("query", QUERIES)
def test_api_results_are_the_rows_of_the_export(client, archive, query):
    rows = [(row["case_id"], row["officer_id"]) for row in export_rows(client, query)]

    results = api_records(client, "results", query)

    assert sorted((r["case"], r["officer"]) for r in results) == sorted(rows)


def test_the_queries_are_not_trivial(client, archive):
    counts = {query: len(page_case_ids(client, query)) for query in QUERIES}

    assert counts[""] > CaseListView.paginate_by
    assert all(0 < n < counts[""] for query, n in counts.items() if query)
    assert counts["outcome=dismissed&rank=Sergeant"] < counts["outcome=dismissed"]


def test_invalid_filters_are_refused_with_the_reason(client, db):
    response = client.get("/api/cases/", {"outcome": "promoted"})

    assert response.status_code == 400
    assert "outcome" in response.json()
