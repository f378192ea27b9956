"""The filters of the case list, shared by the page, the exports and the API.

Filters on a case's own fields narrow the cases directly. Filters on people's results
(outcome, severity, rank, standard breached, serving or former, barred list, criminal
verdict) must all hold for the SAME person: "dismissed sergeants" means cases in which a
sergeant was dismissed, not cases with a dismissal and, separately, a sergeant. They are
applied together as one `EXISTS` over the case's results.

The database applies them for the exports, the API and the feed (`qs`). The list page
asks the public facts in memory instead (`cases.facts`, through `selection`): which
cases and in what order (`listed`), and `facets()`, for every choice of every filter,
how many cases the list would hold with that choice and the other filters as they are.
"""

from collections import Counter
from collections.abc import Sequence
from functools import cached_property

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters.constants import EMPTY_VALUES

from cases import facts, public, search
from cases.choices import CriminalVerdict, Outcome, Proceeding, Rank, Severity, Standard
from cases.facts import CaseRows, Facts, HeldRows, Selection
from cases.forms import QuickSelect
from cases.models import ReviewStatus


class Choices(tuple):
    """A filter's choices, shared by every copy of it: a filter set deep-copies its
    filters, and its form its fields, for every request, and copying the choices
    one by one was most of the cost of making the case list's filters. They never
    change in place (`count_choices` gives a field new ones)."""

    def __deepcopy__(self, memo):
        return self


def worded(vocabulary) -> Choices:
    """Choices labelled with the canonical wording itself: “Authority, respect and
    courtesy”, not the label Django derives from the member name."""
    return Choices(
        (value, value[:1].upper() + value[1:]) for value in vocabulary.values
    )


