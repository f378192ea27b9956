"""People described rather than named: "A West Mercia Police officer", "Two Pcs",
"the unnamed PC", "a civilian worker", a rank field or table cell, "one", "the
43-year-old", and the pronouns he/she/they."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cases.choices import Rank
from cases.ingest.force_names import find_forces
from cases.ingest.mentions.mention import (
    ABBR_ALTERNATION,
    RANK_ALTERNATION,
    Mention,
    genders_of,
    rank_of,
)
from cases.ingest.mentions.speakers import ACCUSED_BEFORE, speaker_rank_value
from cases.ingest.patterns import NUMBER_WORDS

_DETERMINER = (
    r"(?P<det>(?i:a further|a ninth|a second|a third|a fourth|a fifth|a sixth|a seventh|"
    r"an eighth|a|an|another|one|two|three|four|five|six|seven|eight|both|the|this|that|"
    r"these|those|all|other)|\d)"
)
_MODIFIER = (
    r"(?:(?:[A-Z][\w&'-]*|\([A-Z]+\)|and|&|of|former|ex|serving|other|further|unnamed|"
    r"male|female|senior|junior|probationer|probationary|student|custody|off-duty|"
    r"on-duty|long-serving|rogue|police|detective|special|uniformed|response|"
    r"neighbourhood|firearms|traffic|armed|young|experienced|\d+[- ]year[- ]old|[a-z]+-based|"
    r"married|disgraced|then|now|specialist|trainee|disciplined|two|three|four|five|six|"
    # A chief officer's title in lower case: "the former deputy chief constable".
    r"chief|deputy|assistant|"
    # A result as the people's adjective: "reinstating two dismissed constables".
    r"dismissed|sacked|"
    r"civilian|staff|detention|dog|handler|serving|999|101)\s+){0,5}?"
)
_ROLE = (
    r"(?P<role>(?i:police community support officers?|community support officers?|"
    r"special constables?|police constables?|police sergeants?|detective constables?|"
    r"detective sergeants?|detective inspectors?|detective chief inspectors?|"
    r"chief inspectors?|constables?|sergeants?|inspectors?|superintendents?|officers?|"
    r"detectives?|"
    r"policem[ae]n|policewom[ae]n|cops?|bobby|workers?|employees?|"
    r"members? of (?:police )?staff|(?:police )?staff members?|detention officers?|"
    r"call handlers?|PCSOs?|"
    # Police staff roles: "a control room operator", "a civilian investigator", "a
    # member of Kent Police staff", "a 999 call handler".
    r"(?:control room |contact centre |call )operators?|dispatchers?|"
    r"(?:civilian |staff )investigators?|"
    r"members? of (?:[A-Z][\w&-]* ){1,3}staff|"
    # "a member of the Avon and Somerset Police Special Constabulary".
    r"members? of (?:the )?(?:[A-Z][\w&-]* |and ){0,5}Special Constabulary)"
    r"|PCs?|Pcs?|DCs?|DSs?)(?!\w)"
    # A role word used as a modifier is not a person: "A Police Community Support Officer
    # role is ..."; nor is a generic one: "an officer should behave in a manner ...";
    # but "found that a former police officer would have been dismissed" is one.
    r"(?!\s+(?:role|roles|post|posts|vehicle|car|van|station|federation|uniform|training|"
    r"is expected|are expected)\b)"
)
# ... and an indefinite one before a modal is anyone: "an officer should behave", "an
# officer can be dismissed"; "the officer will receive a final written warning" is
# the one in the story, and so is "... that a former officer would have been
# dismissed".
# ... and so is one a condition introduces: "If an officer is found to have committed
# gross misconduct, the outcomes available are ...", "where a constable is dismissed".
_CONDITIONAL_BEFORE = re.compile(
    r"\b(?:if|unless|whether|should|(?:cases?|circumstances|instances|situations)"
    r"\s+(?:where|when|in which))\s+$",
    re.IGNORECASE,
)
# "where"/"when" state a rule ("when an officer comes on duty", "where a constable is
# dismissed") unless a past tense tells what happened ("where a police staff member
# faced a hearing").
_WHEN_BEFORE = re.compile(r"\b(?:where|when|whenever)\s+$", re.IGNORECASE)
_PAST_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:was|were|had|did|[a-z]{2,}ed)\b", re.IGNORECASE
)
_GENERIC_MODAL_AFTER = re.compile(
    r"\s+(?:(?:must|can|may|might|will|could|would(?! have been))\b"
    # ... but a panel's findings use "should" for its sanctions: "findings that ... a
    # police constable should be dismissed; a constable should receive a warning".
    r"|should\b(?! (?:be|have been) (?:dismissed|sacked|demoted|reduced)| receive\b))"
)
# ... and so is a bare plural whose clause goes on to a modal result: "Officers who
# lie will be sacked".
_GENERIC_BARE_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:can|may|might|could|must|will) (?:also |now )?"
    r"(?:be|face|receive|lose|expect)\b"
)
_DESCRIPTION = re.compile(r"(?<![\w-])" + _DETERMINER + r"\s+" + _MODIFIER + _ROLE)
# Headline copy drops the determiner: "Metropolitan Police PC sacked for ...",
# "Cambridgeshire Police Officers sacked", "Police officer cleared", "South Yorkshire
# Police officers who engaged in ... have been sacked". At the start of a clause, before
# a verb or "who", the bare noun phrase is the subject.
_BARE_DESCRIPTION = re.compile(
    r"^\s*(?P<mods>(?:(?:[A-Z][\w&'-]*|former|ex|serving|rogue|disgraced|senior)\s+)"
    r"{0,4}?)(?P<role>(?i:police officers?|officers?|police constables?|constables?|"
    r"detectives?|"
    r"sergeants?|policem[ae]n|policewom[ae]n|cops?)|PCs?|Pcs?|PCSOs?)(?!\w)"
    r"(?=,?\s+(?i:who|that|is|are|was|were|has|have|had|sacked|dismissed|fired|cleared|"
    r"given|handed|jailed|found|barred|demoted|receives?|received|gets?|got|faces?|"
    r"admits?|admitted|avoids?|avoided|keeps?|kept|loses?|lost|would|guilty|acquitted|"
    r"convicted|banned|struck)\b)"
)
# "and one was given a final written warning" (one of a counted group).
_BARE_ONE = re.compile(
    r"(?<![\w-])(?<!no )(?<!No )(?P<det>one|another"
    # "one officer was dismissed, another received ... and a third was given ...".
    r"|[Aa] (?:second|third|fourth|fifth|sixth)|[Tt]he (?:other|third|fourth|fifth))"
    r"(?=\s+(?:was|were|has|had|received|is|got)\b)"
    # ... its verb left out after the first: "has been dismissed and another issued a
    # final written warning".
    r"|(?<=\band )another(?=\s+(?:issued|given|handed|sacked|dismissed|cleared|demoted)\b)"
)
# "The male would also have been sacked" (a role word after it makes a description).
_GENDER_NOUN = re.compile(r"(?<![\w-])[Tt]he (?P<gender>male|female)\b(?![\w-])")
_AGE_BEFORE = re.compile(r"(?P<age>[1-6]\d)[- ]year[- ]old")
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:to|with|by|from|for|against|towards|about|into|as|at|on|than|between|"
    r"(?:one|each|some|none|any|all|most|many|several|conduct|case|cases|behaviour|"
    r"actions|investigation|role|names?|identity|details|trial|dismissal|sacking) of|"
    r"alongside|among|including|like|under|told|supervisor|colleague|another|been|be|"
    r"being|become|became|remain|remained|formerly|previously"
    # The one harmed, not the one judged: "A man who attacked a police officer".
    r"|attacked|assaulted|assaulting|punched|kicked|bit|injured|threatened|spat at|"
    r"abused|stabbed|rammed|headbutted|harassed|stalked"
    # What someone is or was, not someone new: "if she was still a serving police
    # officer", "he is no longer a constable".
    r"|(?:was|is|were|are) (?:still|no longer|not|once)"
    r"|\b(?:he|she|they|who) (?:was|is|were|are))\s*)$",
    re.IGNORECASE,
)
# A rank stated as what someone was: "Lucas worked for South Yorkshire Police as a Pc",
# "he served as a sergeant", "who was employed as a detention officer".
_RANK_PREDICATE = re.compile(
    r"\b(?:worked|served|serving|employed|working)\b[^.;]{0,60}?\bas an? "
    r"(?P<rank>(?i:" + RANK_ALTERNATION + r")|" + ABBR_ALTERNATION + r")(?![\w-])"
)
# ... and held then: "when PC X was working as a PCSO", "was working as a PC in
# West Cornwall at the time of the offences".
_AT_THE_TIME_BEFORE = re.compile(r"\bwas\s+$")
# ... or said to have been it then: "Sgt Wills, who was a constable when he sent the
# texts", "who was then a PC".
_RANK_THEN = re.compile(
    r"\bwho (?:was|had been) (?:then |still |only )?an? "
    r"(?P<rank>(?i:" + RANK_ALTERNATION + r")|" + ABBR_ALTERNATION + r")(?![\w-])"
    r"(?=(?:\s+(?:then|at that time)\b|[^.;]{0,40}?\b(?:when|at the time)\b))"
)
_AT_THE_TIME_AFTER = re.compile(r"[^.;]{0,60}?\bat the time\b")
_CHIEF_TITLE = re.compile(
    r"\b(?:(?:deputy|assistant) )?chief (?:constable|superintendent|inspector)s?$",
    re.IGNORECASE,
)
# Modifiers of a bare noun phrase that make it someone else: "Chief Officer", "Press
# Officer", "Investigating Officer".
_SPEAKER_MODIFIER = re.compile(
    r"\b(?:chief|press|investigating|liaison|senior investigating|family liaison|"
    r"presiding|commanding)\s*$",
    re.I,
)


def description_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """People described in `text`: "a former police officer", "Two Pcs", "the
    officer", "one"."""
    # Before descriptions: "who worked as a PCSO" states a known person's rank; it
    # introduces nobody.
    for pattern in (_RANK_PREDICATE, _RANK_THEN):
        for match in pattern.finditer(text):
            rank = rank_of(match["rank"])
            if rank is None:
                continue
            # The rank of someone already in the story, not a new person.
            yield Mention(
                offset + match.start("rank"),
                offset + match.end("rank"),
                "description",
                match["rank"],
                rank=rank,
                definite=True,
                rank_at_the_time=pattern is _RANK_THEN
                or bool(
                    _AT_THE_TIME_BEFORE.search(text, 0, match.start())
                    or _AT_THE_TIME_AFTER.match(text, match.end())
                ),
            )
    for match in _DESCRIPTION.finditer(text):
        det = match["det"].lower()
        role = match["role"]
        # "found that two custody sergeants had a case to answer": "that" is a
        # conjunction there, the number is the determiner.
        number = re.match(
            r"(?:that|the|these|those|all)\s+(two|three|four|five|six)\b",
            match.group(0),
            re.I,
        )
        if number and det in ("that", "this"):
            det = number.group(1).lower()
        words = match.group(0)
        if role.lower() in ("officer", "officers") and re.search(
            r"\b(?:chief|investigating|press|liaison|senior investigating)\s+officers?$",
            words,
            re.I,
        ):
            continue
        plural = _is_plural(role)
        definite = det in ("the", "this", "that", "these", "those", "both", "all")
        if not definite and (
            # ... but one of a named force is someone in particular: "A Sussex Police
            # sergeant will not be dismissed".
            (_GENERIC_MODAL_AFTER.match(text, match.end()) and not find_forces(words))
            or _CONDITIONAL_BEFORE.search(text, 0, match.start())
            or _WHEN_BEFORE.search(text, 0, match.start())
            and not _PAST_AFTER.match(text, match.end())
        ):
            continue
        count: int | None
        if det in NUMBER_WORDS and det != "both":
            count = NUMBER_WORDS[det]
        elif det.isdigit():
            count = int(det)
        elif det.startswith("a ") or det.startswith("an "):
            count = 1
        elif det == "other":
            count = None
        else:
            count = 2 if det == "both" else None
        if number and definite and count is None:
            # "all three officers had breached ...": the three just spoken of.
            count = NUMBER_WORDS[number.group(1).lower()]
        if plural and count == 1:
            continue
        rank = _description_rank(words, role)
        if (
            speaker_rank_value(rank)
            and (definite or role[:1].isupper())
            # "The former chief constable of Cleveland Police, Sean Price": someone
            # who has left is the subject, never the chief who speaks or chairs.
            and not re.search(r"\b(?:former|ex)\b", words, re.I)
        ):
            continue  # "the Chief Constable", "a Chief Superintendent": chairs, speakers
        if det == "other":
            definite = True
        age = _AGE_BEFORE.search(words)
        before = text[max(0, match.start() - 30) : match.start()]
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "description",
            words,
            rank=rank,
            former=bool(re.search(r"\b(?:former|ex)\b", words, re.I)),
            age=int(age["age"]) if age else None,
            count=count,
            definite=definite,
            plural=plural,
            after_preposition=bool(_PREPOSITION_BEFORE.search(before)),
            accused=bool(ACCUSED_BEFORE.search(before)),
            genders=genders_of(words),
        )
    for match in _GENDER_NOUN.finditer(text):
        # "the female was dismissed without notice": one of a pair told apart by sex.
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "description",
            match.group(0),
            definite=True,
            genders=genders_of(match["gender"]),
        )
    bare = _BARE_DESCRIPTION.match(text)
    if (
        bare is not None
        and _is_plural(bare["role"])
        and _GENERIC_BARE_AFTER.match(text, bare.end())
    ):
        # "Officers found to have committed gross misconduct can be dismissed": a
        # class, not a group of the story.
        bare = None
    if bare is not None and not _SPEAKER_MODIFIER.search(bare["mods"]):
        role = bare["role"]
        plural = _is_plural(role)
        yield Mention(
            offset + bare.start("mods"),
            offset + bare.end(),
            "description",
            bare.group(0).strip(),
            rank=_description_rank(bare["mods"], role),
            former=bool(re.search(r"\b(?:former|ex)\b", bare["mods"], re.I)),
            count=None if plural else 1,
            plural=plural,
        )
    for match in _BARE_ONE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "description",
            match.group(0),
            count=1,
            after_preposition=bool(_PREPOSITION_BEFORE.search(before)),
            # "the other", "the third": the one of a group in view not yet spoken of.
            partitive=match.group(0)[:4].lower() == "the ",
        )


