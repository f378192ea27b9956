"""The people index (/people/): everyone on record in a public case, with their latest
rank, force and outcome, found by name and filtered by force, rank, outcome and whether
they had left the service.

Rows and counts start from `cases.public`, so that a withheld person is never listed
and a withheld case never counted. A person's "latest" values are those of their most
recent public case (`public.case_date`); `PersonFilter.facets()` counts, for every
choice, how many people the index would hold with it and the other filters as they are.
"""

from collections import Counter

import django_filters
from django import forms
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from cases import public
from cases.choices import Outcome, Rank
from cases.filters import worded


def people_on_record() -> QuerySet:
    """Public people with `case_count` and their latest case's rank, force, outcome
    and serving-or-former status annotated."""
    results = public.results().filter(officer=OuterRef("pk"))
    latest = results.annotate(case_date=public.case_date("case__")).order_by(
        F("case_date").desc(nulls_last=True), "-case_id"
    )
    count = results.order_by().values("officer").annotate(n=Count("pk")).values("n")
    return public.officers().annotate(
        case_count=Coalesce(Subquery(count), 0),
        latest_rank=Subquery(latest.values("rank")[:1]),
        latest_outcome=Subquery(latest.values("outcome")[:1]),
        latest_former=Subquery(latest.values("former")[:1]),
        latest_force=Subquery(
            latest.values(shown_force=Coalesce("force", "case__force"))[:1]
        ),
        latest_date=Subquery(latest.values("case_date")[:1]),
    )


class SortChoice:
    NAME = "name"
    CASES = "cases"
    LATEST = "latest"
    CHOICES = [
        (NAME, "Name, A to Z"),
        (CASES, "Most cases first"),
        (LATEST, "Latest case first"),
    ]


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Name",
        method="by_name",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    force = django_filters.ChoiceFilter(
        label="Force (any of their cases)", method="by_force", empty_label="Any force"
    )
    rank = django_filters.ChoiceFilter(
        field_name="latest_rank",
        lookup_expr="exact",
        choices=worded(Rank),
        label="Latest rank",
        empty_label="Any rank",
    )
    outcome = django_filters.ChoiceFilter(
        choices=worded(Outcome),
        method="by_outcome",
        label="Outcome (any of their cases)",
        empty_label="Any outcome",
    )
    status = django_filters.ChoiceFilter(
        choices=[("serving", "Serving"), ("former", "Former (had left)")],
        method="by_status",
        label="Serving or former (latest case)",
        empty_label="Serving or former",
    )
    sort = django_filters.ChoiceFilter(
        choices=SortChoice.CHOICES,
        label="Sort by",
        empty_label="Name, A to Z",
        method="order",
    )

    COUNTED = ("force", "rank", "outcome", "status")

    def __init__(self, data=None, queryset=None, **kwargs):
        data = {} if data is None else data
        if queryset is None:
            queryset = people_on_record()
        super().__init__(data, queryset, **kwargs)
        forces = public.forces().order_by("name").values_list("slug", "name", "pk")
        self.force_ids = {slug: pk for slug, _, pk in forces}
        self.filters["force"].extra["choices"] = [
            (slug, name) for slug, name, _ in forces
        ]

    def filter_queryset(self, queryset):
        queryset = self.narrow(queryset)
        return self.order(queryset, "sort", self.form.cleaned_data.get("sort"))

    def narrow(self, queryset, *, skip: str = "") -> QuerySet:
        for name, value in self.form.cleaned_data.items():
            if name not in (skip, "sort"):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def by_name(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(label__icontains=value))

    def by_force(self, queryset, name, value):
        in_force = public.results().filter(
            Q(force=self.force_ids[value])
            | Q(force=None, case__force=self.force_ids[value]),
            officer=OuterRef("pk"),
        )
        return queryset.filter(Exists(in_force))

    def by_outcome(self, queryset, name, value):
        given = public.results().filter(officer=OuterRef("pk"), outcome=value)
        return queryset.filter(Exists(given))

    def by_status(self, queryset, name, value):
        return queryset.filter(latest_former=value == "former")

    def order(self, queryset, name, value):
        # Named people first, A to Z; then the unnamed, by how documents call them.
        by_name = ("anonymous", "name", "label", "pk")
        if value == SortChoice.CASES:
            return queryset.order_by("-case_count", *by_name)
        if value == SortChoice.LATEST:
            return queryset.order_by(F("latest_date").desc(nulls_last=True), *by_name)
        return queryset.order_by(*by_name)

    def facets(self) -> dict[str, Counter]:
        """For each filter with choices, choice → people it would give, the other
        filters as they stand."""
        if not self.is_bound or not self.form.is_valid():
            return {}
        base = self.queryset.all()
        slugs = {pk: slug for slug, pk in self.force_ids.items()}
        people = self.narrow(base, skip="force").values("pk")
        by_force = (
            public.results()
            .filter(officer__in=people)
            .annotate(counted_force=Coalesce("force", "case__force"))
            .exclude(counted_force=None)
            .order_by()
            .values("counted_force")
            .annotate(n=Count("officer", distinct=True))
            .values_list("counted_force", "n")
        )
        people = self.narrow(base, skip="outcome").values("pk")
        by_outcome = (
            public.results()
            .filter(officer__in=people)
            .exclude(outcome="")
            .order_by()
            .values("outcome")
            .annotate(n=Count("officer", distinct=True))
            .values_list("outcome", "n")
        )
        return {
            "force": Counter({slugs[pk]: n for pk, n in by_force if pk in slugs}),
            "outcome": Counter(dict(by_outcome)),
            "rank": self._own_counts(base, "rank", "latest_rank"),
            "status": Counter(
                {
                    ("former" if former else "serving"): n
                    for former, n in self._own_counts(
                        base, "status", "latest_former"
                    ).items()
                }
            ),
        }

    def _own_counts(self, base, name: str, field: str) -> Counter:
        rows = (
            self.narrow(base, skip=name)
            .order_by()
            .values(field)
            .annotate(n=Count("pk"))
            .values_list(field, "n")
        )
        return Counter({value: n for value, n in rows if value not in (None, "")})
