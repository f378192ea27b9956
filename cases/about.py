"""The About page: what the archive holds and from where, how its records are made, how
accurate machine extraction is, and how to cite and correct it.

What it holds is counted from the public data each time (through `cases.public`, so
nothing withheld is counted); the accuracy figures are those last measured on the
development corpora and committed in `cases/data/accuracy.json` with the commands that
produced them (`make accuracy` measures them again).
"""

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from django.db.models import Count, Prefetch
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from cases import freshness, public
from cases.models import ReviewStatus

ACCURACY = Path(__file__).resolve().parent / "data" / "accuracy.json"
NOT_RECORDED = "Not recorded"

FIELD_NAMES = {
    "is_outcome": "Reports an outcome or not",
    "doc_force": "Force of the case",
    "name": "Name",
    "rank": "Rank",
    "force": "Person's force",
    "former": "Had left the service",
    "age": "Age",
    "severity": "Misconduct found",
    "outcome": "Outcome",
    "criminal": "Criminal verdict",
    "proceeding": "Proceeding",
    "hearing_date": "Hearing date",
    "standards": "Standards breached",
    "barred": "Barred list",
}


@cache
def accuracy() -> dict:
    """The committed accuracy figures, fields in the scorer's order."""
    record = json.loads(ACCURACY.read_text(encoding="utf-8"))
    for figures in record["corpora"].values():
        figures["rows"] = [
            {"label": FIELD_NAMES.get(field, field), **values}
            for field, values in figures["fields"].items()
        ]
    return record


def publisher_of(publisher: str, url: str) -> str:
    """Who published a source: as the page says, else the web site it came from."""
    if publisher:
        return publisher
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else NOT_RECORDED


def documents_by_publisher() -> list[tuple[str, int]]:
    """(publisher, documents), most first: an address that spells a withheld name
    counts as not recorded, as its source shows it."""
    counts: dict[str, int] = {}
    sources = public.sources().only("id", "publisher", "url", "case_id")
    for source in sources.iterator(chunk_size=2000):
        name = publisher_of(source.publisher, source.url)
        counts[name] = counts.get(name, 0) + 1
    return sorted(
        counts.items(), key=lambda row: (row[0] == NOT_RECORDED, -row[1], row[0])
    )


def cases_by_force() -> list[tuple[str, str, int]]:
    """(force name, slug, cases), most first; cases with no force as ("", "", n)."""
    rows = (
        public.cases()
        .order_by()
        .values("force__name", "force__slug")
        .annotate(n=Count("pk"))
        .values_list("force__name", "force__slug", "n")
    )
    return sorted(
        ((name or "", slug or "", n) for name, slug, n in rows),
        key=lambda row: (not row[0], -row[2], row[0]),
    )


def cases_by_year() -> list[tuple[int | None, int]]:
    """(year, cases) in order, with the cases of no known date last as (None, n)."""
    rows = (
        public.cases()
        .order_by()
        .values("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )
    return sorted(rows, key=lambda row: (row[0] is None, row[0] or 0))


@method_decorator(freshness.cached_page, name="dispatch")
class AboutView(TemplateView):
    template_name = "cases/about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cases = public.cases()
        context.update(
            case_count=cases.count(),
            reviewed_count=cases.filter(review_status=ReviewStatus.REVIEWED).count(),
            source_count=public.sources().count(),
            by_publisher=documents_by_publisher(),
            by_force=cases_by_force(),
            by_year=cases_by_year(),
            accuracy=accuracy(),
            example=_example_case(cases),
        )
        return context


def _example_case(cases):
    """The newest case, to show a citation with; withheld names taken out."""
    people = Prefetch("results", queryset=public.results().select_related("officer"))
    return public.newest_first(cases.prefetch_related(people)).first()
