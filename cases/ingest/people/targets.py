"""Which of a clause's people each finding is about: the person an active verb
names after it, the nearest police mention before it with those joined to it by
"and", else the focus; and the forum a result sentence opens with."""

from __future__ import annotations

import re

from cases.ingest import patterns as p
from cases.ingest.findings import DECIDING_KINDS, Finding
from cases.ingest.mentions import Mention
from cases.ingest.people.drafts import Draft
from cases.ingest.sentences import Clause

# The words before a forum that opens a clause: "Following a three-day gross
# misconduct hearing, ...", "At the end of a misconduct hearing, ...", "At the
# hearing on 14 October 2022, ...", "A misconduct hearing which concluded on ...
# found"; not "A summary of Mr Cook's misconduct hearing".
_OPENING_WORDS = (
    r"\s*(?:(?:at|following|after|during|in)\s+"
    r"(?:the\s+(?:end|conclusion|close)\s+of\s+)?)?"
)
_FORUM_OPENING = re.compile(
    _OPENING_WORDS + r"(?:(?:an?|the|this|that)\s+(?:(?!of\b)[\w-]+\s+){0,3})?",
    re.I,
)
_DEFINITE_OPENING = re.compile(
    _OPENING_WORDS + r"(?:the|this|that)\b(?!\s+(?:end|conclusion|close)\s+of\b)", re.I
)
# What may stand between a member of the public and a result that is theirs ("at which
# the man was convicted"); "a police officer who employed excessive force in
# restraining a man has been dismissed" is the officer's.
_CIVILIAN_SUBJECT_GAP = re.compile(
    r"[\s,]*(?:(?:who|that|was|were|is|are|has|had|have|been|being|later|subsequently|"
    r"also|then|not|eventually|ultimately)\b[\s,]*){0,4}",
    re.I,
)
# ... unless the member of the public is the object of what the officer did.
_CIVILIAN_OBJECT = re.compile(
    r"(?:\b\w+ing|\b(?:in|on|to|towards|against|with|of|into|restrained|assaulted|"
    r"arrested|stopped|searched|hit|kicked|punched|struck|harassed|contacted|met))\s+$",
    re.I,
)
# Between a result and the person it was given to or found against: "the acquittal of",
# "was issued to", "were proven against", "imposed on".
_RESULT_OBJECT_GAP = re.compile(
    r"\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?"
    r"(?:(?:issued|given|handed|imposed|served|found|proven|proved|upheld|made)\s+)?"
    # "dismissed the four allegations of misconduct against PC X".
    r"(?:of\s+(?:gross\s+)?misconduct\s+)?"
    r"(?:of|against|to|on|upon)\s+",
    re.I,
)


class Targeting:
    """Which drafts each finding of a clause is about. Mixed into Tracker, whose
    state it reads."""

    @staticmethod
    def _leading_forum(
        clause: Clause,
        findings: list[Finding],
        resolved: list[tuple[Mention, list[Draft]]],
        quoted: bool,
        dated: bool,
    ) -> Finding | None:
        """The forum a result sentence opens with, before anyone is named: "A
        misconduct hearing which concluded on 14 September 2023 found gross misconduct
        proven against PC Hale", "Following a misconduct hearing which concluded on 6
        March 2024, PC Karen Holt was dismissed; PS Neil Barker received ...". It is the
        forum of everyone decided in the story whose own is not named, and its date
        theirs."""
        if quoted or not any(f.kind in DECIDING_KINDS for f in findings):
            return None
        forum = next((f for f in findings if f.kind == "proceeding"), None)
        if forum is None:
            return None
        if not _FORUM_OPENING.fullmatch(clause.text[: forum.start - clause.start]):
            return None
        # "The gross misconduct hearing ruled they would have been sacked", in a
        # round-up of cases, is one case's hearing: a definite forum opens the story's
        # only when it is dated.
        if _DEFINITE_OPENING.match(clause.text) and not dated:
            return None
        if any(m.start < forum.start for m, _ in resolved):
            return None
        return forum

    def _targets(
        self,
        finding: Finding,
        resolved: list[tuple[Mention, list[Draft]]],
        civilians: list[tuple[int, int]],
        quoted: bool,
        sentence_index: int,
        text: str,
    ) -> list[Draft]:
        if finding.kind in (
            "severity",
            "proceeding",
            "standard",
            "alleged_standard",
            "barred",
            "case_level",
            "case_proven",
            "breach_found",
        ):
            union: dict[int, Draft] = {}
            for mention, drafts in resolved:
                if mention.kind == "pronoun" and len(resolved) > 1:
                    continue
                for draft in drafts:
                    union[id(draft)] = draft
            if union:
                return list(union.values())
            return list(self.focus)
        if finding.active:
            for mention, drafts in resolved:
                if 0 <= mention.start - finding.end <= 4:
                    return drafts
        inside = [ds for m, ds in resolved if finding.start <= m.start < finding.end]
        if inside:
            return inside[0]  # "A jury found PC Tom Reed not guilty"
        holding = [ds for m, ds in resolved if m.start <= finding.start < m.end]
        if holding:
            return holding[0]  # the people's adjective: "two dismissed constables"
        before = [(m, ds) for m, ds in resolved if m.end <= finding.start]
        if before:
            mention, drafts = before[-1]
            if any(
                mention.end <= s
                and e <= finding.start
                and _CIVILIAN_SUBJECT_GAP.fullmatch(self._text[e : finding.start])
                and not _CIVILIAN_OBJECT.search(self._text[max(0, s - 30) : s])
                for s, e in civilians
            ):
                return []
            group = list(drafts)
            index = len(before) - 1
            while index > 0:
                previous, previous_drafts = before[index - 1]
                between = self._between(previous, before[index][0])
                if re.fullmatch(r"\s*(?:,|and|or|, and)\s*", between or "x"):
                    group = list(previous_drafts) + group
                    index -= 1
                    continue
                break
            return list({id(d): d for d in group}.values())
        if any(s < finding.start for s, _ in civilians):
            return []
        after = [
            (m, ds)
            for m, ds in resolved
            if m.start >= finding.end and m.kind != "pronoun"
        ]
        if (
            after
            and finding.kind in DECIDING_KINDS
            and _RESULT_OBJECT_GAP.fullmatch(
                self._text[finding.end : after[0][0].start]
            )
        ):
            # "Statement following the acquittal of Sergeant Martyn Blake", "a written
            # warning was issued to a sergeant", "misconduct proven against PC Hale".
            return after[0][1]
        crowd = p.CROWD.search(text)
        if crowd and self._clause_start + crowd.end() <= finding.start:
            # "Figures show that 560 officers were dismissed last year": a tally.
            return []
        if self.statistical and p.TALLY.search(
            text, 0, finding.start - self._clause_start
        ):
            return []
        if self.focus:
            return list(self.focus)
        # A result word with no police subject makes nobody: "the available outcomes
        # are: dismissal without notice", "It dismissed 49 officers", a policy page.
        return []

    def _between(self, first: Mention, second: Mention) -> str:
        return self._text[first.end : second.start] if hasattr(self, "_text") else ""
