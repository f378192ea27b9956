"""Speakers and chairs, who are not subjects: a title before a name ("IOPC Regional
Director Derrick Campbell"), a senior rank ("Chief Constable Chris Rowley") unless the
clause makes them its subject; and what makes someone a subject though a
preposition introduces them ("the allegations against three constables")."""

from __future__ import annotations

import re

from cases.choices import Rank
from cases.ingest.mentions.mention import rank_of
from cases.ingest.patterns import SPEAKER_TITLE

# The person a result or an accusation is made against is its subject, though a
# preposition introduces them: "the allegations against three constables were not
# proven", "a written warning was issued to a sergeant", "sanctions imposed on PC X".
ACCUSED_BEFORE = re.compile(
    r"\b(?:against|(?:issued|given|handed|imposed|served|delivered|administered)\s+"
    r"(?:to|on|upon)|(?:trial|prosecution|acquittal|conviction|dismissal|sacking) of"
    # Whose conduct a finding judges: "the behaviour of a police officer who ...
    # amounted to gross misconduct", "ruled the actions of two constables as".
    # Not the measure of conduct: "standards appropriate to the conduct of a police
    # officer".
    r"|(?<!\bto the )(?:behaviour|behavior|conduct|actions|misconduct) of"
    # A co-accused, who shares the clause's result: "faced proceedings, along with
    # another officer, ... but each was cleared".
    r"|along with|together with|alongside"
    # Whom a result is for: "No case to answer for a police officer", "a final
    # written warning for a sergeant".
    r"|(?:to answer|warning|outcome|sanction) for)"
    r"\s*$",
    re.IGNORECASE,
)


def is_speaker(text: str, start: int) -> bool:
    """Whether a title introducing a speaker or chair comes right before `start`."""
    return bool(SPEAKER_TITLE.search(text[max(0, start - 40) : start]))


# A senior officer is usually a speaker or chair, but the clause can make them the
# subject: "Supt John Ashdown had committed gross misconduct", "Ch Insp Amy Rowe was
# dismissed", "the allegations against Supt Ian Gill were dismissed".
_SUBJECT_AFTER = re.compile(
    # "Supt Clare Whitby of Essex Police was dismissed", "Ch Insp Amy Rowe, 47, was".
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){1,5}?(?:Police|Constabulary|Service)\b)?"
    r"\s*(?:,[^,]{0,60},\s*)?(?:\(\d+\)\s*)?(?:who\s+)?"
    r"(?:(?:was|were|has|had|is|have)\s+(?:been\s+)?(?:also\s+)?(?:found|dismissed|"
    r"sacked|fired|given|handed|issued|demoted|reduced|cleared|committed|breached|"
    r"admitted|accused|charged|convicted|jailed|acquitted|barred|banned|suspended)"
    r"|admitted|denied|faces|faced|committed|breached|resigned|retired)\b",
    re.IGNORECASE,
)


# ... or opening the clause with an act that is not a speaker's or a chair's: "Detective
# Chief Inspector Mark Dunn got behind the wheel", "Supt Ian Gill accessed the files".
_ACT_AFTER = re.compile(
    r"\s+(?!(?:said|added|stated|explained|commented|praised|welcomed|urged|warned|"
    r"chaired|presided|heard|ruled|decided|concluded|determined|found|imposed|"
    r"directed|granted|refused|adjourned|described|thanked|acknowledged|noted|"
    r"recognised|recognized|confirmed|announced|appointed|authorised|authorized|"
    r"investigated|oversaw|reviewed|considered|emphasised|stressed|insisted|called|"
    r"branded|labelled|labeled|condemned|criticised|criticized|apologised)\b)"
    r"(?:[a-z]{3,}ed|got|took|sent|made|kept|lied|stole|drove|hit|struck)\b"
)


def senior_subject(text: str, start: int, end: int) -> bool:
    return bool(
        _SUBJECT_AFTER.match(text, end)
        or ACCUSED_BEFORE.search(text[max(0, start - 30) : start])
        or (
            not text[:start].strip()
            and _ACT_AFTER.match(text, end)
            and not _CHIEF_OFFICER.match(text, start)
        )
    )


# Chief officers (assistant chief constable and above) run the force: their acts are
# a force's, not a subject's ("Assistant Chief Constable Ann Lee called it deplorable").
_CHIEF_OFFICER = re.compile(
    r"(?i:(?:assistant |deputy )?chief constable|acc|dcc|(?:deputy |assistant )?"
    r"commissioner|commander)\b"
)


def speaker_rank(rank_word: str) -> bool:
    """Ranks from chief inspector up introduce chairs and spokespeople in these stories
    ("Chief Constable Chris Rowley", "Superintendent Mike Smith"); the officers whose
    results are reported are introduced by description ("A police superintendent")."""
    rank = rank_of(rank_word)
    return rank is not None and _speaker_rank_rank(rank)


def _speaker_rank_rank(rank: Rank) -> bool:
    return rank in (
        Rank.CHIEF_INSPECTOR,
        Rank.DETECTIVE_CHIEF_INSPECTOR,
        Rank.SUPERINTENDENT,
        Rank.DETECTIVE_SUPERINTENDENT,
        Rank.CHIEF_SUPERINTENDENT,
        Rank.DETECTIVE_CHIEF_SUPERINTENDENT,
        Rank.ASSISTANT_CHIEF_CONSTABLE,
        Rank.DEPUTY_CHIEF_CONSTABLE,
        Rank.CHIEF_CONSTABLE,
        Rank.COMMANDER,
        Rank.DEPUTY_ASSISTANT_COMMISSIONER,
        Rank.ASSISTANT_COMMISSIONER,
        Rank.DEPUTY_COMMISSIONER,
        Rank.COMMISSIONER,
    )


def speaker_rank_value(rank: Rank | None) -> bool:
    return rank is not None and _speaker_rank_rank(rank)
