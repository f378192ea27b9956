"""save/versions.py: a document that changes at a known location keeps every version."""

import pytest
from django.urls import reverse

from cases.ingest.records import ReleaseRecord, Span
from cases.ingest.save import SaveStatus, save_failure, save_release
from cases.models import Case, Result, SourceDocument, SourceStatus
from tests.ingest.test_save import VERSION, anonymous, document, release, smith

pytestmark = pytest.mark.django_db

FIRST = "PC John Smith of West Mercia Police was dismissed after a hearing."
SECOND = "PC John Smith of West Mercia Police was given a final written warning."
COOKIES = "We use cookies to improve your experience."


def spanned(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote), quote)


def first_version():
    person = smith(evidence={"outcome": spanned(FIRST, "was dismissed")})
    return save_release(document(FIRST), release(person), parser_version=VERSION)


def test_a_changed_document_keeps_the_old_text_as_its_previous_version():
    first_version()
    changed = smith(
        outcome="final written warning",
        evidence={"outcome": spanned(SECOND, "final written warning")},
    )
    save_release(document(SECOND), release(changed), parser_version=VERSION)

    old, new = SourceDocument.objects.order_by("id")
    assert (old.text, old.version) == (FIRST, 1)
    assert (new.text, new.version, new.previous_version) == (SECOND, 2, old)
    assert [s.pk for s in new.versions()] == [old.pk, new.pk]
    assert (old.is_current, new.is_current) == (False, True)
    assert old.case == new.case == Case.objects.get()
    evidence = Result.objects.get().evidence["outcome"]
    assert evidence["source"] == new.pk
    assert new.text[evidence["start"] : evidence["end"]] == "final written warning"


def test_evidence_left_from_an_older_version_still_points_into_its_text():
    first_version()
    save_release(document(SECOND), release(anonymous()), parser_version=VERSION)

    smiths = Result.objects.get(officer__name="John Smith")  # gone from version 2
    evidence = smiths.evidence["outcome"]
    source = SourceDocument.objects.get(pk=evidence["source"])
    assert source.version == 1
    assert source.text[evidence["start"] : evidence["end"]] == "was dismissed"


def test_a_page_replaced_by_a_cookie_notice_keeps_the_case_and_its_people():
    first_version()
    case = Case.objects.get()

    outcome = save_release(
        document(COOKIES), ReleaseRecord(is_outcome=False), parser_version=VERSION
    )

    assert outcome.held_back  # the ingest says it kept the case
    case.refresh_from_db()
    result = case.results.get()
    assert (result.outcome, result.officer.name) == ("dismissed", "John Smith")
    assert "reads as no outcome" in case.review_reasons
    old, new = SourceDocument.objects.order_by("id")
    assert old.text == FIRST  # nothing of the release is lost
    assert (new.status, new.case, new.version) == (SourceStatus.NOT_OUTCOME, case, 2)
    evidence = result.evidence["outcome"]
    assert evidence["source"] == old.pk
    assert old.text[evidence["start"] : evidence["end"]] == "was dismissed"


def test_the_next_release_after_a_cookie_notice_updates_the_same_case():
    first_version()
    case = Case.objects.get()
    save_release(
        document(COOKIES), ReleaseRecord(is_outcome=False), parser_version=VERSION
    )
    save_release(
        document(SECOND),
        release(smith(outcome="final written warning")),
        parser_version=VERSION,
    )

    assert Case.objects.get() == case
    assert case.results.get().outcome == "final written warning"
    assert [s.version for s in SourceDocument.objects.order_by("id")] == [1, 2, 3]


def test_content_read_again_at_its_old_version_changes_nothing():
    first_version()
    save_release(document(SECOND), release(smith(age=40)), parser_version=VERSION)

    outcome = save_release(document(FIRST), release(smith()), parser_version=VERSION)

    assert outcome.status == SaveStatus.UNCHANGED
    assert Result.objects.get().age == 40


def test_an_old_version_read_by_a_newer_parser_does_not_roll_the_case_back():
    first_version()
    save_release(document(SECOND), release(smith(age=40)), parser_version=VERSION)

    save_release(document(FIRST), release(smith(age=30)), parser_version="test-2")

    assert Result.objects.get().age == 40
    assert SourceDocument.objects.get(version=1).parser_version == "test-2"


def test_a_changed_document_that_fails_is_kept_as_a_version():
    first_version()
    save_failure(document(SECOND), "extraction failed: boom", parser_version=VERSION)

    new = SourceDocument.objects.current().get()
    assert (new.status, new.version, new.text) == (SourceStatus.FAILED, 2, SECOND)
    assert Result.objects.get().outcome == "dismissed"


def test_two_versions_in_one_batch_are_chained_in_order():
    from cases.ingest.save import Lookups, save_releases

    outcomes = save_releases(
        [
            (document(FIRST), release(smith())),
            (document(SECOND), release(smith(outcome="final written warning"))),
        ],
        parser_version=VERSION,
        lookups=Lookups.load(),
    )

    assert [o.status for o in outcomes] == [SaveStatus.CREATED, SaveStatus.UPDATED]
    assert SourceDocument.objects.current().get().version == 2
    assert Result.objects.get().outcome == "final written warning"


def test_the_source_page_says_which_version_it_shows(client):
    first_version()
    save_release(document(SECOND), release(smith()), parser_version=VERSION)
    old = SourceDocument.objects.get(version=1)

    page = client.get(old.get_absolute_url()).content.decode()

    assert "Version 1 of 2, captured" in page
    assert SourceDocument.objects.get(version=2).get_absolute_url() in page


def test_a_changed_copy_of_a_withheld_cases_document_stays_withheld():
    from cases import public

    first_version()
    Case.objects.update(withheld=True, withheld_reason="anonymity order")

    save_release(document(SECOND), release(smith()), parser_version=VERSION)

    case = Case.objects.get()  # no second, public case
    assert case.withheld
    assert SourceDocument.objects.current().get().case == case
    assert not public.sources().exists()


def test_the_admin_shows_a_sources_versions(editor_client):
    first_version()
    save_release(document(SECOND), release(smith()), parser_version=VERSION)
    old, new = SourceDocument.objects.order_by("id")

    page = editor_client.get(
        reverse("admin:cases_sourcedocument_change", args=[new.pk])
    ).content.decode()

    assert reverse("admin:cases_sourcedocument_change", args=[old.pk]) in page
    assert "version 2 (this one)" in page
