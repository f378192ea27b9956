"""The dataclasses passed between ingest stages: read → clean → extract → save.

Plain data only: no ORM, no settings. `ReleaseRecord.to_schema()` is the JSON object that
corpus/SCHEMA.md specifies and `manage.py extract` prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Span:
    """Where a value was read: character offsets into `Document.text` and the sentence."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, or only to the month or year ("in September 2019").

    `value` is the first day of the period; `precision` is "day", "month" or "year".
    """

    value: date
    precision: str = "day"

    def __str__(self) -> str:
        if self.precision == "year":
            return f"{self.value:%Y}"
        if self.precision == "month":
            return f"{self.value:%Y-%m}"
        return self.value.isoformat()


@dataclass
class Document:
    """One file or page as read: the bytes decoded, and its readable text.

    `path` is where the ingest read it (a server path or the URL fetched: for editors
    only); `file_name`, `url`, `redirect_chain`, `publisher`, `title`, `published` and
    `captured_at` are its provenance, what a citation names.
    """

    path: str
    raw_text: str  # exactly as received, decoded (HTML stays HTML); "" for binary
    text: str = (
        ""  # readable text: article lines for HTML, the file itself for plain text
    )
    title: str = ""
    published: date | None = None
    publisher: str = ""
    url: str = ""  # original address, after redirects
    redirect_chain: list[str] = field(default_factory=list)  # addresses before `url`
    file_name: str = ""  # relative to the folder ingested; never an absolute path
    captured_at: datetime | None = None  # None: now, when it is saved
    raw_bytes: bytes = b""  # the bytes as received, for a format that is not text
    encoding: str = "utf-8"
    content_type: str = "text/plain"
    sha256: str = ""
    decode_errors: bool = False  # undecodable bytes were replaced with U+FFFD


@dataclass
class Allegation:
    """What one person was accused of, as worded."""

    text: str
    standards: list[str] = field(default_factory=list)
    proven: bool | None = None
    period_start: PartialDate | None = None
    period_end: PartialDate | None = None
    evidence: Span | None = None


@dataclass
class Person:
    """One person whose result the document reports, with the SCHEMA.md officer fields."""

    name: str | None = None
    label: str = ""  # how the document refers to an anonymised person: "Officer A"
    rank: str | None = None
    force: str | None = None
    former: bool = False
    age: int | None = None
    severity: str | None = None
    outcome: str | None = None
    criminal: str | None = None
    proceeding: str | None = None
    hearing_date: date | None = None
    standards: list[str] = field(default_factory=list)
    barred: bool = False
    allegations: list[Allegation] = field(default_factory=list)
    evidence: dict[str, Span] = field(default_factory=dict)  # field name → span

    def to_schema(self) -> dict:
        return {
            "name": self.name,
            "rank": self.rank,
            "force": self.force,
            "former": self.former,
            "age": self.age,
            "severity": self.severity,
            "outcome": self.outcome,
            "criminal": self.criminal,
            "proceeding": self.proceeding,
            "hearing_date": self.hearing_date.isoformat()
            if self.hearing_date
            else None,
            "standards": list(self.standards),
            "barred": self.barred,
        }


@dataclass
class StageDates:
    """The dates of a matter's stages; a date the text cannot fix stays None."""

    referrals: list[PartialDate] = field(default_factory=list)
    investigation_concluded: PartialDate | None = None
    hearing: PartialDate | None = None
    outcome: PartialDate | None = None


@dataclass
class ReleaseRecord:
    """Everything extracted from one document."""

    is_outcome: bool
    force: str | None = None
    title: str = ""
    summary: str = ""
    people: list[Person] = field(default_factory=list)
    dates: StageDates = field(default_factory=StageDates)
    chair: str = (
        ""  # who chaired the proceedings, as worded ("a legally qualified chair")
    )
    evidence: dict[str, Span] = field(default_factory=dict)  # document field → span
    review_reasons: list[str] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)

    def to_schema(self, file: str) -> dict:
        return {
            "file": file,
            "is_outcome": self.is_outcome,
            "force": self.force,
            "officers": [person.to_schema() for person in self.people]
            if self.is_outcome
            else [],
            "review": list(self.review_reasons),
        }
