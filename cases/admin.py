"""The editors' workbench: every record of the archive, correctable by hand."""

import json

from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from cases import curation, freshness, search
from cases.curation import (
    MergeError,
    keep_unchanged_text,
    merge_officers,
    record_corrections,
)
from cases.models import (
    Allegation,
    Case,
    ErrorReport,
    Force,
    ForceAlias,
    Officer,
    OfficerRedirect,
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


class EvidenceDisplay:
    """Shows a row's evidence: each extracted value beside the sentence behind it."""

    @admin.display(description="evidence")
    def evidence_quotes(self, obj):
        return render_evidence(obj.evidence)


@admin.action(description="Mark selected cases as reviewed", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    changed = curation.mark_reviewed(queryset)
    modeladmin.message_user(request, f"{changed} case(s) marked reviewed.")


class PublicRecordAdmin(admin.ModelAdmin):
    """Rows the public pages show: every change an editor saves or deletes is recorded
    (`freshness.record_change`), so that search finds what the pages now say and no
    cached page outlives it — what an editor withholds is gone at once."""

    def cases_changed_by(self, obj) -> list[int]:
        """Cases whose search text holds words of `obj`: none, for most records."""
        return []

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        freshness.record_change(self.cases_changed_by(form.instance))

    def delete_model(self, request, obj):
        cases = self.cases_changed_by(obj)
        super().delete_model(request, obj)
        freshness.record_change(cases)

    def delete_queryset(self, request, queryset):
        cases = [pk for obj in queryset for pk in self.cases_changed_by(obj)]
        super().delete_queryset(request, queryset)
        freshness.record_change(cases)


class PublicHistoryAdmin(PublicRecordAdmin, SimpleHistoryAdmin):
    """With the history, whose "revert" saves the row without `save_related`. Every
    entry of the history says why it was made, in words ("Edited in the admin: title,
    summary"), never "None"."""

    def save_model(self, request, obj, form, change):
        obj._change_reason = edit_reason(form, change)
        super().save_model(request, obj, form, change)

    def set_history_delta_changes(self, request, historical_records, *args, **kwargs):
        super().set_history_delta_changes(request, historical_records, *args, **kwargs)
        for record in historical_records:
            if not record.history_change_reason:
                record.history_change_reason = HISTORY_TYPES.get(
                    record.history_type, "Changed"
                )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(
            request, object_id, version_id, extra_context
        )
        if request.method == "POST" and response.status_code == 302:  # reverted
            obj = self.get_object(request, object_id)
            freshness.record_change(self.cases_changed_by(obj) if obj else [])
        return response


HISTORY_TYPES = {
    "+": "Created (by the ingest or an editor)",
    "~": "Changed (by the ingest or an editor)",
    "-": "Deleted",
}
"""How the history words an entry made without a reason (by the ingest, or before
editors' reasons were recorded)."""


def edit_reason(form, change: bool) -> str:
    if not change:
        return "Added in the admin"
    fields = [str(form.fields[name].label or name) for name in form.changed_data]
    return (
        f"Edited in the admin: {', '.join(fields)}" if fields else "Saved in the admin"
    )


class CorrectionsAdmin(PublicHistoryAdmin):
    """Every edit is in the history, and the fields an editor sets survive re-ingest."""

    def cases_changed_by(self, obj) -> list[int]:
        # Titles, names and allegations are what search looks in: keep it current.
        return search.cases_showing(obj)

    def save_form(self, request, form, change):
        keep_unchanged_text(form)
        return super().save_form(request, form, change)

    def save_model(self, request, obj, form, change):
        record_corrections(obj, form.changed_data)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            keep_unchanged_text(inline_form)
            instance = inline_form.instance
            if hasattr(instance, "edited_fields") and inline_form.has_changed():
                record_corrections(instance, inline_form.changed_data)
        super().save_formset(request, form, formset, change)


class ForceAliasInline(admin.TabularInline):
    model = ForceAlias
    extra = 1


@admin.register(Force)
class ForceAdmin(PublicHistoryAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ForceAliasInline]


@admin.register(ForceAlias)
class ForceAliasAdmin(PublicRecordAdmin):
    list_display = ["name", "force"]
    search_fields = ["name", "force__name"]
    autocomplete_fields = ["force"]


@admin.register(ProfessionalStandard)
class ProfessionalStandardAdmin(PublicRecordAdmin):
    list_display = ["name", "position"]
    search_fields = ["name"]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Officer)
class OfficerAdmin(CorrectionsAdmin):
    list_display = [
        "display_name",
        "rank",
        "force",
        "anonymous",
        "withheld",
        "updated_at",
    ]
    list_filter = ["anonymous", "withheld", "rank", "force"]
    list_select_related = ["force"]
    search_fields = ["name", "label", "force__name"]
    autocomplete_fields = ["force"]
    readonly_fields = [
        "normalised_name",
        "extracted_name",
        "edited_fields",
        "created_at",
        "updated_at",
    ]
    actions = ["merge_into_oldest"]

    @admin.action(
        description="Merge selected people into one (the oldest record survives)",
        # Merging deletes the other records: only for those who may delete people.
        permissions=["delete"],
    )
    def merge_into_oldest(self, request, queryset):
        officers = list(queryset.order_by("id"))
        if len(officers) < 2:
            self.message_user(request, "Select at least two people.", messages.WARNING)
            return
        survivor, duplicates = officers[0], officers[1:]
        try:
            merged = merge_officers(survivor, duplicates)
        except MergeError as error:
            self.message_user(request, f"Not merged: {error}", messages.ERROR)
            return
        self.message_user(request, f"Merged {merged} record(s) into {survivor}.")

    def save_model(self, request, obj, form, change):
        if "name" in form.changed_data:
            obj.normalised_name = Officer.normalise_name(obj.name)
        super().save_model(request, obj, form, change)

    @admin.display(description="name", ordering="name")
    def display_name(self, obj):
        return obj.display_name


class AllegationInline(EvidenceDisplay, admin.StackedInline):
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
    fields = ["title", "publisher", "url", "published_on", "status", "sha256"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Case)
class CaseAdmin(EvidenceDisplay, CorrectionsAdmin):
    list_display = ["title", "force", "outcome_on", "review_status", "needs_review"]
    list_filter = ["review_status", "withheld", "proceeding", "force", "outcome_on"]
    list_select_related = ["force"]
    search_fields = ["title", "summary", "results__officer__name"]
    autocomplete_fields = ["force"]
    date_hierarchy = "outcome_on"
    readonly_fields = ["evidence_quotes", "edited_fields", "created_at", "updated_at"]
    inlines = [ResultInline, SourceInline]
    actions = [mark_reviewed]
    fieldsets = [
        (None, {"fields": ["title", "slug", "force", "summary", "review_status"]}),
        ("Withholding", {"fields": ["withheld", "withheld_reason"]}),
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


@admin.register(Result)
class ResultAdmin(EvidenceDisplay, CorrectionsAdmin):
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
    readonly_fields = ["evidence_quotes", "edited_fields"]
    inlines = [AllegationInline]


@admin.register(Allegation)
class AllegationAdmin(EvidenceDisplay, CorrectionsAdmin):
    list_display = ["__str__", "result", "proven"]
    list_filter = ["proven", "standards"]
    list_select_related = ["result__officer", "result__case"]
    search_fields = ["text", "result__officer__name", "result__case__title"]
    autocomplete_fields = ["result"]
    filter_horizontal = ["standards"]
    readonly_fields = ["evidence_quotes", "edited_fields"]


@admin.register(SourceDocument)
class SourceDocumentAdmin(PublicRecordAdmin):
    # Addresses typed without a scheme are taken as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "__str__",
        "publisher",
        "published_on",
        "status",
        "version",
        "ingested_at",
    ]
    list_filter = [
        "status",
        "withheld",
        ("gone_since", admin.EmptyFieldListFilter),
        "content_type",
        "publisher",
        "parser_version",
    ]
    list_select_related = ["case"]
    search_fields = ["title", "url", "file_name", "location", "sha256"]
    autocomplete_fields = ["case"]
    date_hierarchy = "ingested_at"
    readonly_fields = [
        "file_name",
        "location",
        "redirect_chain",
        "captured_at",
        "response_headers",
        "gone_since",
        "raw_text",
        "text",
        "content_type",
        "encoding",
        "sha256",
        "status",
        "error",
        "parser_version",
        "version_chain",
        "names_nobody_withheld",
        "ingested_at",
        "updated_at",
    ]
    fields = [
        "case",
        "withheld",
        "withheld_reason",
        "title",
        "publisher",
        "published_on",
        "url",
        *readonly_fields,
    ]

    def cases_changed_by(self, obj) -> list[int]:
        # Whether its case is withheld decides whether it is (`cases.public`).
        return [obj.case_id] if obj.case_id else []

    def save_model(self, request, obj, form, change):
        if "case" in form.changed_data:
            # Unlinked, it is public only once checked to name nobody withheld.
            obj.names_nobody_withheld = None
        super().save_model(request, obj, form, change)

    @admin.display(description="versions")
    def version_chain(self, obj):
        """Every version read from this location, this one marked, newest last."""
        versions = obj.versions()
        return format_html_join(
            format_html("{}", " → "),
            "{}",
            (
                (
                    format_html("<strong>version {} (this one)</strong>", v.version)
                    if v == obj
                    else format_html(
                        '<a href="{}">version {}</a>, {}',
                        reverse("admin:cases_sourcedocument_change", args=[v.pk]),
                        v.version,
                        v.captured_at.strftime("%d %b %Y %H:%M"),
                    ),
                )
                for v in versions
            ),
        )


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["case", "status", "created_at", "email"]
    list_filter = ["status", "created_at"]
    list_select_related = ["case"]
    search_fields = ["message", "case__title", "email"]
    readonly_fields = ["case", "message", "email", "created_at"]
    fields = ["case", "message", "email", "created_at", "status", "editor_note"]

    def has_add_permission(self, request):
        return False


@admin.register(OfficerRedirect)
class OfficerRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_id", "officer", "created_at"]
    search_fields = ["officer__name"]
    readonly_fields = ["old_id", "officer", "created_at"]

    def has_add_permission(self, request):
        return False


# The review queue's page lives with what it shows; importing it registers it.
from cases import review  # noqa: E402, F401
