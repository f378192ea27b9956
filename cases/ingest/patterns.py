"""Wording lists and compiled patterns: where the documents' wording meets the archive's
vocabularies (cases/choices.py).

This module is the one place that maps wording onto the enums `Rank`, `Severity`,
`Outcome`, `CriminalVerdict`, `Proceeding` and `Standard`. Each rule names the wording
that forced it. Patterns avoid nested quantifiers so that matching stays linear on any
input.
"""

from __future__ import annotations

import re

from cases.choices import Outcome, Proceeding, Rank, Standard

IGNORECASE = re.IGNORECASE

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "another": 1,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "pair": 2,
}

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

# Titles that introduce people quoted or chairing, not the subject of the outcome:
# "IOPC Regional Director Derrick Campbell", "Chief Constable Chris Rowley",
# "Det Supt Paul Kessell, head of professional standards".
SPEAKER_TITLE = re.compile(
    r"\b(?:director(?: general)?|commissioner|deputy chair|chair(?:man|woman)?|"
    r"(?:deputy |assistant )?chief constable|dcc|acc|(?:detective |det |chief |ch )?"
    r"superintendent|(?:det |ch |chief )?supt|(?:detective |det )?chief inspector|"
    r"det chf insp|dci|counsel|barrister|qc|kc|judge|coroner|mayor|spokes(?:wo)?man|"
    r"head of [a-z ]+|(?:police and crime )?commissioner|mr|mrs|ms|miss|dr|sir|dame|"
    r"lord|lady|professor|reporter|correspondent)\.?\s*$"
    # A byline opens its line: "By Jane Smith"; "the disregard by PC Bell" is no byline.
    r"|(?:^|\n)\s*by\s*$",
    IGNORECASE,
)

# Counts too large to be people whose results a story goes on to give: "Figures show
# that 560 officers were dismissed last year", "hundreds of officers".
CROWD = re.compile(
    r"\b(?:\d{2,}|\d{1,3},\d{3}|dozens|hundreds|thousands|scores)\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:officers|constables|PCs|sergeants|staff|employees|"
    r"workers|police)\b",
    IGNORECASE,
)

# A document that reports figures: its counted groups are tallies, not people whose
# results it goes on to give ("SIX officers were dismissed ..., the latest figures have
# shown"; "Two officers received a written warning, two were given management action"
# in an analysis of published reports). A single person it describes is still one.
STATISTICS = re.compile(
    r"\b(?:figures|statistics|stats|data|numbers)\b (?:have |has )?(?:also )?"
    r"(?:show|shows|showed|shown|reveal|reveals|revealed|obtained|released|published)\b"
    r"|\blatest (?:figures|statistics)\b|\bfreedom of information\b|\bFOI\b"
    # "has analysed all of the published reports", "the analysis shows"; not
    # investigators who "analysed this, alongside statements".
    r"|\banalys(?:is|ed|ing)\s+(?:\w+\s+){0,3}?(?:figures|data|statistics|reports|"
    r"records|cases|outcomes)\b|\banalysis (?:shows?|found|reveals?)\b",
    IGNORECASE,
)

