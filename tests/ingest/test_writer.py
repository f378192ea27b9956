"""save/writer.py: one writer for a batch and for one document; one record a person."""

import re
import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from cases.ingest.pipeline import save_extracted
from cases.ingest.records import ReleaseRecord
from cases.ingest.save import Lookups, save_release, save_releases
from cases.models import Allegation, Case, Officer, Result, SourceDocument
from tests.admin_forms import post_change_form
from tests.browser.conftest import load_reference_data
from tests.ingest.test_save import VERSION, anonymous, document, release, smith

pytestmark = pytest.mark.django_db
VERSION_KW = {"parser_version": VERSION}


def test_a_corrected_name_still_finds_the_person_in_the_changed_document(
    editor_client,
):
    save_release(document("v1"), release(smith(name="Jon Smith")), **VERSION_KW)
    officer = Officer.objects.get()
    url = reverse("admin:cases_officer_change", args=[officer.pk])
    post_change_form(editor_client, url, name="John Smith")

    save_release(document("v2"), release(smith(name="Jon Smith", age=41)), **VERSION_KW)

    officer.refresh_from_db()
    assert Officer.objects.get() == officer
    assert officer.name == "John Smith"  # the correction stands
    assert Result.objects.get().age == 41  # and the result follows the document


def test_a_corrected_name_finds_the_person_in_another_document_too(editor_client):
    save_release(document("v1"), release(smith(name="Jon Smith")), **VERSION_KW)
    officer = Officer.objects.get()
    url = reverse("admin:cases_officer_change", args=[officer.pk])
    post_change_form(editor_client, url, name="John Smith")

    for text, name in (("other", "Jon Smith"), ("third", "John Smith")):
        save_release(
            document(text, path=f"{text}.txt"), release(smith(name=name)), **VERSION_KW
        )

    assert list(Officer.objects.all()) == [officer]
    assert Result.objects.filter(officer=officer).count() == 3


def test_the_database_holds_one_record_of_a_named_person_with_no_force():
    Officer.objects.create(name="John Smith", normalised_name="john smith")
    with pytest.raises(IntegrityError), transaction.atomic():
        Officer.objects.create(name="JOHN SMITH", normalised_name="john smith")


def test_people_with_no_force_are_one_person_across_documents():
    for text in ("one", "two"):
        save_release(
            document(text, path=f"{text}.txt"),
            release(smith(force=None), force=None),
            **VERSION_KW,
        )
    assert Officer.objects.count() == 1
    assert Officer.objects.get().force is None


