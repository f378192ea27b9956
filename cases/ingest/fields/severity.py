"""Severity: the level FOUND proven, and wording that only alleges or assesses it.

Wording only: pure, compiled once, linear on any input. `EXAMPLES` are made-up
sentences each rule must read; tests/ingest/test_fields.py runs them all.
"""

from __future__ import annotations

import re

from cases.ingest.fields import Example

IGNORECASE = re.IGNORECASE

FIELD = "severity"

# --- Severity found ------------------------------------------------------------------
# The level FOUND: "gross misconduct was found proven", "amounted to gross misconduct",
# "a finding of gross misconduct", "found guilty of gross misconduct", "proved as gross
# misconduct", "admitted gross misconduct", "dismissed for gross misconduct".
_LEVEL = r"(?P<level>gross misconduct|misconduct)"
SEVERITY_FOUND = (
    re.compile(
        # "Gross misconduct allegations were proven against PC X": the level qualifies
        # the allegations found proven; "the level of misconduct proven at gross
        # misconduct" names the level after it.
        r"(?<!level of )"
        + _LEVEL
        + r"(?:\s+(?:allegations?|charges?|breach(?:es)?|cases?))?"
        r"\s+(?:was|were|has been|had been|have been|is|are)?\s*(?:found\s+)?(?:to be\s+)?"
        r"(?:proven|proved|found|established|made out|upheld)\b",
        IGNORECASE,
    ),
    re.compile(
        r"\b(?:amount(?:ed|s|ing)? to|constituted|represented|proved|proven|assessed|"
        r"judged to be|deemed(?: his actions)?(?: to be)?|determined to have committed|"
        # "was found to have committed gross misconduct and breached the standards",
        # "the panel found that he had committed misconduct"; a bare "had committed"
        # is also an opinion ("a tribunal could find that: two officers had committed").
        r"(?:found|ruled|judged|held|accepted|concluded|decided)"
        r"(?: (?:him|her|them|the officers?))?(?: to have| that "
        r"[^.;:]{1,60}? had| (?:he|she|they) had)"
        r" (?:committed|demonstrated|shown)(?: an? acts? of)?|"
        # "admitted four allegations of gross misconduct", "admitted a charge of".
        r"admitted (?:(?:all|the|an?|one|two|three|four|five|six|\d+) )?"
        r"(?:allegations?|charges?|breach(?:es)?|counts?) of|"
        # "A misconduct hearing found gross misconduct".
        r"found|"
        # A judging verb, its object, then the level: "ruled the actions of the two
        # officers as gross misconduct", "classed her behaviour as misconduct".
        r"(?:ruled|judged|deemed|classed|classified|categori[sz]ed|regarded)\b"
        r"[^.;:]{0,60}?\bas|"
        # ... or "to be": "found the behaviour to be gross misconduct".
        r"(?:found|ruled|judged|held|considered)\b[^.;:]{0,60}?\bto be|"
        # A finding's result taken up again: "found he did all three things and this
        # was gross misconduct".
        r"(?:this|which|that) (?:was|constituted)|"
        # "breached the standards ... at the level of gross misconduct", "found the
        # level of misconduct proven at gross misconduct".
        r"(?:at|to) the level of|(?:proven|proved|found|established) at|"
        # "pleaded guilty on Wednesday to a misconduct charge".
        # "found culpable of gross misconduct" says what "guilty of" does.
        r"guilty of|culpable of|admitted|(?:pleading|pleaded) guilty (?:[\w-]+ ){0,2}?to(?: an?| the)?|"
        r"finding of|findings of|"
        # An appeal that leaves the finding standing: "upheld the gross misconduct
        # finding against PC X".
        r"upheld(?: the| a)?(?=\s+(?:gross )?misconduct findings?\b)|"
        r"outcome of|result was that of|count of|for|and|committed)\s+(?:as\s+)?"
        + _LEVEL
        # "pleaded guilty to misconduct in public office" is an offence, not a level;
        # "this was a gross misconduct hearing" names the forum.
        + r"\b(?!\s+in\s+(?:a\s+)?public\s+office)"
        r"(?!\s+(?:hearings?|meetings?|proceedings|panels?|investigations?|notices?)\b)",
        IGNORECASE,
    ),
    # Force tables state the level found as a labelled field: "Finding: Gross
    # misconduct", "Determination: Misconduct"; not "Finding: Misconduct not proven".
    re.compile(
        r"^\s*(?:findings?|determination|decision|outcome of (?:the )?hearing)\s*"
        r"[:\-\u2013]\s*" + _LEVEL + r"\s*(?:$|[.;,]|\(|and\b)",
        IGNORECASE,
    ),
)
# Only trust "for gross misconduct" / "and misconduct" when the sentence states a
# result ("dismissed for gross misconduct", "allegations ... for gross misconduct and
# misconduct were proven"), never for "a case to answer for gross misconduct".
# "committed gross misconduct" is a finding when the clause reports one ("... committed
# gross misconduct, a disciplinary hearing found"), not in "accused of having committed".
SEVERITY_WEAK_PREFIX = re.compile(r"^(?:for|and|committed)\s", IGNORECASE)
# "sacked for misconduct" uses the word in its everyday sense: a dismissal follows from
# gross misconduct (or misconduct after a final warning), so it states no level.
DISMISSED_FOR = re.compile(
    r"\b(?:dismiss(?:ed|al)|sack(?:ed|ing)?|fired)\b[^.;]{0,40}$", IGNORECASE
)
RESULT_WORD = re.compile(
    r"\b(?:prove[nd]|dismiss(?:ed|al)|sacked|fired|warning|found|finding|guilty|"
    r"demoted|ruled|determined|admitted)\b",
    IGNORECASE,
)
# Sentences that only assess or allege: "had a case to answer for gross misconduct",
# "faced allegations of gross misconduct", "could find that", "may amount to".
NOT_A_FINDING = re.compile(
    r"\bcases? to answer\b|\balleg(?:ed|ation|ations|edly)\b|\baccused\b|\bwill face\b"
    r"|\b(?:said|thought|claimed|reported) to have\b"
    r"|\b(?:could|may|might|would) (?:find|amount|conclude|constitute|justify)\b"
    # "could be seen to amount to", "would be gross misconduct"; not "would be dismissed".
    r"|\b(?:could|may|might|would) be (?!dismissed|sacked|removed|barred|placed)"
    r"|\bpotential(?:ly)? (?:breach|gross|misconduct)\b|\bif (?:the conduct|proven|proved|admitted)\b"
    # A condition: "could face dismissal if gross misconduct is proven".
    r"|\bif (?:[\w-]+ ){0,4}(?:is|are|was|were) (?:found |)(?:prove[nd]|admitted)\b"
    r"|\b(?:could|may|might|would) face\b"
    r"|\bscheduled\b|\brecommend|\bwould benefit\b|\bassessed as amounting\b"
    r"|\bno (?:indication|evidence)\b|\bnot proven as\b|\brather than\b|\bnot (?:meet|amount)\b"
    r"|\b(?:insufficient|not enough) evidence\b|\bto make a finding\b"
    # A question put, not answered: "to decide whether or not the allegations were
    # proven", "did the proven conduct amount to misconduct, gross misconduct or
    # neither"; nobody, or a class: "No other officers were found to have committed
    # misconduct", "those that are found guilty of gross misconduct".
    r"|\bwhether\b|\bor neither\b|\bdid (?:[\w-]+ ){1,3}amount to\b"
    r"|\bno (?:other )?(?:officers?|one|staff)\b|\bthose (?:who|that)\b",
    IGNORECASE,
)
# A question put before a finding's words: "to decide whether or not the allegations
# were proven".
QUESTION_PUT = re.compile(r"\bwhether\b", IGNORECASE)
# Of those, the ones a stated result can outweigh in the same sentence: "the allegation
# was found proven and assessed as Gross Misconduct".
ALLEGATION_ONLY = re.compile(
    r"\balleg(?:ed|ation|ations|edly)\b|\baccused\b", IGNORECASE
)
STATED_RESULT = re.compile(
    # "the chair agreed that the allegation did amount to gross misconduct".
    r"\b(?:prove[nd]|found|amounted|upheld|admitted|guilty|did amount)\b",
    IGNORECASE,
)
# What is alleged: "it was alleged that ...", "allegations that ...", "accused of".
ALLEGED_THAT = re.compile(
    r"\b(?:is|was|were|are|been) alleged\b|\balleged that\b|\ballegations? that\b"
    r"|\baccused of\b"
    # What a forum heard is the case put to it: "The hearing was told PC H did not
    # treat colleagues with respect and courtesy".
    r"|\b(?:hearing|panel|tribunal|court|jury) (?:was|were|had been) told\b"
    r"|\b(?:hearing|panel|tribunal|court|jury) heard (?:how|that)\b"
    # Why a forum sat is the case it was to decide: "The hearing was convened because
    # PC X breached the standards of ...".
    r"|\b(?:hearing|meeting|panel) (?:was|were|had been) (?:convened|called|held|"
    r"arranged) (?:because|after it was said|to (?:consider|decide|hear) (?:whether|if))",
    IGNORECASE,
)
# ... unless the clause also finds it: "found allegations that he ... proven".
FOUND_WORD = re.compile(
    r"\b(?:found|prove[nd]|upheld|admitted|guilty|ruled|determined)\b", IGNORECASE
)
# "officers were either dismissed or resigned": a tally, not a person's result.
EITHER_OR = re.compile(r"\beither\b[^.;]{0,80}\bor\b", IGNORECASE)
# "found guilty" is a court verdict only with a court in view: "was found guilty of one
# count of misconduct in public office following a trial"; a hearing's "found guilty of
# 'sexual harassment in the workplace'" is a disciplinary finding.
COURT_CONTEXT = re.compile(
    r"\b(?:court|jury|trial|magistrates|crown|old bailey|offences?|counts? of|charges?|"
    r"criminal|convicted|sentenc\w*|jailed|prison|misconduct in (?:a )?public office)\b",
    IGNORECASE,
)
# "were found to have breached the following standards": a finding about the people
# just counted, before the list of standards on the following lines.
# "the panel said PC A, Insp B and former officer C had breached the standards".
BREACH_FOUND = re.compile(
    r"\bfound to have (?:also )?breached\b"
    r"|\b(?:had|has|have) (?:also )?breached (?:the |police )?standards\b",
    IGNORECASE,
)
RATHER_THAN_GROSS = re.compile(
    # "proven as misconduct rather than gross misconduct", "at a misconduct level
    # rather than as gross misconduct".
    r"\bmisconduct(?: level)? rather than (?:as |at )?gross misconduct\b"
    # "Gross misconduct was not proven but misconduct was" (SCHEMA.md's own example).
    r"|\bgross misconduct (?:was|were) not (?:proven|proved|found)[,;]? but "
    r"(?:a finding of |the lesser (?:level|charge) of )?misconduct (?:was|were)\b",
    IGNORECASE,
)

