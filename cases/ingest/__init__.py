"""The ingest pipeline: read → clean → extract → save (see pipeline.py)."""

# Bump when extraction rules change: documents read by an older version are read again.
PARSER_VERSION = "1.0"
