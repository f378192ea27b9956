"""A person merged into another by an editor: the old page redirects for good."""

import pytest
from django.urls import reverse

from cases.curation import merge_officers
from tests.factories import OfficerFactory, ResultFactory

pytestmark = pytest.mark.django_db


def test_a_merged_officer_page_redirects_permanently_to_the_survivor(client):
    survivor, duplicate = OfficerFactory(), OfficerFactory()
    ResultFactory(officer=duplicate)
    old_url = reverse("cases:officer-detail", kwargs={"pk": duplicate.pk})

    merge_officers(survivor, [duplicate])
    response = client.get(old_url)

    assert response.status_code == 301
    assert response.url == survivor.get_absolute_url()
    assert client.get(response.url).status_code == 200


def test_redirects_follow_a_chain_of_merges(client):
    first, second, third = OfficerFactory(), OfficerFactory(), OfficerFactory()
    first_url = reverse("cases:officer-detail", kwargs={"pk": first.pk})
    merge_officers(second, [first])
    merge_officers(third, [second])

    response = client.get(first_url)

    assert response.url == third.get_absolute_url()


def test_an_unknown_officer_is_still_not_found(client):
    response = client.get(reverse("cases:officer-detail", kwargs={"pk": 987654}))
    assert response.status_code == 404
