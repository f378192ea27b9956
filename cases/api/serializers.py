"""How the API shows each record.

Every record comes from the public projection (`cases.public`), with withheld names
already out of its text. Field names follow corpus/SCHEMA.md and the exports; a value the
documents do not give is `null`, never an empty string. A withheld person is "Name
withheld", with no officer id or page. Each record has `url` (its API address) and `html_url` (its page in the
archive).
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.citations import cite_source
from cases.models import (
    STAGES,
    Allegation,
    Case,
    Force,
    Officer,
    Result,
    SourceDocument,
)


class BlankAsNull:
    """Strings the documents did not give come out as `null`, as in the exports."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        return {key: None if value == "" else value for key, value in data.items()}


def _absolute(serializer, path: str) -> str:
    return serializer.context["request"].build_absolute_uri(path)


class ForceSerializer(BlankAsNull, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:force-detail", lookup_field="slug"
    )
    html_url = serializers.SerializerMethodField()
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = Force
        fields = ["id", "url", "html_url", "name", "slug", "kind", "country", "aliases"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_html_url(self, force):
        return _absolute(self, force.get_absolute_url())


class AllegationSerializer(BlankAsNull, serializers.ModelSerializer):
    standards = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Allegation
        fields = [
            "text",
            "standards",
            "proven",
            "period_start",
            "period_end",
            "period_precision",
        ]


class PersonSerializer(BlankAsNull, serializers.ModelSerializer):
    """One person's result, as a case shows it: SCHEMA.md's officer fields."""

    officer = serializers.SerializerMethodField()
    officer_url = serializers.SerializerMethodField()
    name = serializers.SerializerMethodField()
    force = serializers.SlugRelatedField(read_only=True, slug_field="name")
    standards = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Result
        fields = [
            "officer",
            "officer_url",
            "name",
            "rank",
            "force",
            "former",
            "age",
            "severity",
            "outcome",
            "criminal",
            "proceeding",
            "hearing_date",
            "standards",
            "barred",
        ]

    @extend_schema_field(OpenApiTypes.INT)
    def get_officer(self, result):
        """The person's id; null when an editor has withheld them."""
        return None if result.officer.withheld else result.officer_id

    @extend_schema_field(OpenApiTypes.URI)
    def get_officer_url(self, result):
        """The person's page in the archive; null when withheld."""
        if result.officer.withheld:
            return None
        return _absolute(self, result.officer.get_absolute_url())

    @extend_schema_field(OpenApiTypes.STR)
    def get_name(self, result):
        """Name, or the document's label for an anonymised person; "Name withheld"
        when an editor has withheld it."""
        return result.officer.public_name


class ResultSerializer(PersonSerializer):
    """One person's result in one case, with the case it belongs to."""

    url = serializers.HyperlinkedIdentityField(view_name="api:result-detail")
    case_url = serializers.HyperlinkedRelatedField(
        source="case", view_name="api:case-detail", read_only=True
    )
    case_html_url = serializers.SerializerMethodField()
    case_title = serializers.CharField(source="case.title", read_only=True)
    allegations = AllegationSerializer(many=True, read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = [
            "id",
            "url",
            "case",
            "case_url",
            "case_html_url",
            "case_title",
            *PersonSerializer.Meta.fields,
            "allegations",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_case_html_url(self, result):
        return _absolute(self, reverse("cases:case-detail", args=[result.case_id]))


class SourceSummarySerializer(BlankAsNull, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")
    html_url = serializers.SerializerMethodField()
    original_url = serializers.URLField(
        source="url",
        read_only=True,
        help_text="The document's original address, after any redirects.",
    )
    publisher = serializers.CharField(
        source="site",
        read_only=True,
        help_text="Who published it: the site's name, else the host of its original "
        "address.",
    )

    class Meta:
        model = SourceDocument
        fields = [
            "id",
            "url",
            "html_url",
            "original_url",
            "publisher",
            "title",
            "published_on",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_html_url(self, source):
        return _absolute(self, source.get_absolute_url())


class SourceSerializer(SourceSummarySerializer):
    case_url = serializers.HyperlinkedRelatedField(
        source="case", view_name="api:case-detail", read_only=True
    )
    citation = serializers.SerializerMethodField()
    received_as_file = serializers.BooleanField(
        read_only=True,
        help_text="Received as a file rather than fetched from its address; where "
        "this server keeps it, and the file's name, are not public.",
    )

    class Meta(SourceSummarySerializer.Meta):
        fields = [
            *SourceSummarySerializer.Meta.fields,
            "redirect_chain",
            "received_as_file",
            "captured_at",
            "content_type",
            "citation",
            "status",
            "case",
            "case_url",
            "sha256",
            "parser_version",
            "ingested_at",
        ]

    def get_citation(self, source) -> str:
        return cite_source(source, self.get_html_url(source))


class SourceDetailSerializer(SourceSerializer):
    """A source with the text the extractor read (evidence offsets point into the text
    as stored); the names of the case's withheld people are taken out of it."""

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]


class CaseSerializer(BlankAsNull, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:case-detail")
    html_url = serializers.SerializerMethodField()
    force = serializers.SlugRelatedField(read_only=True, slug_field="name")
    force_slug = serializers.SlugRelatedField(
        source="force", read_only=True, slug_field="slug"
    )
    people = PersonSerializer(source="results", many=True, read_only=True)
    sources = SourceSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Case
        fields = [
            "id",
            "url",
            "html_url",
            "title",
            "force",
            "force_slug",
            "summary",
            *(name for stage in STAGES for name in (stage, f"{stage}_precision")),
            "published_on",
            "proceeding",
            "chair",
            "review_status",
            "people",
            "sources",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_html_url(self, case):
        return _absolute(self, reverse("cases:case-detail", args=[case.pk]))


class OfficerCaseSerializer(PersonSerializer):
    """One of an officer's results, with its case."""

    case_url = serializers.HyperlinkedRelatedField(
        source="case", view_name="api:case-detail", read_only=True
    )
    case_title = serializers.CharField(source="case.title", read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = ["case", "case_url", "case_title", *PersonSerializer.Meta.fields]


class OfficerSerializer(BlankAsNull, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:officer-detail")
    html_url = serializers.SerializerMethodField()
    name = serializers.CharField(source="display_name", read_only=True)
    force = serializers.SlugRelatedField(read_only=True, slug_field="name")
    results = OfficerCaseSerializer(many=True, read_only=True)

    class Meta:
        model = Officer
        fields = [
            "id",
            "url",
            "html_url",
            "name",
            "anonymous",
            "label",
            "rank",
            "force",
            "results",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_html_url(self, officer):
        return _absolute(self, officer.get_absolute_url())
