"""Make a 1,000,000-case archive from the browse benchmark's 100,000 generated cases.

Generating a million cases with `cases.synthetic` takes hours on a shared two-core
machine; copying the generated ones in SQL takes minutes. The new database starts as a
copy of the source (`CREATE DATABASE … TEMPLATE`), then its cases, people's results and
their standards breached are copied `times - 1` more times with new ids (the same
people, so a person has ten times the cases). Sources, allegations and history are not
copied: the list, search, stats and force pages do not read them (the copied cases'
own pages show no sources). The search text is copied with each case. Secondary
indexes are dropped while copying and made again afterwards, then VACUUM ANALYZE.

    .venv/bin/python bench/copy_archive.py \\
        postgres://postgres@127.0.0.1:5432/misconduct_browse_bench \\
        postgres://postgres@127.0.0.1:5432/misconduct_browse_bench_1m [--times 10]

The source must have no other connections while it is copied.
"""

from __future__ import annotations

import argparse
import sys
import time

import psycopg

TABLES = ("cases_case", "cases_casesearch", "cases_result", "cases_result_standards")
SHIFTED = {
    # table: {column: table whose ids it holds}
    "cases_case": {"id": "cases_case"},
    "cases_casesearch": {"id": "cases_casesearch", "case_id": "cases_case"},
    "cases_result": {"id": "cases_result", "case_id": "cases_case"},
    "cases_result_standards": {
        "id": "cases_result_standards",
        "result_id": "cases_result",
    },
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    base, source = args.source.rsplit("/", 1)
    target = args.target.rsplit("/", 1)[1]
    started = time.perf_counter()
    with psycopg.connect(f"{base}/postgres", autocommit=True) as server:
        exists = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [target]
        ).fetchone()
        if exists:
            sys.exit(f"{target} exists already: drop it first")
        server.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    with psycopg.connect(args.target, autocommit=True) as db:
        copy(db, args.times)
        print("VACUUM ANALYZE", file=sys.stderr)
        db.execute("VACUUM ANALYZE")
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


def copy(db, times: int) -> None:
    offsets = {
        table: db.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
        for table in TABLES
    }
    indexes = db.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) "
        "AND indexname NOT IN (SELECT conname FROM pg_constraint)",
        [list(TABLES)],
    ).fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    for table in TABLES:
        columns = [
            row[0]
            for row in db.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = %s ORDER BY ordinal_position",
                [table],
            )
        ]
        for k in range(1, times):
            values = [
                f"{column} + {k * offsets[SHIFTED[table][column]]}"
                if column in SHIFTED[table]
                else column
                for column in columns
            ]
            db.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {', '.join(values)} FROM {table} "
                f"WHERE id <= {offsets[table]}"
            )
            print(f"{table}: copy {k} of {times - 1}", file=sys.stderr, flush=True)
        db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT max(id) FROM {table}))"
        )
    for name, definition in indexes:
        print(f"index {name}", file=sys.stderr, flush=True)
        db.execute(definition)


if __name__ == "__main__":
    main()
