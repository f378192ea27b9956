"""save.py: records become rows once, are updated in place, and never half-saved."""

import hashlib
from datetime import date

import pytest

from cases.ingest.records import (
    Allegation,
    Document,
    PartialDate,
    Person,
    ReleaseRecord,
    Span,
    StageDates,
)
from cases.ingest.save import SaveStatus, save_failure, save_release
from cases.models import Case, Officer, Result, SourceDocument, SourceStatus

pytestmark = pytest.mark.django_db

VERSION = "test-1"


def document(
    text: str = "PC John Smith was dismissed.", path: str = "a.txt"
) -> Document:
    return Document(
        path=path,
        raw_text=text,
        text=text,
        title="Officer dismissed",
        published=date(2022, 7, 1),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def release(*people: Person, force: str = "West Mercia Police") -> ReleaseRecord:
    return ReleaseRecord(
        is_outcome=True,
        force=force,
        title="Officer dismissed",
        summary="A PC was dismissed.",
        people=list(people),
        dates=StageDates(
            referrals=[PartialDate(date(2019, 9, 1), "month")],
            hearing=PartialDate(date(2022, 6, 30)),
        ),
        evidence={"force": Span(0, 18, "West Mercia Police")},
    )


def smith(**changes) -> Person:
    fields = {
        "name": "John Smith",
        "rank": "Police Constable",
        "force": "West Mercia Police",
        "outcome": "dismissed",
        "severity": "gross misconduct",
        "standards": ["honesty and integrity", "discreditable conduct"],
        "barred": True,
        "allegations": [
            Allegation(
                text="formed a relationship with a vulnerable woman",
                standards=["discreditable conduct"],
                period_start=PartialDate(date(2018, 11, 1), "month"),
                period_end=PartialDate(date(2019, 8, 1), "month"),
                evidence=Span(5, 50, "formed a relationship with a vulnerable woman"),
            )
        ],
        "evidence": {"outcome": Span(14, 27, "was dismissed")},
    }
    return Person(**(fields | changes))


def anonymous(label: str = "Officer A") -> Person:
    return Person(label=label, outcome="final written warning")


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count() for model in (SourceDocument, Case, Officer, Result)
    )


def test_a_new_document_creates_its_case_people_allegations_and_evidence():
    outcome = save_release(document(), release(smith()), parser_version=VERSION)

    assert outcome.status == SaveStatus.CREATED
    case = Case.objects.get()
    assert case.force.name == "West Mercia Police"
    assert (case.referred_on, case.referred_on_precision) == (date(2019, 9, 1), "month")
    assert case.hearing_on == date(2022, 6, 30)
    source = case.sources.get()
    assert case.evidence["force"] == {
        "source": source.pk,
        "start": 0,
        "end": 18,
        "quote": "West Mercia Police",
    }
    result = case.results.get()
    assert result.officer.name == "John Smith"
    assert [s.name for s in result.standards.all()] == [
        "honesty and integrity",
        "discreditable conduct",
    ]
    assert result.evidence["outcome"]["quote"] == "was dismissed"
    allegation = result.allegations.get()
    assert allegation.period_start == date(2018, 11, 1)
    assert allegation.period_precision == "month"
    assert allegation.evidence["text"]["quote"].startswith("formed")


def test_saving_the_same_document_again_changes_nothing():
    save_release(document(), release(smith()), parser_version=VERSION)
    before = counts()
    updated_at = Case.objects.get().updated_at

    outcome = save_release(document(), release(smith()), parser_version=VERSION)

    assert outcome.status == SaveStatus.UNCHANGED
    assert counts() == before
    assert Case.objects.get().updated_at == updated_at


def test_the_same_release_under_two_paths_is_one_source():
    save_release(document(path="a.txt"), release(smith()), parser_version=VERSION)
    outcome = save_release(
        document(path="copy/a.txt"), release(smith()), parser_version=VERSION
    )
    assert outcome.status == SaveStatus.UNCHANGED
    assert counts() == (1, 1, 1, 1)


def test_a_changed_document_updates_its_records_in_place():
    save_release(document(), release(smith()), parser_version=VERSION)
    case_pk = Case.objects.get().pk

    changed = document("PC John Smith was given a final written warning.")
    outcome = save_release(
        changed, release(smith(outcome="final written warning")), parser_version=VERSION
    )

    assert outcome.status == SaveStatus.UPDATED
    assert counts() == (2, 1, 1, 1)  # both versions of the source are kept
    result = Result.objects.get()
    assert (result.case_id, result.outcome) == (case_pk, "final written warning")
    newest = SourceDocument.objects.current().get()
    assert (newest.sha256, newest.case_id) == (changed.sha256, case_pk)


