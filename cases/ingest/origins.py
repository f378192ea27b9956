"""Where local files came from: a folder's `sources.tsv`.

A folder that is ingested may hold a `sources.tsv`, tab-separated with a header line:
`file` (the file's name relative to that folder) and `url` (its original address) are
required, `publisher` and `published` (YYYY-MM-DD) optional; other columns are ignored.

    file	url	publisher	published
    140.txt	https://www.kent.police.uk/news/pc-dismissed/	Kent Police	2023-05-04

What it does: parse that file into an `Origin` per named file, and say what is wrong with
each line it cannot use (the rest still count). What it must not do: touch the ORM or
settings, or read the documents themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

SOURCES_FILE = "sources.tsv"
REQUIRED = ("file", "url")
MAX_URL_LENGTH = 2000  # SourceDocument.url
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Origin:
    """What a folder's sources.tsv says about one file."""

    url: str = ""
    publisher: str = ""
    published: date | None = None


@dataclass
class SourcesFile:
    """A parsed sources.tsv: origins by file path, and the lines that could not be used."""

    origins: dict[Path, Origin] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_sources_file(path: Path) -> SourcesFile:
    """Parse the sources.tsv at `path`; every problem is a line of `problems`."""
    parsed = SourcesFile()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        parsed.problems.append(f"cannot read: {error.strerror or error}".lower())
        return parsed
    except UnicodeDecodeError:
        parsed.problems.append("not UTF-8 text")
        return parsed
    lines = text.splitlines()
    header = [name.strip().lower() for name in lines[0].split("\t")] if lines else []
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        parsed.problems.append(
            "line 1: the header must name the columns file and url (tab-separated); "
            f"missing {', '.join(missing)}"
        )
        return parsed
    first_line: dict[Path, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        values = dict(
            zip(header, (value.strip() for value in line.split("\t")), strict=False)
        )
        try:
            name, origin = _origin(values)
        except ValueError as error:
            parsed.problems.append(f"line {number}: {error}")
            continue
        target = path.parent / name
        if not target.is_file():
            parsed.problems.append(f"line {number}: there is no file {name} here")
            continue
        if target in first_line:
            parsed.problems.append(
                f"line {number}: {name} is listed again (first on line "
                f"{first_line[target]}); the first is kept"
            )
            continue
        first_line[target] = number
        parsed.origins[target] = origin
    return parsed


def is_web_address(value: str) -> bool:
    """An absolute http(s) address short enough to store whole."""
    try:
        parts = urlsplit(value)
    except ValueError:  # "http://[::1" - an unclosed IPv6 bracket
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and len(value) <= MAX_URL_LENGTH
        and not any(char.isspace() for char in value)
    )


def _origin(values: dict[str, str]) -> tuple[PurePosixPath, Origin]:
    name = values.get("file", "")
    if not name:
        raise ValueError("no file name")
    relative = PurePosixPath(name.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"{name}: the file must be named relative to this folder")
    url = values.get("url", "")
    if not is_web_address(url):
        raise ValueError(f"{name}: not an http(s) address: {url!r}")
    published = values.get("published", "")
    return relative, Origin(
        url=url,
        publisher=" ".join(values.get("publisher", "").split()),
        published=_day(name, published) if published else None,
    )


def _day(name: str, value: str) -> date:
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{name}: published must be a date as YYYY-MM-DD: {value!r}"
        ) from None
