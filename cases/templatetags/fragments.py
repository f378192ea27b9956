"""Fragments the public pages repeat many times, drawn in Python.

A case list shows 25 case summaries and a form of a dozen filters. Drawn by the template
engine, every value in them was a node to resolve, and the summaries and the form's
fields took two thirds of an uncached list page's rendering (about 7 ms of CPU a
request). Here each fragment is a few format strings with the markup the templates had;
values are escaped as the templates escaped them (`cases.markup`). Like the rest of
the templates' helpers these only format rows already fetched: no queries.
"""

from django import template
from django.utils.safestring import SafeString

from cases.markup import escaped, html
from cases.models import DatePrecision, ReviewStatus
from cases.templatetags.archive import (
    case_date_shown,
    described,
    evidence_url,
    iso_partial,
    partial_date,
    people_summary,
    person_label,
)
from cases.wording import NO_OUTCOME

register = template.Library()

BADGES = {
    True: SafeString(
        '<span class="badge badge--reviewed">Reviewed by an editor</span>'
    ),
    False: SafeString(
        '<span class="badge badge--machine">Machine-extracted, not yet reviewed</span>'
    ),
}
"""A record's review badge, by whether an editor reviewed it."""


@register.simple_tag
def time_element(value, precision=DatePrecision.DAY) -> str:
    """`<time datetime="2019-09">September 2019</time>`, as precisely as the date is
    known; nothing without a date."""
    if not value:
        return SafeString("")
    return html(
        '<time datetime="{}">{}</time>',
        iso_partial(value, precision),
        partial_date(value, precision),
    )


@register.simple_tag
def review_badge(status: str) -> SafeString:
    """Whether an editor reviewed the record, else that a machine read it."""
    return BADGES[status == ReviewStatus.REVIEWED]


@register.simple_tag
def date_shown(case) -> SafeString:
    """“Outcome 3 May 2021”: the date a case is filed under, and what it is."""
    shown = case_date_shown(case)
    if shown is None:
        return SafeString("<span>Date not known</span>")
    return html(
        "<span>{} {}</span>", shown.label, time_element(shown.date, shown.precision)
    )


@register.simple_tag(takes_context=True)
def case_summary(context, case, level: int = 3) -> SafeString:
    """A case as the lists show it: title, date, force, review, each person's outcome
    (marked when they are who the list's person filters picked out: `matching` in the
    page's context) and the passage a search matched (`snippets`, by case)."""
    matching = context.get("matching") or ()
    snippet = (context.get("snippets") or {}).get(case.pk, "")
    force = html("<span>{}</span>", case.force.name) if case.force else ""
    parts = [
        html(
            '<article class="case-summary">\n'
            '  <h{0} class="case-summary__title"><a href="{1}">{2}</a></h{0}>\n'
            '  <p class="case-summary__meta">\n    {3}\n    {4}\n    {5}\n  </p>\n',
            level,
            case.get_absolute_url(),
            case.title,
            date_shown(case),
            force,
            review_badge(case.review_status),
        )
    ]
    results = case.results.all()
    if results:
        parts.append(
            html(
                '  <p class="case-summary__outcomes"><span class="visually-hidden">'
                "Outcomes: </span>{}</p>\n"
                '  <ul class="case-summary__people">{}\n  </ul>\n',
                _capfirst(people_summary(case)),
                SafeString("".join(f"\n    {_person(r, matching)}" for r in results)),
            )
        )
    if snippet:
        parts.append(html('  <p class="case-summary__snippet">{}</p>\n', snippet))
    parts.append("</article>\n")
    return SafeString("".join(parts))


@register.simple_tag
def form_field(field) -> SafeString:
    """A form field with its label, hint and error, which the widget names for screen
    readers (`described`)."""
    name = field.id_for_label
    hint = error = ""
    if field.help_text:
        hint = html('<p class="hint" id="{}-help">{}</p>', name, field.help_text)
    if field.errors:
        error = html(
            '<p class="error" id="{}-error">{}</p>',
            name,
            SafeString(" ".join(escaped(e) for e in field.errors)),
        )
    return html(
        '<div class="field field--{}{}">\n  <label for="{}">{}</label>\n'
        "  {}\n  {}\n  {}\n</div>\n",
        field.name,
        " field--error" if field.errors else "",
        name,
        field.label,
        hint,
        error,
        described(field),
    )


@register.simple_tag
def fact(label: str, value, evidence: dict | None) -> SafeString:
    """One fact of a record with the quote it was read from; nothing when unknown."""
    if not (value or value == 0):
        return SafeString("")
    return html(
        '<div class="fact">\n  <dt>{}</dt>\n  <dd>{}{}</dd>\n</div>',
        label,
        value,
        evidence_quote(evidence, label),
    )


@register.simple_tag
def evidence_quote(evidence: dict | None, label: str) -> SafeString:
    """The passage a fact was read from, linked to its place in the source."""
    if not evidence:
        return SafeString("")
    url = evidence_url(evidence)
    link = ""
    if evidence.get("source"):
        link = html(
            '<footer><a href="{}">Read it in the source<span class="visually-hidden">'
            " ({})</span></a></footer>",
            url,
            label,
        )
    return html(
        '<blockquote class="evidence" cite="{}"><p>“{}”</p>{}</blockquote>',
        url,
        evidence["quote"],
        link,
    )


def _person(result, matching) -> SafeString:
    if result.pk in matching:
        return html(
            '<li class="is-match">{}: <strong>{}</strong> '
            '<span class="match-mark">matches your filters</span></li>',
            person_label(result),
            result.outcome or NO_OUTCOME,
        )
    return html(
        "<li>{}: <strong>{}</strong></li>",
        person_label(result),
        result.outcome or NO_OUTCOME,
    )


def _capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]
