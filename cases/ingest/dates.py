"""Dates in a story: finding them, and fixing a year only when the text fixes it.

Stories give "22 October 2021", "Thursday 30 June", "yesterday (Thursday)", "last month
(June)", "between November 2018 and August 2019", "Published 28/06/19". A date without
a year is completed only when the text decides it:
- from the publication date (given, or printed in the page: "Published: 15 Feb 2023"):
  the latest such day on or before it, and it must fall on the weekday if one is named;
- otherwise from a weekday and the story's own years: "Thursday 30 June" after an
  investigation that ended in February 2022 is 2022-06-30, because among the years that
  follow (2022-2024) only 2022 puts 30 June on a Thursday. Two fitting years, or none,
  give None: a date the text cannot fix is never guessed.

`read_stage_dates` says which stage a date is the date of (referral, investigation's
end, hearing) from the wording beside it; a date that another event's wording stands
between ("arrested on ..., days after a referral") belongs to that event instead.

Pure and linear: patterns have no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from cases.ingest import patterns as p
from cases.ingest.records import PartialDate, Span
from cases.ingest.sentences import Sentence

__all__ = [
    "DateMention",
    "StageDate",
    "find_dates",
    "find_published",
    "read_stage_dates",
    "resolve",
    "story_floor",
]

# How far a stage's date may stand from its wording: after it ("following referrals
# about the officer's conduct from West Mercia Police in September and December
# 2019"), or opening the sentence before it ("In March 2020, the force referred ...").
_AFTER = {"referred_on": 90, "investigation_concluded_on": 80, "hearing_on": 90}
_OPENING = 30
_HEARING_START = re.compile(r"\b(?:began|begun|started|opened)\b", re.IGNORECASE)
# Another stage worded between a stage and a date takes the date: "The investigation
# concluded in June 2021 and a referral was made in 2019".
_OTHER_STAGE = {
    "referred_on": re.compile(r"\b(?:investigations?|hearings?|meetings?)\b", re.I),
    "investigation_concluded_on": re.compile(
        r"\b(?:refer(?:ral|rals|red)|complaints?|hearings?|meetings?)\b", re.I
    ),
    "hearing_on": re.compile(
        r"\b(?:refer(?:ral|rals|red)|complaints?|investigations?)\b", re.I
    ),
}
_BEFORE = 150

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_NAMES = (
    "January February March April May June July August September October November "
    "December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
).split()
# As written in running text or in capitals ("3 MARCH 2016 | BY ..."); never in lower
# case, where "may" is a verb.
_M = (
    r"(?P<month>"
    + "|".join(
        sorted(
            {*_MONTH_NAMES, *(m.upper() for m in _MONTH_NAMES)}, key=len, reverse=True
        )
    )
    + r")\.?"
)
_WD = r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?\s*)?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_D2 = r"(?:\s*(?:-|–|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_Y = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\d:])|\s+(?P<year2>[0-3]\d)(?![\d:.,]| ?[ap]m))?"

_DAY_MONTH = re.compile(
    r"(?<![/\d])\b"
    + _WD
    + r"(?:the\s+)?"
    + _D
    + _D2
    + r"\s+(?:of\s+)?"
    + _M
    + r"\b"
    + _Y
)
_MONTH_DAY = re.compile(
    r"\b"
    + _WD
    + _M
    + r"\s+"
    + _D
    + r"\b"
    + _D2.replace("day2", "day3")
    + _Y.replace("year>", "yearb>").replace("year2>", "year2b>")
)
# "28/06/19", "11-04-2025", "11.04.2025" (day first, as in the UK); with a dash or a
# dot only with a four-digit year, since "2-5" and "3.5" are no dates.
_NUMERIC = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:/(?P<month>[01]?\d)/(?P<year>(?:19|20)?\d\d)"
    r"|(?P<sep>[-.])(?P<month2>[01]?\d)(?P=sep)(?P<year2>(?:19|20)\d\d))\b"
)
_MONTH_YEAR = re.compile(r"\b" + _M + r",?\s+(?P<year>(?:19|20)\d\d)\b")
# "in September and December 2019": the first month shares the year that follows.
_MONTH_PAIR = re.compile(
    r"\b"
    + _M
    + r"\s+(?:and|&|or)\s+(?="
    + _M.replace("month>", "month2>")
    + r",?\s+(?P<year>(?:19|20)\d\d)\b)"
)
# A year on its own after a preposition: "following a complaint made in 2019", "in
# early 2020". Not "2022/23" (a financial year) nor "Regulations 2020".
_YEAR_ONLY = re.compile(
    r"\b(?:in|during|since|until|by|of|from)\s+(?:(?:early|late|mid-?|the summer of|"
    r"the spring of|the autumn of|the winter of)\s*)?(?P<year>(?:19|20)\d\d)\b(?![/\d-])"
)
_YEAR_AFTER = re.compile(
    r"\s*(?:(?:last|this|next) year\s*)?\((?P<year>(?:19|20)\d\d)\)"
)
_WEEKDAY_ONLY = re.compile(
    r"\b(?P<rel>today|yesterday)?\s*\(?\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b\)?",
)
_RELATIVE = re.compile(r"\b(?P<rel>today|yesterday|tonight)\b", re.IGNORECASE)
_BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\b")
_CELL = re.compile(r"\s[|\u2022\u00b7]\s")
_PUBLISHED_LINE = re.compile(
    r"^(?:date published|published|updated|issued|posted|last updated)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None = None
    relative: str = ""  # "today" or "yesterday" for relative mentions

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """All date mentions in `text`, ordered by position; offsets shifted by `offset`."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month_word = groups["month"]
            # A range ("25-28 July", "July 4-5") stands for its last day: a hearing's
            # result is decided on the last day it sits.
            last_day = groups.get("day3") or groups.get("day2")
            day = int(last_day or groups["day"])
            year_text = groups.get("year") or groups.get("yearb")
            short_year = groups.get("year2") or groups.get("year2b")
            # A two-digit year only after an abbreviated month: "8 Jan 21 Back to Listing".
            if short_year and len(month_word.rstrip(".")) > 4:
                short_year = None
            year = (
                int(year_text)
                if year_text
                else (2000 + int(short_year) if short_year else None)
            )
            if year is None:
                after = _YEAR_AFTER.match(text, match.end())
                if after:
                    year = int(after.group("year"))
            weekday = (
                None
                if last_day
                else WEEKDAYS.get((groups.get("weekday") or "").lower())
            )
            if not 1 <= day <= 31 or not free(match.start(), match.end()):
                continue
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(
                    offset + match.start(),
                    offset + match.end(),
                    day,
                    MONTHS[month_word.lower().rstrip(".")],
                    year,
                    weekday,
                )
            )
    for match in _NUMERIC.finditer(text):
        day = int(match["day"])
        month = int(match["month"] or match["month2"])
        year = int(match["year"] or match["year2"])
        if year < 100:
            year += 2000
        if 1 <= day <= 31 and 1 <= month <= 12 and free(match.start(), match.end()):
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(
                    offset + match.start(), offset + match.end(), day, month, year
                )
            )
    for match in _MONTH_PAIR.finditer(text):
        first = MONTHS[match["month"].lower().rstrip(".")]
        second = MONTHS[match["month2"].lower().rstrip(".")]
        # "December and January 2020" crosses a year the text does not fix: left out.
        if first < second and free(match.start("month"), match.end("month")):
            taken.append((match.start("month"), match.end("month")))
            found.append(
                DateMention(
                    offset + match.start("month"),
                    offset + match.end("month"),
                    None,
                    first,
                    int(match["year"]),
                )
            )
    for match in _MONTH_YEAR.finditer(text):
        if free(match.start(), match.end()):
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(
                    offset + match.start(),
                    offset + match.end(),
                    None,
                    MONTHS[match["month"].lower().rstrip(".")],
                    int(match["year"]),
                )
            )
    for match in _YEAR_ONLY.finditer(text):
        if free(match.start("year"), match.end("year")):
            taken.append((match.start("year"), match.end("year")))
            found.append(
                DateMention(
                    offset + match.start("year"),
                    offset + match.end("year"),
                    None,
                    None,
                    int(match["year"]),
                )
            )
    for match in _WEEKDAY_ONLY.finditer(text):
        if free(match.start("weekday"), match.end("weekday")):
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(
                    offset + match.start(),
                    offset + match.end(),
                    None,
                    None,
                    None,
                    WEEKDAYS[match["weekday"].lower()],
                    (match["rel"] or "").lower(),
                )
            )
    for match in _RELATIVE.finditer(text):
        if free(match.start(), match.end()):
            # "today (28 March)": the bracketed date is the mention; the word only says
            # it is the day of writing.
            found.append(
                DateMention(
                    offset + match.start(),
                    offset + match.end(),
                    None,
                    None,
                    None,
                    None,
                    match["rel"].lower(),
                )
            )
    found.sort(key=lambda mention: mention.start)
    return found


