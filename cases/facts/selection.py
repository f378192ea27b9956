"""Filters as masks over the facts, and what they select: counts, and cases in order.

A filter on a case's own field is a mask over the cases; a filter on a person's result
is a mask over the results, and the person filters must all hold for the SAME person,
as in the database's `EXISTS` (`cases.filters`). A count for a choice of one filter
applies all the others: `cases(skip=(name,))`.
"""

from collections import Counter

import numpy as np

from cases.facts.columns import CASE_FIELDS, NOT_ALONE, RESULT_FIELDS, Facts


class Selection:
    """The cases that a set of filters allows, over one `Facts`."""

    def __init__(self, facts: Facts):
        self.facts = facts
        self.case_masks: dict[str, np.ndarray] = {}
        self.person_masks: dict[str, np.ndarray] = {}
        self._known: dict = {}  # masks worked out, until a filter is added
        self.rank: np.ndarray | None = None  # a text search's relevance, per case

    def where(self, name: str, field: str, lookup: str, value) -> "Selection":
        """Add the filter `name`: `field` `lookup` `value` (exact, gte or lte), on a
        case's field or on a person's."""
        facts = self.facts
        if field in RESULT_FIELDS:
            if lookup != "exact":
                raise ValueError(f"people's {field} can only be matched exactly")
            code = RESULT_FIELDS[field].code(value)
            if field in facts.results:
                mask = facts.results[field] == code
            else:
                table = facts.table(field)
                mask = np.zeros(len(facts.case_row), dtype=bool)
                mask[table.result[table.code == code]] = True
            self.person_masks[name] = mask
            self._known.clear()
            return self
        column = facts.cases[field]
        # A number from a form is a Decimal: numpy would compare it row by row.
        value = CASE_FIELDS[field].code(value) if field in CASE_FIELDS else int(value)
        if lookup == "exact":
            mask = column == value
        elif lookup == "gte":
            mask = column >= value
        elif lookup == "lte":
            mask = (column <= value) & (column != 0)  # 0: no year, as NULL in SQL
        else:
            raise ValueError(f"no lookup {lookup!r} on the facts")
        self.case_masks[name] = mask
        self._known.clear()
        return self

    def among(self, name: str, ids, rank=None) -> "Selection":
        """Add the filter `name`: only the cases with these ids (a text search's),
        with their relevance `rank` (one a case, in the same order) if known."""
        self.case_masks[name] = self.facts.rows_of(ids)
        if rank is not None:
            at = self.facts.rows_at(ids)
            public = at < self.facts.size
            self.rank = np.zeros(self.facts.size, dtype=np.float32)
            self.rank[at[public]] = np.asarray(rank)[public]
        self._known.clear()
        return self

    # --- Which cases ---------------------------------------------------------------

    def cases(self, skip: tuple[str, ...] = ()) -> np.ndarray:
        """Mask of the cases every filter but those in `skip` allows (do not change
        it: it is kept for the next question)."""
        key = ("cases", tuple(skip))
        if key not in self._known:
            mask = self._case_filters(skip)
            with_people = self._cases_with_people(skip)
            if with_people is not None:
                mask &= with_people
            self._known[key] = mask
        return self._known[key]

    def count(self, skip: tuple[str, ...] = ()) -> int:
        return int(np.count_nonzero(self.cases(skip)))

    def ids(self, order: str = "newest") -> np.ndarray:
        """Ids of the selected cases in one of the orders of `Facts.order`, or by
        `relevance`: the most relevant first, then newest, as the database ranks."""
        if order == "relevance":
            rows = self.facts.order("newest")
            rows = rows[self.cases()[rows]]
            rows = rows[np.argsort(-self.rank[rows], kind="stable")]
        else:
            rows = self.facts.order(order)
            rows = rows[self.cases()[rows]]
        return self.facts.case_ids[rows]

    # --- How many of each ----------------------------------------------------------

    def case_counts(self, field: str, skip: tuple[str, ...] = ()) -> Counter:
        """Selected cases per value of a case field (blank and no force or year left
        out), every filter but those in `skip` applied."""
        values = self.facts.cases[field][self.cases(skip)]
        numbers = np.bincount(values.astype(np.intp))
        vocabulary = CASE_FIELDS.get(field)
        return Counter(
            {
                vocabulary.value(code) if vocabulary else int(code): int(numbers[code])
                for code in np.flatnonzero(numbers)
                if code  # 0: blank, no force, no year
            }
        )

    def person_counts(self, field: str, skip: tuple[str, ...] = ()) -> Counter:
        """Cases per value of a person field: cases that the case filters allow in
        which one person has that value and meets the person filters not in `skip`."""
        people = self._people(skip)
        if people is None:
            return self.cases_per_value(field, self._case_filters(()))
        if "results" not in self._known:
            self._known["results"] = self._case_filters(())[self.facts.case_row]
        return self.distinct_cases(field, self._known["results"] & people)

    def cases_per_value(self, field: str, cases: np.ndarray) -> Counter:
        """Cases per value of a person field among the cases in the mask `cases`,
        all of whose people count: each (case, value) pair once, from its case."""
        table = self.facts.table(field)
        codes = table.pair_code[cases[table.pair_case]]
        return _tally(np.bincount(codes, minlength=NOT_ALONE + 1), RESULT_FIELDS[field])

    def distinct_cases(self, field: str, rows: np.ndarray) -> Counter:
        """Cases per value of a person field among the results in the mask `rows`
        (a case with two people of that value counts once)."""
        table = self.facts.table(field)
        chosen = rows[table.shared_result]
        pairs, codes = table.shared_pair[chosen], table.shared_code[chosen]
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = pairs[1:] != pairs[:-1]
        numbers = np.bincount(codes[first], minlength=NOT_ALONE + 1)
        if table.alone_by_result is not None:
            numbers += np.bincount(table.alone_by_result[rows], minlength=NOT_ALONE + 1)
        else:
            alone = table.alone_code[rows[table.alone_result]]
            numbers += np.bincount(alone, minlength=NOT_ALONE + 1)
        return _tally(numbers, RESULT_FIELDS[field])

    def people_counts(self, field: str, rows: np.ndarray | None = None) -> Counter:
        """People's results per value of a person field, among the results in `rows`
        (all of the selected cases' results by default)."""
        if rows is None:
            rows = self.result_rows()
        table = self.facts.table(field)
        return _counts(table.code[rows[table.result]], RESULT_FIELDS[field])

    def matching_results(self, case_ids) -> np.ndarray:
        """Ids of the results in the cases `case_ids` whose person meets every
        person filter (none without a person filter)."""
        people = self._people(())
        if people is None:
            return np.zeros(0, dtype=np.int64)
        in_cases = self.facts.rows_of(case_ids)[self.facts.case_row]
        return self.facts.result_ids[in_cases & people]

    def result_rows(self) -> np.ndarray:
        """Mask of the results in the selected cases."""
        return self.cases()[self.facts.case_row]

    # --- Parts ---------------------------------------------------------------------

    def _case_filters(self, skip) -> np.ndarray:
        mask = np.ones(self.facts.size, dtype=bool)
        for name, condition in self.case_masks.items():
            if name not in skip:
                mask &= condition
        return mask

    def _people(self, skip) -> np.ndarray | None:
        """Results that meet every person filter not in `skip`; None without any."""
        masks = [m for name, m in self.person_masks.items() if name not in skip]
        if not masks:
            return None
        return np.logical_and.reduce(masks)

    def _cases_with_people(self, skip) -> np.ndarray | None:
        """Mask of the cases in which one person meets every person filter not in
        `skip`; None without any. Worked out once for each set of person filters:
        the facets of the case fields all skip a case filter and share it."""
        names = tuple(name for name in self.person_masks if name not in skip)
        key = ("with people", names)
        if names and key not in self._known:
            mask = np.zeros(self.facts.size, dtype=bool)
            mask[self.facts.case_row[self._people(skip)]] = True
            self._known[key] = mask
        return self._known.get(key)


def _counts(codes: np.ndarray, vocabulary) -> Counter:
    return _tally(np.bincount(codes, minlength=len(vocabulary.values)), vocabulary)


def _tally(numbers: np.ndarray, vocabulary) -> Counter:
    """Value → count, from counts by code (NOT_ALONE's left out)."""
    return Counter(
        {
            vocabulary.value(code): int(numbers[code])
            for code in vocabulary.counted()
            if numbers[code]
        }
    )
