"""Which dates a clause states are whose hearing date: the people it names, the
focus, or everyone decided at a forum named "the same hearing"."""

from __future__ import annotations

import re

from cases.ingest import patterns as p
from cases.ingest.findings import Finding, states_an_allegation
from cases.ingest.mentions import Mention
from cases.ingest.people.drafts import Draft
from cases.ingest.records import Span

# A forum named again: "At the same hearing, PS Kerry Blake was handed ...".
SAME_FORUM = re.compile(r"\b(?:the|that) same (?:[\w-]+ )?(?:hearing|meeting)\b", re.I)


class HearingDates:
    """Collecting the dates a clause states as someone's hearing date. Mixed into
    Tracker, whose state it reads."""

    def _collect_dates(
        self,
        findings: list[Finding],
        resolved: list[tuple[Mention, list[Draft]]],
        dates: list[tuple[int, object]],
        span: Span,
        text: str,
        *,
        shared: bool = False,
    ) -> None:
        if re.search(r"\bappeal", text, re.I):
            return
        if states_an_allegation(text):
            # A date in what a forum was told ("The hearing was told that on 30 March
            # 2024 ...") is the conduct's, not the decision's; one before it ("At the
            # hearing on 6 April, the panel heard how ...") is the hearing's.
            told = self._clause_start + p.ALLEGED_THAT.search(text).start()
            dates = [(position, value) for position, value in dates if position < told]
        kinds = {f.kind for f in findings}
        if not dates:
            if "proceeding" in kinds and SAME_FORUM.search(text):
                for _, drafts in resolved:
                    for draft in drafts:
                        draft.hearing_dates.extend(self._forum_dates)
            return
        labelled = bool(p.HEARING_DATE_LABEL.match(text))
        if "outcome" in kinds or "severity" in kinds:
            priority = 3
        elif "proceeding" in kinds or labelled:
            priority = 2
        elif resolved and len(text) < 60:
            priority = 1  # a section heading: "29 June 2021 - Officer X"
        else:
            return
        if (
            kinds <= {"criminal", "left", "barred", "standard"}
            and priority != 1
            and not labelled
        ):
            return
        targets: dict[int, Draft] = {}
        for _, drafts in resolved:
            for draft in drafts:
                targets[id(draft)] = draft
        if (not targets and priority == 2 and not labelled) or shared:
            # "At a misconduct hearing which concluded on Thursday 5 March 2019, a
            # legally qualified chair found the allegations proven." then each person's
            # result: the forum's date, with nobody named in its clause, is the date of
            # everyone decided there, not only of the person last spoken of.
            self.story_dates.extend((priority, value, span) for _, value in dates)
        if priority >= 2 and "proceeding" in kinds:
            self._forum_dates = [(priority, value, span) for _, value in dates]
        if not targets:
            for draft in self.focus:
                targets[id(draft)] = draft
        if not targets:
            # A forum and date with nobody named yet: "An Accelerated Misconduct Hearing
            # was heard ... on Monday 11 July 2022."
            self.story_dates.extend((priority, value, span) for _, value in dates)
            return
        if "proceeding" in kinds and SAME_FORUM.search(text):
            # "A third officer ... was given a final written warning at the same
            # hearing, which concluded on Friday 3 February 2023": the hearing of those
            # decided before.
            for draft in self.drafts:
                if draft.decided and not draft.hearing_dates:
                    targets.setdefault(id(draft), draft)
        for draft in targets.values():
            for _position, value in dates:
                draft.hearing_dates.append((priority, value, span))
