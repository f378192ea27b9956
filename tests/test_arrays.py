"""`QuickListDumper` writes the array literals psycopg's own `ListDumper` writes.

Compared byte for byte on elements that need every kind of quoting (quotes,
backslashes, braces, delimiters, spaces, NULL and the word NULL, empty strings,
Unicode), nested lists and JSON; and on PostgreSQL, the connection Django opens uses
it and what it sends comes back unchanged.
"""

import json

import psycopg
import pytest
from django.db import connection
from psycopg.adapt import AdaptersMap, PyFormat, Transformer
from psycopg.types.array import ListDumper
from psycopg.types.json import Jsonb

from cases.arrays import QuickListDumper

AWKWARD = [
    'He said "no"',
    'a \\ backslash, and \\" both',
    "{braces}, commas",
    "",
    "NULL",
    "null",
    None,
    "tab\tnewline\n",
    "— Unicode ‘quotes’ 😀 and\u2003em space",
    "plain",
]
VALUES = [
    AWKWARD,
    [AWKWARD[:3], AWKWARD[3:6]],
    [Jsonb({"quote": text, "start": n}) for n, text in enumerate(AWKWARD) if text],
    [Jsonb({}), None, Jsonb({"k": ["\\", '"']})],
    [1, 2, None],
    [],
]


def literal(dumper_class, value) -> bytes:
    adapters = AdaptersMap(psycopg.adapters)
    adapters.register_dumper(list, dumper_class)
    transformer = Transformer(adapters)
    return bytes(transformer.get_dumper(value, PyFormat.TEXT).dump(value))


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_quick_arrays_are_psycopgs_arrays_byte_for_byte(value):
    assert literal(QuickListDumper, value) == literal(ListDumper, value)


@pytest.mark.django_db
def test_the_database_gets_back_what_was_sent():
    texts = list(AWKWARD)
    objects = [{"quote": text or "", "n": n} for n, text in enumerate(AWKWARD)]
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assert connection.vendor == "sqlite"  # no arrays: nothing to dump
            return
        assert isinstance(
            connection.connection.adapters.get_dumper(list, PyFormat.TEXT)(list),
            QuickListDumper,
        )
        cursor.execute(
            "SELECT %s::text[], %s::jsonb[]", [texts, [Jsonb(o) for o in objects]]
        )
        got_texts, got_objects = cursor.fetchone()
    assert got_texts == texts
    assert [json.loads(o) if isinstance(o, str) else o for o in got_objects] == objects
