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
import resource
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
REAL_DOCS = Path(os.environ.get("BENCH_REAL_DOCS", "/tmp/misconduct-bench-real-docs"))
FAILED: list[int] = []  # documents that failed in each run that allowed it
REAL_CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("dev", "dev2")]


def tree_rss(pid: int) -> int:
    """Resident memory of a process and its children (the extraction workers), KiB."""
    total = 0
    children = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        for child in children.read_text().split():
            total += tree_rss(int(child))
    except OSError:
        pass
    return total


def run_sampled(
    command: list[str], env: dict, *, failures_allowed: bool = False
) -> tuple[float, list[int], float]:
    """Run a command; return its wall time, its RSS samples in KiB and the CPU
    seconds of it and its worker processes (not PostgreSQL's). With
    `failures_allowed`, documents that fail (and so a non-zero exit) are counted in
    `FAILED`, not fatal."""
    started = time.perf_counter()
    cpu_before = _children_cpu()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    samples = []
    while process.poll() is None:
        if rss := tree_rss(process.pid):
            samples.append(rss)
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    errors = process.stderr.read().decode()
    if process.returncode != 0:
        failed = [line for line in errors.splitlines() if line.startswith("error:")]
        if not (failures_allowed and failed):
            raise SystemExit(f"{command} failed: {errors[-2000:]}")
        FAILED.append(len(failed))
    return elapsed, samples, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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


def folders(count: int, docs: Path = DOCS) -> list[str]:
    return [str(docs / f"{n:03d}") for n in range(count // 1000)]


def write_real_documents(out: Path, count: int) -> None:
    """The real corpora repeated to `count` files, each copy varied by a trailing
    line (an HTML comment in pages) so that no two files have the same bytes."""
    originals = sorted(
        path
        for corpus in REAL_CORPORA
        for path in corpus.iterdir()
        if path.suffix in {".txt", ".html", ".htm"}
    )
    if not originals:
        raise SystemExit(f"No documents in {', '.join(map(str, REAL_CORPORA))}")
    for n in range(count):
        original = originals[n % len(originals)]
        copy = n // len(originals)
        mark = f"<!-- copy {copy} -->" if original.suffix != ".txt" else f"[{copy}]"
        target = out / f"{n // 1000:03d}" / f"{n:05d}-{original.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(original.read_bytes() + f"\n{mark}\n".encode())


def measure(count: int, url: str, docs: Path = DOCS, **options) -> dict:
    fresh_database(url)
    env = os.environ | {"DATABASE_URL": url}
    load_before = os.getloadavg()
    ingest_s, rss, ingest_cpu = run_sampled(
        [sys.executable, "manage.py", "ingest", "-v0", *folders(count, docs)],
        env,
        **options,
    )
    floor_s, _, floor_cpu = run_sampled(
        [sys.executable, "manage.py", "extract", *folders(count, docs)], env
    )
    load_after = os.getloadavg()
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
        "ingest_cpu_ms": ingest_cpu / count * 1000,
        "floor_cpu_ms": floor_cpu / count * 1000,
        "load": f"{load_before[0]:.1f} → {load_after[0]:.1f}",
    }


def cpu_lines(runs: list[dict]) -> list[str]:
    """CPU time a document, which moves much less with the machine's load than wall
    time: the ingest's processes (main and workers, not PostgreSQL's server) and the
    floor's one; what the ingest adds over the floor is mostly saving."""
    return [
        "",
        "| documents | ingest CPU ms a document (its processes) | floor CPU ms "
        "| ingest − floor | load average before → after |",
        "| --- | ---: | ---: | ---: | --- |",
        *(
            f"| {r['documents']:,} | {r['ingest_cpu_ms']:.2f} | "
            f"{r['floor_cpu_ms']:.2f} | {r['ingest_cpu_ms'] - r['floor_cpu_ms']:.2f} | "
            f"{r['load']} |"
            for r in runs
        ),
    ]


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
    parser.add_argument(
        "--real",
        action="store_true",
        help="ingest ../shared's dev and dev2 corpora repeated to 10,000 files instead",
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit(
            "Set DATABASE_URL to a PostgreSQL database the bench may drop."
        )
    if args.real:
        measure_real(url, write=args.write)
        return
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
        *cpu_lines(runs),
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


def measure_real(url: str, *, write: bool) -> None:
    if not (REAL_DOCS / "009").exists():
        write_real_documents(REAL_DOCS, 10_000)
    run = measure(10_000, url, REAL_DOCS, failures_allowed=True)
    failed = sum(FAILED)
    lines = [
        "| documents | ingest s | docs/s | floor s | floor docs/s | × floor | peak MB |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| {run['documents']:,} | {run['ingest_s']:.1f} | {run['docs_per_s']:.0f} | "
        f"{run['floor_s']:.1f} | {run['documents'] / run['floor_s']:.0f} | "
        f"{run['over_floor']:.2f} | {run['peak_mb']:.0f} |",
        *cpu_lines([run]),
        "",
        f"- ≥ 150 documents/s: {'met' if run['docs_per_s'] >= 150 else 'MISSED'} "
        f"({run['docs_per_s']:.0f}/s).",
        "",
        f"{failed:,} of the 10,000 documents failed to ingest (reported, the others "
        "saved; extraction rules are outside the save path).",
        "",
        "Documents: the 262 documents of ../shared/corpus/dev and dev2, repeated to "
        "10,000 files, each copy with a trailing line of its own so that every file "
        "is a new source. The floor is `manage.py extract` on the same files (one "
        "process, no database).",
    ]
    report = "\n".join(lines)
    print(report)
    if write:
        write_section(
            "Ingest, real documents",
            "Re-run: `make bench-ingest-real` (needs ../shared; PostgreSQL at "
            "127.0.0.1:5432).\n\n" + report,
        )


if __name__ == "__main__":
    main()
