"""`manage.py crawl` against a fixture site: what is captured, revisited, and reported."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from warcio.archiveiterator import ArchiveIterator

from cases.ingest.web.archive import WebArchive
from cases.ingest.web.config import SiteConfig
from cases.ingest.web.crawl import Crawler
from cases.ingest.web.fetch import Fetcher, Limits
from cases.models import Case, SourceDocument
from tests.ingest.web.site import Page, html_page

pytestmark = pytest.mark.django_db

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
CONFIG = """
user_agent = "TestArchive/1.0 (+mailto:test@example.org)"
delay = 0
timeout = 1
deadline = 5
max_bytes = 50_000

[[site]]
name = "Fixture force"
start = ["{root}/hearings/"]
outcome_links = ['/(hearings|private)/[a-z.-]+$']
listing_links = ['/hearings/\\?page=[0-9]+$']
{extra}
"""


def notice(name: str, outcome: str = "dismissed without notice") -> bytes:
    return html_page(
        f"Misconduct hearing outcome: PC {name}",
        f"A Kent Police constable has been {outcome} after a gross misconduct hearing.",
        f"PC {name} was found to have committed gross misconduct at a hearing on "
        f"4 May 2023. He was {outcome}.",
    )


def listing(*links: str) -> Page:
    return Page(
        html_page("Misconduct hearing outcomes", "Recent hearings.", links=links)
    )


@pytest.fixture
def force_site(site):
    """A force's outcomes listing with good pages, bad answers and a forbidden path."""
    site.pages.update(
        {
            "/robots.txt": Page(ROBOTS, content_type="text/plain"),
            "/hearings/": listing(
                "/hearings/pc-smith",
                "/hearings/pc-jones",
                "/hearings/old-address",
                "/hearings/missing",
                "/hearings/broken",
                "/hearings/slow",
                "/hearings/huge",
                "/hearings/notice.zip",
                "/private/pc-secret",
                "/about",
                "/hearings/?page=2",
                "http://elsewhere.invalid/hearings/pc-far",
            ),
            "/hearings/?page=2": listing("/hearings/pc-taylor", "/hearings/pc-smith"),
            "/hearings/pc-smith": Page(notice("John Smith"), etag='"smith-1"'),
            "/hearings/pc-jones": Page(
                notice("Alan Jones"), last_modified="Tue, 02 May 2023 10:00:00 GMT"
            ),
            "/hearings/pc-brown": Page(notice("Mark Brown")),
            "/hearings/pc-taylor": Page(notice("Tom Taylor"), etag='"taylor-1"'),
            "/hearings/broken": Page(b"oops", status=500),
            "/hearings/huge": Page(b"<p>" + b"x" * 60_000 + b"</p>"),
            "/hearings/notice.zip": Page(b"PK\x03\x04", content_type="application/zip"),
            "/private/pc-secret": Page(notice("Secret Person")),
            "/about": Page(html_page("About us")),
        }
    )
    site.redirect("/hearings/old-address", "/hearings/pc-brown")
    return site


