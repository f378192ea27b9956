"""The public facts as columns in memory: which cases, and how many of each.

Counting over the database (the list page's facet counts, the stats page, a force's
figures) visits every case the other filters allow, and on a large archive that takes
hundreds of milliseconds a page. So each server process keeps the public facts as numpy
arrays — one row per public case, one row per person's result in a public case with
the standards breached as a bit mask — read from the public projection
(`cases.public`), never from the tables directly, so that nothing withheld is in them.

They are keyed on the archive's version (`cases.freshness`), which every write path
raises in the transaction that writes: `current()` reads the version (one query) and
when it has moved reads again the cases the change log names (`update`), or
everything when it names none, so no count from before a change (a withholding, a
correction) is served after it, in any process. PostgreSQL (or SQLite) stays the
store: it keeps the full-text search and sends the rows a page shows; the arrays answer
which cases match and how many of each.

- `columns`: the arrays.
- `load`: reading them from the public projection.
- `update`: the changed cases' facts put in place of those held.
- `selection`: filters as masks over the arrays; counts and orders of what they allow.
- `rows`: a page's rows, fetched from the database for the ids the facts chose, or
  kept from an earlier page of the same version.

`cases.filters` (facet counts, the list's cases) and `cases.stats` (the stats and
force pages' figures) read them.
"""

import threading

from cases.facts.columns import Facts
from cases.facts.load import load_facts
from cases.facts.rows import CaseRows, HeldRows
from cases.facts.selection import Selection
from cases.facts.update import updated
from cases.freshness import archive_key, changes_since

__all__ = ["CaseRows", "Facts", "HeldRows", "Selection", "current", "forget"]

MOST_CHANGED = 5_000
"""Changed cases read again on their own at most; past that (a large ingest) all
are read, one plain statement a table instead of a long list of ids."""

_held: Facts | None = None
_lock = threading.Lock()


def current() -> Facts:
    """The facts of the archive as it is now: one query when they are up to date,
    a rebuild when the archive has changed since they were read."""
    global _held
    key = archive_key()
    held = _held
    if held is not None and held.key == key:
        return held
    with _lock:  # threads of one process build once, not once each
        if _held is None or _held.key != key:
            # Read after the key: the facts are at least as new as the key says.
            _held = _read(_held, key)
        return _held


def _read(held: Facts | None, key: tuple) -> Facts:
    """The facts at `key`: the cases changed since `held` read again when the change
    log names them and they are few, else everything."""
    changed = None if held is None else changes_since(held.key, key)
    if changed is None or len(changed) > MOST_CHANGED:
        return load_facts(key)
    return updated(held, key, changed)


def forget() -> None:
    """Drop the facts held: the next `current()` reads them again (tests that roll
    the database back to an earlier version use it)."""
    global _held
    _held = None