# --- Mentions of people who are not police ------------------------------------------
# "The man was subsequently found guilty at court" (the man arrested, not the officer).
CIVILIAN = re.compile(
    r"\b(?:the|a|an|her|his|their|this) (?:\w+ )?(?:man|woman|boy|girl|child|teenager|"
    r"victim|complainant|suspect|driver|passenger|motorist|defendant|jury|partner|"
    r"member of the public|members of the public|prisoner|detainee|businessman|"
    r"husband|wife|mother|father|daughter|son|family|families)\b",
    IGNORECASE,
)

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
        re.compile(r"\bfinal (?:written )?warnings?\b", IGNORECASE),
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
        re.compile(r"\bmanagement (?:advice|action)\b", IGNORECASE),
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
NOT_PROVEN = re.compile(
    r"\b(?:was|were|been) (?:all )?(?:found )?(?:to be )?not (?:proven|proved|"
    r"substantiated)\b|\bnot proven\b|\bno misconduct was found\b"
    # A disciplinary case thrown out is a clearing: "the allegations against Supt X
    # were dismissed", "had a misconduct hearing against him dismissed", "the panel
    # dismissed the three allegations of misconduct".
    r"|\b(?:allegations?|misconduct (?:case|hearing|proceedings)|(?:gross )?misconduct "
    r"charges?)\b(?:\s+(?:against|of)\s+(?:(?!and\b|but\b|then\b)\w+\s+){1,3}?|\s+)"
    r"(?:(?:was|were|had been|"
    r"has been|have been)\s+)?dismissed\b"
    r"|\bdismissed (?:the |all )?(?:\w+ )?(?:misconduct )?allegations\b"
    r"|\bcleared of (?:gross )?misconduct\b|\bfound no case to answer at the hearing\b"
    # "finally exonerated", "the case was thrown out", "kicked the case out".
    r"|\bexonerated\b|\b(?:case|proceedings|allegations?) (?:was |were )?(?:thrown|kicked) out\b"
    r"|\b(?:threw|kicked|thrown|kicked) (?:the case|the proceedings|it) out\b"
    # "The panel found that the behaviour of Sergeant X did not amount to misconduct".
    r"|\b(?:did|does) not amount to (?:gross )?misconduct\b"
    # "was cleared of wrongdoing at a misconduct hearing", "The panel cleared him":
    # cleared by a forum (an investigation that clears is no proceeding).
    r"|\bcleared of (?:any |all )?wrongdoing (?:at|by|following|after) (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}?(?:hearing|meeting|panel)\b"
    r"|\b(?:hearing|meeting|panel|chair) (?:has )?cleared\b",
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
    r"suspended (?:prison |jail )?sentence|community order|conditional discharge)\b",
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
    r"misconduct in (?:a )?public office|(?:all |the )?(?:criminal )?charges?)\b",
    IGNORECASE,
)
# Court wording that is not a verdict on the officer: "pleaded not guilty", "found
# guilty of gross misconduct" (a disciplinary finding), "appealed the conviction",
# "to secure the conviction", "will be sentenced".
NOT_A_VERDICT = re.compile(
    r"\bpleaded not guilty\b|\bpled not guilty\b|\b(?:found )?guilty of (?:gross )?misconduct\b"
    r"|\bpleading guilty to (?:gross )?misconduct\b|\bappeal(?:ed|s)? (?:against )?the conviction\b"
    r"|\bsecure (?:a|the) conviction\b|\bconviction (?:was|has been) quashed\b"
    r"|\bwill be sentenced\b|\bdue to be sentenced\b|\bawaiting sentence\b"
    r"|\bno (?:criminal )?convictions?\b|\bprevious convictions?\b",
    IGNORECASE,
)

