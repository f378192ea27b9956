"""The Mention record, and the rank wordings every kind of mention shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cases.choices import Rank
from cases.ingest.patterns import RANK_ABBREVIATIONS, RANK_WORDS

RANK_ALTERNATION = "|".join(
    sorted({re.escape(w) for w, _ in RANK_WORDS} | {"officer"}, key=len, reverse=True)
)
ABBR_ALTERNATION = "|".join(sorted(RANK_ABBREVIATIONS, key=len, reverse=True))
FORMER = r"(?P<former>(?i:former|ex)(?:[- ]+|(?=PC)))?"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "named", "label", "description", "pronoun"
    text: str
    name: str | None = None
    label: str = ""
    rank: Rank | None = None
    former: bool = False
    age: int | None = None
    count: int | None = None  # how many people an indefinite description introduces
    definite: bool = (
        False  # "the officer", "both officers", pronouns: people met before
    )
    plural: bool = False
    after_preposition: bool = False
    accused: bool = (
        False  # introduced by "against" / "issued to": a subject all the same
    )
    bare: bool = (
        False  # a name with no rank or description: "Thomas Grant was dismissed"
    )
    # "Mr Cook", "Ms Heeney", "Mitchell resigned": a surname with a courtesy title or
    # alone only refers back to someone already named; it never names or makes anyone
    # (the caller "Mr Turner").
    back_reference: bool = False
    # "PC Daniel Doughty was working as a PCSO when ...": the rank held at the time of
    # the conduct, which outranks a title given since.
    rank_at_the_time: bool = False
    # "male"/"female" as the words say: "she", "Mr Cook", "the female officer"; one
    # each for "the male and female Police Constables".
    genders: tuple[str, ...] = ()
    # "One of the officers", "the other": members of a group already in view, each
    # taken once.
    partitive: bool = False

    @property
    def surname(self) -> str | None:
        return self.name.split()[-1] if self.name else None


def genders_of(words: str) -> tuple[str, ...]:
    """The genders a description's words give, in order: "the female PC" → female,
    "the male and female PCs" → male, female."""
    return tuple(
        _GENDER_WORDS[w.lower()] for w in re.findall(_GENDER_ALTERNATION, words, re.I)
    )


_GENDER_WORDS = {
    "male": "male",
    "female": "female",
    "policeman": "male",
    "policemen": "male",
    "policewoman": "female",
    "policewomen": "female",
    "he": "male",
    "him": "male",
    "she": "female",
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
}
_GENDER_ALTERNATION = r"\b(?:" + "|".join(_GENDER_WORDS) + r")\b"


def rank_of(wording: str) -> Rank | None:
    """The canonical rank for a rank wording ("Sgt", "police constable", "PCSOs")."""
    if wording in RANK_ABBREVIATIONS:
        return RANK_ABBREVIATIONS[wording]
    lowered = " ".join(wording.lower().split())
    for word, rank in RANK_WORDS:
        if lowered == word or lowered == word + "s":
            return rank
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    for word, rank in RANK_WORDS:
        if singular.endswith(word):
            return rank
    if singular in ("pc", "pcs"):
        return Rank.POLICE_CONSTABLE
    return None
