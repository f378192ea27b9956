"""What an editor should check: the reasons a document's extraction may be wrong.

`review_reasons` turns what the extractor met but could not settle into short reasons,
printed by `manage.py extract` (`review`) and shown in the review queue. Each reason
names a construction that is known to go wrong, not a document: several people in one
story (who got what), a finding with no sanction, a court verdict beside a
disciplinary result, a count that does not match the people read, a result no one was
found for, wording the vocabulary does not know. A reason stays only while it predicts
errors: a year fixed by its weekday was flagged once, but such dates proved right in
all but 2 of 21 documents of the development corpora, so it no longer is.
Pure: no ORM, no settings.
"""

from __future__ import annotations

import re

from cases.ingest import patterns as p
from cases.ingest.findings import read_findings
from cases.ingest.records import Person, ReleaseRecord
from cases.ingest.sentences import Sentence

__all__ = ["review_reasons"]

_OUTCOME_HEADLINE = re.compile(
    r"\b(?:dismissed|sacked|fired|barred|demoted|warning|jailed|convicted|guilty|"
    r"would have been|misconduct (?:proven|found))\b",
    re.I,
)
_UNKNOWN_SANCTION = re.compile(
    # "fined" by a court is a conviction (fields/criminal.py), not a sanction.
    r"\b(?:reprimand(?:ed)?|suspended without pay|fined(?![^.;]{0,60}\b(?:magistrates|court)\b)|required to resign|"
    r"compulsory retirement|improvement notice|words of advice)\b",
    re.I,
)
# "Two officers were dismissed": the number a story gives for the people it reports.
_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|\d)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officers|constables|PCs|sergeants|staff|employees|detectives)\b"
    r"(?=[^.;]{0,60}\b(?:dismissed|sacked|warnings?|guilty|proven|cleared|jailed|"
    r"convicted|acquitted|would have been)\b)",
    re.I,
)
# Unknown wordings listed one by one before the review note only counts them.
_MAX_REPORTED = 5


def review_reasons(
    record: ReleaseRecord,
    text: str,
    forces: list,
    sentences: list[Sentence],
    headline: str,
    doubts: list[str],
) -> list[str]:
    """The reasons an editor should check `record`; empty when the extractor is sure.
    `doubts` are what extraction settled by choice (results read from a quoted
    statement, a rule conflict)."""
    reasons = _no_result_reasons(record, sentences, headline)
    names = {m.name for m in forces}
    if len(names) > 1:
        reasons.append("Several forces are named: " + ", ".join(sorted(names)) + ".")
    reasons += _wording_reasons(text, sentences)
    if record.is_outcome:
        reasons += _people_reasons(record.people, text)
        reasons += doubts
    if text and not sentences:
        reasons.append("No sentences could be read from the text.")
    return reasons


def _no_result_reasons(
    record: ReleaseRecord, sentences: list[Sentence], headline: str
) -> list[str]:
    if record.is_outcome:
        return []
    if _OUTCOME_HEADLINE.search(headline):
        return [
            "The headline reads like an outcome but no result was found for anyone."
        ]
    like = next(
        (s for s in sentences if not s.quoted and p.OUTCOME_LIKE.search(s.text)), None
    )
    if like is None:
        return []
    return [
        "The text reads like a decided case but no result was found for anyone: "
        f"{like.text[:120]!r}."
    ]


def _wording_reasons(text: str, sentences: list[Sentence]) -> list[str]:
    reasons: list[str] = []
    unknown = _UNKNOWN_SANCTION.search(text)
    if unknown:
        reasons.append(
            f"Sanction wording the vocabulary does not know: {unknown.group(0)!r}; "
            "not mapped."
        )
    unmapped: list[str] = []
    for sentence in sentences:
        for stated in p.SANCTION_STATED.finditer(sentence.text):
            wording = stated["wording"].strip(" '\"")
            known = read_findings(wording, 0) or p.CASE_PROVEN.search(wording)
            if known or (unknown and unknown.group(0) in wording):
                continue
            if wording not in unmapped:
                unmapped.append(wording)
    for wording in unmapped[:_MAX_REPORTED]:
        reasons.append(
            f"Outcome wording the vocabulary does not know: {wording!r}; not mapped."
        )
    if len(unmapped) > _MAX_REPORTED:
        reasons.append(f"... and {len(unmapped) - _MAX_REPORTED} more such wordings.")
    return reasons


def _people_reasons(people: list[Person], text: str) -> list[str]:
    reasons: list[str] = []
    if len(people) > 1:
        reasons.append(
            f"{len(people)} people's results in one document: check who got what."
        )
    for person in people:
        label = person.name or person.label or "an unnamed person"
        if person.outcome is None and person.severity and not person.criminal:
            reasons.append(f"A finding but no sanction was read for {label}.")
        if person.criminal and person.outcome:
            reasons.append(
                f"A court verdict and a disciplinary result for {label}: check which "
                "is which."
            )
    counted = max((p.number_of(m["n"]) for m in _COUNTED.finditer(text)), default=0)
    if counted > len(people):
        reasons.append(
            f"The text counts {counted} people with results but "
            f"{len(people)} {'was' if len(people) == 1 else 'were'} read."
        )
    return reasons
