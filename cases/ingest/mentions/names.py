"""Named and labelled people: "Police constable Michael Harrison, 33", "Rhett
Wilson, 27", "Mr Cook", "Officer A", "Officers A and B", "PC 4821" (a collar number
for a withheld name); the words that are never part of a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cases.choices import Rank
from cases.ingest.mentions.mention import (
    ABBR_ALTERNATION,
    FORMER,
    RANK_ALTERNATION,
    Mention,
    genders_of,
    rank_of,
)
from cases.ingest.mentions.speakers import is_speaker, senior_subject, speaker_rank
from cases.ingest.patterns import NUMBER_WORDS, RANK_WORDS

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
    Details Breach Type
    Fired Axed Barred Banned Demoted Disciplined Suspended Removed Spared Escapes Avoids
    Loses Keeps Quits Resigns Retires Faces Admits Denies Under Over Into Amid Against""".split()
)
# Letters of names in any Latin script: "Ciarán O'Neill", "Zoë Brontë", "Łukasz".
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_NAME_WORD = rf"(?:Mc|Mac|O'|D')?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
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
# "Police constable Michael Harrison, 33", "Police Sergeant 3140 Smith", "Sergeant (PS)
# Simon Kempton", "former police constable, Matthew Stewart".
_NAMED = re.compile(
    r"(?<![\w-])"
    + FORMER
    + r"(?P<rank>(?i:"
    + RANK_ALTERNATION
    + r")|"
    + ABBR_ALTERNATION
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
    # "Rhett Wilson, 27,", "Thomas Grant (41)".
    + r")(?:(?:,\s*(?P<age>[1-6]\d),|\s+\((?P<bracketed>[1-6]\d)\))"
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
# A surname alone opening a clause with an act: "Mitchell resigned in January",
# "Burgess had already been fired" (a back-reference only, see people/resolve.py).
_SURNAME_SUBJECT = re.compile(
    r"\s*(?P<name>"
    + _NAME_WORD
    # ... with an age: "Rees, 34, had lied", "Mills (29) failed".
    + r")(?:,\s*(?P<age>[1-6]\d),|\s+\((?P<bracketed>[1-6]\d)\))?"
    r"(?='s\b|\s+(?:was|were|had|has|is|[a-z]{3,}ed|took|"
    r"got|sent|made|told|kept|gave|lied|stole|denied|admitted|resigned|retired)\b)"
)
# "Mr Cook's misconduct hearing", "Ms Heeney, 38, said".
_HONORIFIC = re.compile(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<name>" + _NAME_WORD + r")(?![\w-])"
    r"(?:,\s*(?P<age>[1-6]\d),)?"
)
# "Officer A", "PC F", "Former Officer B", "ex-officer X", "Special Constable A".
_LABEL = re.compile(
    r"(?<![\w-])" + FORMER + r"(?P<rank>(?i:special constable|police constable|officer|"
    r"constable|sergeant|inspector)|PC|PS|DC|DS|Pc)\s+"
    # A letter, or a pair of initials standing alone ("PC SR"): no rank title ("PC
    # PS"), no word in capitals ("CONSTABLE OF"), not a name's initials ("Chief
    # Constable BJ Harrington").
    r"(?P<letter>(?!(?:PC|PS|DC|DS|DI|OF|IN|AT|TO|ON|BY|AN|AS|OR|IS|IT|HE|WE|NO|SO|"
    r"UP|US)\b)[A-Z](?:[A-Z](?!\s+[A-Z][a-z]))?)(?![\w-]|'[a-z]{2})"
)
# A collar number standing for the name a force withholds: "Officer: PC 4821",
# "Police Sergeant 1102 was dismissed"; not "PC 4821 Sam Okafor" (named).
_COLLAR = re.compile(
    r"(?<![\w-])"
    + FORMER
    + r"(?P<rank>(?i:"
    + "|".join(sorted((re.escape(w) for w, _ in RANK_WORDS), key=len, reverse=True))
    + r")|"
    + ABBR_ALTERNATION
    + r")\s+(?P<collar>[A-Z]{0,2}\d{3,5})(?![\w-]|\s+(?:Mc|Mac|O')?[A-Z][a-z])"
)
# Labels given together: "Officers A and B were given final written warnings", "PCs C,
# D and E". Each letter is a person.
_LABELS = re.compile(
    r"(?<![\w-])(?P<rank>(?i:officers|police constables|constables|sergeants)|PCs)"
    r"\s+(?P<letters>[A-Z](?:,\s*[A-Z]){0,6}\s+and\s+[A-Z])(?![\w-]|'[a-z]{2})"
)
# A rank held for the time being: "acting sergeant", "Temporary Inspector".
_ACTING = re.compile(r"\b(?:acting|temporary)\s+$", re.IGNORECASE)
# Rank titles that can stand between a rank word and a name.
_RANK_TITLES = frozenset("PC Pc PS DC DS DI DCI Sgt Insp Det Con PCSO Supt".split())