def test_a_newer_parser_reads_stored_documents_again():
    save_release(document(), release(smith()), parser_version=VERSION)
    outcome = save_release(document(), release(smith(age=33)), parser_version="test-2")
    assert outcome.status == SaveStatus.UPDATED
    assert Result.objects.get().age == 33


def test_a_person_missing_from_the_updated_document_is_flagged_not_deleted():
    save_release(document(), release(smith(), anonymous()), parser_version=VERSION)
    save_release(document("changed"), release(smith()), parser_version=VERSION)

    case = Case.objects.get()
    assert case.results.count() == 2
    assert "No longer in the updated source document: Officer A" in case.review_reasons


def test_the_same_named_person_of_a_force_is_one_officer_across_documents():
    save_release(document("one"), release(smith()), parser_version=VERSION)
    save_release(
        document("two", path="b.txt"),
        release(smith(name="JOHN  SMITH")),
        parser_version=VERSION,
    )
    assert Officer.objects.count() == 1
    assert Case.objects.count() == 2


def test_the_same_name_in_another_force_is_left_for_editors():
    save_release(document("one"), release(smith()), parser_version=VERSION)
    other = smith(force="Kent Police")
    save_release(
        document("two", path="b.txt"),
        release(other, force="Kent Police"),
        parser_version=VERSION,
    )
    assert Officer.objects.count() == 2


def test_anonymised_people_are_never_merged():
    save_release(document("one"), release(anonymous()), parser_version=VERSION)
    save_release(
        document("two", path="b.txt"), release(anonymous()), parser_version=VERSION
    )
    assert Officer.objects.filter(anonymous=True, label="Officer A").count() == 2


def test_a_document_with_no_outcome_keeps_its_source_and_makes_no_case():
    outcome = save_release(
        document("An investigation has begun."),
        ReleaseRecord(is_outcome=False, force="Kent Police"),
        parser_version=VERSION,
    )
    assert outcome.status == SaveStatus.NOT_OUTCOME
    assert SourceDocument.objects.get().status == SourceStatus.NOT_OUTCOME
    assert Case.objects.count() == 0


def test_a_failure_while_saving_leaves_no_partial_rows():
    broken = smith(standards=["not a standard"])
    with pytest.raises(KeyError):
        save_release(document(), release(broken), parser_version=VERSION)
    assert counts() == (0, 0, 0, 0)


def test_a_failed_document_is_kept_with_its_reason():
    save_failure(document(), "extraction failed: boom", parser_version=VERSION)
    source = SourceDocument.objects.get()
    assert (source.status, source.error) == ("failed", "extraction failed: boom")


def test_a_failure_never_overwrites_a_parsed_source():
    save_release(document(), release(smith()), parser_version=VERSION)
    save_failure(document(), "extraction failed: boom", parser_version=VERSION)
    assert SourceDocument.objects.get().status == SourceStatus.PARSED


def test_a_person_read_twice_keeps_one_result_and_flags_the_case():
    outcome = save_release(
        document(),
        release(smith(), smith(outcome="written warning")),
        parser_version=VERSION,
    )

    assert outcome.status == SaveStatus.CREATED
    assert Result.objects.get().outcome == "dismissed"
    assert "John Smith was read twice" in Case.objects.get().review_reasons


def test_a_batch_with_a_person_read_twice_is_saved_in_bulk():
    from cases.ingest.save import Lookups, save_releases

    outcomes = save_releases(
        [(document(), release(smith(), smith()))],
        parser_version=VERSION,
        lookups=Lookups.load(),
    )

    assert [o.status for o in outcomes] == [SaveStatus.CREATED]
    assert Result.objects.count() == 1


def test_a_case_title_is_the_first_usable_headline_of_the_document():
    text = (
        "5 Essex Court\n\nHigh profile misconduct hearing reaches conclusion\n\nText."
    )
    record = release(smith())
    record.title = "5 Essex Court"

    save_release(document(text), record, parser_version=VERSION)

    assert (
        Case.objects.get().title == "High profile misconduct hearing reaches conclusion"
    )


def test_a_document_with_no_usable_headline_gets_one_made_from_its_facts():
    text = "ENGAGING\nESSEX\nSkip Navigation"
    record = release(smith(rank="Sergeant"), force="Greater Manchester Police")
    record.title = "ENGAGING"
    record.dates.outcome = PartialDate(date(2023, 6, 1), "month")

    save_release(document(text), record, parser_version=VERSION)

    assert (
        Case.objects.get().title
        == "Greater Manchester Police: sergeant dismissed, June 2023"
    )
