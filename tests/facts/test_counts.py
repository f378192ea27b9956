"""The public facts in memory count what the database counts, on either database."""

import pytest
from django.db.models import Count

from cases import facts, freshness, public
from cases.facts import Selection
from cases.filters import CaseFilter, SortChoice
from cases.models import Case, Officer
from cases.synthetic import generate_cases

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(db):
    """Generated cases, some withheld, some people withheld."""
    generate_cases(150, seed=11)
    cases = list(Case.objects.order_by("pk").values_list("pk", flat=True))
    Case.objects.filter(pk__in=cases[::9]).update(withheld=True)
    people = list(Officer.objects.order_by("pk").values_list("pk", flat=True))
    Officer.objects.filter(pk__in=people[::7]).update(withheld=True)
    freshness.record_change()


def everything() -> Selection:
    return Selection(facts.current())


def test_the_facts_hold_the_public_cases_and_their_results_only(archive):
    held = facts.current()
    shown = public.cases().order_by("pk").values_list("pk", flat=True)
    assert list(held.case_ids) == list(shown)
    assert len(held.case_row) == public.results().count()
    assert Case.objects.filter(withheld=True).exists()


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"severity": "gross misconduct", "status": "former"},
        {"standard": "honesty and integrity", "year_to": "2021"},
        {"proceeding": "misconduct hearing", "barred": "yes", "year_from": "2020"},
        {"q": "excessive force"},
        {"q": "dismissed", "rank": "Police Constable"},
    ],
)
@pytest.mark.parametrize("sort", ["", SortChoice.OLDEST, SortChoice.FORCE])
def test_the_list_has_the_databases_cases_in_its_order(archive, filters, sort):
    """A text search without a sort is ranked by relevance on PostgreSQL."""
    filterset = CaseFilter({**filters, "sort": sort})
    assert filterset.is_valid()
    listed = filterset.listed()
    expected = list(filterset.qs.values_list("pk", flat=True))
    assert list(listed.ids) == expected
    assert [case.pk for case in listed[:10]] == expected[:10]
    assert expected


def test_a_force_page_counts_what_the_database_does(archive):
    force = public.cases().values("force").annotate(n=Count("pk"))
    force = force.order_by("-n").first()["force"]
    cases = everything().where("force", "force", "exact", force)
    in_force = public.cases().filter(force=force)

    assert cases.count() == in_force.count()
    assert list(cases.ids()) == list(
        public.newest_first(in_force).values_list("pk", flat=True)
    )


@pytest.mark.parametrize(
    "filters",
    [
        {"severity": "gross misconduct", "status": "former"},
        {"standard": "honesty and integrity", "outcome": "dismissed"},
        {"rank": "Police Constable", "barred": "yes"},
        {"force": "metropolitan-police-service"},
    ],
)
def test_the_people_marked_as_matching_are_the_databases(archive, filters):
    filterset = CaseFilter(filters)
    assert filterset.is_valid()
    cases = list(filterset.qs[:40])
    person = filterset._person_condition(skip=())
    expected = set()
    if person:
        found = public.results_of_listed_cases().filter(person, case__in=cases)
        expected = set(found.values_list("pk", flat=True))

    assert filterset.matching_people(cases) == expected
    assert expected or not person
