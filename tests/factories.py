"""factory_boy factories for the archive's models; forces come from the data migration."""

import factory
from django.contrib.auth.models import Group, User

from cases.choices import Outcome, Rank
from cases.models import Allegation, Case, Force, Officer, Result, SourceDocument


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


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    title = factory.Sequence(lambda n: f"Officer dismissed for gross misconduct ({n})")
    force = factory.LazyFunction(existing_force)
    summary = "An officer was dismissed after a misconduct hearing."


class ResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Result

    case = factory.SubFactory(CaseFactory)
    officer = factory.SubFactory(OfficerFactory)
    force = factory.LazyFunction(existing_force)
    rank = Rank.POLICE_CONSTABLE
    outcome = Outcome.DISMISSED


class AllegationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Allegation

    result = factory.SubFactory(ResultFactory)
    text = "Formed an inappropriate relationship with a vulnerable woman."


class SourceDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceDocument

    location = factory.Sequence(lambda n: f"seeds/release-{n}.txt")
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
