"""The public facts as numpy columns.

Two tables and a third for the standards. `cases`: one row per public case, in id
order — its force (id, 0 for none), proceeding, review status, year (0 for none), case
date and days from referral to outcome (as day numbers). `results`: one row per
person's result in a public case, in case order — the row of its case and the number
of its value of each person field. `standards`: one row per standard a person was
found in breach of — the result's row and the standard's number. Text values are
numbered by their field's vocabulary, 0 for blank.

A count of cases per value of a person field reads a `ValueTable`: the field's
(result, value) rows sorted by case then value, so that one person or several with
that value in a case are one run of rows, counted once.
"""

from dataclasses import dataclass, field

import numpy as np

from cases.choices import CriminalVerdict, Outcome, Proceeding, Rank, Severity, Standard
from cases.models import ReviewStatus

NO_DATE = np.iinfo(np.int32).max
"""Day number of a case with no date: after every real day, so last when sorting."""


@dataclass(frozen=True)
class Vocabulary:
    """A field's values and their numbers: 0 for blank or False, then in order."""

    values: tuple

    @classmethod
    def of(cls, choices) -> "Vocabulary":
        return cls(("", *choices.values))

    def code(self, value) -> int:
        return self.values.index(value)

    def value(self, code: int):
        return self.values[code]

    def counted(self) -> range:
        """Codes whose value a count reports: blank is never a choice."""
        return range(1 if self.values[0] == "" else 0, len(self.values))


FLAG = Vocabulary((False, True))

CASE_FIELDS = {
    "proceeding": Vocabulary.of(Proceeding),
    "review_status": Vocabulary.of(ReviewStatus),
}
"""Case fields with a closed vocabulary; `force` (ids) and `year` are numbers already."""

RESULT_FIELDS = {
    "outcome": Vocabulary.of(Outcome),
    "severity": Vocabulary.of(Severity),
    "rank": Vocabulary.of(Rank),
    "former": FLAG,
    "barred": FLAG,
    "criminal": Vocabulary.of(CriminalVerdict),
    "standards__name": Vocabulary.of(Standard),
}
"""Person fields, by the names filters give them; standards breached are a table."""

MANY = "standards__name"
"""The person field with several values a person: the `standards` table."""


@dataclass(frozen=True)
class ValueTable:
    """A person field's (result, value) rows, sorted by case then value; `pair`
    numbers each distinct (case, value) in that order. Most (case, value) pairs are
    one person's: those rows are also kept apart (`alone_*`, in result order) and
    the others (`shared_*`), so that counting cases per value visits the pairs of
    several people only."""

    result: np.ndarray  # int32 result rows
    code: np.ndarray  # uint8 value numbers
    pair: np.ndarray  # int32, ascending
    alone_result: np.ndarray  # int32, ascending: the one result of its pair
    alone_code: np.ndarray
    shared_result: np.ndarray  # the rest, sorted as above
    shared_code: np.ndarray
    shared_pair: np.ndarray
    # A one-valued field's `alone_code` by result row, NOT_ALONE elsewhere, so that
    # the results of a mask are counted without gathering them first; None for the
    # standards, of which a person may have several.
    alone_by_result: np.ndarray | None = None
    # Each (case, value) pair once, in `pair` order: its case's row and its value,
    # to count cases per value when every person of a case is in or out together.
    pair_case: np.ndarray | None = None
    pair_code: np.ndarray | None = None


NOT_ALONE = 255
"""`ValueTable.alone_by_result` of a result whose (case, value) pair is shared."""


@dataclass(eq=False)
class Facts:
    key: tuple
    case_ids: np.ndarray  # int64, ascending
    cases: dict[str, np.ndarray]  # force, proceeding, review_status, year, day, span
    case_row: np.ndarray  # int32: the row in `cases` of each result, ascending
    result_ids: np.ndarray  # int64: the id of each result
    results: dict[str, np.ndarray]  # one-valued person field → uint8 per result
    standards: tuple[np.ndarray, np.ndarray]  # (result row, standard number)
    forces: dict[int, tuple[str, str]]  # id → (name, slug), by name
    derived: dict = field(default_factory=dict)  # orders and value tables

    @property
    def size(self) -> int:
        return len(self.case_ids)

    def table(self, name: str) -> ValueTable:
        """The `ValueTable` of a person field, built on first use."""
        if name not in self.derived:
            if name == MANY:
                result, code = self.standards
            else:
                code = self.results[name]
                result = np.arange(len(code), dtype=np.int32)
            case = self.case_row[result]
            # One key, case then value: a stable sort of it is a run over rows
            # already in case order, several times quicker than a two-key lexsort.
            order = np.argsort(case.astype(np.int64) * 256 + code, kind="stable")
            result, code, case = result[order], code[order], case[order]
            new = np.ones(len(code), dtype=bool)
            new[1:] = (case[1:] != case[:-1]) | (code[1:] != code[:-1])
            pair = (np.cumsum(new) - 1).astype(np.int32)
            alone = np.bincount(pair)[pair] == 1
            by_result = np.argsort(result[alone], kind="stable")
            alone_by_result = None
            if name != MANY:
                alone_by_result = np.full(len(self.case_row), NOT_ALONE, np.uint8)
                alone_by_result[result[alone]] = code[alone]
            self.derived[name] = ValueTable(
                result,
                code,
                pair,
                result[alone][by_result],
                code[alone][by_result],
                result[~alone],
                code[~alone],
                pair[~alone],
                alone_by_result,
                case[new],
                code[new],
            )
        return self.derived[name]

    def order(self, name: str) -> np.ndarray:
        """Case rows in an order of the lists, sorted on first use: `newest` or
        `oldest` case date first (no date last, then by id the same way), or `force`
        name A to Z (no force last), newest first within a force."""
        key = ("order", name)
        if key not in self.derived:
            self.derived[key] = self._sort(name)
        return self.derived[key]

    def _sort(self, name: str) -> np.ndarray:
        day = self.cases["day"].astype(np.int64)
        later_id = -np.arange(self.size)  # rows are in id order
        newest = np.where(day == NO_DATE, NO_DATE, -day)
        if name == "newest":
            return np.lexsort((later_id, newest))
        if name == "oldest":
            return np.lexsort((-later_id, day))
        if name == "force":
            alphabetical = list(self.forces)  # in the database's collation
            rank_of = np.full(max(self.forces, default=0) + 1, len(alphabetical))
            rank_of[alphabetical] = np.arange(len(alphabetical))
            force = self.cases["force"]
            known = (force > 0) & (force < len(rank_of))
            rank = np.where(
                known, rank_of[np.where(known, force, 0)], len(alphabetical)
            )
            return np.lexsort((later_id, newest, rank))
        raise ValueError(f"no order {name!r}")

    def rows_of(self, ids) -> np.ndarray:
        """A mask of the cases with these ids (ids of no public case are ignored)."""
        mask = np.zeros(self.size, dtype=bool)
        at = self.rows_at(ids)
        mask[at[at < self.size]] = True
        return mask

    def rows_at(self, ids) -> np.ndarray:
        """The row of each of these ids, in their order; `size` (past the last row)
        for an id of no public case."""
        ids = np.asarray(ids, dtype=np.int64)
        at = np.searchsorted(self.case_ids, ids)
        found = at < self.size
        found[found] = self.case_ids[at[found]] == ids[found]
        return np.where(found, at, self.size)