# --- Severity found ------------------------------------------------------------------
# The level FOUND: "gross misconduct was found proven", "amounted to gross misconduct",
# "a finding of gross misconduct", "found guilty of gross misconduct", "proved as gross
# misconduct", "admitted gross misconduct", "dismissed for gross misconduct".
_LEVEL = r"(?P<level>gross misconduct|misconduct)"
SEVERITY_FOUND = (
    re.compile(
        # "Gross misconduct allegations were proven against PC X": the level qualifies
        # the allegations found proven.
        _LEVEL + r"(?:\s+(?:allegations?|charges?|breach(?:es)?|cases?))?"
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
        # "breached the standards ... at the level of gross misconduct".
        r"(?:at|to) the level of|"
        r"guilty of|admitted|pleading guilty to|pleaded guilty to|finding of|findings of|"
        r"outcome of|result was that of|count of|for|and|committed)\s+(?:as\s+)?"
        + _LEVEL
        # "pleaded guilty to misconduct in public office" is an offence, not a level.
        + r"\b(?!\s+in\s+(?:a\s+)?public\s+office)",
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
RESULT_WORD = re.compile(
    r"\b(?:prove[nd]|dismiss(?:ed|al)|sacked|fired|warning|found|finding|guilty|"
    r"demoted|ruled|determined|admitted)\b",
    IGNORECASE,
)
# Sentences that only assess or allege: "had a case to answer for gross misconduct",
# "faced allegations of gross misconduct", "could find that", "may amount to".
NOT_A_FINDING = re.compile(
    r"\bcase to answer\b|\balleg(?:ed|ation|ations|edly)\b|\baccused\b|\bwill face\b"
    r"|\b(?:said|thought|claimed|reported) to have\b"
    r"|\b(?:could|may|might|would) (?:find|amount|conclude|constitute|justify|be)\b"
    r"|\bpotential(?:ly)? (?:breach|gross|misconduct)\b|\bif (?:the conduct|proven|admitted)\b"
    r"|\bscheduled\b|\brecommend|\bwould benefit\b|\bassessed as amounting\b"
    r"|\bno (?:indication|evidence)\b|\bnot proven as\b|\brather than\b|\bnot (?:meet|amount)\b"
    r"|\b(?:insufficient|not enough) evidence\b|\bto make a finding\b",
    IGNORECASE,
)
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
    r"|\baccused of\b",
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
    r"criminal|convicted|sentenc\w*|jailed|prison)\b",
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
    r"\bmisconduct rather than gross misconduct\b", IGNORECASE
)

# "found proven" with no level: the level of the case to answer carries over
# ("The case against him was found proven", "after the cases were proven").
CASE_PROVEN = re.compile(
    r"\b(?:case|cases|allegation|allegations)\b[^.]{0,60}?\b(?:was|were|been)\s+"
    r"(?:all\s+)?(?:found\s+)?(?:to be\s+)?prove[nd]\b"
    r"|\bfound the (?:case|allegations?)\b[^.]{0,40}?\bprove[nd]\b"
    # "The panel found allegations that he breached the standards of ... proven".
    r"|\bfound (?:the )?allegations? that\b[^.]{0,150}?\bprove[nd]\b"
    r"|\bfound proven\b|\bwere all proven\b",
    IGNORECASE,
)
CASE_TO_ANSWER_WORDS = re.compile(r"\bcases? to answer\b", IGNORECASE)
CASE_TO_ANSWER = re.compile(r"\bcase to answer for " + _LEVEL + r"\b", IGNORECASE)

# --- Proceedings ---------------------------------------------------------------------
PROCEEDING_PATTERNS: tuple[tuple[re.Pattern[str], Proceeding], ...] = (
    (
        re.compile(
            # "an accelerated gross misconduct hearing", "a fast-track misconduct
            # hearing", "a special case hearing".
            r"\baccelerated (?:gross )?(?:misconduct )?hearing"
            r"|\bspecial case (?:police )?(?:misconduct )?hearing"
            r"|\bfast[- ]track(?:ed)? (?:gross )?(?:misconduct )?hearing",
            IGNORECASE,
        ),
        Proceeding.ACCELERATED_HEARING,
    ),
    (re.compile(r"\bmisconduct meeting", IGNORECASE), Proceeding.MISCONDUCT_MEETING),
    (
        re.compile(
            r"\b(?:misconduct|disciplinary|conduct|public|private|virtual|police) "
            r"(?:hearings?|panels?|tribunal)\b|\bmisconduct panel\b"
            r"|\b(?:a|the|this|that|his|her|their) (?:[\w-]+ ){0,3}hearings?\b",
            IGNORECASE,
        ),
        Proceeding.MISCONDUCT_HEARING,
    ),
)
# A forum still to come decided nothing yet: "will be required to attend a misconduct
# hearing", "is due to face a gross misconduct hearing", "a hearing is set to".
FUTURE_FORUM = re.compile(
    r"\b(?:will|shall|is to|are to|due to|set to|expected to|scheduled to)\b"
    r"(?:\s+[\w-]+){0,5}\s+$",
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
        re.compile(r"\bequality\s*(?:and|&)\s*diversity\b", IGNORECASE),
        Standard.EQUALITY_AND_DIVERSITY,
        False,
    ),
    (re.compile(r"\buse of force\b", IGNORECASE), Standard.USE_OF_FORCE, True),
    (
        re.compile(
            r"\borders?\s*(?:and|&)\s*instructions?\b|\bdisobey(?:ing|ed)? (?:\w+ )?orders?\b",
            IGNORECASE,
        ),
        Standard.ORDERS_AND_INSTRUCTIONS,
        False,
    ),
    (
        re.compile(r"\bduties\s*(?:and|&)\s*responsibilities\b", IGNORECASE),
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
        re.compile(r"\bdiscreditable(?:\s+conduct)?\b", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
        False,
    ),
    # "the officer brought discredit to the force" (a finding, not a quote).
    (
        re.compile(r"\bbr(?:ought|inging) discredit (?:up)?(?:on|to)\b", IGNORECASE),
        Standard.DISCREDITABLE_CONDUCT,
        True,
    ),
    (
        re.compile(
            r"\bchallenging\s*(?:and|&)\s*reporting(?: improper conduct)?\b", IGNORECASE
        ),
        Standard.CHALLENGING_AND_REPORTING,
        False,
    ),
    (
        re.compile(r"\bintegrity\b|\bhonesty\b", IGNORECASE),
        Standard.HONESTY_AND_INTEGRITY,
        True,
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
    r"\bnot (?:proven|proved|breached|found)\b|\bno breach\b", IGNORECASE
)

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
    r"\b(?:not|never) (?:be )?(?:placed|included) on the barred list\b|\badvisory list\b",
    IGNORECASE,
)
LEFT_SERVICE = re.compile(
    r"\b(?:resigned|retired|quit|resigning|retiring)\b"
    r"|\b(?:has|had|have) (?:since |already |previously )?left (?:the|GMP|[A-Z]\w+ (?:Police|Constabulary))"
    r"|\bleft (?:the force|the service|the constabulary|policing)\b"
    r"|\bno longer (?:a serving|serving|employed)\b",
    IGNORECASE,
)
FORMER_WORD = re.compile(r"\b(?:former|ex)(?:[- ]|(?=PC))", IGNORECASE)

# --- Chair -------------------------------------------------------------------------
# Who chaired the proceedings, as worded: "led by an independent, legally qualified
# Chair", "chaired by an Assistant Chief Officer", "held in front of Chief Constable Kier
# Pritchard", "Chief Constable Chris Rowley chaired the accelerated hearing", "The Chair
# of the Accelerated Misconduct Hearing, Chief Constable Chris Haward, dismissed ...".
CHAIRED_BY = re.compile(
    r"\b(?:chaired|led|overseen|conducted|heard|presided over)\s+by\s+"
    r"|\bin front of\s+",
    IGNORECASE,
)
CHAIRED_THE = re.compile(
    r"(?:,\s*who\s+|\s+)(?:chaired|presided over|led)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hearing|panel|meeting)\b",
    IGNORECASE,
)
CHAIR_OF = re.compile(
    r"\bchair(?:man|woman|person)? of the (?:[\w-]+\s+){0,3}?(?:hearing|panel|meeting),"
    r"\s+(?P<chair>[^,;.\"]{3,80}),",
    IGNORECASE,
)
CHAIR_LQC = re.compile(
    r"(?:\b(?:an?|the)\s+)?(?:independent,?\s+)?(?:and\s+)?\blegally[- ]qualified\s+"
    r"chair(?:man|woman|person)?\b",
    IGNORECASE,
)
# The proceedings a "chaired by" belongs to; the nearest such word before it decides
# ("investigations conducted by the officer" has no chair).
CHAIR_FORUM = re.compile(
    r"\b(?:(?P<forum>hearings?|panels?|meetings?|tribunals?)|investigations?|inquiry|"
    r"review|allegations?|incident)\b",
    IGNORECASE,
)
# Where a chair's wording ends: "Chief Constable Carl Foulkes at Police Headquarters";
# a comma or "and" ends it only once it names someone ("an independent, legally
# qualified Chair, it was ...").
CHAIR_END = re.compile(
    r"\s+(?:at|in|on|who|which|it|has|had|have|was|were|is|are|found|concluded|"
    r"decided|determined|ruled|said|over|concerning|regarding|following|after|to|into|"
    r"with|where|when|heard)\b|\s+[-\u2013]\s|[.;:()\"]",
    IGNORECASE,
)
CHAIR_SOFT_END = re.compile(r",\s*|\s+and\s+", IGNORECASE)
CHAIR_HEAD = re.compile(
    r"\b(?:chair(?:man|woman|person)?|chief|constable|officer|superintendent|supt|"
    r"inspector|commander|commissioner|panel|lawyer|barrister|solicitor|judge|member|"
    r"director|ACC|DCC|QC|KC)\b|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+\b)",
    IGNORECASE,
)

# --- Hypothetical or future wording -------------------------------------------------
FUTURE_OR_POLICY = re.compile(
    r"\b(?:may|might|could|can) be (?:dismissed|given|subject)\b|\bwill face\b|\bwill be held\b"
    r"|\bdepending on\b|\bif (?:the conduct|proven|admitted|found)\b|\bwould be justified\b"
    # "proceedings for misconduct, which carries a maximum penalty of a final written
    # warning": what a forum could impose, not what it did.
    r"|\b(?:maximum|highest|most severe) (?:possible )?(?:penalty|sanction|outcome)\b",
    IGNORECASE,
)
SPEECH_VERB = re.compile(
    r"\b(?:said|says|added|told|commented|stated|explained)\b", IGNORECASE
)

# --- Stage dates ---------------------------------------------------------------------
# What a date in a sentence is the date of. A stage's date follows its wording ("a
# referral from the force ... in October 2021", "At the end of our investigation in
# February 2022", "a hearing which concluded on 12 February 2020") or opens the sentence
# before it ("In March 2020 the force referred the matter to us", "On 7 and 8 June 2021
# a 'virtual' gross misconduct hearing was conducted").
REFERRAL = re.compile(
    r"\brefer(?:ral|rals|red)\b(?! to as)"
    r"|\bcomplaints?\b(?: \w+){0,3}? (?:made|received|lodged|raised|submitted)\b"
    r"|\b(?:made|received|lodged|raised|submitted) (?:a |the |their |his |her )?"
    r"complaints?\b",
    IGNORECASE,
)
INVESTIGATION_END = re.compile(
    r"\b(?:end|conclusion|completion) of (?:our|the|its|this) (?:independent )?"
    r"investigations?\b"
    r"|\binvestigations?,? (?:which |that )?(?:was |were |had )?(?:ended|concluded|"
    r"completed|finished)\b"
    r"|\b(?:concluded|completed|finished) (?:our|the|its|their) (?:independent )?"
    r"investigations?\b",
    IGNORECASE,
)
# The disciplinary forum, not a court's: "at a magistrates' court hearing" is not one.
FORUM = re.compile(r"\bhearings?\b|\bmisconduct meetings?\b", IGNORECASE)
# Sentences whose forum date is not the day it sat: "was adjourned on", "will be held
# on 22 March" (a date ahead, whose year a publication date would wrongly fix).
FORUM_NOT_HELD = re.compile(
    r"\badjourn|\bpostpone|\bwill (?:be|take|resume|start|begin|conclude)\b"
    r"|\b(?:is|are|was|were) (?:due|scheduled|expected|set) to\b|\bto be held\b"
    r"|\bappeal",
    IGNORECASE,
)
# Wording between a stage and a date that makes the date another event's: "He was
# arrested on March 10th 2020, just days after a referral was made"; "A hearing on
# Tuesday heard how he refused to take a drugs test on July 21"; "The man who made the
# complaint had been taken into Tonbridge Police Station ... on 31 December 2016".
OTHER_EVENT = re.compile(
    r"\b(?:arrest(?:ed)?|charged|convicted|sentenced|jailed|dismissed|sacked|resigned|"
    r"retired|began|begun|started|launched|opened|interviewed|suspended|died|death|"
    r"incident|occurred|happened|took place|after|before|when|while|until|since|"
    r"published|announced|joined|born|heard (?:how|that)|told|found that|refused|"
    r"taken|detained|stopped|custody|suspicion|"
    r"Crown Prosecution Service|CPS|court)\b",
    IGNORECASE,
)

# --- Allegations -----------------------------------------------------------------------
# A notice's statement of what is alleged, up to the heading of what was found: "The
# conduct of the officer concerned was alleged to be ... as follows:-", "the
# allegations are set out as follows:", an "Allegations" heading.
ALLEGATION_HEADING = re.compile(
    r"\s*(?:(?:the\s+)?(?:allegations?|alleged conduct|particulars(?: of (?:the )?"
    r"allegations?)?)\s*:?\s*$|[^.]{0,160}\b(?:alleg\w*|particulars)\b[^.]{0,160}\bas "
    r"follows\W*$)",
    IGNORECASE,
)
RESULT_HEADING = re.compile(
    r"\s*(?:\d+\.?\s*)?(?:the\s+)?(?:findings?|determinations?|decisions?|outcomes?|"
    r"sanctions?|results?|conclusions?)\b(?:\s+(?:of|on)\s+[\w ]{0,40})?\s*[:\-\u2013]?\s*",
    IGNORECASE,
)
# A notice of a hearing still to come: "are due to face misconduct hearings", "will
# face a gross misconduct hearing", "The hearing will take place at ...".
HEARING_ANNOUNCED = re.compile(
    r"\b(?:is|are) (?:due|set|scheduled|expected) to (?:face|attend|appear)\b"
    r"|\bwill (?:face|attend|appear (?:at|before))\b"
    r"|\b(?:hearing|meeting)s? (?:will|is due to|is set to|is scheduled to) "
    r"(?:open|start|begin|take place|be held|resume)\b",
    IGNORECASE,
)
# A sentence that states what someone was accused of: "faced allegations of gross
# misconduct after being accused of having inappropriate contact", "It was alleged that
# between January and July 2019, he ...", "was alleged to have formed", force notices'
# "Allegation 1: That on 3 March 2021 ...". Not the word in passing: "a referral about
# the officer's alleged conduct", "declined to divulge the nature of the allegations".
ALLEGATION = re.compile(
    r"\b(?:alleged|alleging|allege|alleges)\s+(?:that|to have)\b"
    r"|\b(?:was|were|is|are|been|being)\s+alleged\b"
    r"|\baccused\s+of\b|\baccusations?\s+(?:of|that)\b"
    r"|\ballegations?\s+(?:of|that|relating to|related to|in relation to|concerning|"
    r"regarding|about|where|for|in respect of)\b"
    r"|\bfac(?:ed|es|ing)\s+(?:\w+\s+){0,2}?allegations?\b"
    r"|^\s*(?:\d+[.)]\s*)?allegations?\s*(?:\d+|[A-Z])?\s*[:.\u2013-]",
    IGNORECASE,
)
# An allegation stated as found: "found proven", "was upheld", "admitted the allegation";
# "if proven" is not a finding.
ALLEGATION_PROVEN = re.compile(
    r"(?<!\bif )(?<!\bnot )\bprove[nd]\b|\bupheld\b|\bsubstantiated\b"
    r"|\badmitted (?:the|all|both|this|that|each)\b",
    IGNORECASE,
)
# When: "between November 2018 and August 2019", "from January to July 2019".
PERIOD = re.compile(
    r"\b(?i:between|from) (?P<m1>[A-Z][a-z]+)(?: (?P<y1>(?:19|20)\d\d))? "
    r"(?i:and|to|until) (?P<m2>[A-Z][a-z]+),? (?P<y2>(?:19|20)\d\d)\b"
)

# --- Review ------------------------------------------------------------------------
# A result stated in words the vocabulary may not know: "The sanction imposed was a
# reprimand", "The outcome was: extended final warning". What follows is read with the
# vocabulary; wording it cannot map is reported, never guessed.
SANCTION_STATED = re.compile(
    r"\b(?:sanction|outcome|penalty|punishment)\s+(?:(?:imposed|given|decided)\s+"
    r"(?:(?:on|to|for)\s+[^.;:]{1,40}?\s+)?)?(?:was|is|:)\s*:?\s+(?!(?:subject|that|not|still|due|expected|yet|being|to|in|"
    r"pending|unknown|announced|published|made|confirmed|reported|appealed|under|now|"
    r"also|clear|important)\b)(?P<wording>[^.;]{3,60})",
    IGNORECASE,
)
# Body wording of a decided case: with nobody's result found, the document is flagged
# ("The panel determined that the officer's conduct amounted to ...", "misconduct was
# found proven").
OUTCOME_LIKE = re.compile(
    r"\b(?:sanction|penalty)\s+(?:imposed|given|of)\b"
    r"|\bthe (?:panel|chair|hearing|tribunal) (?:has |have )?(?:decided|determined|ruled|"
    r"concluded|imposed|found)\b"
    r"|\b(?:allegations?|case|misconduct)\b[^.;]{0,40}?\b(?:was|were|has been|have been) "
    r"(?:found )?(?:proven|proved|upheld)\b",
    IGNORECASE,
)
