"""The review queue: machine-extracted cases an editor has not yet checked, flagged
ones first, with why the extractor was unsure, every value it read beside the quote it
was read from, and links to edit the case and open its sources.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from cases.admin import PublicRecordAdmin, mark_reviewed
from cases.models import Case, CaseForReview, Result, ReviewStatus, SourceStatus

REASON_KINDS = {
    "outcome-unread": (
        "Reads like an outcome, no result read",
        ("reads like an outcome", "reads like a decided case"),
    ),
    "forces": ("Several forces named", ("Several forces are named",)),
    "unknown-wording": (
        "Wording the vocabulary does not know",
        ("wording the vocabulary does not know", "more such wordings"),
    ),
    "no-sanction": ("A finding without a sanction", ("but no sanction was read",)),
    "repeated-person": ("A person read twice", ("was read twice",)),
    "vanished-person": (
        "A person gone from the updated source",
        ("No longer in the updated source",),
    ),
    "no-sentences": ("No sentences read", ("No sentences could be read",)),
}
"""Kind of reason → (label, phrases of the extractor's reasons of that kind)."""

BOOKKEEPING = {"id", "case", "officer", "position", "evidence", "edited_fields"}

RESULT_FIELDS = ("name", "label") + tuple(
    f.name
    for f in Result._meta.get_fields()
    if f.concrete and f.name not in BOOKKEEPING
)
"""A person's extracted values: `name` and `label` are kept on the person's record,
the rest (in the model's order) on their result."""


@dataclass(frozen=True)
class ExtractedValue:
    who: str
    field: str
    value: str
    quote: str


def reason_lines(case: Case) -> list[str]:
    return [line for line in case.review_reasons.splitlines() if line.strip()]


def with_reason(kind: str) -> Q:
    """Cases with at least one reason of this kind."""
    condition = Q()
    for phrase in REASON_KINDS[kind][1]:
        condition |= Q(review_reasons__icontains=phrase)
    return condition


def extracted_values(case: Case) -> list[ExtractedValue]:
    """Each value read for the case and its people, with the quote behind it ("" if the
    extractor kept none): the case's own fields, then each person's, then each of their
    allegations."""
    rows = [_is_outcome(case)]
    rows += [
        ExtractedValue("case", field, _shown(getattr(case, field, "")), _quote(span))
        for field, span in sorted(case.evidence.items())
    ]
    for result in case.results.all():
        who = str(result.officer)
        for field in RESULT_FIELDS:
            value = _result_value(result, field)
            span = result.evidence.get(field)
            if value or span:
                rows.append(ExtractedValue(who, field, value, _quote(span)))
        for allegation in result.allegations.all():
            rows.append(
                ExtractedValue(
                    who,
                    f"allegation {allegation.position + 1}",
                    allegation.text,
                    _quote(allegation.evidence.get("text")),
                )
            )
    return rows


def _is_outcome(case: Case) -> ExtractedValue:
    """A case exists because its document was read as an outcome; the quote is the
    evidence of the first result that made it one."""
    statuses = {source.status for source in case.sources.all()}
    value = "yes" if SourceStatus.PARSED in statuses or not statuses else "no"
    span = case.evidence.get("is_outcome")
    for result in case.results.all():
        if span:
            break
        for field in ("outcome", "severity", "criminal"):
            span = span or result.evidence.get(field)
    return ExtractedValue("case", "is_outcome", value, _quote(span))


def _result_value(result: Result, field: str) -> str:
    if field in ("name", "label"):
        return getattr(result.officer, field)
    if field == "standards":
        return "; ".join(standard.name for standard in result.standards.all())
    return _shown(getattr(result, field))


def _shown(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _quote(span) -> str:
    return span.get("quote", "") if isinstance(span, dict) else ""


FLAGGED_FIRST = models.Case(
    models.When(review_reasons="", then=models.Value(1)),
    default=models.Value(0),
    output_field=models.IntegerField(),
)
"""0 for a case the extractor flagged, 1 for one it did not: flagged cases sort first."""


class ReasonFilter(admin.SimpleListFilter):
    """The queue by the kind of reason the extractor gave for being unsure."""

    title = "reason for review"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return [("any", "Any reason"), ("none", "No reason given")] + [
            (kind, label) for kind, (label, _) in REASON_KINDS.items()
        ]

    def queryset(self, request, queryset):
        kind = self.value()
        if kind == "any":
            return queryset.exclude(review_reasons="")
        if kind == "none":
            return queryset.filter(review_reasons="")
        if kind in REASON_KINDS:
            return queryset.filter(with_reason(kind))
        return queryset


@admin.register(CaseForReview)
class ReviewQueueAdmin(PublicRecordAdmin):
    """Machine-extracted cases not yet checked, flagged ones first, values beside evidence."""

    list_display = ["title", "force", "flagged", "reasons", "outcome_on", "links"]
    list_select_related = ["force"]
    list_filter = [ReasonFilter, "force"]
    search_fields = ["title", "review_reasons"]
    actions = [mark_reviewed]
    fields = ["title", "force", "reasons", "links", "extracted_values", "review_status"]
    readonly_fields = ["title", "force", "reasons", "links", "extracted_values"]

    def get_queryset(self, request):
        people = models.Prefetch(
            "results",
            queryset=Result.objects.select_related("officer", "force").prefetch_related(
                "standards", "allegations"
            ),
        )
        return (
            super()
            .get_queryset(request)
            .filter(review_status=ReviewStatus.MACHINE)
            .annotate(flag_order=FLAGGED_FIRST)
            .prefetch_related("sources", people)
        )

    def get_ordering(self, request):
        # The changelist orders by this, not by the queryset: without it the model's
        # own order (newest outcome first) put flagged cases anywhere in the queue.
        return [FLAGGED_FIRST.asc(), "-created_at"]

    def has_add_permission(self, request):
        return False

    @admin.display(boolean=True, description="flagged", ordering="flag_order")
    def flagged(self, obj):
        return obj.needs_review

    @admin.display(description="why it needs review")
    def reasons(self, obj):
        lines = reason_lines(obj)
        if not lines:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{}</li>", ((line,) for line in lines)),
        )

    @admin.display(description="open")
    def links(self, obj):
        links = [(reverse("admin:cases_case_change", args=[obj.pk]), "edit the case")]
        for source in obj.sources.all():
            links.append(
                (
                    reverse("admin:cases_sourcedocument_change", args=[source.pk]),
                    f"source #{source.pk}",
                )
            )
            if source.url:
                links.append((source.url, "original"))
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    @admin.display(description="extracted values and their evidence")
    def extracted_values(self, obj):
        rows = [
            (row.who, row.field, row.value or "—", row.quote or "—")
            for row in extracted_values(obj)
        ]
        return format_html(
            '<table class="evidence"><thead><tr><th>who</th><th>field</th><th>value'
            "</th><th>read from</th></tr></thead><tbody>{}</tbody></table>",
            format_html_join(
                "", "<tr><td>{}</td><th>{}</th><td>{}</td><td>{}</td></tr>", rows
            ),
        )
