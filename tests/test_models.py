"""The database itself holds the archive's invariants."""

import pytest
from django.db import IntegrityError, transaction

from cases.models import Case, Officer
from tests.factories import (
    AllegationFactory,
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    existing_force,
)

pytestmark = pytest.mark.django_db


def assert_rejected(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_one_result_per_person_per_case(result):
    assert_rejected(lambda: ResultFactory(case=result.case, officer=result.officer))


def test_same_named_person_in_one_force_is_one_officer(officer):
    assert_rejected(lambda: OfficerFactory(name=officer.name, force=officer.force))


def test_same_name_in_another_force_is_another_officer(officer):
    other = OfficerFactory(name=officer.name, force=existing_force("Kent Police"))
    assert other.pk != officer.pk


def test_anonymous_people_are_never_the_same_officer():
    force = existing_force()
    first = Officer.objects.create(anonymous=True, label="Officer A", force=force)
    second = Officer.objects.create(anonymous=True, label="Officer A", force=force)
    assert first.pk != second.pk


def test_anonymous_officer_has_no_name():
    assert_rejected(lambda: Officer.objects.create(anonymous=True, name="John Smith"))


def test_named_officer_needs_a_name():
    assert_rejected(lambda: Officer.objects.create(anonymous=False, name=""))


@pytest.mark.parametrize(
    "field, value",
    [
        ("outcome", "sacked"),
        ("severity", "serious misconduct"),
        ("criminal", "guilty"),
        ("rank", "Constable"),
        ("proceeding", "tribunal"),
        ("age", 7),
    ],
)
def test_result_values_outside_the_vocabulary_are_rejected(field, value):
    assert_rejected(lambda: ResultFactory(**{field: value}))


def test_not_proven_carries_no_severity():
    assert_rejected(lambda: ResultFactory(outcome="not proven", severity="misconduct"))


def test_stage_date_needs_its_precision():
    assert_rejected(
        lambda: CaseFactory(hearing_on="2022-06-30", hearing_on_precision="")
    )


def test_precision_without_a_date_is_rejected():
    assert_rejected(lambda: CaseFactory(outcome_on=None, outcome_on_precision="day"))


def test_allegation_period_must_run_forwards():
    assert_rejected(
        lambda: AllegationFactory(period_start="2019-08-01", period_end="2018-11-01")
    )


def test_source_documents_are_unique_by_content_hash():
    source = SourceDocumentFactory()
    assert_rejected(lambda: SourceDocumentFactory(sha256=source.sha256))


def test_a_failed_source_states_its_reason():
    assert_rejected(lambda: SourceDocumentFactory(status="failed", error=""))


def test_deleting_a_case_keeps_its_sources(source):
    source.case.delete()
    source.refresh_from_db()
    assert source.case is None


def test_case_slug_comes_from_its_title():
    case = CaseFactory(title="PC dismissed for gross misconduct")
    assert case.slug == "pc-dismissed-for-gross-misconduct"
    assert case.get_absolute_url() == f"/cases/{case.pk}/{case.slug}/"


def test_officer_name_normalisation_folds_punctuation_and_case():
    assert Officer.normalise_name("John  O’Neil-Smith") == Officer.normalise_name(
        "john o'neil smith"
    )


def test_cases_read_newest_outcome_first():
    old = CaseFactory(outcome_on="2019-01-01", outcome_on_precision="day")
    new = CaseFactory(outcome_on="2023-01-01", outcome_on_precision="day")
    assert list(Case.objects.all()) == [new, old]


def test_result_str_names_the_person_and_outcome(result):
    assert str(result) == f"{result.officer.name} — Dismissed"
