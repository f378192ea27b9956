"""The rows of a page of cases that the facts selected, for Django's paginator."""

from collections.abc import Sequence

import numpy as np
from django.db.models import QuerySet


class CaseRows(Sequence):
    """Cases by id in a chosen order: their number from the ids, the rows of a page
    (a slice) from `rows`, one query."""

    def __init__(self, ids: np.ndarray, rows: QuerySet):
        self.ids = ids
        self.rows = rows

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        wanted = [int(pk) for pk in self.ids[index]]
        found = {case.pk: case for case in self.rows.filter(pk__in=wanted)}
        # A case withheld since the facts were read is missing: left out.
        return [found[pk] for pk in wanted if pk in found]
