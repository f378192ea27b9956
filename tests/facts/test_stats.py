"""The stats page's charts and a force page's figures, counted from the public facts,
equal what the database counts with the same filters, on either database."""

from collections import Counter, defaultdict
from statistics import median

import pytest
from django.db.models import Count, Q

from cases import freshness, public, stats
from cases.filters import CaseFilter
from cases.models import Case, DatePrecision, Officer
from cases.synthetic import generate_cases

pytestmark = pytest.mark.django_db

FILTERS = [
    {},
    {"force": "metropolitan-police-service"},
    {"outcome": "dismissed", "year_from": "2020"},
    {"severity": "gross misconduct", "status": "former"},
    {"standard": "honesty and integrity", "year_to": "2021"},
    {"proceeding": "misconduct hearing", "barred": "yes"},
]


@pytest.fixture
def archive(db):
    """Generated cases, some withheld, some people withheld, some undated or with no
    force."""
    generate_cases(150, seed=12)
    cases = list(Case.objects.order_by("pk").values_list("pk", flat=True))
    Case.objects.filter(pk__in=cases[::9]).update(withheld=True)
    Case.objects.filter(pk__in=cases[1::11]).update(force=None)
    Case.objects.filter(pk__in=cases[2::13]).update(
        outcome_on=None,
        outcome_on_precision="",
        hearing_on=None,
        hearing_on_precision="",
        published_on=None,
    )
    people = list(Officer.objects.order_by("pk").values_list("pk", flat=True))
    Officer.objects.filter(pk__in=people[::7]).update(withheld=True)
    freshness.record_change()


def filtered(params) -> tuple:
    """(the facts' selection, the database's cases) of the list's filters."""
    filterset = CaseFilter(params)
    assert filterset.is_valid()
    return filterset.selection, filterset.qs.order_by()


def results_of(cases):
    return public.results_of_listed_cases().filter(case__in=cases.values("pk"))


def banded(rows) -> dict:
    bands = defaultdict(Counter)
    for group, outcome, n in rows:
        bands[group][stats.GROUP_OF[outcome]] += n
    return dict(bands)


def spans(cases) -> dict:
    """Days from referral to outcome per force id (None: no force), as SQL gives."""
    rows = (
        cases.exclude(referred_on=None)
        .exclude(outcome_on=None)
        .exclude(referred_on_precision=DatePrecision.YEAR)
        .exclude(outcome_on_precision=DatePrecision.YEAR)
        .values_list("force__slug", "referred_on", "outcome_on")
    )
    days = defaultdict(list)
    for slug, referred, outcome in rows:
        if outcome >= referred:
            days[slug].append((outcome - referred).days)
    return days


@pytest.mark.parametrize("params", FILTERS)
def test_the_stats_charts_count_what_the_database_counts(archive, params):
    selection, cases = filtered(params)
    results = results_of(cases)
    with_outcome = results.exclude(outcome="")

    by_year = with_outcome.annotate(year=public.case_year("case__"))
    by_year = by_year.values("year", "outcome").annotate(n=Count("pk"))
    assert dict(stats.outcomes_by_year(selection)) == banded(
        (r["year"], r["outcome"], r["n"]) for r in by_year.order_by()
    )
    by_force = with_outcome.values("case__force__name", "case__force__slug", "outcome")
    by_force = by_force.annotate(n=Count("pk")).order_by()
    assert dict(stats.outcomes_by_force(selection)) == banded(
        (
            (r["case__force__name"] or "", r["case__force__slug"] or ""),
            r["outcome"],
            r["n"],
        )
        for r in by_force
    )
    breaches = results.values("standards__name").annotate(n=Count("pk", distinct=True))
    expected = {r["standards__name"]: r["n"] for r in breaches.order_by()}
    assert {s: n for s, n in stats.breaches_by_standard(selection) if n} == {
        s: n for s, n in expected.items() if s
    }
    assert stats.people_counted(selection) == results.aggregate(
        people=Count("pk", distinct=True),
        with_outcome=Count("pk", distinct=True, filter=~Q(outcome="")),
        in_breach=Count("pk", distinct=True, filter=Q(standards__isnull=False)),
    )
    assert selection.count() == cases.count()
    days = spans(cases)
    assert {
        slug: (span.median_days, span.count)
        for _, slug, span in stats.referral_to_outcome_by_force(selection)
    } == {slug: (median(d), len(d)) for slug, d in days.items() if slug}
    assert days and results.exists()  # the filters leave something to count


def test_a_force_pages_figures_are_the_databases(archive):
    force = public.cases().values("force").annotate(n=Count("pk"))
    force = force.exclude(force=None).order_by("-n").first()["force"]
    cases = public.cases().filter(force=force).order_by()
    selection = filtered({"force": cases.first().force.slug})[0]

    by_outcome = results_of(cases).exclude(outcome="").values("outcome")
    by_outcome = by_outcome.annotate(n=Count("case", distinct=True)).order_by()
    assert dict(stats.cases_by_outcome(selection)) == {
        r["outcome"]: r["n"] for r in by_outcome
    }
    by_year = cases.exclude(year=None).values("year").annotate(n=Count("pk"))
    assert stats.cases_by_year(selection) == sorted(
        (r["year"], r["n"]) for r in by_year.order_by()
    )
    days = [d for ds in spans(cases).values() for d in ds]
    span = stats.referral_to_outcome(selection)
    assert (span.median_days, span.count) == (median(days), len(days))
