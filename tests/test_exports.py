import csv
import io
import json
import re
from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cases import exports
from cases.choices import Outcome, Rank, Standard
from cases.models import Case, ProfessionalStandard
from cases.views import CaseListView
from tests.factories import (
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    existing_force,
)

CSV_URL = reverse("cases:case-export-csv")
JSON_URL = reverse("cases:case-export-json")
WEST_MIDLANDS = "west-midlands-police"


def export_json(client, query=""):
    response = client.get(f"{JSON_URL}?{query}")
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def export_csv(client, query=""):
    response = client.get(f"{CSV_URL}?{query}")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    return response, list(csv.DictReader(io.StringIO(text)))


def list_page_case_ids(client, query=""):
    """The case ids the list page shows for `query`, over all its pages, in order."""
    ids, page = [], 1
    while True:
        response = client.get(f"{reverse('cases:case-list')}?{query}&page={page}")
        ids += [case.pk for case in response.context["object_list"]]
        if not response.context["page_obj"].has_next():
            return ids
        page += 1


def make_case(force="West Midlands Police", outcome=Outcome.DISMISSED, **case):
    made = CaseFactory(force=existing_force(force), **case)
    ResultFactory(case=made, force=made.force, outcome=outcome)
    return made


@pytest.fixture
def many_cases(db):
    """More West Midlands dismissals than one page holds, among other cases."""
    wanted = [
        make_case(outcome_on=date(2020, 1, 1 + i % 28), outcome_on_precision="day")
        for i in range(CaseListView.paginate_by + 7)
    ]
    make_case(outcome=Outcome.FINAL_WRITTEN_WARNING)
    make_case(force="Kent Police")
    return wanted


def test_export_of_a_filtered_list_holds_exactly_the_rows_of_every_page(
    client, many_cases
):
    query = f"force={WEST_MIDLANDS}&outcome=dismissed"
    on_the_pages = list_page_case_ids(client, query)

    rows = export_json(client, query)["rows"]
    _, csv_rows = export_csv(client, query)

    assert len(on_the_pages) == len(many_cases) > CaseListView.paginate_by
    assert [row["case_id"] for row in rows] == on_the_pages
    assert [int(row["case_id"]) for row in csv_rows] == on_the_pages


def test_unfiltered_export_holds_every_case(client, many_cases):
    rows = export_json(client)["rows"]

    assert sorted(row["case_id"] for row in rows) == sorted(
        Case.objects.values_list("pk", flat=True)
    )


def test_export_follows_the_lists_sort(client, many_cases):
    query = f"force={WEST_MIDLANDS}&sort=oldest"

    rows = export_json(client, query)["rows"]

    assert [row["case_id"] for row in rows] == list_page_case_ids(client, query)


def test_person_filters_export_only_the_people_who_match(client, db):
    case = CaseFactory()
    sergeant = ResultFactory(case=case, rank=Rank.SERGEANT, position=0)
    ResultFactory(case=case, rank=Rank.POLICE_CONSTABLE, outcome=Outcome.NOT_PROVEN)

    filtered = export_json(client, "outcome=dismissed&rank=Sergeant")["rows"]
    everyone = export_json(client)["rows"]

    assert [row["officer_id"] for row in filtered] == [sergeant.officer_id]
    assert len(everyone) == 2


def test_a_case_with_no_people_gives_one_row_with_empty_person_fields(client, case):
    rows = export_json(client)["rows"]

    assert len(rows) == 1
    assert rows[0]["case_id"] == case.pk
    assert rows[0]["name"] is None
    assert rows[0]["standards"] == []


def test_a_row_carries_every_schema_field_and_absolute_urls(client, db):
    case = CaseFactory(
        referred_on=date(2019, 5, 1),
        referred_on_precision="month",
        outcome_on=date(2021, 3, 4),
        outcome_on_precision="day",
    )
    result = ResultFactory(
        case=case, age=33, severity="gross misconduct", barred=True, former=True
    )
    result.standards.add(
        ProfessionalStandard.objects.get(name=Standard.AUTHORITY_RESPECT_COURTESY),
        ProfessionalStandard.objects.get(name=Standard.HONESTY_AND_INTEGRITY),
    )
    source = SourceDocumentFactory(
        case=case,
        location="/srv/archive/inbox/release.html",
        url="https://example.org/release",
        publisher="",
    )

    (row,) = export_json(client)["rows"]
    _, (csv_row,) = export_csv(client)

    schema_fields = [
        "name",
        "rank",
        "force",
        "former",
        "age",
        "severity",
        "outcome",
        "criminal",
        "proceeding",
        "hearing_date",
        "standards",
        "barred",
    ]
    assert set(schema_fields) <= set(row)
    assert list(row) == list(exports.COLUMNS) == list(csv_row)
    assert row["name"] == result.officer.name
    assert row["age"] == 33
    assert row["former"] is True and csv_row["former"] == "true"
    assert row["referred_on"] == "2019-05-01"
    assert row["referred_on_precision"] == "month"
    assert row["standards"] == [
        "honesty and integrity",
        "authority, respect and courtesy",
    ]
    assert csv_row["standards"] == (
        "honesty and integrity; authority, respect and courtesy"
    )
    assert row["case_url"] == f"http://testserver/cases/{case.pk}/"
    assert row["officer_url"] == f"http://testserver/officers/{result.officer_id}/"
    assert row["source_urls"] == [f"http://testserver/sources/{source.pk}/"]
    assert row["source_original_urls"] == ["https://example.org/release"]
    assert row["source_publishers"] == ["example.org"]  # no name: the host
    assert csv_row["criminal"] == "" and row["criminal"] is None


