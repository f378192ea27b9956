"""Which drafts a description stands for: "A West Mercia Police officer", "Two Pcs",
"the officer", a headline restated, someone described before being named."""

from __future__ import annotations

import re

from cases.choices import Outcome
from cases.ingest.mentions import Mention
from cases.ingest.people.drafts import Draft

# Counts that describe statistics or groups, not people whose results follow:
# "10 officers either were dismissed or would have been dismissed", "among nine officers".
_AGGREGATE = re.compile(r"\beither\b|\bamong\b|\bper cent\b|%|\bout of\b", re.I)
_MAX_GROUP = 8
_LEDE_SENTENCES = 4


_ANOTHER = re.compile(
    r"(?:another|one other|a second|a third|a fourth|a further)\b", re.IGNORECASE
)


class DescriptionResolution:
    """Resolving a description ("A West Mercia Police officer", "Two PCs", "the
    officer") to drafts: counted groups, restatements, people described before they
    are named. Mixed into Tracker, whose state it reads."""

    def _resolve_description(
        self,
        mention: Mention,
        *,
        sentence_index: int,
        quoted: bool,
        outcome: str | None,
        deciding: bool,
        clause: str,
    ) -> list[Draft]:
        if mention.partitive:
            members = self._members(mention, sentence_index, deciding, quoted)
            if members is not None:
                return members
        if mention.definite:
            return self._definite(mention, sentence_index, deciding, quoted, outcome)
        if (mention.after_preposition and not mention.accused) or (
            quoted and not (deciding and _ANOTHER.match(mention.text))
        ):
            # Said inside quotation marks, a description is commentary ("an officer
            # who does this has no place in policing"), unless it adds one more person
            # to a decision reported: "one other officer was subject to management
            # intervention".
            return []
        if mention.plural and mention.count is None and self.uncounted is None:
            # "Cambridgeshire Police Officers sacked": a group of no stated size; the
            # story counts or names its people later, or "the officers" finds them.
            return []
        count = mention.count or (self.uncounted if mention.plural else None) or 1
        if count > _MAX_GROUP or (
            count > 1 and (self.statistical or _AGGREGATE.search(clause))
        ):
            return []
        if count > 1 and not deciding:
            # "two custody sergeants had a case to answer": remembered, so that "the
            # officers received management advice" later knows who and how many.
            self.pending_group = mention
            return []
        # "... dismissed and another issued a final written warning": someone else,
        # never the first again (but "another officer's hair" is nobody's subject).
        end = mention.end - self._clause_start
        another = bool(_ANOTHER.match(mention.text)) and clause[end : end + 2] != "'s"
        if (
            count == 1
            and not another
            and self._lede_person(mention, sentence_index, outcome)
        ):
            draft = self.drafts[0]
            self._describe(draft, mention)
            return [draft]
        if count == 1 and not another:
            again = self._restatement(mention, outcome)
            if again is not None:
                self._describe(again, mention)
                return [again]
        if count > 1:
            named = [
                d
                for d in self.focus
                if not d.anonymous and not d.decided and self._compatible(d, mention)
            ]
            if len(named) == count:
                # "Police constables Amy Taylor and April Cooper ... were subject to a
                # hearing" then "Two police officers who posted videos were found to
                # have committed gross misconduct": the two just named.
                return named
        slots = (
            self._slot(mention, outcome, count, before=sentence_index)
            if deciding or mention.former
            else []
        )
        if slots:
            for draft in slots:
                # A count restating a count ("Two officers sacked" then "Two police
                # officers have been sacked") leaves its people for the details, but
                # not for another count ("... and three former officers").
                if count == 1:
                    draft.claimed = True
                else:
                    draft.regrouped = True
                self._describe(draft, mention)
            return slots
        if mention.text.lower() in ("one", "another") and not deciding:
            return []
        from_count = count > 1 or mention.text.lower() in ("one", "another")
        return self._new_group(mention, count, sentence_index, from_count=from_count)

    def _members(
        self, mention: Mention, sentence_index: int, deciding: bool, quoted: bool
    ) -> list[Draft] | None:
        """ "One of the officers was given a written warning, while the other received
        management advice": members of the group in view (the one last taken apart,
        else several in focus, else the group counted but not yet given a result),
        each taken once; None when no group has that many left."""
        free = [d for d in self.partitive_group if not d.claimed]
        if not free:
            group = list(self.focus) if len(self.focus) > 1 else []
            pending = self.pending_group
            if not group and pending is not None and deciding and not quoted:
                self.pending_group = None
                group = self._new_group(
                    pending, pending.count or 0, sentence_index, from_count=True
                )
            self.partitive_group = group
            free = [d for d in group if not d.claimed]
        wanted = mention.count or 1
        if len(free) < wanted:
            return None
        for draft in free[:wanted]:
            draft.claimed = True
        return free[:wanted]

    def _new_group(
        self, mention: Mention, count: int, sentence_index: int, *, from_count: bool
    ) -> list[Draft]:
        drafts = [
            self._new(mention, sentence_index, from_count=from_count)
            for _ in range(count)
        ]
        if len(mention.genders) == count > 1:
            # "The male and female Police Constables": one of each.
            for draft, gender in zip(drafts, mention.genders, strict=True):
                draft.gender = gender
        return drafts

    def _slot(
        self,
        mention: Mention,
        outcome: str | None,
        count: int = 1,
        *,
        before: int | None = None,
    ) -> list[Draft]:
        """Counted people not yet detailed that this mention can stand for (counted in an
        earlier sentence than `before`)."""
        slots = []
        for draft in self.drafts:
            if not draft.from_count or draft.claimed or not draft.anonymous:
                continue
            if count > 1 and draft.regrouped:
                continue
            if before is not None and draft.created >= before:
                continue
            if not self._compatible(draft, mention):
                continue
            if (
                mention.former
                and draft.person.outcome == Outcome.DISMISSED
                and outcome != Outcome.WOULD_HAVE_BEEN_DISMISSED
            ):
                continue
            current = draft.person.outcome
            if (
                outcome
                and current
                and current != outcome
                and not (
                    current == Outcome.DISMISSED
                    and outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED
                )
            ):
                continue
            slots.append(draft)
            if len(slots) == count:
                return slots
        return []

    def _lede_person(
        self, mention: Mention, sentence_index: int, outcome: str | None
    ) -> bool:
        """A story's opening restates its headline: "A senior detective has been sacked"
        then "a Detective Inspector has been dismissed" is one person."""
        if sentence_index > _LEDE_SENTENCES or len(self.drafts) != 1:
            return False
        draft = self.drafts[0]
        if draft.from_count or draft.created > 1:
            return False
        if not draft.anonymous and draft.created > 0:
            return (
                False  # only a headline's named person is restated as "A ... officer"
            )
        if not _outcomes_agree(outcome, draft.person.outcome):
            return False
        return self._compatible(draft, mention)

    def _restatement(self, mention: Mention, outcome: str | None) -> Draft | None:
        """A story about one person that repeats its news ("A Police Constable has been
        dismissed without notice ..." a second time) adds nobody."""
        decided = [d for d in self.drafts if d.decided]
        if len(decided) != 1 or outcome is None:
            return None
        draft = decided[0]
        if draft.person.outcome != outcome or not self._compatible(draft, mention):
            return None
        return draft

    def _fill(
        self, mention: Mention, outcome: str | None, sentence_index: int
    ) -> Draft:
        """A first-named person: the anonymous person the story was already about, a
        counted person, or somebody new."""
        for draft in self.focus:
            if not draft.anonymous or not self._compatible(draft, mention):
                continue
            disagree = not _outcomes_agree(outcome, draft.person.outcome)
            if disagree and self._headline_only(draft):
                # "PC sacked" over a body that says he was cleared: where the
                # headline and the body disagree, the body wins.
                draft.person.outcome = None
                del draft.person.evidence["outcome"]
                disagree = False
            if not disagree:
                draft.claimed = True
                return draft
        slots = self._slot(mention, outcome, before=sentence_index)
        if slots:
            slots[0].claimed = True
            return slots[0]
        described = self._described(mention, outcome)
        if described is not None:
            described.claimed = True
            return described
        return self._new(mention, sentence_index)

    def _headline_only(self, draft: Draft) -> bool:
        """Whether `draft` is the one person a headline made, of whom the body has
        said nothing yet."""
        return (
            draft.created == 0
            and not draft.from_count
            and len(self.drafts) == 1
            and not draft.clauses[1:]
        )

    def _described(self, mention: Mention, outcome: str | None) -> Draft | None:
        """Someone the opening described before naming: "A Metropolitan Police
        constable has been sacked and a sergeant given a final written warning" then
        "PC Lucy Grant was dismissed ..., while Sergeant Omar Haddad received a final
        written warning". The rank must be the same and stated, and the results, where
        both are known, agree."""
        if mention.rank is None:
            return None
        for draft in self.drafts:
            person = draft.person
            if (
                not draft.anonymous
                or draft.claimed
                or draft.from_count
                or draft.created > _LEDE_SENTENCES
                or person.rank != mention.rank
            ):
                continue
            if outcome and person.outcome and outcome != person.outcome:
                continue
            return draft
        return None

    def _described_group(self, drafts: list[Draft], mention: Mention) -> list[Draft]:
        """The people a plural description refers back to, each given what it says of
        them all: "Two Dorset officers were cleared ... The two PCs said"
        makes both constables."""
        for draft in drafts:
            self._describe(draft, mention)
        return drafts

    def _definite(
        self,
        mention: Mention,
        sentence_index: int,
        deciding: bool,
        quoted: bool,
        outcome: str | None,
    ) -> list[Draft]:
        if mention.plural or mention.count == 2:
            wanted = mention.count or (len(self.focus) if len(self.focus) > 1 else 0)
            if not wanted and mention.plural and not self.focus and self.uncounted:
                wanted = self.uncounted  # "The officers were dismissed", never counted
            pending = self.pending_group
            if not wanted and pending is not None and deciding and not quoted:
                self.pending_group = None
                return self._new_group(
                    pending, pending.count or 0, sentence_index, from_count=True
                )
            if len(self.focus) > 1 and (not wanted or wanted == len(self.focus)):
                return self._described_group(list(self.focus), mention)
            if wanted and len(self.drafts) >= wanted:
                return self._described_group(self.drafts[-wanted:], mention)
            if wanted and deciding and not quoted:
                # "Greater Manchester Police officers acquitted" (headline) then "has
                # acquitted both officers": the headline's person is one of the two.
                known = [d for d in self.drafts if d.anonymous][:wanted]
                for draft in known:
                    draft.from_count = True
                fresh = [
                    self._new(mention, sentence_index, from_count=True)
                    for _ in range(wanted - len(known))
                ]
                return known + fresh
            return list(self.focus)
        if mention.genders:
            # "the female was dismissed": the one of that sex.
            same = [d for d in reversed(self.drafts) if d.gender == mention.genders[0]]
            if same:
                return same[:1]
        if mention.former:
            # "the former officer" is the one of them who has left, not whoever was
            # named last ("... serving PC Laura Welsh was given a written warning").
            gone = [d for d in self.drafts if d.former_word or d.left_service]
            if len(gone) == 1:
                return gone
        if mention.rank is not None:
            for draft in reversed(self.drafts):
                if draft.person.rank == mention.rank:
                    # "The 45-year-old sergeant, who has not been named, ...":
                    # what the description adds is the person's too.
                    self._describe(draft, mention)
                    return [draft]
            for draft in self.focus:
                if len(self.focus) == 1 and (
                    draft.person.rank is None or self._compatible(draft, mention)
                ):
                    self._describe(draft, mention)
                    return [draft]
            slots = self._slot(mention, outcome, before=sentence_index)
            if slots:
                slots[0].claimed = True
                self._describe(slots[0], mention)
                return slots
        if self.focus and self._compatible(self.focus[-1], mention):
            draft = self.focus[-1]
            self._describe(draft, mention)
            return [draft]
        if deciding and not quoted:
            return [self._new(mention, sentence_index)]
        return []


def _outcomes_agree(one: str | None, other: str | None) -> bool:
    """Whether two results can be one person's: the same, one unknown, or "sacked"
    over a story of a former officer who "would have been dismissed"."""
    return (
        not one
        or not other
        or one == other
        or {one, other} <= {Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED}
    )
