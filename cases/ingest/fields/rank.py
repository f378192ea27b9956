"""Ranks: every spelling of every rank, mapped onto `Rank`.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.choices import Rank
from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "rank"

# --- Ranks ------------------------------------------------------------------------------
# (wording, rank), longest wording first. Matched case-insensitively on word bounds,
# except the short capitalised abbreviations (PC, PS, DC...) which must be upper case
# ("Pc" in Manchester Evening News copy is accepted too).
RANK_WORDS: tuple[tuple[str, Rank], ...] = (
    ("detective chief superintendent", Rank.DETECTIVE_CHIEF_SUPERINTENDENT),
    ("det chief supt", Rank.DETECTIVE_CHIEF_SUPERINTENDENT),
    ("detective superintendent", Rank.DETECTIVE_SUPERINTENDENT),
    ("det supt", Rank.DETECTIVE_SUPERINTENDENT),
    ("chief superintendent", Rank.CHIEF_SUPERINTENDENT),
    ("ch supt", Rank.CHIEF_SUPERINTENDENT),
    ("chief supt", Rank.CHIEF_SUPERINTENDENT),
    ("superintendent", Rank.SUPERINTENDENT),
    ("supt", Rank.SUPERINTENDENT),
    ("detective chief inspector", Rank.DETECTIVE_CHIEF_INSPECTOR),
    ("det chf insp", Rank.DETECTIVE_CHIEF_INSPECTOR),
    ("det chief insp", Rank.DETECTIVE_CHIEF_INSPECTOR),
    ("chief inspector", Rank.CHIEF_INSPECTOR),
    ("ch insp", Rank.CHIEF_INSPECTOR),
    ("chief insp", Rank.CHIEF_INSPECTOR),
    ("detective inspector", Rank.DETECTIVE_INSPECTOR),
    ("det insp", Rank.DETECTIVE_INSPECTOR),
    ("inspector", Rank.INSPECTOR),
    ("insp", Rank.INSPECTOR),
    ("detective sergeant", Rank.DETECTIVE_SERGEANT),
    ("det sgt", Rank.DETECTIVE_SERGEANT),
    ("police sergeant", Rank.SERGEANT),
    ("custody sergeant", Rank.SERGEANT),
    ("special sergeant", Rank.SPECIAL_CONSTABLE),
    ("special inspector", Rank.SPECIAL_CONSTABLE),
    ("special chief officer", Rank.SPECIAL_CONSTABLE),
    ("sergeant", Rank.SERGEANT),
    ("sgt", Rank.SERGEANT),
    ("detective constable", Rank.DETECTIVE_CONSTABLE),
    ("det con", Rank.DETECTIVE_CONSTABLE),
    ("special constable", Rank.SPECIAL_CONSTABLE),
    ("police community support officer", Rank.PCSO),
    ("community support officer", Rank.PCSO),
    ("pcso", Rank.PCSO),
    ("police constable", Rank.POLICE_CONSTABLE),
    ("student officer", Rank.POLICE_CONSTABLE),
    ("probationer", Rank.POLICE_CONSTABLE),
    ("probationary constable", Rank.POLICE_CONSTABLE),
    ("constable", Rank.POLICE_CONSTABLE),
    ("deputy assistant commissioner", Rank.DEPUTY_ASSISTANT_COMMISSIONER),
    ("assistant commissioner", Rank.ASSISTANT_COMMISSIONER),
    ("deputy commissioner", Rank.DEPUTY_COMMISSIONER),
    ("assistant chief constable", Rank.ASSISTANT_CHIEF_CONSTABLE),
    ("deputy chief constable", Rank.DEPUTY_CHIEF_CONSTABLE),
    ("chief constable", Rank.CHIEF_CONSTABLE),
    ("commander", Rank.COMMANDER),
    # Police staff: "a member of police staff", "civilian worker", "detention officer".
    ("member of police staff", Rank.POLICE_STAFF),
    ("police staff", Rank.POLICE_STAFF),
    ("members of police staff", Rank.POLICE_STAFF),
    ("police staff member", Rank.POLICE_STAFF),
    ("member of staff", Rank.POLICE_STAFF),
    ("members of staff", Rank.POLICE_STAFF),
    ("staff member", Rank.POLICE_STAFF),
    ("staff members", Rank.POLICE_STAFF),
    ("civilian worker", Rank.POLICE_STAFF),
    ("civilian member of staff", Rank.POLICE_STAFF),
    ("police worker", Rank.POLICE_STAFF),
    ("police employee", Rank.POLICE_STAFF),
    ("detention officer", Rank.POLICE_STAFF),
    ("custody detention officer", Rank.POLICE_STAFF),
    ("call handler", Rank.POLICE_STAFF),
    ("investigating officer", Rank.POLICE_STAFF),
) + tuple(
    # Every shortening of the detective chief ranks: "Det Ch Insp", "Det Chf Supt".
    (f"{det} {chief} {rank}", value)
    for det in ("det", "detective")
    for chief in ("ch", "chf", "chief")
    for rank, value in (
        ("insp", Rank.DETECTIVE_CHIEF_INSPECTOR),
        ("inspector", Rank.DETECTIVE_CHIEF_INSPECTOR),
        ("supt", Rank.DETECTIVE_CHIEF_SUPERINTENDENT),
        ("superintendent", Rank.DETECTIVE_CHIEF_SUPERINTENDENT),
    )
    if f"{det} {chief} {rank}"
    not in ("detective chief inspector", "detective chief superintendent")
)

# Capitalised abbreviations: "PC Harrison", "PS 3140 Smith", "DC Sharon Patterson".
RANK_ABBREVIATIONS: dict[str, Rank] = {
    "PC": Rank.POLICE_CONSTABLE,
    "Pc": Rank.POLICE_CONSTABLE,
    "PCs": Rank.POLICE_CONSTABLE,
    "Pcs": Rank.POLICE_CONSTABLE,
    "PS": Rank.SERGEANT,
    "DC": Rank.DETECTIVE_CONSTABLE,
    "DS": Rank.DETECTIVE_SERGEANT,
    "DI": Rank.DETECTIVE_INSPECTOR,
    "DCI": Rank.DETECTIVE_CHIEF_INSPECTOR,
    "PCSO": Rank.PCSO,
    "PCSOs": Rank.PCSO,
    "SC": Rank.SPECIAL_CONSTABLE,
}

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example("PC Wes Shaw was dismissed.", "Police Constable"),
    Example("Det Sgt Wes Shaw was dismissed.", "Detective Sergeant"),
    Example("Ch Insp Wes Shaw was dismissed.", "Chief Inspector"),
    Example("Det Ch Insp Wes Shaw was dismissed.", "Detective Chief Inspector"),
    Example(
        "A PCSO was dismissed after a misconduct hearing.",
        "Police Community Support Officer",
    ),
    Example(
        "A police staff member was dismissed after a misconduct hearing.",
        "Police Staff",
    ),
    Example(
        "A special constable was dismissed after a misconduct hearing.",
        "Special Constable",
    ),
    # Counter-example: a bare "officer" or "detective" has no rank.
    Example("A detective was dismissed after a misconduct hearing.", None),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
