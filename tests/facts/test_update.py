"""cases/facts/update.py: after a write that names its cases, the facts held take in
those cases' facts, and are then what a whole read of the database gives."""

import numpy as np
import pytest

from cases import facts, freshness
from cases.facts import load, update
from cases.models import Case, ProfessionalStandard, Result
from cases.synthetic import generate_cases
from tests.factories import full_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(db):
    generate_cases(60, seed=5)
    freshness.record_change()
    return list(Case.objects.order_by("pk").values_list("pk", flat=True))


@pytest.fixture
def updates(monkeypatch):
    """The changed cases each update read again (the whole reads leave no trace)."""
    seen = []

    def spied(held, key, case_ids):
        seen.append(case_ids)
        return updated(held, key, case_ids)

    updated = update.updated
    monkeypatch.setattr(facts, "updated", spied)
    return seen


def assert_as_read_whole(held) -> None:
    whole = load.load_facts(held.key)
    assert np.array_equal(held.case_ids, whole.case_ids)
    for name, column in whole.cases.items():
        assert np.array_equal(held.cases[name], column), name
        assert held.cases[name].dtype == column.dtype, name
    assert np.array_equal(held.case_row, whole.case_row)
    assert np.array_equal(held.result_ids, whole.result_ids)
    for name, column in whole.results.items():
        assert np.array_equal(held.results[name], column), name
    assert sorted(standards_of(held)) == sorted(standards_of(whole))
    assert held.forces == whole.forces


def standards_of(held) -> list[tuple[int, int]]:
    rows, codes = held.standards
    return list(zip(held.result_ids[rows].tolist(), codes.tolist(), strict=True))


def test_a_correction_is_read_for_its_case_alone(archive, updates):
    facts.current()
    result = Result.objects.filter(case=archive[3]).first()
    result.outcome = "final written warning"
    result.save()
    freshness.record_change([archive[3]])

    held = facts.current()
    assert updates == [[archive[3]]]
    assert_as_read_whole(held)


def test_withheld_deleted_and_new_cases_and_a_moved_result(archive, updates):
    facts.current()
    Case.objects.filter(pk=archive[0]).update(withheld=True)
    freshness.record_change([archive[0]])
    facts.current()
    Case.objects.filter(pk=archive[1]).delete()
    freshness.record_change([archive[1]])
    new = full_case(standards=("honesty and integrity", "confidentiality"), people=2)
    moved = Result.objects.filter(case=archive[5]).first()
    moved.case_id = archive[6]
    moved.position = 99
    moved.save()
    moved.standards.add(ProfessionalStandard.objects.get(name="use of force"))
    freshness.record_change([archive[6]])  # its old case not named

    held = facts.current()
    assert archive[0] not in held.case_ids and archive[1] not in held.case_ids
    assert new.pk in held.case_ids
    assert archive[6] in updates[-1] and archive[5] not in updates[-1]
    assert_as_read_whole(held)


def test_a_change_that_names_no_case_reads_everything(archive, updates):
    facts.current()
    Case.objects.filter(pk=archive[2]).update(withheld=True)
    freshness.record_change()

    held = facts.current()
    assert updates == []
    assert archive[2] not in held.case_ids


def test_facts_older_than_the_change_log_are_read_whole(archive, updates, settings):
    facts.current()
    for _ in range(freshness.CHANGES_KEPT + 1):
        freshness.touch_archive([archive[4]])

    facts.current()
    assert updates == []
