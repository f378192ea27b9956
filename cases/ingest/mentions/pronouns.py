"""People referred back to: he/she/they, "each", "the pair", "the 43-year-old"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cases.ingest.mentions.mention import Mention, genders_of

_PRONOUN = re.compile(
    r"(?<![\w-])(?P<pronoun>he|she|they|He|She|They|him|them"
    # Everyone just spoken of, each in turn: "but each was cleared", "Both were".
    r"|(?i:each|both)(?=\s+(?:was|were|had|has|have|received)\b)"
    # ... and the pair just named: "The pair have been barred from policing".
    r"|(?i:the pair|the duo))(?![\w-])"
)
# An age standing for a person, not qualifying a noun: "the 30-year-old was", not "the
# 30-year-old man" (a description, or somebody else).
_AGE_NOUN = re.compile(
    r"(?<![\w-])(?:[Tt]he)\s+(?P<age>[1-6]\d)[- ]year[- ]old\b(?![- ]?\s*[A-Za-z]+\s+"
    r"(?:was|had|has|is|were|who|from|of|and|,)\b)(?=\s*(?:,|(?:was|had|has|is|who|from|"
    r"of|admitted|denied|said|told|appeared|pleaded|committed|resigned|joined|"
    r"[a-z]+ed)\b))"
)


def pronoun_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """People referred back to: "the 43-year-old", he/she/they."""
    for match in _AGE_NOUN.finditer(text):
        # "The 43-year-old from Hamstreet was ...": someone met before, by their age.
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "pronoun",
            match.group(0),
            age=int(match["age"]),
            definite=True,
        )
    for match in _PRONOUN.finditer(text):
        word = match["pronoun"].lower()
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "pronoun",
            match.group(0),
            definite=True,
            plural=word in ("they", "them", "each", "both", "the pair", "the duo"),
            count=2 if word in ("both", "the pair", "the duo") else None,
            genders=genders_of(word),
        )
