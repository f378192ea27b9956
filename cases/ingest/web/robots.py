"""robots.txt: read once per site and run, asked before every request to that site.

Follows RFC 9309: a robots.txt that is missing (any 4xx) allows everything; one that
cannot be had (5xx, no answer) forbids everything until a later run can read it, since
a site in trouble is no place to crawl. Parsing is Protego's (longest match, wildcards,
Crawl-delay), the parser Scrapy uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

# (status, text, error) of the robots.txt at a URL; status 0 and the error when the site
# did not answer.
RobotsSource = Callable[[str], tuple[int, str, str]]


@dataclass(frozen=True)
class _Closed:
    """A site whose robots.txt could not be had: nothing is fetched from it this run."""

    reason: str


class RobotsCache:
    def __init__(self, source: RobotsSource, user_agent: str) -> None:
        self.source = source
        self.user_agent = user_agent
        # origin → its rules, None when it has none (allow all), or why it is closed
        self.rules: dict[str, Protego | _Closed | None] = {}

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url`; raises `RobotsUnavailable` when the
        site's robots.txt could not be read."""
        rules = self._rules_for(url)
        if isinstance(rules, _Closed):
            raise RobotsUnavailable(rules.reason)
        return rules is None or rules.can_fetch(url, self.user_agent)

    def crawl_delay(self, url: str) -> float:
        try:
            rules = self._rules_for(url)
        except RobotsUnavailable:
            return 0.0
        if not isinstance(rules, Protego):
            return 0.0
        return float(rules.crawl_delay(self.user_agent) or 0.0)

    def _rules_for(self, url: str) -> Protego | _Closed | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.rules:
            status, text, error = self.source(f"{origin}/robots.txt")
            if status == 200:
                self.rules[origin] = Protego.parse(text)
            elif 400 <= status < 500:
                self.rules[origin] = None
            elif status:
                self.rules[origin] = _Closed(f"robots.txt answered HTTP {status}")
            else:
                self.rules[origin] = _Closed(f"robots.txt unreachable: {error}")
        return self.rules[origin]


class RobotsUnavailable(Exception):
    """The site's robots.txt could not be read, so the site is not crawled."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
