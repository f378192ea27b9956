"""The parser version: a digest of the extraction rules, so that it changes with them.

A document read by an older version is read again by `manage.py reextract` (or when it
is ingested again). The rules are every source file of the stages that turn a file into
records — read, clean, extract and everything they use under `cases/ingest/` (field
modules, patterns, word lists and other rule tables) — that is, every file there except
the save stage, the pipeline that wires the stages, and this module. The digest is of
their paths and contents with line endings folded, so it is the same on every machine
and checkout.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

INGEST = Path(__file__).resolve().parent
NOT_RULES = ("save", "pipeline.py", "version.py", "__init__.py")
RULE_SUFFIXES = {".py", ".json", ".tsv", ".csv", ".txt", ".toml", ".yaml", ".yml"}
DIGITS = 12  # of the hex digest: short enough to read, far too many to collide


def rule_files(root: Path = INGEST) -> list[Path]:
    """The files whose content decides what extraction reads, in a fixed order."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and path.suffix in RULE_SUFFIXES
        and "__pycache__" not in path.parts
        and path.relative_to(root).parts[0] not in NOT_RULES
    )


def rules_digest(root: Path = INGEST) -> str:
    digest = hashlib.sha256()
    for path in rule_files(root):
        text = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(text + b"\0")
    return digest.hexdigest()[:DIGITS]
