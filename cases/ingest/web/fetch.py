"""Fetch one page over HTTP, politely and within limits, and keep it exactly as received.

What it does: sends a clear User-Agent, asks robots.txt first (per site, cached), follows
redirects itself so that each hop is checked against robots.txt and recorded, sends
conditional headers on revisits (If-None-Match, If-Modified-Since), refuses content
types the archive cannot read and bodies over the size limit, and gives up on a page
that does not answer in time. A page is a `Capture` (the bytes as received, the headers
that matter); a 304 is `NotModified`; anything else is a `FetchError` whose `reason` is
one line a person can act on.

What it must not do: touch the ORM or Django settings, decode or interpret the bytes
(the read stage's job), or decide what to crawl (crawl.py's job).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from cases.ingest.read import MEDIA_TYPES
from cases.ingest.web.robots import RobotsCache, RobotsUnavailable

USER_AGENT = (
    "UKPoliceMisconductArchive/1.0 "
    "(reference archive of police misconduct outcomes; respects robots.txt)"
)
# What the read stage can read (a format it learns is fetched too). A server that says
# "application/octet-stream" for a page is refused rather than guessed at: the reason
# names the type it gave.
READABLE_TYPES = frozenset({*MEDIA_TYPES.values(), "application/xhtml+xml"})
# Headers kept with a capture: the conditional-request validators, the type, and what a
# web archive replays.
KEPT_HEADERS = ("content-type", "etag", "last-modified", "date", "content-language")
GONE_STATUSES = frozenset({404, 410})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Limits:
    """How long to wait, how much to take, and what to accept from one site."""

    timeout: float = 20.0  # seconds: to connect, and between two chunks of the body
    deadline: float = 60.0  # seconds: the whole page, however it trickles in
    max_bytes: int = 20 * 1024 * 1024  # the read stage refuses larger documents too
    max_redirects: int = 5
    content_types: frozenset[str] = READABLE_TYPES
    user_agent: str = USER_AGENT


@dataclass
class Capture:
    """A page as received: `content` is the body byte for byte (after the transfer's
    own compression is undone), `url` the address it was finally served from."""

    requested_url: str
    url: str
    status: int
    content: bytes
    headers: dict[str, str]  # lower-case names, KEPT_HEADERS only
    captured_at: datetime
    redirect_chain: list[str] = field(default_factory=list)  # every hop before `url`
    http_headers: list[tuple[str, str]] = field(default_factory=list)  # all, for WARC

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def media_type(self) -> str:
        return media_type(self.content_type)

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")


@dataclass(frozen=True)
class NotModified:
    """A 304: the page is as it was at the last capture."""

    requested_url: str
    url: str


class FetchError(Exception):
    """A page that could not be captured; `status` is the HTTP status when one came."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status

    @property
    def gone(self) -> bool:
        """The server says the page is not there (404) or no longer there (410)."""
        return self.status in GONE_STATUSES


class RobotsRefusal(FetchError):
    """robots.txt asks crawlers like this one not to fetch the page."""


def media_type(content_type: str) -> str:
    """'text/html; charset=utf-8' → 'text/html'."""
    return content_type.split(";", 1)[0].strip().lower()


