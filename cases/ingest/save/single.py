"""One document in its own transaction: new, changed, or read again by a newer parser.

A document whose content changed at a path or URL already on record updates that source
and its case in place. A field an editor has corrected (listed in the row's
`edited_fields`) is never overwritten: what the ingest would have changed is returned as
`held_back` instead.
"""

from __future__ import annotations

from django.db import transaction

from cases import freshness
from cases.ingest.records import Document, Person, ReleaseRecord
from cases.ingest.save.values import (
    Lookups,
    SaveOutcome,
    SaveStatus,
    allegation_evidence,
    allegation_values,
    case_values,
    drop_repeated_people,
    evidence_json,
    fill_source,
    officer_values,
    person_force,
    result_values,
    source_status,
)
from cases.models import Allegation, Case, Officer, Result, SourceDocument, SourceStatus


def save_release(
    document: Document,
    record: ReleaseRecord,
    *,
    parser_version: str,
    lookups: Lookups | None = None,
) -> SaveOutcome:
    """Store one extracted document and what it reports; return what happened."""
    lookups = lookups or Lookups.load()
    drop_repeated_people(record, lookups)
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
        fill_source(source, document, parser_version)
        source.status = source_status(record)
        source.error = ""
        source.save()
        held_back: list[str] = []
        if record.is_outcome:
            writer = _Writer(source, lookups, held_back)
            source.case = writer.save_case(source.case, document, record)
            source.save(update_fields=["case"])
        if not record.is_outcome and status == SaveStatus.CREATED:
            status = SaveStatus.NOT_OUTCOME
        freshness.record_change([source.case.pk] if record.is_outcome else [])
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
        fill_source(source, document, parser_version)
        source.status = SourceStatus.FAILED
        source.error = reason
        source.save()
        freshness.record_change()  # the home page counts sources, failed ones too


def _source_at(location: str) -> SourceDocument | None:
    """The source last read from this path or URL, whose content has since changed."""
    return (
        SourceDocument.objects.filter(location=location)
        .exclude(status=SourceStatus.FAILED)
        .order_by("-updated_at", "-id")
        .first()
    )


class _Writer:
    """Writes one document's records, keeping every field an editor has corrected."""

    def __init__(self, source: SourceDocument, lookups: Lookups, held_back: list[str]):
        self.source = source
        self.lookups = lookups
        self.held_back = held_back
        # History keeps at most 100 characters of a reason: name the source by id.
        self.reason = f"ingest of source #{source.pk}"

    def assign(self, obj, values: dict) -> None:
        for name, value in values.items():
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
        self.assign(case, case_values(document, record, self.lookups))
        case.review_reasons = "\n".join(record.review_reasons)
        case.evidence = evidence_json(record.evidence, self.source.pk)
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
            force = person_force(person, record, self.lookups)
            result = _match_result(existing, kept, person, position)
            if result is None:
                result = Result(case=case, officer=_officer_for(person, force))
            kept.add(result.officer_id)
            self.assign(result, result_values(person, force))
            result.position = position
            result.evidence = evidence_json(person.evidence, self.source.pk)
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

    def save_allegations(self, result: Result, person: Person) -> None:
        stored = {a.position: a for a in result.allegations.all()}
        for position, item in enumerate(person.allegations):
            allegation = stored.pop(position, None) or Allegation(result=result)
            allegation.position = position
            self.assign(allegation, allegation_values(item))
            allegation.evidence = allegation_evidence(item, self.source.pk)
            allegation._change_reason = self.reason
            allegation.save()
            self.assign_standards(allegation, item.standards)
        for leftover in stored.values():
            if not leftover.edited_fields:  # an editor's allegation stays
                leftover._change_reason = self.reason
                leftover.delete()

    def update_officer(self, officer: Officer, person: Person, force) -> None:
        """Keep the last known rank, and a force for anonymised people found later."""
        changes = {}
        if person.rank and officer.rank != person.rank:
            changes["rank"] = person.rank
        if force and officer.force_id is None:
            changes["force"] = force
        if changes:
            self.assign(officer, changes)
            officer._change_reason = self.reason
            officer.save()


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


def _officer_for(person: Person, force) -> Officer:
    """One Officer per named person of a force; anonymised people are never merged."""
    values = officer_values(person, force)
    if values["anonymous"]:
        return Officer.objects.create(**values)
    officer, _ = Officer.objects.get_or_create(
        force=force,
        normalised_name=Officer.normalise_name(person.name),
        anonymous=False,
        defaults=values,
    )
    return officer
