"""Formatting for the public pages: dates known to the day, month or year, the time
between a case's stages, and evidence links. Pure functions of values already fetched:
nothing here touches the database."""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django import template
from django.urls import reverse

from cases import wording
from cases.citations import cite_source
from cases.models import STAGES, DatePrecision

register = template.Library()

STAGE_LABELS = {
    "referred_on": "Referred, or complaint made",
    "investigation_concluded_on": "Investigation concluded",
    "hearing_on": "Hearing or meeting (last day)",
    "outcome_on": "Outcome decided",
}


register.filter("citation", cite_source)


@register.filter
def partial_date(value: date | None, precision: str = DatePrecision.DAY) -> str:
    """“3 September 2019”, “September 2019” or “2019”, as precisely as it is known."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return f"{value:%B} {value.year}"
    return f"{value.day} {value:%B} {value.year}"


@register.filter
def iso_partial(value: date | None, precision: str = DatePrecision.DAY) -> str:
    """The machine-readable form for <time datetime>: 2019-09-03, 2019-09 or 2019."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()


def describe_days(days: int | float | None) -> str:
    """A span of days in words a reader takes in at once: “12 days”, “7 months”."""
    if days is None:
        return ""
    days = round(days)
    if days < 0:
        return f"{describe_days(-days)} earlier"
    if days < 60:
        return f"{days} day{'s' if days != 1 else ''}"
    months = round(days / 30.44)
    return _months(months)


def _months(months: int) -> str:
    if months < 24:
        return f"{months} month{'s' if months != 1 else ''}"
    years, rest = divmod(months, 12)
    text = f"{years} years"
    return f"{text} {rest} month{'s' if rest != 1 else ''}" if rest else text


register.filter("duration", describe_days)


def describe_gap(
    earlier: date, earlier_precision: str, later: date, later_precision: str
) -> str:
    """The time between two stage dates, no more precise than the vaguer of the two."""
    precisions = {earlier_precision, later_precision}
    if DatePrecision.YEAR in precisions:
        years = later.year - earlier.year
        return "the same year" if years == 0 else f"about {_years(years)}"
    if DatePrecision.MONTH in precisions:
        months = (later.year - earlier.year) * 12 + later.month - earlier.month
        if months == 0:
            return "the same month"
        return f"about {_months(months)}"
    if later == earlier:
        return "the same day"
    return describe_days((later - earlier).days)


def _years(years: int) -> str:
    return f"{years} year{'s' if abs(years) != 1 else ''}"


@dataclass(frozen=True)
class Stage:
    field: str
    label: str
    date: date
    precision: str
    evidence: dict | None
    since_previous: str  # "" for the first stage


@register.simple_tag
def stage_timeline(case) -> list[Stage]:
    """The dated stages of a case in order, each with the time since the one before."""
    stages: list[Stage] = []
    for field in STAGES:
        value = getattr(case, field)
        if value is None:
            continue
        precision = getattr(case, f"{field}_precision") or DatePrecision.DAY
        previous = stages[-1] if stages else None
        gap = (
            describe_gap(previous.date, previous.precision, value, precision)
            if previous
            else ""
        )
        stages.append(
            Stage(
                field=field,
                label=STAGE_LABELS[field],
                date=value,
                precision=precision,
                evidence=evidence_for(case, field),
                since_previous=gap,
            )
        )
    return stages


@register.filter
def evidence_for(record, field: str) -> dict | None:
    """The evidence behind one field of a case, result or allegation, if any.

    The ingest keys evidence by model field name ("outcome", "rank"); stage dates may be
    keyed without the "_on" ("hearing")."""
    evidence = record.evidence or {}
    found = evidence.get(field) or evidence.get(field.removesuffix("_on"))
    return found if isinstance(found, dict) and found.get("quote") else None


@register.filter
def evidence_url(evidence: dict | None) -> str:
    """The source document's page with the quoted passage marked."""
    if not evidence or not evidence.get("source"):
        return ""
    url = reverse("cases:source-detail", kwargs={"pk": evidence["source"]})
    if evidence.get("start") is None or evidence.get("end") is None:
        return url
    query = urlencode({"start": evidence["start"], "end": evidence["end"]})
    return f"{url}?{query}#quote"


@register.filter
def person_label(result) -> str:
    """A person in one case, as a reader would write them: “Former PC A”, “Unnamed
    sergeant”, “One of six officers (unnamed)”; a withheld name is never shown."""
    officer = result.officer
    return wording.person_label(
        name=officer.name,
        label=officer.label,
        rank=result.rank,
        former=result.former,
        withheld=officer.withheld,
    )


@register.filter
def officer_label(officer) -> str:
    """A person as their latest case on record describes them (rank and whether they had
    left), for headings and the people index."""
    return wording.person_label(
        name=officer.name,
        label=officer.label,
        rank=getattr(officer, "latest_rank", officer.rank),
        former=bool(getattr(officer, "latest_former", False)),
        withheld=officer.withheld,
    )


@register.filter
def people_summary(case) -> str:
    """“2 dismissed, 1 final written warning”: the case's people in one line."""
    return wording.people_summary(result.outcome for result in case.results.all())


@register.simple_tag
def case_date_shown(case) -> Stage | None:
    """The date a case is filed under and what it is: outcome, else hearing, else the
    main source's publication."""
    for field, label in (
        ("outcome_on", "Outcome"),
        ("hearing_on", "Hearing"),
        ("published_on", "Published"),
    ):
        value = getattr(case, field)
        if value is not None:
            precision = getattr(case, f"{field}_precision", "") or DatePrecision.DAY
            return Stage(field, label, value, precision, None, "")
    return None


@register.filter
def hearing_precision(result) -> str:
    """How precisely a person's hearing date is known: a person's date is read from the
    same wording as the case's stages, so one that falls on a stage date is known as
    precisely as that stage ("June 2023" stays a month)."""
    case = result.case
    for field in ("hearing_on", "outcome_on"):
        if getattr(case, field) == result.hearing_date:
            return getattr(case, f"{field}_precision") or DatePrecision.DAY
    return DatePrecision.DAY


@register.filter
def described(field):
    """A form field's widget tied to its hint and its error message: screen readers
    read them with the field (`aria-describedby` naming the ids `_field.html` gives)."""
    ids = []
    if field.help_text:
        ids.append(f"{field.id_for_label}-help")
    if field.errors:
        ids.append(f"{field.id_for_label}-error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
