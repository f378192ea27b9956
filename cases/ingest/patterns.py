"""Wording lists and compiled patterns: where the documents' wording meets the archive's
vocabularies (cases/choices.py).

Each field's wording lives in its own module under cases/ingest/fields/ (rank, outcome,
criminal, severity, proceeding, standards, service), with made-up examples that a test
reads through the whole extractor; this module gathers them, and keeps the wording that
serves several fields: counts, who is a speaker, members of the public, chairs,
hypotheticals, stage dates, allegations and the review. Each rule names the wording
that forced it. Patterns avoid nested quantifiers so that matching stays linear on any
input.
"""

from __future__ import annotations

import re

from cases.ingest.fields.criminal import *  # noqa: F403
from cases.ingest.fields.outcome import *  # noqa: F403
from cases.ingest.fields.proceeding import *  # noqa: F403
from cases.ingest.fields.rank import *  # noqa: F403
from cases.ingest.fields.service import *  # noqa: F403
from cases.ingest.fields.severity import *  # noqa: F403
from cases.ingest.fields.severity import _LEVEL  # noqa: F401
from cases.ingest.fields.standards import *  # noqa: F403

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


def number_of(word: str) -> int:
    """The number a count's word or figures give: "three" 3, "12" 12; 0 if none."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


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
# In a document of figures, a count before a result makes it a tally: "six resulted
# in dismissal without notice", "14 ended with a final written warning", "five of the
# cases were dismissed as unfounded".
TALLY = re.compile(
    r"\b(?:\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:of\s+(?:the|those|these)\s+\w+\s+)?(?:\w+\s+)?"
    r"(?:resulted|ended|led|saw|were|received|had|got|concluded)\b",
    IGNORECASE,
)
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

# Words without which no clause states a finding: a cheap first look before the
# field patterns (findings.read_findings). Every field pattern needs one of them; a
# property test holds read_findings to the patterns themselves.
# Plain lower-case substrings, looked for with `in` (one C-level scan each), which is
# several times faster than one regular expression alternating between them.
FINDING_WORDS = (
    "dismiss|sack|fired|warning|fww|reduc|demot|management|reflective|prove|cleared|"
    "exonerat|thrown|kicked|misconduct|not amount|convict|guilty|jail|imprison|"
    "sentenc|community order|discharge|acquit|verdict|hearing|meeting|panel|tribunal|"
    "barred|banned|never|resign|retir|quit|left|no longer|honest|integrity|respect|"
    "courtesy|equality|force|order|duties|confidential|fitness|discredit|challenging|"
    "breach|case to answer|further action|dispensed|upheld|struck|finding|admitted|"
    "established|made out|substantiated|duty|responsib|expedited|legally|accelerated|"
    "special case|fast-track|fast track|fined|disqualif"
).split("|")


def states_a_finding(clause: str) -> bool:
    """Whether `clause` holds any word a finding needs (FINDING_WORDS)."""
    lowered = clause.lower()
    return any(word in lowered for word in FINDING_WORDS)


# --- Mentions of people who are not police ------------------------------------------
# "The man was subsequently found guilty at court" (the man arrested, not the officer).
CIVILIAN = re.compile(
    r"\b(?:the|a|an|her|his|their|this) (?:\w+ )?(?:man|woman|boy|girl|child|teenager|"
    r"victim|complainant|suspect|driver|passenger|motorist|defendant|jury|partner|"
    r"member of the public|members of the public|prisoner|detainee|businessman|"
    r"husband|wife|mother|father|daughter|son|family|families)\b",
    IGNORECASE,
)

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
    # What a forum may do, not what it did: "can also be sacked", "which may result in
    # the individual being dismissed", "outcomes can range from".
    r"\b(?:may|might|could|can)(?:\s+(?:also|then|still|even|now))?\s+(?:be\s+)?"
    r"(?:dismissed|sacked|fired|given|subject|issued|result(?:ing)? in|lead to|include"
    r"|face|receive|range from|impose|dealt with)\b"
    r"|\bwill (?:then |also )?(?:result in|lead to|range from)\b"
    r"|\bwill face\b|\bwill be held\b"
    # Undecided: "it was yet to be decided whether he would be dismissed", "potentially
    # leading to his dismissal", "agreed to a suggested sentence of a demotion".
    r"|\byet to be (?:decided|determined)\b|\bwhether (?:or not )?(?:he|she|they|the)\b"
    r"|\bpotentially\b|\bpossible (?:dismissal|sanctions?)\b"
    r"|\b(?:suggested|proposed|recommended) (?:sentence|sanction|outcome|penalty)\b"
    # A class of people, not a person: "Those individuals with a dismissal outcome
    # will also be held on the barred list", "Any officer who is dismissed".
    r"|\b(?:those|any|all)\s+(?:individuals|officers?|people|persons?|staff|members)"
    r"\s+(?:with|who|that)\b"
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