def _is_plural(role: str) -> bool:
    lowered = role.lower()
    return (
        lowered.endswith("s")
        and not lowered.endswith("ss")
        or lowered
        in (
            "policemen",
            "policewomen",
            "members of staff",
            "members of police staff",
        )
    )


def _description_rank(words: str, role: str) -> Rank | None:
    """Rank from a description: "A Hampshire Constabulary police constable" → PC;
    "a member of police staff" → staff; "officer", "detective" → None; "the Chief
    Constable" → chief constable ("Chief" is no modifier of "Constable": the chief
    officer who chairs or speaks)."""
    titled = _CHIEF_TITLE.search(words)
    chief = rank_of(titled.group(0)) if titled is not None else None
    if chief is not None:
        return chief
    lowered = role.lower()
    if lowered in (
        "officer",
        "officers",
        "policeman",
        "policemen",
        "policewoman",
        "policewomen",
        "cop",
        "cops",
        "bobby",
        "detective",
        "detectives",
    ):
        if re.search(r"\bspecial\b", words, re.I):
            return Rank.SPECIAL_CONSTABLE
        if re.search(r"\bdetention\b", words, re.I):
            return Rank.POLICE_STAFF
        # "A student officer from Hertfordshire Constabulary": a constable in training.
        if re.search(r"\b(?:student|probationer|probationary)\b", words, re.I):
            return Rank.POLICE_CONSTABLE
        return None
    if lowered.startswith(("members of ", "member of ")):
        if lowered.endswith("special constabulary"):
            return Rank.SPECIAL_CONSTABLE
        return Rank.POLICE_STAFF
    if lowered.rstrip("s").endswith(("operator", "dispatcher")):
        return Rank.POLICE_STAFF
    if lowered.rstrip("s").endswith("investigator"):
        return Rank.POLICE_STAFF  # "a civilian investigator", never the IOPC's own
    if lowered in ("worker", "workers", "employee", "employees"):
        return (
            Rank.POLICE_STAFF
            if re.search(r"\b(?:civilian|police|staff)\b", words, re.I)
            else None
        )
    rank = rank_of(role)
    if rank is Rank.POLICE_CONSTABLE and re.search(r"\bspecial\b", words, re.I):
        return Rank.SPECIAL_CONSTABLE
    if rank is Rank.SERGEANT and re.search(r"\bdetective\b", words, re.I):
        return Rank.DETECTIVE_SERGEANT
    if rank is Rank.POLICE_CONSTABLE and re.search(r"\bdetective\b", words, re.I):
        return Rank.DETECTIVE_CONSTABLE
    return rank
