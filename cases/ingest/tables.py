"""Tables: each row of a results table is a record of its own.

Two layouts reach extraction. The readers write an HTML, PDF or Word table row as one
line with its cells joined by " | " (read/, pdf.py, docx.py):

    Rank | Date of the hearing | Hearing type | Allegation | Outcome | Sanction |
    Police Constable | 2017 | Expedited | Discreditable conduct | Gross misconduct found | Dismissal without notice |
    Police Constable | 2017 | Independent | Use of force | Gross misconduct found | Final written warning |

and a grid copied from a page puts every cell on a line of its own, a header of short
column names first:

    Date
    Breach of Standards
    Outcome
    Oct 2017
    Orders and instructions
    Management advice

Read as running text, the second row's "Police Constable" would be the first row's
person again, and a row that names nobody would give its result to the last person
named. `table_rows` says which lines make up which row; extraction reads each row with
a tracker of its own, as the record of one person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cases.ingest.mentions import rank_of

__all__ = ["Row", "table_rows"]

_SEPARATOR = " | "
_MIN_CELLS = 3
# A grid's header: short column names, at least two of them a table's words.
_HEADER_WORD = re.compile(
    r"\b(?:date|outcome|sanction|rank|allegations?|breach|standards?|officer|hearing|"
    r"finding|result|name|role|decision|type)\b",
    re.IGNORECASE,
)
_MAX_HEADER_WORDS = 5
_MAX_FIRST_CELL_WORDS = 6
_GRID_COLUMNS = range(3, 7)


@dataclass(frozen=True)
class Row:
    """The row a line belongs to (the row's first line), and its table's header."""

    first: int
    header: str

    @property
    def of_standards(self) -> bool:
        """Whether the table lists standards breached ("Breach of standards"), so that
        a cell names them without words of a breach of its own ("Use of force")."""
        return bool(_STANDARDS_COLUMN.search(self.header))


_STANDARDS_COLUMN = re.compile(r"\b(?:standards?|breach(?:es)?)\b", re.IGNORECASE)


def table_rows(text: str) -> dict[int, Row]:
    """Which row of a table each line of `text` belongs to (lines outside tables are
    left out; a header is a row that states nothing)."""
    lines = text.split("\n")
    rows: dict[int, Row] = {}
    _pipe_rows(lines, rows)
    _grid_rows(lines, rows)
    _rank_heading_rows(lines, rows)
    return rows


def _rank_heading_rows(lines: list[str], rows: dict[int, Row]) -> None:
    """A list of records each headed by a rank alone on its line, the lines up to the
    next blank line or heading its record:

        Police Constable
        Gross misconduct proven. Dismissed without notice.

        Detective Sergeant
        Misconduct proven. Final written warning.

    Only a list (two headings or more): a rank alone once is a signature or a title."""
    headings = [
        i
        for i, line in enumerate(lines)
        if i not in rows
        and _rank_heading(line)
        and i + 1 < len(lines)
        and lines[i + 1].strip()
    ]
    if len(headings) < 2:
        return
    starts = set(headings)
    for first in headings:
        rows[first] = Row(first, "")
        index = first + 1
        while index < len(lines) and lines[index].strip() and index not in starts:
            if index in rows:
                break
            rows[index] = Row(first, "")
            index += 1


def _rank_heading(line: str) -> bool:
    """Whether `line` is a rank and nothing else: "Police Constable", "Former PC"."""
    if len(line) > _MAX_RANK_LINE:
        return False
    words = _FORMER.sub("", line.strip())
    return 0 < len(words.split()) <= _MAX_RANK_WORDS and rank_of(words) is not None


_FORMER = re.compile(r"^(?:former|ex)[- ]+", re.IGNORECASE)
_MAX_RANK_WORDS = 4
_MAX_RANK_LINE = 48


def _pipe_rows(lines: list[str], rows: dict[int, Row]) -> None:
    """A run of two or more consecutive lines with the same number of cells (at least
    three): one row a line."""
    counts = [_cells(line) for line in lines]
    start = 0
    while start < len(counts):
        end = start + 1
        if counts[start] >= _MIN_CELLS:
            while end < len(counts) and abs(counts[end] - counts[start]) <= 1:
                end += 1
            if end - start >= 2:
                for index in range(start, end):
                    rows[index] = Row(index, lines[start])
        start = end


def _grid_rows(lines: list[str], rows: dict[int, Row]) -> None:
    """A header of k short column names on lines of their own, then groups of k lines:
    one row a group. Blank lines between cells do not count. A title may stand on the
    line before the header ("Outcomes"): of the ways to split such a run of short lines
    into title and header, the one that makes the most groups keeping their figures in
    the same columns wins."""
    filled = [i for i, line in enumerate(lines) if line.strip() and i not in rows]
    position = 0
    while position < len(filled):
        run = position
        while run < len(filled) and _column_name(lines[filled[run]].strip()):
            run += 1
        split = _grid_split(lines, filled, position, run)
        if split is None:
            position = max(run, position + 1)
            continue
        header, groups = split
        names = " | ".join(lines[i].strip() for i in filled[header:run])
        for index in filled[header:run]:
            rows[index] = Row(filled[header], names)
        for first in groups:
            for index in filled[first : first + run - header]:
                rows[index] = Row(filled[first], names)
        position = groups[-1] + run - header


def _grid_split(
    lines: list[str], filled: list[int], start: int, run: int
) -> tuple[int, list[int]] | None:
    """Where the header of the run of column names `filled[start:run]` begins, and the
    first lines of the groups under it (the split with the most groups); None if no
    header of a grid is there."""
    best: tuple[int, list[int]] | None = None
    for header in range(start, run):
        columns = run - header
        if columns not in _GRID_COLUMNS:
            continue
        names = [lines[i].strip() for i in filled[header:run]]
        if (
            len(set(names)) < columns
            or sum(map(bool, map(_HEADER_WORD.search, names))) < 2
        ):
            continue
        groups: list[int] = []
        shapes: set[tuple[int, ...]] = set()
        first = run
        while (
            first + columns <= len(filled)
            and len(lines[filled[first]].split()) <= _MAX_FIRST_CELL_WORDS
        ):
            cells = [lines[i] for i in filled[first : first + columns]]
            shapes.add(tuple(n for n, cell in enumerate(cells) if _FIGURE.search(cell)))
            groups.append(first)
            first += columns
        if groups and len(shapes) == 1 and (best is None or len(groups) > len(best[1])):
            best = header, groups
    return best


_FIGURE = re.compile(r"\d")


def _column_name(line: str) -> bool:
    """A column's name: a few words, no figures, no sentence or label punctuation."""
    return (
        len(line.split()) <= _MAX_HEADER_WORDS
        and not any(ch.isdigit() for ch in line)
        and not any(mark in line for mark in ".:|,;-\u2013")
    )


def _cells(line: str) -> int:
    """The number of non-empty cells of a line written as a table row (0 if it is not)."""
    if _SEPARATOR not in line and not line.endswith(" |"):
        return 0
    return sum(1 for cell in line.split("|") if cell.strip())