def test_withheld_cases_and_names_are_absent(client, db):
    shown = make_case()
    hidden = make_case(title="Hidden case", withheld=True)
    secret = OfficerFactory(name="Secret Person", withheld=True)
    ResultFactory(case=shown, officer=secret, outcome=Outcome.DISMISSED)

    rows = export_json(client)["rows"]
    response = client.get(CSV_URL)
    text = b"".join(response.streaming_content).decode()

    assert hidden.pk not in {row["case_id"] for row in rows}
    assert "Hidden case" not in text
    assert "Secret Person" not in text
    withheld = [row for row in rows if row["name"] == "Name withheld"]
    assert len(withheld) == 1
    assert withheld[0]["officer_id"] is None
    assert withheld[0]["officer_url"] is None


def test_csv_is_stamped_in_headers_and_its_file_name(client, many_cases):
    response, rows = export_csv(
        client, f"outcome=dismissed&page=2&force={WEST_MIDLANDS}"
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["X-Archive-Query"] == f"force={WEST_MIDLANDS}&outcome=dismissed"
    generated = datetime.fromisoformat(response["X-Archive-Generated"])
    assert generated.tzinfo is not None
    assert datetime.fromisoformat(response["X-Archive-Data-Version"]) <= generated
    assert re.fullmatch(
        r'attachment; filename="misconduct-cases-\d{8}T\d{6}Z\.csv"',
        response["Content-Disposition"],
    )
    assert len(rows) == len(many_cases)


def test_json_export_has_its_stamp_before_its_rows_and_ends_with_the_count(
    client, many_cases
):
    response = client.get(f"{JSON_URL}?force={WEST_MIDLANDS}")
    body = b"".join(response.streaming_content).decode()
    data = json.loads(body)

    assert body.index('"meta"') < body.index('"rows"')
    meta = data["meta"]
    assert meta["query"] == f"force={WEST_MIDLANDS}"
    assert meta["list_url"] == f"http://testserver/cases/?force={WEST_MIDLANDS}"
    assert meta["export_url"] == f"http://testserver{JSON_URL}?force={WEST_MIDLANDS}"
    assert meta["data_version"] == response["X-Archive-Data-Version"]
    assert set(meta["columns"]) == set(exports.COLUMNS)
    assert data["count"] == len(data["rows"]) == len(many_cases) + 1


def test_data_version_is_the_time_of_the_latest_change(db):
    case = make_case()
    before = exports.data_version()

    case.title = "Corrected title"
    case.save()

    latest_edit = Case.history.latest("history_date").history_date
    assert exports.data_version() == latest_edit > before


def test_data_version_of_an_empty_archive_is_none(db):
    assert exports.data_version() is None


def test_invalid_filters_are_refused_with_the_reason(client, db):
    response = client.get(f"{CSV_URL}?outcome=promoted")

    assert response.status_code == 400
    assert "outcome" in json.loads(response.content)["errors"]


def count_export_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(JSON_URL)
        b"".join(response.streaming_content)
    return len(queries)


def test_export_queries_do_not_grow_with_rows(client, db):
    for _ in range(10):
        make_case()
    ten = count_export_queries(client)
    for _ in range(20):
        make_case()

    assert count_export_queries(client) == ten


def test_export_reads_three_queries_per_chunk_of_cases(client, db, monkeypatch):
    """The cases come through one cursor; each chunk prefetches its people, their
    standards and its sources."""
    monkeypatch.setattr(exports, "CHUNK_SIZE", 5)
    for _ in range(5):
        make_case()
    one_chunk = count_export_queries(client)
    for _ in range(10):
        make_case()

    assert count_export_queries(client) == one_chunk + 2 * 3


def test_the_list_page_links_to_exports_and_feed_of_its_query(client, many_cases):
    response = client.get(
        reverse("cases:case-list"), {"force": WEST_MIDLANDS, "page": 2}
    )
    html = response.content.decode()

    assert f'href="{CSV_URL}?force={WEST_MIDLANDS}"' in html
    assert f'href="{JSON_URL}?force={WEST_MIDLANDS}"' in html
    feed = reverse("cases:case-feed")
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="{feed}?force={WEST_MIDLANDS}"' in html


def test_generation_time_is_utc(db, rf):
    from cases.filters import CaseFilter

    stamp = exports.make_stamp(rf.get(CSV_URL), CaseFilter({}))

    assert stamp.generated_at.tzinfo == UTC
    assert stamp.as_dict()["generated_at"].endswith("Z")
