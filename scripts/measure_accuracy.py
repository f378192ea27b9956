#!/usr/bin/env python3
"""Measure extraction accuracy on the development corpora and record it for /about/.

Runs the shared scorer (`eval/score.py`) on each labelled corpus with the project's own
`manage.py extract`, and writes the figures, the exact commands and the date to
`cases/data/accuracy.json`, which the About page shows. Run it from the project root
(`make accuracy`); the corpora live beside the project in `../shared/`, which a user's
clone does not have: the About page then keeps the figures last committed.

Usage: scripts/measure_accuracy.py [--shared ../shared] [--python .venv/bin/python]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "cases" / "data" / "accuracy.json"
CORPORA = ("dev", "dev2")
FIELD_ROW = re.compile(
    r"^(?P<field>\w+)\s+(?P<hit>\d+)\s+(?P<false>\d+)\s+(?P<miss>\d+)\s+"
    r"(?P<precision>[\d.]+)\s+(?P<recall>[\d.]+)\s+(?P<f1>[\d.]+)$"
)
SUMMARY = re.compile(r"^documents (?P<documents>\d+)\s+micro-F1 (?P<micro_f1>[\d.]+)$")
EXACT = re.compile(r"^exact documents (?P<exact>\d+)/(?P<of>\d+)")


def measure(shared: str, python: str, corpus: str) -> dict:
    root = f"{shared}/corpus/{corpus}"
    command = [
        python,
        f"{shared}/eval/score.py",
        f"{root}/labels.jsonl",
        "--run",
        f"{python} manage.py extract",
        "--root",
        root,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"scoring {corpus} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    figures: dict = {"command": shlex.join(command), "fields": {}}
    for line in done.stdout.splitlines():
        line = line.strip()
        if row := FIELD_ROW.match(line):
            values = row.groupdict()
            field = values.pop("field")
            figures["fields"][field] = {
                name: float(value) if "." in value else int(value)
                for name, value in values.items()
            }
        elif summary := SUMMARY.match(line):
            figures["documents"] = int(summary["documents"])
            figures["micro_f1"] = float(summary["micro_f1"])
        elif exact := EXACT.match(line):
            figures["exact_documents"] = int(exact["exact"])
    if "micro_f1" not in figures:
        sys.exit(f"the scorer's output for {corpus} has no micro-F1 line:\n{done.stdout}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--python", default=".venv/bin/python")
    args = parser.parse_args()
    record = {
        "measured_on": datetime.date.today().isoformat(),
        "refresh": "make accuracy",
        "corpora": {name: measure(args.shared, args.python, name) for name in CORPORA},
    }
    OUTPUT.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    for name, figures in record["corpora"].items():
        print(f"{name}: {figures['documents']} documents, micro-F1 {figures['micro_f1']}")


if __name__ == "__main__":
    main()
