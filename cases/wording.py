"""How the archive words people and outcomes, as a person would write them.

"Unnamed sergeant", "Former PC A", "One of six officers (unnamed)", "2 dismissed, 1 final
written warning": every page, the generated headlines and the people index take their
wording from here. Pure functions of values already read: no ORM, no settings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from cases.choices import Outcome, Rank

MONTHS = (
    "January February March April May June July August September October November "
    "December"
).split()

NO_OUTCOME = "no outcome reported"

SHORT_RANKS = {
    Rank.POLICE_CONSTABLE: "PC",
    Rank.DETECTIVE_CONSTABLE: "DC",
    Rank.DETECTIVE_SERGEANT: "DS",
    Rank.DETECTIVE_INSPECTOR: "DI",
    Rank.DETECTIVE_CHIEF_INSPECTOR: "DCI",
    Rank.PCSO: "PCSO",
    Rank.POLICE_STAFF: "",
}
"""Ranks as put before a name or a letter ("PC A", "DS Jane Roe"); staff have none."""

_NOUNS = {
    Rank.POLICE_CONSTABLE: ("PC", "PCs"),
    Rank.DETECTIVE_CONSTABLE: ("detective constable", "detective constables"),
    Rank.PCSO: ("PCSO", "PCSOs"),
    Rank.POLICE_STAFF: ("member of staff", "members of staff"),
    Rank.SPECIAL_CONSTABLE: ("special constable", "special constables"),
}

_ONE_OF = re.compile(r"^one of\b", re.I)
# "Officer A", "PC H", "Former Officer B", "Police Constable A", "PS X".
_LETTER = re.compile(
    r"^(?P<former>former\s+)?(?P<who>officer|pc|ps|ds|dc|di|sergeant|inspector"
    r"|police constable|special constable|constable|member of staff)\s+(?P<letter>[a-z])$",
    re.I,
)
_ABBREVIATIONS = {
    "pc": "PC",
    "pcs": "PCs",
    "pcso": "PCSO",
    "pcsos": "PCSOs",
    "ps": "PS",
    "ds": "DS",
    "dc": "DC",
    "di": "DI",
    "dci": "DCI",
    "police constable": "PC",
}
_ABBREVIATED = re.compile(r"\b(?:pcs?|pcsos?|ps|ds|dc|dci|di)\b")


def rank_noun(rank: str, *, plural: bool = False) -> str:
    """“sergeant”, “PC”, “member of staff”: a rank as a noun in running text."""
    if rank in _NOUNS:
        return _NOUNS[rank][plural]
    if not rank:
        return "officers" if plural else "officer"
    noun = rank.lower()
    return f"{noun}s" if plural else noun


def people_noun(ranks: Iterable[str]) -> str:
    """The plural noun for a group: “sergeants” if all were, else “officers”,
    “people” when staff and officers are mixed."""
    ranks = set(ranks)
    if len(ranks) == 1 and "" not in ranks:
        return rank_noun(ranks.pop(), plural=True)
    if Rank.POLICE_STAFF in ranks or Rank.PCSO in ranks:
        return "people"
    return "officers"


_OUTCOME_ORDER = (*Outcome.values, NO_OUTCOME)


def outcome_counts(outcomes: Iterable[str]) -> Counter:
    """Outcome → people given it, in the vocabulary's order (most severe first); blank
    outcomes count as “no outcome reported”, last."""
    counted = Counter(outcome or NO_OUTCOME for outcome in outcomes)
    return Counter({o: counted[o] for o in _OUTCOME_ORDER if counted[o]})


def people_summary(outcomes: Iterable[str]) -> str:
    """“2 dismissed, 1 final written warning”: a case's people in one line."""
    return ", ".join(
        f"{n} {outcome}" for outcome, n in outcome_counts(outcomes).items()
    )


def person_label(
    *,
    name: str,
    label: str,
    rank: str,
    former: bool,
    withheld: bool = False,
) -> str:
    """A person as a reader would write them.

    Named: “PC Jane Roe”, “Former Sergeant John Smith”. Known by a letter: “Former PC
    A”, “Officer B”. One of a group: “One of six officers (unnamed)”. Otherwise by rank:
    “Unnamed sergeant”, “Unnamed former PCSO”. Withheld: “Sergeant (name withheld)”.
    """
    prefix = SHORT_RANKS.get(rank, rank)
    if withheld:
        who = f"{prefix} (name withheld)" if prefix else "Name withheld"
        return _former(who, former)
    if name:
        who = f"{prefix} {name}" if prefix else name
        if rank == Rank.POLICE_STAFF:
            who = f"{name} (police staff)"
        return _former(who, former)
    label = " ".join(label.split())
    if _ONE_OF.match(label):
        group = _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m[0]], label.lower())
        group = group[:1].upper() + group[1:]
        said = former and "former" not in group.lower()
        return f"{group} (unnamed, former)" if said else f"{group} (unnamed)"
    lettered = _LETTER.match(label)
    if lettered:
        who = lettered["who"].lower()
        who = _ABBREVIATIONS.get(who) or who.title()
        return _former(
            f"{who} {lettered['letter'].upper()}", former or lettered["former"]
        )
    noun = rank_noun(rank) if rank else _noun_from_label(label)
    return f"Unnamed former {noun}" if former else f"Unnamed {noun}"


def _former(who: str, former: bool) -> str:
    return f"Former {who}" if former else who


def _noun_from_label(label: str) -> str:
    words = label.lower()
    if any(w in words for w in ("staff", "worker", "employee", "civilian")):
        return "member of staff"
    if any(w in words for w in ("officer", "constable", "pc", "police")):
        return "officer"
    return "person"
