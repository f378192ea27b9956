"""The statistics page: charts of what the case list holds, under any of its filters.

The page reads the case list's query string through the same FilterSet (`CaseFilter`),
so `/stats/?force=kent-police&rank=Sergeant` counts exactly the cases that
`/cases/?force=kent-police&rank=Sergeant` lists. Every chart says what it counts and
what it cannot place ("People's outcomes with a known year: 45 of 119"), keeps an
"unknown" bar rather than dropping records silently, links to the list it counts, and
gives its figures as CSV (`/stats/<chart>.csv`, with the same query string).
"""

import csv
import uuid
from urllib.parse import quote_plus

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from cases import charts, facts, freshness, stats
from cases.filters import CaseFilter
from cases.templatetags.archive import describe_days
from cases.views import active_filters, count_choices

UNKNOWN_YEAR = "Year not known"
UNKNOWN_FORCE = "Force not known"


def build_charts(filterset: CaseFilter, params) -> list[charts.Chart]:
    """The page's charts over the cases the filters select (all public cases when the
    filters are not valid: the form then says why)."""
    selection = filterset.selection if filterset.is_valid() else everything()
    totals = stats.people_counted(selection)
    with_outcome = totals["with_outcome"]
    bands = [charts.Series(g.key, g.label) for g in stats.OUTCOME_GROUPS]
    list_url = _list_links(params)
    listed = list_url()
    by_year = stats.outcomes_by_year(selection)
    by_force = stats.outcomes_by_force(selection)
    spans = stats.referral_to_outcome_by_force(selection)
    known_year = sum(counts.total() for year, counts in by_year if year is not None)
    known_force = sum(counts.total() for (name, _), counts in by_force if name)
    return [
        charts.Chart(
            slug="outcomes-by-year",
            title="Outcomes by year",
            description="People's outcomes each year, by outcome band. A case's year "
            "is that of its outcome, else its hearing, else its publication.",
            counted=_counted(
                "People's outcomes with a known year", known_year, with_outcome
            ),
            list_url=listed,
            series=bands,
            rows=[
                charts.Row(
                    UNKNOWN_YEAR if year is None else str(year),
                    counts,
                    href="" if year is None else list_url(year_from=year, year_to=year),
                )
                for year, counts in by_year
            ],
            unit="people",
            label_heading="Year",
        ),
        charts.Chart(
            slug="outcomes-by-force",
            title="Outcomes by force",
            description="People's outcomes in each force's cases, by outcome band, "
            "forces with the most first.",
            counted=_counted(
                "People's outcomes in cases with a known force",
                known_force,
                with_outcome,
            ),
            list_url=listed,
            series=bands,
            rows=[
                charts.Row(
                    name or UNKNOWN_FORCE,
                    counts,
                    href=list_url(force=slug) if slug else "",
                )
                for (name, slug), counts in by_force
            ],
            unit="people",
            label_heading="Force",
        ),
        charts.Chart(
            slug="breaches-by-standard",
            title="Standards breached",
            description="People found in breach of each Standard of Professional "
            "Behaviour; a person found in breach of several counts under each.",
            counted=_counted(
                "People found in breach of at least one standard",
                totals["in_breach"],
                totals["people"],
            ),
            list_url=listed,
            series=[charts.Series("people", "People")],
            rows=[
                charts.Row(
                    standard[:1].upper() + standard[1:],
                    {"people": n},
                    href=list_url(standard=standard),
                )
                for standard, n in stats.breaches_by_standard(selection)
            ],
            unit="people",
            label_heading="Standard",
        ),
        charts.Chart(
            slug="time-to-outcome",
            title="Time from referral to outcome, by force",
            description="Median months from first referral to outcome in each "
            "force's cases where both dates are known at least to the month, slowest "
            "first.",
            counted=_counted(
                "Cases with a force and both dates known",
                sum(span.count for _, _, span in spans),
                selection.count(),
            ),
            list_url=listed,
            series=[charts.Series("months", "Median months")],
            rows=[
                charts.Row(
                    name,
                    {"months": span.median_days / 30.44},
                    href=list_url(force=slug),
                    figure=f"{describe_days(span.median_days)} (n={span.count})",
                )
                for name, slug, span in spans
            ],
            unit="months",
            label_heading="Force",
        ),
    ]


@method_decorator(freshness.cached_page, name="dispatch")
class StatsView(TemplateView):
    template_name = "cases/stats.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = CaseFilter(self.request.GET, held=facts.current())
        context["charts"] = build_charts(filterset, self.request.GET)
        count_choices(filterset.form, filterset.facets())
        context["filter"] = filterset
        context["active_filters"] = active_filters(
            filterset, self.request.GET, "cases:stats"
        )
        filterset.forget_selection()
        return context


def chart_csv(request, slug: str) -> HttpResponse:
    """One chart's figures as CSV, under the same filters as the page."""
    filterset = CaseFilter(request.GET, held=facts.current())
    charts_shown = build_charts(filterset, request.GET)
    chart = next((c for c in charts_shown if c.slug == slug), None)
    if chart is None:
        raise Http404("No chart of that name.")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    csv.writer(response).writerows(chart.csv_rows())
    return response


def everything() -> facts.Selection:
    """Every public case: what the page counts when its filters are not valid."""
    return facts.Selection(facts.current())


def _list_links(params):
    """A maker of links to the case list with the page's filters and, replacing any,
    `narrower` ones (`link(force="kent-police")`). A chart has a link a row: the
    page's filters are encoded once for each set of names narrowed, with a marker
    for each narrower value, which a row's link replaces (one `reverse` and one
    encoding a row were half of the charts' time)."""
    query = params.copy()
    query.pop("page", None)
    base = reverse("cases:case-list")
    marker = uuid.uuid4().hex  # appears in no address the page was asked for
    encoded: dict[tuple, str] = {}

    def link(**narrower) -> str:
        names = tuple(narrower)
        if names not in encoded:
            layout = query.copy()
            for i, name in enumerate(names):
                layout[name] = f"{marker}{i}x"
            encoded[names] = layout.urlencode()
        text = encoded[names]
        for i, value in enumerate(narrower.values()):
            text = text.replace(f"{marker}{i}x", quote_plus(str(value)))
        return base + (f"?{text}" if text else "")

    return link


def _counted(what: str, n: int, of: int) -> str:
    return f"{what}: {n:,} of {of:,}."