def find_published(text: str) -> date | None:
    """The publication date a page prints: "Published: 05 Oct 2023", "Date published:
    20 November 2019 09:07", "17 Jun 2019 02:33 PM", "8 Jan 21 Back to Listing",
    "Published 28/06/19". Only short lines that are a date (and a label or time)."""
    for line in text.split("\n")[:60]:
        line = line.strip()
        if not line or len(line) > 90:
            continue
        mentions = [m for m in find_dates(line) if m.year and m.day]
        if not mentions:
            continue
        mention = mentions[0]
        rest = (line[: mention.start] + line[mention.end :]).strip(" ,|:-")
        labelled = (
            bool(_PUBLISHED_LINE.match(line))
            or line.lower().startswith("issued")
            # A date line shared with a byline: "3 MARCH 2016 | BY Jo Bloggs FOR the
            # Leicester Mercury", "12 May 2021, by Sam Lee".
            or bool(_BYLINE.match(rest))
            # ... or a labelled date in one of its cells: "Reporter: Jo Bloggs |
            # Published 4 March 2025".
            or any(_PUBLISHED_LINE.match(cell.strip()) for cell in _CELL.split(line))
        )
        bare = (
            len(
                re.sub(
                    r"[\d:.,|]|\b(?:am|pm|AM|PM|BST|GMT)\b|updated|back to listing",
                    "",
                    rest,
                    flags=re.I,
                ).strip()
            )
            <= 2
        )
        if labelled or bare:
            try:
                return date(mention.year, mention.month, mention.day)  # type: ignore[arg-type]
            except ValueError:
                continue
    return None


