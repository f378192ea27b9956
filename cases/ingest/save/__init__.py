"""Save stage: records → rows. The only part of the ingest that imports models.

A document is identified by the SHA-256 of its bytes: the same release reached by two
paths is one source, and reading it again changes nothing. New content at a location
already on record is the next version of that source (`versions`); every version is
kept. One writer (`writer`, with `cases` planning each case and `rows` writing) saves
a batch of documents or a single one, with the same rows and history either way.
"""

from cases.ingest.save.failures import save_failure
from cases.ingest.save.provenance import FIELDS as PROVENANCE_FIELDS
from cases.ingest.save.provenance import save_missing_provenance
from cases.ingest.save.values import Lookups, SaveOutcome, SaveStatus
from cases.ingest.save.versions import location_of
from cases.ingest.save.writer import save_release, save_releases

__all__ = [
    "PROVENANCE_FIELDS",
    "Lookups",
    "SaveOutcome",
    "SaveStatus",
    "location_of",
    "save_failure",
    "save_missing_provenance",
    "save_release",
    "save_releases",
]
