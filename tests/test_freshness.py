"""The public pages' cache: one query while nothing changes, and never a stale page once
a change is recorded, whichever way it was made: an ingest, an editor, curation."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from cases import freshness
from cases.curation import mark_reviewed
from cases.models import ArchiveState, Case, Result
from tests.admin_forms import post_change_form
from tests.factories import OfficerFactory, ResultFactory, full_case

pytestmark = pytest.mark.django_db

HARRISON = Path(__file__).resolve().parent.parent / "seeds" / "000_bfc693bbd04dafad.txt"
TITLE = "West Mercia Police officer dismissed for gross misconduct"


@pytest.fixture
def editor_browser(editor):
    """An editor in a browser of their own, beside the anonymous `client`."""
    browser = Client()
    browser.force_login(editor)
    return browser


def page(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def public_pages() -> list[str]:
    return [
        reverse("cases:home"),
        reverse("cases:case-list"),
        reverse("cases:case-list") + "?q=dismissed",
        reverse("cases:force-detail", kwargs={"slug": "kent-police"}),
    ]


def ingest(folder: Path) -> None:
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())


def test_a_cached_page_is_served_again_with_one_query(
    client, django_assert_num_queries
):
    full_case(title="Shown case")
    first = page(client, reverse("cases:case-list"))

    with django_assert_num_queries(1):
        again = page(client, reverse("cases:case-list"))

    assert again == first


def test_different_query_strings_are_cached_separately(client):
    full_case(title="Kent case", force="Kent Police")
    full_case(title="Mercia case", force="West Mercia Police")
    url = reverse("cases:case-list")

    kent = page(client, url, force="kent-police")
    mercia = page(client, url, force="west-mercia-police")

    assert "Kent case" in kent and "Mercia case" not in kent
    assert "Mercia case" in mercia and "Kent case" not in mercia


def test_the_same_filters_in_another_order_are_one_cached_page(
    client, django_assert_num_queries
):
    full_case(force="Kent Police")
    url = reverse("cases:case-list")
    page(client, f"{url}?force=kent-police&outcome=dismissed")

    with django_assert_num_queries(1):
        page(client, f"{url}?outcome=dismissed&force=kent-police")


def test_new_documents_ingested_show_at_once(client, tmp_path):
    before = {url: page(client, url) for url in public_pages()[:3]}
    (tmp_path / HARRISON.name).write_text(HARRISON.read_text())

    ingest(tmp_path)  # new documents are saved in bulk

    for url, html in before.items():
        assert TITLE not in html
        assert TITLE in page(client, url), url


def test_a_changed_document_reingested_shows_at_once(client, tmp_path):
    release = tmp_path / HARRISON.name
    release.write_text(HARRISON.read_text())
    ingest(tmp_path)
    assert TITLE in page(client, reverse("cases:case-list"))

    release.write_text(HARRISON.read_text().replace(TITLE, "PC Harrison dismissed"))
    ingest(tmp_path)  # a changed document is saved on its own, in place

    html = page(client, reverse("cases:case-list"))
    assert "PC Harrison dismissed" in html
    assert TITLE not in html


def test_an_editors_correction_shows_at_once(client, editor_browser):
    case = full_case(title="Officer dismised")
    assert "Officer dismised" in page(client, reverse("cases:case-list"))

    url = reverse("admin:cases_case_change", args=[case.pk])
    post_change_form(editor_browser, url, title="Officer dismissed")

    html = page(client, reverse("cases:case-list"))
    assert "Officer dismissed" in html
    assert "Officer dismised" not in html


def test_a_case_withheld_in_the_admin_leaves_every_cached_page_at_once(
    client, editor_browser
):
    case = full_case(title="Case to withhold", force="Kent Police")
    for url in public_pages():
        assert "Case to withhold" in page(client, url), url

    url = reverse("admin:cases_case_change", args=[case.pk])
    post_change_form(editor_browser, url, withheld="on", withheld_reason="Order")

    for url in public_pages():
        assert "Case to withhold" not in page(client, url), url


def test_a_person_withheld_in_the_admin_is_unnamed_on_every_cached_page_at_once(
    client, editor_browser
):
    person = OfficerFactory(name="Secret Person")
    full_case(title="Officer dismissed", officer=person, force="Kent Police")
    by_name = reverse("cases:case-list") + "?q=Secret+Person"
    for url in public_pages():
        assert "Secret Person" in page(client, url), url
    assert "Officer dismissed" in page(client, by_name)

    url = reverse("admin:cases_officer_change", args=[person.pk])
    post_change_form(editor_browser, url, withheld="on", withheld_reason="Order")

    for url in public_pages():
        assert "Secret Person" not in page(client, url), url
    assert "Officer dismissed" not in page(client, by_name)  # nor found by the name


def test_a_result_deleted_in_the_admin_leaves_the_cached_pages_at_once(
    client, editor_browser
):
    result = ResultFactory(officer=OfficerFactory(name="Wrongly Listed"))
    assert "Wrongly Listed" in page(client, reverse("cases:case-list"))

    editor_browser.post(
        reverse("admin:cases_result_changelist"),
        {"action": "delete_selected", "_selected_action": [result.pk], "post": "yes"},
    )

    assert not Result.objects.exists()
    assert "Wrongly Listed" not in page(client, reverse("cases:case-list"))


def test_people_merged_in_the_admin_show_as_one_at_once(
    client, editor_browser, may_delete_people
):
    survivor = OfficerFactory(name="John Smith")
    duplicate = OfficerFactory(name="Jon Smith")
    ResultFactory(officer=duplicate)
    assert "Jon Smith" in page(client, reverse("cases:case-list"))

    editor_browser.post(
        reverse("admin:cases_officer_changelist"),
        {
            "action": "merge_into_oldest",
            "_selected_action": [survivor.pk, duplicate.pk],
        },
    )

    html = page(client, reverse("cases:case-list"))
    assert "John Smith" in html
    assert "Jon Smith" not in html


def test_marking_cases_reviewed_shows_at_once(client):
    full_case(title="Checked case")
    assert "Reviewed by an editor" not in page(client, reverse("cases:case-list"))

    mark_reviewed(Case.objects.all())

    assert "Reviewed by an editor" in page(client, reverse("cases:case-list"))


def test_a_write_that_records_no_change_is_not_seen_until_one_does(client):
    case = full_case(title="Old title")
    page(client, reverse("cases:case-list"))

    Case.objects.filter(pk=case.pk).update(title="New title")  # not a write path
    assert "Old title" in page(client, reverse("cases:case-list"))

    freshness.record_change([case.pk])
    assert "New title" in page(client, reverse("cases:case-list"))


def test_logged_in_editors_get_pages_made_afresh(editor_browser):
    case = full_case(title="Old title")
    page(editor_browser, reverse("cases:case-list"))

    Case.objects.filter(pk=case.pk).update(title="New title")  # no change recorded

    assert "New title" in page(editor_browser, reverse("cases:case-list"))


def test_a_reader_with_a_session_is_not_served_from_the_cache(client):
    case = full_case(title="Old title")
    page(client, reverse("cases:case-list"))
    Case.objects.filter(pk=case.pk).update(title="New title")  # no change recorded

    client.cookies["sessionid"] = "anything"

    assert "New title" in page(client, reverse("cases:case-list"))


def test_the_page_cache_can_be_turned_off(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE = False
    full_case()
    page(client, reverse("cases:stats"))

    # The page's own query, no version: the facts' version; every count, and the
    # forces of its filters, come from the facts.
    with django_assert_num_queries(1):
        page(client, reverse("cases:stats"))


def test_each_recorded_change_raises_the_version_by_one():
    before = freshness.archive_version()

    freshness.record_change()

    state = ArchiveState.objects.get()
    assert state.version == before + 1
    assert state.changed_at is not None


def test_the_version_row_is_made_again_if_it_was_lost():
    ArchiveState.objects.all().delete()
    assert freshness.archive_version() == 0

    freshness.record_change()

    assert freshness.archive_version() == 1


def test_a_case_restored_from_its_history_shows_at_once(client, editor_browser):
    case = full_case(title="First title")
    first = case.history.earliest()
    url = reverse("admin:cases_case_change", args=[case.pk])
    post_change_form(editor_browser, url, title="Second title")
    assert "Second title" in page(client, reverse("cases:case-list"))

    revert = reverse(
        "admin:cases_case_simple_history", args=[case.pk, first.history_id]
    )
    post_change_form(editor_browser, revert)

    assert "First title" in page(client, reverse("cases:case-list"))