def story_floor(mentions: list[DateMention], ceiling: date | None) -> date | None:
    """The latest date the story states outright (a full date or a month and year)
    before the day of writing: the lower bound of a year-less weekday date, which the
    decision cannot precede (SCHEMA.md)."""
    stated = [
        value
        for m in mentions
        if m.year
        and m.month
        and (value := _safe_date(m.year, m.month, m.day or 1)) is not None
        and (ceiling is None or value < ceiling)  # not the date line itself
    ]
    return max(stated) if stated else None


# How far a weekday is followed to find its year: the calendar repeats in 28 years.
_WEEKDAY_SPAN = 28


def resolve(
    mention: DateMention,
    *,
    reference: date | None,
    today: date | None = None,
    floor: date | None = None,
) -> PartialDate | None:
    """The date `mention` stands for, or None when the text cannot fix it.

    `reference` is the publication date; `today` the story's "today" when it names it
    ("today (Friday, May 26)"); `floor` the latest date the story states (story_floor).
    A day and month with a weekday but no year take the year from those bounds: the
    first fit after the floor, else the last fit before the day of writing.
    """
    now = today or reference
    if mention.month is None and mention.year is not None:
        return PartialDate(date(mention.year, 1, 1), "year")  # "in 2019"
    if mention.relative and mention.day is None and mention.month is None:
        if now is None:
            return None
        value = now - timedelta(days=1) if mention.relative == "yesterday" else now
        if mention.weekday is not None and value.weekday() != mention.weekday:
            return None
        return PartialDate(value, "day")
    if mention.month is None:
        # "on Tuesday": the latest such weekday before the day of writing.
        if mention.weekday is None or now is None:
            return None
        back = (now.weekday() - mention.weekday) % 7 or 7
        return PartialDate(now - timedelta(days=back), "day")
    if mention.year is not None:
        day = mention.day or 1
        try:
            value = date(mention.year, mention.month, day)
        except ValueError:
            return None
        if (
            mention.day is not None
            and mention.weekday is not None
            and value.weekday() != mention.weekday
        ):
            return None
        return PartialDate(value, mention.precision)
    if mention.day is None:
        return None
    if mention.weekday is not None:
        value = _weekday_year(mention, floor, now)
        return PartialDate(value, "day") if value is not None else None
    if now is not None:
        for year in (now.year, now.year - 1):
            value = _safe_date(year, mention.month, mention.day)
            if value is None or value > now + timedelta(days=1):
                continue
            return PartialDate(value, "day")
    return None


