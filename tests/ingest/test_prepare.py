"""prepare.py: reading and extracting in worker processes saves what one process does."""

from pathlib import Path

import pytest
from django.db import transaction

from cases.ingest.pipeline import BATCH_SIZE, ingest
from cases.ingest.prepare import prepare_path
from cases.ingest.read import FoundPath
from cases.models import Result, SourceDocument
from tests.ingest.test_pipeline import HARRISON, SEEDS

pytestmark = pytest.mark.django_db

SURNAMES = "Adams Baker Clark Dixon Evans Fox Grant Hughes Irwin Jones Knox Lane"
ENDINGS = ["", "ford", "ton", "ley", "wood", "field", "by", "well", "ham", "more"]


def releases(folder: Path, count: int) -> Path:
    """`count` distinct releases, each naming a different officer, and a blank file."""
    folder.mkdir()
    text = (SEEDS / HARRISON).read_text()
    names = [f"{name}{end}" for end in ENDINGS for name in SURNAMES.split()]
    for number, surname in enumerate(names[:count]):
        (folder / f"{number}.txt").write_text(text.replace("Harrison", surname))
    (folder / "blank.txt").write_text("   \n")
    return folder


def ingested_with(folder: Path, jobs: int) -> tuple[list, list, list]:
    with transaction.atomic():
        report = ingest([folder], jobs=jobs)
        stored = sorted(
            Result.objects.values_list(
                "officer__name", "outcome", "age", "case__sources__location"
            )
        )
        sources = sorted(SourceDocument.objects.values_list("location", "status"))
        transaction.set_rollback(True)
    return stored, sources, report.failures


def test_worker_processes_save_what_one_process_saves(tmp_path):
    count = BATCH_SIZE + 20  # more than one batch, or no workers are started
    folder = releases(tmp_path / "many", count)

    alone = ingested_with(folder, jobs=1)
    with_workers = ingested_with(folder, jobs=2)

    stored, sources, failures = with_workers
    assert len(stored) == len(sources) == count
    assert [reason for _, reason in failures] == ["file contains only whitespace"]
    assert with_workers == alone


def test_a_prepared_path_carries_its_document_and_record():
    prepared = prepare_path(FoundPath(SEEDS / HARRISON))
    assert prepared.reason == ""
    assert prepared.record.is_outcome
    assert prepared.document.sha256
