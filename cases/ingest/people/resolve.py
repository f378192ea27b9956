"""Which drafts a mention stands for: a pronoun, a name or a label (descriptions:
descriptions.py)."""

from __future__ import annotations

from cases.choices import Rank
from cases.ingest.mentions import Mention
from cases.ingest.people.drafts import Draft
from cases.ingest.records import Person


class Resolution:
    """Resolving a mention to the drafts it stands for: a pronoun, a name, a label;
    descriptions go to DescriptionResolution. Mixed into Tracker, whose state it
    reads."""

    def _new(
        self, mention: Mention | None, sentence_index: int, *, from_count: bool = False
    ) -> Draft:
        draft = Draft(Person(), sentence_index, from_count=from_count)
        if mention is not None:
            self._describe(draft, mention)
        self.drafts.append(draft)
        return draft

    def _describe(self, draft: Draft, mention: Mention) -> None:
        person = draft.person
        span = self._span
        if mention.name and not person.name:
            person.name = mention.name
            person.evidence["name"] = span
        if mention.label and not person.label:
            person.label = mention.label
            person.evidence["label"] = span
        if mention.rank is not None and (
            person.rank is None
            or (person.rank == Rank.POLICE_STAFF and mention.rank == Rank.PCSO)
            or mention.rank_at_the_time
        ):
            person.rank = mention.rank
            person.evidence["rank"] = span
        if mention.former and not draft.former_word:
            draft.former_word = True
            draft.former_span = span
        if mention.age is not None and person.age is None:
            person.age = mention.age
            person.evidence["age"] = span
        if len(mention.genders) == 1 and draft.gender is None:
            draft.gender = mention.genders[0]

    def _compatible(self, draft: Draft, mention: Mention) -> bool:
        if (
            len(mention.genders) == 1
            and draft.gender is not None
            and draft.gender != mention.genders[0]
        ):
            return False  # "the female" is not the male officer
        rank = draft.person.rank
        if mention.rank_at_the_time:
            return True  # the rank held then, whatever the title now
        if mention.rank is not None and rank is not None and rank != mention.rank:
            # A PCSO is a member of police staff: "a member of police staff, who worked as a
            # Police Community Support Officer".
            return {rank, mention.rank} <= {Rank.PCSO, Rank.POLICE_STAFF}
        return True

    def _by_name(self, mention: Mention) -> Draft | None:
        said = (mention.name or "").split()
        if not said:
            return None
        for draft in self.drafts:
            known = (draft.person.name or "").split()
            if not known or not _same_surname(known, said):
                continue
            if not self._same_person(draft, mention):
                continue
            if len(said) > len(known):
                # "PC Harwood", then "PC Simon Harwood": the fuller name.
                draft.person.name = mention.name
                draft.person.evidence["name"] = self._span
            return draft
        return None

    def _same_person(self, draft: Draft, mention: Mention) -> bool:
        """Two people can share a surname: "PC Paul Taylor" and "Inspector Claire
        Taylor" are two people, and so are "PC Taylor" and "Inspector Taylor" once both
        are known. A surname alone with no rank ("Taylor was sacked") is the first."""
        known = (draft.person.name or "").split()
        said = (mention.name or "").split()
        if len(known) == len(said) > 1 and known[0] != said[0]:
            return False
        rank = draft.person.rank
        if mention.rank is None or rank is None or rank == mention.rank:
            return True
        others = [
            d
            for d in self.drafts
            if d is not draft
            and d.person.rank == mention.rank
            and (d.person.name or "").split()[-1:] == said[-1:]
        ]
        return not others

    def _by_label(self, mention: Mention) -> Draft | None:
        letter = mention.label.split()[-1]
        for draft in self.drafts:
            if draft.person.label and draft.person.label.split()[-1] == letter:
                return draft
        return None

    def _referred_group(self, count: int | None) -> list[Draft]:
        """Whom a plural pronoun refers back to: those in focus; "both", "the pair"
        are two, so when one is in focus the other is the one spoken of before
        ("Lee denied it; Bloom admitted it. The pair have been barred")."""
        group = list(self.focus)
        for draft in reversed(self.drafts):
            if count is None or len(group) >= count:
                break
            if draft not in group:
                group.append(draft)
        return group

    def _named_in_a_quote(self, outcome: str | None) -> Draft | None:
        """The story's one person, unnamed so far, named in a statement quoted with
        the same result: "Officer dismissed" then "'PC Amy Bell has been dismissed and
        that is right,' the Chief Constable said"."""
        if len(self.drafts) != 1 or outcome is None:
            return None
        draft = self.drafts[0]
        if not draft.anonymous or draft.person.outcome != outcome:
            return None
        return draft

    def _resolve(
        self,
        mention: Mention,
        *,
        sentence_index: int,
        quoted: bool,
        outcome: str | None,
        deciding: bool,
        clause: str,
    ) -> list[Draft]:
        kind = mention.kind
        if kind == "pronoun":
            if not self.focus:
                return []
            if mention.plural:
                return self._referred_group(mention.count)
            if mention.age is not None:  # "the 43-year-old"
                self._describe(self.focus[-1], mention)
            # "she" is the woman of the people spoken of when the last in focus is
            # known to be a man: the last of that gender, else the last not known
            # otherwise, in focus first.
            if mention.genders and not self._compatible(self.focus[-1], mention):
                people = [*reversed(self.focus), *reversed(self.drafts)]
                same = [d for d in people if d.gender == mention.genders[0]]
                unknown = [d for d in people if d.gender is None]
                return (same or unknown)[:1]
            return [self.focus[-1]]
        if kind == "named":
            draft = self._by_name(mention)
            if draft is None and mention.back_reference:
                return []
            if draft is None and mention.bare:
                # A bare name only names the unnamed officer the story is about.
                draft = next((d for d in self.focus if d.anonymous), None)
                if draft is not None:
                    draft.claimed = True
            if draft is None and not quoted and not mention.bare:
                draft = self._fill(mention, outcome, sentence_index)
            if draft is None and quoted and not mention.bare:
                draft = self._named_in_a_quote(outcome)
            if draft is not None:
                self._describe(draft, mention)
                return [draft]
            return []
        if kind == "label":
            draft = self._by_label(mention)
            if draft is None and not quoted:
                draft = self._fill(mention, outcome, sentence_index)
            if draft is not None:
                self._describe(draft, mention)
                return [draft]
            return []
        return self._resolve_description(
            mention,
            sentence_index=sentence_index,
            quoted=quoted,
            outcome=outcome,
            deciding=deciding,
            clause=clause,
        )


def _same_surname(known: list[str], said: list[str]) -> bool:
    """Whether two names end alike: one's words end the other's ("PC Voke Williams" is
    Nicola Voke Williams), allowing a possessive without its apostrophe ("PC Harwoods
    previous conduct") and a slip of one letter in a long surname ("Elliot" for
    Elliott)."""
    shorter, longer = sorted((known, said), key=len)
    tail = [w.lower() for w in longer[-len(shorter) :]]
    words = [w.lower() for w in shorter]
    if tail[:-1] != words[:-1]:
        return False
    first, second = tail[-1], words[-1]
    return first == second or (
        min(len(first), len(second)) > 5 and _one_letter_apart(first, second)
    )


def _one_letter_apart(first: str, second: str) -> bool:
    """One letter more, or one letter changed: "Elliot" and "Elliott"."""
    if abs(len(first) - len(second)) > 1 or first[0] != second[0]:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    short, long = sorted((first, second), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
