"""The rows of a page of cases that the facts selected, for Django's paginator, and
the rows kept in memory between pages of one version of the archive."""

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
from django.db.models import QuerySet


class HeldRows:
    """Rows of one queryset's shape, kept by id for one version of the archive (the
    facts' key), the most recently shown first: the newest cases head most lists,
    and a page whose rows are held reads none from the database. The rows are the
    projection's (redacted when read) and are never changed after: what differs
    from page to page (a search's snippet, who matches a person filter) is kept
    beside them. When the archive changes, every row is read again."""

    def __init__(self, most: int):
        self.most = most
        self._key = None
        self._rows: OrderedDict[int, object] = OrderedDict()
        self._lock = threading.Lock()

    def forget(self) -> None:
        """Drop the rows held (tests of the queries a page makes use it)."""
        with self._lock:
            self._rows.clear()
            self._key = None

    def get(self, key, queryset: QuerySet, wanted: list[int]) -> dict[int, object]:
        """The rows with these ids, of the archive at `key`, as `queryset` gives
        them: those held, and the others from the database, one query."""
        with self._lock:
            if key != self._key:
                self._rows.clear()
                self._key = key
            found = {pk: self._rows[pk] for pk in wanted if pk in self._rows}
            for pk in found:
                self._rows.move_to_end(pk)
        missing = [pk for pk in wanted if pk not in found]
        if missing:
            read = {row.pk: row for row in queryset.filter(pk__in=missing)}
            found |= read
            with self._lock:
                if key == self._key:  # not if another request saw a newer version
                    self._rows.update(read)
                    while len(self._rows) > self.most:
                        self._rows.popitem(last=False)
        return found


class CaseRows(Sequence):
    """Cases by id in a chosen order: their number from the ids, the rows of a page
    (a slice) from `rows`, one query, or none for the rows `held` has."""

    def __init__(self, ids: np.ndarray, rows: QuerySet, held=None, key=None):
        self.ids = ids
        self.rows = rows
        self.held = held
        self.key = key

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        wanted = [int(pk) for pk in self.ids[index]]
        if self.held is None:
            found = {case.pk: case for case in self.rows.filter(pk__in=wanted)}
        else:
            found = self.held.get(self.key, self.rows, wanted)
        # A case withheld since the facts were read is missing: left out.
        return [found[pk] for pk in wanted if pk in found]
