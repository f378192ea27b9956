"""The API's filters: the case list's own (`CaseFilter`) for cases and people's results.

`/api/results/?…` answers the same query string as `/cases/?…` with the people the case
list's export would hold: the cases that the case filters select, and in them the people
who match every filter on people's results (or all their people when none is set).
"""

import django_filters
from django.db.models import F

from cases import public
from cases.choices import Rank
from cases.filters import IDS, CaseFilter, SortChoice, WholeNumberFilter, worded
from cases.models import Officer, SourceDocument, SourceStatus


class ResultFilter(CaseFilter):
    """People's results: `CaseFilter`'s filters, its person filters held by each row."""

    def filter_queryset(self, queryset):
        cases = self.narrow(public.cases(), skip=self.PERSON_FILTERS).values("pk")
        queryset = queryset.filter(self._person_condition(skip=()), case__in=cases)
        return order_results(queryset, self.form.cleaned_data.get("sort"))


def order_results(queryset, sort):
    """People in their cases' order (newest case first unless sorted otherwise), then
    in each case's document order. Searching orders results by date, not relevance."""
    queryset = queryset.annotate(case_date=public.case_date("case__"))
    if sort == SortChoice.OLDEST:
        by = [F("case_date").asc(nulls_last=True), "case_id"]
    else:
        by = [F("case_date").desc(nulls_last=True), "-case_id"]
        if sort == SortChoice.FORCE:
            by.insert(0, "case__force__name")
    return queryset.order_by(*by, "position", "id")


class OfficerFilter(django_filters.FilterSet):
    force = django_filters.CharFilter(
        field_name="force__slug", lookup_expr="exact", label="Last known force (slug)"
    )
    rank = django_filters.ChoiceFilter(
        field_name="rank", lookup_expr="exact", choices=worded(Rank)
    )
    name = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", label="Name contains"
    )

    class Meta:
        model = Officer
        fields = ["force", "rank", "name"]


class SourceFilter(django_filters.FilterSet):
    case = WholeNumberFilter(field_name="case", lookup_expr="exact", **IDS)
    status = django_filters.ChoiceFilter(
        field_name="status", lookup_expr="exact", choices=SourceStatus.choices
    )

    class Meta:
        model = SourceDocument
        fields = ["case", "status"]
