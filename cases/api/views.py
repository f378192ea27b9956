"""The API's read-only endpoints. Each list makes a fixed number of queries whatever the
page size: what a row shows is selected or prefetched here. Every queryset starts from
`cases.public`: withheld cases, and withheld people as officers, are absent."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from rest_framework import viewsets

from cases import public
from cases.api import serializers
from cases.api.filters import OfficerFilter, ResultFilter, SourceFilter
from cases.filters import CaseFilter
from cases.people_views import survivor_of


def _people():
    """A case's or an officer's people, with what `PersonSerializer` shows."""
    return (
        public.results()
        .select_related("officer", "force", "case")
        .defer("evidence", "case__evidence", "case__summary")
        .prefetch_related("standards")
    )


def _sources():
    return public.sources().defer("raw_text", "raw_bytes", "text")


class CaseViewSet(viewsets.ReadOnlyModelViewSet):
    """Cases, with their people and sources. Filters are the case list's: the same
    query string gives the same cases as `/cases/?…`, in the same order."""

    serializer_class = serializers.CaseSerializer
    filterset_class = CaseFilter

    def get_queryset(self):
        return (
            public.cases()
            .select_related("force")
            .prefetch_related(
                Prefetch("results", queryset=_people()),
                Prefetch("sources", queryset=_sources()),
            )
        )


class ResultViewSet(viewsets.ReadOnlyModelViewSet):
    """People's results: one per person per case, with their allegations. Filters are
    the case list's; filters on people's results (outcome, rank…) hold for each row,
    so the same query string gives the rows of the case list's export."""

    serializer_class = serializers.ResultSerializer
    filterset_class = ResultFilter

    def get_queryset(self):
        allegations = (
            public.allegations().defer("evidence").prefetch_related("standards")
        )
        return _people().prefetch_related(Prefetch("allegations", queryset=allegations))


class OfficerViewSet(viewsets.ReadOnlyModelViewSet):
    """Officers and police staff on record, with their results in public cases.
    People an editor has withheld are absent."""

    serializer_class = serializers.OfficerSerializer
    filterset_class = OfficerFilter

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            # A person merged into another by an editor: answer as their page does.
            survivor = survivor_of(kwargs["pk"]) if kwargs["pk"].isdigit() else None
            if survivor is None:
                raise
            url = reverse("api:officer-detail", kwargs={"pk": survivor.pk})
            return redirect(request.build_absolute_uri(url), permanent=True)

    def get_queryset(self):
        return (
            public.officers()
            .select_related("force")
            .prefetch_related(Prefetch("results", queryset=_people()))
        )


class ForceViewSet(viewsets.ReadOnlyModelViewSet):
    """Police forces, by slug: `/api/forces/west-midlands-police/`."""

    serializer_class = serializers.ForceSerializer
    lookup_field = "slug"
    # Slugs only: anything else (a NUL byte, which PostgreSQL refuses) is a 404.
    lookup_value_regex = "[-a-zA-Z0-9_]+"

    def get_queryset(self):
        return public.forces().prefetch_related("aliases")


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Source documents as received. The list leaves out their text; a source's own
    address gives it."""

    filterset_class = SourceFilter

    def get_queryset(self):
        sources = public.sources()
        if self.action == "retrieve":
            return sources.defer("raw_text", "raw_bytes")
        return sources.defer("raw_text", "raw_bytes", "text")

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer
