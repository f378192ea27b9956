"""The Tracker: its state, and the reading of one clause (`process`).

What each step does lives in the mixins it is made of (see the package's
docstring); this module holds the order they run in.
"""

from __future__ import annotations

import re

from cases.choices import Outcome
from cases.ingest import patterns as p
from cases.ingest.findings import DECIDING_KINDS, Finding
from cases.ingest.mentions import Mention
from cases.ingest.people.apply import Applying
from cases.ingest.people.descriptions import DescriptionResolution
from cases.ingest.people.drafts import Description, Draft
from cases.ingest.people.hearing_dates import SAME_FORUM, HearingDates
from cases.ingest.people.resolve import Resolution
from cases.ingest.people.targets import Targeting
from cases.ingest.records import Span
from cases.ingest.sentences import Clause, Sentence

# "Those who were dismissed included a police sergeant who ..." opens a list whose items
# share the result; "Those who would have been dismissed ... included two PCs ...".
_LIST_INTRO = re.compile(
    r"\bthose (?:who|that) (?:were|had been|would have been|received|got)\b.*?\bincluded?\b",
    re.I,
)
# "Three other officers received written warnings, two of them final".
_OF_THEM_FINAL = re.compile(
    r"\b(?P<n>one|two|three|four|five|\d) of (?:them|whom) (?:were |was )?final\b", re.I
)


# "Sgt Wills, who was a constable when he sent the texts": what a named
# person was then, said in a relative clause right after the name.
_WHO_WAS = re.compile(r"\s*,\s*who (?:was|had been) (?:\w+ )?an? ", re.I)


def _appositive_description(text: str, before: Mention, mention: Mention) -> bool:
    """ "The officer, a chief inspector, had ...", "PC Ann Lee, a detective, was ...":
    a single indefinite description set off by commas right after a mention is the
    same person described again."""
    if mention.rank_at_the_time and _WHO_WAS.fullmatch(text, before.end, mention.start):
        return True  # "Sgt Wills, who was a police constable when ...": the same man
    return (
        mention.kind == "description"
        and not mention.definite
        and mention.count == 1
        and text[before.end : mention.start].strip() == ","
        and text[mention.end : mention.end + 1] == ","
    )


# What joins two mentions of one person: "The officer, referred to only as Officer D",
# "a constable, named as PC Ray Hill,", "the sergeant, known as Officer B".
_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:who (?:is|was|has been) )?(?:referred to|known|named|identified|"
    r"described|anonymised|designated)(?: only| publicly| in the hearing)? as)\s*",
    re.IGNORECASE,
)


class Tracker(Resolution, DescriptionResolution, Targeting, Applying, HearingDates):
    """Follows people through a story and collects what is found about each."""

    def __init__(self, *, uncounted: int | None = None) -> None:
        # How many people a group of no stated size stands for ("The officers were
        # dismissed"): none on a first reading, where the story may count them later.
        self.uncounted = uncounted
        self.drafts: list[Draft] = []
        self.focus: list[Draft] = []
        self.context_outcome: Outcome | None = None
        self.story_dates: list[tuple[int, object, Span]] = []
        self.story_proceedings: list[tuple[str, Span]] = []
        # Levels of a case to answer and levels found that no person was in view for:
        # "Cleveland Police ... agreed the officer had a case to answer for misconduct"
        # before anyone's result is read.
        self.story_case_levels: list[str] = []
        self.story_severities: list[tuple[str, Span]] = []
        self.pending_group: Mention | None = None
        # The group "one of the officers" last took a member of ("... while the other").
        self.partitive_group: list[Draft] = []
        # A document that reports figures (patterns.STATISTICS): counted groups in it
        # are tallies.
        self.statistical = False
        # The sentence being read: the evidence for what its mentions say.
        self._span = Span(0, 0, "")
        self._previous_sentence_start = 0
        self._clause_start = 0
        # The dates of the forum last named with a date: "At the same hearing, PS
        # Kerry Blake was handed a final written warning".
        self._forum_dates: list[tuple[int, object, Span]] = []

    def record_of_one(self, sentence_index: int) -> Tracker:
        """A tracker for what follows (a table's row) as the record of one person,
        named in it or not: one anonymous person in view, and this story's text and
        what was read from it as a whole."""
        record = Tracker()
        record._text, record.statistical = self._text, self.statistical
        record.focus = [record._new(None, sentence_index)]
        return record

    def set_text(self, text: str) -> None:
        self._text = text
        self.statistical = bool(p.STATISTICS.search(text))

    # --- one clause -------------------------------------------------------------------

    def process(
        self,
        sentence: Sentence,
        clause: Clause,
        mentions: list[Mention],
        findings: list[Finding],
        sentence_index: int,
        dates: list[tuple[int, object]],
    ) -> None:
        text = clause.text
        quoted = sentence.quoted
        if sentence.span.start != self._span.start:
            self._previous_sentence_start = self._span.start
        self._span = sentence.span
        self._clause_start = clause.start
        # A clause that decides something of its people: a result, or a bar from
        # policing stated with a breach ("banned from serving after breaching
        # honesty and integrity standards").
        kinds = {f.kind for f in findings}
        deciding = (
            bool(kinds & DECIDING_KINDS)
            or bool(p.BREACH_FOUND.search(text))
            or ("barred" in kinds and "standard" in kinds)
        )
        outcome = next((f.value for f in findings if f.kind == "outcome"), None)
        civilians = [
            (clause.start + m.start(), clause.start + m.end())
            for m in p.CIVILIAN.finditer(text)
        ]
        resolved: list[tuple[Mention, list[Draft]]] = []
        for mention in mentions:
            if any(s <= mention.start < e for s, e in civilians):
                continue
            if (
                resolved
                and len(resolved[-1][1]) == 1
                and (
                    _APPOSITION.fullmatch(
                        self._text[resolved[-1][0].end : mention.start]
                    )
                    or _appositive_description(self._text, resolved[-1][0], mention)
                )
            ):
                # "The officer, referred to only as Officer D, ...": one person.
                self._describe(resolved[-1][1][0], mention)
                resolved.append((mention, resolved[-1][1]))
                continue
            subject = next(
                (ds for m, ds in reversed(resolved) if m.kind != "pronoun"), None
            )
            if (
                mention.kind == "pronoun"
                and not mention.plural
                and subject is not None
                and len(subject) == 1
                and self._compatible(subject[0], mention)
            ):
                # "Mitchell resigned ... but was told he would have been dismissed":
                # the pronoun is the subject just named, not the story's last focus.
                self._describe(subject[0], mention)
                resolved.append((mention, subject))
                continue
            if mention.kind == "pronoun" and mention.plural:
                # "He faced proceedings, along with another officer, ... but each was
                # cleared": everyone the clause has named so far, when several.
                named = list(
                    {
                        id(d): d for m, ds in resolved if not m.plural for d in ds
                    }.values()
                )
                if len(named) > 1:
                    resolved.append((mention, named))
                    continue
            drafts = self._resolve(
                mention,
                sentence_index=sentence_index,
                quoted=quoted,
                outcome=outcome,
                deciding=deciding,
                clause=text,
            )
            if drafts:
                resolved.append((mention, drafts))
        fresh_counted = [
            d
            for d in self.drafts
            if d.created == sentence_index
            and d.from_count
            and not d.decided
            and not d.clauses
        ]
        created_here = [
            d for d in self.drafts if d.created == sentence_index and not d.decided
        ]
        list_intro = _LIST_INTRO.search(text)
        span = sentence.span
        targets_of_last: list[Draft] = []
        targets_of_all: list[Draft] = []
        explicit_outcome_for: set[int] = set()
        orphan_forums: list[Finding] = []
        forum = self._leading_forum(clause, findings, resolved, quoted, bool(dates))
        if forum is not None:
            self.story_proceedings.append((forum.value, span))
        for finding in findings:
            if list_intro and finding.start < clause.start + list_intro.end():
                after = [
                    d
                    for m, ds in resolved
                    if m.start >= clause.start + list_intro.end()
                    for d in ds
                ]
                if finding.kind == "outcome":
                    self.context_outcome = finding.value  # type: ignore[assignment]
                targets = after
            else:
                targets = self._targets(
                    finding, resolved, civilians, quoted, sentence_index, text
                )
            if not targets and finding.kind == "proceeding" and not quoted:
                # "High profile misconduct hearing reaches conclusion": the forum of the
                # whole story, before anyone is introduced.
                self.story_proceedings.append((finding.value, span))
                orphan_forums.append(finding)
            if not targets and not quoted:
                if finding.kind == "case_level":
                    self.story_case_levels.append(finding.value)
                elif finding.kind == "severity":
                    self.story_severities.append((finding.value, span))
            targets_of_all.extend(targets)
            for draft in targets:
                self._apply(draft, finding, span, text)
                if finding.kind == "outcome":
                    explicit_outcome_for.add(id(draft))
            if targets and finding.kind in DECIDING_KINDS:
                targets_of_last = targets
        if SAME_FORUM.search(text) and not quoted:
            # "A third officer ... was given a final written warning at the same
            # hearing": those decided before were decided there too.
            same = next((f for f in findings if f.kind == "proceeding"), None)
            for draft in self.drafts if same is not None else []:
                if draft.decided and draft.person.proceeding is None:
                    self._apply(draft, same, span, text)
        # "An accelerated misconduct hearing ... found that a former police officer
        # would have been dismissed": the forum named before the person it decided.
        for finding in orphan_forums:
            for draft in targets_of_last:
                self._apply(draft, finding, span, text)
        # Counted people no finding of this clause concerns were mentioned in passing
        # ("Worker is sacked and two other staff members leave"): forget them.
        touched = {id(d) for d in targets_of_all}
        # (A group one of whom was taken apart keeps the rest for "the other".)
        kept = {id(d) for d in self.partitive_group}
        for draft in fresh_counted:
            if id(draft) not in touched and not draft.claimed and id(draft) not in kept:
                self.drafts.remove(draft)
                resolved = [
                    (m, [d for d in ds if d is not draft]) for m, ds in resolved
                ]
                resolved = [(m, ds) for m, ds in resolved if ds]
                self.focus = [d for d in self.focus if d is not draft]
        # "two of them final"
        final = _OF_THEM_FINAL.search(text)
        if final and targets_of_last:
            for draft in targets_of_last[: p.number_of(final["n"])]:
                draft.person.outcome = Outcome.FINAL_WRITTEN_WARNING
                draft.person.evidence["outcome"] = span
        # List context: items without their own result share the list's.
        if (
            self.context_outcome
            and not list_intro
            and any(f.kind == "outcome" for f in findings)
            and created_here
            and all(id(d) in explicit_outcome_for for d in created_here)
        ):
            self.context_outcome = None
        if self.context_outcome:
            for draft in created_here:
                if (
                    draft.person.outcome is None
                    and id(draft) not in explicit_outcome_for
                ):
                    draft.person.outcome = self.context_outcome
                    draft.person.evidence["outcome"] = span
        if not quoted:
            for mention, drafts in resolved:
                if mention.kind != "description" or mention.text.lower() in (
                    "one",
                    "another",
                ):
                    continue
                group = mention.plural or len(drafts) > 1
                for draft in drafts:
                    draft.descriptions.append(
                        Description(mention.text, mention.rank is not None, group, span)
                    )
        # Dates stated in a clause that decides or names the forum.
        for draft in {id(d): d for _, ds in resolved for d in ds}.values():
            draft.clauses.append((clause.start, clause.end))
        if not quoted:
            if targets_of_last:
                self.focus = targets_of_last
            elif resolved:
                named = {
                    id(d): d for m, ds in resolved if m.kind != "pronoun" for d in ds
                }
                if named:
                    self.focus = list(named.values())
        self._collect_dates(
            findings, resolved, dates, span, text, shared=forum is not None
        )
