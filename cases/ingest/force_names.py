"""Finding the police forces a story names, as canonical names (cases/forces.py).

A force is named by its canonical name, an alias from the register ("the Met", "GMP",
"Avon and Somerset Police"), or its place name with a police word in any case ("a
Hampshire police officer", "A Lancashire police sergeant", "Cambridgeshire police
officer"). A few place names are only ever police areas ("West Mercia", "Thames
Valley", "Devon and Cornwall") and count bare. A force known only from a URL or a
newspaper's name is not named, so web addresses are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from cases.forces import FORCES
from cases.ingest.gates import gate

__all__ = ["ForceMention", "find_forces", "main_force"]

# Place names that only ever mean the police area: "in Worcestershire, West Mercia, and
# nationally" (an awards story) names West Mercia Police.
_BARE_PLACES = {
    "West Mercia": "West Mercia Police",
    "Thames Valley": "Thames Valley Police",
    "Avon and Somerset": "Avon and Somerset Constabulary",
    "Avon & Somerset": "Avon and Somerset Constabulary",
    "Devon and Cornwall": "Devon and Cornwall Police",
    "Devon & Cornwall": "Devon and Cornwall Police",
    "Dyfed-Powys": "Dyfed-Powys Police",
    "Dyfed Powys": "Dyfed-Powys Police",
    "Hampshire and Isle of Wight": "Hampshire and Isle of Wight Constabulary",
    # No longer any council's area, only the police's: "In Gwent, members of the
    # public wishing to attend", "officers in Northumbria".
    "Gwent": "Gwent Police",
    "Northumbria": "Northumbria Police",
}
# Abbreviations used in running text, upper case only: "WMP" (the Hillsborough
# reports' West Midlands Police), "SYP", "WYP".
_EXTRA_ABBREVIATIONS = {
    "WMP": "West Midlands Police",
    "SYP": "South Yorkshire Police",
    "WYP": "West Yorkshire Police",
    "NYP": "North Yorkshire Police",
    "TVP": "Thames Valley Police",
}
# The place may also stand before the noun for an officer, as an adjective: "the
# Merseyside constable", "the Dorset officer's actions", "a Kent PC", "the Essex force".
_POLICE_WORD = (
    r"(?:[Pp]olice|POLICE|[Cc]onstabulary|CONSTABULARY|[Pp]oliceman|[Pp]olicewoman"
    r"|(?:officer|constable|sergeant|inspector|detective|cop)s?|PCs?|PCSOs?|DCs?"
    r"|force)"
)
# The officer placed in the area after the noun: "a trainee police officer in Essex",
# "two constables from Gwent".
_OFFICER_IN = r"(?:officers?|constables?|sergeants?|PCs?)\s+(?:in|from)\s+"
# Bounded so that a long run of non-space characters cannot make it backtrack.
_URL = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]{1,60}(?:\.[\w-]{1,60}){0,6}\.(?:uk|com|net|org)\b/?\S*"
)


class ForceMention:
    __slots__ = ("name", "start", "end", "employer")

    def __init__(self, name: str, start: int, end: int, employer: bool = False) -> None:
        self.name, self.start, self.end = name, start, end
        # Named as someone's employer: "Wiltshire Police Inspector Andy Moreton",
        # "PC Ann Lee of Kent Police", not "a look at Avon and Somerset Police's
        # Professional Standards Department".
        self.employer = employer

    def __repr__(self) -> str:
        return f"ForceMention({self.name!r}, {self.start}, {self.end})"


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    case_sensitive: list[str] = []
    for force in FORCES:
        for wording in (force.name, *force.aliases):
            lookup[wording.lower()] = force.name
            case_sensitive.append(_capitals_kept(wording))
        place = re.sub(r"\s+(?:Police|Constabulary|Police Service)$", "", force.name)
        if place != force.name:
            lookup[place.lower()] = force.name
    for place, name in _BARE_PLACES.items():
        lookup[place.lower()] = name
    for short, name in _EXTRA_ABBREVIATIONS.items():
        lookup[short.lower()] = name
    # Place names from the canonical names and the aliases: "Hampshire Constabulary"
    # gives "Hampshire", so "a Hampshire police officer" names the force.
    places_found: set[str] = set()
    for force in FORCES:
        for wording in (force.name, *force.aliases):
            if re.search(r"\s(?:Police|Constabulary)$", wording):
                place = re.sub(
                    r"\s+(?:Police|Constabulary|Police Service)$", "", wording
                )
                places_found.add(place)
                lookup.setdefault(place.lower(), force.name)
    places = "|".join(
        _capitals_kept(p) for p in sorted(places_found, key=len, reverse=True)
    )
    alternatives = sorted(set(case_sensitive), key=len, reverse=True)
    pattern = (
        r"\b(?P<place>" + places + r")\s+" + _POLICE_WORD + r"\b"
        r"|\b" + _OFFICER_IN + r"(?P<after>" + places + r")\b"
        r"|(?<![\w-])(?P<name>" + "|".join(alternatives) + r")(?![\w-])"
        r"|\b(?P<bare>" + "|".join(re.escape(p) for p in _BARE_PLACES) + r")\b"
        r"|\b(?P<abbr>" + "|".join(_EXTRA_ABBREVIATIONS) + r")\b"
    )
    return gate(re.compile(pattern)), lookup


def _capitals_kept(wording: str) -> str:
    """A pattern for a name as written or with more of it in capitals: each word keeps
    its first letter as written and takes the rest in any case ("MET Police", "DEVON
    AND CORNWALL police" in a heading), while "he met police" stays unmatched."""
    return r"\s+".join(
        f"(?i:{re.escape(word)})"
        if word[0].islower()  # "and", "of", "the": any case
        else re.escape(word[0]) + (f"(?i:{re.escape(word[1:])})" if word[1:] else "")
        for word in wording.split()
    )


def find_forces(text: str) -> list[ForceMention]:
    """Every force mention in `text`, in order, outside web addresses."""
    pattern, lookup = _pattern()
    skip = [(m.start(), m.end()) for m in _URL.finditer(text)]
    found: list[ForceMention] = []
    for match in pattern.finditer(text):
        if any(s <= match.start() < e for s, e in skip):
            continue
        wording = match.group("place") or match.group("after") or match.group(0)
        name = lookup.get(wording.lower())
        if name:
            employer = bool(
                # "the Merseyside constable" (not "Surrey Police", which the
                # words after or before must make an employer).
                (match.group("place") and not _FORCE_WORD.search(match.group(0)))
                or match.group("after")
                or _EMPLOYEE_AFTER.match(text, match.end())
                or _EMPLOYEE_BEFORE.search(
                    text, max(0, match.start() - 60), match.start()
                )
            )
            found.append(ForceMention(name, match.start(), match.end(), employer))
    return found


_FORCE_WORD = re.compile(r"(?i:police|constabulary|force)$")
# A force named next to the person it employs: before a rank or "officer" ("Wiltshire
# Police Inspector Andy Moreton", "a Kent Police officer"), or after one and "of"
# ("PC Ann Lee of Kent Police", "an officer from Essex Police").
_EMPLOYEE_AFTER = re.compile(
    r"(?:'s)?\s+(?:former\s+|serving\s+)?(?:police\s+)?(?:(?i:officers?|constables?|"
    r"sergeants?|inspectors?|detectives?|superintendents?)|PCs?|PCSOs?|Sgt|Insp|DC|DS|"
    r"Supt|Det|Police Constable|Police Sergeant|Chief Inspector|special constables?|"
    r"staff member|member of staff)\b"
)
_EMPLOYEE_BEFORE = re.compile(
    r"\b(?:officers?|constables?|sergeants?|inspectors?|PCs?|[A-Z][a-z]+),?\s+"
    r"(?:of|from|with|serving (?:with|in))\s+(?:the\s+)?$"
)


def main_force(mentions: list[ForceMention], headline_end: int = 0) -> str | None:
    """The force the story is about: the most mentioned, headline mentions counting
    double and a mention as someone's employer once more; ties go to the force named
    first."""
    if not mentions:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in mentions:
        counts[mention.name] += 2 if mention.start < headline_end else 1
        if mention.employer:
            counts[mention.name] += 1  # the force its people belong to (SCHEMA.md)
        first.setdefault(mention.name, mention.start)
    return max(counts, key=lambda name: (counts[name], -first[name]))
