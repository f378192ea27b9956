"""What the archive holds for pages captured from the web, as the crawler needs it.

A page's captures are the versions of the source at its address (the URL the crawler
asks for is the source's `location`); the newest one carries the validators for the
next conditional request (in its `response_headers`) and, once the site answers 404 or 410, the date the page has
been gone since. Nothing here deletes or rewrites a capture: a page that disappears
keeps its last one.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import Min, Q

from cases import freshness
from cases.models import SourceDocument


def newest_capture(location: str) -> SourceDocument | None:
    """The newest version read from `location`, or None when it was never captured."""
    return (
        SourceDocument.objects.current()
        .filter(location=location)
        .order_by("-id")
        .first()
    )


def record_headers(sha256: str, headers: dict[str, str]) -> None:
    """Keep the response headers a capture came with: its validators are what the
    next conditional request asks with."""
    SourceDocument.objects.filter(sha256=sha256).update(response_headers=headers)


def mark_online(location: str) -> None:
    """The page answered again (a 304, or the same content): it is not gone."""
    source = newest_capture(location)
    if source is not None and source.gone_since is not None:
        _set_gone(source, None)


def mark_gone(location: str, when: datetime) -> datetime:
    """Mark the page's newest capture gone since `when`, unless it already is; return
    the date it has been gone since."""
    source = newest_capture(location)
    if source is None:
        raise ValueError(f"{location} was never captured")
    if source.gone_since is None:
        _set_gone(source, when)
    return source.gone_since


def revisit_locations(origins: list[str], since: datetime) -> list[str]:
    """The addresses on these sites first captured since `since` and not gone."""
    on_sites = Q()
    for origin in origins:
        on_sites |= Q(location__startswith=f"{origin.rstrip('/')}/")
    recent = set(
        SourceDocument.objects.filter(on_sites)
        .values("location")
        .annotate(first=Min("captured_at"))
        .filter(first__gte=since)
        .values_list("location", flat=True)
    )
    online = SourceDocument.objects.current().filter(
        location__in=recent, gone_since__isnull=True
    )
    return sorted(set(online.values_list("location", flat=True)))


def _set_gone(source: SourceDocument, when: datetime | None) -> None:
    with transaction.atomic():
        source.gone_since = when
        source.save(update_fields=["gone_since", "updated_at"])
        freshness.touch_archive()  # the source and case pages say it
