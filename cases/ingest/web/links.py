"""Which links of a fetched page lead on: outcome pages to capture, listings to read.

A link is followed only when it stays on the site it was found on (same host; http and
https count as one site, so that an upgrade is not a new site) and matches one of the
site's patterns. Fragments are dropped ("/a#top" is "/a"); the order of first
appearance is kept, so a crawl visits pages in the order the listing shows them.

What it must not do: fetch anything, or touch the ORM.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.builder import ParserRejectedMarkup


def page_links(content: bytes, base_url: str) -> list[str]:
    """Every http(s) link of an HTML page, absolute, without fragment, each once."""
    try:
        soup = BeautifulSoup(content, "lxml")
    except (ParserRejectedMarkup, RecursionError):
        return []
    base = soup.find("base", href=True)
    if base:
        base_url = urljoin(base_url, str(base["href"]).strip())
    found: dict[str, None] = {}
    for anchor in soup.find_all(["a", "area"], href=True):
        href = str(anchor["href"]).strip()
        url, _ = urldefrag(urljoin(base_url, href))
        if urlsplit(url).scheme in ("http", "https"):
            found.setdefault(url, None)
    return list(found)


def same_site(url: str, site_url: str) -> bool:
    """The same host (and port) as the site's start page, whichever scheme."""
    one, other = urlsplit(url), urlsplit(site_url)
    return _host(one) == _host(other)


def matching(
    urls: Iterable[str], site_url: str, patterns: list[re.Pattern[str]]
) -> Iterator[str]:
    """The same-site URLs that match any of `patterns` (searched in the whole URL)."""
    for url in urls:
        if same_site(url, site_url) and any(p.search(url) for p in patterns):
            yield url


def _host(parts) -> tuple[str, int | None]:
    default = {"http": 80, "https": 443}
    port = parts.port if parts.port not in (None, default.get(parts.scheme)) else None
    return (parts.hostname or "").lower(), port
