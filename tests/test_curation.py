"""Editors' corrections survive re-ingest, every change is on record, people merge."""

import hashlib
from datetime import date

import pytest
from django.urls import reverse

from cases.curation import MergeError, merge_officers
from cases.ingest.records import Document, Person, ReleaseRecord
from cases.ingest.save import SaveStatus, save_release
from cases.models import Case, Officer, OfficerRedirect, Result, ReviewStatus
from tests.admin_forms import post_change_form
from tests.factories import CaseFactory, OfficerFactory, ResultFactory

pytestmark = pytest.mark.django_db


def document(text: str) -> Document:
    return Document(
        path="release.txt",
        raw_text=text,
        text=text,
        published=date(2022, 7, 1),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def release(outcome: str, age: int) -> ReleaseRecord:
    person = Person(
        name="John Smith",
        rank="Police Constable",
        force="West Mercia Police",
        age=age,
        outcome=outcome,
        standards=["discreditable conduct"],
    )
    return ReleaseRecord(
        is_outcome=True,
        force="West Mercia Police",
        title="PC dismissed",
        people=[person],
    )


def test_a_correction_in_the_admin_survives_reingest_of_same_and_changed_document(
    editor_client,
):
    save_release(document("v1"), release("dismissed", 33), parser_version="1")
    result = Result.objects.get()
    url = reverse("admin:cases_result_change", args=[result.pk])
    post_change_form(editor_client, url, outcome="final written warning")

    same = save_release(document("v1"), release("dismissed", 33), parser_version="2")
    changed = save_release(document("v2"), release("dismissed", 34), parser_version="2")

    result.refresh_from_db()
    assert result.outcome == "final written warning"  # the editor's value stands
    assert result.age == 34  # fields nobody corrected still follow the document
    assert same.status == changed.status == SaveStatus.UPDATED
    assert any("kept the editor's outcome" in line for line in changed.held_back)


def test_a_case_title_corrected_inline_is_kept(editor_client):
    save_release(document("v1"), release("dismissed", 33), parser_version="1")
    case = Case.objects.get()
    url = reverse("admin:cases_case_change", args=[case.pk])
    post_change_form(editor_client, url, title="PC John Smith dismissed")

    save_release(document("v2"), release("dismissed", 33), parser_version="1")

    case.refresh_from_db()
    assert case.title == "PC John Smith dismissed"
    assert case.edited_fields == ["title"]


def test_every_change_is_in_the_history_with_who_made_it(editor_client, editor):
    save_release(document("v1"), release("dismissed", 33), parser_version="1")
    result = Result.objects.get()
    url = reverse("admin:cases_result_change", args=[result.pk])
    post_change_form(editor_client, url, outcome="written warning")

    latest, first = result.history.all()[:2]
    assert (first.outcome, latest.outcome) == ("dismissed", "written warning")
    assert latest.history_user == editor
    source = result.case.sources.get()
    assert first.history_change_reason == f"ingest of source #{source.pk} (parser 1)"
    history_page = editor_client.get(
        reverse("admin:cases_result_history", args=[result.pk])
    )
    assert "written warning" in history_page.content.decode().lower()


def test_review_queue_lists_flagged_cases_first_and_marks_them_reviewed(editor_client):
    calm = CaseFactory(title="Calm case")
    flagged = CaseFactory(title="Flagged case", review_reasons="Two forces named.")
    CaseFactory(title="Done case", review_status=ReviewStatus.REVIEWED)
    url = reverse("admin:cases_caseforreview_changelist")

    page = editor_client.get(url).content.decode()
    assert page.index("Flagged case") < page.index("Calm case")
    assert "Done case" not in page

    editor_client.post(
        url,
        {"action": "mark_reviewed", "_selected_action": [calm.pk, flagged.pk]},
    )
    assert set(Case.objects.values_list("review_status", flat=True)) == {"reviewed"}


def test_merging_people_moves_results_and_redirects_the_old_page(
    editor_client, may_delete_people
):
    survivor = OfficerFactory(name="John Smith")
    duplicate = OfficerFactory(name="Jon Smith")
    ResultFactory(officer=duplicate)
    url = reverse("admin:cases_officer_changelist")

    editor_client.post(
        url,
        {
            "action": "merge_into_oldest",
            "_selected_action": [survivor.pk, duplicate.pk],
        },
    )

    assert list(Officer.objects.all()) == [survivor]
    assert Result.objects.get().officer == survivor
    assert OfficerRedirect.objects.get(old_id=duplicate.pk).officer == survivor
    deleted = Officer.history.filter(id=duplicate.pk, history_type="-").get()
    assert deleted.history_change_reason.startswith(f"merged into #{survivor.pk}")


def test_merging_needs_the_permission_to_delete_people(editor_client):
    first, second = OfficerFactory(), OfficerFactory()
    url = reverse("admin:cases_officer_changelist")

    page = editor_client.get(url).content.decode()
    editor_client.post(
        url, {"action": "merge_into_oldest", "_selected_action": [first.pk, second.pk]}
    )

    assert "merge_into_oldest" not in page
    assert Officer.objects.count() == 2


@pytest.mark.parametrize(
    "stored",
    [
        "First paragraph.\n\nSecond paragraph.",
        "First paragraph.  \nSecond paragraph.\n",
        "\nFirst paragraph.\r\nSecond paragraph.",
    ],
)
def test_saving_a_case_unchanged_records_no_correction(editor_client, stored):
    case = CaseFactory(summary=stored)
    url = reverse("admin:cases_case_change", args=[case.pk])

    post_change_form(editor_client, url)  # the textarea comes back in CRLF

    case.refresh_from_db()
    assert case.edited_fields == []
    assert case.summary == stored  # kept exactly as stored


def test_a_real_change_to_a_paragraphed_summary_is_a_correction(editor_client):
    case = CaseFactory(summary="First paragraph.\n\nSecond paragraph.")
    url = reverse("admin:cases_case_change", args=[case.pk])

    post_change_form(editor_client, url, summary="First paragraph.\r\n\r\nSecond.")

    case.refresh_from_db()
    assert case.edited_fields == ["summary"]


def test_people_with_results_in_one_case_are_not_merged():
    first = ResultFactory()
    second = ResultFactory(case=first.case)
    with pytest.raises(MergeError):
        merge_officers(first.officer, [second.officer])
    assert Officer.objects.count() == 2


def test_withheld_records_stay_in_the_admin(editor_client, client):
    hidden = CaseFactory(title="Hidden by a legal request", withheld=True)
    anonymised = OfficerFactory(name="Secret Person", withheld=True)
    assert client.get(anonymised.get_absolute_url()).status_code == 404

    cases = editor_client.get(reverse("admin:cases_case_changelist")).content.decode()
    people = editor_client.get(reverse("admin:cases_officer_changelist"))

    assert hidden.title in cases
    assert "Secret Person" in people.content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_withholding_a_case_in_the_admin_takes_it_off_the_public_pages(
    editor_client, client
):
    case = CaseFactory(title="Soon to be withheld")
    assert client.get(case.get_absolute_url()).status_code == 200
    url = reverse("admin:cases_case_change", args=[case.pk])

    post_change_form(
        editor_client, url, withheld="on", withheld_reason="Court order 2026/17"
    )

    assert client.get(case.get_absolute_url()).status_code == 404
    assert case.title not in client.get(reverse("cases:case-list")).content.decode()


def test_cases_can_be_marked_reviewed_from_the_case_list_too(editor_client):
    case = CaseFactory()
    url = reverse("admin:cases_case_changelist")

    editor_client.post(url, {"action": "mark_reviewed", "_selected_action": [case.pk]})

    case.refresh_from_db()
    assert case.review_status == ReviewStatus.REVIEWED


def test_unnamed_people_are_never_merged():
    named = OfficerFactory()
    unnamed = Officer.objects.create(anonymous=True, label="Officer A")

    with pytest.raises(MergeError, match="never merged"):
        merge_officers(named, [unnamed])
    with pytest.raises(MergeError, match="never merged"):
        merge_officers(unnamed, [named])
    assert Officer.objects.filter(pk__in=[named.pk, unnamed.pk]).count() == 2
