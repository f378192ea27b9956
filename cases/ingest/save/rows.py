"""Pending rows of a batch and how they are written: a few bulk queries per table.

The planner (`writer`) only decides; this module only writes. Every row created or
changed gets exactly one history record, written in bulk with its change reason, and
the history of a row with standards carries a snapshot of its final standards — the
same record one `save()` followed by `standards.set()` would leave, without the extra
record of each signal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone

from cases.bulk import insert_history, update_rows
from cases.models import (
    Allegation,
    Case,
    Officer,
    ProfessionalStandard,
    Result,
)

# Parents before children: each table's foreign keys point at rows already written.
WRITE_ORDER: tuple[type[models.Model], ...] = (Case, Officer, Result, Allegation)
HISTORY_REASON_LENGTH = 100  # what simple-history keeps of a reason


@dataclass
class PendingRows:
    """Rows to create or update, their standards, and the reason of each change."""

    created: dict[type, list] = field(default_factory=lambda: defaultdict(list))
    changed: dict[type, dict[int, tuple[models.Model, set[str]]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    standards: dict[int, tuple[models.Model, list[ProfessionalStandard]]] = field(
        default_factory=dict
    )
    deleted: list[Allegation] = field(default_factory=list)
    reasons: dict[int, str] = field(default_factory=dict)

    def create(self, obj: models.Model, reason: str) -> None:
        self.created[type(obj)].append(obj)
        self.reasons[id(obj)] = reason

    def change(self, obj: models.Model, fields: set[str], reason: str) -> None:
        """Record that `fields` of a stored row changed (none: only its standards)."""
        if obj.pk is None:
            return  # a new row is written whole
        _, known = self.changed[type(obj)].setdefault(id(obj), (obj, set()))
        known.update(fields)
        self.reasons[id(obj)] = reason

    def set_standards(
        self, obj: models.Model, standards: list[ProfessionalStandard], reason: str
    ) -> None:
        self.standards[id(obj)] = (obj, standards)
        self.change(obj, set(), reason)

    def delete(self, allegation: Allegation, reason: str) -> None:
        allegation._change_reason = reason
        self.deleted.append(allegation)

    def write(self) -> None:
        now = timezone.now()
        for model in WRITE_ORDER:
            if new := self.created.get(model):
                model.objects.bulk_create(new)
            stored = [obj for obj, _ in self.changed.get(model, {}).values()]
            fields = set().union(*(f for _, f in self.changed.get(model, {}).values()))
            if fields:
                if _has_field(model, "updated_at"):
                    for obj in stored:
                        obj.updated_at = now
                    fields.add("updated_at")
                update_rows(stored, sorted(fields))
        for allegation in self.deleted:
            allegation.delete()
        self._write_standards()
        for model in WRITE_ORDER:
            self._write_history(model, now)

    def _write_standards(self) -> None:
        by_model: dict[type, list] = defaultdict(list)
        for obj, standards in self.standards.values():
            by_model[type(obj)].append((obj, standards))
        for model, items in by_model.items():
            through, owner = _through(model)
            stored = [obj.pk for obj, _ in items]
            through.objects.filter(**{f"{owner}_id__in": stored}).delete()
            through.objects.bulk_create(
                through(**{f"{owner}_id": obj.pk, "professionalstandard": standard})
                for obj, standards in items
                for standard in standards
            )

    def _write_history(self, model: type[models.Model], now) -> None:
        for objs, update in (
            (self.created.get(model, []), False),
            ([obj for obj, _ in self.changed.get(model, {}).values()], True),
        ):
            if not objs:
                continue
            reasons = [self.reasons[id(obj)][:HISTORY_REASON_LENGTH] for obj in objs]
            records = insert_history(objs, update=update, date=now, reasons=reasons)
            if _has_field(model, "standards"):
                self._snapshot_standards(model, objs, records)

    def _snapshot_standards(self, model, objs: list, records: list[int]) -> None:
        """What simple-history stores beside each record of a row with standards: the
        row's links as they now are."""
        through, owner = _through(model)
        history = model.history.model
        snapshot = history._meta.get_field(f"historical{owner}_standards").related_model
        links: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for link_id, owner_id, standard_id in through.objects.filter(
            **{f"{owner}_id__in": [obj.pk for obj in objs]}
        ).values_list("id", f"{owner}_id", "professionalstandard_id"):
            links[owner_id].append((link_id, standard_id))
        snapshot.objects.bulk_create(
            snapshot(
                **{
                    "id": link_id,
                    f"{owner}_id": obj.pk,
                    "professionalstandard_id": standard_id,
                    "history_id": record,
                }
            )
            for obj, record in zip(objs, records, strict=True)
            for link_id, standard_id in links[obj.pk]
        )


def _through(model: type[models.Model]):
    return model.standards.through, model._meta.model_name


def _has_field(model: type[models.Model], name: str) -> bool:
    return any(f.name == name for f in model._meta.get_fields())
