"""Every page works on a realistic archive of generated cases."""

import pytest
from django.urls import reverse

from cases.models import Case, Officer, Result, SourceDocument
from cases.synthetic import generate_cases

pytestmark = pytest.mark.django_db


def test_generating_is_deterministic_for_a_seed():
    generate_cases(30, seed=3)
    first = list(Case.objects.order_by("id").values_list("title", "outcome_on"))
    SourceDocument.objects.all().delete()
    Result.objects.all().delete()
    Case.objects.all().delete()
    generate_cases(30, seed=3)
    assert list(Case.objects.order_by("id").values_list("title", "outcome_on")) == first


def test_every_page_answers_on_a_few_hundred_generated_cases(client):
    made = generate_cases(300, seed=1)
    assert made.cases == 300 and Result.objects.count() > 300
    case = Case.objects.order_by("?").first()
    urls = [
        reverse("cases:home"),
        reverse("cases:case-list"),
        reverse("cases:case-list") + "?outcome=dismissed&rank=Sergeant&sort=force",
        reverse("cases:case-list") + "?q=dismissed+sergeant&page=2",
        case.get_absolute_url(),
        Officer.objects.order_by("?").first().get_absolute_url(),
        reverse("cases:force-list"),
        reverse("cases:force-detail", kwargs={"slug": "metropolitan-police-service"}),
        reverse("cases:stats"),
        SourceDocument.objects.first().get_absolute_url(),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url