def crawl(site, tmp_path, *args, extra: str = "") -> tuple[str, str, int]:
    config = tmp_path / "crawl.toml"
    config.write_text(CONFIG.format(root=site.root, extra=extra))
    out, err = StringIO(), StringIO()
    try:
        call_command("crawl", str(config), *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
    return out.getvalue(), err.getvalue(), code


def test_a_crawl_captures_the_outcome_pages_and_reports_each_bad_answer(
    force_site, tmp_path
):
    force_site.pages["/hearings/slow"] = Page(notice("Slow Person"), delay=2.5)

    out, err, code = crawl(force_site, tmp_path)

    assert code == 1
    assert (
        "fetched 11 (2 listing pages), new 4, changed 0, unchanged 0, gone 0, "
        "failed 5, skipped by robots.txt 1" in out
    )
    failures = dict(
        line.removeprefix("failed ").split(": ", 1) for line in err.splitlines()
    )
    url = force_site.url
    assert failures == {
        url("/hearings/missing"): "HTTP 404 Not Found",
        url("/hearings/broken"): "HTTP 500 Internal Server Error",
        url("/hearings/slow"): "timed out: no answer within 1 s",
        url("/hearings/huge"): "too large: 60007 bytes, over the 50000-byte limit",
        url("/hearings/notice.zip"): failures[url("/hearings/notice.zip")],
    }
    assert "content type application/zip" in failures[url("/hearings/notice.zip")]
    names = set(Case.objects.values_list("results__officer__name", flat=True))
    assert names == {"John Smith", "Alan Jones", "Mark Brown", "Tom Taylor"}
    assert "/private/pc-secret" not in force_site.paths()
    assert "/about" not in force_site.paths()
    assert all(
        r.headers["User-Agent"].startswith("TestArchive/1.0")
        for r in force_site.requests
    )


def test_a_page_is_stored_exactly_as_received_under_the_address_asked_for(
    force_site, tmp_path
):
    crawl(force_site, tmp_path)

    smith = SourceDocument.objects.get(location=force_site.url("/hearings/pc-smith"))
    assert smith.raw_text.encode(smith.encoding) == notice("John Smith")
    assert smith.raw_bytes in (b"", None)  # the text gives the bytes back
    assert smith.response_headers["etag"] == '"smith-1"'
    assert smith.response_headers["content-type"] == "text/html; charset=utf-8"
    assert (smith.url, smith.content_type) == (smith.location, "text/html")
    jones = SourceDocument.objects.get(location=force_site.url("/hearings/pc-jones"))
    assert jones.response_headers["last-modified"] == "Tue, 02 May 2023 10:00:00 GMT"
    brown = SourceDocument.objects.get(location=force_site.url("/hearings/old-address"))
    assert brown.url == force_site.url("/hearings/pc-brown")
    assert brown.redirect_chain == [force_site.url("/hearings/old-address")]


def test_a_second_run_asks_conditionally_and_finds_nothing_new(force_site, tmp_path):
    crawl(force_site, tmp_path)
    before = SourceDocument.objects.count()
    force_site.requests.clear()

    out, _, _ = crawl(force_site, tmp_path)

    assert "new 0, changed 0, unchanged 4, gone 0" in out
    assert SourceDocument.objects.count() == before
    asked = {r.path: r.headers for r in force_site.requests}
    assert asked["/hearings/pc-smith"]["If-None-Match"] == '"smith-1"'
    assert asked["/hearings/pc-jones"]["If-Modified-Since"] == (
        "Tue, 02 May 2023 10:00:00 GMT"
    )


def test_a_changed_page_is_ingested_again(force_site, tmp_path):
    crawl(force_site, tmp_path)
    force_site.pages["/hearings/pc-jones"] = Page(
        notice("Alan Jones", "given a final written warning"),
        last_modified="Fri, 05 May 2023 09:00:00 GMT",
    )

    out, _, _ = crawl(force_site, tmp_path)

    assert "new 0, changed 1, unchanged 3" in out
    jones = Case.objects.get(results__officer__name="Alan Jones").results.get()
    assert jones.outcome == "final written warning"
    newest = (
        SourceDocument.objects.filter(location=force_site.url("/hearings/pc-jones"))
        .order_by("-id")
        .first()
    )
    assert newest.response_headers["last-modified"] == "Fri, 05 May 2023 09:00:00 GMT"


def test_a_page_gone_from_the_site_keeps_its_capture_marked_gone(force_site, tmp_path):
    crawl(force_site, tmp_path)
    del force_site.pages["/hearings/pc-taylor"]  # 404 now
    force_site.pages["/hearings/?page=2"] = listing("/hearings/pc-smith")

    out, _, _ = crawl(force_site, tmp_path)

    assert "gone 1" in out
    assert f"gone {force_site.url('/hearings/pc-taylor')} (gone since " in out
    taylor = SourceDocument.objects.get(location=force_site.url("/hearings/pc-taylor"))
    assert taylor.gone_since is not None
    assert taylor.case.results.get().officer.name == "Tom Taylor"
    first_gone = taylor.gone_since

    force_site.requests.clear()
    out, _, _ = crawl(force_site, tmp_path)

    assert "gone 0" in out  # a page known to be gone is not asked for again
    assert "/hearings/pc-taylor" not in force_site.paths()
    taylor.refresh_from_db()
    assert taylor.gone_since == first_gone


def test_a_page_that_comes_back_is_no_longer_gone(force_site, tmp_path):
    crawl(force_site, tmp_path)
    saved = force_site.pages.pop("/hearings/pc-smith")
    crawl(force_site, tmp_path)
    assert (
        SourceDocument.objects.get(
            location=force_site.url("/hearings/pc-smith")
        ).gone_since
        is not None
    )

    force_site.pages["/hearings/pc-smith"] = saved
    out, _, _ = crawl(force_site, tmp_path)

    assert "unchanged 4, gone 0" in out
    assert (
        SourceDocument.objects.get(
            location=force_site.url("/hearings/pc-smith")
        ).gone_since
        is None
    )


def test_the_page_limit_stops_the_run_and_says_what_is_left(force_site, tmp_path):
    out, _, _ = crawl(force_site, tmp_path, extra="max_pages = 3")

    assert "fetched 3 (1 listing pages), new 2" in out
    assert "left for the next run (page limit)" in out


def test_depth_one_reads_only_the_start_pages_links(force_site, tmp_path):
    out, _, _ = crawl(force_site, tmp_path, extra="depth = 1")

    assert "new 3," in out  # page 2 of the listing is read, its links not followed
    assert "/hearings/pc-taylor" not in force_site.paths()


def test_a_listing_that_fails_is_reported_and_other_sites_still_run(site, tmp_path):
    site.pages["/robots.txt"] = Page(b"", status=404)
    site.pages["/hearings/"] = Page(b"down", status=503)

    out, err, code = crawl(site, tmp_path)

    assert code == 1
    assert f"failed {site.url('/hearings/')}: HTTP 503 Service Unavailable" in err


def test_every_capture_can_be_written_to_a_warc_file(force_site, tmp_path):
    out, _, _ = crawl(force_site, tmp_path, "--warc", str(tmp_path / "warc"))

    [path] = (tmp_path / "warc").iterdir()
    assert f"WARC written to {path}" in out
    with path.open("rb") as handle:
        uris = [
            record.rec_headers.get_header("WARC-Target-URI")
            for record in ArchiveIterator(handle)
            if record.rec_type == "response"
        ]
    assert len(uris) == 6  # 2 listings and 4 outcome pages
    assert force_site.url("/hearings/pc-brown") in uris  # where it was served from


def test_an_unknown_site_name_is_refused(force_site, tmp_path):
    config = tmp_path / "crawl.toml"
    config.write_text(CONFIG.format(root=force_site.root, extra=""))

    with pytest.raises(CommandError, match="no site named Nope"):
        call_command("crawl", str(config), "--site", "Nope", stdout=StringIO())

    assert force_site.requests == []


def test_a_config_with_a_mistake_is_refused_before_anything_is_fetched(
    force_site, tmp_path
):
    config = tmp_path / "crawl.toml"
    config.write_text(CONFIG.format(root=force_site.root, extra="depht = 2"))

    with pytest.raises(CommandError, match="unknown key.s. depht"):
        call_command("crawl", str(config), stdout=StringIO())

    assert force_site.requests == []


def test_requests_to_one_site_keep_the_polite_delay(force_site):
    force_site.pages["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 7\n")
    now, waits = [0.0], []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    page_two = SiteConfig(
        name="Page two",
        start=[force_site.url("/hearings/?page=2")],
        outcome_links=[re.compile("/hearings/pc-")],
        delay=5,
    )
    with Fetcher(Limits(timeout=1)) as fetcher:
        crawler = Crawler(fetcher, WebArchive(), sleep=sleep, clock=lambda: now[0])
        crawler.crawl([page_two])

    assert waits == [7, 7]  # robots.txt asks for more than the config's 5 s
    assert force_site.paths()[1:] == [
        "/hearings/?page=2",
        "/hearings/pc-taylor",
        "/hearings/pc-smith",
    ]


def test_a_run_of_several_sites_sums_up_each_and_all(force_site, tmp_path):
    second = f"""
[[site]]
name = "Second listing"
start = "{force_site.url("/hearings/?page=2")}"
outcome_links = ['/hearings/pc-[a-z]+$']
"""
    out, _, _ = crawl(force_site, tmp_path, extra=second)

    lines = out.splitlines()
    assert any(
        line.startswith("Fixture force: fetched 11 (2 listing ") for line in lines
    )
    # Both pages the second listing links to were fetched for the first site already.
    assert "Second listing: fetched 1 (1 listing pages), new 0, changed 0, " in out
    assert lines[-1].startswith("fetched 12 (3 listing pages), new 4,")
    assert force_site.paths().count("/hearings/pc-taylor") == 1


def test_a_changed_page_keeps_every_version_as_its_own_source(force_site, tmp_path):
    crawl(force_site, tmp_path)
    force_site.pages["/hearings/pc-jones"] = Page(
        notice("Alan Jones", "given a final written warning"),
        last_modified="Fri, 05 May 2023 09:00:00 GMT",
    )

    crawl(force_site, tmp_path)

    first, second = SourceDocument.objects.filter(
        location=force_site.url("/hearings/pc-jones")
    ).order_by("id")
    assert "dismissed without notice" in first.raw_text
    assert "final written warning" in second.raw_text
    assert first.response_headers["last-modified"] == "Tue, 02 May 2023 10:00:00 GMT"
    assert second.response_headers["last-modified"] == "Fri, 05 May 2023 09:00:00 GMT"
    assert first.case_id == second.case_id
    assert first.captured_at < second.captured_at
