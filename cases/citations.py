"""How the archive's records are cited: one wording for every page and answer.

A source is cited as UK courts and newsrooms cite a web page (OSCOLA's shape): who
published it, its title, when, its original address, when the archive captured it, and
the archive's own permanent copy. A value not on record is left out, never guessed.
"""

from django.utils import timezone

ARCHIVE_NAME = "UK police misconduct archive"


def cite_source(source, permalink: str) -> str:
    """'Kent Police, “PC dismissed” (4 May 2023) <https://…>, captured 1 December 2026;
    archived copy: UK police misconduct archive, source 12 <https://…/sources/12/>.'"""
    parts = [f"{source.site}, " if source.site else "", f"“{source}”"]
    if source.published_on:
        parts.append(f" ({_day(source.published_on)})")
    # Where this server keeps a file, and its name, are never public (`cases.public`).
    received = "received as a file" if _received_as_file(source) else "not recorded"
    parts.append(f" <{source.url}>" if source.url else f", original address {received}")
    if source.url and source.gone_since:
        gone = timezone.localtime(source.gone_since).date()
        parts.append(f", gone from the site since {_day(gone)}")
    captured = timezone.localtime(source.captured_at).date()
    parts.append(
        f", captured {_day(captured)}; archived copy: {ARCHIVE_NAME}, source "
        f"{source.pk} <{permalink}>."
    )
    return "".join(parts)


def _received_as_file(source) -> bool:
    return getattr(source, "received_as_file", False)


def _day(value) -> str:
    return f"{value.day} {value:%B} {value.year}"
