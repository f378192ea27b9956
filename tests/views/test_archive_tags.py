"""Dates as precisely as they are known, and the time between stages (no database)."""

from datetime import date

import pytest

from cases.templatetags.archive import (
    describe_days,
    describe_gap,
    iso_partial,
    partial_date,
)


@pytest.mark.parametrize(
    "precision, shown, machine",
    [
        ("day", "3 September 2019", "2019-09-03"),
        ("month", "September 2019", "2019-09"),
        ("year", "2019", "2019"),
    ],
)
def test_a_date_is_shown_as_precisely_as_it_is_known(precision, shown, machine):
    assert partial_date(date(2019, 9, 3), precision) == shown
    assert iso_partial(date(2019, 9, 3), precision) == machine


@pytest.mark.parametrize(
    "days, words",
    [
        (1, "1 day"),
        (12, "12 days"),
        (75, "2 months"),
        (365, "12 months"),
        (800, "2 years 2 months"),
        (731, "2 years"),
    ],
)
def test_spans_are_worded_in_days_then_months_then_years(days, words):
    assert describe_days(days) == words


@pytest.mark.parametrize(
    "earlier, earlier_precision, later, later_precision, words",
    [
        (date(2019, 9, 1), "month", date(2020, 8, 14), "day", "about 11 months"),
        (date(2019, 9, 1), "month", date(2019, 9, 20), "day", "the same month"),
        (date(2019, 1, 1), "year", date(2021, 6, 2), "day", "about 2 years"),
        (date(2021, 6, 1), "day", date(2021, 6, 15), "day", "14 days"),
        (date(2021, 6, 1), "day", date(2021, 6, 1), "day", "the same day"),
    ],
)
def test_the_gap_between_stages_is_no_more_precise_than_its_dates(
    earlier, earlier_precision, later, later_precision, words
):
    assert describe_gap(earlier, earlier_precision, later, later_precision) == words
