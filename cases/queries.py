"""The read side of the public pages: which rows the public may see, and the case year.

Every public view, the filters and the charts start from these functions, so that what an
editor withholds (a hidden case, an anonymised person) is left out in this one place.
"""

from django.db.models import Case as DbCase
from django.db.models import Exists, F, OuterRef, QuerySet, Value, When
from django.db.models.functions import Coalesce, ExtractYear

from cases.models import Case, DatePrecision, Force, Officer, Result, SourceDocument


def case_date(prefix: str = "") -> Coalesce:
    """The date a case is filed under: when the outcome was decided; failing that the last
    day of the hearing; failing that the day its main source was published.

    A case's "year" in filters, facets and charts is this date's year, so that every case
    with any date has exactly one year. `prefix` reaches the case from another model
    ("case__" from a result).
    """
    return Coalesce(
        f"{prefix}outcome_on", f"{prefix}hearing_on", f"{prefix}published_on"
    )


def case_date_precision(prefix: str = "") -> DbCase:
    """How precisely `case_date` is known: the precision of the stage it comes from (a
    publication date is known to the day)."""
    return DbCase(
        When(
            **{f"{prefix}outcome_on__isnull": False},
            then=F(f"{prefix}outcome_on_precision"),
        ),
        When(
            **{f"{prefix}hearing_on__isnull": False},
            then=F(f"{prefix}hearing_on_precision"),
        ),
        default=Value(DatePrecision.DAY),
    )


def case_year(prefix: str = "") -> ExtractYear:
    return ExtractYear(case_date(prefix))


def public_cases() -> QuerySet[Case]:
    """Cases the public may see, with `case_date` and `year` annotated."""
    return Case.objects.public().annotate(case_date=case_date(), year=case_year())


def public_results() -> QuerySet[Result]:
    """People's results in public cases (a withheld person's result stays, unnamed)."""
    return Result.objects.filter(case__withheld=False)


def results_of_listed_cases() -> QuerySet[Result]:
    """People's results, for a query that takes them from cases already drawn from
    `public_cases()` (`case__in=`, or an `EXISTS` on the outer case): checking each
    case again would join every result back to the cases table, the slowest part of
    counting facets over a large archive."""
    return Result.objects.all()


def public_officers() -> QuerySet[Officer]:
    """People who may be named: a withheld person has no page of their own."""
    return Officer.objects.public()


def officers_of_public_cases() -> QuerySet[Officer]:
    """People who may be named and are on record in a public case: the exports, API
    and dump list no one known only from a withheld case, which would reveal it."""
    in_public_case = public_results().filter(officer=OuterRef("pk"))
    return public_officers().filter(Exists(in_public_case))


def public_sources() -> QuerySet[SourceDocument]:
    """Sources of public cases, and sources with no case."""
    return SourceDocument.objects.exclude(case__withheld=True)


def public_forces() -> QuerySet[Force]:
    return Force.objects.all()


def newest_first(
    queryset: QuerySet[Case], *, by: tuple[str, ...] = ()
) -> QuerySet[Case]:
    """Newest case date first after any `by` orderings; cases with no date last."""
    return queryset.order_by(*by, F("case_date").desc(nulls_last=True), "-id")


def oldest_first(queryset: QuerySet[Case]) -> QuerySet[Case]:
    return queryset.order_by(F("case_date").asc(nulls_last=True), "id")
