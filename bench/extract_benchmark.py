"""Extraction speed: documents per second of CPU time, in one process, no database.

Reads every document first (not timed), then times `clean_text` + `extract_release`
over all of them with `time.process_time()`, best of three rounds, on the real
documents of ../shared/corpus/dev and dev2 and on 1,000 synthetic documents
(bench/generate_documents.py, seed 2026). CPU time, so that other work on a shared
machine slows it less than it slows wall time; the load average is printed beside it.

    .venv/bin/python bench/extract_benchmark.py [--write]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from generate_documents import generate  # noqa: E402
from results import write_section  # noqa: E402

from cases.ingest.clean import clean_text  # noqa: E402
from cases.ingest.extract import extract_release  # noqa: E402
from cases.ingest.read import read_document  # noqa: E402

REAL = [ROOT.parent / "shared" / "corpus" / name for name in ("dev", "dev2")]
SYNTHETIC = Path(os.environ.get("BENCH_EXTRACT_DOCS", "/tmp/misconduct-extract-docs"))
ROUNDS = 3
TARGET = 400


def documents(paths: list[Path]) -> list:
    return [read_document(path) for path in paths]


def rate(docs: list) -> float:
    """Documents per CPU second, the best of `ROUNDS` rounds."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.process_time()
        for document in docs:
            text = clean_text(document.text)
            extract_release(text, published=document.published, title=document.title)
        best = min(best, time.process_time() - started)
    return len(docs) / best


def load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    if not (SYNTHETIC / "000").exists():
        generate(SYNTHETIC, 1000)
    sets = [("synthetic", sorted(SYNTHETIC.glob("*/*")))]
    real = sorted(p for folder in REAL if folder.exists() for p in folder.glob("*.txt"))
    if real:
        sets.insert(0, ("real (dev + dev2)", real))
    lines = [
        "| documents | count | docs/s (CPU) | target | load average before → after |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, paths in sets:
        docs = documents(paths)
        before = load()
        measured = rate(docs)
        lines.append(
            f"| {name} | {len(docs):,} | {measured:.0f} | {TARGET} | "
            f"{before} → {load()} |"
        )
    report = "\n".join(lines)
    print(report)
    if args.write:
        write_section(
            "Extraction speed",
            "Re-run: `make bench-extract` (no database; the real set needs "
            "../shared).\n\n" + report,
        )


if __name__ == "__main__":
    main()
