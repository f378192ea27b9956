"""The publication date a file states of itself: a capture's opening date line, or a
page's metadata value in any of the shapes publishers write it."""

from __future__ import annotations

import re
from datetime import date

# Captured texts may open with " date 2022-07-01" (leading space), the capture's record
# of the publication date.
_DATE_LINE = re.compile(r"[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)")


def date_line(text: str) -> date | None:
    match = _DATE_LINE.match(text.split("\n", 1)[0])
    if not match:
        return None
    return _make_date(*match.groups())


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:\D|$)")
# Slashed dates are in UK order: 04/05/2023 is 4 May.
_SLASH_DATE = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})", re.I
)
_MONTH_DAY_YEAR = re.compile(
    r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I
)


def parse_date(value: str) -> date | None:
    """Read the date part of a metadata value; the time and zone, if any, are ignored.

    The date is taken as the publisher wrote it ("2023-05-04T23:30:00+01:00" is 4 May).
    """
    for pattern in (_ISO_DATE, _COMPACT_DATE):
        match = pattern.match(value)
        if match:
            return _make_date(*match.groups())
    match = _SLASH_DATE.match(value)
    if match:
        day, month, year = match.groups()
        return _make_date(year, month, day)
    match = _DAY_MONTH_YEAR.search(value)
    if match and match.group(2).lower() in _MONTHS:
        day, month, year = match.groups()
        return _make_date(year, _MONTHS[month.lower()], day)
    match = _MONTH_DAY_YEAR.search(value)
    if match and match.group(1).lower() in _MONTHS:
        month, day, year = match.groups()
        return _make_date(year, _MONTHS[month.lower()], day)
    return None


def _make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:  # "2021-02-30"
        return None
    return value if 1900 <= value.year <= 2100 else None
