"""CSV and JSON exports of the case list: every row the filters select, streamed.

`/cases/export.csv?…` and `/cases/export.json?…` take the list page's query string and
answer with ALL the matching rows, never one page of them. A row is one person's result
in one case: the case's own fields (id, title, force, stage dates, review status, its page
and its sources' pages), then the person's fields as corpus/SCHEMA.md names them. A case
with no people on record still gives one row, its person fields empty, so that the export
holds every case of the list.

Which people: when a filter on people's results is set (outcome, severity, rank, standard
breached, serving or former, barred list, criminal verdict), only the people who match
all of them are exported, because those filters hold for one and the same person: "dismissed
sergeants" exports the dismissed sergeants, not their co-defendants who were cleared.
Without such a filter every person of each listed case is exported. Rows come in the
list's order (its `sort`), and each case's people in the order of the source document.

Withheld cases are absent; a withheld person is "Name withheld", with no officer id or
page, so that rows cannot be joined back to them.

The stamp, so that a paper can cite an export and anyone can reproduce it:
- `query` — the filters answered, as a canonical query string (filters in the list's
  order, empty ones dropped);
- `generated_at` — when the export was made (UTC);
- `data_version` — the time of the latest change to the archive's records: the newest
  entry in the change history of forces, officers, cases, results and allegations (every
  ingest and every editor's correction, deletions included), or the newest `updated_at`
  of a case, officer or source document if later (rows written in bulk, and source
  documents, leave no history). Two exports with the same query and data version hold
  the same rows.

The JSON export carries the stamp as a top-level `meta` object before `rows`, and ends
with `count`, the number of rows written. The CSV is plain RFC 4180 with one header line
and nothing else, so that `pandas.read_csv` and R's `read.csv` read it as it is; its stamp
is in the HTTP headers `X-Archive-Query`, `X-Archive-Generated` and
`X-Archive-Data-Version`, and the file name the browser saves carries the generation time
(`misconduct-cases-20250101T120000Z.csv`). Cite the export's address together with that
time and data version; the JSON export holds all three in the file itself.

Memory stays flat whatever the number of rows: cases are read with `.iterator()` in chunks
of `CHUNK_SIZE`, each chunk with its people, their standards and its sources prefetched —
a fixed number of queries per chunk — and each row is written out as soon as it is made.
"""

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Max, Prefetch
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from cases import public, throttle
from cases.filters import CaseFilter
from cases.models import (
    STAGES,
    Allegation,
    Case,
    Force,
    Officer,
    Result,
    SourceDocument,
)

CHUNK_SIZE = 1000
"""Cases read per database round trip (each with its people and sources prefetched)."""

LIST_SEPARATOR = "; "
"""Joins a list in a CSV cell (standards, URLs): standards' names contain commas."""


def _help(model, field: str) -> str:
    return str(model._meta.get_field(field).help_text)


COLUMNS: dict[str, str] = {
    "case_id": "The case's number in the archive.",
    "case_title": _help(Case, "title"),
    "case_url": "The case's permanent page in the archive.",
    "case_force": _help(Case, "force"),
    **{
        column: text
        for stage in STAGES
        for column, text in (
            (stage, _help(Case, stage) or stage.replace("_", " ").capitalize() + "."),
            (
                f"{stage}_precision",
                "How much of the date above is known: day, month or year (a date "
                "known to the month is given as its first day).",
            ),
        )
    },
    "published_on": _help(Case, "published_on"),
    "review_status": _help(Case, "review_status"),
    "officer_id": "The person's number in the archive; empty when withheld.",
    "officer_url": "The person's page in the archive; empty when withheld.",
    "name": "The person's name, or the document's label for an anonymised person "
    "(“Officer A”); “Name withheld” when an editor has withheld it.",
    "rank": _help(Result, "rank"),
    "force": _help(Result, "force"),
    "former": _help(Result, "former"),
    "age": _help(Result, "age"),
    "severity": _help(Result, "severity"),
    "outcome": _help(Result, "outcome"),
    "criminal": _help(Result, "criminal"),
    "proceeding": "The disciplinary forum of this person's case.",
    "hearing_date": _help(Result, "hearing_date"),
    "standards": _help(Result, "standards")
    + f" In CSV, joined by “{LIST_SEPARATOR}”; in JSON, a list.",
    "barred": _help(Result, "barred"),
    "source_urls": f"The pages of the case's source documents in the archive, each with "
    f"the document's text. In CSV, joined by “{LIST_SEPARATOR}”; in JSON, a list.",
    "source_original_urls": "The original address of each source document, in the "
    "order of `source_urls`; empty where the archive does not know it. In CSV, joined "
    f"by “{LIST_SEPARATOR}”; in JSON, a list.",
    "source_publishers": "Who published each source document (the site's name, else "
    "its host), in the order of `source_urls`. In CSV, joined by "
    f"“{LIST_SEPARATOR}”; in JSON, a list.",
}
"""The columns of an export row, in order, with what each means."""


