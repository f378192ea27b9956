"""Export streaming benchmark: memory stays flat however many rows an export holds.

Fills a fresh PostgreSQL database with synthetic cases by bulk inserts until it holds
100,000 people's results (each with standards, each case with a source), then streams the unfiltered
CSV and JSON exports of the case list through the export views' iterators, in a fresh
process each, and samples every 10,000 rows: elapsed time, Python's traced memory
(tracemalloc: current and peak) and the process's peak resident memory (ru_maxrss).
Timing comes from a run without tracemalloc, which slows Python down; memory from a run
with it. Flat means the peak after 100,000 rows is that after 10,000. Results go to
stdout and, with --write, into bench/RESULTS.md under "Export streaming".

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_export_bench \
        .venv/bin/python bench/export_memory.py [--rows 100000] [--keep] [--write]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

SAMPLE_EVERY = 10_000


def manage(*args: str, url: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def fill_database(url: str, rows: int) -> float:
    """A fresh database holding `rows` people's results; seconds taken."""
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    manage("migrate", "-v0", url=url)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--fill", str(rows)],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        check=True,
    )
    return time.perf_counter() - started


def fill(rows: int) -> None:
    """In this process: bulk-insert cases until there are `rows` people's results.

    Every fourth case has two people; each person has one or two standards, each case
    a source document; dates, outcomes, ranks and forces vary.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
    import django

    django.setup()
    from datetime import date, timedelta

    from django.db import transaction

    from cases.choices import Outcome, Rank
    from cases.models import (
        Case,
        Force,
        Officer,
        ProfessionalStandard,
        Result,
        SourceDocument,
    )

    forces = list(Force.objects.order_by("pk"))
    standards = list(ProfessionalStandard.objects.order_by("pk"))
    outcomes, ranks = list(Outcome), list(Rank)
    made = 0
    while made < rows:
        with transaction.atomic():
            people = min(10_000, rows - made)
            sizes = []
            while sum(sizes) < people:
                sizes.append(min(2 if len(sizes) % 4 == 3 else 1, people - sum(sizes)))
            first = made
            cases = Case.objects.bulk_create(
                Case(
                    title=f"Officer dismissed after gross misconduct hearing ({first + i})",
                    slug=f"officer-dismissed-{first + i}",
                    force=forces[i % len(forces)],
                    summary="An officer was dismissed after a misconduct hearing.",
                    outcome_on=date(2015, 1, 1) + timedelta(days=(first + i) % 3650),
                    outcome_on_precision="day",
                )
                for i in range(len(sizes))
            )
            SourceDocument.objects.bulk_create(
                SourceDocument(
                    location=f"https://example.org/releases/{case.pk}",
                    title=case.title,
                    text=f"{case.title}. " * 10,
                    sha256=f"{case.pk:064x}",
                    case=case,
                )
                for case in cases
            )
            officers = Officer.objects.bulk_create(
                Officer(
                    name=f"Bench Officer {first + i}",
                    normalised_name=f"bench officer {first + i}",
                    rank=ranks[i % len(ranks)],
                    force=forces[i % len(forces)],
                )
                for i in range(people)
            )
            owners = [
                case
                for case, size in zip(cases, sizes, strict=True)
                for _ in range(size)
            ]
            results = Result.objects.bulk_create(
                Result(
                    case=case,
                    officer=officer,
                    force=case.force,
                    rank=officer.rank,
                    age=25 + i % 30,
                    outcome=outcomes[i % len(outcomes)],
                    hearing_date=case.outcome_on,
                    barred=outcomes[i % len(outcomes)] == Outcome.DISMISSED,
                    position=0 if i == 0 or owners[i - 1] is not case else 1,
                )
                for i, (case, officer) in enumerate(zip(owners, officers, strict=True))
            )
            Result.standards.through.objects.bulk_create(
                Result.standards.through(
                    result_id=result.pk, professionalstandard_id=standard.pk
                )
                for i, result in enumerate(results)
                for standard in standards[i % 9 : i % 9 + 1 + i % 2]
            )
        made += people
        print(f"{made:,} results", file=sys.stderr)


def count_results(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT count(*) FROM cases_result").fetchone()[0]


def measure(export_format: str, traced: bool) -> dict:
    """In this process: stream one export and sample it (called through --measure)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
    import django

    django.setup()
    from django.test import RequestFactory

    from cases import exports

    view = {"csv": exports.export_csv, "json": exports.export_json}[export_format]
    factory = RequestFactory(SERVER_NAME="localhost")
    # Warm up (URL resolvers, lazy imports) on an empty export, so that what is traced
    # is the export itself.
    empty = view(factory.get(f"/cases/export.{export_format}", {"year_from": 3000}))
    b"".join(empty.streaming_content)
    request = factory.get(f"/cases/export.{export_format}")
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    response = view(request)
    samples, rows, size = [], -1, 0
    for chunk in response.streaming_content:
        rows += 1  # one chunk a row, after the CSV header or the JSON opening
        size += len(chunk)
        if rows and rows % SAMPLE_EVERY == 0:
            samples.append(_sample(rows, started, traced))
    samples.append(_sample(rows - (export_format == "json"), started, traced))
    return {
        "format": export_format,
        "bytes": size,
        "chunk_size": exports.CHUNK_SIZE,
        "samples": samples,
    }


