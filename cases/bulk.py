"""Writing many rows' fields at once: on PostgreSQL one UPDATE joined to arrays.

Django's `bulk_update` writes, for every field, one `CASE WHEN id = … THEN …` branch a
row: Django builds and compiles an expression for each, and PostgreSQL tries the
branches in turn for every row it updates (a batch of 100 rows is 100 comparisons a
row and a field). Saving a batch of the ingest spent more CPU there than anywhere
else. On PostgreSQL `update_rows` sends one array a field and joins the rows to it
(`UPDATE … FROM unnest(…)`), the way Django's own `bulk_create` inserts. Elsewhere
(SQLite), or for a field an array cannot carry, it is `bulk_update`, with the same
result: the same values written, `pre_save` not called (`auto_now` fields are not
touched unless named), and the first of two objects for one row wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connections, models, router


def update_rows(objs: Sequence[models.Model], fields: Iterable[str]) -> None:
    """Write `fields` of these stored rows (all of one model) in one statement."""
    if not objs:
        return
    model = type(objs[0])._meta.concrete_model
    names = list(dict.fromkeys(fields))  # a field named twice is written once
    connection = connections[router.db_for_write(model)]
    columns = [model._meta.get_field(name) for name in names]
    if connection.vendor != "postgresql" or not all(
        _in_array(field, connection) for field in [model._meta.pk, *columns]
    ):
        model._base_manager.bulk_update(objs, names)
        return
    rows: dict = {}
    for obj in objs:
        rows.setdefault(obj.pk, obj)  # as bulk_update's first matching branch
    arrays = [
        [
            field.get_db_prep_save(getattr(obj, field.attname), connection)
            for obj in rows.values()
        ]
        for field in [model._meta.pk, *columns]
    ]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    aliases = [f"c{index}" for index in range(len(columns))]
    types = [_array_type(field, connection) for field in [model._meta.pk, *columns]]
    sql = (
        f"UPDATE {table} SET "
        + ", ".join(
            f"{quote(field.column)} = given.{alias}"
            for field, alias in zip(columns, aliases, strict=True)
        )
        + " FROM unnest("
        + ", ".join(f"%s::{db_type}[]" for db_type in types)
        + f") AS given(pk, {', '.join(aliases)})"
        + f" WHERE {table}.{quote(model._meta.pk.column)} = given.pk"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, arrays)


def _in_array(field: models.Field, connection) -> bool:
    """Whether an array can carry the field's values: the tests Django's own
    `bulk_create` makes before it inserts from arrays."""
    target = field.target_field if field.is_relation else field
    return (
        field.concrete
        and not hasattr(field, "get_placeholder")
        and target.get_internal_type() in connection.data_types
        and field.db_type(connection) is not None
    )


def _array_type(field: models.Field, connection) -> str:
    # Without the length (varchar, not varchar(50)): nothing is cut, as in Django.
    return field.db_type(connection).split("(")[0]


def insert_history(
    objs: Sequence[models.Model], *, update: bool, date, reasons: Sequence[str]
) -> list[int]:
    """One django-simple-history record of each of these rows as stored now, with its
    change reason; returns the records' ids, in the order of `objs`.

    What `history.bulk_history_create` makes (the same type, date, user and reason,
    the tracked fields' values), but on PostgreSQL copied in the database from the
    rows just written (`INSERT … SELECT`), not built as a Python object a record and
    sent back as arrays of its values: the history cost the ingest more CPU than the
    rows it records. Call it after the rows are written, before anything else
    changes them."""
    if not objs:
        return []
    model = type(objs[0])._meta.concrete_model
    connection = connections[router.db_for_write(model)]
    for obj, reason in zip(objs, reasons, strict=True):
        obj._change_reason = reason
    if connection.vendor != "postgresql":
        records = model.history.bulk_history_create(
            objs, update=update, default_date=date
        )
        return [record.history_id for record in records]
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = [quote(field.column) for field in history.tracked_fields]
    users = [history.get_default_history_user(obj) for obj in objs]
    user_type = _array_type(history._meta.get_field("history_user"), connection)
    pk = quote(model._meta.pk.column)
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(tracked)}, "
        "history_date, history_type, history_change_reason, history_user_id) "
        f"SELECT {', '.join(f'stored.{column}' for column in tracked)}, "
        "%s, %s, given.reason, given.user_id "
        f"FROM {quote(model._meta.db_table)} AS stored JOIN unnest("
        f"%s::{_array_type(model._meta.pk, connection)}[], %s::text[], "
        f"%s::{user_type}[]) WITH ORDINALITY AS given(pk, reason, user_id, n) "
        f"ON stored.{pk} = given.pk ORDER BY given.n RETURNING {pk}, history_id"
    )
    params = [
        date,
        "~" if update else "+",
        [obj.pk for obj in objs],
        list(reasons),
        [user.pk if user else None for user in users],
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        made = dict(cursor.fetchall())
    return [made[obj.pk] for obj in objs]
