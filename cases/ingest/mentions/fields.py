"""The person a labelled field, a table row's first cell or a rank heading introduces:
"Rank: PC", "Police Constable | 2017 | ...", "Detective Sergeant" alone on its line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cases.ingest.mentions.mention import Mention, rank_of
from cases.ingest.patterns import RANK_ABBREVIATIONS

# Force round-ups list anonymised cases by labelled fields: "Rank: PC", "Rank: Police
# staff", "Role: Detective Constable". Each such line introduces a person.
_RANK_FIELD = re.compile(
    r"\s*(?:rank|role|grade)(?: of (?:the )?officer)?\s*[:\-\u2013]\s*"
    r"(?P<rank>[A-Za-z][A-Za-z ]{1,38}?)\s*$",
    re.I,
)
# ... or a rank alone heading its record (tables.py): "Detective Sergeant".
_RANK_LINE = re.compile(
    r"\s*(?P<former>(?i:former|ex)[- ]+)?(?P<rank>[A-Za-z][A-Za-z ]{1,38}?)\s*"
)
# ... and tables by a rank in a row's first cell (tables.py): "Police Constable | 2017 |
# Gross misconduct found | Dismissal without notice |".
_RANK_CELL = re.compile(
    r"\s*(?P<former>(?i:former|ex)[- ]+)?(?P<rank>[A-Za-z][A-Za-z ]{1,38}?)\s*\|"
)


def field_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """The person a rank field ("Rank: PC"), a table row's first cell or a rank
    heading introduces."""
    field = (
        _RANK_FIELD.fullmatch(text)
        or _RANK_CELL.match(text)
        or _RANK_LINE.fullmatch(text)
    )
    if field is not None:
        wording = field["rank"].strip()
        rank = RANK_ABBREVIATIONS.get(wording) or rank_of(wording)
        if rank is not None:
            yield Mention(
                offset + field.start("rank"),
                offset + field.end("rank"),
                "description",
                wording,
                rank=rank,
                count=1,
                former=bool(field.groupdict().get("former")),
            )
