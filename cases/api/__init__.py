"""The read-only JSON API under /api/: the archive's public records, with the list's filters."""
