"""Records → the field values of rows, shared by the single and the bulk save paths."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils import timezone
from django.utils.text import slugify

from cases.ingest.records import (
    Allegation as AllegationRecord,
)
from cases.ingest.records import (
    Document,
    PartialDate,
    Person,
    ReleaseRecord,
    Span,
)
from cases.ingest.titles import choose_title, generated_headline, opening_lines
from cases.models import (
    Force,
    Officer,
    ProfessionalStandard,
    SourceDocument,
    SourceStatus,
)


class SaveStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    NOT_OUTCOME = "not-outcome"
    FAILED = "failed"


@dataclass
class SaveOutcome:
    status: SaveStatus
    held_back: list[str] = field(default_factory=list)  # corrections kept, one a line
    reason: str = ""  # why it failed
    changes: list[str] = field(default_factory=list)  # what it changed, one a line


@dataclass
class Lookups:
    """Reference rows read once per run, so that saving costs no query per field."""

    forces: dict[str, Force]
    standards: dict[str, ProfessionalStandard]

    @classmethod
    def load(cls) -> Lookups:
        return cls(
            forces={force.name: force for force in Force.objects.all()},
            standards={s.name: s for s in ProfessionalStandard.objects.all()},
        )


def drop_repeated_people(record: ReleaseRecord, lookups: Lookups) -> None:
    """One result per person per case: a named person the record lists twice (same
    force, same name) keeps the first entry, and the case is flagged for review."""
    seen, kept = set(), []
    for person in record.people:
        force = person_force(person, record, lookups)
        key = (force.pk if force else None, Officer.normalise_name(person.name or ""))
        if person.name and key in seen:
            record.review_reasons.append(
                f"{person.name} was read twice; only the first result was kept."
            )
            continue
        seen.add(key)
        kept.append(person)
    record.people = kept


def fill_source(source: SourceDocument, document: Document, parser_version: str):
    source.file_name = document.file_name[:500]
    source.url = document.url
    source.redirect_chain = list(document.redirect_chain)
    source.captured_at = document.captured_at or timezone.now()
    source.raw_bytes = document.raw_bytes
    source.title = document.title[:500]
    source.publisher = document.publisher[:200]
    source.published_on = document.published
    source.raw_text = document.raw_text
    source.text = document.text
    source.content_type = document.content_type
    source.encoding = document.encoding
    source.sha256 = document.sha256
    source.parser_version = parser_version


def source_status(record: ReleaseRecord) -> str:
    return SourceStatus.PARSED if record.is_outcome else SourceStatus.NOT_OUTCOME


def case_values(document: Document, record: ReleaseRecord, lookups: Lookups) -> dict:
    dates = record.dates
    return {
        "title": case_title(document, record)[:300],
        "force": lookups.forces.get(record.force or ""),
        "summary": record.summary,
        "published_on": document.published,
        "proceeding": next((p.proceeding for p in record.people if p.proceeding), ""),
        "chair": record.chair[:200],
        **_stage("referred_on", dates.referrals[0] if dates.referrals else None),
        **_stage("investigation_concluded_on", dates.investigation_concluded),
        **_stage("hearing_on", dates.hearing),
        **_stage("outcome_on", dates.outcome),
    }


def person_force(person: Person, record: ReleaseRecord, lookups: Lookups):
    return lookups.forces.get(person.force or record.force or "")


def result_values(person: Person, force: Force | None) -> dict:
    return {
        "force": force,
        "rank": person.rank or "",
        "age": person.age,
        "former": person.former,
        "severity": person.severity or "",
        "outcome": person.outcome or "",
        "criminal": person.criminal or "",
        "proceeding": person.proceeding or "",
        "hearing_date": person.hearing_date,
        "barred": person.barred,
    }


def allegation_values(item: AllegationRecord) -> dict:
    periods = [p for p in (item.period_start, item.period_end) if p]
    return {
        "text": item.text,
        "proven": item.proven,
        "period_start": item.period_start.value if item.period_start else None,
        "period_end": item.period_end.value if item.period_end else None,
        "period_precision": periods[0].precision if periods else "",
    }


def officer_values(person: Person, force: Force | None) -> dict:
    """A new Officer for this person; anonymised people get a label, never a name."""
    if not person.name:
        return {
            "anonymous": True,
            "label": (person.label or "Unnamed person")[:100],
            "rank": person.rank or "",
            "force": force,
        }
    return {
        "anonymous": False,
        "name": person.name[:200],
        "slug": slugify(person.name)[:200],
        "rank": person.rank or "",
        "force": force,
    }


def evidence_json(spans: dict[str, Span], source_id: int) -> dict:
    return {
        name: {"source": source_id, "start": s.start, "end": s.end, "quote": s.quote}
        for name, s in spans.items()
    }


def allegation_evidence(item: AllegationRecord, source_id: int) -> dict:
    return evidence_json({"text": item.evidence} if item.evidence else {}, source_id)


def _stage(name: str, value: PartialDate | None) -> dict:
    return {
        name: value.value if value else None,
        f"{name}_precision": value.precision if value else "",
    }


def case_title(document: Document, record: ReleaseRecord) -> str:
    """The story's headline: the first usable one among the extracted title and the
    document's opening lines; failing those, one made from the facts."""
    candidates = [record.title, *opening_lines(document.text)]
    title = choose_title(candidates, document.publisher)
    if title:
        return title
    when = record.dates.outcome or record.dates.hearing
    return generated_headline(
        record.force or "",
        [(p.rank or "", p.outcome or "") for p in record.people],
        when.value if when else document.published,
        when.precision if when else "day",
    )
