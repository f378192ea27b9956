"""The editors' workbench: every record of the archive, correctable by hand."""

import json

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from cases.models import (
    Allegation,
    Case,
    Force,
    ForceAlias,
    Officer,
    ProfessionalStandard,
    Result,
    SourceDocument,
)


def render_evidence(evidence: dict):
    """Each extracted value's field beside the sentence it was read from."""
    if not evidence:
        return "—"
    rows = (
        (name, span.get("quote", "") if isinstance(span, dict) else json.dumps(span))
        for name, span in sorted(evidence.items())
    )
    return format_html(
        '<table class="evidence"><tbody>{}</tbody></table>',
        format_html_join("", "<tr><th>{}</th><td>“{}”</td></tr>", rows),
    )


class ForceAliasInline(admin.TabularInline):
    model = ForceAlias
    extra = 1


@admin.register(Force)
class ForceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ForceAliasInline]


@admin.register(ForceAlias)
class ForceAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "force"]
    search_fields = ["name", "force__name"]
    autocomplete_fields = ["force"]


@admin.register(ProfessionalStandard)
class ProfessionalStandardAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    search_fields = ["name"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Officer)
class OfficerAdmin(admin.ModelAdmin):
    list_display = ["display_name", "rank", "force", "anonymous", "updated_at"]
    list_filter = ["anonymous", "rank", "force"]
    list_select_related = ["force"]
    search_fields = ["name", "label", "force__name"]
    autocomplete_fields = ["force"]
    readonly_fields = ["normalised_name", "created_at", "updated_at"]

    @admin.display(description="name", ordering="name")
    def display_name(self, obj):
        return obj.display_name


class AllegationInline(admin.StackedInline):
    model = Allegation
    extra = 0
    fields = [
        "position",
        "text",
        "standards",
        "proven",
        ("period_start", "period_end", "period_precision"),
        "evidence_quotes",
    ]
    readonly_fields = ["evidence_quotes"]
    filter_horizontal = ["standards"]

    @admin.display(description="evidence")
    def evidence_quotes(self, obj):
        return render_evidence(obj.evidence)


class ResultInline(admin.StackedInline):
    model = Result
    extra = 0
    show_change_link = True
    autocomplete_fields = ["officer", "force"]
    filter_horizontal = ["standards"]
    fields = [
        ("officer", "force", "position"),
        ("rank", "age", "former"),
        ("severity", "outcome", "criminal"),
        ("proceeding", "hearing_date", "barred"),
        "standards",
    ]


class SourceInline(admin.TabularInline):
    model = SourceDocument
    extra = 0
    fields = ["location", "title", "published_on", "status", "sha256"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["title", "force", "outcome_on", "review_status", "needs_review"]
    list_filter = ["review_status", "proceeding", "force", "outcome_on"]
    list_select_related = ["force"]
    search_fields = ["title", "summary", "results__officer__name"]
    autocomplete_fields = ["force"]
    date_hierarchy = "outcome_on"
    readonly_fields = ["evidence_quotes", "created_at", "updated_at"]
    inlines = [ResultInline, SourceInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "force", "summary", "review_status"]}),
        (
            "Stages",
            {
                "fields": [
                    ("referred_on", "referred_on_precision"),
                    (
                        "investigation_concluded_on",
                        "investigation_concluded_on_precision",
                    ),
                    ("hearing_on", "hearing_on_precision"),
                    ("outcome_on", "outcome_on_precision"),
                    "published_on",
                ]
            },
        ),
        ("Proceedings", {"fields": ["proceeding", "chair"]}),
        (
            "Extraction",
            {
                "fields": [
                    "review_reasons",
                    "evidence_quotes",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    @admin.display(boolean=True, description="flagged")
    def needs_review(self, obj):
        return obj.needs_review

    @admin.display(description="evidence")
    def evidence_quotes(self, obj):
        return render_evidence(obj.evidence)


@admin.register(Result)
class ResultAdmin(admin.ModelAdmin):
    list_display = [
        "officer",
        "case",
        "rank",
        "outcome",
        "severity",
        "criminal",
        "barred",
    ]
    list_filter = [
        "outcome",
        "severity",
        "criminal",
        "proceeding",
        "rank",
        "former",
        "barred",
    ]
    list_select_related = ["officer", "case"]
    search_fields = ["officer__name", "officer__label", "case__title"]
    autocomplete_fields = ["case", "officer", "force"]
    filter_horizontal = ["standards"]
    readonly_fields = ["evidence_quotes"]
    inlines = [AllegationInline]

    @admin.display(description="evidence")
    def evidence_quotes(self, obj):
        return render_evidence(obj.evidence)


@admin.register(Allegation)
class AllegationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "result", "proven"]
    list_filter = ["proven", "standards"]
    list_select_related = ["result__officer", "result__case"]
    search_fields = ["text", "result__officer__name", "result__case__title"]
    autocomplete_fields = ["result"]
    filter_horizontal = ["standards"]
    readonly_fields = ["evidence_quotes"]

    @admin.display(description="evidence")
    def evidence_quotes(self, obj):
        return render_evidence(obj.evidence)


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "publisher", "published_on", "status", "ingested_at"]
    list_filter = ["status", "media_type", "publisher", "parser_version"]
    list_select_related = ["case"]
    search_fields = ["title", "location", "sha256"]
    autocomplete_fields = ["case"]
    date_hierarchy = "ingested_at"
    readonly_fields = [
        "location",
        "raw_text",
        "text",
        "media_type",
        "encoding",
        "sha256",
        "status",
        "error",
        "parser_version",
        "ingested_at",
        "updated_at",
    ]
    fields = ["case", "title", "publisher", "published_on", *readonly_fields]
