"""Reading the public facts from the database into `Facts`.

Every row comes from the public projection (`cases.queries`): nothing withheld is read.
Each table is one statement whose columns are all integers, worked out in SQL: text
values numbered by their vocabulary (`coded`), dates as day numbers, none as 0. On
PostgreSQL the rows come packed into one binary value that numpy reads in place, with
no Python object per value; elsewhere (SQLite) through an ordinary cursor. Rows are
sorted in numpy, not by the database. At 100,000 cases the
reading is what a rebuild costs, and a rebuild is what the first reader after every
change waits for.
"""

import numpy as np
from django.db import connections
from django.db.models import (
    BigIntegerField,
    Case,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce

from cases import queries
from cases.facts.columns import (
    CASE_FIELDS,
    MANY,
    NO_DATE,
    RESULT_FIELDS,
    Facts,
    Vocabulary,
)
from cases.models import DatePrecision, Result


class DayNumber(Func):
    """Days from 1970-01-01 to a date."""

    output_field = BigIntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        template = "(%(expressions)s - DATE '1970-01-01')"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        template = "CAST(julianday(%(expressions)s) - 2440587.5 AS INTEGER)"
        return self.as_sql(compiler, connection, template=template, **extra)


def coded(name: str, vocabulary: Vocabulary) -> Case:
    """SQL that turns a text or yes-or-no field into its number in `vocabulary`."""
    whens = [
        When(**{name: value}, then=Value(code))
        for code, value in enumerate(vocabulary.values)
        if code
    ]
    return Case(*whens, default=Value(0), output_field=IntegerField())


def number(expression, default: int = 0, bits: int = 64) -> tuple[Cast, int]:
    """A column of integers (`default` for none) that never needs more than `bits`
    bits (64: any bigint, negative too; fewer: 0 to 2**bits - 1)."""
    return Cast(Coalesce(expression, Value(default)), BigIntegerField()), bits


def width(vocabulary: Vocabulary) -> int:
    return (len(vocabulary.values) - 1).bit_length()


def load_facts(key: tuple) -> Facts:
    """Read the public facts of the archive into columns, labelled with `key`."""
    case_ids, cases = _load_cases()
    result_ids, case_of_result, results = _load_results()
    case_row = np.searchsorted(case_ids, case_of_result).astype(np.int32)
    forces = queries.public_forces().order_by("name")
    forces = {
        pk: (name, slug) for pk, name, slug in forces.values_list("pk", "name", "slug")
    }
    standards = _load_standards(result_ids)
    return Facts(key, case_ids, cases, case_row, results, standards, forces)


def _load_cases() -> tuple[np.ndarray, dict]:
    span_known = (
        Q(referred_on__isnull=False, outcome_on__isnull=False)
        & ~Q(referred_on_precision=DatePrecision.YEAR)
        & ~Q(outcome_on_precision=DatePrecision.YEAR)
    )
    span = Case(
        When(span_known, then=DayNumber("outcome_on") - DayNumber("referred_on")),
        default=Value(-1),
        output_field=BigIntegerField(),
    )
    columns = {
        "id": number(F("pk")),
        "force": number(F("force_id"), bits=32),
        **{
            name: number(coded(name, v), bits=width(v))
            for name, v in CASE_FIELDS.items()
        },
        "year": number(F("year"), bits=14),
        "day": number(DayNumber(queries.case_date()), NO_DATE),
        "span": number(span, -1),
    }
    read = _sorted(_integer_columns(queries.public_cases(), columns), "id")
    ids = read.pop("id")
    cases = {
        "force": read["force"].astype(np.int32),
        **{name: read[name].astype(np.uint8) for name in CASE_FIELDS},
        "year": read["year"].astype(np.int16),
        "day": read["day"].astype(np.int32),
        # A referral dated after the outcome is a misreading, not a span.
        "span": np.where(read["span"] >= 0, read["span"], -1).astype(np.int32),
    }
    return ids, cases


def _load_results() -> tuple[np.ndarray, np.ndarray, dict]:
    one_valued = [name for name in RESULT_FIELDS if name != MANY]
    columns = {
        "id": number(F("pk")),
        "case": number(F("case_id")),
        **{
            name: number(
                coded(name, RESULT_FIELDS[name]), bits=width(RESULT_FIELDS[name])
            )
            for name in one_valued
        },
    }
    read = _sorted(_integer_columns(queries.public_results(), columns), "case", "id")
    results = {name: read[name].astype(np.uint8) for name in one_valued}
    return read["id"], read["case"], results


def _load_standards(result_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(result row, standard number) for each standard each person breached."""
    through = Result.standards.through.objects.filter(
        result__in=queries.public_results()
    )
    columns = {
        "result": number(F("result_id"), bits=48),
        "code": number(
            coded("professionalstandard__name", RESULT_FIELDS[MANY]),
            bits=width(RESULT_FIELDS[MANY]),
        ),
    }
    read = _integer_columns(through, columns)
    order = np.argsort(result_ids)
    at = np.searchsorted(result_ids, read["result"], sorter=order)
    return order[at].astype(np.int32), read["code"].astype(np.uint8)


def _sorted(read: dict[str, np.ndarray], *by: str) -> dict[str, np.ndarray]:
    """The columns in the order of the columns `by` (the first first)."""
    order = np.lexsort([read[name] for name in reversed(by)])
    return {name: column[order] for name, column in read.items()}


def _integer_columns(queryset: QuerySet, columns: dict) -> dict[str, np.ndarray]:
    """Run `queryset` for these integer columns (name → `number(…)`): an int64 array
    each, rows in no particular order."""
    names = [f"fact_{name}" for name in columns]
    expressions = {
        alias: expression
        for alias, (expression, _) in zip(names, columns.values(), strict=True)
    }
    queryset = queryset.order_by().annotate(**expressions).values_list(*names)
    sql, params = queryset.query.sql_with_params()
    connection = connections[queryset.db]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            bits = [bits for _, bits in columns.values()]
            table = _packed(cursor, sql, params, names, bits)
        else:
            cursor.execute(sql, params)
            table = np.array(cursor.fetchall(), dtype=np.int64)
    table = table.reshape(-1, len(names))
    return {name: table[:, i] for i, name in enumerate(columns)}


def _packed(cursor, sql: str, params, names: list[str], bits: list[int]) -> np.ndarray:
    """The rows of a query of bigint columns, packed by PostgreSQL into one binary
    value that numpy reads in place: no Python object per value, one message instead
    of one a row. Small columns share a 64-bit word (`bits` each), and each word
    travels as its 8 bytes, big-endian, row after row."""
    words = []  # [(alias, shift), …] per word
    for name, size in zip(names, bits, strict=True):
        used = sum(b for _, _, b in words[-1]) if words else 64
        if size == 64 or used + size > 63:
            words.append([])
            used = 0
        words[-1].append((name, used, size))
    packing = [
        " + ".join(f'("{name}" << {shift})' for name, shift, _ in word)
        for word in words
    ]
    row = " || ".join(f"int8send({word})" for word in packing)
    cursor.execute(f"SELECT string_agg({row}, ''::bytea) FROM ({sql}) AS facts", params)
    packed = cursor.fetchone()[0]
    if packed is None:
        return np.zeros((0, len(names)), dtype=np.int64)
    rows = np.frombuffer(packed, dtype=">i8").astype(np.int64).reshape(-1, len(words))
    columns = []
    for i, word in enumerate(words):
        for _, shift, size in word:
            value = (
                rows[:, i] if size == 64 else (rows[:, i] >> shift) & ((1 << size) - 1)
            )
            columns.append(value)
    return np.stack(columns, axis=1)
