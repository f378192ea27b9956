"""Free-text search over cases: PostgreSQL full-text search, or a plainer SQLite search.

Both search the same text — a case's title, summary, the names and labels of its people
(never a withheld person's) and the wording of their allegations — and both require every word of the query. On
PostgreSQL words are stemmed ("dismissal" finds "dismissed"), results are ranked and
snippets come from `ts_headline`; on SQLite each word must appear as typed
(case-insensitively) and snippets are cut in Python.

On PostgreSQL the words are kept in `Case.search_vector`, behind a GIN index (created by
migration 0005 on PostgreSQL only), so that a search does not rebuild every case's text.
Whatever writes a case's searchable text calls `refresh_search_vectors` afterwards,
through `cases.freshness.record_change`: the ingest's save stage, the admin after an
editor's change, merging people in curation. Nothing else keeps the vector up to date:
no signal, no trigger.

Snippets are built from escaped document text with <mark> added afterwards, so nothing a
document says can become markup.
"""

import re
from collections.abc import Iterable

import numpy as np
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    TextField,
    Value,
)
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cases.models import Allegation, Case, Officer, Result
from cases.queries import newest_first

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
"""Bounds of a query: each word is one more condition on every case (500 repeated words
took 27–46 s on PostgreSQL, and SQLite refused their expression tree). Twelve words is
more than any name, phrase and wording together need."""

CONFIG = "english"
# Private-use characters mark the highlighted words in ts_headline's output: they cannot
# be confused with document text, and survive escaping untouched.
START, STOP = "\ue000", "\ue001"
SNIPPET_CHARS = 240
WORD = re.compile(r"[\w'’-]+")