def _weekday_year(
    mention: DateMention, floor: date | None, ceiling: date | None
) -> date | None:
    """ "Thursday 30 June" after February 2022 is 2022-06-30 (the first fit after the
    floor); "Thursday 12 October" under a 2023-10-13 date line is 2023-10-12 (the last
    fit before the ceiling). Where the bounds leave no fit, the floor alone decides."""
    assert mention.month is not None and mention.day is not None

    def fits(year: int) -> date | None:
        value = _safe_date(year, mention.month, mention.day)  # type: ignore[arg-type]
        return (
            value if value is not None and value.weekday() == mention.weekday else None
        )

    if floor is not None:
        found = [
            value
            for year in range(floor.year, floor.year + _WEEKDAY_SPAN)
            if (value := fits(year)) is not None and value >= floor
        ]
        within = [
            v for v in found if ceiling is None or v <= ceiling + timedelta(days=1)
        ]
        if within:
            return within[0]
        return found[0] if found else None
    if ceiling is not None:
        for year in range(ceiling.year, ceiling.year - _WEEKDAY_SPAN, -1):
            value = fits(year)
            if value is not None and value <= ceiling + timedelta(days=1):
                return value
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class StageDate:
    """A stage's date and the sentence it was read from."""

    value: PartialDate
    span: Span


def read_stage_dates(
    sentences: list[Sentence],
    mentions: list[DateMention],
    resolver: Callable[[DateMention], PartialDate | None],
    now: date | None = None,
) -> dict[str, list[StageDate]]:
    """The dates the story gives for its stages, keyed by the Case field they fill:
    `referred_on` (every referral or complaint, earliest first),
    `investigation_concluded_on` (first stated) and `hearing_on` (the hearing's or
    meeting's days, latest last). `resolver` completes a mention (see `resolve`); a
    date it cannot fix is left out, never guessed. `now` (the day of writing, when
    known) keeps a forum's date from lying ahead of it."""
    stages: dict[str, list[StageDate]] = {name: [] for name in _AFTER}
    position = 0
    for sentence in sentences:
        inside = []
        while position < len(mentions) and mentions[position].start < sentence.end:
            mention = mentions[position]
            position += 1
            if mention.start >= sentence.start:
                value = resolver(mention)
                if value is not None:
                    inside.append((mention, value))
        if not inside or sentence.quoted:
            continue
        text = sentence.text
        for match in p.REFERRAL.finditer(text):
            for value in _dated_near(sentence, match, inside, "referred_on"):
                stages["referred_on"].append(StageDate(value, sentence.span))
        for match in p.INVESTIGATION_END.finditer(text):
            for value in _dated_near(
                sentence, match, inside, "investigation_concluded_on"
            ):
                stages["investigation_concluded_on"].append(
                    StageDate(value, sentence.span)
                )
        if p.FORUM_NOT_HELD.search(text):
            continue
        courts = [(m.start(), m.end()) for m in p.NOT_A_PROCEEDING.finditer(text)]
        for match in p.FORUM.finditer(text):
            if any(s <= match.start() < e for s, e in courts):
                continue
            for value in _dated_near(sentence, match, inside, "hearing_on"):
                if now is None or value.value <= now:
                    stages["hearing_on"].append(StageDate(value, sentence.span))
    referrals: dict[PartialDate, StageDate] = {}
    for found in stages["referred_on"]:
        referrals.setdefault(found.value, found)
    stages["referred_on"] = sorted(referrals.values(), key=lambda f: f.value.value)
    stages["hearing_on"].sort(key=lambda f: f.value.value)
    return stages


def _dated_near(
    sentence: Sentence,
    match: re.Match[str],
    dated: list[tuple[DateMention, PartialDate]],
    stage: str,
) -> list[PartialDate]:
    """The dates of `dated` that belong to the stage worded at `match`: close after it,
    or opening the sentence before it, with no other event worded in between."""
    found: list[PartialDate] = []
    text = sentence.text
    for mention, value in dated:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        # Distances first, so that the gaps read stay short on any input.
        if match.end() <= start <= match.end() + _AFTER[stage]:
            gap = text[match.end() : start]
        elif start <= _OPENING and match.start() - _BEFORE <= end <= match.start():
            gap = text[end : match.start()]
        else:
            continue
        if stage == "hearing_on":
            # "The hearing started on Monday 11 October and ended on 21 October": the
            # hearing's own first day, not another event.
            gap = _HEARING_START.sub("", gap)
        if (
            not p.OTHER_EVENT.search(gap)
            and not _OTHER_STAGE[stage].search(gap)
            and value not in found
        ):
            found.append(value)
    return found
