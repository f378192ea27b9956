"""The crawl loop: listing pages in, outcome pages captured, one line of news per page.

For each site of the config: read its start (listing) pages, follow the links that match
its patterns breadth first (same site, up to `depth` hops and `max_pages` requests, a
polite delay between requests), then check again the pages of the site captured before
that the listings no longer link to, since a page that has dropped off a listing is the
one about to vanish. A page captured before is fetched conditionally (its ETag and
Last-Modified); an answer of 404 or 410 marks it gone, and its last capture stays.

Every page ends as one `PageResult`; a bad answer is reported with its reason and never
stops the run. Pure of the ORM: what is on record, and storing a capture, are the
`Archive`'s business (`cases.ingest.save.captures`).
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit

from cases.ingest.web.config import SiteConfig
from cases.ingest.web.fetch import (
    Capture,
    Fetcher,
    FetchError,
    NotModified,
    RobotsRefusal,
)
from cases.ingest.web.links import matching, page_links

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    GONE = "gone"
    FAILED = "failed"
    SKIPPED = "skipped"  # robots.txt forbids it: not asked for, not a failure
    LISTING = "listing"  # read for its links, not kept as a source


@dataclass(frozen=True)
class Previous:
    """What the archive holds for a URL: the validators of its last capture."""

    etag: str = ""
    last_modified: str = ""
    gone_since: datetime | None = None


class Archive(Protocol):
    def previous(self, url: str) -> Previous | None: ...

    def revisits(self, site: SiteConfig, now: datetime) -> list[str]: ...

    def store(self, capture: Capture) -> tuple[Outcome, str]: ...

    def still_there(self, url: str) -> None: ...

    def mark_gone(self, url: str, when: datetime) -> datetime: ...


@dataclass(frozen=True)
class PageResult:
    site: str
    url: str
    outcome: Outcome
    reason: str = ""  # why it failed or was skipped; when it went, for a gone page


@dataclass
class CrawlReport:
    results: list[PageResult] = field(default_factory=list)
    left: Counter = field(default_factory=Counter)  # site → pages over its page limit
    seconds: float = 0.0

    @property
    def failed(self) -> list[PageResult]:
        return [r for r in self.results if r.outcome == Outcome.FAILED]

    @property
    def sites(self) -> list[str]:
        return list(dict.fromkeys(result.site for result in self.results))

    def summary(self, site: str | None = None) -> str:
        """One line of counts: for the whole run, or for one site of it."""
        results = [r for r in self.results if site is None or r.site == site]
        counts = Counter(result.outcome for result in results)
        fetched = len(results) - counts[Outcome.SKIPPED]
        line = (
            f"fetched {fetched} ({counts[Outcome.LISTING]} listing pages), "
            f"new {counts[Outcome.NEW]}, changed {counts[Outcome.CHANGED]}, "
            f"unchanged {counts[Outcome.UNCHANGED]}, gone {counts[Outcome.GONE]}, "
            f"failed {counts[Outcome.FAILED]}, "
            f"skipped by robots.txt {counts[Outcome.SKIPPED]}"
        )
        if site is None:
            line += f" in {self.seconds:.1f} s"
        left = self.left[site] if site is not None else sum(self.left.values())
        return line + (f"; {left} left for the next run (page limit)" if left else "")


Sleep = Callable[[float], None]
Clock = Callable[[], float]


class Crawler:
    """Runs sites through one `Fetcher` into one `Archive`, reporting every page."""

    def __init__(
        self,
        fetcher: Fetcher,
        archive: Archive,
        *,
        on_capture: Callable[[Capture], None] | None = None,
        on_result: Callable[[PageResult], None] | None = None,
        sleep: Sleep = time.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.fetcher = fetcher
        self.archive = archive
        self.on_capture = on_capture
        self.on_result = on_result
        self.sleep = sleep
        self.clock = clock
        self.report = CrawlReport()
        self._refused = Outcome.SKIPPED  # what a page robots.txt forbids counts as
        self._last_request: dict[str, float] = {}  # host → clock() of the last request
        # Pages asked for this run: two sites of a config that link to the same page
        # (or a listing and a revisit) fetch it once.
        self._done: set[str] = set()

    def crawl(self, sites: Iterable[SiteConfig]) -> CrawlReport:
        started = self.clock()
        for site in sites:
            self._crawl_site(site)
        self.report.seconds = self.clock() - started
        return self.report

    def fetch_pages(self, urls: Iterable[str], *, delay: float) -> CrawlReport:
        """Capture each of `urls` as a document, following no link (`ingest URL`).

        A page robots.txt forbids is a failure here: it was asked for by name."""
        started = self.clock()
        self._refused = Outcome.FAILED
        for url in dict.fromkeys(urls):
            self._visit("", url, delay=delay, listing=False)
        self.report.seconds = self.clock() - started
        return self.report

    def _crawl_site(self, site: SiteConfig) -> None:
        queue = deque((url, 0, True) for url in site.start)
        seen = set(site.start)
        budget = site.max_pages
        while queue and budget:
            url, depth, listing = queue.popleft()
            if not listing and url in self._done:
                continue
            capture = self._visit(site.name, url, delay=site.delay, listing=listing)
            budget -= 1
            if capture is None or depth >= site.depth:
                continue
            if capture.media_type not in HTML_TYPES:
                continue
            links = page_links(capture.content, capture.url)
            for link in matching(links, site.start[0], site.outcome_links):
                if link not in seen:
                    seen.add(link)
                    queue.append((link, depth + 1, False))
            for link in matching(links, site.start[0], site.listing_links):
                if link not in seen:
                    seen.add(link)
                    queue.append((link, depth + 1, True))
        revisits = [
            url
            for url in self.archive.revisits(site, datetime.now(UTC))
            if url not in seen and url not in self._done
        ]
        for url in revisits[:budget]:
            self._visit(site.name, url, delay=site.delay, listing=False)
        self.report.left[site.name] += len(queue) + max(len(revisits) - budget, 0)

    def _visit(
        self, site: str, url: str, *, delay: float, listing: bool
    ) -> Capture | None:
        """Fetch one page and record what became of it; the capture, when there is one."""
        previous = None if listing else self.archive.previous(url)
        if not listing:
            self._done.add(url)
        self._wait(url, delay)
        try:
            answer = self.fetcher.fetch(
                url,
                etag=previous.etag if previous else "",
                last_modified=previous.last_modified if previous else "",
            )
        except RobotsRefusal as error:
            self._record(site, url, self._refused, error.reason)
            return None
        except FetchError as error:
            if error.gone and previous is not None:
                since = self.archive.mark_gone(url, datetime.now(UTC))
                self._record(site, url, Outcome.GONE, f"gone since {since:%Y-%m-%d}")
            else:
                self._record(site, url, Outcome.FAILED, error.reason)
            return None
        finally:
            self._last_request[_host(url)] = self.clock()
        if isinstance(answer, NotModified):
            self.archive.still_there(url)
            self._record(site, url, Outcome.UNCHANGED)
            return None
        if self.on_capture:
            self.on_capture(answer)
        if listing:
            self._record(site, url, Outcome.LISTING)
        else:
            outcome, reason = self.archive.store(answer)
            self._record(site, url, outcome, reason)
        return answer

    def _wait(self, url: str, delay: float) -> None:
        host = _host(url)
        if host not in self._last_request:
            return
        wanted = max(delay, self.fetcher.crawl_delay(url))
        remaining = self._last_request[host] + wanted - self.clock()
        if remaining > 0:
            self.sleep(remaining)

    def _record(self, site: str, url: str, outcome: Outcome, reason: str = "") -> None:
        result = PageResult(site=site, url=url, outcome=outcome, reason=reason)
        self.report.results.append(result)
        if self.on_result:
            self.on_result(result)


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()
