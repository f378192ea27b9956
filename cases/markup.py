"""Markup made in Python for the fragments a page repeats many times (case summaries,
form fields, chart bars): `format_html` with the same escaping, without its checks for
lazy text on every value, which took most of the time of drawing those fragments."""

from html import escape

from django.utils.safestring import SafeString


def html(markup: str, *values, **named) -> SafeString:
    """`markup` with its `{}` fields filled by `values` (and `named`), each escaped
    unless it is already markup."""
    return SafeString(
        markup.format(
            *map(escaped, values), **{k: escaped(v) for k, v in named.items()}
        )
    )


def escaped(value) -> str:
    """`value` as HTML text: escaped as Django escapes it, unless it is markup."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))
