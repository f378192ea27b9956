"""Every canonical force of corpus/SCHEMA.md is loaded, with its other names."""

import pytest

from cases.choices import ForceKind, Standard
from cases.forces import FORCES
from cases.models import Force, ForceAlias, ProfessionalStandard

pytestmark = pytest.mark.django_db


def test_every_canonical_force_is_loaded():
    assert set(Force.objects.values_list("name", flat=True)) == {f.name for f in FORCES}
    assert Force.objects.count() == 49


def test_the_43_territorial_forces_of_england_and_wales():
    assert Force.objects.filter(kind=ForceKind.TERRITORIAL).count() == 43


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("the Met", "Metropolitan Police Service"),
        ("Scotland Yard", "Metropolitan Police Service"),
        ("MPS", "Metropolitan Police Service"),
        ("GMP", "Greater Manchester Police"),
        ("Avon and Somerset Police", "Avon and Somerset Constabulary"),
        ("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
        ("Hampshire Police", "Hampshire and Isle of Wight Constabulary"),
        ("BTP", "British Transport Police"),
        ("PSNI", "Police Service of Northern Ireland"),
    ],
)
def test_aliases_resolve_to_the_canonical_force(alias, canonical):
    assert ForceAlias.objects.get(name__iexact=alias).force.name == canonical


def test_force_slugs_are_unique_and_readable():
    assert Force.objects.get(slug="dyfed-powys-police").name == "Dyfed-Powys Police"


def test_the_ten_standards_are_loaded_in_schedule_order():
    assert list(ProfessionalStandard.objects.values_list("name", flat=True)) == list(
        Standard.values
    )
