"""Mentions of police officers and staff in a clause: named, anonymised or described.

Three shapes, seen across press releases, force notices and news copy:
- named: "Police constable Michael Harrison, 33", "PS 3140 Smith", "Sgt Mark Burgess",
  "Ex-PC Harry Burgess", "police officer Christopher Grant", "Rhett Wilson, 27",
  "Special Constables, Sonny Webb and Tyrone Duncan";
- anonymised labels: "Officer A", "PC F", "Former Officer B", "Special Constable A";
- descriptions: "A West Mercia Police officer", "the unnamed PC", "Two Pcs", "Three
  other officers", "a civilian worker", "both officers", and the pronouns he/she/they.

People quoted or chairing ("IOPC Regional Director Derrick Campbell", "Chief Constable
Chris Rowley") are not mentions of a subject. Pure; bounded patterns only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cases.choices import Rank
from cases.ingest.patterns import (
    NUMBER_WORDS,
    RANK_ABBREVIATIONS,
    RANK_WORDS,
    SPEAKER_TITLE,
)

__all__ = ["Mention", "find_mentions", "rank_of"]

# Capitalised words that are never part of a person's name (headline case: "PC PS Kempton
# Given Final Written Warning").
_NOT_NAME = frozenset(
    """A An The And Of For After From Who Was Were Has Had Is Be Been Given Final Written
    Warning Warnings Dismissed Sacked Jailed Cleared Found Guilty Police Officer Officers
    Constable Sergeant Inspector Court Crown Magistrates Hearing Misconduct Gross Federation
    Chief Headquarters Station Service Force Constabulary Standards Professional Behaviour
    IOPC IPCC In On At By To With Without But Following He She They His Her Their It This
    That These Those When While Where Which Today Yesterday Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Former Ex Special Detective Staff Said Says Also
    Based Will Would Could Should Not Dismissal Receive Receives Received Faces Faced
    Appeared Admitted Pleaded Convicted Acquitted Sentenced Charged Resigned Retired
    Superintendent Supt Sgt Det PC PS DC DS
    Date Dates Time Venue Allegation Allegations Outcome Outcomes Sanction Rank Name
    Details Breach Type""".split()
)
_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = (
    r"(?P<name>"
    + _NAME_WORD
    + r"(?:\s+'[A-Z][a-z]+')?(?:\s+(?:(?:De|de|Van|van|Le|La)\s+)?"
    + _NAME_WORD
    + r"){0,2})"
)
# "PC Michael Harrison, 33,", "PC Adam Cole, aged 41,", "PC Adam Cole (41)".
_AGE = (
    r"(?:(?:,\s*(?:aged\s+)?|\s+\()(?P<age>[1-6]\d)"
    # "PC Andrew Wright, aged 52 had completed 20 years' service".
    r"(?:,|\)|(?<=\d)(?=\s+(?:had|has|was|is|who|from|of)\b)))?"
)

_RANK_ALTERNATION = "|".join(
    sorted({re.escape(w) for w, _ in RANK_WORDS} | {"officer"}, key=len, reverse=True)
)
_ABBR_ALTERNATION = "|".join(sorted(RANK_ABBREVIATIONS, key=len, reverse=True))
_FORMER = r"(?P<former>(?i:former|ex)(?:[- ]+|(?=PC)))?"

# "Police constable Michael Harrison, 33", "Police Sergeant 3140 Smith", "Sergeant (PS)
# Simon Kempton", "former police constable, Matthew Stewart".
_NAMED = re.compile(
    r"(?<![\w-])"
    + _FORMER
    + r"(?P<rank>(?i:"
    + _RANK_ALTERNATION
    + r")|"
    + _ABBR_ALTERNATION
    + r")s?(?:\s*\((?:PC|PS|DC|DS|Pc)\))?,?\s+(?:[A-Z]{0,2}\d{2,5}\s+)?"
    + _NAME
    + _AGE
)
# "Rhett Wilson, 27," "Benjamin Monk, a West Mercia Police officer", "Simon Harwood's
# dismissal".
_BARE_NAMED = re.compile(
    r"(?<![\w-])(?P<name>"
    + _NAME_WORD
    + r"\s+"
    + _NAME_WORD
    + r")(?:,\s*(?P<age>[1-6]\d),"
    r"|(?=,\s*an? (?:[\w-]+\s+){0,4}(?:officer|constable|PC|sergeant|PCSO)\b)"
    r"|(?='s (?:dismissal|sacking|conviction|acquittal)))"
)
# A name alone opening a result clause: "Thomas Grant was dismissed", "Luke Amos has
# been sacked". With no rank it may be anyone, so it only names someone the story is
# already about (see people/resolve.py).
_BARE_SUBJECT = re.compile(
    r"\s*(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2})"
    r"(?=\s+(?:(?:was|has been|had been|is)\s+(?:\w+\s+)?(?:dismissed|sacked|fired|"
    r"cleared|jailed|convicted|given|handed|found|issued|demoted|barred|acquitted|"
    r"subject)|faced|appeared|admitted|denied|resigned|retired"
    # ... or any act the story goes on to tell of its officer: "Frank Roscoe accessed
    # the records", "Sue Heeney took a call" (people/ takes it only as the name of
    # the anonymous officer the story is about).
    r"|(?!was\b|were\b)[a-z]{3,}ed|took|got|sent|made|told|kept|gave|lied|stole)\b)"
)
# "Mr Cook's misconduct hearing", "Ms Heeney, 38, said".
_HONORIFIC = re.compile(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<name>" + _NAME_WORD + r")(?![\w-])"
    r"(?:,\s*(?P<age>[1-6]\d),)?"
)
# "Officer A", "PC F", "Former Officer B", "ex-officer X", "Special Constable A".
_LABEL = re.compile(
    r"(?<![\w-])"
    + _FORMER
    + r"(?P<rank>(?i:special constable|police constable|officer|"
    r"constable|sergeant|inspector)|PC|PS|DC|DS|Pc)\s+(?P<letter>[A-Z])(?![\w-]|'[a-z]{2})"
)
# A collar number standing for the name a force withholds: "Officer: PC 4821",
# "Police Sergeant 1102 was dismissed"; not "PC 4821 Sam Okafor" (named).
_COLLAR = re.compile(
    r"(?<![\w-])"
    + _FORMER
    + r"(?P<rank>(?i:"
    + "|".join(sorted((re.escape(w) for w, _ in RANK_WORDS), key=len, reverse=True))
    + r")|"
    + _ABBR_ALTERNATION
    + r")\s+(?P<collar>[A-Z]{0,2}\d{3,5})(?![\w-]|\s+(?:Mc|Mac|O')?[A-Z][a-z])"
)
# Labels given together: "Officers A and B were given final written warnings", "PCs C,
# D and E". Each letter is a person.
_LABELS = re.compile(
    r"(?<![\w-])(?P<rank>(?i:officers|police constables|constables|sergeants)|PCs)"
    r"\s+(?P<letters>[A-Z](?:,\s*[A-Z]){0,6}\s+and\s+[A-Z])(?![\w-]|'[a-z]{2})"
)
# Force round-ups list anonymised cases by labelled fields: "Rank: PC", "Rank: Police
# staff", "Role: Detective Constable". Each such line introduces a person.
_RANK_FIELD = re.compile(
    r"\s*(?:rank|role|grade)(?: of (?:the )?officer)?\s*[:\-\u2013]\s*"
    r"(?P<rank>[A-Za-z][A-Za-z ]{1,38}?)\s*$",
    re.I,
)
# ... and tables by a rank in a row's first cell (tables.py): "Police Constable | 2017 |
# Gross misconduct found | Dismissal without notice |".
_RANK_CELL = re.compile(
    r"\s*(?P<former>(?i:former|ex)[- ]+)?(?P<rank>[A-Za-z][A-Za-z ]{1,38}?)\s*\|"
)
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
)
_PRONOUN = re.compile(
    r"(?<![\w-])(?P<pronoun>he|she|they|He|She|They|him|them)(?![\w-])"
)
_AGE_BEFORE = re.compile(r"(?P<age>[1-6]\d)[- ]year[- ]old")
# An age standing for a person, not qualifying a noun: "the 30-year-old was", not "the
# 30-year-old man" (a description, or somebody else).
_AGE_NOUN = re.compile(
    r"(?<![\w-])(?:[Tt]he)\s+(?P<age>[1-6]\d)[- ]year[- ]old\b(?![- ]?\s*[A-Za-z]+\s+"
    r"(?:was|had|has|is|were|who|from|of|and|,)\b)(?=\s*(?:,|was|had|has|is|who|from|"
    r"of|admitted|denied|said|told|appeared|pleaded|committed|resigned|joined|"
    r"[a-z]+ed)\b)"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:to|with|by|from|for|against|towards|about|into|as|at|on|than|between|"
    r"(?:one|each|some|none|any|all|most|many|several|conduct|case|cases|behaviour|"
    r"actions|investigation|role|names?|identity|details|trial|dismissal|sacking) of|"
    r"alongside|among|including|like|under|told|supervisor|colleague|another|been|be|"
    r"being|become|became|remain|remained|formerly|previously)\s*)$",
    re.IGNORECASE,
)
# The person a result or an accusation is made against is its subject, though a
# preposition introduces them: "the allegations against three constables were not
# proven", "a written warning was issued to a sergeant", "sanctions imposed on PC X".
_ACCUSED_BEFORE = re.compile(
    r"\b(?:against|(?:issued|given|handed|imposed|served|delivered|administered)\s+"
    r"(?:to|on|upon)|(?:trial|prosecution|acquittal|conviction|dismissal|sacking) of"
    # Whose conduct a finding judges: "the behaviour of a police officer who ...
    # amounted to gross misconduct", "ruled the actions of two constables as".
    # Not the measure of conduct: "standards appropriate to the conduct of a police
    # officer".
    r"|(?<!\bto the )(?:behaviour|behavior|conduct|actions|misconduct) of)"
    r"\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "named", "label", "description", "pronoun"
    text: str
    name: str | None = None
    label: str = ""
    rank: Rank | None = None
    former: bool = False
    age: int | None = None
    count: int | None = None  # how many people an indefinite description introduces
    definite: bool = (
        False  # "the officer", "both officers", pronouns: people met before
    )
    plural: bool = False
    after_preposition: bool = False
    accused: bool = (
        False  # introduced by "against" / "issued to": a subject all the same
    )
    bare: bool = (
        False  # a name with no rank or description: "Thomas Grant was dismissed"
    )
    # "Mr Cook", "Ms Heeney": a courtesy title and a surname only refer back to
    # someone already named; they never name or make anyone (the caller "Mr Turner").
    honorific: bool = False

    @property
    def surname(self) -> str | None:
        return self.name.split()[-1] if self.name else None


def rank_of(wording: str) -> Rank | None:
    """The canonical rank for a rank wording ("Sgt", "police constable", "PCSOs")."""
    if wording in RANK_ABBREVIATIONS:
        return RANK_ABBREVIATIONS[wording]
    lowered = " ".join(wording.lower().split())
    for word, rank in RANK_WORDS:
        if lowered == word or lowered == word + "s":
            return rank
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    for word, rank in RANK_WORDS:
        if singular.endswith(word):
            return rank
    if singular in ("pc", "pcs"):
        return Rank.POLICE_CONSTABLE
    return None


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Mentions of police people in `text` (a clause), in order of position."""
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)  # characters already claimed by a mention

    def add(mention: Mention) -> None:
        start, end = mention.start - offset, mention.end - offset
        if any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(mention)

    field = _RANK_FIELD.fullmatch(text) or _RANK_CELL.match(text)
    if field is not None:
        wording = field["rank"].strip()
        rank = RANK_ABBREVIATIONS.get(wording) or rank_of(wording)
        if rank is not None:
            add(
                Mention(
                    offset + field.start("rank"),
                    offset + field.end("rank"),
                    "description",
                    wording,
                    rank=rank,
                    count=1,
                    former=bool(field.groupdict().get("former")),
                )
            )
    for match in _LABELS.finditer(text):
        singular = match["rank"][:-1]
        rank = None if singular.lower() == "officer" else rank_of(singular)
        for index, letter in enumerate(re.finditer(r"[A-Z]", match["letters"])):
            start = (
                match.start() if index == 0 else match.start("letters") + letter.start()
            )
            add(
                Mention(
                    offset + start,
                    offset + match.start("letters") + letter.end(),
                    "label",
                    text[start : match.start("letters") + letter.end()],
                    label=f"{singular} {letter.group(0)}",
                    rank=rank,
                )
            )
    for match in _LABEL.finditer(text):
        if _is_speaker(text, match.start()):
            continue
        rank_word = match["rank"]
        add(
            Mention(
                offset + match.start(),
                offset + match.end(),
                "label",
                match.group(0),
                label=match.group(0).strip(),
                rank=None if rank_word.lower() == "officer" else rank_of(rank_word),
                former=bool(match["former"]),
            )
        )
    for match in _COLLAR.finditer(text):
        if _is_speaker(text, match.start()) or _speaker_rank(match["rank"]):
            continue
        add(
            Mention(
                offset + match.start(),
                offset + match.end(),
                "label",
                match.group(0),
                label=match.group(0).strip(),
                rank=rank_of(match["rank"]),
                former=bool(match["former"]),
            )
        )
    for match in _NAMED.finditer(text):
        name = _clean_name(match["name"])
        if not name:
            # "a senior officer, Inspector Tola Munro, who ...": the rank word before
            # the apposition took the name's place; read again from the name.
            again = _NAMED.match(text, match.start("name"))
            if again is not None:
                match, name = again, _clean_name(again["name"])
        rank_word = match["rank"]
        # "Former Chief Inspector Linda Marsh": someone who has left is the subject,
        # never the serving chief officer who speaks or chairs.
        end = match.start("name") + len(name) if name else match.end()
        if (
            not name
            or _is_speaker(text, match.start())
            or (
                _speaker_rank(rank_word)
                and not match["former"]
                and not _senior_subject(text, match.start(), end)
            )
        ):
            continue
        rank = None if rank_word.lower() == "officer" else rank_of(rank_word)
        if match["age"] and name == match["name"]:
            end = match.end()
        add(
            Mention(
                offset + match.start(),
                offset + end,
                "named",
                text[match.start() : end],
                name=name,
                rank=rank,
                former=bool(match["former"]),
                age=int(match["age"])
                if match["age"] and name == match["name"]
                else None,
            )
        )
        # "Special Constables, Sonny Webb and Tyrone Duncan": the second name.
        tail = re.match(
            r"\s+and\s+(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")\b", text[end:]
        )
        plural_rank = rank_word.endswith("s") or (
            text[match.end("rank") : match.end("rank") + 1] == "s"
        )
        if tail and plural_rank:
            second = _clean_name(tail.group(1))
            if second:
                add(
                    Mention(
                        offset + end + tail.start(1),
                        offset + end + tail.end(1),
                        "named",
                        second,
                        name=second,
                        rank=rank,
                    )
                )
    for match in _HONORIFIC.finditer(text):
        add(
            Mention(
                offset + match.start(),
                offset + match.end("name"),
                "named",
                text[match.start() : match.end("name")],
                name=match["name"],
                age=int(match["age"]) if match["age"] else None,
                honorific=True,
            )
        )
    for match in _BARE_NAMED.finditer(text):
        name = _clean_name(match["name"])
        if not name or len(name.split()) < 2 or _is_speaker(text, match.start()):
            continue
        add(
            Mention(
                offset + match.start(),
                offset + match.start() + len(match["name"]),
                "named",
                match["name"],
                name=name,
                age=int(match["age"]) if match["age"] else None,
            )
        )
    bare_subject = _BARE_SUBJECT.match(text)
    if bare_subject is not None:
        words = bare_subject["name"].split()
        name = _clean_name(bare_subject["name"])
        if (
            name
            and len(name.split()) == len(words)
            and not any(w in _RANK_TITLES or w.lower() in NUMBER_WORDS for w in words)
            and not _is_speaker(text, 0)
        ):
            add(
                Mention(
                    offset + bare_subject.start("name"),
                    offset + bare_subject.end("name"),
                    "named",
                    bare_subject["name"],
                    name=name,
                    bare=True,
                )
            )
    # Before descriptions: "who worked as a PCSO" states a known person's rank; it
    # introduces nobody.
    for match in _RANK_PREDICATE.finditer(text):
        rank = rank_of(match["rank"])
        if rank is not None:
            # The rank of someone already in the story, not a new person.
            add(
                Mention(
                    offset + match.start("rank"),
                    offset + match.end("rank"),
                    "description",
                    match["rank"],
                    rank=rank,
                    definite=True,
                )
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
            _GENERIC_MODAL_AFTER.match(text, match.end())
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
        if _speaker_rank_value(rank) and (definite or role[:1].isupper()):
            continue  # "the Chief Constable", "a Chief Superintendent": chairs, speakers
        if det == "other":
            definite = True
        age = _AGE_BEFORE.search(words)
        before = text[max(0, match.start() - 30) : match.start()]
        add(
            Mention(
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
                accused=bool(_ACCUSED_BEFORE.search(before)),
            )
        )
    bare = _BARE_DESCRIPTION.match(text)
    if bare is not None and not _SPEAKER_MODIFIER.search(bare["mods"]):
        role = bare["role"]
        plural = _is_plural(role)
        add(
            Mention(
                offset + bare.start("mods"),
                offset + bare.end(),
                "description",
                bare.group(0).strip(),
                rank=_description_rank(bare["mods"], role),
                former=bool(re.search(r"\b(?:former|ex)\b", bare["mods"], re.I)),
                count=None if plural else 1,
                plural=plural,
            )
        )
    for match in _BARE_ONE.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        add(
            Mention(
                offset + match.start(),
                offset + match.end(),
                "description",
                match.group(0),
                count=1,
                after_preposition=bool(_PREPOSITION_BEFORE.search(before)),
            )
        )
    for match in _AGE_NOUN.finditer(text):
        # "The 43-year-old from Hamstreet was ...": someone met before, by their age.
        add(
            Mention(
                offset + match.start(),
                offset + match.end(),
                "pronoun",
                match.group(0),
                age=int(match["age"]),
                definite=True,
            )
        )
    for match in _PRONOUN.finditer(text):
        word = match["pronoun"].lower()
        add(
            Mention(
                offset + match.start(),
                offset + match.end(),
                "pronoun",
                match.group(0),
                definite=True,
                plural=word in ("they", "them"),
            )
        )
    found.sort(key=lambda mention: mention.start)
    return _merge_appositions(text, offset, found)


# A rank stated as what someone was: "Lucas worked for South Yorkshire Police as a Pc",
# "he served as a sergeant", "who was employed as a detention officer".
_RANK_PREDICATE = re.compile(
    r"\b(?:worked|served|serving|employed|working)\b[^.;]{0,60}?\bas an? "
    r"(?P<rank>(?i:" + _RANK_ALTERNATION + r")|" + _ABBR_ALTERNATION + r")(?![\w-])"
)
# Modifiers of a bare noun phrase that make it someone else: "Chief Officer", "Press
# Officer", "Investigating Officer".
_SPEAKER_MODIFIER = re.compile(
    r"\b(?:chief|press|investigating|liaison|senior investigating|family liaison|"
    r"presiding|commanding)\s*$",
    re.I,
)


def _merge_appositions(text: str, offset: int, found: list[Mention]) -> list[Mention]:
    """ "Another officer, PC Paul Lockett, was charged" and "Benjamin Monk, a West Mercia
    Police officer," are one person: keep the named mention, with the description's
    rank and former-ness when the name carries none."""
    merged: list[Mention] = []
    skip: set[int] = set()
    for index, mention in enumerate(found):
        if index in skip:
            continue
        if index + 1 < len(found):
            following = found[index + 1]
            gap = text[mention.end - offset : following.start - offset]
            pair = {mention.kind, following.kind}
            if (
                mention.kind == following.kind == "description"
                and mention.rank is None
                and following.rank is not None
                and not (mention.plural or following.plural)
                and re.fullmatch(r",\s*", gap)
                and following.text[:2].lower() in ("a ", "an")
                and re.match(r"\s*,\s*(?!and\b|or\b)", text[following.end - offset :])
            ):
                # "A third officer, a detective constable, was given ...": one person,
                # of the rank the apposition gives ("A sergeant, a constable, and ..."
                # is a list).
                merged.append(replace(mention, rank=following.rank))
                skip.add(index + 1)
                continue
            if (
                re.fullmatch(r",\s*(?:known as\s*)?'?", gap)
                and "description" in pair
                and pair & {"named", "label"}
            ):
                description, named = (
                    (mention, following)
                    if mention.kind == "description"
                    else (following, mention)
                )
                if not description.plural:
                    merged.append(
                        replace(
                            named,
                            rank=named.rank or description.rank,
                            former=named.former or description.former,
                            age=named.age or description.age,
                        )
                    )
                    skip.add(index + 1)
                    continue
        merged.append(mention)
    return merged


def _speaker_rank_value(rank: Rank | None) -> bool:
    return rank is not None and _speaker_rank_rank(rank)


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
    "a member of police staff" → staff; "officer", "detective" → None."""
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


# Rank titles that can stand between a rank word and a name.
_RANK_TITLES = frozenset("PC Pc PS DC DS DI DCI Sgt Insp Det Con PCSO Supt".split())


def _clean_name(raw: str) -> str | None:
    words = []
    for word in raw.split():
        if word.startswith("'"):
            continue  # a nickname: "Kenneth 'Kenny' Brogan"
        if not words and word in _RANK_TITLES:
            continue  # a second title: "Colchester officers Pc Jason Munns"
        if word in _NOT_NAME:
            break
        words.append(word)
    return " ".join(words) or None


def _is_speaker(text: str, start: int) -> bool:
    """Whether a title introducing a speaker or chair comes right before `start`."""
    return bool(SPEAKER_TITLE.search(text[max(0, start - 40) : start]))


# A senior officer is usually a speaker or chair, but the clause can make them the
# subject: "Supt John Ashdown had committed gross misconduct", "Ch Insp Amy Rowe was
# dismissed", "the allegations against Supt Ian Gill were dismissed".
_SUBJECT_AFTER = re.compile(
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


def _senior_subject(text: str, start: int, end: int) -> bool:
    return bool(
        _SUBJECT_AFTER.match(text, end)
        or _ACCUSED_BEFORE.search(text[max(0, start - 30) : start])
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


def _speaker_rank(rank_word: str) -> bool:
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
