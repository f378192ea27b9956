"""Reading the public facts from the database into `Facts`.

Nothing withheld is kept: the cases are read from the public projection
(`cases.public.cases`), and a result or a standard breached is kept only when
its case, or its result, is among those read (they are read whole, with no join back
to the cases, and the others dropped here). Each table is one statement whose columns
are all integers, worked out in SQL: text values numbered by their vocabulary
(`Coded`), dates as day numbers, none as 0. On PostgreSQL the rows come packed into
one binary value that numpy reads in place, with no Python object per value;
elsewhere (SQLite) through an ordinary cursor. Rows are sorted in numpy, not by the
database. At 100,000 cases the reading is what a rebuild costs, and a rebuild is what
the first reader after every change waits for.
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

from cases import public
from cases.facts.columns import (
    CASE_FIELDS,
    MANY,
    NO_DATE,
    RESULT_FIELDS,
    Facts,
    Vocabulary,
)
from cases.models import DatePrecision, ProfessionalStandard, Result


class DayNumber(Func):
    """Days from 1970-01-01 to a date."""

    output_field = BigIntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        template = "(%(expressions)s - DATE '1970-01-01')"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_sqlite(self, compiler, connection, **extra):
        template = "CAST(julianday(%(expressions)s) - 2440587.5 AS INTEGER)"
        return self.as_sql(compiler, connection, template=template, **extra)


class Coded(Func):
    """A text or yes-or-no field's number in `vocabulary` (0: blank, or a value it
    lacks). Any database gets a CASE; PostgreSQL, for a vocabulary of more than two
    values, a lookup in an array, several times cheaper a row: the CASE of the ten
    outcomes took 45 ms over 160,000 results, the lookup 15 ms."""

    output_field = IntegerField()

    def __init__(self, name: str, vocabulary: Vocabulary):
        super().__init__(F(name))
        self.vocabulary = vocabulary

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        values = self.vocabulary.values[1:]
        whens = " ".join(f"WHEN %s THEN {code}" for code in range(1, len(values) + 1))
        return f"CASE {sql} {whens} ELSE 0 END", [*params, *values]

    def as_postgresql(self, compiler, connection, **extra):
        if len(self.vocabulary.values) <= 2:
            return self.as_sql(compiler, connection, **extra)
        sql, params = compiler.compile(self.source_expressions[0])
        array = list(self.vocabulary.values)
        return f"COALESCE(array_position(%s::text[], ({sql})::text), 1) - 1", [
            array,
            *params,
        ]


def number(expression, default: int = 0, bits: int = 64) -> tuple[Cast, int]:
    """A column of integers (`default` for none) that never needs more than `bits`
    bits (64: any bigint, negative too; fewer: 0 to 2**bits - 1)."""
    return Cast(Coalesce(expression, Value(default)), BigIntegerField()), bits


def width(vocabulary: Vocabulary) -> int:
    return (len(vocabulary.values) - 1).bit_length()


def load_facts(key: tuple, only: list[int] | None = None) -> Facts:
    """Read the public facts of the archive into columns, labelled with `key`: of
    every case, or of the cases with the ids `only` (`cases.facts.update`)."""
    case_ids, cases = _load_cases(only)
    result_ids, case_row, results = _load_results(case_ids, only)
    standards = _load_standards(result_ids, only)
    return Facts(
        key, case_ids, cases, case_row, result_ids, results, standards, load_forces()
    )


def load_forces() -> dict[int, tuple[str, str]]:
    """Every force: id → (name, slug), by name."""
    forces = public.forces().order_by("name")
    return {
        pk: (name, slug) for pk, name, slug in forces.values_list("pk", "name", "slug")
    }


def _load_cases(only: list[int] | None) -> tuple[np.ndarray, dict]:
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
            name: number(Coded(name, v), bits=width(v))
            for name, v in CASE_FIELDS.items()
        },
        "year": number(F("year"), bits=14),
        "day": number(DayNumber(public.case_date()), NO_DATE),
        "span": number(span, -1),
    }
    listed = public.cases() if only is None else public.cases().filter(pk__in=only)
    read = _sorted(_integer_columns(listed, columns), "id")
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


def _load_results(
    case_ids: np.ndarray, only: list[int] | None
) -> tuple[np.ndarray, np.ndarray, dict]:
    """The results of the public cases `case_ids`: all results are read (or those of
    the cases `only`), with no join back to the cases (that join was a third of the
    read), and those of other cases dropped here."""
    one_valued = [name for name in RESULT_FIELDS if name != MANY]
    columns = {
        "id": number(F("pk")),
        "case": number(F("case_id")),
        **{
            name: number(
                Coded(name, RESULT_FIELDS[name]), bits=width(RESULT_FIELDS[name])
            )
            for name in one_valued
        },
    }
    results = public.results_of_listed_cases()
    if only is not None:
        results = results.filter(case__in=only)
    read = _integer_columns(results, columns)
    read["case"] = _kept(read, read.pop("case"), case_ids)
    read = _sorted(read, "case", "id")
    results = {name: read[name].astype(np.uint8) for name in one_valued}
    return read["id"], read["case"].astype(np.int32), results


def _load_standards(
    result_ids: np.ndarray, only: list[int] | None
) -> tuple[np.ndarray, np.ndarray]:
    """(result row, standard number) for each standard each person of the results
    `result_ids` breached: the whole table of standards breached is read, with no
    join (with two, it was the slowest of the reads), and the rows of other results
    dropped here."""
    through = Result.standards.through.objects.all()
    if only is not None:
        through = through.filter(result__case__in=only)
    columns = {
        "result": number(F("result_id")),
        "standard": number(F("professionalstandard_id")),
    }
    read = _integer_columns(through, columns)
    order = np.argsort(result_ids)
    at = _kept(read, read.pop("result"), result_ids[order])
    vocabulary = RESULT_FIELDS[MANY]
    names = ProfessionalStandard.objects.values_list("pk", "name")
    code_of = np.zeros(max((pk for pk, _ in names), default=0) + 1, dtype=np.uint8)
    for pk, name in names:
        code_of[pk] = vocabulary.code(name)
    return order[at].astype(np.int32), code_of[read["standard"]]


def _kept(read: dict, key: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Keep, in place, only the rows of the columns `read` whose `key` is among the
    sorted `allowed`; the place in `allowed` of each row kept."""
    at = np.searchsorted(allowed, key)
    found = at < len(allowed)
    found[found] = allowed[at[found]] == key[found]
    for name, column in read.items():
        read[name] = column[found]
    return at[found]


def _sorted(read: dict[str, np.ndarray], *by: str) -> dict[str, np.ndarray]:
    """The columns in the order of the columns `by` (the first first): a stable
    sort a column, the last first, each quick over rows that come nearly in order
    (a table's rows come about in the order they were written)."""
    order = np.arange(len(read[by[0]]))
    for name in reversed(by):
        order = order[np.argsort(read[name][order], kind="stable")]
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
