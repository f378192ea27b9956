"""Standards of Professional Behaviour found breached, in their variant names, mapped onto `Standard`.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.choices import Standard
from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "standards"

# --- Standards of Professional Behaviour -----------------------------------------------
# "integrity" alone, "honesty" alone and "use of force" are common words: they count only
# in a sentence that states a breach (see STANDARD_CONTEXT).
STANDARD_PATTERNS: tuple[tuple[re.Pattern[str], Standard, bool], ...] = (
    (
        re.compile(
            r"\bhonesty\s*(?:and|&|/|,)?\s*integrity\b|\bintegrity\s*(?:and|&)\s*honesty\b",
            IGNORECASE,
        ),
        Standard.HONESTY_AND_INTEGRITY,
        False,
    ),
    (
        re.compile(
            r"\b(?:authority,?\s*)?respect,?\s*(?:and|&)?\s*courtesy\b", IGNORECASE
        ),
        Standard.AUTHORITY_RESPECT_COURTESY,
        False,
    ),
    (
        re.compile(r"\bequality\s*(?:and|&|/)\s*diversity\b", IGNORECASE),
        Standard.EQUALITY_AND_DIVERSITY,
        False,
    ),
    # ...and not an act: "his use of force", "this use of force", "an excessive use
    # of force" (a possessive, a demonstrative or an adjective before it).
    (
        re.compile(
            r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthis )(?<!\bthat )(?<!\bany )"
            r"(?<!\ban )(?<!\bsuch )(?<!excessive )(?<!appropriate )(?<!unnecessary )"
            r"(?<!unreasonable )(?<!disproportionate )\buse of force\b",
            IGNORECASE,
        ),
        Standard.USE_OF_FORCE,
        True,
    ),
    (
        re.compile(
            r"\borders?\s*(?:and|&|/)\s*instructions?\b|\bdisobey(?:ing|ed)? (?:\w+ )?orders?\b",
            IGNORECASE,
        ),
        Standard.ORDERS_AND_INSTRUCTIONS,
        False,
    ),
    (
        re.compile(
            r"\bdut(?:y|ies)\s*(?:and|&|/)\s*responsibilit(?:y|ies)\b", IGNORECASE
        ),
        Standard.DUTIES_AND_RESPONSIBILITIES,
        False,
    ),
    (re.compile(r"\bconfidentiality\b", IGNORECASE), Standard.CONFIDENTIALITY, False),
    (
        re.compile(r"\bfitness for (?:work|duty)\b", IGNORECASE),
        Standard.FITNESS_FOR_WORK,
        False,
    ),
    (
        re.compile(r"\bdiscreditable\s+conduct\b", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
        False,
    ),
    # "discreditable" alone ends a list cut short ("... and discreditable after the
    # hearing"), or is a plain adjective ("the discreditable nature of the messages").
    (
        re.compile(r"\bdiscreditable\b", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
        True,
    ),
    # "the officer brought discredit to the force" (a finding, not a quote).
    (
        re.compile(r"\bbr(?:ought|inging) discredit (?:up)?(?:on|to)\b", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
        True,
    ),
    (
        re.compile(
            r"\bchallenging\s*(?:and|&|/)\s*reporting(?: improper conduct)?\b",
            IGNORECASE,
        ),
        Standard.CHALLENGING_AND_REPORTING,
        False,
    ),
    # ...but not as a plain noun after a determiner: "a risk to the integrity of the
    # force", "questioned his honesty".
    (
        re.compile(
            r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bour )"
            r"\b(?:integrity|honesty)\b",
            IGNORECASE,
        ),
        Standard.HONESTY_AND_INTEGRITY,
        True,
    ),
)
# A standard's first word alone as an item of a list of standards is that standard:
# "Conduct" as the last item is discreditable conduct ("breached the standards of
# integrity, confidentiality, and conduct."), "duties" is duties and responsibilities
# ("in respect of honesty, integrity, respect, courtesy duties and discreditable
# conduct"). They count only after another standard's name.
LIST_ITEM_STANDARDS: tuple[tuple[re.Pattern[str], Standard], ...] = (
    (
        re.compile(r"(?:,|\band)\s+(?:and\s+)?conduct(?=\s*(?:[.;]|$))", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
    ),
    (
        re.compile(r"\bduties\b(?!\s*(?:and|&|/)\s*responsibilit)", IGNORECASE),
        Standard.DUTIES_AND_RESPONSIBILITIES,
    ),
)
# Words of a sentence that states a breach or a finding.
STANDARD_CONTEXT = re.compile(
    r"\bbreach|\bfound\b|\bfinding|\bprove[nd]\b|\bamount|\bfall(?:en)? short|\bfell short"
    r"|\boutcome\b|\bengaged\b|\bin respect of\b|\brelat(?:ing|ed) to\b|\bdeemed\b"
    r"|\bcontrary to\b|\bcited\b|\bnamely\b|\bincludes?\b|\bincluding\b|\bstandards? of\b"
    r"|\bwith respect to\b|\bdetermined\b|\bruled\b|\bguilty\b",
    IGNORECASE,
)
BUT_NOT = re.compile(r"\b(?:but|and) not\b|\bbut (?:was|were) not\b", IGNORECASE)
# A standard found NOT breached: "The allegations of integrity breaches were found not
# proven".
STANDARD_NEGATED = re.compile(
    r"\bnot (?:proven|proved|breached|found)\b|\bno breach\b"
    # "...but each was cleared of breaching standards of honesty and integrity".
    r"|\bcleared of\b",
    IGNORECASE,
)

# A clause that states what is expected of officers names the standards as an ideal,
# not as found breached: "we expect officers to act with honesty and integrity", "the
# public should be able to trust that officers show the highest levels of integrity".
STANDARD_EXPECTED = re.compile(
    r"\b(?:we|public|everyone|they|officers)\s+(?:rightly\s+)?expects?\b|\bexpects?\s+"
    r"(?:all\s+)?(?:of\s+)?(?:our|its|their|the)\b|\bshould\b|\bmust\b|\bact(?:s|ing)? with\b"
    r"|\bthe highest\b|\bexemplary\b|\bmaintain(?:s|ing)?\b|\bcommitted to\b",
    IGNORECASE,
)

# An ideal named just before a standard's name: "adhere to the highest standards of
# professionalism and integrity" (within STANDARD_EXPECTED_REACH characters).
STANDARD_IDEAL = re.compile(
    r"\bthe highest\b|\bexpects?\b|\bexemplary\b|\bcommitted to\b|\badhere to\b",
    IGNORECASE,
)
STANDARD_EXPECTED_REACH = 60

# ...unless the clause says the expectation was not met: "fell short of the standards
# of honesty we expect", "failed to act with integrity", "it was found he should be
# dismissed for breaching the standard of confidentiality".
STANDARD_FAILED = re.compile(
    r"\bf(?:ell|allen|alls|ailed|ailing|ailure)\b|\bbreach|\bfound\b|\bprove[nd]\b"
    r"|\bdetermined\b|\bdisregard",
    IGNORECASE,
)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example(
        "A panel found PC Ann Roe breached the standards of honesty and integrity and was dismissed.",
        ["honesty and integrity"],
    ),
    Example(
        "PC Ann Roe was dismissed for breaching the standard of authority, respect and courtesy.",
        ["authority, respect and courtesy"],
    ),
    Example(
        "PC Ann Roe was dismissed after breaches of confidentiality and discreditable conduct were found proven.",
        ["confidentiality", "discreditable conduct"],
    ),
    Example(
        "It was alleged that PC Ann Roe breached the standards relating to orders and instructions. The panel found gross misconduct and she was dismissed.",
        ["orders and instructions"],
    ),
    Example(
        "PC Ann Roe was dismissed; she breached the standards of duty and responsibility.",
        ["duties and responsibilities"],
    ),
    Example(
        "PC Ann Roe was dismissed after the panel found she breached the standards of confidentiality, equality and diversity, and conduct.",
        ["confidentiality", "equality and diversity", "discreditable conduct"],
    ),
    Example(
        "PC Ann Roe was dismissed after the panel found she breached the standards of equality/diversity and challenging/reporting improper conduct.",
        ["equality and diversity", "challenging and reporting improper conduct"],
    ),
    # Counter-examples: standards not breached, or only in a case to answer.
    Example(
        "PC Ann Roe was dismissed; the panel found her conduct posed a risk to the integrity of the force.",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed. She was cleared of breaching the standard of honesty and integrity.",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed. The chief constable said: 'We expect every officer to act with honesty and integrity.'",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed after a panel found she had failed to act with honesty and integrity.",
        ["honesty and integrity"],
    ),
    Example(
        "PC Ann Roe was dismissed after the panel found her actions and conduct amounted to gross misconduct.",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed. We found a case to answer for breaches of the standard of confidentiality.",
        None,
    ),
    Example(
        "PC Ann Roe was given a written warning; an allegation of a breach of use of force was not proven.",
        None,
    ),
    Example(
        "The chief said officers must adhere to the highest standards of professionalism and integrity, and PC Ann Roe was found guilty of gross misconduct and dismissed.",
        None,
    ),
    Example(
        "The panel found PC Ann Roe breached the standards of honesty, integrity, respect, courtesy duties and discreditable conduct, and she was dismissed.",
        [
            "honesty and integrity",
            "authority, respect and courtesy",
            "duties and responsibilities",
            "discreditable conduct",
        ],
    ),
    Example(
        "The panel found PC Ann Roe's excessive use of force amounted to gross misconduct and she was dismissed.",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed. The superintendent condemned the discreditable tone of her messages.",
        None,
    ),
    Example(
        "PC Ann Roe was dismissed after she fell short of the highest standards of honesty and integrity.",
        ["honesty and integrity"],
    ),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
