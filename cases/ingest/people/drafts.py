"""A person as a story builds them up (Draft), and a description of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from cases.ingest.records import Person, Span


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
    gender: str | None = None  # "male" / "female", as the story refers to them
    # Rules settling (extract.py) had to choose between, for the review.
    conflicts: list[str] = field(default_factory=list)

    @property
    def decided(self) -> bool:
        person = self.person
        return bool(person.outcome or person.criminal or person.severity)

    @property
    def anonymous(self) -> bool:
        return not self.person.name and not self.person.label
