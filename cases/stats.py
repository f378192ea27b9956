"""Counts and durations for the force pages, the home page and /stats/.

Each function runs one grouped query (or fetches one column of date pairs) whatever the
number of cases, and works the same on SQLite and PostgreSQL: medians are taken in Python
over the fetched pairs rather than with a database-specific percentile function.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import median

from django.db.models import Count, Q, QuerySet

from cases import queries
from cases.choices import Outcome, Standard
from cases.models import Case, DatePrecision


@dataclass(frozen=True)
class OutcomeGroup:
    key: str
    label: str
    outcomes: tuple[str, ...]


OUTCOME_GROUPS = (
    OutcomeGroup(
        "dismissal",
        "Dismissed, or would have been",
        (Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED),
    ),
    OutcomeGroup("reduction", "Reduction in rank", (Outcome.REDUCTION_IN_RANK,)),
    OutcomeGroup(
        "warning",
        "Written or verbal warning",
        (
            Outcome.FINAL_WRITTEN_WARNING,
            Outcome.WRITTEN_WARNING,
            Outcome.VERBAL_WARNING,
        ),
    ),
    OutcomeGroup(
        "advice",
        "Management advice or reflective practice",
        (Outcome.MANAGEMENT_ADVICE, Outcome.REFLECTIVE_PRACTICE),
    ),
    OutcomeGroup(
        "none",
        "Not proven, or no further action",
        (Outcome.NOT_PROVEN, Outcome.NO_FURTHER_ACTION),
    ),
)
"""The ten outcomes in five bands, few enough to tell apart in a stacked chart."""

GROUP_OF = {
    outcome: group.key for group in OUTCOME_GROUPS for outcome in group.outcomes
}


@dataclass(frozen=True)
class Span:
    """Median days between two stages over `count` cases."""

    median_days: float | None
    count: int


def cases_by_outcome(cases: QuerySet[Case]) -> list[tuple[str, int]]:
    """(outcome, cases in which someone was given it), in the vocabulary's order.

    A case whose people had different outcomes counts once under each."""
    rows = dict(
        queries.results_of_listed_cases()
        .filter(case__in=cases.values("pk"))
        .exclude(outcome="")
        .order_by()
        .values("outcome")
        .annotate(n=Count("case", distinct=True))
        .values_list("outcome", "n")
    )
    return [(value, rows[value]) for value in Outcome.values if value in rows]


def cases_by_year(cases: QuerySet[Case]) -> list[tuple[int, int]]:
    rows = (
        cases.exclude(year=None)
        .order_by()
        .values("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )
    return sorted(rows)


def referral_to_outcome(cases: QuerySet[Case]) -> Span:
    """Median time from first referral to outcome, over cases with both dates known at
    least to the month (a month-precise date counts from the first of the month)."""
    days = [days for _, days in _referral_to_outcome_days(cases)]
    return Span(median(days) if days else None, len(days))


def referral_to_outcome_by_force(
    cases: QuerySet[Case] | None = None,
) -> list[tuple[str, str, Span]]:
    """(force name, slug, span) for each force with at least one dated case among
    `cases` (all public cases by default), slowest first."""
    cases = queries.public_cases() if cases is None else cases
    by_force = defaultdict(list)
    for force, days in _referral_to_outcome_days(
        cases.exclude(force=None), "force__name", "force__slug"
    ):
        by_force[force].append(days)
    spans = [
        (name, slug, Span(median(days), len(days)))
        for (name, slug), days in by_force.items()
    ]
    return sorted(spans, key=lambda row: (-row[2].median_days, row[0]))


def _referral_to_outcome_days(cases: QuerySet[Case], *group: str):
    rows = (
        cases.exclude(referred_on=None)
        .exclude(outcome_on=None)
        .exclude(referred_on_precision=DatePrecision.YEAR)
        .exclude(outcome_on_precision=DatePrecision.YEAR)
        .order_by()
        .values_list(*group, "referred_on", "outcome_on")
    )
    for *key, referred_on, outcome_on in rows:
        if outcome_on >= referred_on:
            yield tuple(key), (outcome_on - referred_on).days


def people_of(cases: QuerySet[Case] | None = None) -> QuerySet:
    """People's results in `cases` (all public cases by default)."""
    if cases is None:
        return queries.public_results()
    return queries.results_of_listed_cases().filter(case__in=cases.values("pk"))


def outcomes_by_year(cases: QuerySet[Case] | None = None) -> list[tuple]:
    """Per year, people's results by outcome band; results in cases with no known
    year under None, last (never dropped)."""
    rows = (
        people_of(cases)
        .exclude(outcome="")
        .annotate(year=queries.case_year("case__"))
        .order_by()
        .values("year", "outcome")
        .annotate(n=Count("pk"))
        .values_list("year", "outcome", "n")
    )
    banded = _banded(rows, key=lambda year: (year is None, year or 0))
    return banded


def outcomes_by_force(cases: QuerySet[Case] | None = None) -> list[tuple]:
    """Per force ((name, slug)), people's results by outcome band, most first; results
    in cases with no force under ("", ""), last."""
    rows = (
        people_of(cases)
        .exclude(outcome="")
        .order_by()
        .values("case__force__name", "case__force__slug", "outcome")
        .annotate(n=Count("pk"))
        .values_list("case__force__name", "case__force__slug", "outcome", "n")
    )
    banded = _banded(
        ((name or "", slug or ""), outcome, n) for name, slug, outcome, n in rows
    )
    return sorted(banded, key=lambda row: (not row[0][0], -row[1].total(), row[0]))


def breaches_by_standard(cases: QuerySet[Case] | None = None) -> list[tuple[str, int]]:
    """People found in breach of each standard, in Schedule 2 order."""
    rows = dict(
        people_of(cases)
        .exclude(standards=None)
        .order_by()
        .values("standards__name")
        .annotate(n=Count("pk", distinct=True))
        .values_list("standards__name", "n")
    )
    return [(value, rows.get(value, 0)) for value in Standard.values]


def people_counted(cases: QuerySet[Case] | None = None) -> dict[str, int]:
    """What the charts count out of: people's results, those with an outcome, and
    those found in breach of any standard, in one query."""
    return people_of(cases).aggregate(
        people=Count("pk", distinct=True),
        with_outcome=Count("pk", distinct=True, filter=~Q(outcome="")),
        in_breach=Count("pk", distinct=True, filter=Q(standards__isnull=False)),
    )


def _banded(rows, key=None) -> list:
    bands = defaultdict(Counter)
    for group, outcome, n in rows:
        bands[group][GROUP_OF[outcome]] += n
    if key is None:
        return sorted(bands.items())
    return sorted(bands.items(), key=lambda item: key(item[0]))
