"""The public pages. Each makes a fixed number of queries whatever the number of rows:
lists prefetch what their rows show, and which cases and how many of each come from the
public facts in memory (`cases.facts`, through `cases.filters` and `cases.stats`).
Every queryset starts from the public projection (`cases.public`), whose rows
come with withheld names already taken out.

The pages that count over the whole archive (home, case list and search, force, stats)
are kept in the cache per archive version (`cases.freshness.cached_page`): served from
there, they make one query. The case page, with its report form, is rendered each time."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from cases import charts, facts, freshness, public, search, stats, throttle
from cases.filters import CaseFilter
from cases.forms import ErrorReportForm
from cases.models import Case, SourceDocument

CASES_PER_PAGE = 25


NOT_LISTED = {
    "case": (
        "evidence",
        "search_text",
        "edited_fields",
        "referred_on",
        "referred_on_precision",
        "investigation_concluded_on",
        "investigation_concluded_on_precision",
        "chair",
        "review_reasons",
        "withheld_reason",
        "withheld_mentions",
        "created_at",
        "updated_at",
    ),
    "source": ("raw_text", "raw_bytes", "response_headers", "error"),
    "result": (
        "evidence",
        "edited_fields",
        "officer__other_names",
        "officer__extracted_name",
        "officer__normalised_name",
        "officer__withheld_reason",
        "officer__edited_fields",
        "officer__created_at",
        "officer__updated_at",
    ),
}
"""What the lists never show of a case or its people, left in the database: the
largest columns (a case's search text repeats all its text), and the others a
summary never reads, which cost a list page a millisecond to decode into its 100
rows; and what the case page never shows of its sources (the file as received, as
large as a PDF is). What the projection reads to redact (a case's title and summary,
a person's `withheld`) stays."""


def _people():
    """Each case's people, as the case lists show them."""
    people = public.results().select_related("officer").defer(*NOT_LISTED["result"])
    return Prefetch("results", queryset=people)


def _listed_cases():
    """Public cases with what the case lists show of them."""
    cases = public.cases().defer(*NOT_LISTED["case"])
    return cases.select_related("force").prefetch_related(_people())


LISTED_ROWS = facts.HeldRows(most=2_000)
"""The rows of `_listed_cases` the list and force pages showed, for the archive's
version: about 2 MB a process. A page that shows them again reads no rows."""


def _held_rows(request) -> facts.HeldRows | None:
    """The rows held for anonymous readers; editors' pages are read afresh."""
    return LISTED_ROWS if freshness.is_anonymous_reader(request) else None


def _people_in_full():
    """People with their standards and allegations, as detail pages show them."""
    return public.results().prefetch_related(
        "standards",
        Prefetch(
            "allegations", queryset=public.allegations().prefetch_related("standards")
        ),
    )


@method_decorator(freshness.cached_page, name="dispatch")
class HomeView(TemplateView):
    template_name = "cases/home.html"
    latest_count = 8

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cases = public.cases()
        context["case_count"] = cases.count()
        context["people_count"] = public.officers().count()
        context["source_count"] = public.sources().count()
        context["latest_cases"] = public.newest_first(
            cases.select_related("force").prefetch_related(_people())
        )[: self.latest_count]
        context["forces"] = (
            _with_case_counts(public.forces())
            .filter(case_count__gt=0)
            .order_by("-case_count", "name")[:12]
        )
        return context


@method_decorator(freshness.cached_page, name="dispatch")
class CaseListView(FilterView):
    filterset_class = CaseFilter
    paginate_by = CASES_PER_PAGE
    template_name = "cases/case_list.html"

    def get_queryset(self):
        return _listed_cases()

    def get_filterset_kwargs(self, filterset_class):
        return super().get_filterset_kwargs(filterset_class) | {"held": facts.current()}

    def get(self, request, *args, **kwargs):
        """As django-filter's view, but which cases and how many come from the public
        facts, the page's rows from the database (`CaseFilter.listed`): the filter
        set's query of the database (`qs`, for the exports and the API) is never
        built, which took a twentieth of the page's time."""
        self.filterset = self.get_filterset(self.get_filterset_class())
        if self.filterset.is_valid():
            self.object_list = self.filterset.listed(_held_rows(request))
        else:
            self.object_list = self.filterset.queryset.none()
        context = self.get_context_data(
            filter=self.filterset, object_list=self.object_list
        )
        self.filterset.forget_selection()
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        text = filterset.search_text if filterset.form.is_valid() else ""
        if text:  # beside the rows, which may be shown again without it
            context["snippets"] = {
                case.pk: search.snippet(case, text) for case in context["object_list"]
            }
        count_choices(filterset.form, filterset.facets())
        context["matching"] = filterset.matching_people(context["object_list"])
        context["search_text"] = text
        context["active_filters"] = active_filters(
            filterset, self.request.GET, "cases:case-list"
        )
        return context


def count_choices(form, facets):
    """Label each choice with the number of cases it would give; choices that would give
    none are dropped, unless chosen."""
    for name, counts in facets.items():
        if name not in form.fields or not hasattr(form.fields[name], "choices"):
            continue
        field = form.fields[name]
        chosen = str(form.data.get(name, ""))
        choices = []
        # The field adds its own "Any…" choice before these.
        for value, label in field.choices:
            if value == "":
                continue
            if counts.get(value) or str(value) == chosen:
                choices.append((value, f"{label} ({counts.get(value, 0):,})"))
        field.choices = choices


def active_filters(filterset, params, url_name: str):
    """(label, value as shown, link without it) for each filter in use on the list
    named `url_name`."""
    active = []
    form = filterset.form
    if not form.is_valid():
        return active
    for name, value in form.cleaned_data.items():
        if name == "sort" or value in ("", None):
            continue
        field = form.fields[name]
        shown = str(form.data.get(name))
        for choice, label in getattr(field, "choices", ()):
            if str(choice) == shown:
                shown = str(label).rsplit(" (", 1)[0]
        remaining = params.copy()
        remaining.pop(name, None)
        remaining.pop("page", None)
        query = remaining.urlencode()
        url = reverse(url_name) + (f"?{query}" if query else "")
        active.append((field.label, shown, url))
    return active


class CaseDetailView(DetailView):
    model = Case

    def get_queryset(self):
        return (
            public.cases()
            .select_related("force")
            .prefetch_related(
                Prefetch(
                    "results",
                    queryset=_people_in_full().select_related("officer", "force"),
                ),
                Prefetch(
                    "sources", queryset=public.sources().defer(*NOT_LISTED["source"])
                ),
            )
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        # An old or mistyped slug answers with the case's own address, unless it
        # spells a withheld name: that address is not the case's, and never was.
        if "slug" in kwargs and kwargs["slug"] != self.object.slug:
            if public.spells_withheld_name(self.object, kwargs["slug"]):
                raise Http404("No case at that address.")
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        try:
            return queryset.get(pk=self.kwargs["pk"])
        except Case.DoesNotExist as missing:
            raise Http404("No case with that number.") from missing

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        permalink = reverse("cases:case-detail", kwargs={"pk": self.object.pk})
        context["permalink"] = self.request.build_absolute_uri(permalink)
        # A page about an anonymised person's case is not for search engines.
        context["noindex"] = any(
            result.officer.withheld for result in self.object.results.all()
        )
        context.setdefault("report_form", ErrorReportForm())
        return context


@require_POST
def report_error(request, pk):
    """A reader reports a mistake in a case; the report waits for editors in the admin."""
    case = get_object_or_404(public.cases(), pk=pk)
    form = ErrorReportForm(request.POST)
    # Per client address: enough for a reader, too few for a flood.
    if not throttle.allow(request, "error-report"):
        return render(
            request,
            "cases/report_error.html",
            {"case": case, "form": form, "throttled": True},
            status=429,
        )
    if not form.is_valid():
        return render(
            request, "cases/report_error.html", {"case": case, "form": form}, status=400
        )
    if not form.from_bot:  # a bot is thanked like anyone, and nothing is stored
        form.instance.case = case
        form.save()
    messages.success(request, "Thank you. An editor will look at your report.")
    return redirect(case)


def _with_case_counts(forces):
    cases = public.cases().filter(force=OuterRef("pk")).order_by()
    return forces.annotate(
        case_count=Coalesce(
            Subquery(cases.values("force").annotate(n=Count("pk")).values("n")), 0
        ),
        latest=Subquery(
            public.newest_first(cases).exclude(case_date=None).values("case_date")[:1]
        ),
        latest_precision=Subquery(
            public.newest_first(cases)
            .exclude(case_date=None)
            .values(precision=public.case_date_precision())[:1]
        ),
    )


class ForceListView(ListView):
    template_name = "cases/force_list.html"
    context_object_name = "forces"

    def get_queryset(self):
        return _with_case_counts(public.forces()).order_by("name")


@method_decorator(freshness.cached_page, name="dispatch")
class ForceDetailView(DetailView):
    template_name = "cases/force_detail.html"
    context_object_name = "force"

    def get_queryset(self):
        return public.forces().prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        force = self.object
        # The force's figures are those of the case list filtered by the force.
        filterset = CaseFilter(
            {"force": force.slug}, queryset=_listed_cases(), held=facts.current()
        )
        filterset.is_valid()
        selection = filterset.selection
        by_outcome = stats.cases_by_outcome(selection)
        by_year = stats.cases_by_year(selection)
        listed = filterset.listed(_held_rows(self.request))
        page = Paginator(listed, CASES_PER_PAGE).get_page(self.request.GET.get("page"))
        context.update(
            cases_by_outcome=by_outcome,
            cases_by_year=by_year,
            span=stats.referral_to_outcome(selection),
            page_obj=page,
            cases=list(page.object_list),
            year_chart=charts.Chart(
                slug="by-year",
                title=f"Cases in {force.name} by year",
                description="Number of cases each year, by the year of the outcome.",
                series=[charts.Series("cases", "Cases")],
                rows=[charts.Row(str(y), {"cases": n}) for y, n in by_year],
                label_heading="Year",
            ),
        )
        return context


class SourceDetailView(DetailView):
    template_name = "cases/sourcedocument_detail.html"
    context_object_name = "source"

    def get_queryset(self):
        people = Prefetch(
            "case__results", queryset=public.results().select_related("officer")
        )
        return public.sources().select_related("case").prefetch_related(people)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = self.object
        context["passage"] = _passage(source, self.request.GET)
        context["permalink"] = self.request.build_absolute_uri(
            source.get_absolute_url()
        )
        context["versions"] = versions = source.versions(public.sources())
        context["other_versions"] = [v for v in versions if v != source]
        return context


def _passage(source: SourceDocument, params) -> tuple[str, str, str] | None:
    """The source's text split around the quoted passage `?start=&end=`, if valid."""
    try:
        start, end = int(params["start"]), int(params["end"])
    except (KeyError, ValueError):
        return None
    offsets = source.stored_offsets  # they point into the text as stored
    if not 0 <= start < end <= offsets.stored_length:
        return None
    start, end = offsets(start), offsets(end)
    return source.text[:start], source.text[start:end], source.text[end:]
