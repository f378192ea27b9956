"""HTML reader benchmark: the hand-written reader (cases/ingest/read/) or trafilatura.

Runs the HTML read tests (tests/ingest/test_read.py: the page shapes the archive meets,
each test one expectation of the text or metadata read) with each reader, counts what
passes, and times both readers on the test fixtures' pages.

    .venv/bin/python bench/html_benchmark.py [--write]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results import write_section  # noqa: E402

# The tests of HTML pages: text layout, chrome, metadata, hostile markup.
HTML_TESTS = "iopc or force or html or main or article or header or wrapper or body or date or title or publisher or url or json or page or tag"
ROUNDS = 20


def run_tests(*plugins: str) -> tuple[int, int, list[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "bench"))
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "pytest", "tests/ingest/test_read.py", "-q"]
    command += ["-k", HTML_TESTS, "-p", "no:cacheprovider", "-rf"]
    for plugin in plugins:
        command += ["-p", plugin]
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", out.stdout)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", out.stdout)) else 0
    names = re.findall(r"^FAILED \S+::(\S+)", out.stdout, re.M)
    return passed, failed, names


def time_readers() -> dict[str, float]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
    from trafilatura_reader import fill_with_trafilatura

    from cases.ingest.read.html_page import fill_from_html
    from cases.ingest.records import Document

    pages = sorted((ROOT / "tests" / "ingest" / "fixtures").glob("*.html"))
    timings = {}
    for name, fill in (
        ("hand-written", fill_from_html),
        ("trafilatura", fill_with_trafilatura),
    ):
        started = time.perf_counter()
        for _ in range(ROUNDS):
            for page in pages:
                document = Document(path=str(page), raw_text=page.read_text())
                fill(document)
        timings[name] = (time.perf_counter() - started) * 1000 / ROUNDS / len(pages)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    options = parser.parse_args()
    timings = time_readers()
    rows = []
    failures = {}
    for name, plugins in (
        ("hand-written (cases/ingest/read/)", ()),
        ("trafilatura", ("trafilatura_reader",)),
    ):
        passed, failed, names = run_tests(*plugins)
        failures[name] = names
        key = "trafilatura" if plugins else "hand-written"
        rows.append(f"| {name} | {passed} of {passed + failed} | {timings[key]:.1f} |")
    body = "\n".join(
        [
            "| HTML reader | read tests passed | ms a page |",
            "| --- | --- | --- |",
            *rows,
        ]
    )
    for name, names in failures.items():
        if names:
            body += f"\n\nFailed with {name}: " + ", ".join(f"`{n}`" for n in names)
    print(body)
    if options.write:
        write_section(
            "HTML main text and metadata",
            "The HTML read tests (page chrome, layout of blocks and tables, title, "
            "date, publisher and URL from the page's metadata, hostile markup) run "
            "with each reader; time per page over the test fixtures' pages, mean of "
            f"{ROUNDS} rounds. Re-run: `.venv/bin/python bench/html_benchmark.py "
            "--write`.\n\n" + body,
        )


if __name__ == "__main__":
    main()