class SortChoice:
    """Orders of the list; without one, best match when searching, else newest."""

    NEWEST = "newest"
    OLDEST = "oldest"
    FORCE = "force"
    CHOICES = [
        (NEWEST, "Newest first"),
        (OLDEST, "Oldest first"),
        (FORCE, "Force, A to Z"),
    ]


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number, given with the bounds of what the database can compare it with:
    past them the value is a form error, not a database error."""

    field_class = forms.IntegerField


YEARS = {"min_value": 1, "max_value": 9999}
"""Years a date can hold: a year filter compares case dates with the year's first or last
day, which Python cannot make for year 0 or 10000."""

IDS = {"min_value": 1, "max_value": 2**63 - 1}
"""Row ids: 64-bit integers on either database."""


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Words",
        method="search",
        widget=forms.TextInput(attrs={"type": "search"}),
        max_length=search.MAX_QUERY_CHARS,
        validators=[search.validate_query],
    )
    force = django_filters.ChoiceFilter(
        field_name="force",
        lookup_expr="exact",
        method="by_force",
        label="Force",
        empty_label="Any force",
    )
    outcome = django_filters.ChoiceFilter(
        field_name="outcome",
        lookup_expr="exact",
        choices=worded(Outcome),
        label="Outcome",
        empty_label="Any outcome",
    )
    severity = django_filters.ChoiceFilter(
        field_name="severity",
        lookup_expr="exact",
        choices=worded(Severity),
        label="Misconduct found",
        empty_label="Any finding",
    )
    proceeding = django_filters.ChoiceFilter(
        field_name="proceeding",
        lookup_expr="exact",
        choices=worded(Proceeding),
        label="Proceeding",
        empty_label="Any proceeding",
    )
    rank = django_filters.ChoiceFilter(
        field_name="rank",
        lookup_expr="exact",
        choices=worded(Rank),
        label="Rank at the time",
        empty_label="Any rank",
    )
    standard = django_filters.ChoiceFilter(
        field_name="standards__name",
        lookup_expr="exact",
        choices=worded(Standard),
        label="Standard breached",
        empty_label="Any standard",
    )
    status = django_filters.ChoiceFilter(
        field_name="former",
        lookup_expr="exact",
        choices=Choices([("serving", "Serving"), ("former", "Former (had left)")]),
        label="Serving or former",
        empty_label="Serving or former",
    )
    barred = django_filters.ChoiceFilter(
        field_name="barred",
        lookup_expr="exact",
        choices=Choices(
            [("yes", "On the barred list"), ("no", "Not said to be barred")]
        ),
        label="Barred list",
        empty_label="Either",
    )
    criminal = django_filters.ChoiceFilter(
        field_name="criminal",
        lookup_expr="exact",
        choices=worded(CriminalVerdict),
        label="Criminal verdict",
        empty_label="Any or none",
    )
    year_from = WholeNumberFilter(
        field_name="year", lookup_expr="gte", label="From year", **YEARS
    )
    year_to = WholeNumberFilter(
        field_name="year", lookup_expr="lte", label="To year", **YEARS
    )
    review = django_filters.ChoiceFilter(
        field_name="review_status",
        lookup_expr="exact",
        choices=Choices(ReviewStatus.choices),
        label="Review status",
        empty_label="Reviewed or not",
    )
    sort = django_filters.ChoiceFilter(
        choices=Choices(SortChoice.CHOICES),
        label="Sort by",
        empty_label="Best match, else newest",
        method="order",
    )

    PERSON_FILTERS = (
        "outcome",
        "severity",
        "rank",
        "standard",
        "status",
        "barred",
        "criminal",
    )
    """Filters on one person's result, which must all hold for the same person."""

    YEAR_FILTERS = ("year_from", "year_to")

    FLAGS = {
        "status": {"former": True, "serving": False},
        "barred": {"yes": True, "no": False},
    }
    """The words in the address for the yes-or-no fields they filter."""

    def __init__(
        self, data=None, queryset=None, *, held: Facts | None = None, **kwargs
    ):
        """`held`: the public facts, for a page that counts from them (`selection`),
        which then also name the forces of the force filter, as the database would,
        by name: one query fewer a page (the facts are read again at every change)."""
        # Unfiltered is a valid query too: bind empty data so that the list is ordered
        # and faceted the same way with or without filters.
        data = {} if data is None else data
        if queryset is None:
            queryset = public.cases()
        super().__init__(data, queryset, **kwargs)
        for f in self.filters.values():
            if isinstance(f, django_filters.ChoiceFilter):
                f.extra["widget"] = QuickSelect
        self.held = held
        if held is None:
            forces = public.forces().values_list("slug", "name", "pk")
            forces = list(forces.order_by("name"))
        else:
            forces = [(slug, name, pk) for pk, (name, slug) in held.forces.items()]
        self.force_ids = {slug: pk for slug, _, pk in forces}
        self.filters["force"].extra["choices"] = Choices(
            (slug, name) for slug, name, _ in forces
        )

    @property
    def search_text(self) -> str:
        return self.form.cleaned_data.get("q", "") if self.is_bound else ""

    @property
    def is_filtered(self) -> bool:
        """True when any filter narrows the list (sorting does not)."""
        return self.is_valid() and any(
            value not in EMPTY_VALUES
            for name, value in self.form.cleaned_data.items()
            if name != "sort"
        )

    def filter_queryset(self, queryset):
        queryset = self.narrow(queryset)
        return self.order(queryset, "sort", self.form.cleaned_data.get("sort"))

    def narrow(self, queryset, *, skip: tuple[str, ...] = ()) -> QuerySet:
        """Apply every filter but those in `skip`; no ordering."""
        queryset = self._narrow_cases(queryset, skip=skip)
        person = self._person_condition(skip=skip)
        if person:
            people = public.results_of_listed_cases().filter(
                person, case=OuterRef("pk")
            )
            queryset = queryset.filter(Exists(people))
        return queryset

    def matching_people(self, cases) -> set[int]:
        """Ids of the results in `cases` that the person filters pick out, so that a
        list can mark who matched; empty when no person filter is in use. From the
        public facts, which know each person's values."""
        if not self.is_valid():
            return set()
        matching = self.selection.matching_results([case.pk for case in cases])
        return {int(pk) for pk in matching}

    def by_force(self, queryset, name, value):
        """Cases of the force with this slug, by its id: with a join on the slug the
        planner cannot tell a large force from a small one, and on a large archive
        picks a plan that reads all of a force's cases to show 25 of them."""
        return queryset.filter(force=self.force_ids[value])

    def search(self, queryset, name, value):
        return search.matching(queryset, value)

    def order(self, queryset, name, value):
        """Best match first when searching (unless asked otherwise), else newest."""
        if value == SortChoice.OLDEST:
            return public.oldest_first(queryset)
        if value == SortChoice.FORCE:
            return public.newest_first(queryset, by=("force__name",))
        if value == SortChoice.NEWEST or not self.search_text:
            return public.newest_first(queryset)
        return search.by_relevance(queryset, self.search_text)

    @cached_property
    def selection(self) -> Selection:
        """The filters as masks over the public facts (`cases.facts`), read once."""
        selection = Selection(self.held or facts.current())
        for name, value in self.form.cleaned_data.items():
            if name == "sort" or value in EMPTY_VALUES:
                continue
            if name == "q":
                selection.among(name, *search.hits(self.queryset, value))
            elif name == "force":
                selection.where(name, "force", "exact", self.force_ids[value])
            else:
                f = self.filters[name]
                value = self.FLAGS[name][value] if name in self.FLAGS else value
                selection.where(name, f.field_name, f.lookup_expr, value)
        return selection

    def forget_selection(self) -> None:
        """Let the selection's masks go once a page has taken from it what it
        shows: the page's context keeps the filter set (for its form) until the
        garbage collector finds the request's cycles, and at 100,000 cases the
        masks are a megabyte a request, which piled up between collections."""
        self.__dict__.pop("selection", None)

    def listed(self, held: HeldRows | None = None) -> Sequence:
        """The filtered cases in the order asked, for a paginator: which cases, how
        many and in what order from the facts (a text search ranked by the database
        in the same statement that found its cases), a page's rows from the queryset,
        or from `held` (rows of the queryset's shape kept for this version)."""
        selection = self.selection
        sort = self.form.cleaned_data.get("sort")
        order = {SortChoice.OLDEST: "oldest", SortChoice.FORCE: "force"}.get(sort)
        # Snippets are cut from each row's projected summary (`search.snippet`).
        if self.search_text and not sort and selection.rank is not None:
            order = "relevance"
        ids = selection.ids(order or "newest")
        return CaseRows(ids, self.queryset, held, selection.facts.key)

    def facets(self) -> dict[str, Counter]:
        """For each filter with choices, choice value → number of cases it would give.

        The count for a choice applies all the other filters as they stand. Years are
        counted one by one (`year` → cases that year); `year_from` and `year_to` show
        what each bound would give with the other bound kept.
        """
        if not self.is_bound or not self.form.is_valid():
            return {}
        selection = self.selection
        slugs = {pk: slug for slug, pk in self.force_ids.items()}
        by_force = selection.case_counts("force", skip=("force",))
        facets = {
            "force": Counter(
                {slugs[pk]: n for pk, n in by_force.items() if pk in slugs}
            ),
            "proceeding": selection.case_counts("proceeding", skip=("proceeding",)),
            "review": selection.case_counts("review_status", skip=("review",)),
        }
        for name in self.PERSON_FILTERS:
            counts = selection.person_counts(self.filters[name].field_name, (name,))
            words = {flag: word for word, flag in self.FLAGS.get(name, {}).items()}
            facets[name] = Counter({words.get(v, v): n for v, n in counts.items()})
        by_year = selection.case_counts("year", skip=self.YEAR_FILTERS)
        facets["year"] = by_year
        year_from = self.form.cleaned_data.get("year_from")
        year_to = self.form.cleaned_data.get("year_to")
        facets["year_from"] = Counter(
            {
                year: sum(
                    n for y, n in by_year.items() if y >= year and _le(y, year_to)
                )
                for year in by_year
            }
        )
        facets["year_to"] = Counter(
            {
                year: sum(
                    n for y, n in by_year.items() if y <= year and _ge(y, year_from)
                )
                for year in by_year
            }
        )
        return facets

    def _narrow_cases(self, queryset, *, skip):
        for name, value in self.form.cleaned_data.items():
            if name in skip or name in self.PERSON_FILTERS or name == "sort":
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def _person_condition(self, *, skip) -> Q:
        condition = Q()
        for name in self.PERSON_FILTERS:
            value = self.form.cleaned_data.get(name)
            if name in skip or value in EMPTY_VALUES:
                continue
            condition &= self._lookup(name, value)
        return condition

    def _lookup(self, name: str, value) -> Q:
        f = self.filters[name]
        value = self.FLAGS[name][value] if name in self.FLAGS else value
        return Q(**{f"{f.field_name}__{f.lookup_expr}": value})


def _le(year, bound) -> bool:
    return bound is None or year <= bound


def _ge(year, bound) -> bool:
    return bound is None or year >= bound
