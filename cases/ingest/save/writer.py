"""The one writer of the ingest: extracted records → rows, for one document or many.

`save_releases` saves a batch in one transaction, with a few queries per table whatever
its size; `save_release` is the same with a batch of one. For each document it decides:
- content already stored and read by this parser: nothing to do;
- content stored but read by another parser, or failed before: read again in place;
- new content at a location already on record: a new version of that source (the old
  text and the evidence read from it stay), and the case is updated from it;
- new content at a new location: a new source and case.
A field an editor has corrected (listed in the row's `edited_fields`) is never
overwritten: what the document now says instead is returned as `held_back`. A version
that reads as no outcome keeps the case as it was and flags it for review.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from django.db import transaction
from django.db.models import Prefetch, Q

from cases import freshness
from cases.bulk import update_rows
from cases.ingest.records import Document, Person, ReleaseRecord
from cases.ingest.save.cases import CaseWriter
from cases.ingest.save.provenance import FIELDS as PROVENANCE
from cases.ingest.save.provenance import save_missing_provenance
from cases.ingest.save.rows import PendingRows
from cases.ingest.save.values import (
    Lookups,
    SaveOutcome,
    SaveStatus,
    drop_repeated_people,
    fill_source,
    officer_values,
    person_force,
    source_status,
)
from cases.ingest.save.versions import (
    OnRecord,
    location_of,
    new_version_of,
    read_again,
    write_sources,
)
from cases.models import (
    Case,
    Officer,
    Result,
    SourceDocument,
    SourceStatus,
)
from cases.public import withholding

Item = tuple[Document, ReleaseRecord]


def save_release(
    document: Document,
    record: ReleaseRecord,
    *,
    parser_version: str,
    lookups: Lookups | None = None,
    action: str = "ingest",
) -> SaveOutcome:
    """Store one extracted document and what it reports; return what happened."""
    [outcome] = save_releases(
        [(document, record)],
        parser_version=parser_version,
        lookups=lookups or Lookups.load(),
        action=action,
    )
    return outcome


def save_releases(
    items: Sequence[Item],
    *,
    parser_version: str,
    lookups: Lookups,
    action: str = "ingest",
) -> list[SaveOutcome]:
    """Store extracted documents in one transaction; one outcome per item, in order.

    `action` starts the reason each history record gives ("ingest", "re-extraction").
    """
    outcomes: dict[int, SaveOutcome] = {}
    waiting = list(enumerate(items))
    with transaction.atomic():
        while waiting:
            # Two documents of one batch with the same content or location are saved
            # in turn, so that the second sees the first as on record.
            now, waiting = _without_repeats(waiting)
            saved = _Batch(parser_version, lookups, action).save([it for _, it in now])
            outcomes.update(zip([index for index, _ in now], saved, strict=True))
    return [outcomes[index] for index in range(len(items))]


def _without_repeats(waiting):
    seen: set[str] = set()
    now, later = [], []
    for index, (document, record) in waiting:
        keys = {document.sha256, "@" + location_of(document)}
        (later if keys & seen else now).append((index, (document, record)))
        seen |= keys
    return now, later


class _Batch:
    def __init__(self, parser_version: str, lookups: Lookups, action: str):
        self.parser_version = parser_version
        self.lookups = lookups
        self.action = action
        self.rows = PendingRows()
        self.officers: dict[tuple[int, str], Officer] = {}
        self.officers_by_pk: dict[int, Officer] = {}  # one instance per stored row
        self.new_cases: list[tuple[SourceDocument, Case]] = []
        self.changed_cases: list[Case] = []
        self.unchanged: list[tuple[Document, SourceDocument]] = []

    def save(self, items: Sequence[Item]) -> list[SaveOutcome]:
        for _, record in items:
            drop_repeated_people(record, self.lookups)
        on_record = OnRecord.load(document for document, _ in items)
        planned = [self.place_source(*item, on_record) for item in items]
        sources = [source for source, _ in planned if source is not None]
        write_sources(sources)
        self.load_officers(items)
        cases = self.load_cases(sources)
        outcomes = []
        for (document, record), (source, outcome) in zip(items, planned, strict=True):
            if source is not None:
                self.plan_case(source, document, record, cases, outcome)
            outcomes.append(outcome)
        self.rows.write()
        for source, case in self.new_cases:
            source.case = case
        update_rows([s for s, _ in self.new_cases], ["case"])
        if sources:
            freshness.record_change({case.pk for case in self.changed_cases})
        if self.unchanged:  # its folder may have gained a sources.tsv since
            save_missing_provenance(
                [document for document, _ in self.unchanged],
                {
                    row.sha256: {name: getattr(row, name) for name in PROVENANCE}
                    for _, row in self.unchanged
                },
            )
        return outcomes

    # --- Sources ---------------------------------------------------------------------

    def place_source(self, document: Document, record: ReleaseRecord, on_record):
        """The source row this document is (unsaved), with what will have happened."""
        stored = on_record.by_sha.get(document.sha256)
        if stored is not None:
            if (
                stored.parser_version == self.parser_version
                and stored.status != SourceStatus.FAILED
            ):
                self.unchanged.append((document, stored))
                return None, SaveOutcome(SaveStatus.UNCHANGED)
            source, status = stored, SaveStatus.UPDATED
            read_again(source, document, self.parser_version)
        else:
            previous = on_record.previous_version(document)
            source = new_version_of(previous, document)
            status = SaveStatus.CREATED if previous is None else SaveStatus.UPDATED
            fill_source(source, document, self.parser_version)
        source.status = source_status(record)
        source.error = ""
        if status == SaveStatus.CREATED and not record.is_outcome:
            status = SaveStatus.NOT_OUTCOME
        return source, SaveOutcome(status)

    def load_cases(self, sources: list[SourceDocument]) -> dict[int, Case]:
        """The cases these sources update, with everything their people hold."""
        ids = {source.case_id for source in sources if source.case_id}
        if not ids:
            return {}
        results = Result.objects.select_related("officer").prefetch_related(
            "standards", "allegations__standards"
        )
        cases = Case.objects.filter(pk__in=ids).prefetch_related(
            Prefetch("results", queryset=results.order_by("position", "id"))
        )
        for case in cases:
            for result in case.results.all():
                officer = result.officer
                result.officer = self.officers_by_pk.setdefault(officer.pk, officer)
        return {case.pk: case for case in cases}

    def load_officers(self, items: Sequence[Item]) -> None:
        """Named people already on record, by the name they have or were read as."""
        keys = {
            self.officer_key(person, record)
            for _, record in items
            for person in record.people
            if person.name
        }
        names = {name for _, name in keys}
        if not names:
            return
        found = Officer.objects.filter(anonymous=False).filter(
            Q(normalised_name__in=names) | Q(extracted_name__in=names)
        )
        by_read_name = {}
        for officer in found:
            self.officers_by_pk[officer.pk] = officer
            force = officer.force_id or 0
            self.officers[(force, officer.normalised_name)] = officer
            if officer.extracted_name:
                by_read_name.setdefault((force, officer.extracted_name), officer)
        for key, officer in by_read_name.items():
            self.officers.setdefault(key, officer)  # the name it has wins

    def officer_key(self, person: Person, record: ReleaseRecord) -> tuple[int, str]:
        force = person_force(person, record, self.lookups)
        return (force.pk if force else 0, Officer.normalise_name(person.name or ""))

    @cached_property
    def withheld_names(self) -> set[str]:
        return withholding.withheld_name_keys()

    # --- Cases and people ------------------------------------------------------------

    def plan_case(self, source, document, record, cases, outcome: SaveOutcome) -> None:
        reason = f"{self.action} of source #{source.pk} (parser {self.parser_version})"
        writer = CaseWriter(self, source, outcome, reason)
        case = cases.get(source.case_id)
        if not source.is_newest:
            return  # an old version read again: the case follows the newest
        if record.is_outcome:
            saved = writer.save_case(case, document, record)
            if source.case_id != saved.pk or saved.pk is None:
                self.new_cases.append((source, saved))
        elif case is not None:
            writer.flag(
                case,
                f"Version {source.version} of a source (#{source.pk}) reads as no "
                "outcome; the case keeps what the earlier version said.",
            )
            outcome.held_back.append(
                f"case “{case}”: kept as it was; this version reports no outcome"
            )

    def officer_for(self, person: Person, record: ReleaseRecord, reason) -> Officer:
        """One Officer per named person of a force; anonymised people never merge."""
        force = person_force(person, record, self.lookups)
        key = self.officer_key(person, record)
        if person.name and key in self.officers:
            return self.officers[key]
        officer = Officer(**officer_values(person, force))
        if person.name:
            officer.normalised_name = officer.extracted_name = key[1]
            self.officers[key] = officer
            if key[1] in self.withheld_names:
                # Found again where the record does not match (another force): the
                # same name as a withheld person's stays withheld until an editor says.
                officer.withheld = True
                officer.withheld_reason = withholding.SAME_NAME
        self.rows.create(officer, reason)
        return officer