def label_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """Labelled people in `text`: "Officers A and B", "Officer A", "PC 4821"."""
    for match in _LABELS.finditer(text):
        singular = match["rank"][:-1]
        rank = None if singular.lower() == "officer" else rank_of(singular)
        for index, letter in enumerate(re.finditer(r"[A-Z]", match["letters"])):
            start = (
                match.start() if index == 0 else match.start("letters") + letter.start()
            )
            yield Mention(
                offset + start,
                offset + match.start("letters") + letter.end(),
                "label",
                text[start : match.start("letters") + letter.end()],
                label=f"{singular} {letter.group(0)}",
                rank=rank,
            )
    for match in _LABEL.finditer(text):
        if is_speaker(text, match.start()):
            continue
        rank_word = match["rank"]
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "label",
            match.group(0),
            label=match.group(0).strip(),
            rank=None if rank_word.lower() == "officer" else rank_of(rank_word),
            former=bool(match["former"]),
        )
    for match in _COLLAR.finditer(text):
        if is_speaker(text, match.start()) or speaker_rank(match["rank"]):
            continue
        yield Mention(
            offset + match.start(),
            offset + match.end(),
            "label",
            match.group(0),
            label=match.group(0).strip(),
            rank=rank_of(match["rank"]),
            former=bool(match["former"]),
        )


def named_mentions(text: str, offset: int = 0) -> Iterator[Mention]:
    """Named people in `text`: with a rank, a courtesy title, an age or an
    apposition, or alone opening a result clause."""
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
            or is_speaker(text, match.start())
            or (
                speaker_rank(rank_word)
                and not match["former"]
                and not senior_subject(text, match.start(), end)
            )
        ):
            continue
        rank = None if rank_word.lower() == "officer" else rank_of(rank_word)
        if rank != Rank.SPECIAL_CONSTABLE and _ACTING.search(text, 0, match.start()):
            # "acting sergeant Daniel Reed": a temporary role, not the rank held; the
            # story's other mentions say which that is (a special of any rank, acting
            # or not, is a special constable).
            rank = None
        if match["age"] and name == match["name"]:
            end = match.end()
        yield Mention(
            offset + match.start(),
            offset + end,
            "named",
            text[match.start() : end],
            name=name,
            rank=rank,
            former=bool(match["former"]),
            age=int(match["age"]) if match["age"] and name == match["name"] else None,
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
                yield Mention(
                    offset + end + tail.start(1),
                    offset + end + tail.end(1),
                    "named",
                    second,
                    name=second,
                    rank=rank,
                )
    for match in _HONORIFIC.finditer(text):
        yield Mention(
            offset + match.start(),
            offset + match.end("name"),
            "named",
            text[match.start() : match.end("name")],
            name=match["name"],
            age=int(match["age"]) if match["age"] else None,
            back_reference=True,
            genders=genders_of(match.group(0).split()[0].rstrip(".")),
        )
    surname = _SURNAME_SUBJECT.match(text)
    if (
        surname is not None
        and surname["name"] not in _NOT_NAME
        and surname["name"].lower() not in NUMBER_WORDS  # "Two dismissed constables"
    ):
        yield Mention(
            offset + surname.start("name"),
            offset + surname.end("name"),
            "named",
            surname["name"],
            name=surname["name"],
            age=int(surname["age"] or surname["bracketed"] or 0) or None,
            back_reference=True,
        )
    for match in _BARE_NAMED.finditer(text):
        name = _clean_name(match["name"])
        if not name or len(name.split()) < 2 or is_speaker(text, match.start()):
            continue
        yield Mention(
            offset + match.start(),
            offset + match.start() + len(match["name"]),
            "named",
            match["name"],
            name=name,
            age=int(match["age"] or match["bracketed"] or 0) or None,
            # A name with only an age may be anyone ("John Lamb, 34, was convicted
            # of assaulting PC Sue Dean"): it names the officer the story is about.
            bare=bool(match["age"] or match["bracketed"]),
        )
    bare_subject = _BARE_SUBJECT.match(text)
    if bare_subject is not None:
        words = bare_subject["name"].split()
        name = _clean_name(bare_subject["name"])
        if (
            name
            and len(name.split()) == len(words)
            and not any(w in _RANK_TITLES or w.lower() in NUMBER_WORDS for w in words)
            and not is_speaker(text, 0)
        ):
            yield Mention(
                offset + bare_subject.start("name"),
                offset + bare_subject.end("name"),
                "named",
                bare_subject["name"],
                name=name,
                bare=True,
            )


def _clean_name(raw: str) -> str | None:
    words = []
    raw_words = raw.split()
    for index, word in enumerate(raw_words):
        if word.startswith("'"):
            continue  # a nickname: "Kenneth 'Kenny' Brogan"
        if not words and word in _RANK_TITLES:
            continue  # a second title: "Colchester officers Pc Jason Munns"
        if word in _NOT_NAME and not (
            not words and word in _GIVEN_NAMES and _surname_follows(raw_words, index)
        ):
            break
        words.append(word)
    return " ".join(words) or None


# Months that are also given names: "PC April Cooper", "Sgt June Hale"; a name only
# where a surname follows ("in May 2021" has none).
_GIVEN_NAMES = frozenset({"April", "May", "June", "August"})


def _surname_follows(words: list[str], index: int) -> bool:
    return index + 1 < len(words) and words[index + 1] not in _NOT_NAME


def full_name(surname: str, text: str) -> tuple[str, int] | None:
    """The one full name the text gives a person it otherwise calls by surname alone
    ("PC Smith ... Former Constable Smith" in a notice whose form reads "Sam Smith"):
    the name and where it stands, or None when no such name, or more than one, is
    there."""
    found: dict[str, tuple[int, int]] = {}
    for match in re.finditer(
        r"(?<![\w-])(?P<given>"
        + _NAME_WORD
        + r")\s+"
        + re.escape(surname)
        + r"(?![\w-])",
        text,
    ):
        given = match["given"]
        if given in _NOT_NAME or given in _RANK_TITLES:
            continue
        found.setdefault(f"{given} {surname}", match.start())
    if len(found) != 1:
        return None
    ((name, start),) = found.items()
    return name, start