class Fetcher:
    """One HTTP client for a run: connections and robots.txt answers are reused.

    Use as a context manager, or call `close()`.
    """

    def __init__(
        self, limits: Limits | None = None, *, transport: httpx.BaseTransport = None
    ) -> None:
        self.limits = limits or Limits()
        self.client = httpx.Client(
            headers={"User-Agent": self.limits.user_agent},
            timeout=httpx.Timeout(self.limits.timeout),
            follow_redirects=False,  # each hop is checked and recorded below
            transport=transport,
        )
        self.robots = RobotsCache(self._robots_txt, self.limits.user_agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def crawl_delay(self, url: str) -> float:
        """Seconds the site's robots.txt asks between requests (0 when it says none)."""
        return self.robots.crawl_delay(url)

    def fetch(
        self, url: str, *, etag: str = "", last_modified: str = ""
    ) -> Capture | NotModified:
        """Fetch `url`; with a previous capture's validators, a 304 is `NotModified`."""
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        chain: list[str] = []
        current = url
        while True:
            self._check_allowed(url, current)
            request = self.client.build_request(
                "GET", current, headers={"Accept": _accept(self.limits)} | conditional
            )
            response = self._send(url, request)
            try:
                if response.status_code not in REDIRECTS:
                    return self._capture(url, current, chain, response)
                chain.append(current)
                current = self._next_hop(url, chain, response)
            finally:
                response.close()

    def _check_allowed(self, url: str, current: str) -> None:
        scheme = urlsplit(current).scheme
        if scheme not in ("http", "https"):
            raise FetchError(url, f"not an http(s) address: {current}")
        try:
            allowed = self.robots.allowed(current)
        except RobotsUnavailable as error:
            raise FetchError(url, f"not fetched: {error.reason}") from None
        if not allowed:
            where = "" if current == url else f" (redirected to {current})"
            raise RobotsRefusal(url, f"robots.txt forbids fetching it{where}")

    def _send(self, url: str, request: httpx.Request) -> httpx.Response:
        with _reported(url, f"no answer within {self.limits.timeout:g} s"):
            return self.client.send(request, stream=True)

    def _next_hop(self, url: str, chain: list[str], response: httpx.Response) -> str:
        location = response.headers.get("location", "")
        if not location:
            raise FetchError(
                url,
                f"redirect ({response.status_code}) without a Location header",
                status=response.status_code,
            )
        target = urljoin(str(response.url), location)
        if target in chain:
            raise FetchError(url, f"redirect loop at {target}")
        if len(chain) > self.limits.max_redirects:
            raise FetchError(url, f"more than {self.limits.max_redirects} redirects")
        return target

    def _capture(
        self, url: str, current: str, chain: list[str], response: httpx.Response
    ) -> Capture | NotModified:
        status = response.status_code
        if status == 304:
            return NotModified(requested_url=url, url=current)
        if status != 200:
            phrase = response.reason_phrase or httpx.codes.get_reason_phrase(status)
            raise FetchError(url, f"HTTP {status} {phrase}".strip(), status=status)
        content_type = response.headers.get("content-type", "")
        if not content_type:
            raise FetchError(url, "no Content-Type given", status=status)
        if media_type(content_type) not in self.limits.content_types:
            raise FetchError(
                url,
                f"content type {media_type(content_type)} is not one the archive "
                f"reads ({', '.join(sorted(self.limits.content_types))})",
                status=status,
            )
        content = self._read_body(url, response)
        return Capture(
            requested_url=url,
            url=current,
            status=status,
            content=content,
            headers={
                name: response.headers[name]
                for name in KEPT_HEADERS
                if name in response.headers
            },
            captured_at=datetime.now(UTC),
            redirect_chain=chain,
            http_headers=list(response.headers.multi_items()),
        )

    def _read_body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                url, f"too large: {declared} bytes, over the {limit}-byte limit"
            )
        started = time.monotonic()
        chunks, size = [], 0
        with _reported(url, f"the body stalled for {self.limits.timeout:g} s"):
            # iter_bytes undoes gzip/deflate, so the limit also stops a small
            # compressed body that unpacks to gigabytes.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, f"too large: over the {limit}-byte limit")
                if time.monotonic() - started > self.limits.deadline:
                    raise FetchError(
                        url,
                        f"timed out: the page took over {self.limits.deadline:g} s",
                    )
                chunks.append(chunk)
        return b"".join(chunks)

    def _robots_txt(self, robots_url: str) -> tuple[int, str, str]:
        """(status, text, error) of a robots.txt; status 0 when the site did not
        answer, and the error says why."""
        try:
            response = self.client.get(robots_url, follow_redirects=True)
        except httpx.TimeoutException:
            return 0, "", f"no answer within {self.limits.timeout:g} s"
        except httpx.HTTPError as error:
            return 0, "", _describe(error)
        if response.status_code != 200:
            return response.status_code, "", ""
        text = response.content[: self.limits.max_bytes].decode("utf-8", "replace")
        return 200, text, ""


@contextmanager
def _reported(url: str, timed_out: str) -> Iterator[None]:
    """httpx's errors as a `FetchError` with a reason a person can act on."""
    try:
        yield
    except httpx.TimeoutException:
        raise FetchError(url, f"timed out: {timed_out}") from None
    except httpx.HTTPError as error:
        raise FetchError(url, f"network error: {_describe(error)}") from None


def _accept(limits: Limits) -> str:
    return ", ".join([*sorted(limits.content_types), "*/*;q=0.1"])


def _describe(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
