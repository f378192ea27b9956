"""Free-text search over cases: PostgreSQL full-text search, or a plainer SQLite search.

Both search the same stored text, `Case.search_text`, made from the public projection
(`cases.public`): a case's title, summary, the names and labels of its people (never a
withheld person's) and the wording of their allegations, with the names of the case's
withheld people already taken out — so nothing finds a case by a withheld name. Both
require every word of the query. On PostgreSQL the words are kept, weighted, in a
narrow table of their own (`CaseSearch`, one row a public case) behind a GIN index
(migration 0015), stemmed ("dismissal" finds "dismissed") and ranked; on SQLite each
word must appear as typed (case-insensitively).

Whatever writes a case's searchable text, or who is withheld, calls
`refresh_search_text` afterwards, through `cases.freshness.record_change`: the ingest's
save stage, the admin after an editor's change, merging people in curation. Nothing
else keeps it up to date: no signal, no trigger.

Snippets are cut from the projected summary (never from the stored document text), from
escaped text with <mark> added afterwards, so nothing a document says can become markup.
"""

import re
from collections.abc import Iterable

import numpy as np
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cases import public
from cases.bulk import update_rows
from cases.models import Allegation, Case, CaseSearch, Officer, Result

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
"""Bounds of a query: each word is one more condition on every case (500 repeated words
took 27–46 s on PostgreSQL, and SQLite refused their expression tree). Twelve words is
more than any name, phrase and wording together need."""

CONFIG = "english"
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


def refresh_search_text(case_ids: Iterable[int]) -> None:
    """Rebuild the stored search text of these cases from the public projection.

    Call after saving anything a case's text is made of: its title or summary, its
    people's names, labels or withholding, their allegations. The words are gathered
    with three indexed reads and written with one UPDATE (`cases.bulk.update_rows`),
    and on PostgreSQL the weighted words with one INSERT … ON CONFLICT, each from
    arrays rather than a CASE branch a case; correlated subqueries
    rebuilding each case's text in SQL slowed down as the tables grew (the planner
    scanned every allegation for each case while its statistics lagged a bulk load).
    """
    ids = list(case_ids)
    if not ids:
        return
    full_text = uses_full_text(Case.objects.all())
    Case.objects.filter(pk__in=ids, withheld=True).update(search_text="")
    CaseSearch.objects.filter(case__in=ids, case__withheld=True).delete()
    words = {
        case.pk: {"title": [case.title], "summary": [case.summary], "allegations": []}
        for case in public.cases().filter(pk__in=ids).only("id", "title", "summary")
    }
    people = public.results().filter(case__in=ids, officer__withheld=False)
    for result in people.select_related("officer").only(
        "id", "case_id", "officer__name", "officer__label", "officer__withheld"
    ):
        words[result.case_id]["title"] += [result.officer.name, result.officer.label]
    allegations = public.allegations().filter(result__case__in=ids)
    for allegation in allegations.annotate(case_pk=F("result__case_id")).only(
        "id", "text"
    ):
        words[allegation.case_pk]["allegations"].append(allegation.text)
    cases = []
    for pk, parts in words.items():
        case = Case(pk=pk)
        case.search_text = "\n".join(
            text for part in parts.values() for text in part if text
        )
        cases.append(case)
    update_rows(cases, ["search_text"])
    if full_text and words:
        _write_vectors(words)


