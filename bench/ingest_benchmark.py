"""Ingest benchmark: documents per second, peak memory, and the cost over the floor.

Generates 20,000 synthetic documents (bench/generate_documents.py, fixed seed), then
for 10,000 and 20,000 of them: a fresh PostgreSQL database, `manage.py ingest`, timed,
with the process's resident memory sampled every 0.2 s. The floor is the same documents
read and extracted without any database (`manage.py extract`). Results go to stdout and,
with --write, into bench/RESULTS.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_bench \
        .venv/bin/python bench/ingest_benchmark.py [--write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate_documents import generate  # noqa: E402
from results import write_section  # noqa: E402

DOCS = Path(os.environ.get("BENCH_DOCS", "/tmp/misconduct-bench-docs"))


def run_sampled(command: list[str], env: dict) -> tuple[float, list[int]]:
    """Run a command; return its wall time and its RSS samples in KiB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    samples = []
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    samples.append(int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{command} failed: {process.stderr.read().decode()[-2000:]}")
    return elapsed, samples


def fresh_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        check=True,
    )


def folders(count: int) -> list[str]:
    return [str(DOCS / f"{n:03d}") for n in range(count // 1000)]


def measure(count: int, url: str) -> dict:
    fresh_database(url)
    env = os.environ | {"DATABASE_URL": url}
    ingest_s, rss = run_sampled(
        [sys.executable, "manage.py", "ingest", "-v0", *folders(count)], env
    )
    floor_s, _ = run_sampled(
        [sys.executable, "manage.py", "extract", *folders(count)], env
    )
    quarter = max(1, len(rss) // 4)
    return {
        "documents": count,
        "ingest_s": ingest_s,
        "docs_per_s": count / ingest_s,
        "floor_s": floor_s,
        "over_floor": ingest_s / floor_s,
        "peak_mb": max(rss) / 1024,
        "first_quarter_peak_mb": max(rss[:quarter]) / 1024,
        "last_quarter_peak_mb": max(rss[-quarter:]) / 1024,
    }


def verdicts(runs: list[dict], ratio: float) -> list[str]:
    """Each target, met or missed by how much, and what bounds the rate."""
    rate = min(r["docs_per_s"] for r in runs)
    over = max(r["over_floor"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    floor_rate = runs[-1]["documents"] / runs[-1]["floor_s"]
    budget_ms = 1000 / 150 - 1000 / floor_rate
    return [
        f"- ≥ 150 documents/s: {'met' if rate >= 150 else 'MISSED'} "
        f"(slowest run {rate:.0f}/s, {rate / 150 - 1:+.0%}).",
        f"- ≤ 2× the floor: {'met' if over <= 2 else 'MISSED'} (worst {over:.2f}×).",
        f"- memory < 300 MB and flat: {'met' if peak < 300 else 'MISSED'} "
        f"(peak {peak:.0f} MB).",
        f"- 20k ≤ 2.2× 10k: {'met' if ratio <= 2.2 else 'MISSED'} ({ratio:.2f}×).",
        "",
        f"The floor alone (read, clean, extract; no database) runs at {floor_rate:.0f} "
        f"documents/s. At 150 documents/s the database would have "
        f"{budget_ms:.1f} ms a document for everything it stores (source, case, "
        "people, allegations, standards, their history, evidence and search text); "
        "new documents already go in bulk, a few queries per batch of 100.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit(
            "Set DATABASE_URL to a PostgreSQL database the bench may drop."
        )
    if not (DOCS / "019").exists():
        generate(DOCS, 20_000)
    runs = [measure(10_000, url), measure(20_000, url)]
    ratio = runs[1]["ingest_s"] / runs[0]["ingest_s"]
    lines = [
        "| documents | ingest s | docs/s | floor s | × floor | peak MB | "
        "peak MB, first quarter → last quarter |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *(
            f"| {r['documents']:,} | {r['ingest_s']:.1f} | {r['docs_per_s']:.0f} | "
            f"{r['floor_s']:.1f} | {r['over_floor']:.2f} | {r['peak_mb']:.0f} | "
            f"{r['first_quarter_peak_mb']:.0f} → {r['last_quarter_peak_mb']:.0f} |"
            for r in runs
        ),
        "",
        f"20,000 documents took {ratio:.2f}× as long as 10,000 (target ≤ 2.2×).",
        "Targets: ≥ 150 documents/s, peak memory < 300 MB and flat, ≤ 2× the floor.",
    ]
    lines += ["", *verdicts(runs, ratio)]
    report = "\n".join(lines)
    print(report)
    if args.write:
        write_section(
            "Ingest",
            "Re-run: `make bench-ingest` (PostgreSQL at 127.0.0.1:5432).\n\n" + report,
        )


if __name__ == "__main__":
    main()
