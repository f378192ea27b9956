"""Browse benchmark: the public pages on an archive of 100,000 cases and 150,000 people.

Loads synthetic cases (`cases.synthetic`, fixed seeds, bulk inserts) into a dedicated
PostgreSQL database once — a re-run finds them there and skips loading — then requests
each page in-process through Django's test client against the real URLconf, DEBUG off:
the case list with three filters and its facet counts, a text search, case pages,
officer pages, the largest force's page and /stats/, 50 timed requests each after a few
untimed ones. Each page is timed twice: cold, the page cache emptied before every
request (the page built from the database, as after any change to the archive), and
warm, answered from the page cache (`cases.freshness`) where the page is cached. It
also counts each page's queries, at full size and on a small database of 300 generated
cases (`<name>_small`), to show the count does not grow with the rows.
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
REQUESTS = 50
WARM_UP = 5
LIST = "/cases/?force=metropolitan-police-service&outcome=dismissed&year_from=2020"
BROAD_SEARCH = "/cases/?q=excessive+force+arrest"  # one in seven cases has these words
TARGETS_MS = {"list": 60, "search": 60, "broad-search": 60, "case": 20}
CACHED = {"list", "search", "broad-search", "force", "stats"}  # cases.views

NOTES = """\
What was slow, and what changed: search rebuilt every case's text in the query (now a
stored `Case.search_vector` behind a GIN index); filters and facets joined each person's
result back to the wide cases table to check the case was public, though the cases were
public already (now they read results alone, from a covering index); the force filter
joined on the slug, so the planner could not tell a large force from a small one and
sorted all its cases to show 25 (now by id, read in order from a newest-first index).

Why the list and the common-words search still miss 60 ms cold: the page makes 11
grouped facet counts (one per filter with choices; the fixed query count the tests
hold), and each must visit every case the other filters allow: 13,000 to 66,000 of them
here. They now read covering indexes only, never table rows, at 15-40 ms a count on this
machine: about 250 ms for the list, more when the words match one case in seven. The 25
rows and their people take 2 ms. A search for a name, which matches few cases, is well
inside the target. Meeting it cold for broad lists needs counts that do not grow with
the matching cases: facet counts kept precomputed, or all in one GROUPING SETS query
(which changes the page's query count).

Warm, they meet it: the home, list, search, force and stats pages are kept in Django's
cache under the archive's version, which every write path raises (`cases.freshness`), so
a page served again costs one query (reading the version) and no counting. The first
reader after each ingest or editor's change pays the cold time, once per page and
query string (and once per server process with the default in-memory cache; one Redis
for all with DJANGO_CACHE_URL). The case and officer pages are not cached (the case
page carries a form with a CSRF token); their warm figures are the same work again."""

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
    timings, queries = {}, {}
    for page, targets in urls.items():
        timings[page], queries[page] = time_page(targets)
    return {
        "loaded": loaded,
        "counts": counts(),
        "urls": {page: targets[0] for page, targets in urls.items()},
        "postgresql": postgresql(),
        "ms": timings,
        "queries": queries,
    }


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
    have = Case.objects.count()
    while have < cases:
        batch = min(BATCH, cases - have)
        generate_cases(batch, seed=have // BATCH + 1, people_per_case=PEOPLE_PER_CASE)
        have += batch
        print(f"loaded {have:,} cases", file=sys.stderr, flush=True)
    stale = list(Case.objects.filter(search_vector=None).values_list("pk", flat=True))
    if stale:
        # Statistics first: without them the planner takes the fresh tables for tiny.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        for start in range(0, len(stale), 10_000):
            search.refresh_search_vectors(stale[start : start + 10_000])
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
    emptied before each) and warm (every address requested once before); queries of
    one request each way."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")

    def get(url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")

    def timed(cold: bool) -> list[float]:
        ms = []
        for i in range(REQUESTS):
            if cold:
                cache.clear()
            started = time.perf_counter()
            get(urls[i % len(urls)])
            ms.append((time.perf_counter() - started) * 1000)
        return ms

    for i in range(WARM_UP):
        cache.clear()
        get(urls[i % len(urls)])
    cache.clear()
    queries = {}
    with CaptureQueriesContext(connection) as captured:
        get(urls[0])
    queries["cold"] = len(captured)  # now: the next request empties the log
    cold = timed(cold=True)
    for url in urls:
        get(url)
    with CaptureQueriesContext(connection) as captured:
        get(urls[0])
    queries["warm"] = len(captured)
    return {"cold": cold, "warm": timed(cold=False)}, queries


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


def report(large: dict, small: dict, url: str) -> str:
    c = large["counts"]
    lines = [
        f"{c['cases']:,} cases, {c['people']:,} people ({c['results']:,} people's "
        f"results, {c['allegations']:,} allegations) in PostgreSQL, generated by "
        f"`cases.synthetic` (seeds 1–{CASES // BATCH}). Each page requested "
        f"{REQUESTS} times in-process (Django test client, real URLconf and "
        f"middleware, DEBUG off, the default in-memory cache) after {WARM_UP} untimed "
        "requests, cold (page cache emptied before each request) and warm (answered "
        "from the page cache where the page is cached); detail pages cycle through 50 "
        "different cases or people.",
        "",
        "| page | cached | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms | "
        "target p50 | queries cold, 300 cases | queries cold, "
        f"{c['cases'] // 1000}k cases | queries warm |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
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
            f"{statistics.median(warm):.1f} | {percentile(warm, 95):.1f} | "
            f"{verdict} | {small['queries'][page]['cold']} | "
            f"{large['queries'][page]['cold']} | {large['queries'][page]['warm']} |"
        )
    same = all(small["queries"][p] == large["queries"][p] for p in PAGES)
    lines += [
        "",
        "Queries per page are "
        + ("the same" if same else "NOT the same")
        + f" at {SMALL_CASES} and {c['cases']:,} cases.",
        "",
        f"Pages: the list `{LIST}`; searches `{large['urls']['search']}` and "
        f"`{BROAD_SEARCH}`; 50 "
        "case pages `/cases/<id>/` and 50 officer pages `/officers/<id>/` (people "
        "with two or more cases); the largest force's page; `/stats/`.",
        "",
        f"Machine: {machine()}; {large['postgresql']}, on the same host, which other "
        "work shared while measuring.",
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
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database for the bench.")
    small = run_child(f"{url}_small", SMALL_CASES)
    large = run_child(url, CASES)
    text = report(large, small, url)
    print(text)
    if args.write:
        write_section("Browse at scale", text)


if __name__ == "__main__":
    main()
