"""Save stage: records → rows. The only part of the ingest that imports models.

A document is identified by the SHA-256 of its bytes: the same release reached by two
paths is one source, and reading it again changes nothing. `single` saves one document
in its own transaction (new, changed, or read again by a newer parser); `bulk` saves
many new documents with a few queries, and falls back to `single` on any failure.
"""

from cases.ingest.save.bulk import save_new_releases
from cases.ingest.save.provenance import FIELDS as PROVENANCE_FIELDS
from cases.ingest.save.provenance import save_missing_provenance
from cases.ingest.save.single import save_failure, save_release
from cases.ingest.save.values import Lookups, SaveOutcome, SaveStatus

__all__ = [
    "PROVENANCE_FIELDS",
    "Lookups",
    "SaveOutcome",
    "SaveStatus",
    "save_failure",
    "save_missing_provenance",
    "save_new_releases",
    "save_release",
]
