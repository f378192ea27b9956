"""Fetching one page: limits, robots.txt, redirects, conditional requests, bad answers."""

import gzip

import pytest

from cases.ingest.web.fetch import (
    USER_AGENT,
    Capture,
    Fetcher,
    FetchError,
    Limits,
    NotModified,
    RobotsRefusal,
)
from tests.ingest.web.site import Page, html_page

ROBOTS = b"User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n"


@pytest.fixture
def fetcher():
    with Fetcher(Limits(timeout=1, deadline=5, max_bytes=50_000)) as client:
        yield client


def test_a_page_is_kept_byte_for_byte_with_the_headers_that_matter(site, fetcher):
    body = "<html><body><p>Caf\xe9 \u2013 outcome</p></body></html>".encode("cp1252")
    site.pages["/a"] = Page(
        body,
        content_type="text/html; charset=windows-1252",
        etag='"v1"',
        last_modified="Tue, 02 May 2023 10:00:00 GMT",
    )

    capture = fetcher.fetch(site.url("/a"))

    assert isinstance(capture, Capture)
    assert capture.content == body
    assert capture.content_type == "text/html; charset=windows-1252"
    assert capture.media_type == "text/html"
    assert (capture.etag, capture.last_modified) == (
        '"v1"',
        "Tue, 02 May 2023 10:00:00 GMT",
    )
    assert capture.url == capture.requested_url == site.url("/a")
    assert capture.redirect_chain == []
    assert site.requests[-1].headers["User-Agent"] == USER_AGENT


def test_a_compressed_answer_is_kept_as_the_document_it_carries(site, fetcher):
    body = html_page("Hearing outcome", "PC A was dismissed.")
    site.pages["/gz"] = Page(gzip.compress(body), headers={"Content-Encoding": "gzip"})

    assert fetcher.fetch(site.url("/gz")).content == body


def test_redirects_are_followed_and_every_hop_recorded(site, fetcher):
    site.redirect("/old", "/moved")
    site.redirect("/moved", site.url("/final"), status=302)
    site.pages["/final"] = Page(html_page("Final"))

    capture = fetcher.fetch(site.url("/old"))

    assert capture.url == site.url("/final")
    assert capture.requested_url == site.url("/old")
    assert capture.redirect_chain == [site.url("/old"), site.url("/moved")]


def test_a_redirect_loop_is_a_failure_not_a_hang(site, fetcher):
    site.redirect("/a", "/b")
    site.redirect("/b", "/a")

    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.fetch(site.url("/a"))


def test_a_revisit_sends_the_validators_and_a_304_is_not_modified(site, fetcher):
    site.pages["/a"] = Page(
        html_page("A"), etag='"v1"', last_modified="Tue, 02 May 2023 10:00:00 GMT"
    )

    answer = fetcher.fetch(
        site.url("/a"), etag='"v1"', last_modified="Tue, 02 May 2023 10:00:00 GMT"
    )

    assert isinstance(answer, NotModified)
    sent = site.requests[-1].headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 02 May 2023 10:00:00 GMT"


@pytest.mark.parametrize(
    ("page", "reason", "status"),
    [
        (Page(b"gone", status=404), "HTTP 404 Not Found", 404),
        (Page(b"gone", status=410), "HTTP 410 Gone", 410),
        (Page(b"oops", status=500), "HTTP 500 Internal Server Error", 500),
        (Page(b"PK\x03\x04", content_type="application/zip"), "application/zip", 200),
        (Page(b"x", content_type=""), "no Content-Type", 200),
        (Page(b"x" * 60_000), "too large: 60000 bytes", None),
        (Page(b"x" * 60_000, send_length=False), "too large: over the", None),
        (Page(b"late", delay=2.5), "timed out: no answer within 1 s", None),
    ],
    ids=["404", "410", "500", "wrong-type", "no-type", "huge", "huge-unsized", "slow"],
)
def test_bad_answers_are_errors_with_a_reason(site, fetcher, page, reason, status):
    site.pages["/bad"] = page

    with pytest.raises(FetchError) as raised:
        fetcher.fetch(site.url("/bad"))

    assert reason in raised.value.reason
    if status:
        assert raised.value.status == status
    assert raised.value.gone == (status in (404, 410))


def test_robots_txt_is_asked_once_and_obeyed(site, fetcher):
    site.pages["/robots.txt"] = Page(ROBOTS, content_type="text/plain")
    site.pages["/private/a"] = Page(html_page("Private"))
    site.pages["/a"] = Page(html_page("A"))

    with pytest.raises(RobotsRefusal, match="robots.txt forbids"):
        fetcher.fetch(site.url("/private/a"))
    fetcher.fetch(site.url("/a"))

    assert site.paths() == ["/robots.txt", "/a"]
    assert fetcher.crawl_delay(site.url("/a")) == 3


def test_a_redirect_into_a_forbidden_path_is_not_followed(site, fetcher):
    site.pages["/robots.txt"] = Page(ROBOTS, content_type="text/plain")
    site.redirect("/a", "/private/a")

    with pytest.raises(RobotsRefusal, match="redirected to"):
        fetcher.fetch(site.url("/a"))

    assert "/private/a" not in site.paths()


def test_a_missing_robots_txt_allows_everything(site, fetcher):
    site.pages["/robots.txt"] = Page(b"", status=404)
    site.pages["/a"] = Page(html_page("A"))

    assert isinstance(fetcher.fetch(site.url("/a")), Capture)


def test_a_failing_robots_txt_closes_the_site_for_the_run(site, fetcher):
    site.pages["/robots.txt"] = Page(b"", status=503)
    site.pages["/a"] = Page(html_page("A"))

    with pytest.raises(FetchError, match="robots.txt answered HTTP 503"):
        fetcher.fetch(site.url("/a"))
    with pytest.raises(FetchError, match="robots.txt answered HTTP 503"):
        fetcher.fetch(site.url("/b"))

    assert site.paths() == ["/robots.txt"]


def test_an_address_that_is_not_http_is_refused(fetcher):
    with pytest.raises(FetchError, match="not an http"):
        fetcher.fetch("ftp://127.0.0.1/a")


def test_a_site_that_does_not_answer_is_a_network_error(site):
    site.stop()
    with Fetcher(Limits(timeout=0.5)) as fetcher, pytest.raises(FetchError) as raised:
        fetcher.fetch(site.url("/a"))
    assert "robots.txt unreachable" in raised.value.reason
    assert not isinstance(raised.value, RobotsRefusal)  # a failure, not a refusal
