"""The public projection: the one way public code reads the archive.

Every public page, the API, the exports, the feed, search, the people index, the stats,
the facts and the dump start from these functions, and from nothing else in the models.
What they return has withheld cases removed, withheld people unnamed, and the names of a
case's withheld people taken out of every text it shows (`cases.public.projection`);
its rows refuse to be saved. Who and what is withheld is decided in
`cases.public.withholding`, how a name is recognised in text in `cases.public.names`.

- a case is public unless an editor withheld it;
- a person is public when not withheld and on record in a public case: someone known
  only from withheld cases has no page, no name and no rank anywhere;
- a source is public when not withheld (withholding a case withholds its documents and
  every version read from the same place, and stays when the case is unlinked or
  deleted) and either its case is public, or it has no case and names nobody withheld.
"""

from __future__ import annotations

from django.db.models import Case as DbCase
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, ExtractYear

from cases.models import (
    Allegation,
    Case,
    DatePrecision,
    Force,
    Officer,
    Result,
    SourceDocument,
)
from cases.public.names import PLACEHOLDER, Names  # noqa: F401 — the public vocabulary
from cases.public.projection import (
    NAMES,
    ProjectedQuerySet,
    ReadOnlyProjection,  # noqa: F401
    withheld_names_of,
)


def _projected(model) -> QuerySet:
    return ProjectedQuerySet(model=model)


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


def cases() -> QuerySet[Case]:
    """Cases the public may see, with `case_date` and `year` annotated."""
    return (
        _projected(Case)
        .filter(withheld=False)
        .annotate(
            case_date=case_date(), year=case_year(), **{NAMES: withheld_names_of()}
        )
    )


def results() -> QuerySet[Result]:
    """People's results in public cases (a withheld person's result stays, unnamed)."""
    return (
        _projected(Result)
        .filter(case__withheld=False)
        .annotate(**{NAMES: withheld_names_of("case__")})
    )


def results_of_listed_cases() -> QuerySet[Result]:
    """People's results, for a query that takes them from cases already drawn from
    `cases()` (`case__in=`, or an `EXISTS` on the outer case), to count or filter with:
    checking each case again would join every result back to the cases table, the
    slowest part of counting facets over a large archive."""
    return _projected(Result).all()


def allegations() -> QuerySet[Allegation]:
    """Allegations of people's results in public cases."""
    return (
        _projected(Allegation)
        .filter(result__case__withheld=False)
        .annotate(**{NAMES: withheld_names_of("result__case__")})
    )


def officers(*, without_cases: bool = False) -> QuerySet[Officer]:
    """People who may be named: not withheld, and on record in a public case (a person
    known only from withheld cases would reveal them). `without_cases` adds the people
    on record in no case at all (a record left by a merge, a person an editor added),
    who have a page of their own but no row in the lists."""
    results = Result.objects.filter(officer=OuterRef("pk"))
    on_record = Exists(results.filter(case__withheld=False))
    if without_cases:
        on_record |= ~Exists(results)
    return _projected(Officer).filter(withheld=False).filter(on_record)


def sources() -> QuerySet[SourceDocument]:
    """Sources of public cases, and sources with no case that name nobody withheld;
    never a withheld one (see the module notes)."""
    return (
        _projected(SourceDocument)
        .filter(withheld=False)
        .filter(Q(case__withheld=False) | Q(case=None, names_nobody_withheld=True))
        .annotate(**{NAMES: withheld_names_of("case__")})
    )


def forces() -> QuerySet[Force]:
    return _projected(Force).all()


def newest_first(
    queryset: QuerySet[Case], *, by: tuple[str, ...] = ()
) -> QuerySet[Case]:
    """Newest case date first after any `by` orderings; cases with no date last."""
    return queryset.order_by(*by, F("case_date").desc(nulls_last=True), "-id")


def oldest_first(queryset: QuerySet[Case]) -> QuerySet[Case]:
    return queryset.order_by(F("case_date").asc(nulls_last=True), "id")


def spells_withheld_name(case: Case, address: str) -> bool:
    """Whether `address` (an old slug, say) spells a withheld name of this projected
    case."""
    names = getattr(case, "names_withheld", None)
    return bool(names) and names.spelled_by(address)
