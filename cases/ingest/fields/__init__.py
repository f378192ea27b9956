"""One module per extracted field: the wording that states it, the wording that vetoes
it, and made-up examples of both.

Each module names its `FIELD` (an officer field of corpus/SCHEMA.md) and carries
`EXAMPLES`: short made-up documents with the value the field must take for the one
person they describe, or None where the field must stay empty (a counter-example).
tests/ingest/test_fields.py reads every one through the whole extractor, so a wording
added here is proved by a sentence written for it, not by the corpus. patterns.py
gathers the modules for the stages that read several fields at once.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Example"]


@dataclass(frozen=True)
class Example:
    text: str
    value: object  # the field's value; None: no one gets one
