"""Extract stage: cleaned text in, a `ReleaseRecord` out (corpus/SCHEMA.md).

`extract_release` reads a story sentence by sentence: people (mentions.py), what
happened (findings.py), who it happened to (people.py), dates (dates.py) and forces
(force_names.py); then it settles each person's fields, the document's force, stage
dates, title, summary and chair, with the sentence behind every value as evidence.
Where a rule is unsure it says so in `review_reasons` instead of guessing.

What it must not do: touch the ORM, settings or the network, or raise on any text.
`extract_path` is the convenience used by `manage.py extract`: read, clean, extract.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import replace

from cases.choices import Outcome, Proceeding
from cases.ingest import patterns as p
from cases.ingest.clean import clean_text
from cases.ingest.dates import (
    DateMention,
    StageDate,
    find_dates,
    find_published,
    read_stage_dates,
    resolve,
    story_floor,
)
from cases.ingest.findings import Finding, read_findings
from cases.ingest.force_names import find_forces, main_force
from cases.ingest.mentions import find_mentions
from cases.ingest.people import Draft, Tracker
from cases.ingest.records import (
    Allegation,
    PartialDate,
    Person,
    ReleaseRecord,
    Span,
)
from cases.ingest.review import review_reasons
from cases.ingest.sentences import Sentence, split_sentences
from cases.ingest.tables import table_rows

__all__ = ["extract_path", "extract_release"]

# A hearing reported as news is recent: "The one-day public hearing heard on 2 June 2020
# he breached ..." in a story dated 2022-05-27 dates the conduct, not the hearing.
_MAX_HEARING_AGE = datetime.timedelta(days=400)
# Dates that belong to something else in a result sentence: "had he not already resigned
# on 31 December 2023", "suspended since June", "convicted on 4th December 2019",
# "The hearing was adjourned on 3 May 2022".
_NOT_HEARING_DATE = re.compile(
    r"\b(?:resigned|retired|left|quit|joined|since|born|arrested|arrest|suspended|"
    r"convicted|conviction|charged|incident|offence|sentenced|adjourned|postponed|"
    # A summary's publication is not the decision: "held in January but published on
    # Monday".
    r"published|publication|posted|released|"
    # A hearing's first day is not its decision: "with the hearing starting on 13 May".
    r"starting|started|start|began|begins|opened|opening|commenced)\b"
    r"[^.;]{0,25}$"
    # ... and a range's ends: "between 3 May and ...", "from June"; but "dismissed from
    # Durham Constabulary on Tuesday (September 19)" is the dismissal's date.
    r"|\b(?:between|from|until)\s+(?:(?:on|the)\s+)?$"
    r"|\bfrom\b[^.;]{1,30}\b(?:to|and)\s+$",
    re.I,
)
# ... but a hearing's days are no other event's: "a hearing held between 8 and 12 May
# 2023", "from 8 to 12 May 2023", "from October 2 to 5" (its last day is the date).
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s*$", re.I)
_DAY_RANGE = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*\d",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|this morning)\s*\(", re.I)
# First words of a description that are capitalised only because a sentence starts
# there: "A former Leicestershire PCSO" is labelled "a former Leicestershire PCSO".
_DETERMINERS = frozenset(
    "a an the this that another one two three four five six seven eight both".split()
)
_FORUM_ORDER = [
    Proceeding.MISCONDUCT_HEARING,
    Proceeding.MISCONDUCT_MEETING,
    Proceeding.ACCELERATED_HEARING,
]
# The people a group of no stated size is taken for when nothing else in the story
# counts or names anyone: a plural is at least two.
_UNCOUNTED_GROUP = 2
# Characters read: a press release or outcome page is a few thousand; the cap keeps a
# pathological input (a 50 MB dump) to seconds, and the record says it was cut.
_MAX_TEXT = 500_000


def extract_path(path: str | os.PathLike[str]) -> dict:
    """Read, clean and extract one file; return the SCHEMA.md JSON object."""
    from cases.ingest.read import read_document

    document = read_document(path)
    text = clean_text(document.text)
    record = extract_release(text, published=document.published, title=document.title)
    return record.to_schema(file=str(path))


def extract_release(
    text: str, *, published: datetime.date | None = None, title: str = ""
) -> ReleaseRecord:
    """Everything the cleaned `text` says about the results of proceedings."""
    truncated = len(text or "") > _MAX_TEXT
    text = text[:_MAX_TEXT] if text else ""
    sentences = split_sentences(text)
    headline = title.strip() or (sentences[0].text if sentences else "")
    reference = _reference_date(text, published)
    mentions_of_dates = [m for s in sentences for m in find_dates(s.text, s.start)]
    floor = story_floor(mentions_of_dates, reference)
    today = _story_today(text, mentions_of_dates, reference, floor)

    rows = table_rows(text)
    # What each clause says, read once: a second reading of the story (a quoted
    # statement taken as the story, a group taken as two) reuses it.
    analysed: dict[tuple[int, bool, bool, bool], tuple[list, list, list]] = {}

    def analyse(clause, quoted: bool, listed: bool, alleging: bool):
        key = (clause.start, quoted, listed, alleging)
        if key not in analysed:
            findings = read_findings(
                clause.text, clause.start, quoted=quoted, listed=listed
            )
            if alleging:
                findings = [_as_alleged(f) for f in findings if f.kind not in DECIDES]
            analysed[key] = (
                find_mentions(clause.text, clause.start),
                findings,
                _clause_dates(
                    text,
                    clause.start,
                    clause.end,
                    mentions_of_dates,
                    reference,
                    today,
                    floor,
                ),
            )
        return analysed[key]

    def read_people(sentences: list[Sentence], uncounted: int | None = None) -> Tracker:
        tracker = Tracker(uncounted=uncounted)
        tracker.set_text(text)
        row_trackers: dict[int, Tracker] = {}  # a table's row → its own tracker
        alleging = False  # inside a notice's list of what is alleged
        listed = False  # inside a list whose lead-in states a breach
        for index, sentence in enumerate(sentences):
            reader = tracker
            row = rows.get(sentence.line)
            if row is not None:
                if row.first not in row_trackers:
                    # A row is the record of one person, named in it or not.
                    row_trackers[row.first] = Tracker()
                    row_trackers[row.first].set_text(text)
                    row_trackers[row.first].open_record(index)
                reader = row_trackers[row.first]
            alleging = _alleging(sentence.text, alleging)
            listed = _listed(sentence.text, listed) or bool(row and row.of_standards)
            for clause in sentence.clauses():
                mentions, findings, dates = analyse(
                    clause, sentence.quoted, listed, alleging
                )
                reader.process(sentence, clause, mentions, findings, index, dates)
        for row in row_trackers.values():
            tracker.drafts += row.drafts
        return tracker

    tracker = read_people(sentences)
    doubts: list[str] = []
    if not any(d.decided for d in tracker.drafts) and any(s.quoted for s in sentences):
        # A statement published whole ("The Police and Crime Commissioner said: '...
        # all allegations against these five officers have been found not proven'"):
        # with no result outside the quotation marks, the quoted words are the story.
        tracker = read_people([replace(s, quoted=False) for s in sentences])
        if any(d.decided for d in tracker.drafts):
            doubts.append(
                "The results were read from a quoted statement; check they are the "
                "speaker's report of a decision, not an opinion."
            )

    if not any(d.decided for d in tracker.drafts):
        # A group given a result but never counted or named ("South Yorkshire Police
        # officers ... have been sacked", "The officers were dismissed"): a plural is
        # at least two people.
        group = read_people(sentences, uncounted=_UNCOUNTED_GROUP)
        if any(d.decided for d in group.drafts):
            tracker = group
            doubts.append(
                "A group of officers of no stated number was read as two people: "
                "check how many there were."
            )

    if p.HEARING_ANNOUNCED.search(text) and not any(
        draft.person.outcome or draft.person.criminal or _found_level(draft)
        for draft in tracker.drafts
    ):
        # "Three officers are due to face misconduct hearings": what a notice of a
        # hearing to come says of levels and standards is what is alleged, unless a
        # level was found ("was found guilty of gross misconduct; the sanction will
        # be decided when the hearing resumes").
        tracker.drafts = []
    forces = find_forces(text)
    headline_end = sentences[0].end if sentences and not title else 0
    force = main_force(forces, headline_end)
    force_span = _force_span(forces, force, sentences)
    _share_story_levels(tracker)
    people = [
        _settle(draft, force, force_span) for draft in tracker.drafts if draft.decided
    ]
    _share_story_date(tracker.story_dates, people)
    _fill_proceeding(tracker.drafts, people, tracker.story_proceedings)
    for draft in people:
        _drop_stale_evidence(draft.person)
    summary, summary_span = _summary(text, sentences, headline)
    chair, chair_span = _chair(sentences)
    record = ReleaseRecord(
        is_outcome=bool(people),
        force=force,
        title=headline,
        summary=summary,
        people=[draft.person for draft in people],
        chair=chair,
    )
    for key, span in (("summary", summary_span), ("chair", chair_span)):
        if span is not None:
            record.evidence[key] = span
    _stage_dates(record, sentences, mentions_of_dates, reference, today, floor)
    for person_draft in people:
        person_draft.person.allegations = _allegations(
            sentences, person_draft, tracker.drafts, sole=len(people) == 1
        )
    _document_evidence(record, forces, sentences, title_given=bool(title.strip()))
    doubts += [c for draft in people for c in draft.conflicts]
    record.review_reasons = review_reasons(
        record, text, forces, sentences, headline, doubts, mentions_of_dates
    )
    if truncated:
        record.review_reasons.append(
            f"The text is longer than {_MAX_TEXT} characters; only the start was read."
        )
    return record


# --- what is alleged ---------------------------------------------------------------------

# Kinds a list of allegations cannot decide: its levels and results are alleged.
DECIDES = frozenset({"outcome", "criminal", "severity", "case_proven", "breach_found"})


def _alleging(sentence: str, alleging: bool) -> bool:
    """Whether `sentence` stands in a notice's statement of what is alleged: from "The
    conduct of the officer was alleged to be as follows:-" or an "Allegations" heading,
    to the heading of what was found ("Finding", "Determination", "Outcome")."""
    if p.RESULT_HEADING.match(sentence):
        return False
    if p.ALLEGATION_HEADING.match(sentence):
        return True
    return alleging


def _found_level(draft: Draft) -> bool:
    span = draft.person.evidence.get("severity")
    return bool(
        draft.person.severity
        and span is not None
        and p.FOUND_WORD.search(span.quote)
        and not p.HEARING_ANNOUNCED.search(span.quote)
    )


def _listed(sentence: str, listed: bool) -> bool:
    """Whether `sentence` is an item of a list led in by a line that states a breach
    ("found to have breached the following standards:" then "Use of force" on a line
    of its own): the item speaks in its lead-in's context. A list runs while its items
    stay short."""
    if len(sentence.split()) <= _LIST_ITEM_WORDS and listed:
        return True
    return sentence.rstrip().endswith(":") and bool(p.STANDARD_CONTEXT.search(sentence))


_LIST_ITEM_WORDS = 8


def _as_alleged(finding: Finding) -> Finding:
    if finding.kind == "standard":
        return replace(finding, kind="alleged_standard")
    return finding


# --- dates ------------------------------------------------------------------------------


def _reference_date(text: str, published: datetime.date | None) -> datetime.date | None:
    printed = find_published(text)
    candidates = [d for d in (published, printed) if d is not None]
    return max(candidates) if candidates else None


def _story_today(
    text: str,
    mentions: list[DateMention],
    reference: datetime.date | None,
    floor: datetime.date | None,
) -> datetime.date | None:
    """The day a story calls "today" when it names it: "today (Friday, May 26)"."""
    for match in _TODAY.finditer(text):
        for mention in mentions:
            if match.end() <= mention.start <= match.end() + 3 and mention.month:
                value = resolve(mention, reference=reference, floor=floor)
                if value is not None:
                    return value.value
    return None


def _clause_dates(
    text: str,
    start: int,
    end: int,
    mentions: list[DateMention],
    reference: datetime.date | None,
    today: datetime.date | None,
    floor: datetime.date | None,
) -> list[tuple[int, object]]:
    found: list[tuple[int, object]] = []
    for mention in mentions:
        if not start <= mention.start < end:
            continue
        before = text[max(start, mention.start - 40) : mention.start]
        if _NOT_HEARING_DATE.search(before) and not (
            _RANGE_OPENER.search(before) and _DAY_RANGE.match(text, mention.start)
        ):
            continue
        value = resolve(mention, reference=reference, today=today, floor=floor)
        if value is None or value.precision != "day":
            continue
        now = today or reference
        if now is not None and (
            value.value > now or now - value.value > _MAX_HEARING_AGE
        ):
            continue
        found.append((mention.start, value))
    return found


# --- people -----------------------------------------------------------------------------


def _settle(draft: Draft, force: str | None, force_span: Span | None) -> Draft:
    person = draft.person
    # Standards named in allegations count once the allegations are found proven:
    # "found the allegations proven", a level found ("was guilty of gross misconduct")
    # or a sanction for them (SCHEMA.md).
    if draft.case_proven and person.severity is None and draft.case_level:
        person.severity = draft.case_level
    proven = draft.case_proven or (
        person.outcome not in (None, Outcome.NOT_PROVEN) or person.severity
    )
    if proven:
        alleged = [
            standard
            for standard in draft.pending_standards
            if (draft.case_proven or standard not in draft.pending_case_to_answer)
            and standard not in person.standards
        ]
        if alleged:
            person.standards = alleged + person.standards
            if draft.pending_span:
                person.evidence["standards"] = draft.pending_span
    _settle_conflicts(draft)
    if person.outcome == Outcome.NOT_PROVEN and person.severity is None:
        # "Breach: Confidentiality ... Finding: Not proven": the standards alleged,
        # which SCHEMA.md leaves out when none was found breached.
        person.standards = []
    if person.outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED:
        person.former = True
        # "would have been dismissed, had he not resigned": the sentence that says so.
        if "outcome" in person.evidence:
            person.evidence.setdefault("former", person.evidence["outcome"])
    elif person.outcome == Outcome.DISMISSED:
        # "Former PS Smith ... was dismissed without notice": serving when dismissed.
        person.former = False
    else:
        person.former = draft.former_word or draft.left_service
        if draft.former_word and draft.former_span and not draft.left_service:
            person.evidence["former"] = draft.former_span
    if not (person.outcome or person.severity):
        person.proceeding = None
        person.evidence.pop("proceeding", None)
    else:
        best = sorted(
            draft.hearing_dates, key=lambda item: (item[0], item[1].value), reverse=True
        )  # type: ignore[attr-defined]
        if best:
            priority, value, span = best[0]
            person.hearing_date = value.value  # type: ignore[attr-defined]
            person.evidence["hearing_date"] = span
    person.force = force
    if force and force_span:
        person.evidence["force"] = force_span
    if not person.name and not person.label and draft.descriptions:
        person.label, person.evidence["label"] = _description_label(draft)
    return draft


# Ages a record can hold (the model's result_age_plausible).
_AGES = range(16, 101)


def _settle_conflicts(draft: Draft) -> None:
    """Make the person satisfy the archive's rules by construction, and say so where a
    rule had to choose: a level found proven with "not proven" means some allegations
    were proven and others not ("Of 28 allegations, 19 were found proven and nine not
    proven"), so the level stands and the outcome is left for an editor."""
    person = draft.person
    if person.outcome == Outcome.NOT_PROVEN and person.severity:
        person.outcome = None
        draft.conflicts.append(
            "A level was found proven for "
            f"{person.name or person.label or 'an unnamed person'} but some "
            "allegations were not proven; the outcome was left empty."
        )
    if person.age is not None and person.age not in _AGES:
        person.age = None


def _description_label(draft: Draft) -> tuple[str, Span]:
    """How the story refers to someone it never names: the shortest description of
    them alone that gives a rank ("the former PCSO" rather than "A former
    Leicestershire Police Community Support Officer"), else the shortest ("the
    officer"); else one of the group they were counted in ("one of two serving
    officers")."""
    choices = [d for d in draft.descriptions if not d.group] or draft.descriptions
    choices = [d for d in choices if d.has_rank] or choices
    chosen = min(choices, key=lambda d: len(d.wording))
    wording = " ".join(chosen.wording.split())
    first, _, rest = wording.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        wording = f"{first.lower()} {rest}"  # a sentence's capital is not the label's
    if chosen.group:
        wording = f"one of {wording}"
    return wording, chosen.span


def _drop_stale_evidence(person: Person) -> None:
    """Evidence is kept for the values a person has: a rule that later cleared a value
    ("Former PC" dismissed now, a forum with no result) takes its evidence with it."""
    for field_name in list(person.evidence):
        if getattr(person, field_name, None) in (None, False, "", []):
            del person.evidence[field_name]


def _share_story_levels(tracker: Tracker) -> None:
    """Levels stated while nobody was in view. One level of case to answer is the
    level of every case later "found proven" ("had a case to answer for misconduct";
    "after the cases were proven, the officers received management advice"). In a
    story about one person, the level found is theirs ("The result was that of gross
    misconduct", before "the officer will receive a final written warning")."""
    decided = [d for d in tracker.drafts if d.decided]
    if len(set(tracker.story_case_levels)) == 1:
        for draft in decided:
            if draft.case_proven and not draft.case_level:
                draft.case_level = tracker.story_case_levels[0]
    if len(decided) == 1 and tracker.story_severities:
        person = decided[0].person
        if person.severity is None and person.outcome != Outcome.NOT_PROVEN:
            person.severity, person.evidence["severity"] = tracker.story_severities[-1]
    # People found to have breached the standards with no level of their own take the
    # story's one level found ("Police officers ... have been found guilty of gross
    # misconduct" then "the panel said PC X, Insp Y and former officer Z had breached
    # the standards").
    levels = {level for level, _ in tracker.story_severities}
    if len(levels) == 1:
        level, span = tracker.story_severities[0]
        for draft in tracker.drafts:
            if draft.breached and not draft.decided and not draft.case_level:
                draft.person.severity, draft.person.evidence["severity"] = level, span


def _share_story_date(story_dates: list, people: list[Draft]) -> None:
    """One hearing date stated before anyone is named, or by a forum that opens a
    result sentence ("At a misconduct hearing which concluded on Thursday 5 March 2020,
    a legally qualified chair found the allegations proven."), applies to everyone
    decided at it, when it is the only such date."""
    values = {value.value for _, value, _ in story_dates}
    if len(values) != 1:
        return
    _, value, span = story_dates[0]
    for draft in people:
        person = draft.person
        if person.hearing_date is None and (person.outcome or person.severity):
            person.hearing_date = value.value
            person.evidence["hearing_date"] = span


def _fill_proceeding(drafts: list[Draft], people: list[Draft], story: list) -> None:
    """A story about one hearing names it once ("following a gross misconduct hearing");
    everyone decided there shares it, unless the story names forums person by person."""
    if story:
        value = max((v for v, _ in story), key=lambda v: _FORUM_ORDER.index(v))
        span = next(s for v, s in story if v == value)
        for draft in people:
            person = draft.person
            if person.proceeding is None and (person.outcome or person.severity):
                person.proceeding = value
                person.evidence["proceeding"] = span
    # One forum named person by person is everyone's ("was dismissed at a gross
    # misconduct hearing ... Three other officers received written warnings"); forums
    # that differ leave each person's own.
    named = [d for d in drafts if d.explicit_proceeding and d.person.proceeding]
    if not people or not named or len({d.person.proceeding for d in named}) > 1:
        return
    value = named[0].person.proceeding
    span = next(
        (
            d.person.evidence.get("proceeding")
            for d in named
            if d.person.evidence.get("proceeding")
        ),
        None,
    )
    for draft in people:
        if (
            (draft.person.outcome or draft.person.severity)
            and not draft.person.proceeding
            and _forum_can_decide(value, draft.person.outcome)
        ):
            draft.person.proceeding = value
            if span:
                draft.person.evidence["proceeding"] = span


# A misconduct meeting decides misconduct only: it can impose no more than a final
# written warning, so it is not the forum of a dismissal or a demotion.
_BEYOND_A_MEETING = {
    Outcome.DISMISSED,
    Outcome.WOULD_HAVE_BEEN_DISMISSED,
    Outcome.REDUCTION_IN_RANK,
}


def _forum_can_decide(forum: str, outcome: str | None) -> bool:
    return not (forum == Proceeding.MISCONDUCT_MEETING and outcome in _BEYOND_A_MEETING)


def _allegations(
    sentences: list[Sentence], draft: Draft, everyone: list[Draft], sole: bool
) -> list[Allegation]:
    """Sentences that state what this person was accused of, with the standards they
    name, whether they were found proven, and any period given. A sentence belongs to
    the person when one of its clauses is about them, or, in a story about one person,
    when it is about nobody else (a force notice's "Allegation 1: That on ...")."""
    found: list[Allegation] = []
    for sentence in sentences:
        if sentence.quoted or not p.ALLEGATION.search(sentence.text):
            continue
        if not _about(sentence, draft) and (
            not sole
            or any(_about(sentence, other) for other in everyone if other is not draft)
        ):
            continue
        allegation = Allegation(text=sentence.text, evidence=sentence.span)
        # "integrity" alone names a standard only where the sentence speaks of
        # breaches: "The allegations of integrity breaches were found not proven".
        context = bool(p.STANDARD_CONTEXT.search(sentence.text))
        for pattern, standard, weak in p.STANDARD_PATTERNS:
            if (
                (context or not weak)
                and pattern.search(sentence.text)
                and standard not in allegation.standards
            ):
                allegation.standards.append(standard)
        if p.NOT_PROVEN.search(sentence.text):
            allegation.proven = False
        elif p.ALLEGATION_PROVEN.search(sentence.text):
            allegation.proven = True
        period = p.PERIOD.search(sentence.text)
        if period:
            allegation.period_start, allegation.period_end = _period(period)
        found.append(allegation)
    return found


def _about(sentence: Sentence, draft: Draft) -> bool:
    return any(sentence.start <= s < sentence.end for s, _ in draft.clauses)


def _period(match: re.Match[str]) -> tuple[PartialDate | None, PartialDate | None]:
    """ "between November 2018 and August 2019", "between January and July 2019". A
    start month after the end month with one year ("between November and March 2019")
    leaves the start's year to the reader: not filled."""
    from cases.ingest.dates import MONTHS

    m1, m2 = MONTHS.get(match["m1"].lower()), MONTHS.get(match["m2"].lower())
    if not m1 or not m2:
        return None, None
    y2 = int(match["y2"])
    end = PartialDate(datetime.date(y2, m2, 1), "month")
    if match["y1"]:
        return PartialDate(datetime.date(int(match["y1"]), m1, 1), "month"), end
    if m1 > m2:
        return None, end
    return PartialDate(datetime.date(y2, m1, 1), "month"), end


# --- document fields ----------------------------------------------------------------------


def _stage_dates(
    record: ReleaseRecord,
    sentences: list[Sentence],
    mentions: list[DateMention],
    reference: datetime.date | None,
    today: datetime.date | None,
    floor: datetime.date | None,
) -> None:
    """The matter's stage dates, each with its sentence in `record.evidence` under the
    Case field it fills. The hearing's date is its last day, from the forum's own
    wording or the days people's results were decided on; the outcome's is the latest
    day a result was decided on, else (for a document reporting results) the
    hearing's last day, to the precision the text gives it."""
    stages = read_stage_dates(
        sentences,
        mentions,
        lambda mention: resolve(mention, reference=reference, today=today, floor=floor),
        today or reference,
    )
    dates = record.dates
    for index, found in enumerate(stages["referred_on"]):
        dates.referrals.append(found.value)
        key = "referred_on" if index == 0 else f"referred_on_{index + 1}"
        record.evidence[key] = found.span
    if stages["investigation_concluded_on"]:
        found = stages["investigation_concluded_on"][0]
        dates.investigation_concluded = found.value
        record.evidence["investigation_concluded_on"] = found.span
    decided = [
        StageDate(
            PartialDate(person.hearing_date, "day"), person.evidence["hearing_date"]
        )
        for person in record.people
        if person.hearing_date and "hearing_date" in person.evidence
    ]
    held = stages["hearing_on"] + decided
    if held:
        last = max(held, key=lambda f: (f.value.value, f.value.precision == "day"))
        dates.hearing = last.value
        record.evidence["hearing_on"] = last.span
    if decided:
        last = max(decided, key=lambda f: f.value.value)
        dates.outcome = last.value
        record.evidence["outcome_on"] = last.span
    elif record.is_outcome and dates.hearing:
        dates.outcome = dates.hearing
        record.evidence["outcome_on"] = record.evidence["hearing_on"]


def _summary(
    text: str, sentences: list[Sentence], headline: str
) -> tuple[str, Span | None]:
    """The story's opening paragraph(s), after the headline and any dateline, and the
    stretch of text they were read from."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.line, []).append(sentence)
    chosen: list[str] = []
    start = end = 0
    for lines in paragraphs.values():
        paragraph = " ".join(s.text for s in lines)
        if paragraph == headline or len(paragraph) < 60 or find_published(paragraph):
            continue
        if not chosen:
            start = lines[0].start
        chosen.append(paragraph)
        end = lines[-1].end
        if sum(len(c) for c in chosen) > 300 or len(chosen) == 2:
            break
    if not chosen:
        return "", None
    return "\n\n".join(chosen), Span(start, end, text[start:end])


def _chair(sentences: list[Sentence]) -> tuple[str, Span | None]:
    """Who chaired the proceedings, as the story words it, and the sentence: the first
    of "chaired by X" (of a hearing or panel, not "an investigation conducted by"), "X
    chaired the hearing", "the chair of the panel, X," or "a legally qualified chair"."""
    found: list[tuple[int, str, Span]] = []
    for sentence in sentences:
        if sentence.quoted:
            continue
        text = sentence.text
        for match in p.CHAIRED_BY.finditer(text):
            forums = list(p.CHAIR_FORUM.finditer(text, 0, match.start()))
            if forums and forums[-1]["forum"]:
                wording = _chair_wording(text[match.end() : match.end() + 150])
                if wording:
                    found.append((match.start(), wording, sentence.span))
        for match in p.CHAIRED_THE.finditer(text):
            before = text[: match.start()]
            cut = max(before.rfind(mark) for mark in ',;:("')
            wording = before[cut + 1 :].strip(" '")
            if len(wording.split()) <= 8 and p.CHAIR_HEAD.search(wording):
                found.append((cut + 1, wording, sentence.span))
        for match in p.CHAIR_OF.finditer(text):
            wording = match["chair"].strip(" '")
            if p.CHAIR_HEAD.search(wording):
                found.append((match.start("chair"), wording, sentence.span))
        for match in p.CHAIR_LQC.finditer(text):
            found.append((match.start(), match.group(0), sentence.span))
        if found:
            break
    if not found:
        return "", None
    _, wording, span = min(found, key=lambda item: (item[0], -len(item[1])))
    first, _, rest = wording.partition(" ")
    if first in ("A", "An", "The") and rest:
        wording = f"{first.lower()} {rest}"
    return wording, span


def _chair_wording(tail: str) -> str:
    """The chair's wording at the start of `tail`: up to where the phrase ends, and past
    a comma or "and" until it names someone ("an independent, legally qualified Chair",
    not "an independent")."""
    end = p.CHAIR_END.search(tail)
    if end:
        tail = tail[: end.start()]
    for soft in p.CHAIR_SOFT_END.finditer(tail):
        piece = tail[: soft.start()]
        if p.CHAIR_HEAD.search(piece):
            return piece.strip(" ,'")
    tail = tail.strip(" ,'")
    return tail if p.CHAIR_HEAD.search(tail) and len(tail) <= 100 else ""


def _document_evidence(
    record: ReleaseRecord, forces: list, sentences: list[Sentence], *, title_given: bool
) -> None:
    force_span = _force_span(forces, record.force, sentences)
    if force_span is not None:
        record.evidence["force"] = force_span
    if record.people:
        for field_name in ("outcome", "criminal", "severity"):
            span = record.people[0].evidence.get(field_name)
            if span:
                record.evidence["is_outcome"] = span
                break
    if not title_given and sentences:
        record.evidence["title"] = sentences[0].span  # the headline is the first line
    elif record.title:
        record.evidence["title"] = _title_span(sentences, record.title)


def _title_span(sentences: list[Sentence], title: str) -> Span:
    """The sentence that repeats a title given from the page's metadata. A title the
    text does not repeat (a `<title>` with the site's name) is quoted at a zero-width
    span: it was read, but not from the text."""
    wanted = " ".join(title.split()).lower()
    for part in (wanted, *re.split(r"\s+[|\u2013-]\s+", wanted)[:1]):
        for sentence in sentences[:40]:
            said = " ".join(sentence.text.split()).lower()
            if said == part or (len(part) >= 20 and part in said):
                return sentence.span
    return Span(0, 0, title)


def _force_span(
    forces: list, force: str | None, sentences: list[Sentence]
) -> Span | None:
    """The sentence that first names the document's force."""
    first = next((m for m in forces if m.name == force), None) if force else None
    return _sentence_span(sentences, first.start) if first is not None else None


def _sentence_span(sentences: list[Sentence], position: int) -> Span:
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return sentence.span
    return Span(position, position, "")
