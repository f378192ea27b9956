"""Who each finding is about: following the people of a story clause by clause.

A story introduces people by description ("A West Mercia Police officer"), name ("Police
constable Michael Harrison, 33") or label ("Officer A"), then refers back ("the officer",
"he", "PC Harrison"). Lists introduce many ("Two Pcs were given written warnings", "A
civilian worker was sacked"). The tracker keeps a *focus* (the people the story is
talking about) and ties each finding to:
- the person an active verb names after it ("decision ... to dismiss the officer");
- else the nearest police mention before it in the clause, with the people joined to it
  by "and" ("PC Jamie Lewis and former PC Deniz Jaffer"), unless a member of the public
  stands in between ("at which the man was convicted");
- else the focus.

A summary count followed by details ("Five officers ... were dismissed" then "two
Detective Sergeants should be dismissed; a police constable ...") fills the counted
people instead of adding more. What a story states for nobody in particular (a forum
opening a result sentence, "the same hearing", a level of case to answer) is kept at
story level for extract.py to share. People with no result are dropped at the end.
Pure: no ORM, no settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cases.choices import Outcome, Proceeding, Rank, Severity
from cases.ingest import patterns as p
from cases.ingest.findings import DECIDING_KINDS, Finding, only_alleged
from cases.ingest.mentions import Mention
from cases.ingest.records import Person, Span
from cases.ingest.sentences import Clause, Sentence

__all__ = ["Description", "Draft", "Tracker"]

_PROCEEDING_ORDER = {
    Proceeding.ACCELERATED_HEARING: 3,
    Proceeding.MISCONDUCT_MEETING: 2,
    Proceeding.MISCONDUCT_HEARING: 1,
}
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
# Counts that describe statistics or groups, not people whose results follow:
# "10 officers either were dismissed or would have been dismissed", "among nine officers".
_AGGREGATE = re.compile(r"\beither\b|\bamong\b|\bper cent\b|%|\bout of\b", re.I)
_MAX_GROUP = 8
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
# A forum named again: "At the same hearing, PS Kerry Blake was handed ...".
_SAME_FORUM = re.compile(r"\b(?:the|that) same (?:[\w-]+ )?(?:hearing|meeting)\b", re.I)
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
MAX_PEOPLE = 300
_LEDE_SENTENCES = 4


@dataclass(frozen=True)
class Description:
    wording: str
    has_rank: bool
    group: bool  # a group the person is one of: "Two serving officers"
    span: Span


@dataclass(eq=False)
class Draft:
    person: Person
    created: int  # sentence index
    from_count: bool = False
    claimed: bool = False  # a counted person already matched to a detailed mention
    regrouped: bool = False  # ... or to a later count of the same group
    explicit_proceeding: bool = False
    pending_standards: list[str] = field(default_factory=list)
    pending_span: Span | None = None
    # Where each alleged standard was read: "... in breach of honesty and integrity and
    # use of force. These allegations were not proven." takes those back.
    pending_where: dict[str, int] = field(default_factory=dict)
    # Of those, the ones a case-to-answer decision names: they count only when the case
    # is stated found proven, not merely because a sanction followed.
    pending_case_to_answer: set[str] = field(default_factory=set)
    case_level: str | None = None
    case_proven: bool = False
    # "the panel said PC X had breached the standards": found at no level of its own.
    breached: bool = False
    former_word: bool = (
        False  # "Former PC Smith": maybe former only because dismissed now
    )
    former_span: Span | None = None  # the sentence that says "former"
    left_service: bool = False
    # How the story describes this person ("the former PCSO"; "Two serving officers"
    # for one of a group), with the sentence: the label of someone never named.
    descriptions: list[Description] = field(default_factory=list)
    hearing_dates: list[tuple[int, object, Span]] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    # Rules settling (extract.py) had to choose between, for the review.
    conflicts: list[str] = field(default_factory=list)

    @property
    def decided(self) -> bool:
        person = self.person
        return bool(person.outcome or person.criminal or person.severity)

    @property
    def anonymous(self) -> bool:
        return not self.person.name and not self.person.label


class Tracker:
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

    # --- resolution -------------------------------------------------------------------

    def _new(
        self, mention: Mention | None, sentence_index: int, *, from_count: bool = False
    ) -> Draft:
        draft = Draft(Person(), sentence_index, from_count=from_count)
        if mention is not None:
            self._describe(draft, mention)
        self.drafts.append(draft)
        return draft

    def open_record(self, sentence_index: int) -> None:
        """Start with one anonymous person in view: what follows (a table's row) is
        the record of one person, whether or not it names them."""
        self.focus = [self._new(None, sentence_index)]

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
        ):
            person.rank = mention.rank
            person.evidence["rank"] = span
        if mention.former and not draft.former_word:
            draft.former_word = True
            draft.former_span = span
        if mention.age is not None and person.age is None:
            person.age = mention.age
            person.evidence["age"] = span

    def _compatible(self, draft: Draft, mention: Mention) -> bool:
        rank = draft.person.rank
        if mention.rank is not None and rank is not None and rank != mention.rank:
            # A PCSO is a member of police staff: "a member of police staff, who worked as a
            # Police Community Support Officer".
            return {rank, mention.rank} <= {Rank.PCSO, Rank.POLICE_STAFF}
        return True

    def _by_name(self, mention: Mention) -> Draft | None:
        surname = (mention.surname or "").lower()
        # A possessive without its apostrophe: "PC Harwoods previous conduct".
        bare = surname[:-1] if len(surname) > 4 and surname.endswith("s") else surname
        for draft in self.drafts:
            name = draft.person.name
            if name and name.split()[-1].lower() in (surname, bare):
                if not self._same_person(draft, mention):
                    continue
                if (
                    mention.name
                    and len(mention.name.split()) > 1
                    and len(name.split()) == 1
                ):
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
        if len(known) > 1 and len(said) > 1 and known[0] != said[0]:
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
                return list(self.focus)
            if mention.age is not None:  # "the 43-year-old"
                self._describe(self.focus[-1], mention)
            return [self.focus[-1]]
        if kind == "named":
            draft = self._by_name(mention)
            if draft is None and mention.honorific:
                return []
            if draft is None and mention.bare:
                # A bare name only names the unnamed officer the story is about.
                draft = next((d for d in self.focus if d.anonymous), None)
                if draft is not None:
                    draft.claimed = True
            if draft is None and not quoted and not mention.bare:
                draft = self._fill(mention, outcome, sentence_index)
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
        # descriptions
        if mention.definite:
            return self._definite(mention, sentence_index, deciding, quoted, outcome)
        if (mention.after_preposition and not mention.accused) or quoted:
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
        if count == 1 and self._lede_person(mention, sentence_index, outcome):
            draft = self.drafts[0]
            self._describe(draft, mention)
            return [draft]
        if count == 1:
            again = self._restatement(mention, outcome)
            if again is not None:
                self._describe(again, mention)
                return [again]
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
        return [
            self._new(mention, sentence_index, from_count=from_count)
            for _ in range(count)
        ]

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
        if outcome and draft.person.outcome and outcome != draft.person.outcome:
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
            if (
                draft.anonymous
                and self._compatible(draft, mention)
                and not (
                    outcome
                    and draft.person.outcome
                    and outcome != draft.person.outcome
                    and not {outcome, draft.person.outcome}
                    <= {Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED}
                )
            ):
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
                return [
                    self._new(pending, sentence_index, from_count=True)
                    for _ in range(pending.count or 0)
                ]
            if len(self.focus) > 1 and (not wanted or wanted == len(self.focus)):
                return list(self.focus)
            if wanted and len(self.drafts) >= wanted:
                return self.drafts[-wanted:]
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
        if mention.former:
            # "the former officer" is the one of them who has left, not whoever was
            # named last ("... serving PC Laura Welsh was given a written warning").
            gone = [d for d in self.drafts if d.former_word or d.left_service]
            if len(gone) == 1:
                return gone
        if mention.rank is not None:
            for draft in reversed(self.drafts):
                if draft.person.rank == mention.rank:
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
        if self.focus:
            draft = self.focus[-1]
            self._describe(draft, mention)
            return [draft]
        if deciding and not quoted:
            return [self._new(mention, sentence_index)]
        return []

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
        deciding = any(f.kind in DECIDING_KINDS for f in findings) or bool(
            p.BREACH_FOUND.search(text)
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
        if _SAME_FORUM.search(text) and not quoted:
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
        for draft in fresh_counted:
            if id(draft) not in touched and not draft.claimed:
                self.drafts.remove(draft)
                resolved = [
                    (m, [d for d in ds if d is not draft]) for m, ds in resolved
                ]
                resolved = [(m, ds) for m, ds in resolved if ds]
                self.focus = [d for d in self.focus if d is not draft]
        # "two of them final"
        final = _OF_THEM_FINAL.search(text)
        if final and targets_of_last:
            word = final["n"].lower()
            n = int(word) if word.isdigit() else p.NUMBER_WORDS.get(word, 0)
            for draft in targets_of_last[:n]:
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

    def set_text(self, text: str) -> None:
        self._text = text
        self.statistical = bool(p.STATISTICS.search(text))

    def _apply(self, draft: Draft, finding: Finding, span: Span, clause: str) -> None:
        person = draft.person
        kind, value = finding.kind, finding.value
        if kind == "outcome":
            current = person.outcome
            if (
                current is None
                or current == Outcome.NOT_PROVEN
                and value != Outcome.NOT_PROVEN
                or current == Outcome.DISMISSED
                and value == Outcome.WOULD_HAVE_BEEN_DISMISSED
                or value != Outcome.NOT_PROVEN
                and finding.start > self._clause_start + _replacing_at(clause)
            ):
                person.outcome = value
                person.evidence["outcome"] = span
            if value == Outcome.NOT_PROVEN and not any(
                pattern.search(clause) for pattern, _, _ in p.STANDARD_PATTERNS
            ):
                self._withdraw_allegations(draft)
        elif kind == "criminal":
            if person.criminal is None:
                person.criminal = value
                person.evidence["criminal"] = span
        elif kind == "severity":
            if person.severity is None or (
                value == Severity.GROSS_MISCONDUCT
                and person.severity == Severity.MISCONDUCT
                and not p.RATHER_THAN_GROSS.search(clause)
            ):
                person.severity = value
                person.evidence["severity"] = span
        elif kind == "proceeding":
            current = person.proceeding
            if current is None or _PROCEEDING_ORDER[value] > _PROCEEDING_ORDER[current]:  # type: ignore[index]
                person.proceeding = value
                person.evidence["proceeding"] = span
            draft.explicit_proceeding = True
        elif kind in ("standard", "alleged_standard"):
            if kind == "alleged_standard" or _only_alleged(clause):
                if value not in draft.pending_standards:
                    draft.pending_standards.append(value)
                    draft.pending_span = span
                    draft.pending_where[value] = span.start
                    if p.CASE_TO_ANSWER_WORDS.search(clause):
                        draft.pending_case_to_answer.add(value)
            elif value not in person.standards:
                person.standards.append(value)
                person.evidence.setdefault("standards", span)
        elif kind == "barred":
            person.barred = True
            person.evidence["barred"] = span
        elif kind == "left":
            draft.left_service = True
            person.evidence.setdefault("former", span)
        elif kind == "case_level":
            draft.case_level = value
        elif kind == "case_proven":
            draft.case_proven = True
            person.evidence.setdefault("severity", span)
        elif kind == "breach_found":
            draft.breached = True
            person.evidence.setdefault("severity", span)

    def _withdraw_allegations(self, draft: Draft) -> None:
        """Standards alleged in this sentence or the one before, which a "not proven"
        naming none itself answers ("These allegations were not proven"), were not
        found breached."""
        since = self._previous_sentence_start
        for standard, where in list(draft.pending_where.items()):
            if where >= since:
                draft.pending_standards.remove(standard)
                del draft.pending_where[standard]

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
        kinds = {f.kind for f in findings}
        if not dates:
            if "proceeding" in kinds and _SAME_FORUM.search(text):
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
        if "proceeding" in kinds and _SAME_FORUM.search(text):
            # "A third officer ... was given a final written warning at the same
            # hearing, which concluded on Friday 3 February 2023": the hearing of those
            # decided before.
            for draft in self.drafts:
                if draft.decided and not draft.hearing_dates:
                    targets.setdefault(id(draft), draft)
        for draft in targets.values():
            for _position, value in dates:
                draft.hearing_dates.append((priority, value, span))


def _only_alleged(clause: str) -> bool:
    """Standards named in `clause` are pending (see findings.only_alleged), and so are
    those of an allegation found not proven."""
    return only_alleged(clause) or bool(
        p.ALLEGATION_ONLY.search(clause) and p.NOT_PROVEN.search(clause)
    )


def _replacing_at(clause: str) -> int:
    """Where `clause` says a sanction replaces another (patterns.REPLACING): outcomes
    after that point stand over earlier ones; no such wording puts it past the end."""
    match = p.REPLACING.search(clause)
    return match.start() if match else len(clause) + 1