def _write_vectors(words: dict[int, dict[str, list[str]]]) -> None:
    """Each case's weighted words (title and people A, summary B, allegations C) in
    its `CaseSearch` row, made or replaced: one statement from arrays, the texts
    joined as `SearchVector` joins its expressions."""
    texts = [
        [" ".join(t for t in parts[part] if t) for parts in words.values()]
        for part in ("title", "summary", "allegations")
    ]
    vector = " || ".join(
        f"setweight(to_tsvector(%s::regconfig, given.{part}), '{weight}')"
        for part, weight in (("title", "A"), ("summary", "B"), ("allegations", "C"))
    )
    table = CaseSearch._meta.db_table
    with connections[router.db_for_write(CaseSearch)].cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (case_id, vector) SELECT given.case_id, {vector} "
            "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[]) "
            "AS given(case_id, title, summary, allegations) "
            "ON CONFLICT (case_id) DO UPDATE SET vector = EXCLUDED.vector",
            [CONFIG] * 3 + [list(words)] + texts,
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
    """Cases whose search text contains every word of `text`."""
    if uses_full_text(queryset):
        found = CaseSearch.objects.filter(vector=_query(text)).values("case_id")
        return queryset.filter(pk__in=found)
    for word in search_words(text):
        queryset = queryset.filter(search_text__icontains=word)
    return queryset


def by_relevance(queryset: QuerySet[Case], text: str) -> QuerySet[Case]:
    """Best match first on PostgreSQL; newest first else."""
    if not uses_full_text(queryset):
        return public.newest_first(queryset)
    words = CaseSearch.objects.filter(case=OuterRef("pk"))
    rank = words.annotate(rank=SearchRank(F("vector"), _query(text))).values("rank")
    ranked = queryset.annotate(rank=Subquery(rank[:1]))
    return public.newest_first(ranked, by=("-rank",))


def hits(queryset: QuerySet[Case], text: str) -> tuple[np.ndarray, np.ndarray | None]:
    """The ids of the cases that match `text`, with their relevance on PostgreSQL
    (None elsewhere): one statement, the whole hit set, so that which cases, how
    many of each and their order come from the facts and only the rows a page shows
    are read again. On PostgreSQL the statement reads the narrow `CaseSearch` table
    alone, which holds no withheld case's words; the ids say nothing until the facts
    (public cases only) take them in. The pairs travel packed in one binary value
    (8 bytes of id, 4 of rank, a hit after another), not as a Python tuple each: a
    common word matches thousands of cases."""
    if not uses_full_text(queryset):
        ids = matching(queryset, text).order_by().values_list("pk", flat=True)
        return np.fromiter(ids, dtype=np.int64), None
    query = _query(text)
    found = (
        CaseSearch.objects.filter(vector=query)
        .order_by()
        .annotate(hit=F("case_id"), rank=SearchRank(F("vector"), query))
        .values_list("hit", "rank")
    )
    sql, params = found.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            "SELECT string_agg(int8send(hit) || float4send(rank), ''::bytea) "
            f"FROM ({sql}) AS hits",
            params,
        )
        packed = cursor.fetchone()[0] or b""
    pairs = np.frombuffer(packed, dtype=[("id", ">i8"), ("rank", ">f4")])
    return pairs["id"].astype(np.int64), pairs["rank"].astype(np.float32)


def snippet(case: Case, text: str) -> SafeString:
    """The part of a case's projected summary that matched, escaped, with the words
    in <mark>. On PostgreSQL, where words are stemmed, a word is found by its stem's
    beginning too ("dismissal" marks "dismissed")."""
    words = search_words(text)
    stems = uses_full_text(Case.objects.all())
    if stems:
        words = [w[: max(4, len(w) - 3)] if len(w) > 4 else w for w in words]
    return _cut_snippet(case.summary, words, whole_words=stems)


def _cut_snippet(summary: str, words: list[str], *, whole_words=False) -> SafeString:
    lowered = summary.lower()
    found = [lowered.find(word.lower()) for word in words]
    first = min((at for at in found if at >= 0), default=0)
    start = max(0, first - SNIPPET_CHARS // 3)
    piece = summary[start : start + SNIPPET_CHARS]
    html = escape(piece)
    if words:
        tail = r"\w*" if whole_words else ""
        pattern = re.compile("|".join(re.escape(escape(w)) + tail for w in words), re.I)
        html = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", html)
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(summary) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 — escaped above.


def _query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=CONFIG)