@dataclass(frozen=True)
class Stamp:
    """What an export answers: its query, when it was made, and of which data."""

    query: str
    generated_at: datetime
    data_version: datetime | None
    list_url: str
    export_url: str

    def as_dict(self) -> dict:
        return {
            "query": self.query,
            "generated_at": iso(self.generated_at),
            "data_version": iso(self.data_version),
            "list_url": self.list_url,
            "export_url": self.export_url,
        }

    def headers(self) -> dict[str, str]:
        return {
            "X-Archive-Query": self.query,
            "X-Archive-Generated": iso(self.generated_at),
            "X-Archive-Data-Version": iso(self.data_version) or "",
        }

    def filename(self, extension: str) -> str:
        return f"misconduct-cases-{self.generated_at:%Y%m%dT%H%M%SZ}.{extension}"


def data_version() -> datetime | None:
    """The time of the latest change to the archive's records (see the module notes)."""
    latest = [
        model.history.model.objects.aggregate(at=Max("history_date"))["at"]
        for model in (Force, Officer, Case, Result, Allegation)
    ]
    latest += [
        model.objects.aggregate(at=Max("updated_at"))["at"]
        for model in (Case, Officer, SourceDocument)
    ]
    return max((at for at in latest if at is not None), default=None)


def canonical_query(filterset: CaseFilter) -> str:
    """The filters in use as a query string, in the list's order, empty ones dropped."""
    data = filterset.form.data
    return urlencode(
        [
            (name, data[name])
            for name in filterset.filters
            if data.get(name) not in (None, "")
        ]
    )


def make_stamp(request, filterset: CaseFilter) -> Stamp:
    query = canonical_query(filterset)
    suffix = f"?{query}" if query else ""
    return Stamp(
        query=query,
        generated_at=timezone.now().astimezone(UTC),
        data_version=data_version(),
        list_url=request.build_absolute_uri(reverse("cases:case-list") + suffix),
        export_url=request.build_absolute_uri(request.path + suffix),
    )


def export_cases():
    """The cases an export may show, reading only the columns it writes."""
    return (
        public.cases()
        .select_related("force")
        .defer(
            "summary",
            "evidence",
            "edited_fields",
            "review_reasons",
            "chair",
            "search_text",
            "withheld_mentions",
        )
    )


def rows(filterset: CaseFilter, build_url) -> Iterator[dict]:
    """Every export row of the filtered list, in its order (see the module notes).

    `build_url` turns a path into an absolute URL (`request.build_absolute_uri`).
    """
    people = (
        public.results()
        .filter(filterset._person_condition(skip=()))
        .select_related("officer", "force")
        .defer("evidence", "edited_fields", "officer__edited_fields")
        .prefetch_related("standards")
    )
    sources = public.sources().only("id", "url", "publisher", "case_id")
    cases = filterset.qs.prefetch_related(
        Prefetch("results", queryset=people), Prefetch("sources", queryset=sources)
    )
    for case in cases.iterator(chunk_size=CHUNK_SIZE):
        yield from case_rows(case, build_url)


def case_rows(case: Case, build_url) -> Iterator[dict]:
    """One row per person of `case` (as prefetched), or one row if it has none."""
    sources = list(case.sources.all())
    shared = {
        "case_id": case.pk,
        "case_title": case.title,
        "case_url": build_url(reverse("cases:case-detail", kwargs={"pk": case.pk})),
        "case_force": case.force.name if case.force else None,
    }
    for stage in STAGES:
        shared[stage] = getattr(case, stage)
        shared[f"{stage}_precision"] = getattr(case, f"{stage}_precision") or None
    shared |= {
        "published_on": case.published_on,
        "review_status": case.review_status,
    }
    people = list(case.results.all())
    for result in people or [None]:
        row = dict(shared)
        row |= person_fields(result, build_url)
        row["source_urls"] = [
            build_url(reverse("cases:source-detail", kwargs={"pk": s.pk}))
            for s in sources
        ]
        row["source_original_urls"] = [s.url for s in sources]
        row["source_publishers"] = [s.site for s in sources]
        yield row