def uses_full_text(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def search_words(text: str) -> list[str]:
    """The words of a query, as the SQLite search requires them: `"PC Hunt" -x` → PC, Hunt, x."""
    return [word.strip("'’-") for word in WORD.findall(text) if word.strip("'’-")]


def validate_query(text: str) -> None:
    """Refuse a query over the bounds, repeated words counted: they cost as much."""
    if len(WORD.findall(text)) > MAX_QUERY_WORDS:
        raise ValidationError(
            "Search for at most %(limit)d words.",
            code="too_many_words",
            params={"limit": MAX_QUERY_WORDS},
        )


def refresh_search_vectors(case_ids: Iterable[int]) -> None:
    """Recompute the stored search text of these cases (PostgreSQL only).

    Call after saving anything a case's text is made of: its title or summary, its
    people's names, labels or withholding, their allegations. The words are gathered
    with three indexed reads and written with one UPDATE: correlated subqueries
    rebuilding each case's text in SQL slowed down as the tables grew (the planner
    scanned every allegation for each case while its statistics lagged a bulk load).
    """
    ids = list(case_ids)
    if not ids or not uses_full_text(Case.objects.all()):
        return
    words = {
        pk: {"title": [title], "summary": [summary], "allegations": []}
        for pk, title, summary in Case.objects.filter(pk__in=ids).values_list(
            "pk", "title", "summary"
        )
    }
    people = Result.objects.filter(case__in=ids, officer__withheld=False)
    for case_id, name, label in people.values_list(
        "case_id", "officer__name", "officer__label"
    ):
        words[case_id]["title"] += [name, label]
    allegations = Allegation.objects.filter(result__case__in=ids)
    for case_id, text in allegations.values_list("result__case_id", "text"):
        words[case_id]["allegations"].append(text)
    cases = []
    for pk, parts in words.items():
        case = Case(pk=pk)
        case.search_vector = (
            _vector(parts["title"], "A")
            + _vector(parts["summary"], "B")
            + _vector(parts["allegations"], "C")
        )
        cases.append(case)
    Case.objects.bulk_update(cases, ["search_vector"], batch_size=500)


def _vector(texts: list[str], weight: str) -> SearchVector:
    text = " ".join(t for t in texts if t)
    return SearchVector(
        Value(text, output_field=TextField()), weight=weight, config=CONFIG
    )


def cases_showing(obj: Case | Result | Allegation | Officer) -> list[int]:
    """Ids of the cases whose search text holds words of `obj`."""
    if isinstance(obj, Case):
        return [obj.pk]
    if isinstance(obj, Result):
        return [obj.case_id]
    if isinstance(obj, Allegation):
        return [obj.result.case_id]
    if isinstance(obj, Officer):
        return list(obj.results.values_list("case", flat=True))
    return []


def matching(queryset: QuerySet[Case], text: str) -> QuerySet[Case]:
    """Cases whose text contains every word of `text`."""
    if uses_full_text(queryset):
        return queryset.filter(search_vector=_query(text))
    for word in search_words(text):
        queryset = queryset.filter(_contains(word))
    return queryset


def by_relevance(queryset: QuerySet[Case], text: str) -> QuerySet[Case]:
    """Best match first on PostgreSQL (then newest); newest first elsewhere."""
    if not uses_full_text(queryset):
        return newest_first(queryset)
    ranked = queryset.annotate(rank=SearchRank(F("search_vector"), _query(text)))
    return newest_first(ranked, by=("-rank",))


def hits(queryset: QuerySet[Case], text: str) -> tuple[np.ndarray, np.ndarray | None]:
    """The ids of the cases of `queryset` that match `text`, with their relevance on
    PostgreSQL (None elsewhere): one statement, the whole hit set, so that which
    cases, how many of each and their order come from the facts and only the rows a
    page shows are read again. The pairs travel packed in one binary value (8 bytes
    of id, 4 of rank, a hit after another), not as a Python tuple each: a common
    word matches thousands of cases."""
    found = matching(queryset, text).order_by()
    if not uses_full_text(queryset):
        ids = found.values_list("pk", flat=True)
        return np.fromiter(ids, dtype=np.int64), None
    found = found.annotate(
        hit=F("pk"), rank=SearchRank(F("search_vector"), _query(text))
    ).values_list("hit", "rank")
    sql, params = found.query.sql_with_params()
    with connections[found.db].cursor() as cursor:
        cursor.execute(
            "SELECT string_agg(int8send(hit) || float4send(rank), ''::bytea) "
            f"FROM ({sql}) AS hits",
            params,
        )
        packed = cursor.fetchone()[0] or b""
    pairs = np.frombuffer(packed, dtype=[("id", ">i8"), ("rank", ">f4")])
    return pairs["id"].astype(np.int64), pairs["rank"].astype(np.float32)


def with_headlines(queryset: QuerySet[Case], text: str) -> QuerySet[Case]:
    """The cases with a highlighted `headline` of their summary (PostgreSQL): for
    the rows a page shows, not for every match."""
    if not uses_full_text(queryset):
        return queryset
    return queryset.annotate(
        headline=SearchHeadline(
            "summary",
            _query(text),
            config=CONFIG,
            start_sel=START,
            stop_sel=STOP,
            max_words=40,
            min_words=20,
        )
    )


def snippet(case: Case, text: str) -> SafeString:
    """The part of a case's summary that matched, escaped, with the words in <mark>."""
    headline = getattr(case, "headline", None)
    if headline is not None:
        marked = escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
        return mark_safe(marked)  # noqa: S308 — escaped above; only <mark> added.
    return _cut_snippet(case.summary, search_words(text))


def _cut_snippet(summary: str, words: list[str]) -> SafeString:
    lowered = summary.lower()
    found = [lowered.find(word.lower()) for word in words]
    first = min((at for at in found if at >= 0), default=0)
    start = max(0, first - SNIPPET_CHARS // 3)
    piece = summary[start : start + SNIPPET_CHARS]
    html = escape(piece)
    if words:
        pattern = re.compile("|".join(re.escape(escape(w)) for w in words), re.I)
        html = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", html)
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(summary) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 — escaped above.


def _query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=CONFIG)


def _contains(word: str) -> Q:
    person = Result.objects.filter(
        Q(officer__name__icontains=word) | Q(officer__label__icontains=word),
        case=OuterRef("pk"),
        officer__withheld=False,
    )
    allegation = Allegation.objects.filter(
        result__case=OuterRef("pk"), text__icontains=word
    )
    return (
        Q(title__icontains=word)
        | Q(summary__icontains=word)
        | Exists(person)
        | Exists(allegation)
    )
