"""Tables: each row of a results table is a record of its own.

The readers write a table row as one line with its cells joined by " | " (read.py for
HTML, pdf.py, docx.py). A force's outcome table lists one case a row:

    Rank | Date of the hearing | Hearing type | Allegation | Outcome | Sanction |
    Police Constable | 2017 | Expedited | Discreditable conduct | Gross misconduct found | Dismissal without notice |
    Police Constable | 2017 | Independent | Use of force | Gross misconduct found | Final written warning |

Read as running text, the second row's "Police Constable" would be the first row's
person again. A run of two or more consecutive lines with the same number of cells (at
least three) is a table; extraction reads each of its lines with a tracker of its own.
"""

from __future__ import annotations

__all__ = ["table_lines"]

_SEPARATOR = " | "
_MIN_CELLS = 3


def table_lines(text: str) -> set[int]:
    """The indices of the lines of `text` that are rows of a table (its header too)."""
    counts = [_cells(line) for line in text.split("\n")]
    rows: set[int] = set()
    start = 0
    while start < len(counts):
        end = start + 1
        if counts[start] >= _MIN_CELLS:
            while end < len(counts) and abs(counts[end] - counts[start]) <= 1:
                end += 1
            if end - start >= 2:
                rows.update(range(start, end))
        start = end
    return rows


def _cells(line: str) -> int:
    """The number of non-empty cells of a line written as a table row (0 if it is not)."""
    if _SEPARATOR not in line and not line.endswith(" |"):
        return 0
    return sum(1 for cell in line.split("|") if cell.strip())
