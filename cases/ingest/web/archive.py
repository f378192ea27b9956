"""The crawler wired to the archive: a fetched page goes through the ingest like a file.

`WebArchive` is the `Archive` the crawl loop talks to: it reads a capture with read/,
ingests it with the pipeline (new content at a known address becomes that source's next
version), and keeps the capture's validators and gone-or-online state through
`cases.ingest.save.captures`. `crawl_sites` and `ingest_urls` are the two runs the
`crawl` and `ingest` commands start, with optional WARC output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from cases.ingest.pipeline import ingest_document
from cases.ingest.read import ReadError, read_content
from cases.ingest.records import Document
from cases.ingest.save import Lookups, SaveStatus, captures
from cases.ingest.web.config import SiteConfig
from cases.ingest.web.crawl import Crawler, CrawlReport, Outcome, PageResult, Previous
from cases.ingest.web.fetch import Capture, Fetcher, Limits
from cases.ingest.web.warc import WarcLog


class WebArchive:
    def __init__(self) -> None:
        self.lookups = Lookups.load()

    def previous(self, url: str) -> Previous | None:
        source = captures.newest_capture(url)
        if source is None:
            return None
        headers = source.response_headers or {}
        return Previous(
            etag=headers.get("etag", ""),
            last_modified=headers.get("last-modified", ""),
            gone_since=source.gone_since,
        )

    def revisits(self, site: SiteConfig, now: datetime) -> list[str]:
        host = urlsplit(site.start[0]).netloc
        origins = [f"http://{host}", f"https://{host}"]
        return captures.revisit_locations(
            origins, now - timedelta(days=site.revisit_days)
        )

    def store(self, capture: Capture) -> tuple[Outcome, str]:
        address = capture.requested_url  # the address asked for: where versions chain
        previous = captures.newest_capture(address)
        try:
            document = read_capture(capture)
        except ReadError as error:
            return Outcome.FAILED, error.reason
        saved = ingest_document(document, lookups=self.lookups)
        if saved.status == SaveStatus.FAILED:
            return Outcome.FAILED, saved.reason
        captures.record_headers(document.sha256, capture.headers)
        captures.mark_online(address)
        if previous is None:
            if saved.status == SaveStatus.UNCHANGED:  # the same bytes, another address
                return Outcome.UNCHANGED, "already archived from another address"
            return Outcome.NEW, ""
        if previous.sha256 == document.sha256:
            return Outcome.UNCHANGED, ""
        return Outcome.CHANGED, ""

    def still_there(self, url: str) -> None:
        captures.mark_online(url)

    def mark_gone(self, url: str, when: datetime) -> datetime:
        return captures.mark_gone(url, when)


def read_capture(capture: Capture) -> Document:
    """A capture as a `Document` with its provenance: where it was finally served from,
    the hops before, and when. The bytes are kept as well as the decoded text when the
    text cannot give them back (bytes no encoding could decode)."""
    document = read_content(capture.content, capture.requested_url, capture.media_type)
    document.url = capture.url
    document.redirect_chain = list(capture.redirect_chain)
    document.captured_at = capture.captured_at
    if not document.raw_bytes and _encoded(document) != capture.content:
        document.raw_bytes = capture.content
    return document


def _encoded(document: Document) -> bytes:
    try:
        return document.raw_text.encode(document.encoding)
    except UnicodeEncodeError:  # U+FFFD in place of undecodable bytes
        return b""


OnResult = Callable[[PageResult], None]


def crawl_sites(
    sites: Iterable[SiteConfig],
    limits: Limits,
    *,
    warc: Path | None = None,
    on_result: OnResult | None = None,
) -> tuple[CrawlReport, str]:
    """Crawl `sites`; the report, and the WARC file written ("" without one)."""
    with _Run(limits, warc, on_result) as run:
        return run.crawler.crawl(sites), run.warc_path


def ingest_urls(
    urls: Iterable[str],
    limits: Limits,
    *,
    delay: float,
    warc: Path | None = None,
    on_result: OnResult | None = None,
) -> tuple[CrawlReport, str]:
    """Capture each URL as a document (`ingest URL`), following no link."""
    with _Run(limits, warc, on_result) as run:
        return run.crawler.fetch_pages(urls, delay=delay), run.warc_path


class _Run:
    """A fetcher, the archive and, when asked for, a WARC file, closed together."""

    def __init__(self, limits: Limits, warc: Path | None, on_result) -> None:
        self.limits, self.warc, self.on_result = limits, warc, on_result
        self.stack = ExitStack()
        self.warc_path = ""

    def __enter__(self) -> _Run:
        fetcher = self.stack.enter_context(Fetcher(self.limits))
        log = None
        if self.warc is not None:
            log = WarcLog.create(
                self.warc, user_agent=self.limits.user_agent, started=datetime.now(UTC)
            )
            self.stack.callback(log.close)
            self.warc_path = log.path
        self.crawler = Crawler(
            fetcher,
            WebArchive(),
            on_capture=log.write if log else None,
            on_result=self.on_result,
        )
        return self

    def __exit__(self, *exc_info) -> None:
        self.stack.close()