# "found proven" with no level: the level of the case to answer carries over
# ("The case against him was found proven", "after the cases were proven").
_PROVEN = r"(?:prove[nd]|true|substantiated|well[- ]founded|upheld)"
CASE_PROVEN = re.compile(
    r"\b(?:case|cases|allegation|allegations)\b[^.]{0,60}?\b(?:was|were|been)\s+"
    r"(?:all\s+)?(?:found\s+)?(?:to be\s+)?" + _PROVEN + r"\b"
    # "found the allegations proven", "found the allegations to be true".
    r"|\bfound the (?:case|allegations?)\b[^.]{0,40}?\b" + _PROVEN + r"\b"
    # "The panel found allegations that he breached the standards of ... proven".
    r"|\bfound (?:the )?allegations? that\b[^.]{0,150}?\bprove[nd]\b"
    r"|\bfound proven\b|\bwere all proven\b",
    IGNORECASE,
)
CASE_TO_ANSWER_WORDS = re.compile(r"\bcases? to answer\b", IGNORECASE)
CASE_TO_ANSWER = re.compile(r"\bcase to answer for " + _LEVEL + r"\b", IGNORECASE)

# Made-up sentences this module must read (value) or must not (None).
EXAMPLES: tuple[Example, ...] = (
    Example(
        "A former sergeant has been found culpable of gross misconduct after his conviction.",
        "gross misconduct",
    ),
    Example(
        "PC Kim Dale was given a written warning. Gross misconduct was not proven but misconduct was.",
        "misconduct",
    ),
    Example(
        "The tribunal upheld the gross misconduct finding against PC Kim Dale, who stays dismissed.",
        "gross misconduct",
    ),
    Example(
        "The chair found the level of misconduct proven at gross misconduct and PC Kim Dale was given a final written warning.",
        "gross misconduct",
    ),
    Example(
        "The panel found the case against PC Kim Dale proven at a misconduct level rather than as gross misconduct.",
        "misconduct",
    ),
    Example(
        "The commissioner assessed that the conduct would, if proved, amount to gross misconduct.",
        None,
    ),
    Example("PC Kim Dale was sacked by the force for misconduct.", None),
    Example("PC Kim Dale was dismissed for gross misconduct.", "gross misconduct"),
    Example(
        "Eight officers had cases to answer for misconduct, with cases proven against three.",
        None,
    ),
    Example(
        "The panel must decide whether the conduct of PC Kim Dale amounted to gross misconduct.",
        None,
    ),
    Example("No other officers were found to have committed misconduct.", None),
    Example(
        "In conclusion the panel found the behaviour of PC Kim Dale to be gross misconduct.",
        "gross misconduct",
    ),
    Example(
        "The panel found PC Kim Dale had lied twice, and this was gross misconduct.",
        "gross misconduct",
    ),
    Example("The hearing that followed was gross misconduct proceedings.", None),
    Example(
        "The chair said the allegations were proven, which amounted to gross misconduct, adding that PC Kim Dale would be dismissed.",
        "gross misconduct",
    ),
    Example(
        "The report said the conduct could be seen to amount to gross misconduct.", None
    ),
    Example(
        "The chair classed the conduct of both constables as gross misconduct.",
        "gross misconduct",
    ),
    Example("PC Kim Dale was treated as a former officer at the hearing.", None),
    Example(
        "A panel found gross misconduct proven against PC Kim Dale.", "gross misconduct"
    ),
    Example(
        "PC Kim Dale was found to have committed gross misconduct.", "gross misconduct"
    ),
    Example(
        "Gross misconduct allegations were proven against PC Kim Dale.",
        "gross misconduct",
    ),
    Example(
        "PC Kim Dale admitted two allegations of gross misconduct.", "gross misconduct"
    ),
    Example(
        "The panel found that PC Kim Dale had committed misconduct and gave her a written warning.",
        "misconduct",
    ),
    Example(
        "PC Kim Dale's conduct amounted to misconduct rather than gross misconduct.",
        "misconduct",
    ),
    Example(
        "A PC who lied committed gross misconduct, a disciplinary panel found. She was dismissed.",
        "gross misconduct",
    ),
    # Counter-examples: levels only alleged, assessed or possible.
    Example("PC Kim Dale has a case to answer for gross misconduct.", None),
    Example(
        "It was alleged that PC Kim Dale acted in a way which amounted to gross misconduct.",
        None,
    ),
    Example(
        "There was insufficient evidence to make a finding of gross misconduct against PC Kim Dale.",
        None,
    ),
    Example("PC Kim Dale could face dismissal if gross misconduct is proven.", None),
)

# What patterns.py gathers: the wording, not this module's examples.
__all__ = [
    name for name in dir() if name.isupper() and name not in ("FIELD", "EXAMPLES")
]