def _sample(rows: int, started: float, traced: bool) -> dict:
    current, peak = tracemalloc.get_traced_memory() if traced else (None, None)
    return {
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 2),
        "traced_current_mib": current and round(current / 2**20, 2),
        "traced_peak_mib": peak and round(peak / 2**20, 2),
        "maxrss_mib": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        ),
    }


def run_measure(export_format: str, traced: bool, url: str) -> dict:
    args = ["--measure", export_format] + (["--traced"] if traced else [])
    done = subprocess.run(
        [sys.executable, __file__, *args],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def report(results: list[dict], made: int, fill_seconds: float, rows: int) -> str:
    lines = [
        f"{made:,} people's results in {made - made // 5:,} synthetic cases (a source "
        f"each, one or two standards a person; {fill_seconds:.0f} s to bulk-insert), "
        "streamed as the unfiltered export of the case list through the export view's "
        "iterator, each format in a fresh process, twice: a plain run for time and "
        "resident memory, and a run under tracemalloc (three times slower) for Python's "
        "own allocations.",
        "",
        "| format | rows | time (s) | peak RSS (MiB) | traced now (MiB) | "
        "traced peak (MiB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    flat = []
    for result in results:
        plain = {s["rows"]: s for s in result["timed"]["samples"]}
        traced = result["traced"]["samples"]
        shown = [s for s in traced[:-1] if s["rows"] in (10_000, 50_000)]
        for sample in [*shown, traced[-1]]:
            timed = plain.get(sample["rows"], {})
            lines.append(
                f"| {result['format'].upper()} | {sample['rows']:,} | "
                f"{timed.get('seconds', '–')} | {timed.get('maxrss_mib', '–')} | "
                f"{sample['traced_current_mib']} | {sample['traced_peak_mib']} |"
            )
        first, last = traced[0], traced[-1]
        flat.append(
            f"{result['format'].upper()}: traced peak {first['traced_peak_mib']} MiB "
            f"after {first['rows']:,} rows, {last['traced_peak_mib']} MiB after "
            f"{last['rows']:,}; resident peak {result['timed']['samples'][0]['maxrss_mib']}"
            f" → {result['timed']['samples'][-1]['maxrss_mib']} MiB "
            f"({result['timed']['bytes']:,} "
            "bytes written)."
        )
    lines += [
        "",
        *flat,
        "",
        f"Memory is bounded by one chunk ({results[0]['timed']['chunk_size']:,} cases "
        "with their people, standards and sources) whatever the number of rows; the "
        "resident figure includes Django, the interpreter and the database driver.",
        "",
        "Re-run:",
        "",
        "```sh",
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_export_bench \\",
        f"    .venv/bin/python bench/export_memory.py --rows {rows} --write",
        "```",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--keep", action="store_true", help="Reuse the filled database."
    )
    parser.add_argument("--write", action="store_true", help="Update bench/RESULTS.md.")
    parser.add_argument("--measure", choices=["csv", "json"], help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fill", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill)
        return
    if args.measure:
        print(json.dumps(measure(args.measure, args.traced)))
        return
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit(
            "Set DATABASE_URL to a PostgreSQL database the bench may drop."
        )
    fill_seconds = 0.0 if args.keep else fill_database(url, args.rows)
    made = count_results(url)
    if made < args.rows:
        raise SystemExit(f"Only {made:,} results in the database; run without --keep.")
    print(f"{made:,} results in {fill_seconds:.0f} s", file=sys.stderr)
    results = []
    for export_format in ("csv", "json"):
        result = {
            "format": export_format,
            "timed": run_measure(export_format, traced=False, url=url),
            "traced": run_measure(export_format, traced=True, url=url),
        }
        print(json.dumps(result), file=sys.stderr)
        results.append(result)
    body = report(results, made, fill_seconds, args.rows)
    print(body)
    if args.write:
        from results import write_section

        write_section("Export streaming", body)


if __name__ == "__main__":
    main()
