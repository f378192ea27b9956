"""Members of a group in view: "one of the officers", "two of them", "the other"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cases.ingest.mentions.mention import Mention
from cases.ingest.patterns import number_of

# "One of the officers was given a written warning", "two of them were dismissed",
# "one of the three constables"; not "one of the officers' cars".
_PARTITIVE = re.compile(
    r"(?<![\w-])(?P<n>(?i:one|two|three|four|five|six)|\d)\s+of\s+"
    r"(?:them|(?i:the|these|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:officers|constables|PCs|sergeants|detectives|inspectors|staff|employees|"
    r"pair|group))(?![\w'\u2019-])"
)


def partitive_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """Some of a group already in view, by number: "One of the officers"."""
    for match in _PARTITIVE.finditer(text):
        count = number_of(match["n"])
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "description",
            match.group(0),
            count=count,
            definite=True,
            plural=count > 1,
            partitive=True,
        )
