"""Save stage: records → rows. The only ingest module that imports models.

A document is identified by the SHA-256 of its bytes: the same release reached by two
paths is one source, and reading it again changes nothing. A document whose content
changed at a path or URL already on record updates that source and its case in place.
Each call runs in its own transaction, so a failure leaves no partial rows. A field an
editor has corrected (listed in the row's `edited_fields`) is never overwritten: what the
ingest would have changed is returned as `held_back` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.db import transaction
from django.utils.text import slugify

from cases.ingest.records import Document, PartialDate, Person, ReleaseRecord, Span
from cases.models import (
    Allegation,
    Case,
    Force,
    Officer,
    ProfessionalStandard,
    Result,
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


@dataclass
class Lookups:
    """Reference rows read once per run, so that saving a document costs no query per field."""

    forces: dict[str, Force]
    standards: dict[str, ProfessionalStandard]

    @classmethod
    def load(cls) -> Lookups:
        return cls(
            forces={force.name: force for force in Force.objects.all()},
            standards={s.name: s for s in ProfessionalStandard.objects.all()},
        )


def save_release(
    document: Document,
    record: ReleaseRecord,
    *,
    parser_version: str,
    lookups: Lookups | None = None,
) -> SaveOutcome:
    """Store one extracted document and what it reports; return what happened."""
    lookups = lookups or Lookups.load()
    with transaction.atomic():
        source = SourceDocument.objects.filter(sha256=document.sha256).first()
        if (
            source is not None
            and source.parser_version == parser_version
            and source.status != SourceStatus.FAILED
        ):
            return SaveOutcome(SaveStatus.UNCHANGED)
        status = SaveStatus.UPDATED
        if source is None:
            source = _source_at(document.path)
            if source is None:
                source = SourceDocument(location=document.path)
                status = SaveStatus.CREATED
        _fill_source(source, document, parser_version)
        source.status = (
            SourceStatus.PARSED if record.is_outcome else SourceStatus.NOT_OUTCOME
        )
        source.error = ""
        source.save()
        held_back: list[str] = []
        if record.is_outcome:
            writer = _Writer(source, lookups, held_back)
            source.case = writer.save_case(source.case, document, record)
            source.save(update_fields=["case"])
        if not record.is_outcome and status == SaveStatus.CREATED:
            status = SaveStatus.NOT_OUTCOME
        return SaveOutcome(status, held_back)


def save_failure(document: Document, reason: str, *, parser_version: str) -> None:
    """Keep a document the extractor could not handle, so that it is not lost.

    A source already parsed under the same content is left as it was.
    """
    with transaction.atomic():
        source = SourceDocument.objects.filter(sha256=document.sha256).first()
        if source is not None and source.status != SourceStatus.FAILED:
            return
        source = source or SourceDocument(location=document.path)
        _fill_source(source, document, parser_version)
        source.status = SourceStatus.FAILED
        source.error = reason
        source.save()


def _source_at(location: str) -> SourceDocument | None:
    """The source last read from this path or URL, whose content has since changed."""
    return (
        SourceDocument.objects.filter(location=location)
        .exclude(status=SourceStatus.FAILED)
        .order_by("-updated_at", "-id")
        .first()
    )


def _fill_source(
    source: SourceDocument, document: Document, parser_version: str
) -> None:
    source.title = document.title[:500]
    source.publisher = document.publisher[:200]
    source.published_on = document.published
    source.raw_text = document.raw_text
    source.text = document.text
    source.media_type = document.media_type
    source.encoding = document.encoding
    source.sha256 = document.sha256
    source.parser_version = parser_version


class _Writer:
    """Writes one document's records, keeping every field an editor has corrected."""

    def __init__(self, source: SourceDocument, lookups: Lookups, held_back: list[str]):
        self.source = source
        self.lookups = lookups
        self.held_back = held_back
        # History keeps at most 100 characters of a reason: name the source by id.
        self.reason = f"ingest of source #{source.pk}"

    def assign(self, obj, name: str, value) -> None:
        if name not in obj.edited_fields:
            setattr(obj, name, value)
        elif getattr(obj, name) != value:
            self.held_back.append(
                f"{obj._meta.verbose_name} “{obj}”: kept the editor's {name} "
                f"“{getattr(obj, name)}”; the document now gives “{value}”"
            )

    def assign_standards(self, obj, names: list[str]) -> None:
        wanted = [self.lookups.standards[name] for name in names]
        if "standards" not in obj.edited_fields:
            obj.standards.set(wanted)
        elif set(obj.standards.all()) != set(wanted):
            self.held_back.append(
                f"{obj._meta.verbose_name} “{obj}”: kept the editor's standards; "
                f"the document now gives {', '.join(names) or 'none'}"
            )

    def save_case(
        self, case: Case | None, document: Document, record: ReleaseRecord
    ) -> Case:
        case = case or Case()
        title = record.title or document.title or _first_line(document.text)
        dates = record.dates
        values = {
            "title": title[:300],
            "force": self.lookups.forces.get(record.force or ""),
            "summary": record.summary,
            "published_on": document.published,
            "proceeding": next(
                (p.proceeding for p in record.people if p.proceeding), ""
            ),
            "chair": record.chair[:200],
            **_stage("referred_on", dates.referrals[0] if dates.referrals else None),
            **_stage("investigation_concluded_on", dates.investigation_concluded),
            **_stage("hearing_on", dates.hearing),
            **_stage("outcome_on", dates.outcome),
        }
        for name, value in values.items():
            self.assign(case, name, value)
        case.review_reasons = "\n".join(record.review_reasons)
        case.evidence = self.evidence(record.evidence)
        case._change_reason = self.reason
        case.save()
        self.save_people(case, record)
        return case

    def save_people(self, case: Case, record: ReleaseRecord) -> None:
        existing = list(
            case.results.select_related("officer").order_by("position", "id")
        )
        kept: set[int] = set()
        for position, person in enumerate(record.people):
            force = self.lookups.forces.get(person.force or record.force or "")
            result = _match_result(existing, kept, person, position)
            if result is None:
                result = Result(case=case, officer=_officer_for(person, force))
            kept.add(result.officer_id)
            self.fill_result(result, person, force, position)
            result._change_reason = self.reason
            result.save()
            self.assign_standards(result, person.standards)
            self.save_allegations(result, person)
            self.update_officer(result.officer, person, force)
        vanished = [r for r in existing if r.officer_id not in kept]
        if vanished:
            names = ", ".join(str(r.officer) for r in vanished)
            reason = f"No longer in the updated source document: {names}."
            case.review_reasons = "\n".join(filter(None, [case.review_reasons, reason]))
            case.save(update_fields=["review_reasons", "updated_at"])

    def fill_result(
        self, result: Result, person: Person, force: Force | None, position: int
    ) -> None:
        values = {
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
        for name, value in values.items():
            self.assign(result, name, value)
        result.position = position
        result.evidence = self.evidence(person.evidence)

    def save_allegations(self, result: Result, person: Person) -> None:
        stored = {a.position: a for a in result.allegations.all()}
        for position, item in enumerate(person.allegations):
            allegation = stored.pop(position, None) or Allegation(result=result)
            allegation.position = position
            periods = [p for p in (item.period_start, item.period_end) if p]
            values = {
                "text": item.text,
                "proven": item.proven,
                "period_start": item.period_start.value if item.period_start else None,
                "period_end": item.period_end.value if item.period_end else None,
                "period_precision": periods[0].precision if periods else "",
            }
            for name, value in values.items():
                self.assign(allegation, name, value)
            spans = {"text": item.evidence} if item.evidence else {}
            allegation.evidence = self.evidence(spans)
            allegation._change_reason = self.reason
            allegation.save()
            self.assign_standards(allegation, item.standards)
        for leftover in stored.values():
            if not leftover.edited_fields:  # an editor's allegation stays
                leftover._change_reason = self.reason
                leftover.delete()

    def update_officer(self, officer: Officer, person: Person, force: Force | None):
        changed = []
        if person.rank and officer.rank != person.rank:
            self.assign(officer, "rank", person.rank)
            changed.append("rank")
        if force and officer.force_id is None:
            self.assign(officer, "force", force)
            changed.append("force")
        if changed:
            officer._change_reason = self.reason
            officer.save()

    def evidence(self, spans: dict[str, Span]) -> dict:
        return {
            name: {
                "source": self.source.pk,
                "start": s.start,
                "end": s.end,
                "quote": s.quote,
            }
            for name, s in spans.items()
        }


def _stage(name: str, value: PartialDate | None) -> dict:
    return {
        name: value.value if value else None,
        f"{name}_precision": value.precision if value else "",
    }


def _match_result(
    existing: list[Result], kept: set[int], person: Person, position: int
) -> Result | None:
    """The result already on record for this person, when the case is read again.

    A named person is matched by name; an anonymised one, or one whose person an editor
    has changed, by their place in the document.
    """
    unclaimed = [r for r in existing if r.officer_id not in kept]
    if person.name:
        name = Officer.normalise_name(person.name)
        for result in unclaimed:
            if not result.officer.anonymous and result.officer.normalised_name == name:
                return result
    for result in unclaimed:
        same_anonymous = result.officer.anonymous and not person.name
        if result.position == position and (
            same_anonymous or "officer" in result.edited_fields
        ):
            return result
    return None


def _officer_for(person: Person, force: Force | None) -> Officer:
    """One Officer per named person of a force; anonymised people are never merged."""
    if not person.name:
        return Officer.objects.create(
            anonymous=True,
            label=(person.label or "Unnamed person")[:100],
            rank=person.rank or "",
            force=force,
        )
    officer, _ = Officer.objects.get_or_create(
        force=force,
        normalised_name=Officer.normalise_name(person.name),
        anonymous=False,
        defaults={
            "name": person.name[:200],
            "slug": slugify(person.name)[:200],
            "rank": person.rank or "",
        },
    )
    return officer


def _first_line(text: str) -> str:
    return next(
        (line.strip() for line in text.splitlines() if line.strip()), "Untitled"
    )
