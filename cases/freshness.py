"""The archive's data version, and the public pages cached under it.

On a large archive the case list with its facet counts, the stats page and a large
force's page take hundreds of milliseconds to build, and their answer changes only when
the archive does. So every write path — the ingest's save stage, the admin, curation —
calls `record_change` in the transaction that writes: it writes what follows from
withholding (`cases.public.withholding`), refreshes the changed cases' search text and
raises `ArchiveState.version` by one, logging which cases changed (`ArchiveChange`,
`changes_since`). The version is kept in the database, so an ingest in one process is
seen at once by every web process, whatever cache each keeps.
Nothing is done by signals: a write that does not call `record_change` leaves the
cached pages as they were.

`cached_page` keeps a view's rendered response in Django's cache under (address,
canonical query string, version); a request answered from the cache makes one query,
the one that reads the version. Only anonymous GET requests without a session or
messages cookie are answered from or stored in the cache, and a page that used a CSRF
token or set a cookie is never stored. Nothing tells browsers or proxies to keep a page:
what an editor withholds is gone from the next response. `settings.PAGE_CACHE`
(DJANGO_PAGE_CACHE=0) turns the cache off.
"""

import hashlib
from collections.abc import Iterable
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models import F, Q
from django.utils import timezone
from django.utils.http import urlencode

from cases.models import ArchiveChange, ArchiveState
from cases.public import withholding

# Pages of an older version are never read again; the cache lets them expire.
PAGE_SECONDS = 24 * 60 * 60
CHANGES_KEPT = 1000
"""Versions the change log reaches back: a process whose facts are older reads them
all again."""


def record_change(case_ids: Iterable[int] = ()) -> None:
    """After writing anything the public pages show: write what follows from who is
    withheld and refresh the search text of these cases (those whose title, summary,
    people, allegations or withholding changed; `withholding.refresh`), and raise the
    archive's version, naming these cases as what changed (none named: anything may
    have, and the facts in memory are read again whole).

    Call it last in the writing transaction: the version's row stays locked until the
    transaction ends, so that concurrent writers queue there and nowhere else."""
    ids = sorted({int(pk) for pk in case_ids})
    withholding.refresh(ids)
    touch_archive(ids or None)


def touch_archive(case_ids: list[int] | None = None) -> None:
    """Raise the archive's version by one: every cached page is out of date. The
    change log (`ArchiveChange`) says which cases changed (`case_ids`; None: any)."""
    now = timezone.now()
    raised = ArchiveState.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=now
    )
    if not raised:  # the row migration 0006 made was flushed (a test database)
        ArchiveState.objects.get_or_create(
            pk=1, defaults={"version": 1, "changed_at": now}
        )
    version = archive_version()
    # Entries past this version are of another history (a database put back).
    old = Q(version__lte=version - CHANGES_KEPT) | Q(version__gte=version)
    ArchiveChange.objects.filter(old).delete()
    ArchiveChange.objects.create(version=version, changed_at=now, cases=case_ids)


def changes_since(key: tuple, now: tuple) -> list[int] | None:
    """The ids of the cases changed from the archive at `key` (version, moment) to
    the archive at `now`, from the change log; None when the log cannot tell (a
    change named no cases, the log does not reach back that far, or the database
    was put back to another history): then everything must be read again."""
    (version, at), (version_now, at_now) = key, now
    if version_now <= version:
        return None
    entries = list(
        ArchiveChange.objects.filter(version__gte=version, version__lte=version_now)
        .order_by("version")
        .values_list("version", "changed_at", "cases")
    )
    first, last = (entries[0], entries[-1]) if entries else ((None,) * 3, (None,) * 3)
    whole = len(entries) == version_now - version + 1
    if not whole or first[:2] != (version, at) or last[:2] != (version_now, at_now):
        return None
    changed = set()
    for _, _, cases in entries[1:]:
        if cases is None:
            return None
        changed.update(cases)
    return sorted(changed)


def archive_version() -> int:
    """The archive's current version; one query."""
    state = ArchiveState.objects.filter(pk=1).values_list("version", flat=True)
    return state.first() or 0


def archive_key() -> tuple:
    """The version with the moment it was raised; one query. A database put back to
    an earlier state (a restored backup, a test rolled back) can repeat a version
    number, never both."""
    state = ArchiveState.objects.filter(pk=1).values_list("version", "changed_at")
    return state.first() or (0, None)


def cached_page(view):
    """Answer anonymous GET requests for this view from the cache, per version."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if not _may_use_cache(request):
            return view(request, *args, **kwargs)
        key = _page_key(request, archive_version())
        response = cache.get(key)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)):
            response.render()  # a TemplateResponse is stored rendered, as cache_page does
        if _may_store(request, response):
            cache.set(key, response, PAGE_SECONDS)
        return response

    return cached_view


def _may_use_cache(request) -> bool:
    return settings.PAGE_CACHE and is_anonymous_reader(request)


def is_anonymous_reader(request) -> bool:
    """Anonymous readers with nothing of their own to show: no session, no messages.
    Only they are served pages, or rows (`cases.facts.HeldRows`), kept for the
    version; editors and readers with a session get them made afresh."""
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not request.user.is_authenticated
    )


def _may_store(request, response) -> bool:
    """A complete page that is the same for every reader."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a token
    )


def _page_key(request, version: int) -> str:
    """The page's address (scheme, host, path) and its parameters in a fixed order."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    address = f"{request.build_absolute_uri(request.path)}?{query}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{version}:{digest}"
