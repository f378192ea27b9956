"""Extract stage: cleaned text in, a `ReleaseRecord` out (corpus/SCHEMA.md).

`extract_release` reads a story sentence by sentence, a table's rows each on their own
(tables.py): people (mentions/), what happened (findings.py), who it happened to
(people/), dates (dates.py) and forces (force_names.py); then it settles each
person's fields (settle.py) and reads the document's force, stage dates, title, summary
and chair (story.py), with the sentence behind every value as evidence.
Where a rule is unsure it says so in `review_reasons` instead of guessing.

What it must not do: touch the ORM, settings or the network, or raise on any text.
`extract_path` is the convenience used by `manage.py extract`: read, clean, extract.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import replace

from cases.ingest import patterns as p
from cases.ingest import settle, story
from cases.ingest.clean import clean_text
from cases.ingest.dates import (
    DateMention,
    find_dates,
    find_published,
    resolve,
    story_floor,
)
from cases.ingest.findings import (
    Finding,
    only_alleged,
    read_findings,
    states_an_allegation,
)
from cases.ingest.force_names import find_forces, main_force
from cases.ingest.gates import gate_patterns
from cases.ingest.mentions import find_mentions
from cases.ingest.people import Draft, Tracker
from cases.ingest.records import ReleaseRecord
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
    # A court's day is not the forum's: "after a trial at Hove Magistrates' Court on
    # May 15".
    r"trial|court|magistrates|"
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
# ... and the end of a range a forum sat over is its last day: "a hearing which ran
# from Monday 24 February to Wednesday 26 February".
_FORUM_RANGE_END = re.compile(
    r"\b(?:hearing|meeting|panel|tribunal)s?(?:\s+(?:which|that))?(?:\s+(?:was|were|had))?"
    r"(?:\s+(?:ran|run|sat|held|heard|took place|lasted|running|sitting))?"
    r"\s+(?:from|between)\b"
    r"[^.;]{1,45}?\b(?:to|and|until)\s+$",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|this morning)\s*\(", re.I)
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
    analysed: dict[tuple[int, bool, bool, bool, bool], tuple[list, list, list]] = {}

    def analyse(clause, quoted: bool, listed: bool, alleging: bool, alleged: bool):
        key = (clause.start, quoted, listed, alleging, alleged)
        if key not in analysed:
            findings = read_findings(
                clause.text, clause.start, quoted=quoted, listed=listed
            )
            if alleging:
                findings = [_as_alleged(f) for f in findings if f.kind not in DECIDES]
            elif alleged:
                findings = [_as_alleged(f) for f in findings]
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
                    row_trackers[row.first] = tracker.record_of_one(index)
                reader = row_trackers[row.first]
            alleging = _alleging(sentence.text, alleging)
            listed = _listed(sentence.text, listed) or bool(row and row.of_standards)
            # A sentence stating an allegation makes every clause's standards alleged:
            # "faced allegations that he breached the standards, namely:
            # confidentiality; orders and instructions".
            alleged = states_an_allegation(sentence.text)
            clauses = sentence.clauses()
            # A list cut at semicolons speaks in its lead-in's standing: "We found a
            # case to answer for breaches relating to honesty and integrity;
            # confidentiality; and orders and instructions."
            lead_alleged = len(clauses) > 1 and only_alleged(clauses[0].text)
            # ... and in its lead-in's context: "Standards breached: Authority,
            # respect and courtesy; Use of force".
            lead_breach = len(clauses) > 1 and _semicolon_list(sentence.text)
            for number, clause in enumerate(clauses):
                mentions, findings, dates = analyse(
                    clause,
                    sentence.quoted,
                    listed or (number > 0 and lead_breach),
                    alleging,
                    alleged or (number > 0 and lead_alleged),
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
    force_span = story.force_span(forces, force, sentences)
    settle.share_story_levels(tracker)
    people = [
        settle.settle(draft, force, force_span)
        for draft in tracker.drafts
        if draft.decided
    ]
    settle.share_story_date(tracker.story_dates, people)
    settle.fill_proceeding(tracker.drafts, people, tracker.story_proceedings)
    settle.name_the_only_forum(people, text)
    settle.complete_surnames(people, text, sentences)
    for draft in people:
        settle.drop_stale_evidence(draft.person)
    summary, summary_span = story.summary(text, sentences, headline)
    chair, chair_span = story.chair(sentences)
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
    story.stage_dates(record, sentences, mentions_of_dates, reference, today, floor)
    for person_draft in people:
        person_draft.person.allegations = settle.allegations(
            sentences, person_draft, tracker.drafts, sole=len(people) == 1
        )
    story.document_evidence(record, forces, sentences, title_given=bool(title.strip()))
    doubts += [c for draft in people for c in draft.conflicts]
    record.review_reasons = review_reasons(
        record, text, forces, sentences, headline, doubts
    )
    if truncated:
        record.review_reasons.append(
            f"The text is longer than {_MAX_TEXT} characters; only the start was read."
        )
    return record


# --- what is alleged ---------------------------------------------------------------------

# Kinds a list of allegations cannot decide: its levels and results are alleged.
DECIDES = frozenset({"outcome", "criminal", "severity", "case_proven", "breach_found"})


def _semicolon_list(sentence: str) -> bool:
    """Whether `sentence` is a list cut at semicolons whose lead-in states a breach."""
    lead, semicolon, _ = sentence.partition(";")
    return bool(semicolon) and bool(p.STANDARD_CONTEXT.search(lead))


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
        if (
            _NOT_HEARING_DATE.search(before)
            and not (
                _RANGE_OPENER.search(before) and _DAY_RANGE.match(text, mention.start)
            )
            and not _FORUM_RANGE_END.search(
                text, max(start, mention.start - 100), mention.start
            )
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


gate_patterns()  # every pattern of the modules above skips texts lacking its words
