"""`manage.py ingest URL`: a page fetched is ingested like a file, and said why not."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from cases.models import Case, SourceDocument
from tests.ingest.web.site import Page, html_page

pytestmark = pytest.mark.django_db

NOTICE = html_page(
    "Misconduct hearing outcome: PC John Smith",
    "A Kent Police constable has been dismissed without notice after a gross "
    "misconduct hearing.",
    "PC John Smith was found to have committed gross misconduct at a hearing on "
    "4 May 2023. He was dismissed without notice.",
)


def ingest(*args) -> tuple[str, str, int]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *args, "--delay", "0", stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
    return out.getvalue(), err.getvalue(), code


def test_a_url_is_fetched_and_ingested(site):
    site.pages["/outcome"] = Page(NOTICE, etag='"1"')

    out, _, code = ingest(site.url("/outcome"))

    assert code == 0
    assert "fetched 1 (0 listing pages), new 1" in out
    source = SourceDocument.objects.get(location=site.url("/outcome"))
    assert source.response_headers["etag"] == '"1"'
    assert source.url == site.url("/outcome")
    assert source.captured_at is not None
    assert source.case.results.get().officer.name == "John Smith"


def test_files_and_urls_go_in_one_run(site, tmp_path):
    site.pages["/outcome"] = Page(NOTICE)
    page = tmp_path / "other.html"
    page.write_bytes(NOTICE.replace(b"John Smith", b"Alan Jones"))

    out, _, code = ingest(str(page), site.url("/outcome"))

    assert code == 0
    assert "read 1, created 1" in out
    assert "new 1" in out
    assert Case.objects.count() == 2


def test_a_url_that_fails_is_reported_and_the_others_still_ingested(site):
    site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private\n")
    site.pages["/outcome"] = Page(NOTICE)

    out, err, code = ingest(
        site.url("/missing"), site.url("/private/a"), site.url("/outcome")
    )

    assert code == 1
    assert f"failed {site.url('/missing')}: HTTP 404 Not Found" in err
    assert f"failed {site.url('/private/a')}: robots.txt forbids fetching it" in err
    assert "new 1, changed 0, unchanged 0, gone 0, failed 2" in out
    assert SourceDocument.objects.get().location == site.url("/outcome")


def test_ingesting_a_url_again_changes_nothing(site):
    site.pages["/outcome"] = Page(NOTICE)
    ingest(site.url("/outcome"))

    out, _, _ = ingest(site.url("/outcome"))

    assert "new 0, changed 0, unchanged 1" in out
    assert SourceDocument.objects.count() == 1


def test_a_dry_run_does_not_take_urls(site):
    with pytest.raises(CommandError, match="--dry-run reads files only"):
        call_command("ingest", "--dry-run", site.url("/outcome"), stdout=StringIO())
    assert site.requests == []


def test_bytes_the_text_cannot_give_back_are_kept_as_received(site):
    damaged = NOTICE.replace(
        b"gross misconduct hearing", b"gross \x81 misconduct hearing"
    )
    site.pages["/outcome"] = Page(damaged)

    ingest(site.url("/outcome"))

    source = SourceDocument.objects.get()
    assert "\ufffd" in source.raw_text
    assert bytes(source.raw_bytes) == damaged


def test_a_pdf_notice_fetched_is_read_and_its_bytes_kept(site):
    from tests.ingest import pdf_documents as pdfs

    notice = pdfs.plain_notice(pdfs.PARAGRAPHS)
    site.pages["/notice.pdf"] = Page(notice.data, content_type="application/pdf")

    _, _, code = ingest(site.url("/notice.pdf"))

    assert code == 0
    source = SourceDocument.objects.get()
    assert (source.url, source.content_type) == (
        site.url("/notice.pdf"),
        "application/pdf",
    )
    assert bytes(source.raw_bytes) == notice.data
    assert source.case.results.get().officer.name == "Daniel Hughes"


def test_a_scanned_pdf_fetched_is_reported_and_not_stored(site):
    from tests.ingest import pdf_documents as pdfs

    site.pages["/scan.pdf"] = Page(
        pdfs.scanned_notice().data, content_type="application/pdf"
    )

    _, err, code = ingest(site.url("/scan.pdf"))

    assert code != 0 and "no text layer" in err
    assert not SourceDocument.objects.exists()
