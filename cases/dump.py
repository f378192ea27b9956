"""A full dump of the archive's public records, with a data dictionary.

`dump_archive(directory)` writes, for each table — forces, officers, cases, results,
allegations, sources — `<table>.csv` and `<table>.json`, then `data-dictionary.md` and
`data-dictionary.json` (each column's type, meaning and allowed values, generated from the
models' `help_text` and choices) and `manifest.json` (when, of which data version, how
many rows). Columns are the models' own fields; a foreign key is `<name>_id`, the
standards are a list of their names.

Every table is read through the public projection (`cases.public`), as the pages are:
withheld cases are out with their people's results, allegations and sources; withheld
people are out (their results remain, with no officer id and no evidence, whose quotes
may name them); the names of a case's withheld people are out of every text, slug and
address. Editor-facing and internal fields stay out too: withholding, the review
reasons, folded and other names, search text and vectors, where this server read a
source and its file name, the raw bytes of sources (their readable `text` is in).

Tables are read with `.iterator()` in chunks and written row by row: memory stays flat.
"""

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import models
from django.utils import timezone

from cases import exports, public
from cases.models import Allegation, Case, Force, Officer, Result, SourceDocument

CHUNK_SIZE = 2000
RECEIVED_AS_FILE = (
    "Received as a file rather than fetched from its address; where this server "
    "keeps it, and the file's name, are not public."
)

LEFT_OUT = {
    "withheld",
    "withheld_reason",
    "names_nobody_withheld",
    "normalised_name",
    "extracted_name",
    "other_names",
    "review_reasons",
    "raw_text",
    "raw_bytes",
    "location",
    "file_name",
    "search_text",
    "withheld_mentions",
}
"""Fields no dump shows: bookkeeping, editors' notes, the raw bytes of sources and
where this server read them, search indexes."""

