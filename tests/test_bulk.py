"""`update_rows` writes what Django's `bulk_update` writes, on either database.

On PostgreSQL it is one UPDATE from arrays, so these tests send it what an array
literal must escape (quotes, backslashes, braces, commas, newlines, NULL, the word
NULL), JSON, dates, times and foreign keys; on SQLite they hold for `bulk_update`.
"""

from datetime import UTC, date, datetime

import pytest

from cases.bulk import insert_history, update_rows
from cases.models import Case, Force, SourceDocument
from tests.factories import CaseFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db

AWKWARD = 'He said "no", {then} a \\ and a comma,\nNULL\tand 😀 — the end'


def test_update_rows_writes_text_json_dates_and_keys_as_given():
    first, second = CaseFactory(), CaseFactory()
    other_force = Force.objects.exclude(pk=first.force_id).first()
    first.summary, second.summary = AWKWARD, "NULL"
    first.evidence = {"summary": {"quote": AWKWARD, "start": 0, "end": 3}}
    second.evidence = {}
    first.hearing_on, first.hearing_on_precision = date(2024, 2, 29), "day"
    first.force, second.force = other_force, None
    first.updated_at = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)

    update_rows(
        [first, second],
        [
            "summary",
            "evidence",
            "hearing_on",
            "hearing_on_precision",
            "force",
            "updated_at",
        ],
    )

    first_now, second_now = (
        Case.objects.get(pk=first.pk),
        Case.objects.get(pk=second.pk),
    )
    assert first_now.summary == AWKWARD and second_now.summary == "NULL"
    assert first_now.evidence == first.evidence and second_now.evidence == {}
    assert (first_now.hearing_on, second_now.hearing_on) == (date(2024, 2, 29), None)
    assert first_now.hearing_on_precision == "day"
    assert (first_now.force, second_now.force) == (other_force, None)
    assert first_now.updated_at == first.updated_at


def test_update_rows_leaves_other_fields_and_other_rows_alone():
    changed, untouched = CaseFactory(summary="before"), CaseFactory(summary="before")
    title = changed.title
    changed.summary, changed.title = "after", "not written"

    update_rows([changed], ["summary"])

    changed.refresh_from_db()
    untouched.refresh_from_db()
    assert (changed.summary, changed.title) == ("after", title)
    assert untouched.summary == "before"


def test_update_rows_keeps_the_first_of_two_objects_for_one_row_as_bulk_update_does():
    case = CaseFactory()
    first, second = (
        Case(pk=case.pk, summary="first"),
        Case(pk=case.pk, summary="second"),
    )

    update_rows([first, second], ["summary"])

    case.refresh_from_db()
    assert case.summary == "first"


def test_update_rows_links_documents_to_cases():
    case = CaseFactory()
    sources = [SourceDocumentFactory(case=None) for _ in range(3)]
    for source in sources:
        source.case = case

    update_rows(sources, ["case"])

    assert set(SourceDocument.objects.filter(case=case)) == set(sources)


def test_update_rows_with_nothing_to_write_does_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        update_rows([], ["summary"])


def test_insert_history_records_what_simple_history_records():
    cases = [CaseFactory(evidence={"title": {"quote": AWKWARD}}) for _ in range(3)]
    now = datetime(2026, 5, 6, 7, 8, 9, tzinfo=UTC)
    reasons = ["ingest of source #1 (parser 9)", "", AWKWARD[:100]]

    ours = insert_history(cases, update=True, date=now, reasons=reasons)
    theirs = Case.history.bulk_history_create(cases, update=True, default_date=now)

    def record(history_id):
        values = Case.history.filter(history_id=history_id).values().get()
        del values["history_id"]
        return values

    assert [record(pk) for pk in ours] == [record(r.history_id) for r in theirs]
    assert [record(pk)["history_change_reason"] for pk in ours] == reasons
    assert {record(pk)["history_type"] for pk in ours} == {"~"}


def test_update_rows_writes_a_field_named_twice_once():
    case = CaseFactory()
    case.summary = "after"

    update_rows([case], ["summary", "title", "summary"])

    case.refresh_from_db()
    assert case.summary == "after"
