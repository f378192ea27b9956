"""The crawl config: a small TOML file naming the listing pages to capture from.

    user_agent = "UKPoliceMisconductArchive/1.0 (+mailto:archive@example.org)"
    delay = 2          # seconds between two requests to one site
    warc = "captures"  # optional: a folder for one WARC file a run

    [[site]]
    name = "IOPC news"
    start = ["https://www.policeconduct.gov.uk/news"]
    outcome_links = ['/news/[a-z0-9-]+$']    # pages to capture
    listing_links = ['/news\\?page=[0-9]+$']  # more listing pages to read for links
    depth = 2
    max_pages = 60

Every key and its default is in `SITE_DEFAULTS` and `RUN_DEFAULTS`; a misspelt key, a
wrong type or a pattern that does not compile is a `ConfigError` naming it, so a typo
never silently crawls more (or less) than meant. Pure: no ORM, no settings.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cases.ingest.web.fetch import Limits

SITE_DEFAULTS = {
    "depth": 2,  # hops from a start page: 1 = only the pages it links to
    "max_pages": 100,  # requests to the site in one run, revisits included
    "delay": None,  # seconds between requests; None = the run's delay
    "revisit_days": 90,  # how long after its first capture a page is checked again
}
RUN_DEFAULTS = {
    "user_agent": Limits.user_agent,
    "delay": 2.0,
    "timeout": Limits.timeout,
    "deadline": Limits.deadline,
    "max_bytes": Limits.max_bytes,
    "warc": None,
}


class ConfigError(Exception):
    """A config file that cannot be used, and where."""


@dataclass(frozen=True)
class SiteConfig:
    name: str
    start: list[str]
    outcome_links: list[re.Pattern[str]]
    listing_links: list[re.Pattern[str]] = field(default_factory=list)
    depth: int = SITE_DEFAULTS["depth"]
    max_pages: int = SITE_DEFAULTS["max_pages"]
    delay: float = RUN_DEFAULTS["delay"]
    revisit_days: int = SITE_DEFAULTS["revisit_days"]

    @property
    def origin(self) -> str:
        parts = urlsplit(self.start[0])
        return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class CrawlConfig:
    sites: list[SiteConfig]
    limits: Limits = field(default_factory=Limits)
    warc: Path | None = None


def load_config(path: str | Path) -> CrawlConfig:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    try:
        return parse_config(data, base=path.parent)
    except ConfigError as error:
        raise ConfigError(f"{path}: {error}") from None


def parse_config(data: dict, *, base: Path = Path()) -> CrawlConfig:
    sites = data.get("site", [])
    _check_keys(data, {*RUN_DEFAULTS, "site"}, "the top level")
    run = {key: data.get(key, default) for key, default in RUN_DEFAULTS.items()}
    _check_type("user_agent", run["user_agent"], str, "the top level")
    for key in ("delay", "timeout", "deadline"):
        _check_number(key, run[key], "the top level")
    _check_type("max_bytes", run["max_bytes"], int, "the top level")
    if not isinstance(sites, list) or not sites:
        raise ConfigError("no [[site]] tables: name at least one site to crawl")
    limits = Limits(
        timeout=float(run["timeout"]),
        deadline=float(run["deadline"]),
        max_bytes=run["max_bytes"],
        user_agent=run["user_agent"],
    )
    warc = run["warc"]
    if warc is not None:
        _check_type("warc", warc, str, "the top level")
        warc = base / warc
    parsed = [
        _parse_site(site, index, run["delay"]) for index, site in enumerate(sites)
    ]
    names = [site.name for site in parsed]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ConfigError(f"site names must differ: {', '.join(repeated)}")
    return CrawlConfig(sites=parsed, limits=limits, warc=warc)


def _parse_site(data: object, index: int, run_delay: float) -> SiteConfig:
    where = f"site {index + 1}"
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: must be a [[site]] table")
    name = data.get("name")
    _check_type("name", name, str, where)
    where = f"site “{name}”"
    known = {"name", "start", "outcome_links", "listing_links", *SITE_DEFAULTS}
    _check_keys(data, known, where)
    start = data.get("start")
    if isinstance(start, str):
        start = [start]
    if not isinstance(start, list) or not start:
        raise ConfigError(f"{where}: start must name one or more listing URLs")
    for url in start:
        parts = urlsplit(url) if isinstance(url, str) else None
        if not parts or parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"{where}: start URL {url!r} is not an http(s) address")
    values = {key: data.get(key, default) for key, default in SITE_DEFAULTS.items()}
    for key in ("depth", "max_pages", "revisit_days"):
        _check_type(key, values[key], int, where)
        least = 0 if key == "revisit_days" else 1
        if values[key] < least:
            raise ConfigError(f"{where}: {key} must be at least {least}")
    delay = run_delay if values["delay"] is None else values["delay"]
    _check_number("delay", delay, where)
    return SiteConfig(
        name=name,
        start=start,
        outcome_links=_patterns(data, "outcome_links", where, required=True),
        listing_links=_patterns(data, "listing_links", where),
        depth=values["depth"],
        max_pages=values["max_pages"],
        delay=float(delay),
        revisit_days=values["revisit_days"],
    )


def _patterns(data: dict, key: str, where: str, *, required: bool = False):
    values = data.get(key, [])
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where}: {key} must be a list of regular expressions")
    if required and not values:
        raise ConfigError(f"{where}: {key} must name at least one link pattern")
    compiled = []
    for value in values:
        try:
            compiled.append(re.compile(value))
        except re.error as error:
            raise ConfigError(f"{where}: {key} pattern {value!r}: {error}") from None
    return compiled


def _check_keys(data: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(known))})"
        )


def _check_type(key: str, value: object, kind: type, where: str) -> None:
    if not isinstance(value, kind) or isinstance(value, bool):
        wanted = {int: "whole number", str: "string"}[kind]
        raise ConfigError(f"{where}: {key} must be a {wanted}, not {value!r}")


def _check_number(key: str, value: object, where: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{where}: {key} must be a number of seconds, not {value!r}")
