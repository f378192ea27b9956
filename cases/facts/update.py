"""The facts of a few changed cases applied to those held, instead of reading all again.

After a write the change log says which cases it changed (`freshness.changes_since`).
Their rows are read again through the same statements as a whole read, restricted to
those cases (`load_facts(only=…)`), and put in place of their old rows: a case no
longer public (withheld, deleted) has none to put back, a result moved from a case not
named is dropped from its old place by its id. What comes out is what a whole read
would give (tests/facts/test_update.py): cases and results in the same orders, the
standards breached in some order (as from a whole read), the forces read again whole
(a few dozen rows).
"""

import numpy as np

from cases.facts.columns import Facts
from cases.facts.load import load_facts


def updated(held: Facts, key: tuple, case_ids: list[int]) -> Facts:
    """`held` with the facts of the cases `case_ids` read again, labelled `key`."""
    fresh = load_facts(key, only=case_ids)
    # The rows held of the changed cases, and of any result read again elsewhere.
    kept_cases = ~np.isin(held.case_ids, np.asarray(case_ids, dtype=np.int64))
    kept_results = kept_cases[held.case_row] & ~np.isin(
        held.result_ids, fresh.result_ids
    )
    kept_rows = np.flatnonzero(kept_results)
    kept_standards = kept_results[held.standards[0]]

    case_ids_now = np.concatenate([held.case_ids[kept_cases], fresh.case_ids])
    case_order = np.argsort(case_ids_now, kind="stable")
    case_ids_now = case_ids_now[case_order]
    cases = {
        name: np.concatenate([held.cases[name][kept_cases], fresh.cases[name]])[
            case_order
        ]
        for name in held.cases
    }

    # Results in case order, then id, as a whole read sorts them.
    result_case = np.concatenate(
        [
            held.case_ids[held.case_row[kept_rows]],
            fresh.case_ids[fresh.case_row],
        ]
    )
    result_ids = np.concatenate([held.result_ids[kept_rows], fresh.result_ids])
    result_order = np.lexsort((result_ids, result_case))
    result_ids = result_ids[result_order]
    case_row = np.searchsorted(case_ids_now, result_case[result_order])
    results = {
        name: np.concatenate([held.results[name][kept_rows], fresh.results[name]])[
            result_order
        ]
        for name in held.results
    }

    # Standards follow their results to their new rows.
    row_now = np.empty(len(result_order), dtype=np.int32)
    row_now[result_order] = np.arange(len(result_order), dtype=np.int32)
    old_to_kept = np.full(len(held.result_ids), -1, dtype=np.int64)
    old_to_kept[kept_rows] = np.arange(len(kept_rows))
    standard_rows = np.concatenate(
        [
            row_now[old_to_kept[held.standards[0][kept_standards]]],
            row_now[len(kept_rows) + fresh.standards[0]],
        ]
    ).astype(np.int32)
    standard_codes = np.concatenate(
        [held.standards[1][kept_standards], fresh.standards[1]]
    )
    return Facts(
        key,
        case_ids_now,
        cases,
        case_row.astype(np.int32),
        result_ids,
        results,
        (standard_rows, standard_codes),
        fresh.forces,
    )
