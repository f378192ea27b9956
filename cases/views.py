from django.db.models import Count, Prefetch
from django.views.generic import DetailView, ListView, TemplateView

from cases.models import Allegation, Case, Force, Officer, Result, SourceDocument


class HomeView(TemplateView):
    template_name = "cases/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["case_count"] = Case.objects.count()
        context["officer_count"] = Officer.objects.count()
        context["source_count"] = SourceDocument.objects.count()
        context["latest_cases"] = Case.objects.select_related("force")[:10]
        return context


class CaseListView(ListView):
    model = Case
    paginate_by = 50

    def get_queryset(self):
        return Case.objects.select_related("force")


class CaseDetailView(DetailView):
    model = Case
    query_pk_and_slug = False

    def get_queryset(self):
        results = Result.objects.select_related("officer", "force").prefetch_related(
            "standards",
            Prefetch(
                "allegations",
                queryset=Allegation.objects.prefetch_related("standards"),
            ),
        )
        return Case.objects.select_related("force").prefetch_related(
            Prefetch("results", queryset=results), "sources"
        )


class OfficerDetailView(DetailView):
    model = Officer

    def get_queryset(self):
        return Officer.objects.select_related("force").prefetch_related(
            Prefetch(
                "results",
                queryset=Result.objects.select_related("case", "case__force").order_by(
                    "case__outcome_on", "case__published_on"
                ),
            )
        )


class ForceListView(ListView):
    model = Force

    def get_queryset(self):
        return Force.objects.annotate(case_count=Count("cases"))


class ForceDetailView(DetailView):
    model = Force

    def get_queryset(self):
        return Force.objects.prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cases"] = self.object.cases.all()[:100]
        return context


class SourceDetailView(DetailView):
    model = SourceDocument

    def get_queryset(self):
        return SourceDocument.objects.select_related("case")
