"""The barred list and leaving the service (the fields `barred` and `former`).

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "barred"

# --- Barred list, leaving the service ------------------------------------------------
BARRED = re.compile(
    r"\bbarred list\b|\bbarred from (?:working|serving|the profession|policing|re-?joining)"
    r"|\bbanned from (?:working|serving|re-?joining)"
    r"|\blist of former officers who are barred\b"
    # "banned from policing for life", "can never work in policing again".
    r"|\bbanned from (?:policing|the police|the profession)\b"
    r"|\bnever (?:again )?(?:work|serve) (?:again )?(?:in|for) (?:the )?"
    r"polic(?:ing|e)\b",
    IGNORECASE,
)
NOT_BARRED = re.compile(
    r"\b(?:not|never) (?:be )?(?:placed|included) on the barred list\b|\badvisory list\b"
    # What happens to a whole class, not to this person: "All members of staff
    # dismissed for gross misconduct are referred to the barred list".
    r"|\b(?:all|any|every) (?:[\w-]+ ){0,3}?(?:officers?|members? of (?:police )?staff|"
    r"staff|people|individuals?)\b[^.;]{0,80}?\b(?:are|is|will be)\b",
    IGNORECASE,
)
LEFT_SERVICE = re.compile(
    r"\b(?:resigned|retired|quit|resigning|retiring)\b"
    r"|\b(?:has|had|have) (?:since |already |previously )?left (?:the|GMP|[A-Z]\w+ (?:Police|Constabulary))"
    r"|\bleft (?:the force|the service|the constabulary|policing)\b"
    r"|\bno longer (?:a serving|serving|employed)\b",
    IGNORECASE,
)
# Leaving after the result leaves the person serving when it was decided: "resigned
# when the demotion decision was delivered", "retired after the hearing"; and someone
# "still employed ... working their notice period after resigning" is serving.
LEFT_AFTER_RESULT = re.compile(
    r"\s+(?:immediately\s+|shortly\s+|soon\s+)?(?:when|after|once|following|as soon as)\s+"
    r"(?:the|his|her|their|being|it|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|outcome|sanction|demotion|hearing|result|verdict|ruling|finding|"
    r"demoted|dismissed|given|told|was (?:announced|delivered))\b",
    IGNORECASE,
)
STILL_SERVING = re.compile(r"\bstill (?:employed|serving|a serving)\b", IGNORECASE)
FORMER_WORD = re.compile(r"\b(?:former|ex)(?:[- ]|(?=PC))", IGNORECASE)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example("PC Ray Lamb was dismissed and will be placed on the barred list.", True),
    Example("PC Ray Lamb was dismissed and is barred from working in policing.", True),
    Example(
        "PC Ray Lamb was dismissed and resigned after the hearing; he is on the barred list.",
        True,
    ),
    # Counter-examples: the advisory list, a barred list denied.
    Example(
        "PC Ray Lamb resigned and was placed on the advisory list, a misconduct panel found after he was dismissed.",
        None,
    ),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