TYPES = {
    "AutoField": "integer",
    "BigAutoField": "integer",
    "BigIntegerField": "integer",
    "PositiveSmallIntegerField": "integer",
    "CharField": "text",
    "SlugField": "text",
    "TextField": "text",
    "BooleanField": "boolean",
    "DateField": "date (ISO 8601)",
    "DateTimeField": "date and time (ISO 8601, UTC)",
    "JSONField": "JSON (in CSV, as JSON text)",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    choices: list[str] = field(default_factory=list)
    get: Callable[[models.Model], object] | None = None

    def value(self, obj):
        """The value as the dump writes it: a blank string (not said) is null."""
        value = self.get(obj) if self.get else getattr(obj, self.name)
        return None if value == "" else value

    def csv_cell(self, value) -> str:
        if self.type.startswith("JSON") and value is not None:
            return json.dumps(value, ensure_ascii=False)
        return exports.csv_value(value)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: list[Column]
    rows: Callable[[], models.QuerySet]


def model_columns(model, **overrides: Callable) -> list[Column]:
    """A column per field of `model` that dumps show; `overrides` name → getter."""
    columns = []
    for f in model._meta.get_fields():
        if f.auto_created and not f.concrete or f.name in LEFT_OUT:
            continue
        if f.many_to_many:
            target = f.related_model._meta.verbose_name_plural
            columns.append(
                Column(
                    f.name,
                    f"list of text (names of {target}; in CSV joined by "
                    f"“{exports.LIST_SEPARATOR}”)",
                    str(f.help_text),
                    [
                        value
                        for value, _ in f.related_model._meta.get_field("name").choices
                    ],
                    get=lambda obj, name=f.name: [
                        o.name for o in getattr(obj, name).all()
                    ],
                )
            )
            continue
        if f.is_relation:
            target = f.related_model._meta.verbose_name_plural
            columns.append(
                Column(
                    f.attname,
                    f"integer (id in {target})",
                    str(f.help_text),
                    get=overrides.get(f.attname),
                )
            )
            continue
        kind = TYPES.get(f.get_internal_type(), f.get_internal_type())
        if f.primary_key:
            meaning = "The row's number in the archive."
        else:
            meaning = str(f.help_text) or str(f.verbose_name).capitalize() + "."
        if f.null or f.blank and kind == "text":
            meaning += " Empty when not known."
        columns.append(
            Column(
                f.name,
                kind,
                meaning,
                [value for value, _ in f.choices or ()],
                get=overrides.get(f.name),
            )
        )
    return columns


def tables() -> list[Table]:
    """The dump's tables, in the order a reader meets them."""
    results = public.results()
    return [
        Table(
            "forces",
            "Police forces, with the other names documents use for them.",
            [
                *model_columns(Force),
                Column(
                    "aliases",
                    "list of text",
                    "Other names documents use for the force.",
                    get=lambda force: [alias.name for alias in force.aliases.all()],
                ),
            ],
            lambda: public.forces().prefetch_related("aliases"),
        ),
        Table("officers", Officer.__doc__, model_columns(Officer), public.officers),
        Table("cases", Case.__doc__, model_columns(Case), public.cases),
        Table(
            "results",
            Result.__doc__,
            model_columns(
                Result,
                officer_id=lambda r: None if r.officer.withheld else r.officer_id,
                evidence=lambda r: {} if r.officer.withheld else r.evidence,
            ),
            lambda: results.select_related("officer").prefetch_related("standards"),
        ),
        Table(
            "allegations",
            Allegation.__doc__,
            model_columns(
                Allegation,
                evidence=lambda a: {} if a.result.officer.withheld else a.evidence,
            ),
            lambda: (
                public.allegations()
                .select_related("result__officer")
                .prefetch_related("standards")
            ),
        ),
        Table(
            "sources",
            SourceDocument.__doc__,
            [
                *model_columns(SourceDocument),
                Column(
                    "received_as_file",
                    "boolean",
                    RECEIVED_AS_FILE,
                    get=lambda source: source.received_as_file,
                ),
            ],
            lambda: public.sources().defer("raw_text", "raw_bytes", "location"),
        ),
    ]


@dataclass
class Dumped:
    directory: Path
    counts: dict[str, int]
    files: list[Path]


def dump_archive(directory: Path) -> Dumped:
    """Write the full dump and its data dictionary into `directory` (created if need be)."""
    directory.mkdir(parents=True, exist_ok=True)
    meta = {
        "generated_at": exports.iso(timezone.now()),
        "data_version": exports.iso(exports.data_version()),
    }
    counts, files = {}, []
    for table in tables():
        csv_path = directory / f"{table.name}.csv"
        json_path = directory / f"{table.name}.json"
        with (
            csv_path.open("w", encoding="utf-8", newline="") as csv_file,
            json_path.open("w", encoding="utf-8") as json_file,
        ):
            counts[table.name] = _write_table(table, csv_file, json_file, meta)
        files += [csv_path, json_path]
    dictionary = data_dictionary(meta)
    (directory / "data-dictionary.json").write_text(
        json.dumps(dictionary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (directory / "data-dictionary.md").write_text(
        data_dictionary_markdown(dictionary), encoding="utf-8"
    )
    manifest = meta | {"tables": counts}
    (directory / "manifest.json").write_text(
        json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
    )
    files += [directory / name for name in DICTIONARY_FILES]
    return Dumped(directory, counts, files)


DICTIONARY_FILES = ("data-dictionary.json", "data-dictionary.md", "manifest.json")


def _write_table(table: Table, csv_file, json_file, meta: dict) -> int:
    """Write every row of `table` to both files in one pass; return how many."""
    writer = csv.writer(csv_file)
    writer.writerow([column.name for column in table.columns])
    count = 0

    def rows() -> Iterator[dict]:
        nonlocal count
        for obj in table.rows().iterator(chunk_size=CHUNK_SIZE):
            row = {column.name: column.value(obj) for column in table.columns}
            writer.writerow([c.csv_cell(row[c.name]) for c in table.columns])
            count += 1
            yield row

    for chunk in exports.json_chunks(meta | {"table": table.name}, rows()):
        json_file.write(chunk)
    return count


def data_dictionary(meta: dict) -> dict:
    """Every table's columns with type, meaning and allowed values, and the export's."""
    return {
        **meta,
        "conventions": CONVENTIONS,
        "tables": {
            table.name: {
                "description": " ".join(table.description.split()),
                "columns": [
                    {
                        "name": column.name,
                        "type": column.type,
                        "description": column.description,
                        "values": column.choices,
                    }
                    for column in table.columns
                ],
            }
            for table in tables()
        },
        "case_list_export": {
            "description": "The columns of /cases/export.csv and /cases/export.json: "
            "one row per person per case of the filtered case list.",
            "columns": [
                {"name": name, "description": text}
                for name, text in exports.COLUMNS.items()
            ],
        },
    }


CONVENTIONS = [
    "CSV files are UTF-8, comma-separated, with one header line; JSON files are "
    '{"meta": {...}, "rows": [...], "count": n}.',
    "An empty CSV cell is a null in JSON: the documents do not say.",
    "Booleans are true or false; dates are ISO 8601 (YYYY-MM-DD); times are UTC.",
    f"Lists (standards, aliases) are JSON arrays, joined by “{exports.LIST_SEPARATOR}” "
    "in CSV; JSON values (evidence) are JSON text in CSV.",
    "`evidence` maps a field name to {source, start, end, quote}: the sentence the "
    "value was read from and its offsets in the source's `text`.",
    "Withheld cases and people are left out; a withheld person's results remain with "
    "no officer_id.",
]


def data_dictionary_markdown(dictionary: dict) -> str:
    lines = [
        "# Data dictionary",
        "",
        f"Generated {dictionary['generated_at']} from the archive's models "
        f"(data version {dictionary['data_version']}).",
        "",
        *(f"- {rule}" for rule in dictionary["conventions"]),
    ]
    for name, table in dictionary["tables"].items():
        lines += [
            "",
            f"## {name}",
            "",
            table["description"],
            "",
            "| column | type | meaning | values |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| `{c['name']}` | {c['type']} | {_cell(c['description'])} | "
            f"{_cell(' · '.join(c['values']))} |"
            for c in table["columns"]
        ]
    export = dictionary["case_list_export"]
    lines += ["", "## Case-list export", "", export["description"], ""]
    lines += ["| column | meaning |", "| --- | --- |"]
    lines += [
        f"| `{c['name']}` | {_cell(c['description'])} |" for c in export["columns"]
    ]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
