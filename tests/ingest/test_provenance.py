"""Ingest records where each document came from, and fills it in when learnt later."""

import importlib
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from cases.models import SourceDocument
from tests.factories import SourceDocumentFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HARRISON = "000_bfc693bbd04dafad.txt"
PCSO = "004_f06806b7ae44835f.txt"
URL = "https://www.westmercia.police.uk/news/harrison-dismissed/"


def ingest(*paths) -> str:
    out = StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "2023").mkdir(parents=True)
    shutil.copy(SEEDS / HARRISON, folder / HARRISON)
    shutil.copy(SEEDS / PCSO, folder / "2023" / PCSO)
    return folder


def test_ingest_keeps_each_files_name_in_the_folder_and_its_sources_tsv_origin(
    inbox,
):
    (inbox / "sources.tsv").write_text(
        f"file\turl\tpublisher\tpublished\n{HARRISON}\t{URL}\tWest Mercia Police\t"
        "2023-03-02\n"
    )
    before = timezone.now()

    ingest(inbox)

    harrison = SourceDocument.objects.get(file_name=HARRISON)
    assert (harrison.url, harrison.publisher) == (URL, "West Mercia Police")
    assert harrison.published_on.isoformat() == "2023-03-02"
    # Versions are told apart by the original address where one is known (a changed
    # copy under another file name is the same release); the file name is for editors.
    assert harrison.location == URL
    assert harrison.captured_at >= before
    assert harrison.content_type == "text/plain"
    pcso = SourceDocument.objects.get(file_name=f"2023/{PCSO}")
    assert pcso.url == ""
    assert pcso.location == str(inbox / "2023" / PCSO)  # for editors


def test_problems_in_sources_tsv_are_reported_and_the_files_still_ingested(inbox):
    (inbox / "sources.tsv").write_text(f"file\turl\n{HARRISON}\tnot-a-url\n")

    summary = ingest(inbox)

    assert "sources.tsv" in summary and "not an http(s) address" in summary
    assert SourceDocument.objects.count() == 2
    assert set(SourceDocument.objects.values_list("url", flat=True)) == {""}


def test_a_sources_tsv_added_later_gives_stored_sources_their_url(inbox):
    ingest(inbox)
    (inbox / "sources.tsv").write_text(
        f"file\turl\tpublisher\n{HARRISON}\t{URL}\tWest Mercia Police\n"
    )

    ingest(inbox)

    harrison = SourceDocument.objects.get(file_name=HARRISON)
    assert (harrison.url, harrison.publisher) == (URL, "West Mercia Police")
    assert SourceDocument.objects.count() == 2


def test_reading_again_never_replaces_a_url_already_on_record(inbox):
    ingest(inbox)
    SourceDocument.objects.filter(file_name=HARRISON).update(
        url="https://example.org/corrected-by-an-editor"
    )
    (inbox / "sources.tsv").write_text(f"file\turl\n{HARRISON}\t{URL}\n")

    ingest(inbox)

    assert SourceDocument.objects.get(file_name=HARRISON).url == (
        "https://example.org/corrected-by-an-editor"
    )


@pytest.mark.parametrize(
    ("location", "url", "file_name"),
    [
        ("/srv/data/140.txt", "", "140.txt"),
        ("seeds/000_bfc693bbd04dafad.txt", "", "000_bfc693bbd04dafad.txt"),
        ("C:\\data\\inbox\\141.html", "", "141.html"),
        (
            "https://www.kent.police.uk/news/1/",
            "https://www.kent.police.uk/news/1/",
            "",
        ),
    ],
)
def test_the_migration_keeps_what_can_be_kept_of_stored_locations(
    location, url, file_name
):
    migration = importlib.import_module("cases.migrations.0007_source_provenance")
    source = SourceDocumentFactory(location=location, url="", file_name="")
    SourceDocument.objects.filter(pk=source.pk).update(
        captured_at=timezone.now() + timezone.timedelta(days=9)
    )

    migration.keep_provenance(apps, None)

    source.refresh_from_db()
    assert (source.url, source.file_name) == (url, file_name)
    assert source.captured_at == source.ingested_at


def test_a_plain_text_source_is_titled_by_the_headline_the_extractor_read(inbox):
    ingest(inbox)

    harrison = SourceDocument.objects.get(file_name=HARRISON)
    assert harrison.title == harrison.case.title
    assert harrison.title == "West Mercia Police officer dismissed for gross misconduct"


def test_a_source_stored_without_a_title_is_given_one_when_read_again(inbox):
    ingest(inbox)
    SourceDocument.objects.update(title="")

    ingest(inbox)

    assert "" not in set(SourceDocument.objects.values_list("title", flat=True))
