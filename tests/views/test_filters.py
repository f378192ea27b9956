"""CaseFilter: the one FilterSet behind the list page, exports and the API."""

import pytest

from cases.filters import CaseFilter
from cases.synthetic import generate_cases

pytestmark = pytest.mark.django_db

FACETED = (
    "force",
    "outcome",
    "severity",
    "proceeding",
    "rank",
    "standard",
    "status",
    "barred",
    "criminal",
    "review",
)


@pytest.fixture
def generated(db):
    generate_cases(120, seed=7)


@pytest.mark.parametrize(
    "base",
    [
        {},
        {"outcome": "dismissed"},
        {"force": "metropolitan-police-service", "rank": "Sergeant"},
        {"status": "former", "year_from": "2019", "year_to": "2022"},
        {"q": "dismissed"},
    ],
)
def test_each_facet_count_is_what_choosing_it_gives(generated, base):
    facets = CaseFilter(base).facets()
    checked = 0
    for name in FACETED:
        for value, count in facets[name].items():
            chosen = CaseFilter({**base, name: value})
            assert chosen.is_valid(), chosen.errors
            assert chosen.qs.count() == count, (name, value)
            checked += 1
    assert checked > 10


def test_year_bounds_count_what_each_bound_would_give(generated):
    facets = CaseFilter({"year_to": "2022"}).facets()
    for year, count in facets["year_from"].items():
        chosen = CaseFilter({"year_from": year, "year_to": "2022"})
        assert chosen.qs.count() == count


def test_an_unfiltered_list_is_ordered_newest_first(generated):
    dates = [case.case_date for case in CaseFilter({}).qs[:20]]
    assert dates == sorted(dates, reverse=True)


def test_sorting_is_not_counted_as_a_filter():
    assert not CaseFilter({"sort": "oldest"}).is_filtered
    assert CaseFilter({"outcome": "dismissed"}).is_filtered
