"""Many new documents at once: a few bulk queries for a whole batch.

Used for documents whose content and path are not on record yet, which is nearly every
document of a large ingest. The batch is one transaction: if anything in it fails (a bad
record, another ingest saving the same people at the same moment), it is rolled back
whole and the caller saves each document on its own instead, so a failure still leaves
no partial rows and stops no other document. History is written in bulk too, with the
same rows one-by-one saving would write.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import models, transaction
from simple_history.utils import bulk_create_with_history

from cases import freshness
from cases.ingest.records import Document, ReleaseRecord
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
from cases.models import Allegation, Case, Officer, Result, SourceDocument

REASON = "ingest"


def save_new_releases(
    items: Sequence[tuple[Document, ReleaseRecord]],
    *,
    parser_version: str,
    lookups: Lookups,
) -> list[SaveOutcome]:
    """Store documents not yet on record; one outcome per item, in order."""
    for _, record in items:
        drop_repeated_people(record, lookups)
    with transaction.atomic():
        sources = []
        for document, record in items:
            source = SourceDocument(
                location=document.path, status=source_status(record)
            )
            fill_source(source, document, parser_version)
            sources.append(source)
        SourceDocument.objects.bulk_create(sources)

        reported = [
            (document, record, source)
            for (document, record), source in zip(items, sources, strict=True)
            if record.is_outcome
        ]
        cases = []
        for document, record, source in reported:
            case = Case(**case_values(document, record, lookups))
            case.slug = Case.slug_for(case.title)
            case.review_reasons = "\n".join(record.review_reasons)
            case.evidence = evidence_json(record.evidence, source.pk)
            case._change_reason = REASON
            cases.append(case)
        bulk_create_with_history(cases, Case, default_change_reason=REASON)
        for case, (_, _, source) in zip(cases, reported, strict=True):
            source.case = case
        SourceDocument.objects.bulk_update([s for _, _, s in reported], ["case"])

        _save_people(cases, reported, lookups)
        freshness.record_change([case.pk for case in cases])
    return [
        SaveOutcome(SaveStatus.CREATED if record.is_outcome else SaveStatus.NOT_OUTCOME)
        for _, record in items
    ]


def _save_people(cases, reported, lookups: Lookups) -> None:
    people = [
        (case, source, record, position, person)
        for case, (_, record, source) in zip(cases, reported, strict=True)
        for position, person in enumerate(record.people)
    ]
    officers = _officers_for(people, lookups)
    results = []
    for (case, source, record, position, person), officer in zip(
        people, officers, strict=True
    ):
        force = person_force(person, record, lookups)
        result = Result(
            case=case,
            officer=officer,
            position=position,
            **result_values(person, force),
        )
        result.evidence = evidence_json(person.evidence, source.pk)
        results.append(result)
    bulk_create_with_history(results, Result, default_change_reason=REASON)
    _add_standards(
        Result,
        results,
        [[lookups.standards[s] for s in p[4].standards] for p in people],
    )

    allegations, standards = [], []
    for result, (_, source, _, _, person) in zip(results, people, strict=True):
        for position, item in enumerate(person.allegations):
            allegation = Allegation(
                result=result, position=position, **allegation_values(item)
            )
            allegation.evidence = allegation_evidence(item, source.pk)
            allegations.append(allegation)
            standards.append([lookups.standards[s] for s in item.standards])
    bulk_create_with_history(allegations, Allegation, default_change_reason=REASON)
    _add_standards(Allegation, allegations, standards)


def _officers_for(people, lookups: Lookups) -> list[Officer]:
    """The Officer of each person: a named person of a force already on record is that
    officer; anybody else is created, anonymised people each on their own."""
    named = {}
    for _, _, record, _, person in people:
        if person.name:
            force = person_force(person, record, lookups)
            named[
                (force.pk if force else None, Officer.normalise_name(person.name))
            ] = (
                person,
                force,
            )
    known = {}
    if named:
        candidates = Officer.objects.filter(
            anonymous=False, normalised_name__in={name for _, name in named}
        )
        known = {(o.force_id, o.normalised_name): o for o in candidates}
    created: dict = {}
    officers, new = [], []
    for _, _, record, _, person in people:
        force = person_force(person, record, lookups)
        key = (force.pk if force else None, Officer.normalise_name(person.name or ""))
        if person.name and key in known:
            officer = known[key]
            rank_changed = person.rank and officer.rank != person.rank
            if rank_changed and "rank" not in officer.edited_fields:
                officer.rank = person.rank  # the last known rank
                officer._change_reason = REASON
                officer.save(update_fields=["rank", "updated_at"])
        elif person.name and key in created:
            officer = created[key]
        else:
            officer = Officer(**officer_values(person, force))
            officer.normalised_name = key[1]
            new.append(officer)
            if person.name:
                created[key] = officer
        officers.append(officer)
    bulk_create_with_history(new, Officer, default_change_reason=REASON)
    return officers


def _add_standards(
    model: type[models.Model], objs: list, standards: list[list]
) -> None:
    """Link each saved object to its standards, and snapshot the links in its history
    the way simple-history does after a one-by-one save."""
    through = model.standards.through
    owner = model._meta.model_name
    links = [
        through(**{f"{owner}_id": obj.pk, "professionalstandard_id": standard.pk})
        for obj, linked in zip(objs, standards, strict=True)
        for standard in linked
    ]
    if not links:
        return
    through.objects.bulk_create(links)
    historical = model.history.model
    snapshot = historical._meta.get_field(f"historical{owner}_standards").related_model
    history_ids = dict(
        historical.objects.filter(id__in=[o.pk for o in objs]).values_list(
            "id", "history_id"
        )
    )
    snapshot.objects.bulk_create(
        snapshot(
            **{
                "id": link.pk,
                f"{owner}_id": getattr(link, f"{owner}_id"),
                "professionalstandard_id": link.professionalstandard_id,
                "history_id": history_ids[getattr(link, f"{owner}_id")],
            }
        )
        for link in links
    )
