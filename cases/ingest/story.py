"""Story stage: the document's own fields, each with the sentence it was read from.

The stage dates of the matter (referral, investigation's end, hearing), the summary and
the chair, and the evidence behind the document's title and force. Pure.
"""

from __future__ import annotations

import datetime
import re

from cases.ingest import patterns as p
from cases.ingest.dates import (
    DateMention,
    StageDate,
    find_published,
    read_stage_dates,
    resolve,
)
from cases.ingest.records import PartialDate, ReleaseRecord, Span
from cases.ingest.sentences import Sentence

__all__ = ["chair", "document_evidence", "force_span", "stage_dates", "summary"]


def stage_dates(
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


def summary(
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


def chair(sentences: list[Sentence]) -> tuple[str, Span | None]:
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


def document_evidence(
    record: ReleaseRecord, forces: list, sentences: list[Sentence], *, title_given: bool
) -> None:
    span_of_force = force_span(forces, record.force, sentences)
    if span_of_force is not None:
        record.evidence["force"] = span_of_force
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


def force_span(
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
