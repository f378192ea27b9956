"""Browse benchmark: the public pages on an archive of 100,000 cases and 150,000 people.

Loads synthetic cases (`cases.synthetic`, fixed seeds, bulk inserts) into a dedicated
PostgreSQL database once — a re-run finds them there and skips loading — then requests
each page in-process through Django's test client against the real URLconf, DEBUG off:
the case list with three filters and its facet counts, a text search, case pages,
officer pages, the largest force's page and /stats/, 50 timed requests each after a few
untimed ones. Each page is timed twice: with the page cache off (DJANGO_PAGE_CACHE=0:
every request builds the page, its counts from the public facts in memory,
`cases.facts`), and warm, answered from the page cache (`cases.freshness`) where the
page is cached. The list is also timed on the first request after a write (a recorded
change: the facts are read again), and the process's resident memory is taken before
the first page and after the last. It also counts each page's queries, at full size
and on a small database of 300 generated cases (`<name>_small`), to show the count
does not grow with the rows.
Results go to stdout and, with --write, into bench/RESULTS.md under "Browse at scale".

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_browse_bench \
        .venv/bin/python bench/browse_benchmark.py [--write]

Each database is measured in a child process of its own (`--measure`), so that each
has a fresh Django set up on its DATABASE_URL.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from results import machine, write_section  # noqa: E402

CASES = 100_000
SMALL_CASES = 300
BATCH = 1_000  # cases a generator call: few repeat names, so most people are distinct
PEOPLE_PER_CASE = {1: 55, 2: 30, 3: 15}  # 1.6 people a case: 160,000 results
REQUESTS = int(os.environ.get("BENCH_REQUESTS", 50))  # fewer for a quick look
WARM_UP = 5
LIST = "/cases/?force=metropolitan-police-service&outcome=dismissed&year_from=2020"
BROAD_SEARCH = "/cases/?q=excessive+force+arrest"  # one in seven cases has these words
TARGETS_MS = {
    "list": 60,
    "search": 60,
    "broad-search": 80,
    "case": 20,
    "force": 60,
    "stats": 100,
}
COPIES = {
    1_000_000: "; copied ten times over in SQL by `bench/copy_archive.py`, new ids, "
    "the same people"
}
AFTER_WRITE_MS = 500
QUIET_CASE_MS = 8.2  # the case page on a quiet machine, 2026-11-21: a yardstick  # the first list page after a change, the facts read again
MEMORY_MB = (
    100  # growth of a server process's resident memory (bench/serve_benchmark.py)
)
WRITES = int(os.environ.get("BENCH_WRITES", 10))
CACHED = {"list", "search", "broad-search", "force", "stats"}  # cases.views

NOTES = """\
What changed (issue 13): the list's 11 facet counts, which cases it lists and in what
order, which of its people match the person filters, the stats page's charts and a
force page's figures come from the public facts held in memory by each process
(`cases.facts`: numpy arrays of the public cases, people's results and standards
breached), through the case list's filters, not from grouped queries. They are read
again when the archive's version moves, which every write path raises in its
transaction: the first request after a change pays for the read ("first list page
after a write" above), no later one, and no count from before a change is served
after it. PostgreSQL is the store, sends the 25 rows a page shows and keeps full-text
search: one statement finds every match with its rank (packed in one binary value),
the facts order them, and only the page's rows are read again, with their headlines.
Before this work, at 100,000 cases, cold: list 301-414 ms, common-words search
616-685 ms, stats 616-893 ms, largest force 103-197 ms, case page 8-9 ms (earlier
runs of this benchmark and the measurement in issue 13, on a quieter machine).

Several server processes each hold their own facts (about 6 MB of arrays at 100,000
cases) and read them again on their first request after a change: nothing to share
or lock between processes or hosts, and the version in the database is what each
checks, once a request. Warm pages still come from the page cache, per version."""

PAGES = {
    "list": "Case list, three filters, facet counts",
    "search": "Text search, a person's name",
    "broad-search": "Text search, common words (15% of cases)",
    "case": "Case page",
    "officer": "Officer page",
    "force": "Force page (largest force)",
    "stats": "Stats page",
}


# --- In the child process: load, then measure one database -----------------------------


def measure(cases: int) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
    os.environ.pop("DJANGO_DEBUG", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    loaded = load(cases)
    urls = page_urls()
    before = resident_mb()
    load_before = os.getloadavg()[0]
    timings, queries = {}, {}
    for page, targets in urls.items():
        timings[page], queries[page] = time_page(targets)
    after_write = time_after_write(urls["list"][0])
    after_whole_write = time_after_write(urls["list"][0], whole=True)
    from cases import facts

    held = facts.current()
    return {
        "loaded": loaded,
        "counts": counts(),
        "urls": {page: targets[0] for page, targets in urls.items()},
        "postgresql": postgresql(),
        "ms": timings,
        "queries": queries,
        "after_write": after_write,
        "after_whole_write": after_whole_write,
        "load_average": [load_before, os.getloadavg()[0]],
        "memory": {
            "before": before,
            "after": resident_mb(),
            "arrays": facts_mb(held),
        },
    }


def resident_mb() -> float:
    """The process's resident memory now (Linux)."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def facts_mb(held) -> float:
    arrays = [held.case_ids, held.case_row, held.result_ids, *held.cases.values()]
    arrays += [*held.results.values(), *held.standards]
    return sum(array.nbytes for array in arrays) / 2**20


def time_after_write(url: str, whole: bool = False) -> list[float]:
    """Milliseconds of the list page right after each of WRITES recorded changes,
    the page cache off: each names one case, as an editor's correction does (the
    facts read that case again; the data is left as it was, so that runs compare),
    or, `whole`, none, as a write that cannot say does (the facts read everything)."""
    from django.db import transaction
    from django.test import Client, override_settings

    from cases import freshness
    from cases.models import Case

    client = Client(HTTP_HOST="localhost")
    cases = list(Case.objects.order_by("-pk").values_list("pk", flat=True)[:WRITES])
    ms = []
    with override_settings(PAGE_CACHE=False):
        for pk in cases[: 3 if whole else WRITES]:
            with transaction.atomic():
                freshness.record_change([] if whole else [pk])
            started = time.perf_counter()
            if client.get(url).status_code != 200:
                raise SystemExit(f"{url} failed after a write")
            ms.append((time.perf_counter() - started) * 1000)
    return ms


def postgresql() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
        cursor.execute("SHOW shared_buffers")
        return f"PostgreSQL {version} (shared_buffers {cursor.fetchone()[0]})"


def load(cases: int) -> float:
    """Generate cases up to `cases`, in batches of distinct seeds; seconds taken."""
    from django.db import connection

    from cases import search
    from cases.models import Case
    from cases.synthetic import generate_cases

    started = time.perf_counter()
    have = started_with = Case.objects.count()
    while have < cases:
        batch = min(BATCH, cases - have)
        generate_cases(batch, seed=have // BATCH + 1, people_per_case=PEOPLE_PER_CASE)
        have += batch
        print(f"loaded {have:,} cases", file=sys.stderr, flush=True)
    unsearched = Case.objects.filter(search_words__isnull=True)
    stale = list(unsearched.values_list("pk", flat=True))
    if stale:
        # Statistics first: without them the planner takes the fresh tables for tiny.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        for start in range(0, len(stale), 10_000):
            search.refresh_search_text(stale[start : start + 10_000])
    if stale or started_with < cases:
        # Statistics, and the visibility map that lets the facts be read from their
        # indexes alone; the generator writes each case's search text as it goes,
        # so this cannot wait for stale search text.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def counts() -> dict:
    from cases.models import Allegation, Case, Officer, Result

    return {
        "cases": Case.objects.count(),
        "people": Officer.objects.count(),
        "results": Result.objects.count(),
        "allegations": Allegation.objects.count(),
    }


def page_urls() -> dict[str, list[str]]:
    """Each page's addresses: one for a list, 50 different rows for a detail page."""
    from urllib.parse import urlencode

    from django.db.models import Count
    from django.urls import reverse

    from cases.models import Case, Force, Officer

    cases = list(Case.objects.order_by("pk").values_list("pk", flat=True))
    step = max(1, len(cases) // REQUESTS)
    officers = list(
        Officer.objects.filter(withheld=False, anonymous=False)
        .annotate(n=Count("results"))
        .filter(n__gte=2)
        .order_by("pk")
        .values_list("pk", flat=True)[: REQUESTS * 20 : 20]
    )
    largest = (
        Force.objects.annotate(n=Count("cases")).order_by("-n").values("slug").first()
    )
    named = Officer.objects.filter(anonymous=False, withheld=False).order_by("pk")
    name = named[named.count() // 2].name  # a researcher looking up a person
    return {
        "list": [LIST],
        "search": [f"{reverse('cases:case-list')}?{urlencode({'q': name})}"],
        "broad-search": [BROAD_SEARCH],
        "case": [reverse("cases:case-detail", args=[pk]) for pk in cases[::step]],
        "officer": [reverse("cases:officer-detail", args=[pk]) for pk in officers],
        "force": [reverse("cases:force-detail", args=[largest["slug"]])],
        "stats": [reverse("cases:stats")],
    }


def time_page(urls: list[str]) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Milliseconds of REQUESTS requests, cycling through `urls`, cold (the page cache
    off: every request builds its page) and warm (answered from the page cache, every
    address requested once before); queries of one request each way."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")

    def get(url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")

    def timed() -> list[float]:
        ms = []
        for i in range(REQUESTS):
            started = time.perf_counter()
            get(urls[i % len(urls)])
            ms.append((time.perf_counter() - started) * 1000)
        return ms

    def cpu() -> float:
        """Milliseconds of this process's CPU a request (not PostgreSQL's): what a
        page costs the web process however busy the machine."""
        started = time.process_time()
        for i in range(REQUESTS):
            get(urls[i % len(urls)])
        return (time.process_time() - started) * 1000 / REQUESTS

    queries = {}
    with override_settings(PAGE_CACHE=False):
        for i in range(WARM_UP):
            get(urls[i % len(urls)])
        with CaptureQueriesContext(connection) as captured:
            get(urls[0])
        queries["cold"] = len(captured)  # now: the next request empties the log
        cold = timed()
        queries["cpu"] = cpu()
    cache.clear()
    for url in urls:
        get(url)
    with CaptureQueriesContext(connection) as captured:
        get(urls[0])
    queries["warm"] = len(captured)
    return {"cold": cold, "warm": timed()}, queries


# --- In the parent: a database each, then the report -----------------------------------


def ensure_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def run_child(url: str, cases: int) -> dict:
    ensure_database(url)
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(cases)],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(done.stdout)


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def met(ms: list[float], target: float) -> str:
    return "met" if statistics.median(ms) <= target else "MISSED"


def _yardstick(large: dict) -> str:
    """How much slower the machine was than a quiet one, by a page this work left
    alone (the case page), and the figures scaled by it: an estimate, no more."""
    case = statistics.median(large["ms"]["case"]["cold"])
    factor = case / QUIET_CASE_MS
    scaled = ", ".join(
        f"{PAGES[page].split(',')[0].lower()} {statistics.median(large['ms'][page]['cold']) / factor:.0f} ms"
        for page in ("list", "broad-search", "force", "stats")
    )
    after = statistics.median(large["after_write"]) / factor
    return (
        f"The case page, which this work did not change, took {case:.0f} ms against "
        f"{QUIET_CASE_MS} ms on a quiet machine (2026-11-21): {factor:.0f}× slower. "
        f"Divided by that factor (an estimate of a quiet machine, not a measurement): "
        f"{scaled}; first list page after a write {after:.0f} ms."
    )


def report(large: dict, small: dict, url: str) -> str:
    c = large["counts"]
    lines = [
        f"{c['cases']:,} cases, {c['people']:,} people ({c['results']:,} people's "
        f"results, {c['allegations']:,} allegations) in PostgreSQL, generated by "
        f"`cases.synthetic` (seeds 1–{CASES // BATCH}{COPIES.get(c['cases'], '')}). "
        f"Each page requested "
        f"{REQUESTS} times in-process (Django test client, real URLconf and "
        f"middleware, DEBUG off, the default in-memory cache) after {WARM_UP} untimed "
        "requests, cold (the page cache off, `DJANGO_PAGE_CACHE=0`: every request "
        "builds its page) and warm (answered from the page cache where the page is "
        f"cached); detail pages cycle through {REQUESTS} different cases or people.",
        "",
        "| page | cached | cold p50 ms | cold p95 ms | cold web CPU ms | warm p50 ms "
        "| warm p95 ms | target p50 | queries cold, 300 cases | queries cold, "
        f"{c['cases'] // 1000}k cases | queries warm |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for page, label in PAGES.items():
        cold, warm = large["ms"][page]["cold"], large["ms"][page]["warm"]
        target = TARGETS_MS.get(page)
        verdict = "—"
        if target:
            verdict = (
                f"≤ {target} ms: cold {met(cold, target)}, warm {met(warm, target)}"
            )
        lines.append(
            f"| {label} | {'yes' if page in CACHED else 'no'} | "
            f"{statistics.median(cold):.1f} | {percentile(cold, 95):.1f} | "
            f"{large['queries'][page].get('cpu', 0):.1f} | "
            f"{statistics.median(warm):.1f} | {percentile(warm, 95):.1f} | "
            f"{verdict} | {small['queries'][page]['cold']} | "
            f"{large['queries'][page]['cold']} | {large['queries'][page]['warm']} |"
        )
    same = all(
        small["queries"][p][way] == large["queries"][p][way]
        for p in PAGES
        for way in ("cold", "warm")
    )
    after = large["after_write"]
    memory = large["memory"]
    growth = memory["after"] - memory["before"]
    lines += [
        "",
        f"First list page after a write (a recorded change naming one case, as an "
        f"editor's correction does: the facts read that case again; {WRITES} "
        f"writes): p50 {statistics.median(after):.0f} ms, slowest "
        f"{max(after):.0f} ms; target ≤ {AFTER_WRITE_MS} ms: "
        f"{met(after, AFTER_WRITE_MS)}. After a write naming no case (the facts "
        "read whole; 3 writes): p50 "
        f"{statistics.median(large.get('after_whole_write') or [0]):.0f} ms.",
        "",
        f"Memory of this benchmark's process: {memory['before']:.0f} MB resident "
        f"before the first page, {memory['after']:.0f} MB after the last "
        f"(+{growth:.0f} MB, with the test client's copies of every response; the "
        f"facts' arrays are {memory['arrays']:.1f} MB). The target, ≤ +{MEMORY_MB} MB "
        'a server process, is measured on gunicorn\'s workers under "Serving".',
        "",
        "Queries per page are "
        + ("the same" if same else "NOT the same")
        + f" at {SMALL_CASES} and {c['cases']:,} cases.",
        "",
        f"Pages: the list `{LIST}`; searches `{large['urls']['search']}` and "
        f"`{BROAD_SEARCH}`; {REQUESTS} case pages `/cases/<id>/` and {REQUESTS} "
        "officer pages `/officers/<id>/` (people "
        "with two or more cases); the largest force's page; `/stats/`.",
        "",
        f"Machine: {machine()}; {large['postgresql']}, on the same host, which other "
        "work shared while measuring: load average "
        + " → ".join(f"{x:.1f}" for x in large.get("load_average", ()))
        + " over the run. "
        + _yardstick(large),
        "",
        NOTES,
        "",
        f"Re-run: `make bench-browse` (loads into `{url.rsplit('/', 1)[1]}` once, "
        f"{large['loaded']:.0f} s this run; later runs reuse it).",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--cases",
        type=int,
        default=CASES,
        help=f"archive size (default {CASES:,}); the section is named by it",
    )
    parser.add_argument(
        "--saved",
        type=Path,
        help="keep the measurements in this JSON file, or report from it if it exists",
    )
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database for the bench.")
    if args.saved and args.saved.exists():
        small, large = json.loads(args.saved.read_text())
    else:
        small = run_child(f"{url}_small", SMALL_CASES)
        large = run_child(url, args.cases)
        if args.saved:
            args.saved.write_text(json.dumps([small, large]))
    text = report(large, small, url)
    print(text)
    if args.write:
        title = "Browse at scale"
        if args.cases != CASES:
            title += f", {args.cases:,} cases"
        write_section(title, text)


if __name__ == "__main__":
    main()