def person_fields(result: Result | None, build_url) -> dict:
    """A person's SCHEMA.md fields; all empty for a case with no people on record."""
    if result is None:
        return dict.fromkeys(
            ("officer_id", "officer_url", "name", "rank", "force", "former", "age")
            + ("severity", "outcome", "criminal", "proceeding", "hearing_date")
        ) | {"standards": [], "barred": None}
    officer = result.officer
    shown = not officer.withheld
    return {
        "officer_id": officer.pk if shown else None,
        "officer_url": build_url(officer.get_absolute_url()) if shown else None,
        "name": officer.public_name,
        "rank": result.rank or None,
        "force": result.force.name if result.force else None,
        "former": result.former,
        "age": result.age,
        "severity": result.severity or None,
        "outcome": result.outcome or None,
        "criminal": result.criminal or None,
        "proceeding": result.proceeding or None,
        "hearing_date": result.hearing_date,
        "standards": [standard.name for standard in result.standards.all()],
        "barred": result.barred,
    }


def csv_lines(rows: Iterable[dict], columns: Iterable[str]) -> Iterator[str]:
    """The CSV text of `rows`, header first, one line (or quoted record) at a time."""
    columns = list(columns)
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([csv_value(row[column]) for column in columns])


def csv_value(value) -> str:
    """Spreadsheet-friendly text: booleans as true/false, lists joined, None empty, and
    no text a spreadsheet would run as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return inert(LIST_SEPARATOR.join(str(v) for v in value))
    if isinstance(value, dict):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        return inert(value)
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV
injection): a document's title such as "=HYPERLINK(…)" would run on the reader's machine."""


def inert(text: str) -> str:
    """`text` as a spreadsheet shows it, never as a formula: OWASP's leading quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def json_chunks(meta: dict, rows: Iterable[dict]) -> Iterator[str]:
    """`{"meta": …, "rows": […], "count": n}`, written a row at a time."""
    yield '{"meta": ' + _dumps(meta) + ', "rows": ['
    count = 0
    for row in rows:
        yield ("\n" if count == 0 else ",\n") + _dumps(row)
        count += 1
    yield f'\n], "count": {count}}}\n'


def export_csv(request):
    """`/cases/export.csv?…`: the list's rows as CSV, stamped in the headers."""
    filterset, stamp, refused = _prepare(request)
    if refused:
        return refused
    lines = csv_lines(_started(rows(filterset, request.build_absolute_uri)), COLUMNS)
    return _stream(lines, "text/csv; charset=utf-8", stamp, "csv")


def export_json(request):
    """`/cases/export.json?…`: the list's rows as JSON, stamped in `meta`."""
    filterset, stamp, refused = _prepare(request)
    if refused:
        return refused
    meta = stamp.as_dict() | {"columns": COLUMNS}
    chunks = json_chunks(meta, _started(rows(filterset, request.build_absolute_uri)))
    return _stream(chunks, "application/json", stamp, "json")


def _prepare(request):
    """The export's filters and stamp, or the response refusing it (429 or 400)."""
    refused = throttle.refuse(request, "export")
    if refused:
        return None, None, refused
    filterset = CaseFilter(request.GET, queryset=export_cases())
    if not filterset.is_valid():
        errors = {name: list(errs) for name, errs in filterset.form.errors.items()}
        body = json.dumps({"errors": errors}, ensure_ascii=False)
        return None, None, HttpResponseBadRequest(body, content_type="application/json")
    return filterset, make_stamp(request, filterset), None


def _started(items: Iterator[dict]) -> Iterator[dict]:
    """`items` with the first one already read, before the response's status is sent:
    a query that fails then fails as an error response, not as a file cut short."""
    items = iter(items)
    first = next(items, _NOTHING)
    return items if first is _NOTHING else chain([first], items)


_NOTHING = object()


def _stream(chunks, content_type: str, stamp: Stamp, extension: str):
    response = StreamingHttpResponse(chunks, content_type=content_type)
    for header, value in stamp.headers().items():
        response[header] = value
    response["Content-Disposition"] = (
        f'attachment; filename="{stamp.filename(extension)}"'
    )
    return response


class _Echo:
    """A file-like object whose `write` returns what it is given, for `csv.writer`."""

    def write(self, value: str) -> str:
        return value


def _dumps(value) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
