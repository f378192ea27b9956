"""Proceedings: the disciplinary forum, mapped onto `Proceeding`; forums still to come.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.choices import Proceeding
from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "proceeding"

# --- Proceedings ---------------------------------------------------------------------
PROCEEDING_PATTERNS: tuple[tuple[re.Pattern[str], Proceeding], ...] = (
    (
        re.compile(
            # "an accelerated gross misconduct hearing", "a fast-track misconduct
            # hearing", "a special case hearing".
            r"\baccelerated (?:gross )?(?:misconduct )?hearing"
            r"|\bspecial case (?:police )?(?:misconduct )?hearing"
            r"|\b(?:fast[- ]track(?:ed)?|expedited) (?:gross )?(?:misconduct )?hearing"
            # A table's "Hearing type" cell holding the adjective alone: "| Expedited
            # (Chief Constable-led) |", "| Accelerated |".
            r"|(?:^|\|)\s*(?:accelerated|expedited|special case|fast[- ]track)"
            r"(?:\s*\([^)|]{0,40}\))?\s*(?=\|)",
            IGNORECASE,
        ),
        Proceeding.ACCELERATED_HEARING,
    ),
    (re.compile(r"\bmisconduct meeting", IGNORECASE), Proceeding.MISCONDUCT_MEETING),
    (
        re.compile(
            r"\b(?:misconduct|disciplinary|conduct|public|private|virtual|police) "
            r"(?:hearings?|panels?|tribunal)\b|\bmisconduct panel\b"
            r"|\b(?:a|the|this|that|his|her|their) (?:[\w-]+ ){0,3}hearings?\b"
            # Only a misconduct hearing has a legally qualified chair: "| Independent,
            # chaired by a Legally Qualified Chair (LQC) |".
            r"|\b(?:chaired|led|heard) by (?:an? |the )?(?:independent )?"
            r"legally[- ]qualified chair",
            IGNORECASE,
        ),
        Proceeding.MISCONDUCT_HEARING,
    ),
)
# A forum still to come decided nothing yet: "will be required to attend a misconduct
# hearing", "is due to face a gross misconduct hearing", "a hearing is set to".
FUTURE_FORUM = re.compile(
    r"\b(?:will|shall|is to|are to|due to|set to|expected to|scheduled to)\b"
    r"(?:\s+[\w-]+){0,5}\s+$"
    # "it will be for the force to arrange misconduct hearings for PC Hale".
    r"|\b(?:arrange|arranging|schedule|scheduling|convene|convening)\s+(?:[\w-]+\s+){0,3}$",
    IGNORECASE,
)
# A forum its subject left before: "resigned ahead of a gross misconduct hearing",
# "retired prior to the hearing". Of a person with no disciplinary result it is no
# forum of theirs (the hearing may not have been held).
FORUM_NOT_ATTENDED = re.compile(
    r"\b(?:resign\w*|retir\w*|left|quit|leaving)\b[^.;]{0,40}?"
    r"\b(?:ahead of|prior to|in advance of|before)\b",
    IGNORECASE,
)
# Force notices give the forum's date as a labelled field, under the officer's name:
# "Date of hearing: 27 December 2024", "Hearing date(s): 3 and 4 May 2021", "Date of
# misconduct hearing:".
HEARING_DATE_LABEL = re.compile(
    r"\s*(?:dates?\s+of\s+(?:the\s+)?(?:(?:gross\s+|accelerated\s+)?misconduct\s+)?"
    r"(?:hearing|meeting)|(?:hearing|meeting)\s+dates?)(?:\s*\(s\))?\s*[:\-\u2013]",
    IGNORECASE,
)
# The hearing in "at a magistrates' court hearing" or "inquest hearing" is not a
# disciplinary forum.
NOT_A_PROCEEDING = re.compile(
    r"\b(?:court|crown court|magistrates'?|inquest|trial|sentencing|appeal|appeals) "
    r"(?:\w+ )?hearings?\b|\bhearing (?:at|in) (?:\w+ )?(?:crown|magistrates)",
    IGNORECASE,
)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example(
        "Sergeant | 2019 | Expedited (chief officer) | Confidentiality | Proven | Dismissal |",
        "accelerated misconduct hearing",
    ),
    Example(
        "PC Tom Hale was dismissed by a panel led by a legally qualified chair.",
        "misconduct hearing",
    ),
    Example("PC Tom Hale was dismissed at a misconduct hearing.", "misconduct hearing"),
    Example(
        "PC Tom Hale was dismissed at an accelerated misconduct hearing.",
        "accelerated misconduct hearing",
    ),
    Example(
        "PC Tom Hale was dismissed at a special case hearing.",
        "accelerated misconduct hearing",
    ),
    Example(
        "PC Tom Hale was given a written warning at a misconduct meeting.",
        "misconduct meeting",
    ),
    # Counter-examples: a court's hearing, a forum still to come.
    Example(
        "PC Tom Hale was jailed at a sentencing hearing at Hull Crown Court.", None
    ),
    Example(
        "Two officers received management action; four will be required to attend a misconduct hearing.",
        None,
    ),
    Example(
        "It is now for the force to arrange a gross misconduct hearing for PC Ann Lee.",
        None,
    ),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
