"""Counts and durations for the force pages and /stats/, from the public facts.

Each function takes a `Selection` over the public facts in memory (`cases.facts`), the
one a `CaseFilter` made of the page's filters, so that a chart counts exactly the cases
the case list with the same filters lists. Nothing here queries the database: the
figures are numpy counts over the selected cases and their people's results, and
medians are taken over the days from referral to outcome that the facts keep per case.
"""

from collections import Counter
from dataclasses import dataclass

import numpy as np

from cases.choices import Outcome, Standard
from cases.facts import Selection
from cases.facts.columns import MANY, RESULT_FIELDS


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
OUTCOMES = RESULT_FIELDS["outcome"]


@dataclass(frozen=True)
class Span:
    """Median days between two stages over `count` cases."""

    median_days: float | None
    count: int


def cases_by_outcome(selection: Selection) -> list[tuple[str, int]]:
    """(outcome, cases in which someone was given it), in the vocabulary's order.

    A case whose people had different outcomes counts once under each."""
    counts = selection.cases_per_value("outcome", selection.cases())
    return [(value, counts[value]) for value in Outcome.values if value in counts]


def cases_by_year(selection: Selection) -> list[tuple[int, int]]:
    return sorted(selection.case_counts("year").items())


def referral_to_outcome(selection: Selection) -> Span:
    """Median time from first referral to outcome, over cases with both dates known at
    least to the month (a month-precise date counts from the first of the month)."""
    days = _spans(selection)[1]
    return Span(float(np.median(days)) if len(days) else None, len(days))


def referral_to_outcome_by_force(selection: Selection) -> list[tuple[str, str, Span]]:
    """(force name, slug, span) for each force with at least one dated case among
    the selected ones, slowest first."""
    facts = selection.facts
    rows = _by_force_and_span(facts)
    rows = rows[selection.cases()[rows]]
    force, days = facts.cases["force"][rows], facts.cases["span"][rows]
    if not len(force):
        return []
    starts = np.flatnonzero(np.diff(force, prepend=-1))  # where each force begins
    counts = np.diff(np.append(starts, len(force)))
    # Each force's days are in order: the median is the middle one, or the mean of
    # the middle two, as np.median.
    low = days[starts + (counts - 1) // 2].astype(np.float64)
    medians = (low + days[starts + counts // 2]) / 2
    spans = []
    for start, median, count in zip(starts, medians, counts, strict=True):
        name, slug = facts.forces[int(force[start])]
        spans.append((name, slug, Span(float(median), int(count))))
    return sorted(spans, key=lambda row: (-row[2].median_days, row[0]))


def _by_force_and_span(facts) -> np.ndarray:
    """The rows of the cases with a force and a span, by force then days: sorted
    once for the facts held (each stats page sorted the selected ones again)."""
    key = ("by force and span",)
    if key not in facts.derived:
        cases = facts.cases
        rows = np.flatnonzero((cases["force"] != 0) & (cases["span"] >= 0))
        order = np.lexsort((cases["span"][rows], cases["force"][rows]))
        facts.derived[key] = rows[order]
    return facts.derived[key]


def _spans(selection: Selection) -> tuple[np.ndarray, np.ndarray]:
    """(force, days from referral to outcome) of the selected cases with both dates
    known at least to the month (the facts hold -1 for the others)."""
    cases = selection.facts.cases
    chosen = selection.cases() & (cases["span"] >= 0)
    return cases["force"][chosen], cases["span"][chosen]


def outcomes_by_year(selection: Selection) -> list[tuple]:
    """Per year, people's results by outcome band; results in cases with no known
    year under None, last (never dropped)."""
    facts = selection.facts
    year = facts.cases["year"][facts.case_row]
    counted = _by_outcome(selection, year)
    rows = ((int(y) or None, outcome, n) for (y, outcome), n in counted.items())
    return _banded(rows, key=lambda year: (year is None, year or 0))


def outcomes_by_force(selection: Selection) -> list[tuple]:
    """Per force ((name, slug)), people's results by outcome band, most first; results
    in cases with no force under ("", ""), last."""
    facts = selection.facts
    force = facts.cases["force"][facts.case_row]
    counted = _by_outcome(selection, force)
    rows = (
        (facts.forces.get(int(f), ("", "")), outcome, n)
        for (f, outcome), n in counted.items()
    )
    banded = _banded(rows)
    return sorted(banded, key=lambda row: (not row[0][0], -row[1].total(), row[0]))


def breaches_by_standard(selection: Selection) -> list[tuple[str, int]]:
    """People found in breach of each standard, in Schedule 2 order."""
    counts = selection.people_counts(MANY)
    return [(value, counts.get(value, 0)) for value in Standard.values]


def people_counted(selection: Selection) -> dict[str, int]:
    """What the charts count out of: people's results, those with an outcome, and
    those found in breach of any standard."""
    facts = selection.facts
    rows = selection.result_rows()
    in_breach = np.zeros(len(rows), dtype=bool)
    in_breach[facts.standards[0]] = True
    return {
        "people": int(np.count_nonzero(rows)),
        "with_outcome": int(np.count_nonzero(rows & (facts.results["outcome"] != 0))),
        "in_breach": int(np.count_nonzero(rows & in_breach)),
    }


def _by_outcome(selection: Selection, group: np.ndarray) -> Counter:
    """People's results with an outcome in the selected cases, per (group value,
    outcome), `group` holding a number per result."""
    outcome = selection.facts.results["outcome"]
    rows = selection.result_rows() & (outcome != 0)
    width = len(OUTCOMES.values)
    # Counted by position (group × outcome), not by sorting the keys: at 100,000
    # cases np.unique's sort was most of a chart's time.
    counts = np.bincount(group[rows].astype(np.int64) * width + outcome[rows])
    return Counter(
        {
            (int(key) // width, OUTCOMES.value(int(key) % width)): int(counts[key])
            for key in np.flatnonzero(counts)
        }
    )


def _banded(rows, key=None) -> list:
    bands = {}
    for group, outcome, n in rows:
        bands.setdefault(group, Counter())[GROUP_OF[outcome]] += n
    if key is None:
        return sorted(bands.items())
    return sorted(bands.items(), key=lambda item: key(item[0]))
