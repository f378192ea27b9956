"""The people pages: the index of everyone on record and a person's own page.

Both read through `cases.public` (via `cases.people_index`): a withheld person has no
row and no page, and only public cases are shown or counted. A person merged into
another by an editor answers at their old address with a redirect, here and in the API
(`survivor_of`)."""

from django.db.models import F, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.views.generic import DetailView
from django_filters.views import FilterView

from cases import freshness, public
from cases.models import OfficerRedirect
from cases.people_index import PersonFilter, people_on_record
from cases.views import active_filters, count_choices

PEOPLE_PER_PAGE = 50


def survivor_of(pk: int):
    """The person a merged person's id now belongs to, or None (never a withheld one)."""
    moved = OfficerRedirect.objects.filter(old_id=pk).first()
    if moved is None:
        return None
    return get_object_or_404(public.officers(without_cases=True), pk=moved.officer_id)


@method_decorator(freshness.cached_page, name="dispatch")
class PeopleListView(FilterView):
    filterset_class = PersonFilter
    paginate_by = PEOPLE_PER_PAGE
    template_name = "cases/people_list.html"

    def get_queryset(self):
        return people_on_record().select_related("force")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        count_choices(filterset.form, filterset.facets())
        forces = {f.pk: f for f in public.forces()}
        for person in context["object_list"]:
            person.latest_force_shown = forces.get(person.latest_force)
        context["active_filters"] = active_filters(
            filterset, self.request.GET, "cases:people-list"
        )
        return context


class OfficerDetailView(DetailView):
    template_name = "cases/officer_detail.html"
    context_object_name = "officer"

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A person merged into another by an editor: their old page moved for good.
            survivor = survivor_of(kwargs["pk"])
            if survivor is None:
                raise
            return redirect(survivor, permanent=True)

    def get_queryset(self):
        co_accused = Prefetch(
            "case__results", queryset=public.results().select_related("officer")
        )
        results = (
            public.results()
            .prefetch_related(
                "standards",
                Prefetch(
                    "allegations",
                    queryset=public.allegations().prefetch_related("standards"),
                ),
                co_accused,
            )
            .select_related("case", "case__force", "force")
            .annotate(case_date=public.case_date("case__"))
            .order_by(F("case_date").asc(nulls_last=True), "case_id")
        )
        return (
            public.officers(without_cases=True)
            .select_related("force")
            .prefetch_related(Prefetch("results", queryset=results))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        officer = self.object
        results = list(officer.results.all())
        forces = {r.force or r.case.force for r in results} - {None}
        context["forces"] = sorted(forces, key=lambda force: force.name)
        context["latest"] = results[-1] if results else None
        context["co_accused"] = _co_accused(officer, results)
        return context


def _co_accused(officer, results) -> list[tuple]:
    """(person's result, the case) for everyone else in this person's cases, by case
    in date order; a withheld person is listed unnamed and unlinked."""
    others = []
    for result in results:
        for other in result.case.results.all():
            if other.officer_id != officer.pk:
                others.append((other, result.case))
    return others
