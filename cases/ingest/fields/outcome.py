"""Outcomes: the disciplinary result, its negations and what replaces it, mapped onto `Outcome`.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.choices import Outcome
from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "outcome"

# --- Outcomes ------------------------------------------------------------------------
# "would have been dismissed, had he not resigned"; "would have been sacked";
# "would have dismissed three former officers"; "dismissal would have been merited".
WOULD_HAVE_BEEN = re.compile(
    r"\bwould (?:also )?have (?:also )?(?:been )?(?:dismissed|sacked|fired)\b"
    r"|\bdismissal would have been (?:merited|justified|warranted|appropriate)\b"
    r"|\bwould have faced dismissal\b"
    r"|\bshould (?:be|have been) dismissed(?: without notice)? had (?:he|she|they) not\b",
    IGNORECASE,
)
# The counter-factual that turns a dismissal into "would have been": "had he not
# resigned", "if still serving", "had they still been serving".
COUNTERFACTUAL = re.compile(
    r"\bhad (?:he|she|they|the officer) not (?:already |previously )?"
    r"(?:resigned|retired|quit|left|been)\b"
    r"|\bif (?:he|she|they) (?:had|was|were) (?:not|still)\b"
    r"|\bif still (?:serving|in the force|with the force)\b"
    r"|\bhad (?:he|she|they|the officer) still been\b"
    r"|\bhad [a-z ]{0,20}still been a member\b",
    IGNORECASE,
)

# (pattern, outcome) in order of precedence when one clause states several.
OUTCOME_PATTERNS: tuple[tuple[re.Pattern[str], Outcome], ...] = (
    (
        # ... and its initials, once a text has spelt them out: "received the FWW".
        re.compile(r"\bfinal (?:written )?warnings?\b|\bFWWs?\b", IGNORECASE),
        Outcome.FINAL_WRITTEN_WARNING,
    ),
    (re.compile(r"\bwritten warnings?\b", IGNORECASE), Outcome.WRITTEN_WARNING),
    (re.compile(r"\bverbal warnings?\b", IGNORECASE), Outcome.VERBAL_WARNING),
    (
        re.compile(
            r"\breduc(?:tion|ed) in rank\b|\brank reduction\b|\bdemot(?:ed|ion)\b",
            IGNORECASE,
        ),
        Outcome.REDUCTION_IN_RANK,
    ),
    (
        re.compile(r"\bmanagement (?:advice|action|intervention)\b", IGNORECASE),
        Outcome.MANAGEMENT_ADVICE,
    ),
    (
        re.compile(r"\breflective practice(?: review process)?\b", IGNORECASE),
        Outcome.REFLECTIVE_PRACTICE,
    ),
    # "dismissed without notice", "sacked", "fired", "summary dismissal", "to dismiss the
    # officer", "dispensed with the services".
    (
        re.compile(
            r"\b(?:dismiss(?:ed|al)?|sacked|sacking|fired)\b|\bdispensed with the services\b",
            IGNORECASE,
        ),
        Outcome.DISMISSED,
    ),
)
# Dismissal wording that is not a person's dismissal: "All the charges were dismissed",
# "did not meet the threshold for instant dismissal", "the appeal was dismissed",
# "dismissal would be justified if the conduct was proven", "may be dismissed".
NOT_A_DISMISSAL = re.compile(
    r"\b(?:charges?|case|claims?|appeals?|complaints?|application|allegations?|hearing) "
    r"(?:(?:against|of) (?:(?!and\b|but\b|then\b)\w+ ){1,3}?|\w+ )?"
    r"(?:(?:was|were|has been|have been|had been) )?"
    r"(?:\w+ )?dismissed\b"
    r"|\bthreshold for (?:\w+ )?dismissal\b|\bdismissal (?:would|could|may) be\b"
    r"|\b(?:may|might|could|can) (?:be|face) (?:\w+ )?dismiss"
    r"|\bunfair dismissal\b|\bdismissed (?:the|his|her|their) (?:appeal|claim|case)\b"
    # A forum throwing the case out: "It dismissed the three allegations of misconduct".
    r"|\bdismissed (?:the |all |both )?(?:\w+ )?(?:misconduct )?(?:allegations?|charges?)\b"
    r"|\bdismissed (?:as|the idea|concerns|claims|suggestions)\b"
    r"|\bonly outcome should be\b"
    # Negated or avoided: "was not sacked", "avoided dismissal", "opted against
    # dismissal", "escaped the sack", "rather than being dismissed".
    r"|\b(?:not|never|avoided|avoids|avoiding|escaped|escapes|spared|against|instead of|"
    r"rather than)\s+(?:a\s+|being\s+|the\s+|been\s+)?(?:dismiss\w*|sack\w*|fired)"
    # What a forum could impose: "the sanction available for the officer to be
    # dismissed", "dismissal is available".
    r"|\bavailable\b[^.;]{0,40}\bdismiss|\bdismissal (?:is|was) (?:not )?available\b"
    r"|\bwould (?:normally |usually |ordinarily |otherwise )?(?:result in|lead to|warrant|"
    r"justify) (?:\w+ )?dismissal\b",
    IGNORECASE,
)
# A sanction from before, not this result: "having previously received management
# action by way of words of advice", "had already been given a final written warning".
PRIOR_SANCTION = re.compile(
    r"\b(?:previously|already|earlier|once|prior)\b\s+(?:been\s+)?"
    r"(?:received|receiving|given|issued|handed|served|had)\b[^.;]{0,20}$",
    IGNORECASE,
)
NOT_PROVEN = re.compile(
    # "were not proven", "was found not to be proven", "were found to have not been
    # proved".
    r"\b(?:was|were|been) (?:all )?(?:found )?(?:(?:to be )?not|not to (?:be|have been)|"
    r"to have not been) (?:proven|proved|substantiated)\b|\bnot proven\b"
    r"|\bno misconduct was found\b"
    # A disciplinary case thrown out is a clearing: "the allegations against Supt X
    # were dismissed", "had a misconduct hearing against him dismissed", "the panel
    # dismissed the three allegations of misconduct".
    r"|\b(?:allegations?|misconduct (?:case|hearing|proceedings)|(?:gross )?misconduct "
    r"charges?)\b(?:\s+(?:against|of)\s+(?:(?!and\b|but\b|then\b)\w+\s+){1,3}?|\s+)"
    r"(?:(?:was|were|had been|"
    r"has been|have been)\s+)?dismissed\b"
    r"|\bdismissed (?:the |all )?(?:\w+ )?(?:misconduct )?allegations\b"
    r"|\bcleared of (?:gross )?misconduct\b|\bfound no case to answer at the hearing\b"
    # A hearing that ends with no case to answer clears: "No case to answer for a
    # police officer following a three day gross misconduct hearing".
    r"|\bno case to answer\b[^.;]{0,60}?\b(?:following|at|after) (?:an? |the )?"
    r"(?:[\w-]+ ){0,4}?(?:hearing|meeting)\b"
    # "finally exonerated", "the case was thrown out", "kicked the case out".
    r"|\bexonerated\b|\b(?:case|proceedings|allegations?) (?:was |were )?(?:thrown|kicked) out\b"
    r"|\b(?:threw|kicked|thrown|kicked) (?:the case|the proceedings|it) out\b"
    # "The panel found that the behaviour of Sergeant X did not amount to misconduct".
    r"|\b(?:did|does) not amount to (?:gross )?misconduct\b"
    # "was cleared of wrongdoing at a misconduct hearing", "The panel cleared him":
    # cleared by a forum (an investigation that clears is no proceeding).
    r"|\bcleared of (?:any |all )?wrongdoing (?:at|by|following|after) (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}?(?:hearing|meeting|panel)\b"
    r"|\b(?:hearing|meeting|panel|chair) (?:has )?cleared\b"
    # ... or before one and then cleared: "was before a misconduct panel last week and
    # was cleared" (not a court's hearing: criminal.py).
    r"|(?<!court )(?<!magistrates' )(?<!appeal )\b(?:misconduct|disciplinary|conduct)"
    r" (?:hearing|meeting|panel)\b[^.;]{0,40}?\band (?:was|were|has been|have been) "
    r"cleared\b(?! of| (?:by|at) (?:an? |the )?(?:court|jury|judge|magistrates|trial))"
    # Allegations cleared by a forum: "was cleared of all allegations at a misconduct
    # hearing" (a court clears of charges: criminal.py).
    r"|\bcleared of (?:all |the |any )?(?:misconduct |disciplinary )?allegations?\b"
    r"(?=[^.;]{0,80}\b(?:hearing|meeting|panel)\b)"
    # A breach of the standards is a disciplinary charge: "each was cleared of
    # breaching standards of honesty and integrity".
    r"|\bcleared of (?:breaching|breaches of|a breach of|having breached) (?:the )?"
    r"(?:[\w-]+ ){0,3}?standards?\b",
    IGNORECASE,
)
# "not proven as gross misconduct" is a finding about the level, not a clearing.
NOT_PROVEN_AS_LEVEL = re.compile(
    r"\bnot prove[nd] as (?:gross )?misconduct\b", IGNORECASE
)
NO_FURTHER_ACTION = re.compile(
    r"\b(?:outcome|sanction|result)\s*[:\-]\s*no further action\b", IGNORECASE
)

# A sanction stated as replacing another is the one that stands: "The decision to
# dismiss him has been overturned and replaced with a written warning", "upheld her
# appeal and substituted a final written warning", "reduced on appeal to".
REPLACING = re.compile(
    r"\breplaced (?:\w+ ){0,2}(?:with|by)\b|\bsubstitut\w+|\binstead\b"
    r"|\breduced (?:\w+ ){0,2}to\b|\bon appeal\b|\bappeal (?:was )?(?:upheld|allowed)\b"
    r"|\bupheld (?:his|her|their|the) appeal\b",
    IGNORECASE,
)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example(
        "PC Leo Hart was before a misconduct panel last week and was cleared.",
        "not proven",
    ),
    Example(
        "PC Leo Hart faces a misconduct hearing next year and was cleared by a jury in May.",
        None,
    ),
    Example(
        "After the hearing the case against Officer C was found not to be proven.",
        "not proven",
    ),
    Example(
        "Having previously received a written warning in 2021, PC Joe Bell was dismissed.",
        "dismissed",
    ),
    Example(
        "PC Jo Hart was dismissed without notice at a misconduct hearing.", "dismissed"
    ),
    Example(
        "PC Jo Hart has been sacked after a hearing found gross misconduct.",
        "dismissed",
    ),
    Example("Sgt Al Webb was given a final written warning.", "final written warning"),
    Example(
        "PC Jo Hart received a written warning at a misconduct meeting.",
        "written warning",
    ),
    Example(
        "Insp Ray Cole was demoted to sergeant after the hearing.", "reduction in rank"
    ),
    Example("PC Jo Hart was given management action.", "management advice"),
    Example("PC Jo Hart was subject to management intervention.", "management advice"),
    Example(
        "Officer C received the FWW after the panel's finding.", "final written warning"
    ),
    Example(
        "PC Jo Hart was cleared of breaching the professional standards.", "not proven"
    ),
    Example(
        "Former PC Dan Moss would have been dismissed had he not resigned.",
        "would have been dismissed",
    ),
    Example("The allegations against PC Jo Hart were found not proven.", "not proven"),
    Example(
        "At the hearing the allegations against Insp Ray Cole were dismissed.",
        "not proven",
    ),
    Example("PC Jo Hart was exonerated by the misconduct panel.", "not proven"),
    Example(
        "DC Max Kerr was sacked, but on appeal the sanction was replaced with a written warning.",
        "written warning",
    ),
    # Counter-examples: negated, hypothetical and generic dismissals.
    Example("PC Jo Hart was not sacked but was told to reflect on her conduct.", None),
    Example("PC Jo Hart avoided dismissal after the chair heard of her record.", None),
    Example(
        "Officers who refuse a drugs test can also be sacked, the force said.", None
    ),
    Example(
        "If an officer is found to have lied, the available outcome is dismissal.", None
    ),
    Example("PC Jo Hart's appeal was dismissed by the tribunal.", None),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
