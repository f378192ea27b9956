"""One document's case, people and allegations, planned as rows to write.

The writer (`writer._Batch`) decides which source and case a document is; this plans
what that case's rows become: what the document says, except the fields an editor has
corrected (kept, and reported as `held_back`), each change noted for the history and
for a dry run's report. A named person already in the case is matched by their name or
the name they were first read as; anybody else by their place in the document.
"""

from __future__ import annotations

from django.db import models

from cases.ingest.records import Person, ReleaseRecord
from cases.ingest.save.values import (
    SaveOutcome,
    allegation_evidence,
    allegation_values,
    case_values,
    evidence_json,
    person_force,
    result_values,
)
from cases.models import Allegation, Case, Officer, Result
from cases.public import withholding


class CaseWriter:
    """Plans one document's case, people and allegations, keeping every correction."""

    def __init__(self, batch, source, outcome: SaveOutcome, reason: str):
        self.batch = batch
        self.rows = batch.rows
        self.source = source
        self.held_back = outcome.held_back
        self.changes = outcome.changes
        self.reason = reason

    def create(self, obj: models.Model) -> None:
        self.rows.create(obj, self.reason)
        self.changes.append(f"new {obj._meta.verbose_name}")

    def assign(self, obj: models.Model, values: dict, free: dict | None = None):
        """Set what the document says, except fields an editor has corrected; note the
        change for the history. `free` values are the ingest's own (never corrected)."""
        changed = set()
        for name, value in values.items():
            if _same(obj, name, value):
                continue
            if obj.pk is not None and name in obj.edited_fields:
                self.held_back.append(
                    f"{obj._meta.verbose_name} “{obj}”: kept the editor's {name} "
                    f"“{getattr(obj, name)}”; the document now gives “{value}”"
                )
                continue
            if obj.pk is not None:
                self.changes.append(
                    f"{obj._meta.verbose_name} “{obj}”: {name} “{getattr(obj, name)}” "
                    f"→ “{value}”"
                )
            setattr(obj, name, value)
            changed.add(name)
        for name, value in (free or {}).items():
            if not _same(obj, name, value):
                setattr(obj, name, value)
                changed.add(name)
        if changed:
            self.rows.change(obj, changed, self.reason)

    def assign_standards(self, obj, names: list[str]) -> None:
        wanted = [self.batch.lookups.standards[name] for name in names]
        if obj.pk is None:
            self.rows.standards[id(obj)] = (obj, wanted)
            return
        if {s.pk for s in obj.standards.all()} == {s.pk for s in wanted}:
            return
        if "standards" in obj.edited_fields:
            self.held_back.append(
                f"{obj._meta.verbose_name} “{obj}”: kept the editor's standards; "
                f"the document now gives {', '.join(names) or 'none'}"
            )
        else:
            self.rows.set_standards(obj, wanted, self.reason)
            self.changes.append(
                f"{obj._meta.verbose_name} “{obj}”: standards → "
                f"{', '.join(names) or 'none'}"
            )

    def flag(self, case: Case, reason: str) -> None:
        if reason in case.review_reasons.splitlines():
            return
        reasons = "\n".join(filter(None, [case.review_reasons, reason]))
        self.assign(case, {}, {"review_reasons": reasons})
        self.batch.changed_cases.append(case)

    def save_case(self, case: Case | None, document, record: ReleaseRecord) -> Case:
        values = case_values(document, record, self.batch.lookups)
        free = {
            "review_reasons": "\n".join(record.review_reasons),
            "evidence": evidence_json(record.evidence, self.source.pk),
        }
        if case is None:
            case = Case(**values, **free)
            case.slug = Case.slug_for(case.title)
            if withholding.case_withheld_by_source(self.source):
                case.withheld = True
                case.withheld_reason = withholding.SAME_PLACE
            self.create(case)
        else:
            self.assign(case, values, free)
        self.batch.changed_cases.append(case)
        self.save_people(case, record)
        return case

    def save_people(self, case: Case, record: ReleaseRecord) -> None:
        existing = list(case.results.all()) if case.pk else []
        kept: list[Result] = []
        for position, person in enumerate(record.people):
            force = person_force(person, record, self.batch.lookups)
            result = _match_result(existing, kept, person, position)
            if result is None:
                officer = self.batch.officer_for(person, record, self.reason)
                if any(r.officer == officer for r in kept):
                    self.flag(case, f"{person.name} was read twice under two names.")
                    continue
                result = Result(case=case, officer=officer)
                self.create(result)
            kept.append(result)
            self.assign(
                result,
                result_values(person, force),
                {
                    "position": position,
                    "evidence": evidence_json(person.evidence, self.source.pk),
                },
            )
            self.assign_standards(result, person.standards)
            self.save_allegations(result, person)
            self.update_officer(result.officer, person, force)
        vanished = [r for r in existing if r not in kept]
        if vanished:
            names = ", ".join(str(r.officer) for r in vanished)
            self.flag(case, f"No longer in the updated source document: {names}.")

    def save_allegations(self, result: Result, person: Person) -> None:
        stored = {a.position: a for a in result.allegations.all()} if result.pk else {}
        for position, item in enumerate(person.allegations):
            allegation = stored.pop(position, None)
            if allegation is None:
                allegation = Allegation(result=result, position=position)
                self.create(allegation)
            self.assign(
                allegation,
                allegation_values(item),
                {"evidence": allegation_evidence(item, self.source.pk)},
            )
            self.assign_standards(allegation, item.standards)
        for leftover in stored.values():
            if not leftover.edited_fields:  # an editor's allegation stays
                self.rows.delete(leftover, self.reason)
                self.changes.append(f"allegation removed: “{leftover}”")

    def update_officer(self, officer: Officer, person: Person, force) -> None:
        """Keep the last known rank, and a force for anonymised people found later."""
        changes = {}
        if person.rank:
            changes["rank"] = person.rank
        if force and officer.force_id is None and officer.anonymous:
            changes["force"] = force
        if officer.pk is None:  # created by this batch: written with its last values
            for name, value in changes.items():
                setattr(officer, name, value)
        elif changes:
            self.assign(officer, changes)


def _same(obj: models.Model, name: str, value) -> bool:
    field = obj._meta.get_field(name)
    if isinstance(field, models.ForeignKey):
        return getattr(obj, field.attname) == (value.pk if value else None)
    return getattr(obj, name) == value


def _match_result(
    existing: list[Result], kept: list[Result], person: Person, position: int
) -> Result | None:
    """The result already on record for this person, when the case is read again.

    A named person is matched by their name or the name they were first read as (an
    editor may have corrected it); an anonymised one, or one whose person an editor has
    changed, by their place in the document.
    """
    unclaimed = [r for r in existing if r not in kept]
    if person.name:
        name = Officer.normalise_name(person.name)
        for result in unclaimed:
            officer = result.officer
            if not officer.anonymous and name in (
                officer.normalised_name,
                officer.extracted_name,
            ):
                return result
    for result in unclaimed:
        same_anonymous = result.officer.anonymous and not person.name
        if result.position == position and (
            same_anonymous or "officer" in result.edited_fields
        ):
            return result
    return None
