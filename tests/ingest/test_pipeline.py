"""The ingest command end to end: files in, records out, reruns harmless."""

import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cases.models import Allegation, Case, Officer, Result, SourceDocument

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HARRISON = "000_bfc693bbd04dafad.txt"
PCSO = "004_f06806b7ae44835f.txt"


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def ingest(*paths, **options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


def table_counts() -> tuple[int, ...]:
    models = (SourceDocument, Case, Officer, Result, Allegation)
    return tuple(model.objects.count() for model in models)


def test_ingesting_the_seeds_creates_their_cases_with_people_and_sources(seeds):
    summary = ingest(seeds)

    assert "read 2, created 2" in summary
    harrison = Result.objects.get(officer__name="Michael Harrison")
    assert (harrison.outcome, harrison.age, harrison.barred) == ("dismissed", 33, True)
    assert harrison.case.force.name == "West Mercia Police"
    assert harrison.case.sources.get().location.endswith(HARRISON)
    pcso = Result.objects.get(case__force__name="Leicestershire Police")
    assert pcso.outcome == "would have been dismissed"
    assert pcso.officer.anonymous
    assert harrison.evidence["outcome"]["quote"]


def test_rerunning_ingest_creates_and_changes_nothing(seeds):
    ingest(seeds)
    before = table_counts()
    stamps = list(Case.objects.values_list("updated_at", flat=True))

    summary = ingest(seeds)

    assert "created 0, updated 0, unchanged 2" in summary
    assert table_counts() == before
    assert list(Case.objects.values_list("updated_at", flat=True)) == stamps


def test_the_same_release_under_two_paths_is_one_source(seeds, tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(seeds / HARRISON, copy)
    ingest(seeds / HARRISON, copy)
    assert SourceDocument.objects.count() == 1


def test_a_changed_document_updates_its_records_in_place(seeds):
    ingest(seeds)
    case = Result.objects.get(officer__name="Michael Harrison").case
    release = seeds / HARRISON
    release.write_text(release.read_text().replace("Harrison, 33", "Harrison, 34"))

    summary = ingest(seeds)

    assert "updated 1, unchanged 1" in summary
    result = Result.objects.get(officer__name="Michael Harrison")
    assert (result.case_id, result.age) == (case.pk, 34)
    assert SourceDocument.objects.count() == 3  # the first version is kept
    assert SourceDocument.objects.current().count() == 2


def test_one_bad_file_fails_alone_and_the_command_says_so(seeds):
    (seeds / "broken.txt").write_bytes(b"")  # empty: nothing to read
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4")

    with pytest.raises(CommandError):
        ingest(seeds)

    assert Case.objects.count() == 2  # the good files went in
    assert not SourceDocument.objects.filter(location__endswith="broken.txt").exists()


def test_a_failure_leaves_what_was_stored_untouched(seeds):
    ingest(seeds)
    before = table_counts()
    (seeds / HARRISON).write_bytes(b"")
    with pytest.raises(CommandError):
        ingest(seeds)
    assert table_counts() == before


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"], ids=str
)
def test_releases_in_any_common_encoding_read_the_same(seeds, tmp_path, encoding):
    text = (seeds / HARRISON).read_text(encoding="utf-8")
    encoded = tmp_path / f"release-{encoding}.txt"
    encoded.write_bytes(text.encode(encoding, errors="replace"))

    ingest(encoded)

    result = Result.objects.get()
    assert (result.officer.name, result.outcome) == ("Michael Harrison", "dismissed")
    source = SourceDocument.objects.get()
    assert "Michael Harrison" in source.raw_text
    assert not source.raw_text.startswith("\ufeff")


def test_undecodable_bytes_do_not_stop_the_run(seeds):
    (seeds / "mangled.txt").write_bytes(
        (seeds / HARRISON).read_bytes().replace(b"Harrison", b"Harr\xff\xfeison", 1)
    )
    ingest(seeds)  # no exception: the file is read with replacement characters
    assert SourceDocument.objects.filter(location__endswith="mangled.txt").exists()


def test_a_dry_run_reports_but_stores_nothing(seeds):
    summary = ingest(seeds, dry_run=True)
    assert "Dry run: read 2, created 2" in summary
    assert table_counts() == (0, 0, 0, 0, 0)


def test_html_pages_are_ingested_with_their_metadata(tmp_path):
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>PC dismissed | IOPC</title>"
        '<meta property="article:published_time" content="2023-03-02T10:00:00Z">'
        "</head><body><nav>Home News</nav><main><h1>West Midlands Police officer "
        "dismissed</h1><p>PC Jane Doe, of West Midlands Police, was dismissed without "
        "notice at a misconduct hearing on 1 March 2023 after gross misconduct was "
        "found proven.</p></main></body></html>",
        encoding="utf-8",
    )
    ingest(page)
    result = Result.objects.get()
    assert result.officer.name == "Jane Doe"
    assert result.case.published_on.isoformat() == "2023-03-02"
    assert "<main>" in result.case.sources.get().raw_text


def _releases(folder: Path, count: int) -> Path:
    """`count` distinct releases, each naming a different officer."""
    folder.mkdir()
    text = (SEEDS / HARRISON).read_text()
    surnames = "Adams Baker Clark Dixon Evans Fox Grant Hughes Irwin Jones Knox Lane"
    for number, surname in enumerate(surnames.split()[:count]):
        (folder / f"{number}.txt").write_text(text.replace("Harrison", surname))
    return folder


def test_new_documents_are_saved_in_bulk_with_queries_that_do_not_grow(
    tmp_path, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(count: int) -> int:
        folder = _releases(tmp_path / f"batch-{count}", count)
        with CaptureQueriesContext(connection) as captured:
            ingest(folder)
        return len(captured.captured_queries)

    few, many = queries_for(3), queries_for(12)

    assert Result.objects.count() == 12  # the first three are the same people again
    assert few == many  # one batch: the same bulk queries whatever its size


def test_a_pdf_notice_is_read_and_extracted_and_a_scan_is_reported(tmp_path):
    from tests.ingest import pdf_documents as pdfs

    folder = tmp_path / "notices"
    folder.mkdir()
    notice = pdfs.plain_notice(pdfs.PARAGRAPHS)
    (folder / "hughes.pdf").write_bytes(notice.data)
    (folder / "scan.pdf").write_bytes(pdfs.scanned_notice().data)

    with pytest.raises(CommandError, match="1 file"):
        ingest(folder)

    source = SourceDocument.objects.get()
    assert (source.file_name, source.content_type) == ("hughes.pdf", "application/pdf")
    assert bytes(source.raw_bytes) == notice.data
    result = Result.objects.get()
    assert result.officer.name == "Daniel Hughes"
    assert (result.outcome, result.case.force.name) == ("dismissed", "Kent Police")


def test_a_scan_is_named_with_its_reason_in_the_summary(tmp_path):
    from io import StringIO

    from tests.ingest import pdf_documents as pdfs

    (tmp_path / "scan.pdf").write_bytes(pdfs.scanned_notice().data)
    err = StringIO()

    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), stdout=StringIO(), stderr=err)

    assert "scan.pdf" in err.getvalue()
    assert "no text layer in 2 pages" in err.getvalue()
    assert not SourceDocument.objects.exists()
