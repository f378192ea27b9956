"""How rows become public: read through `ProjectedQuerySet`, changed in memory, unsaveable.

Every row a projected queryset hands out — and every row prefetched or selected with it
— has the names of its case's withheld people taken out of its text, editor-facing text
(review reasons, withholding reasons) and where this server read a document (its path,
its file name) emptied, a withheld person's names blanked, and its `save` and `delete`
refused: a redacted copy can never be written back over the document as received.

Which names: each row is read with its case's withheld names (`withheld_names`, a
column of the case, `Case.withheld_forms`, which `cases.public.withholding` keeps, read
in the same query, so no page makes more queries for it), and rows reached from it (a
case's people, a person's allegations, a result's case) share them.
Text fields cannot be read past this as values (`values("title")` is refused): they are
public only as rows that went through it.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import TextField, Value
from django.db.models.functions import Coalesce

from cases.models import Allegation, Case, Officer, Result, SourceDocument
from cases.public.names import NOBODY, Names, names_from

NAMES = "withheld_names"
"""The annotation holding a row's case's withheld names."""

PRIVATE_TEXT = {
    Case: {
        "title",
        "summary",
        "evidence",
        "review_reasons",
        "withheld_reason",
        "withheld_mentions",
        "withheld_forms",
    },
    Result: {"evidence"},
    Allegation: {"text", "evidence"},
    SourceDocument: {
        "title",
        "text",
        "raw_text",
        "raw_bytes",
        "url",
        "redirect_chain",
        "file_name",
        "location",
        "withheld_reason",
    },
    Officer: {"name", "normalised_name", "extracted_name", "other_names", "slug"},
}
"""Fields public code may read only from projected rows, never as bare values."""


class ReadOnlyProjection(Exception):
    """A public, redacted row was about to be saved or deleted."""


def _refuse(*args, **kwargs):
    raise ReadOnlyProjection(
        "Rows of the public projection are redacted copies and are never saved; "
        "write through the models (the ingest, the admin, curation)."
    )


def withheld_names_of(case: str = "") -> Coalesce:
    """The name forms to take out of the text of a row of the case `case` leads to
    ("" from a case, "case__" from a result…): stored on the case by
    `cases.public.withholding` (`Case.withheld_forms`); none for a row with no case."""
    return Coalesce(f"{case}withheld_forms", Value(""), output_field=TextField())


class ProjectedQuerySet(models.QuerySet):
    """A queryset whose rows come out redacted and read-only (see the module notes)."""

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._iterable_class is models.query.ModelIterable:
            project_rows(self._result_cache)

    def _iterator(self, use_chunked_fetch, chunk_size):
        rows = super()._iterator(use_chunked_fetch, chunk_size)
        if self._iterable_class is not models.query.ModelIterable:
            yield from rows
            return
        for row in rows:
            project_rows([row])
            yield row

    def values(self, *fields, **expressions):
        self._refuse_private(fields)
        return super().values(*fields, **expressions)

    def values_list(self, *fields, flat=False, named=False):
        self._refuse_private(fields)
        return super().values_list(*fields, flat=flat, named=named)

    def _refuse_private(self, fields) -> None:
        for path in fields:
            model, name = _resolve(self.model, path)
            if name in PRIVATE_TEXT.get(model, ()):
                raise ReadOnlyProjection(
                    f"{model.__name__}.{name} is public only through projected rows."
                )


def _resolve(model, path: str):
    """The model and field a lookup path like "case__title" ends at."""
    *relations, name = path.split("__")
    for relation in relations:
        try:
            model = model._meta.get_field(relation).related_model or model
        except FieldDoesNotExist:
            return model, name
    return model, name


# --- Redacting rows in memory --------------------------------------------------------


def project_rows(rows, names: Names | None = None) -> None:
    """Redact each row and everything cached on it (selected, prefetched), once;
    `names` are those of the row above, for rows that share its case."""
    seen: set[int] = set()
    stack = [(row, names) for row in rows]
    while stack:
        row, names = stack.pop()
        if id(row) in seen:
            continue
        seen.add(id(row))
        own = row.__dict__.get(NAMES, _MISSING)
        if own is not _MISSING:
            names = names_from(own)
        if not row.__dict__.get("_projected"):
            _redact(row, names)
        related = [r for r in row._state.fields_cache.values() if r is not None]
        for cached in getattr(row, "_prefetched_objects_cache", {}).values():
            related += list(cached)
        stack += [
            (other, _shared(row, other, names))
            for other in related
            if isinstance(other, models.Model) and id(other) not in seen
        ]


_MISSING = object()


def _shared(row, related, names: Names | None) -> Names | None:
    """The names that hold for `related`, reached from `row`: the same case's, except
    from a person (whose results are in many cases: each brings its own)."""
    if isinstance(row, Officer) and isinstance(related, Result):
        return None
    return names


def _redact(row, names: Names | None) -> None:
    redact = REDACTORS.get(type(row)._meta.concrete_model)
    if redact is not None:
        if redact is not _officer and names is None:
            raise ReadOnlyProjection(
                f"{type(row).__name__} #{row.pk} was read without its case's withheld "
                "names: read it through `cases.public`."
            )
        redact(row, names or NOBODY)
    row.__dict__["_projected"] = True
    row.save = row.delete = _refuse


def _case(case: Case, names: Names) -> None:
    fields = case.__dict__
    if "title" in fields:
        title = names.redact(case.title)
        if "slug" in fields and (title != case.title or names.spelled_by(case.slug)):
            # Links and canonical addresses are made from the title as shown.
            case.slug = Case.slug_for(title)
        case.title = title
    elif "slug" in fields and names.spelled_by(case.slug):
        case.slug = ""
    if "summary" in fields:
        case.summary = names.redact(case.summary)
    if "evidence" in fields:
        case.evidence = names.evidence(case.evidence)
    if "review_reasons" in fields:  # editor-facing: only that there are some
        case.flagged = bool(case.review_reasons)
    for editor_only in EDITOR_ONLY:
        if editor_only in fields:
            setattr(case, editor_only, "")
    case.names_withheld = names  # for the old addresses it may still be asked by


EDITOR_ONLY = (
    "review_reasons",
    "withheld_reason",
    "withheld_mentions",
    "withheld_forms",
)


def _result(result: Result, names: Names) -> None:
    if "evidence" in result.__dict__:
        result.evidence = names.evidence(result.evidence)


def _allegation(allegation: Allegation, names: Names) -> None:
    if "text" in allegation.__dict__:
        allegation.text = names.redact(allegation.text)
    if "evidence" in allegation.__dict__:
        allegation.evidence = names.evidence(allegation.evidence)


def _source(source: SourceDocument, names: Names) -> None:
    fields = source.__dict__
    if "file_name" in fields or "url" in fields:
        # Where the server read it is never public; a file says only that it was one.
        source.received_as_file = bool(fields.get("file_name")) or not fields.get("url")
    for hidden in ("file_name", "location", "raw_text", "withheld_reason"):
        if hidden in fields:
            setattr(source, hidden, "")
    if "raw_bytes" in fields:
        source.raw_bytes = b""
    if "title" in fields:
        source.title = names.redact(source.title)
    if "text" in fields:
        source.text, source.stored_offsets = names.redact_mapped(source.text)
    if "url" in fields:
        source.url = names.address(source.url)
    if "redirect_chain" in fields:
        source.redirect_chain = [
            url for url in source.redirect_chain or [] if names.address(url)
        ]


def _officer(officer: Officer, names: Names | None) -> None:
    if officer.__dict__.get("withheld"):
        for name in ("name", "normalised_name", "extracted_name", "other_names"):
            if name in officer.__dict__:
                setattr(officer, name, "")
        officer.slug = ""
    officer.withheld_reason = ""


REDACTORS = {
    Case: _case,
    Result: _result,
    Allegation: _allegation,
    SourceDocument: _source,
    Officer: _officer,
}
