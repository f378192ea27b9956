"""factory_boy factories for the archive's models; forces come from the data migration."""

from datetime import date

import factory
from django.contrib.auth.models import Group, User

from cases import freshness, search
from cases.choices import Outcome, Rank
from cases.models import (
    Allegation,
    Case,
    Force,
    Officer,
    ProfessionalStandard,
    Result,
    SourceDocument,
)


def existing_force(name: str = "West Mercia Police") -> Force:
    return Force.objects.get(name=name)


class OfficerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Officer

    name = factory.Sequence(lambda n: f"Officer Name {n}")
    normalised_name = factory.LazyAttribute(lambda o: Officer.normalise_name(o.name))
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    rank = Rank.POLICE_CONSTABLE
    force = factory.LazyFunction(existing_force)


class SearchableFactory(factory.django.DjangoModelFactory):
    """Records the change (the search text of the case a new row belongs to, the
    archive's version), as the ingest and the admin do after saving."""

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            freshness.record_change(search.cases_showing(instance))
            # A test may save the case again: keep its copy in memory current.
            case = instance if isinstance(instance, Case) else None
            case = case or getattr(instance, "case", None) or instance.result.case
            case.refresh_from_db(fields=["search_text"])


class CaseFactory(SearchableFactory):
    class Meta:
        model = Case

    title = factory.Sequence(lambda n: f"Officer dismissed for gross misconduct ({n})")
    force = factory.LazyFunction(existing_force)
    summary = "An officer was dismissed after a misconduct hearing."


class ResultFactory(SearchableFactory):
    class Meta:
        model = Result

    case = factory.SubFactory(CaseFactory)
    officer = factory.SubFactory(OfficerFactory)
    force = factory.LazyFunction(existing_force)
    rank = Rank.POLICE_CONSTABLE
    outcome = Outcome.DISMISSED


class AllegationFactory(SearchableFactory):
    class Meta:
        model = Allegation

    result = factory.SubFactory(ResultFactory)
    text = "Formed an inappropriate relationship with a vulnerable woman."


class SourceDocumentFactory(factory.django.DjangoModelFactory):
    """Records the change, as the ingest does: a document with no case is checked
    against the withheld names (`cases.public.withholding`)."""

    class Meta:
        model = SourceDocument

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            freshness.record_change([instance.case_id] if instance.case_id else [])
            instance.refresh_from_db(fields=["withheld", "names_nobody_withheld"])

    location = factory.Sequence(lambda n: f"/srv/inbox/release-{n}.txt")
    file_name = factory.Sequence(lambda n: f"release-{n}.txt")
    url = factory.Sequence(lambda n: f"https://www.example.police.uk/news/{n}/")
    publisher = "Example Constabulary"
    title = "Officer dismissed"
    raw_text = "Officer dismissed."
    text = "Officer dismissed."
    sha256 = factory.Sequence(lambda n: f"{n:064x}")


class EditorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def editors_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Editors"))


def standard(name: str) -> ProfessionalStandard:
    return ProfessionalStandard.objects.get(name=name)


def evidence(source: SourceDocument, quote: str, field: str) -> dict:
    """An evidence entry for `field`, pointing at `quote` in the source's text."""
    start = source.text.index(quote)
    return {
        field: {
            "source": source.pk,
            "start": start,
            "end": start + len(quote),
            "quote": quote,
        }
    }


def full_case(
    *,
    force: str = "West Mercia Police",
    outcome: str = Outcome.DISMISSED,
    rank: str = Rank.POLICE_CONSTABLE,
    officer: Officer | None = None,
    standards: tuple[str, ...] = ("discreditable conduct",),
    people: int = 1,
    **case_fields,
) -> Case:
    """A case as the ingest leaves it: people with results, standards, an allegation
    each, and a source document the evidence quotes."""
    case_fields.setdefault("outcome_on", date(2021, 5, 14))
    case_fields.setdefault("outcome_on_precision", "day")
    case = CaseFactory(force=existing_force(force), **case_fields)
    source = SourceDocumentFactory(
        case=case,
        title=case.title,
        text=f"{case.title}\n\n{case.summary}\n\nThe officer was {outcome}.",
    )
    for position in range(people):
        result = ResultFactory(
            case=case,
            officer=officer if officer and position == 0 else OfficerFactory(),
            force=case.force,
            rank=rank,
            outcome=outcome,
            position=position,
            evidence=evidence(source, f"The officer was {outcome}.", "outcome"),
        )
        result.standards.set([standard(name) for name in standards])
        allegation = AllegationFactory(result=result)
        allegation.standards.set([standard(name) for name in standards])
    return case
