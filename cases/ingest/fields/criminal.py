"""Criminal verdicts: convicted or acquitted, and court wording that is no verdict.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "criminal"

# --- Criminal verdicts ---------------------------------------------------------------
CONVICTED = re.compile(
    # A conviction as a noun is the officer's only when it is theirs: "his conviction
    # for assault"; "failed to declare a conviction" is not a verdict.
    r"\b(?:convicted|(?:his|her|their|the officer's) convictions?|"
    r"(?:received|receiving|receives) (?:an? )?(?:criminal )?convictions?|found guilty|"
    r"pleaded guilty|pled guilty|"
    r"admitted (?:an offence|offences|the offence|charges?)|guilty pleas?|jailed|"
    r"imprisoned|sentenced|"
    # "was given a suspended sentence at Canterbury Crown Court", "a community order".
    r"suspended (?:prison |jail )?sentence|community order|conditional discharge)\b"
    # A court's sentence: "was fined £827 by magistrates", "fined and disqualified from
    # driving at Plymouth Magistrates' Court".
    r"|\bfined\b(?=[^.;]{0,60}\b(?:magistrates|court)\b)|\bdisqualified from driving\b",
    IGNORECASE,
)
ACQUITTED = re.compile(
    r"\b(?:acquitted|acquittal|found (?:\w+ ){0,3}not guilty|(?:returned |reached )?"
    r"(?:a |unanimous )?verdicts? of not guilty|not guilty verdicts?|"
    r"cleared (?:by a jury|in court|"
    r"of (?:murder|manslaughter|assault|all charges)))\b"
    # "cleared of rape", "cleared of causing grievous bodily harm": offences, which
    # only a court clears (the disciplinary "cleared of misconduct" is NOT_PROVEN).
    r"|\bcleared of (?:rape|causing|grievous|sexual|theft|fraud|perverting|"
    r"misconduct in (?:a )?public office|(?:all |the )?(?:criminal )?charges?)\b"
    # Any other offence: "cleared of dangerous driving", "cleared of racially
    # aggravated wounding"; not the disciplinary "cleared of misconduct", "cleared of
    # breaching the standards", "cleared of any wrongdoing".
    r"|\bcleared of (?!(?:all |any |the |both |these |those )?(?:allegations?|misconduct|"
    r"gross misconduct|breach|breaching|wrongdoing|standards?|honesty|integrity|"
    r"discreditable|conduct|failing|failures?|charges? of (?:gross )?misconduct)\b)"
    r"(?:[a-z]+ ){0,2}(?:driving|wounding|assault|murder|manslaughter|harassment|"
    r"stalking|battery|affray|offences?|bodily harm|misconduct in public office)\b",
    IGNORECASE,
)
# Court wording that is not a verdict on the officer: "pleaded not guilty", "found
# guilty of gross misconduct" (a disciplinary finding), "appealed the conviction",
# "to secure the conviction", "will be sentenced".
NOT_A_VERDICT = re.compile(
    r"\bpleaded not guilty\b|\bpled not guilty\b"
    # A disciplinary "guilty": "found guilty of gross misconduct", "pleaded guilty to
    # gross misconduct", "guilty of disciplinary charges"; but misconduct in public
    # office is an offence.
    r"|\b(?:(?:found|pleaded|pled|pleading) )?guilty (?:[\w-]+ ){0,2}?(?:of|to) (?:the |a |an )?"
    r"(?:(?:gross )?misconduct(?! in (?:a )?public office)|disciplinary)\b|\bappeal(?:ed|s)? (?:against )?the conviction\b"
    r"|\bsecure (?:a|the) conviction\b|\bconviction (?:was|has been) quashed\b"
    r"|\bwill be sentenced\b|\bdue to be sentenced\b|\bawaiting sentence\b"
    r"|\bno (?:criminal )?convictions?\b|\bprevious convictions?\b"
    # Someone else's, in a reduced relative clause: "an association with a person
    # convicted of an offence", "a man previously jailed for assault".
    r"|\b(?:person|people|man|men|woman|women|individual|offender|criminal|suspect|"
    r"someone|somebody|member of the public|friend|partner|associate)\s+"
    r"(?:(?:who|that) (?:had|has|was|were) (?:been )?)?(?:previously |already |recently |since )?"
    r"(?:convicted|jailed|sentenced|imprisoned)\b",
    IGNORECASE,
)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example("PC Lee Ward was convicted of assault at Leeds Crown Court.", "convicted"),
    Example(
        "PC Lee Ward pleaded guilty to misconduct in public office and was jailed.",
        "convicted",
    ),
    Example(
        "PC Lee Ward was found not guilty by a jury at Derby Crown Court.", "acquitted"
    ),
    Example(
        "The jury at the trial of PC Lee Ward returned a verdict of not guilty.",
        "acquitted",
    ),
    Example(
        "PC Lee Ward was dismissed after receiving a criminal conviction.", "convicted"
    ),
    Example(
        "PC Lee Ward was fined £300 by magistrates and later dismissed.", "convicted"
    ),
    Example("PC Lee Ward was fined £300 by magistrates for speeding.", "convicted"),
    Example(
        "At a trial last May PC Lee Ward was cleared of dangerous driving; he was given a written warning.",
        "acquitted",
    ),
    Example(
        "PC Lee Ward was found guilty of misconduct in public office and dismissed.",
        "convicted",
    ),
    # Counter-examples: a disciplinary "guilty", a conviction not the officer's own.
    Example(
        "PC Lee Ward pleaded guilty to gross misconduct at a hearing and was dismissed.",
        None,
    ),
    Example(
        "PC Lee Ward was dismissed but cleared of breaching the standard of honesty.",
        None,
    ),
    Example("PC Lee Ward was found guilty of gross misconduct and dismissed.", None),
    Example("PC Lee Ward was dismissed for failing to declare a conviction.", None),
    Example(
        "PC Lee Ward was dismissed for his association with a man previously jailed for theft.",
        None,
    ),
    Example("PC Lee Ward pleaded not guilty and will be sentenced in May.", None),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
