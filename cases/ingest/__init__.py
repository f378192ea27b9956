"""The ingest pipeline: read → clean → extract → save (see pipeline.py)."""

from cases.ingest.version import rules_digest

# Changes whenever an extraction rule does: documents read by an older version are
# read again by `manage.py reextract`.
PARSER_VERSION = rules_digest()