@pytest.mark.django_db(transaction=True)
def test_concurrent_ingests_never_create_two_records_of_one_person():
    """Several ingests save the same people, with and without a force, at once; each
    that loses a race reads the winner's rows and saves again."""
    load_reference_data()  # committed, for every thread to see
    lookups = Lookups.load()
    rounds, workers = 3, 4
    errors = []

    def ingest(worker: int, barrier: threading.Barrier) -> None:
        try:
            for number in range(rounds):
                barrier.wait()
                items = [
                    (
                        document(f"{worker} {number} {kind}", path=f"{worker}{kind}"),
                        release(smith(force=force), force=force),
                    )
                    for kind, force in (("a", None), ("b", "West Mercia Police"))
                ]
                outcomes = save_extracted(items, lookups=lookups)
                errors.extend(o.reason for o in outcomes if o.reason)
        except Exception as error:  # noqa: BLE001 - reported by the assertion
            errors.append(repr(error))
        finally:
            connection.close()

    barrier = threading.Barrier(workers)
    threads = [
        threading.Thread(target=ingest, args=(n, barrier)) for n in range(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    people = Officer.objects.values_list("force__name", "normalised_name")
    assert len(people) == 2
    assert set(people) == {(None, "john smith"), ("West Mercia Police", "john smith")}
    assert SourceDocument.objects.count() == rounds * workers * 2
    # each round is a new version of each worker's two documents: one case each
    assert Result.objects.count() == Case.objects.count() == workers * 2


def a_day_of_documents() -> list:
    """New documents, one person in two of them, an anonymised person, allegations
    with standards, a person read twice, a document with no outcome, and a changed
    version of the first document."""
    two_names = release(smith(), smith(name="Jane Doe", rank="Sergeant"))
    return [
        (document("one"), release(smith())),
        (document("two", path="b.txt"), two_names),
        (document("three", path="c.txt"), release(anonymous(), smith(), smith())),
        (document("four", path="d.txt"), ReleaseRecord(is_outcome=False)),
        (document("one, changed"), release(smith(outcome="written warning"))),
    ]


def test_a_batch_and_one_document_at_a_time_write_the_same_rows_and_history():
    def written_by(save) -> dict:
        with transaction.atomic():
            save()
            dump = rows_and_history()
            transaction.set_rollback(True)
        return dump

    lookups = Lookups.load()
    batch = written_by(
        lambda: save_releases(a_day_of_documents(), lookups=lookups, **VERSION_KW)
    )
    one_by_one = written_by(
        lambda: [
            save_release(document, record, lookups=lookups, **VERSION_KW)
            for document, record in a_day_of_documents()
        ]
    )

    assert batch["Result rows"]  # the comparison is not of empty tables
    assert len(batch["Result history"]) > len(batch["Result rows"])
    assert batch == one_by_one


REFERENCES = {
    "case_id": Case,
    "officer_id": Officer,
    "result_id": Result,
    "allegation_id": Allegation,
    "previous_version_id": SourceDocument,
}
UNCOMPARED = {"created_at", "updated_at", "ingested_at", "captured_at", "history_date"}
UNCOMPARED |= {"history_user_id", "search_vector"}


def rows_and_history() -> dict:
    """Every row and history record the save wrote, in order, with ids replaced by
    their place among their table's ids: two runs compare equal when they wrote the
    same rows and history in the same order."""
    order = {}

    def place(model, pk):
        if model not in order:
            ids = sorted(model._base_manager.values_list("pk", flat=True))
            order[model] = {value: n for n, value in enumerate(ids)}
        return order[model].get(pk, pk)

    def canonical(model, row: dict) -> dict:
        clean = {}
        for key, value in row.items():
            if key in UNCOMPARED:
                continue
            if key == "id":
                value = place(model, value)
            elif key == "history_id":
                value = place(model.history.model, value)
            elif key in REFERENCES:
                value = place(REFERENCES[key], value)
            elif key == "evidence":
                value = {
                    name: {**span, "source": place(SourceDocument, span["source"])}
                    for name, span in value.items()
                }
            elif key == "history_change_reason":
                value = re.sub(
                    r"#(\d+)", lambda m: f"#{place(SourceDocument, int(m[1]))}", value
                )
            clean[key] = value
        return clean

    dump = {}
    for model in (SourceDocument, Case, Officer, Result, Allegation):
        rows = model.objects.order_by("pk").values()
        dump[f"{model.__name__} rows"] = [canonical(model, row) for row in rows]
        if hasattr(model, "history"):
            history = model.history.order_by("history_id").values()
            dump[f"{model.__name__} history"] = [canonical(model, r) for r in history]
        if hasattr(model, "standards"):
            owner = f"{model._meta.model_name}_id"
            links = model.standards.through.objects.values(
                owner, "professionalstandard_id"
            )
            dump[f"{model.__name__} standards"] = sorted(
                (place(model, link[owner]), link["professionalstandard_id"])
                for link in links
            )
            snapshot = model.history.model._meta.get_field(
                f"historical{model._meta.model_name}_standards"
            ).related_model
            snapshots = snapshot.objects.values(
                owner, "professionalstandard_id", "history_id"
            )
            dump[f"{model.__name__} standards history"] = sorted(
                (
                    place(model, row[owner]),
                    row["professionalstandard_id"],
                    place(model.history.model, row["history_id"]),
                )
                for row in snapshots
            )
    return dump


def test_one_bad_record_in_a_batch_fails_alone():
    items = [
        (document(f"doc {n}", path=f"{n}.txt"), release(smith(name=f"Person {n}")))
        for n in range(7)
    ]
    items[4] = (
        document("bad", path="bad.txt"),
        release(smith(standards=["not a standard"])),
    )

    outcomes = save_extracted(items, lookups=Lookups.load())

    statuses = [outcome.status for outcome in outcomes]
    assert statuses == ["created"] * 4 + ["failed"] + ["created"] * 2
    assert "not a standard" in outcomes[4].reason
    assert Case.objects.count() == 6
