"""Which in-process engine for the public facts: numpy arrays or DuckDB in memory.

On the browse benchmark's database (100,000 cases), in one process: read the public
facts (`cases.facts.load`, numpy) three times; then count the list page's facets for
the browse benchmark's three filters (force, outcome, a first year) 50 times, with
`cases.facts.Selection` (numpy) and with the same counts as SQL over DuckDB tables
made from the same arrays (DuckDB's load is the numpy read plus making its tables).
Memory is the process's resident growth over each engine's tables, and the bytes of
the numpy arrays. Results go to stdout and, with --write, into bench/RESULTS.md under
"Facts engine".

    pip install duckdb   # not a dependency of the project: only this comparison
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/misconduct_browse_bench \\
        .venv/bin/python bench/facts_engines.py [--write]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from results import machine, write_section  # noqa: E402

REPEAT = 50
FORCE = "Metropolitan Police Service"
OUTCOME = "dismissed"
YEAR_FROM = 2020
CASE_FACETS = ("force", "proceeding", "review_status", "year")
PERSON_FACETS = ("outcome", "severity", "rank", "former", "barred", "criminal")


def resident_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def timed(function, repeat: int = REPEAT) -> list[float]:
    ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        ms.append((time.perf_counter() - started) * 1000)
    return ms


def numpy_facets(facts, force: int, outcome: str):
    from cases.facts import Selection

    selection = Selection(facts)
    selection.where("force", "force", "exact", force)
    selection.where("outcome", "outcome", "exact", outcome)
    selection.where("year_from", "year", "gte", YEAR_FROM)
    skips = {"force": "force", "year": "year_from"}
    counts = {
        field: selection.case_counts(field, skip=(skips.get(field, field),))
        for field in CASE_FACETS
    }
    for field in (*PERSON_FACETS, "standards__name"):
        counts[field] = selection.person_counts(field, skip=(field,))
    return counts


def duckdb_tables(facts):
    import duckdb
    import numpy as np

    con = duckdb.connect()
    cases = {"row": np.arange(facts.size, dtype=np.int32), **facts.cases}
    results = {"case_row": facts.case_row, **facts.results}
    standard_result, standard_code = facts.standards
    standards = {"case_row": facts.case_row[standard_result], "code": standard_code}
    standards["result"] = standard_result
    results["result"] = np.arange(len(facts.case_row), dtype=np.int32)
    for name, table in (("cases", cases), ("results", results), ("standards", standards)):
        con.register(f"{name}_view", table)
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_view")
        con.unregister(f"{name}_view")
    return con


def duckdb_facets(con, force: int, outcome: int):
    case_filters = {
        "force": f"c.force = {force}",
        "year": f"c.year >= {YEAR_FROM}",
    }
    person_filters = {"outcome": f"r.outcome = {outcome}"}

    def where(filters: dict, skip: str) -> str:
        return " AND ".join(v for k, v in filters.items() if k != skip) or "TRUE"

    counts = {}
    for field in CASE_FACETS:
        counts[field] = con.execute(
            f"SELECT c.{field}, count(*) FROM cases c WHERE {where(case_filters, field)}"
            " AND EXISTS (SELECT 1 FROM results r WHERE r.case_row = c.row AND "
            f"{where(person_filters, field)}) GROUP BY 1"
        ).fetchall()
    for field in PERSON_FACETS:
        counts[field] = con.execute(
            f"SELECT r.{field}, count(DISTINCT r.case_row) FROM results r JOIN cases c "
            f"ON c.row = r.case_row WHERE {where(case_filters, '')} AND "
            f"{where(person_filters, field)} GROUP BY 1"
        ).fetchall()
    counts["standards__name"] = con.execute(
        "SELECT s.code, count(DISTINCT s.case_row) FROM standards s JOIN results r ON "
        "r.result = s.result JOIN cases c ON c.row = s.case_row WHERE "
        f"{where(case_filters, '')} AND {where(person_filters, '')} GROUP BY 1"
    ).fetchall()
    return counts


def measure() -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")
    import django

    django.setup()
    from cases.facts.columns import RESULT_FIELDS
    from cases.facts.load import load_facts
    from cases.models import Force

    force = Force.objects.get(name=FORCE).pk
    before = resident_mb()
    load_ms = timed(lambda: load_facts((0, None)), repeat=3)
    facts = load_facts((0, None))
    numpy_mb = resident_mb() - before
    numpy_ms = timed(lambda: numpy_facets(facts, force, OUTCOME))

    started = time.perf_counter()
    con = duckdb_tables(facts)
    tables_ms = (time.perf_counter() - started) * 1000
    duck_mb = resident_mb() - before - numpy_mb
    code = RESULT_FIELDS["outcome"].code(OUTCOME)
    duck_ms = timed(lambda: duckdb_facets(con, force, code))

    # The same answer from both, or the comparison means nothing.
    ours = numpy_facets(facts, force, OUTCOME)["severity"]
    theirs = dict(duckdb_facets(con, force, code)["severity"])
    vocabulary = RESULT_FIELDS["severity"]
    assert ours == {vocabulary.value(k): n for k, n in theirs.items() if k}, "differ"
    import duckdb

    arrays = [facts.case_ids, facts.case_row, *facts.cases.values()]
    arrays += [*facts.results.values(), *facts.standards]
    return {
        "cases": facts.size,
        "results": len(facts.case_row),
        "standards": len(facts.standards[0]),
        "load_ms": load_ms,
        "numpy_ms": numpy_ms,
        "numpy_mb": numpy_mb,
        "arrays_mb": sum(a.nbytes for a in arrays) / 2**20,
        "tables_ms": tables_ms,
        "duck_ms": duck_ms,
        "duck_mb": duck_mb,
        "duckdb": duckdb.__version__,
    }


def report(m: dict) -> str:
    load = statistics.median(m["load_ms"])
    p50 = statistics.median
    return "\n".join(
        [
            f"{m['cases']:,} public cases, {m['results']:,} people's results, "
            f"{m['standards']:,} standards breached, read from PostgreSQL by "
            "`cases.facts.load` (median of 3 reads); then the 11 facet counts of the "
            f"list page for force = {FORCE}, outcome = {OUTCOME}, from {YEAR_FROM} "
            f"(each count applying the other filters), {REPEAT} times per engine.",
            "",
            "| engine | load ms | 11 facet counts p50 ms | p95 ms | memory MB |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| numpy arrays (`cases.facts`) | {load:.0f} | {p50(m['numpy_ms']):.1f} | "
            f"{_p95(m['numpy_ms']):.1f} | {m['numpy_mb']:.0f} resident "
            f"({m['arrays_mb']:.1f} of arrays) |",
            f"| DuckDB {m['duckdb']} in memory | {load:.0f} + "
            f"{m['tables_ms']:.0f} | {p50(m['duck_ms']):.1f} | "
            f"{_p95(m['duck_ms']):.1f} | +{m['duck_mb']:.0f} resident over numpy |",
            "",
            "Both engines give the same counts. numpy is chosen: the counts are "
            "several times faster (each DuckDB statement has a fixed cost of "
            "parsing, planning and starting its threads, paid 11 times a page), it "
            "loads nothing beyond the arrays, it adds one well-kept dependency "
            "instead of a database engine, and the selection code states the "
            "filter rules (person filters on the same person) in a few array "
            "operations that tests compare with the database.",
            "",
            f"Machine: {machine()}, shared with other work while measuring.",
            "",
            "Re-run: `pip install duckdb`, then `DATABASE_URL=… .venv/bin/python "
            "bench/facts_engines.py --write`.",
        ]
    )


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to the browse benchmark's database.")
    text = report(measure())
    print(text)
    if args.write:
        write_section("Facts engine", text)


if __name__ == "__main__":
    main()
